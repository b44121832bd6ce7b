import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "./env-db";
import { createPrismaClient, type Db } from "./prisma-client";

// A copy of this run's migrated database, so that holding locks here cannot slow other test files down.
const file = path.join(os.tmpdir(), `quorum-concurrency-${process.pid}-${Date.now()}.db`);
let app: Db;
// This run's database: the SQLite tests below need a file; `npm run test:pg` runs the PostgreSQL ones.
const sqlite = process.env.DATABASE_URL!.startsWith("file:");

beforeAll(async () => {
  if (!sqlite) return;
  const source = new Database(sqliteFilePath(process.env.DATABASE_URL!));
  source.prepare("VACUUM INTO ?").run(file);
  source.close();
  // The copy starts in the default rollback-journal mode: the app's client must switch it to WAL itself.
  const copy = new Database(file);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  app = createPrismaClient(`file:${file}`);
  await app.user.count();
});

afterAll(async () => {
  await app?.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});

let n = 0;
const newStudent = () => app.user.create({ data: { role: "STUDENT", displayName: "S", username: `c${Date.now()}-${++n}`, passwordHash: "x" }, select: { id: true } });

/** Another process (a console script, a backup) that holds a lock for `ms`, then lets go. */
function otherProcessHolding(lock: "read" | "write", ms: number) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.prepare(${JSON.stringify(lock === "read" ? "BEGIN" : "BEGIN IMMEDIATE")}).run();
    db.prepare("SELECT count(*) FROM User").get();
    ${lock === "write" ? `db.prepare("UPDATE User SET displayName = displayName WHERE 0").run();` : ""}
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.prepare("COMMIT").run();
    db.close();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const locked = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { locked, done };
}

describe.runIf(sqlite)("SQLite for concurrent use", () => {
  it("runs in WAL mode with a busy timeout and full sync", async () => {
    const [{ journal_mode }] = await app.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [{ timeout }] = await app.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    const [{ synchronous }] = await app.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
    expect(journal_mode).toBe("wal");
    expect(Number(timeout)).toBeGreaterThanOrEqual(10_000);
    expect(Number(synchronous)).toBe(2);
  });

  it("a save goes through at once while another process holds a long read (a report, a backup)", async () => {
    const reader = otherProcessHolding("read", 4_000);
    await reader.locked;
    const started = Date.now();
    // Rollback-journal mode made this wait for the reader and fail with "database is locked" after the timeout.
    await expect(newStudent()).resolves.toHaveProperty("id");
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await reader.done).toBe(0);
  }, 20_000);

  it("a save waits for another process's write instead of failing", async () => {
    const writer = otherProcessHolding("write", 1_500);
    await writer.locked;
    const started = Date.now();
    await expect(newStudent()).resolves.toHaveProperty("id");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(await writer.done).toBe(0);
  }, 20_000);
});

describe.runIf(!sqlite)("PostgreSQL behind the same switch", () => {
  it("a postgresql:// URL gets the PostgreSQL client and pg adapter, with the same models", async () => {
    const pgClient = createPrismaClient(process.env.DATABASE_URL);
    try {
      const [{ version }] = await pgClient.$queryRawUnsafe<{ version: string }[]>("SELECT version() AS version");
      expect(version).toMatch(/^PostgreSQL/);
      const user = await pgClient.user.create({ data: { role: "STUDENT", displayName: "P", username: `pg${Date.now()}`, passwordHash: "x" } });
      expect(await pgClient.user.findUnique({ where: { id: user.id }, select: { username: true } })).toEqual({ username: user.username });
    } finally {
      await pgClient.$disconnect();
    }
  });

  it("takes Prisma's ?schema= out of the URL and gives it to the adapter", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("schema", "public");
    const pgClient = createPrismaClient(url.toString());
    try {
      expect(await pgClient.user.count()).toBeGreaterThanOrEqual(0);
      // Raw statements name tables unqualified: the schema is the connection's search path too.
      expect(await pgClient.$queryRaw`SELECT current_setting('search_path') AS "path"`).toEqual([{ path: "public" }]);
    } finally {
      await pgClient.$disconnect();
    }
    url.searchParams.set("schema", "quorum_other");
    const other = createPrismaClient(url.toString());
    try {
      expect(await other.$queryRaw`SELECT current_setting('search_path') AS "path"`).toEqual([{ path: "quorum_other" }]);
    } finally {
      await other.$disconnect();
    }
    url.searchParams.set("schema", "x; DROP TABLE y");
    expect(() => createPrismaClient(url.toString())).toThrow(/plain name/);
  });
});
