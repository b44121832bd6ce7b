import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { seedDemo } from "@/lib/seed";
import { COPY_ORDER, copyToPostgres } from "./db-copy-to-postgres";

it("copies every model of the schema", () => {
  expect([...COPY_ORDER].sort()).toEqual(Object.values(Prisma.ModelName).sort());
});

// Needs a PostgreSQL server: runs under `npm run test:pg` (DATABASE_URL is then this run's PostgreSQL database).
const server = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "") ? process.env.DATABASE_URL! : null;

describe.runIf(server)("npm run db:copy-to-postgres", () => {
  let dir = "";
  let sourceUrl = "";
  const targetName = `quorum_copy_${process.pid}_${Date.now()}`;
  const targetUrl = (() => {
    const u = new URL(server ?? "postgresql://x@localhost/x");
    u.pathname = `/${targetName}`;
    return u.toString();
  })();
  let source: Db;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-copy-"));
    sourceUrl = `file:${path.join(dir, "school.db")}`;
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: sourceUrl }, stdio: "pipe" });
    source = createPrismaClient(sourceUrl);
    // A school's data: the demo (classes, sets, banks, attempts, responses), plus the awkward values.
    await seedDemo(source);
    const user = await source.user.create({
      data: { role: "STUDENT", displayName: "Zoë “Quotes” O'Brien — 日本語 🙂", username: "zoe", passwordHash: "$argon2id$x", email: null, sessionVersion: 7 },
    });
    await source.rateLimit.create({ data: { key: `signin:pair:203.0.113.9|zoe`, points: 3, expiresAt: new Date("2030-01-02T03:04:05.678Z") } });
    await source.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  }, 120_000);

  afterAll(async () => {
    await source?.$disconnect();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    const admin = new URL(server!);
    admin.pathname = "/postgres";
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
    await client.end();
  });

  it("moves every row of every table, unchanged, and refuses to copy into a database that has data", async () => {
    const report = await copyToPostgres(sourceUrl, targetUrl);
    const target = createPrismaClient(targetUrl);
    try {
      // Checked here independently of the script's own check: counts and full content, table by table.
      for (const model of COPY_ORDER) {
        const key = (model[0].toLowerCase() + model.slice(1)) as "user";
        const id = model === "RateLimit" ? "key" : "id";
        const read = (db: Db) => (db[key] as unknown as { findMany(a: object): Promise<unknown[]> }).findMany({ orderBy: { [id]: "asc" } });
        const [a, b] = await Promise.all([read(source), read(target)]);
        expect(b.length, model).toBe(a.length);
        expect(b, model).toEqual(a);
        expect(report.find((r) => r.model === model)?.rows).toBe(a.length);
      }
      expect(await source.response.count()).toBeGreaterThan(0);
      expect(await target.user.findUniqueOrThrow({ where: { username: "zoe" }, select: { displayName: true, sessionVersion: true } })).toEqual({
        displayName: "Zoë “Quotes” O'Brien — 日本語 🙂",
        sessionVersion: 7,
      });
      // The copied database is usable by the app: a demo student can be found and the teacher's class is there.
      expect(await target.class.count({ where: { joinCode: "DEMO24" } })).toBe(1);

      const before = await target.user.count();
      await expect(copyToPostgres(sourceUrl, targetUrl)).rejects.toThrow(/already has data/);
      expect(await target.user.count()).toBe(before);
    } finally {
      await target.$disconnect();
    }
  }, 180_000);
});
