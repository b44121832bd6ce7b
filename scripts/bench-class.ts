/**
 * npm run bench:class -- --students N [--think-ms M] [--teachers K] [--port P] [--bare-port Q]
 *
 * A whole class taking the quiz at once, over HTTP, against the production build (docs/performance.md, "Class
 * benchmark"). In one run:
 *   1. builds Quorum and the bare route app (bench/bare) if their builds are missing or stale;
 *   2. makes a fresh SQLite file in a temporary folder, applies the migrations with the Prisma CLI (as the e2e
 *      and unit setups do), loads the sample data, and adds N students to the demo class, whose quiz (the sample
 *      set, 20 questions) is an open assignment;
 *   3. starts `next start` on it, signs every student and K teacher sessions in through Auth.js's credentials
 *      endpoint as a browser does (CSRF cookie and token, then the session cookie). Sign-in is paced (a few at a
 *      time), which keeps the sign-in limiter (docs/decisions/006) as it is: a right password gives its count back;
 *   4. lets every student, all at once: open the dashboard, press Start (the real server action), open the quiz
 *      page, then for each of the 20 questions wait the think time (±50 %), save the answer and save progress,
 *      and submit. Meanwhile the teacher sessions poll the live results every 5 s, as the results page does, and
 *      reload the page when the poll says something changed;
 *   5. replays the same students' saves (answer + progress per question, same think time) against the bare
 *      route: a route handler that upserts one row into SQLite;
 *   6. prints requests/s and p50/p95/p99 per kind of request, errors, the save throughput against the bare
 *      route's, the machine's load average, and checks the database: every acknowledged answer stored once with
 *      the value last acknowledged, every attempt submitted once and scored from its answers ("lost: 0").
 * Exits 1 when a request failed or anything was lost.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/prisma-client";
import { parseChoices } from "../lib/question-rows";
import { DEMO, seedDemo } from "../lib/seed";
// @ts-expect-error: a plain ES module shared with scripts/start.mjs
import { APP_BUILD_INPUTS, buildIfStale } from "./build-if-stale.mjs";

/** React's own encoder for server action arguments, from the installed Next.js (what the page's form uses). */
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node.js") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const root = path.resolve(import.meta.dirname, "..");
const bareDir = path.join(root, "bench", "bare");
const nextBin = path.join(root, "node_modules", ".bin", "next");

const { values: args } = parseArgs({
  options: {
    students: { type: "string", default: "30" },
    "think-ms": { type: "string", default: "0" },
    teachers: { type: "string" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3390" },
    "bare-port": { type: "string", default: process.env.BENCH_BARE_PORT ?? "3391" },
    "sign-in-concurrency": { type: "string", default: "4" },
  },
});
const N = Number(args.students);
const THINK_MS = Number(args["think-ms"]);
const TEACHERS = Number(args.teachers ?? Math.max(1, Math.round(N / 30)));
const PORT = Number(args.port);
const BARE_PORT = Number(args["bare-port"]);
const SIGN_IN_CONCURRENCY = Number(args["sign-in-concurrency"]);
const POLL_MS = 5000;
if (![N, THINK_MS, TEACHERS, PORT, BARE_PORT, SIGN_IN_CONCURRENCY].every((n) => Number.isInteger(n) && n >= 0) || N < 1) {
  console.error("Usage: npm run bench:class -- --students N [--think-ms M] [--teachers K] [--port P] [--bare-port Q]");
  process.exit(2);
}
const BASE = `http://127.0.0.1:${PORT}`;
const BARE = `http://127.0.0.1:${BARE_PORT}`;

// ---------------------------------------------------------------- measuring

type Sample = { kind: string; ms: number; ok: boolean; start: number; end: number };
const samples: Sample[] = [];
const failures = new Map<string, number>();

function noteFailure(kind: string, what: string) {
  const key = `${kind}: ${what}`;
  failures.set(key, (failures.get(key) ?? 0) + 1);
}

const loads: number[] = [];
const loadTimer = setInterval(() => loads.push(os.loadavg()[0]), 1000);

// ---------------------------------------------------------------- a browser's cookies

class Browser {
  readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, timed (including reading the body) and recorded under `kind`; null on a network error. */
  async request(kind: string | null, url: string, init: RequestInit & { expect?: (res: Response) => boolean } = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.header());
    const start = performance.now();
    try {
      const res = await fetch(url, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(120_000) });
      const text = await res.text();
      const end = performance.now();
      this.take(res);
      const ok = init.expect ? init.expect(res) : res.status === 200;
      if (kind) {
        samples.push({ kind, ms: end - start, ok, start, end });
        if (!ok) noteFailure(kind, `HTTP ${res.status} ${text.slice(0, 120).replace(/\s+/g, " ")}`);
      }
      return { res, text };
    } catch (err) {
      const end = performance.now();
      if (kind) {
        samples.push({ kind, ms: end - start, ok: false, start, end });
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        noteFailure(kind, `${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`);
      }
      return null;
    }
  }

  postJson(kind: string, url: string, body: unknown) {
    return this.request(kind, url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  }
}

/** Auth.js's credentials flow as the browser runs it: CSRF token and cookie, then the form post that sets the session. */
async function signIn(browser: Browser, identifier: string, password: string) {
  const csrf = await browser.request("sign-in", `${BASE}/api/auth/csrf`);
  if (!csrf) return false;
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const done = await browser.request("sign-in", `${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: `${BASE}/after-sign-in` }).toString(),
    expect: (res) => res.status === 302 && !(res.headers.get("location") ?? "").includes("error"),
  });
  return Boolean(done && [...browser.cookies.keys()].some((k) => k.endsWith("authjs.session-token")));
}

// ---------------------------------------------------------------- servers

function startServer(label: string, cwd: string, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // Started directly (not through npx) so that stopping it by pid stops the server.
  const child = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd, env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`\n✗ ${label} stopped (${code ?? signal}). Its last output:\n${log}`);
      process.exit(1);
    }
  });
  return child;
}

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      await res.arrayBuffer();
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`${url} did not answer`);
}

let stopping = false;
const children: ChildProcess[] = [];

// ---------------------------------------------------------------- the run

type Plan = { questionId: string; answer: string }[];

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

function think() {
  return THINK_MS === 0 ? Promise.resolve() : sleep(THINK_MS * (0.5 + Math.random()));
}

async function main() {
  const startedAt = new Date();
  console.log(`Class benchmark: ${N} students, think time ${THINK_MS} ms, ${TEACHERS} teacher session(s) polling every ${POLL_MS / 1000} s.`);
  console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} before the run.\n`);

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  buildIfStale({ dir: root, inputs: APP_BUILD_INPUTS, nextBin, env, label: "Quorum" });
  buildIfStale({ dir: bareDir, inputs: ["app", "next.config.mjs", "../../package-lock.json"], nextBin, env, label: "the bare route" });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-class-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  const bareFile = path.join(dir, "bare.db");
  process.on("exit", () => {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // The same fresh database the e2e and unit runs start from: the real migrations, then the sample data.
  const migrated = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, env: { ...env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrated.stdout}\n${migrated.stderr}`);
  const db = createPrismaClient(databaseUrl);
  const { classId, setId } = await seedDemo(db, root);
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId, setId }, select: { id: true } });
  const password = "bench-student-password";
  const passwordHash = await hashPassword(password); // one hash for all: the sign-ins still verify it one by one
  const usernames = Array.from({ length: N }, (_, i) => `bench-${String(i + 1).padStart(4, "0")}`);
  await db.user.createMany({ data: usernames.map((username, i) => ({ role: "STUDENT" as const, username, displayName: `Bench Student ${i + 1}`, passwordHash })) });
  const students = await db.user.findMany({ where: { username: { in: usernames } }, select: { id: true, username: true } });
  await db.enrolment.createMany({ data: students.map((s) => ({ classId, studentId: s.id })) });
  const questions = await db.question.findMany({ where: { setId }, select: { id: true, type: true, answer: true, choices: true } });
  console.log(`• Fresh database with the sample set (${questions.length} questions) and ${N} students in "${DEMO.className}".`);

  const authSecret = crypto.randomBytes(32).toString("base64url");
  children.push(startServer("Quorum", root, PORT, { ...env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret }));
  children.push(startServer("The bare route", bareDir, BARE_PORT, { ...env, BARE_DATABASE_FILE: bareFile }));
  await Promise.all([waitFor(`${BASE}/signin`), waitFor(`${BARE}/api/save`)]);

  // The action id of "Start" from the build's manifest, as the page's form would post it.
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const startActionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "startAttemptAction")?.[0];
  if (!startActionId) throw new Error("startAttemptAction is not in the build's server-reference manifest");

  // Sign-in, paced: a few at a time (each is an argon2 verification of ~100 ms).
  const t0 = performance.now();
  const browsers = students.map(() => new Browser());
  const teachers = Array.from({ length: TEACHERS }, () => new Browser());
  const queue = [...students.map((s, i) => () => signIn(browsers[i], s.username!, password)), ...teachers.map((b) => () => signIn(b, DEMO.teacher.email, DEMO.teacher.password))];
  let signedIn = 0;
  await Promise.all(
    Array.from({ length: SIGN_IN_CONCURRENCY }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) if (await job()) signedIn += 1;
    }),
  );
  console.log(`• ${signedIn} of ${N + TEACHERS} sessions signed in through Auth.js in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  if (signedIn !== N + TEACHERS) throw new Error("Not everyone could sign in");
  const signInSamples = samples.splice(0);

  // Warm-up: one of each kind of request, not counted.
  await teachers[0].request(null, `${BASE}/api/teacher/assignments/${assignment.id}/version`);
  await teachers[0].request(null, `${BASE}/teacher/classes/${classId}/assignments/${assignment.id}`);
  for (let i = 0; i < 20; i++) await new Browser().request(null, `${BARE}/api/save`, { method: "POST", body: JSON.stringify({ attemptId: "warm-up", questionId: String(i), answer: "x" }) });

  // ------------------------------------------------ Quorum: the class takes the quiz
  const acknowledged = new Map<string, Map<string, string>>(); // attemptId → questionId → last answer saved with 200
  let submitted = 0;
  let studentsDone = 0;
  const loadStart = performance.now();
  const resultsUrl = `${BASE}/teacher/classes/${classId}/assignments/${assignment.id}`;

  async function student(browser: Browser) {
    if (THINK_MS > 0) await sleep(Math.random() * THINK_MS);
    await browser.request("dashboard GET", `${BASE}/student`);
    await think();
    // The form's data encoded the way React's client encodes an action's arguments (prevState, formData).
    const form = new FormData();
    form.set("assignmentId", assignment.id);
    const body = await encodeReply([{}, form]);
    const started = await browser.request("start (action)", `${BASE}/student/assignments/${assignment.id}`, {
      method: "POST",
      headers: { "next-action": startActionId!, accept: "text/x-component" },
      body,
      expect: (res) => /\/student\/attempts\/[^/;]+/.test(res.headers.get("x-action-redirect") ?? ""),
    });
    const attemptId = /\/student\/attempts\/([^/;]+)/.exec(started?.res.headers.get("x-action-redirect") ?? "")?.[1];
    if (!attemptId) return;
    await browser.request("quiz page GET", `${BASE}/student/attempts/${attemptId}`);
    // The answers come from the database, as a student reads them off the page: the shuffled choices of each question.
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionOrder: true } });
    const order = JSON.parse(attempt.questionOrder) as string[];
    const plan: Plan = order.map((questionId) => {
      const q = questions.find((x) => x.id === questionId)!;
      const choices = parseChoices(q.choices);
      const right = Math.random() < 0.7;
      if (choices.length === 0) return { questionId, answer: right ? q.answer : "not the answer" };
      return { questionId, answer: right ? q.answer : pick(choices.filter((c) => c !== q.answer).length ? choices.filter((c) => c !== q.answer) : choices) };
    });
    const saved = new Map<string, string>();
    acknowledged.set(attemptId, saved);
    for (const [i, step] of plan.entries()) {
      await think();
      const res = await browser.postJson("answer save POST", `${BASE}/api/attempts/${attemptId}/answers`, step);
      if (res?.res.status === 200) saved.set(step.questionId, step.answer);
      await browser.postJson("progress save POST", `${BASE}/api/attempts/${attemptId}/progress`, { currentIndex: Math.min(i + 1, plan.length), flagged: [] });
    }
    await think();
    const done = await browser.postJson("submit POST", `${BASE}/api/attempts/${attemptId}/submit`, {});
    if (done?.res.status === 200) submitted += 1;
  }

  async function teacher(browser: Browser) {
    let known: string | null = null;
    let rscUrl = resultsUrl;
    await sleep(Math.random() * POLL_MS);
    while (studentsDone < N) {
      const polled = await browser.request("results poll GET", `${BASE}/api/teacher/assignments/${assignment.id}/version`);
      const version = polled?.res.status === 200 ? (JSON.parse(polled.text) as { version: string }).version : null;
      // The page's router.refresh(): the server renders the results page again (an RSC request).
      if (version && version !== known) {
        if (known !== null) {
          let page = await browser.request("results refresh (RSC)", rscUrl, { headers: { rsc: "1" }, expect: (res) => res.status === 200 || res.status === 307 });
          // Next.js sends an RSC request without its cache-busting parameter to the URL with it, as the router does.
          const location = page?.res.status === 307 ? page.res.headers.get("location") : null;
          if (location) {
            samples.pop();
            rscUrl = new URL(location, BASE).href;
            page = await browser.request("results refresh (RSC)", rscUrl, { headers: { rsc: "1" } });
          }
        }
        known = version;
      }
      await sleep(POLL_MS);
    }
  }

  const teacherRuns = teachers.map((b) => teacher(b));
  await Promise.all(
    browsers.map((b) =>
      student(b).finally(() => {
        studentsDone += 1;
      }),
    ),
  );
  const loadEnd = performance.now();
  await Promise.all(teacherRuns);
  const quorumSamples = samples.splice(0);
  const quorumLoad = loads.splice(0);

  // ------------------------------------------------ the bare route, the same saves
  const bareStart = performance.now();
  await Promise.all(
    browsers.map(async (_, s) => {
      const b = new Browser();
      if (THINK_MS > 0) await sleep(Math.random() * THINK_MS);
      for (let i = 0; i < questions.length; i++) {
        await think();
        await b.postJson("bare save POST", `${BARE}/api/save`, { attemptId: `s${s}`, questionId: `q${i}`, answer: "an answer" });
        await b.postJson("bare progress POST", `${BARE}/api/save`, { attemptId: `s${s}`, questionId: "progress", answer: String(i + 1) });
      }
    }),
  );
  const bareEnd = performance.now();
  const bareSamples = samples.splice(0);
  const bareLoad = loads.splice(0);
  clearInterval(loadTimer);

  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on("exit", r)))));

  // ------------------------------------------------ report
  const table = (rows: Sample[], from: number, to: number) => {
    const kinds = [...new Set(rows.map((r) => r.kind))];
    console.log(`${"request".padEnd(24)} ${"count".padStart(6)} ${"errors".padStart(6)} ${"req/s".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
    for (const kind of kinds) {
      const mine = rows.filter((r) => r.kind === kind);
      const ms = mine.map((r) => r.ms).sort((a, b) => a - b);
      const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
      const errors = mine.filter((r) => !r.ok).length;
      console.log(
        `${kind.padEnd(24)} ${String(mine.length).padStart(6)} ${String(errors).padStart(6)} ${(mine.length / ((to - from) / 1000)).toFixed(1).padStart(7)} ${at(0.5).toFixed(0).padStart(8)} ${at(0.95).toFixed(0).padStart(8)} ${at(0.99).toFixed(0).padStart(8)}`,
      );
    }
  };
  const loadText = (l: number[]) => (l.length ? `load average (1 min) mean ${(l.reduce((a, b) => a + b, 0) / l.length).toFixed(2)}, max ${Math.max(...l).toFixed(2)}` : "");
  /** Saves per second while saves were being made: from the first save sent to the last one answered. */
  const saveRate = (rows: Sample[], kind: string) => {
    const mine = rows.filter((r) => r.kind === kind && r.ok);
    if (mine.length === 0) return 0;
    return mine.length / ((Math.max(...mine.map((r) => r.end)) - Math.min(...mine.map((r) => r.start))) / 1000);
  };

  console.log(`\nSign-in (paced, ${SIGN_IN_CONCURRENCY} at a time):`);
  table(signInSamples, t0, loadStart);
  console.log(`\nQuorum, ${N} students at once (${((loadEnd - loadStart) / 1000).toFixed(1)} s; ${loadText(quorumLoad)}):`);
  table(quorumSamples, loadStart, loadEnd);
  console.log(`\nBare route, the same saves (${((bareEnd - bareStart) / 1000).toFixed(1)} s; ${loadText(bareLoad)}):`);
  table(bareSamples, bareStart, bareEnd);
  const quorumSaves = saveRate(quorumSamples, "answer save POST");
  const bareSaves = saveRate(bareSamples, "bare save POST");
  console.log(`\nanswer saves/s: Quorum ${quorumSaves.toFixed(1)}, bare route ${bareSaves.toFixed(1)}, ratio ${(quorumSaves / bareSaves).toFixed(2)}`);

  // ------------------------------------------------ the database: nothing lost, nothing twice
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, studentId: { in: students.map((s) => s.id) } },
    select: { id: true, studentId: true, submittedAt: true, score: true, maxScore: true, responses: { select: { questionId: true, answer: true, correct: true } } },
  });
  let lost = 0;
  let wrongScore = 0;
  let duplicates = 0;
  for (const a of attempts) {
    const stored = new Map<string, string>();
    for (const r of a.responses) {
      if (stored.has(r.questionId)) duplicates += 1;
      stored.set(r.questionId, r.answer);
    }
    for (const [questionId, answer] of acknowledged.get(a.id) ?? []) if (stored.get(questionId) !== answer) lost += 1;
    if (!a.submittedAt || a.score !== a.responses.filter((r) => r.correct).length || a.maxScore !== questions.length) wrongScore += 1;
  }
  const perStudent = new Map<string, number>();
  for (const a of attempts) perStudent.set(a.studentId, (perStudent.get(a.studentId) ?? 0) + 1);
  const notOnce = students.filter((s) => perStudent.get(s.id) !== 1).length;
  const ackCount = [...acknowledged.values()].reduce((n, m) => n + m.size, 0);
  const bareRows = new Database(bareFile, { readonly: true }).prepare("SELECT count(*) AS n FROM answer WHERE attempt <> 'warm-up'").get() as { n: number };
  await db.$disconnect();

  const errors = [...quorumSamples, ...bareSamples, ...signInSamples].filter((s) => !s.ok).length;
  console.log(`\nDatabase: ${attempts.length} attempts for ${N} students (${notOnce} students without exactly one), ${submitted} submitted with 200,`);
  console.log(`  ${ackCount} answers acknowledged, ${attempts.reduce((n, a) => n + a.responses.length, 0)} stored, ${duplicates} twice, ${wrongScore} attempts not submitted or scored wrong;`);
  console.log(`  bare route: ${bareRows.n} rows (expected ${N * (questions.length + 1)}).`);
  for (const [what, count] of failures) console.log(`  ✗ ${count} × ${what}`);
  // Lost: an answer the server acknowledged that is not stored as acknowledged, a row stored twice, or a student's
  // attempt not submitted exactly once. An answer whose request failed was never acknowledged: the browser keeps it
  // and sends it again (lib/quiz/offline-queue.ts), so it is counted as an error, not as lost.
  const lostTotal = lost + notOnce + wrongScore + duplicates;
  console.log(`errors: ${errors} (answers never acknowledged because their request failed: ${N * questions.length - ackCount})`);
  console.log(`lost: ${lostTotal}`);
  console.log(`(run began ${startedAt.toISOString()}; load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")})`);
  if (errors > 0 || lostTotal > 0) process.exitCode = 1;
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => {
    clearInterval(loadTimer);
    process.exit();
  });
