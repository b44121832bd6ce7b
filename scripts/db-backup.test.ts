import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/env-db";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { defaultBackupPath } from "./db-backup";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-backup-"));
const file = path.join(dir, "quorum.db");
let app: Db | undefined;
// db:backup copies a SQLite file; on PostgreSQL backups are pg_dump's job (docs/deploying.md).
const sqlite = process.env.DATABASE_URL!.startsWith("file:");

beforeAll(async () => {
  if (!sqlite) return;
  const source = new Database(sqliteFilePath(process.env.DATABASE_URL!));
  source.prepare("VACUUM INTO ?").run(file);
  source.close();
  app = createPrismaClient(`file:${file}`);
});
afterAll(async () => {
  await app?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

function backup(...args: string[]) {
  return run(path.resolve("node_modules/.bin/tsx"), ["scripts/db-backup.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${file}` } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe.runIf(sqlite)("npm run db:backup", () => {
  it("names a default backup by the time, under backups/ beside the database", () => {
    expect(defaultBackupPath("/srv/quorum/data/quorum.db", new Date("2026-12-01T21:05:09.123Z"))).toBe("/srv/quorum/data/backups/quorum-20261201-210509Z.db");
  });

  it("copies a consistent database while the app keeps saving, and no save fails", async () => {
    const teacher = await app!.user.create({ data: { role: "TEACHER", displayName: "T", email: `b-${Date.now()}@t.test`, passwordHash: "x" } });
    let saving = true;
    let saved = 0;
    const failures: unknown[] = [];
    // Saves as fast as this process can make them, all through the backup.
    const writer = (async () => {
      while (saving) {
        try {
          await app!.class.create({ data: { name: `C${saved}`, joinCode: `B${Date.now().toString(36)}${saved}`.toUpperCase(), teacherId: teacher.id } });
          saved += 1;
        } catch (err) {
          failures.push(err);
        }
        // Prisma on better-sqlite3 can resolve without leaving the microtask queue: let the child's events in.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const target = path.join(dir, "during.db");
    const result = await backup(target);
    saving = false;
    await writer;

    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/It holds \d+ accounts, \d+ classes/);
    expect(failures).toEqual([]);
    expect(saved).toBeGreaterThan(0);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const classes = (copy.prepare(`SELECT count(*) AS n FROM "Class" WHERE "teacherId" = ?`).get(teacher.id) as { n: number }).n;
    copy.close();
    // A snapshot of one moment: some of the saves, never more than were made.
    expect(classes).toBeLessThanOrEqual(saved);
    expect(fs.existsSync(`${target}.partial`)).toBe(false);
  });

  it("writes a timestamped file under backups/ when given no path, and never overwrites", async () => {
    const result = await backup();
    expect(result.code).toBe(0);
    const written = fs.readdirSync(path.join(dir, "backups"));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^quorum-\d{8}-\d{6}Z\.db$/);
    const again = await backup(path.join(dir, "backups", written[0]));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it("says so when there is no database to back up", async () => {
    const result = await run(path.resolve("node_modules/.bin/tsx"), ["scripts/db-backup.ts", path.join(dir, "x.db")], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "missing.db")}` },
    }).catch((e: { code: number; stderr: string }) => e);
    expect(result).toMatchObject({ code: 1 });
    expect((result as { stderr: string }).stderr).toMatch(/There is no database at/);
  });
});
