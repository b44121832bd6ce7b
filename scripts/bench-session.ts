/**
 * npm run bench:session — what the per-request session check costs (docs/performance.md, "Session check").
 * On a fresh SQLite file with the real migrations and 2,000 users, times, one call after another:
 *   1. decoding an Auth.js session cookie (what every signed-in request already paid before the check),
 *   2. the check itself: lib/auth/session.ts's sessionUserFor (one read of the user's row by primary key),
 *   3. the whole jwt callback Auth.js runs for each auth() (the check plus building the token);
 *   4. the cookie work of one auth() (decode the cookie, encode the new one), with Auth.js's own encode/decode and
 *      with the ones Quorum gives it (lib/auth/api-session.ts, docs/decisions/032), three rounds alternating.
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
  const { decodeSessionCookieForAuth, encodeSessionCookie, REISSUE_AFTER_S } = await import("../lib/auth/api-session");

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

  // What auth() does with the cookie for one request (@auth/core lib/actions/session.js): decode the cookie it got,
  // then encode the token the jwt callback returned, which becomes the response's cookie and the next request's.
  const token = { sub: users[0].id, sv: 0, role: "STUDENT", name: "Student 0", mustChangePassword: false };
  const maxAge = 7 * 24 * 60 * 60;
  let theirs = await encode({ token, secret, salt, maxAge });
  let ours = await encodeSessionCookie({ token, secret, salt, maxAge });
  console.log("");
  for (let round = 1; round <= 3; round++) {
    stats(`auth()'s cookie work, Auth.js's own (${round})`, await time(RUNS, async () => {
      const payload = await decode({ token: theirs, secret, salt });
      theirs = await encode({ token: { ...payload, ...token }, secret, salt, maxAge });
    }));
    stats(`auth()'s cookie work, Quorum's (${round})`, await time(RUNS, async () => {
      const payload = await decodeSessionCookieForAuth({ token: ours, secret, salt });
      ours = await encodeSessionCookie({ token: { ...payload, ...token }, secret, salt, maxAge });
    }));
    // Every call as if the last one was more than REISSUE_AFTER_S ago: a new value each time, decrypted once.
    let later = Date.now();
    stats(`  the same, re-issued every time (${round})`, await time(RUNS, async () => {
      const payload = await decodeSessionCookieForAuth({ token: ours, secret, salt });
      later += REISSUE_AFTER_S * 1000;
      ours = await encodeSessionCookie({ token: { ...payload, ...token }, secret, salt, maxAge }, later);
    }));
  }
  await db.$disconnect();
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
