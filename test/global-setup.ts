import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseProvider, sqliteFilePath } from "../lib/env-db";

/**
 * Applies the migrations to this run's fresh database with the real Prisma CLI (which creates it), and removes it
 * afterwards: a SQLite file, or a PostgreSQL database (docs/decisions/018).
 */
export default function setup() {
  const url = process.env.QUORUM_TEST_DATABASE_URL;
  if (!url) throw new Error("vitest.config.ts did not choose a test database");
  try {
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: "pipe",
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`prisma migrate deploy failed for the test database:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
  if (databaseProvider(url) === "postgresql") return () => dropPostgresDatabase(url);
  const file = sqliteFilePath(url);
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  };
}

async function dropPostgresDatabase(url: string) {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  target.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
