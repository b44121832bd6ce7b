import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "../lib/env-db";

/** Applies the migrations to this run's fresh SQLite file with the real Prisma CLI, and deletes it afterwards. */
export default function setup() {
  const url = process.env.QUORUM_TEST_DATABASE_URL;
  if (!url) throw new Error("vitest.config.ts did not choose a test database");
  const file = sqliteFilePath(url);
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  };
}
