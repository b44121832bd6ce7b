/**
 * npm run bench:session — what the per-request session check costs (docs/performance.md, "Session check").
 * On a fresh SQLite file with the real migrations and 2,000 users, times, one call after another:
 *   1. decoding an Auth.js session cookie (what every signed-in request already paid before the check),
 *   2. the check itself: lib/auth/session.ts's sessionUserFor (one read of the user's row by primary key),
 *   3. the whole jwt callback Auth.js runs for each auth() (the check plus building the token).
 * Prints numbers, asserts nothing.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-session-"));
const url = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789";
const RUNS = Number(process.env.RUNS ?? 5000);

function stats(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 1000;
  const mean = (samples.reduce((a, b) => a + b, 0) / samples.length) * 1000;
  console.log(`${label.padEnd(44)} mean ${mean.toFixed(0).padStart(5)} µs   p50 ${at(0.5).toFixed(0).padStart(5)} µs   p99 ${at(0.99).toFixed(0).padStart(5)} µs`);
}

async function time(runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, runs); i++) await fn(i); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

async function main() {
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  const { db } = await import("../lib/db");
  const { sessionUserFor } = await import("../lib/auth/session");
  const { authConfig } = await import("../lib/auth/config");
  const { encode, decode } = await import("next-auth/jwt");

  for (let i = 0; i < 2000; i += 500) {
    await db.user.createMany({
      data: Array.from({ length: 500 }, (_, j) => ({ role: "STUDENT" as const, displayName: `Student ${i + j}`, username: `bench-${i + j}`, passwordHash: "x" })),
    });
  }
  const users = await db.user.findMany({ select: { id: true } });
  const salt = "authjs.session-token";
  const secret = process.env.AUTH_SECRET!;
  const cookie = await encode({ token: { sub: users[0].id, sv: 0 }, secret, salt });

  console.log(`Session check on SQLite, ${users.length} users, ${RUNS} calls each, one after another (Node ${process.version}).\n`);
  stats("decode the session cookie (JWE)", await time(RUNS, () => decode({ token: cookie, secret, salt })));
  stats("sessionUserFor: read the row by primary key", await time(RUNS, (i) => sessionUserFor({ sub: users[i % users.length].id, sv: 0 })));
  stats("jwt callback (the check plus the token)", await time(RUNS, (i) => authConfig.callbacks.jwt({ token: { sub: users[i % users.length].id, sv: 0 } } as never)));
  await db.$disconnect();
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
