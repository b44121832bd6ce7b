/**
 * npm run profile:save — where one answer save's time goes, step by step, in one process (docs/performance.md,
 * "Where a save's time goes"). On a fresh SQLite file with the real migrations and the sample data, with 200
 * students who each started the demo quiz, it times one call after another (no concurrency, so these are costs,
 * not waiting):
 *   - reading the body: JSON.parse and the zod schema;
 *   - the session: decoding the Auth.js cookie (JWE), encoding one (Auth.js's auth() re-issues the cookie on every
 *     call), the jwt callback (the session-version read), and the API routes' own check (lib/auth/api-session.ts);
 *   - the proxy's security headers for a page and for a JSON route (lib/security/headers.ts);
 *   - saveAnswer and saveProgress (lib/data/attempts.ts) as a whole, with the number of SQL statements each runs.
 * Prints numbers, asserts nothing.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-profile-save-"));
const url = `file:${path.join(dir, "profile.db")}`;
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ??= "profile-secret-0123456789abcdef0123456789";
const RUNS = Number(process.env.RUNS ?? 2000);

function stats(label: string, samples: number[], extra = "") {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 1000;
  const mean = (samples.reduce((a, b) => a + b, 0) / samples.length) * 1000;
  console.log(`${label.padEnd(52)} mean ${mean.toFixed(0).padStart(5)} µs   p50 ${at(0.5).toFixed(0).padStart(5)} µs   p99 ${at(0.99).toFixed(0).padStart(6)} µs${extra}`);
}

async function time(runs: number, fn: (i: number) => unknown) {
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
  // The app's client, with a "query" event per SQL statement so that each step's statements can be counted.
  const { createPrismaClient } = await import("../lib/prisma-client");
  const client = createPrismaClient(url, { logQueries: true });
  let statements = 0;
  (client as unknown as { $on(event: "query", cb: () => void): void }).$on("query", () => {
    statements += 1;
  });
  (globalThis as unknown as { quorumPrisma: unknown }).quorumPrisma = client;

  const { db } = await import("../lib/db");
  const { seedDemo } = await import("../lib/seed");
  const { startAttempt, saveAnswer, saveProgress } = await import("../lib/data/attempts");
  const { sessionUserFor } = await import("../lib/auth/session");
  const { authConfig } = await import("../lib/auth/config");
  const { SaveAnswerSchema } = await import("../lib/validation/quiz");
  const { encode, decode } = await import("next-auth/jwt");
  const apiSession = await import("../lib/auth/api-session");

  const { classId, setId } = await seedDemo(db);
  // This week's open assignment, not last week's closed run of the same quiz (both are in the sample data).
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId, setId, dueAt: { gt: new Date() } }, select: { id: true } });
  await db.user.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ role: "STUDENT" as const, displayName: `Student ${i}`, username: `p-${i}`, passwordHash: "x" })) });
  const users = await db.user.findMany({ where: { username: { startsWith: "p-" } }, select: { id: true } });
  await db.enrolment.createMany({ data: users.map((u) => ({ classId, studentId: u.id })) });
  const students = users.map((u) => ({ id: u.id, role: "STUDENT" as const, name: "S", mustChangePassword: false }));
  const attempts: { id: string; order: string[] }[] = [];
  for (const s of students) {
    const started = await startAttempt(s, assignment.id);
    if (!started.ok) throw new Error(started.reason);
    const a = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId }, select: { questionOrder: true } });
    attempts.push({ id: started.attemptId, order: JSON.parse(a.questionOrder) as string[] });
  }
  const questions = await db.question.findMany({ where: { setId }, select: { id: true, answer: true } });
  const answerOf = new Map(questions.map((q) => [q.id, q.answer]));

  const secret = process.env.AUTH_SECRET!;
  const salt = "authjs.session-token";
  const cookie = await encode({ token: { sub: users[0].id, sv: 0 }, secret, salt });
  const body = JSON.stringify({ questionId: questions[0].id, answer: questions[0].answer });

  console.log(`One save, step by step, on SQLite (WAL, synchronous FULL); ${RUNS} calls each, one after another (Node ${process.version}, load average ${os.loadavg()[0].toFixed(2)}).\n`);
  stats("JSON.parse of the body + SaveAnswerSchema (zod)", await time(RUNS, () => SaveAnswerSchema.safeParse(JSON.parse(body))));
  stats("decode the session cookie (JWE)", await time(RUNS, () => decode({ token: cookie, secret, salt })));
  if ("decodeSessionCookie" in apiSession) {
    stats("decode, the key derived once (lib/auth/api-session)", await time(RUNS, () => apiSession.decodeSessionCookie(cookie, secret, salt)));
  }
  stats("encode a session cookie (auth() re-issues it)", await time(RUNS, () => encode({ token: { sub: users[0].id, sv: 0 }, secret, salt })));
  stats("sessionUserFor: the session-version read", await time(RUNS, (i) => sessionUserFor({ sub: users[i % users.length].id, sv: 0 })));
  stats("jwt callback (the read plus building the token)", await time(RUNS, (i) => authConfig.callbacks.jwt({ token: { sub: users[i % users.length].id, sv: 0 } } as never)));
  if (apiSession) {
    const cookies = users.map((u) => encode({ token: { sub: u.id, sv: 0 }, secret, salt }));
    const resolved = await Promise.all(cookies);
    stats("API session check (cookie decode + version read)", await time(RUNS, (i) => apiSession.sessionFromCookieValue(resolved[i % resolved.length])));
  }

  // The proxy's security headers (lib/security/headers.ts), for a page and for a JSON route, with a browser's
  // request headers (each step includes building the NextRequest). What Next.js does afterwards with the request
  // headers a page's nonce is handed on in is not in this figure.
  const { NextRequest, NextResponse } = await import("next/server");
  const { withSecurityHeaders } = await import("../lib/security/headers");
  const proxy = withSecurityHeaders(() => NextResponse.next(), false);
  const browser = {
    cookie: `authjs.csrf-token=${"c".repeat(130)}; authjs.callback-url=http%3A%2F%2Flocalhost%3A3000%2Fstudent; authjs.session-token=${cookie}`,
    "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
    accept: "*/*",
    "accept-language": "en-US,en;q=0.9",
    "accept-encoding": "gzip, deflate, br, zstd",
    "content-type": "application/json",
    origin: "http://localhost:3000",
    referer: "http://localhost:3000/student/attempts/x",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-origin",
  };
  stats("proxy headers: a page (fresh nonce, handed on)", await time(RUNS, () => proxy(new NextRequest("http://localhost:3000/student/attempts/x", { headers: browser }))));
  stats("proxy headers: a JSON route (/api/)", await time(RUNS, () => proxy(new NextRequest("http://localhost:3000/api/attempts/x/answers", { method: "POST", headers: browser, body: body }))));

  let n = 0;
  const next = () => {
    const a = attempts[n % attempts.length];
    const questionId = a.order[Math.floor(n / attempts.length) % a.order.length];
    n += 1;
    return { student: students[attempts.indexOf(a)], attemptId: a.id, questionId };
  };
  statements = 0;
  const saves = await time(RUNS, () => {
    const { student, attemptId, questionId } = next();
    return saveAnswer(student, attemptId, { questionId, answer: answerOf.get(questionId)! });
  });
  const perSave = statements / (RUNS + Math.min(200, RUNS));
  stats("saveAnswer (data function, whole)", saves, `   ${perSave.toFixed(1)} SQL statements each`);
  statements = 0;
  const progress = await time(RUNS, (i) => {
    const a = attempts[i % attempts.length];
    return saveProgress(students[i % attempts.length], a.id, { currentIndex: i % 20, flagged: [] });
  });
  stats("saveProgress (data function, whole)", progress, `   ${(statements / (RUNS + Math.min(200, RUNS))).toFixed(1)} SQL statements each`);

  // The statements of one save, as Prisma sends them.
  const seen: string[] = [];
  (client as unknown as { $on(event: "query", cb: (e: { query: string }) => void): void }).$on("query", (e) => seen.push(e.query));
  const one = next();
  await saveAnswer(one.student, one.attemptId, { questionId: one.questionId, answer: answerOf.get(one.questionId)! });
  console.log(`\nThe SQL of one save (${seen.length} statements):`);
  for (const q of seen) console.log(`  ${q.length > 220 ? q.slice(0, 220) + "…" : q}`);
  await db.$disconnect();
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
