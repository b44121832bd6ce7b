/**
 * npm run bench:class -- --students N [--think-ms M] [--teachers K] [--port P] [--bare-port Q]
 *                        [--db sqlite|postgres] [--processes K] [--lb] [--compare]
 *
 * A whole class taking the quiz at once, over HTTP, against the production build (docs/performance.md, "Class
 * benchmark" and "Several processes on PostgreSQL"). In one run:
 *   1. builds Quorum and the bare route app (bench/bare) if their builds are missing or stale;
 *   2. makes a fresh database: a SQLite file in a temporary folder, or (--db postgres) a new database on a
 *      throwaway PostgreSQL cluster (scripts/pg-cluster.mjs); applies the migrations with the Prisma CLI (as the
 *      e2e and unit setups do), loads the sample data, and adds N students to the demo class, whose quiz (the
 *      sample set, 20 questions) is an open assignment;
 *   3. starts `next start` on it: one process, or (--processes K) K processes with the same AUTH_SECRET behind a
 *      throwaway nginx on 127.0.0.1 (scripts/nginx-lb.mjs; --lb puts it in front of a single process too). Signs
 *      every student and K teacher sessions in through Auth.js's credentials endpoint as a browser does (CSRF
 *      cookie and token, then the session cookie). Sign-in is paced (a few at a time), which keeps the sign-in
 *      limiter (docs/decisions/006) as it is: a right password gives its count back;
 *   4. lets every student, all at once: open the dashboard, press Start (the real server action), get the quiz
 *      page as the browser's script does (inside the action's answer when the action redirects, else an RSC
 *      request of its own), then for each of the 20 questions wait the think time (±50 %) and save the answer with the
 *      student's position in the same request (one request per question, as the quiz sends it: docs/decisions/
 *      024; a move alone waits for the next answer), and submit. Meanwhile the teacher sessions poll the live results every 5 s, as the results page does, and
 *      reload the page when the poll says something changed;
 *   5. replays the same students' saves (one per question, same think time) against the bare
 *      route: a route handler that upserts one row into SQLite (not with --compare);
 *   6. prints requests/s and p50/p95/p99 per kind of request, the answer saves' p50/p95 per 5-s window of the class
 *      phase beside the Starts and page loads of that window, errors, the save throughput against the bare
 *      route's, the machine's load average, and checks the database: every acknowledged answer stored once with
 *      the value last acknowledged, every attempt submitted once and scored from its answers ("lost: 0"), and
 *      each attempt's stored position the one its last acknowledged save carried.
 * --compare runs three configurations one after another with the same N and think time, each on a fresh
 * database and each behind the same nginx setup: SQLite with one process, PostgreSQL with one, PostgreSQL with
 * two; then prints one table (saves/s, p50/p95/p99 of the answer save, errors, lost per configuration).
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
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/prisma-client";
import { parseChoices } from "../lib/question-rows";
import { DEMO, seedDemo } from "../lib/seed";
// @ts-expect-error: a plain ES module shared with scripts/start.mjs
import { APP_BUILD_INPUTS, buildIfStale } from "./build-if-stale.mjs";
// @ts-expect-error: a plain ES module (the benchmark's throwaway nginx)
import { ensureNginx, startLoadBalancer } from "./nginx-lb.mjs";

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
    db: { type: "string", default: "sqlite" },
    processes: { type: "string", default: "1" },
    lb: { type: "boolean", default: false },
    compare: { type: "boolean", default: false },
    rounds: { type: "string", default: "1" },
  },
});
const USAGE =
  "Usage: npm run bench:class -- --students N [--think-ms M] [--teachers K] [--port P] [--bare-port Q]\n" +
  "                              [--db sqlite|postgres] [--processes K] [--lb] [--compare [--rounds R]]";
const N = Number(args.students);
const THINK_MS = Number(args["think-ms"]);
const TEACHERS = Number(args.teachers ?? Math.max(1, Math.round(N / 30)));
const PORT = Number(args.port);
const BARE_PORT = Number(args["bare-port"]);
const SIGN_IN_CONCURRENCY = Number(args["sign-in-concurrency"]);
const PROCESSES = Number(args.processes);
const ROUNDS = Number(args.rounds);
const POLL_MS = 5000;
/** How many times each request is sent one at a time for its cost, after the class phase. */
const COST_REPEATS = Number(process.env.BENCH_COST_REPEATS ?? 20);
/** Saves are cheap: more of them, so that CPU time counted in 10-ms ticks gives a figure per save. */
const SAVE_PROBES = Number(process.env.BENCH_SAVE_PROBES ?? 200);
if (![N, THINK_MS, TEACHERS, PORT, BARE_PORT, SIGN_IN_CONCURRENCY, PROCESSES, ROUNDS].every((n) => Number.isInteger(n) && n >= 0) || N < 1 || PROCESSES < 1 || ROUNDS < 1 || (ROUNDS > 1 && !args.compare)) {
  console.error(USAGE);
  process.exit(2);
}
if (args.db !== "sqlite" && args.db !== "postgres") {
  console.error(`--db must be sqlite or postgres, not ${args.db}\n${USAGE}`);
  process.exit(2);
}
if (args.db === "sqlite" && PROCESSES > 1) {
  // SQLite is Quorum's one-machine, one-process setup (docs/decisions/008, 018): several processes need PostgreSQL.
  console.error("--processes above 1 needs --db postgres: SQLite is run as one process (docs/decisions/018).");
  process.exit(2);
}

type Config = { label: string; db: "sqlite" | "postgres"; processes: number; lb: boolean };
/** --compare: the three configurations of issue 12, each behind the same load balancer so only the back end differs. */
const CONFIGS: Config[] = args.compare
  ? [
      { label: "SQLite, 1 process", db: "sqlite", processes: 1, lb: true },
      { label: "PostgreSQL, 1 process", db: "postgres", processes: 1, lb: true },
      { label: "PostgreSQL, 2 processes", db: "postgres", processes: 2, lb: true },
    ]
  : [{ label: `${args.db === "sqlite" ? "SQLite" : "PostgreSQL"}, ${PROCESSES} process${PROCESSES > 1 ? "es" : ""}`, db: args.db, processes: PROCESSES, lb: args.lb || PROCESSES > 1 }];
const WITH_BARE = !args.compare;
/**
 * --rounds R: the configurations R times, every other round in reverse (A B C, C B A, …), so that a change in the
 * shared machine's load during the run does not always fall on the same configuration.
 */
const RUNS: Config[] = Array.from({ length: ROUNDS }, (_, r) => (r % 2 === 0 ? CONFIGS : [...CONFIGS].reverse())).flat();
/** The port the students talk to: the one server, or nginx in front of the app processes on PORT+10, PORT+11, … */
const BASE = `http://127.0.0.1:${PORT}`;
const BARE = `http://127.0.0.1:${BARE_PORT}`;
const backendPort = (config: Config, i: number) => (config.lb ? PORT + 10 + i : PORT);

// ---------------------------------------------------------------- measuring

type Sample = { kind: string; ms: number; ok: boolean; start: number; end: number };
const samples: Sample[] = [];
let failures = new Map<string, number>();

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

function startServer(label: string, cwd: string, port: number, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
  // Started directly (not through npx) so that stopping it by pid stops the server; `next start` serves from this
  // one process (Node.js refuses --cpu-prof in NODE_OPTIONS, so flags go on its command line).
  const child = spawn(process.execPath, [...nodeFlags, fs.realpathSync(nextBin), "start", "-p", String(port), "-H", "127.0.0.1"], { cwd, env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
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
/** The attempt in an action's redirect header (`/student/attempts/<id>;push`), or in the result it returned. */
const ATTEMPT_IN_REDIRECT = /\/student\/attempts\/([^/;?]+)/;
const ATTEMPT_IN_RESULT = /"attemptId":"([^"]+)"/;

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

function think() {
  return THINK_MS === 0 ? Promise.resolve() : sleep(THINK_MS * (0.5 + Math.random()));
}

type Stats = { count: number; errors: number; rate: number; p50: number; p95: number; p99: number };

/** The p-quantile of ascending numbers, NaN for none. */
function quantile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN;
}

function stats(rows: Sample[], kind: string): Stats {
  const mine = rows.filter((r) => r.kind === kind);
  const ms = mine.map((r) => r.ms).sort((a, b) => a - b);
  const ok = mine.filter((r) => r.ok);
  // Saves per second while saves were being made: from the first one sent to the last one answered.
  const span = ok.length ? (Math.max(...ok.map((r) => r.end)) - Math.min(...ok.map((r) => r.start))) / 1000 : 0;
  return { count: mine.length, errors: mine.length - ok.length, rate: span > 0 ? ok.length / span : 0, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), p99: quantile(ms, 0.99) };
}

function table(rows: Sample[], from: number, to: number) {
  const kinds = [...new Set(rows.map((r) => r.kind))];
  console.log(`${"request".padEnd(24)} ${"count".padStart(6)} ${"errors".padStart(6)} ${"req/s".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
  for (const kind of kinds) {
    const s = stats(rows, kind);
    console.log(
      `${kind.padEnd(24)} ${String(s.count).padStart(6)} ${String(s.errors).padStart(6)} ${(s.count / ((to - from) / 1000)).toFixed(1).padStart(7)} ${s.p50.toFixed(0).padStart(8)} ${s.p95.toFixed(0).padStart(8)} ${s.p99.toFixed(0).padStart(8)}`,
    );
  }
}

/** The kinds of request that load a page or start the quiz: what a save may queue behind in the one process. */
const isStartOrPage = (kind: string) => kind.startsWith("start") || kind.startsWith("quiz page") || kind.startsWith("dashboard");

/**
 * The answer saves' latency over the class phase, per window of `windowMs` (a save counts in the window it was
 * sent in), beside the Starts and page loads of the same window: whether the slow saves are those made while the
 * class was starting.
 */
function timeline(rows: Sample[], from: number, to: number, windowMs = 5000) {
  const saves = rows.filter((r) => r.kind === "answer save POST");
  const heavy = rows.filter((r) => isStartOrPage(r.kind));
  const refreshes = rows.filter((r) => r.kind.startsWith("results refresh"));
  const cell = (n: number, w: number) => (Number.isNaN(n) ? "–" : n.toFixed(0)).padStart(w);
  console.log(`\nAnswer saves over time (by the ${windowMs / 1000}-s window they were sent in; starts/pages: Start actions, quiz pages and dashboards sent and answered in it, and in flight during it; the teachers' results re-renders in flight during it):`);
  console.log(`${"window s".padEnd(10)} ${"saves".padStart(6)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"errors".padStart(6)}   ${"starts/pages sent".padStart(17)} ${"answered".padStart(8)} ${"in flight".padStart(9)}   ${"re-renders".padStart(10)}`);
  for (let t = from; t < to; t += windowMs) {
    const end = t + windowMs;
    const mine = saves.filter((r) => r.start >= t && r.start < end);
    const ms = mine.map((r) => r.ms).sort((a, b) => a - b);
    const label = `${((t - from) / 1000).toFixed(0)}–${((end - from) / 1000).toFixed(0)}`;
    console.log(
      `${label.padEnd(10)} ${String(mine.length).padStart(6)} ${cell(quantile(ms, 0.5), 8)} ${cell(quantile(ms, 0.95), 8)} ${cell(ms.length ? ms[ms.length - 1] : NaN, 8)} ${String(mine.filter((r) => !r.ok).length).padStart(6)}   ${String(heavy.filter((r) => r.start >= t && r.start < end).length).padStart(17)} ${String(heavy.filter((r) => r.end >= t && r.end < end).length).padStart(8)} ${String(heavy.filter((r) => r.start < end && r.end >= t).length).padStart(9)}   ${String(refreshes.filter((r) => r.start < end && r.end >= t).length).padStart(10)}`,
    );
  }
}

const mean = (l: number[]) => (l.length ? l.reduce((a, b) => a + b, 0) / l.length : NaN);
const loadText = (l: number[]) => (l.length ? `load average (1 min) mean ${mean(l).toFixed(2)}, max ${Math.max(...l).toFixed(2)}` : "");

/**
 * CPU seconds (user + system) used so far by a process and its live descendants, from /proc (Linux; 0 elsewhere).
 * Children that already exited count through their parent's cutime/cstime (PostgreSQL's backends, for example).
 */
function cpuOfTree(pid: number | undefined): number {
  if (!pid || !fs.existsSync("/proc/self/stat")) return 0;
  const info = new Map<number, { ppid: number; ticks: number }>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const f = text.slice(text.lastIndexOf(")") + 2).split(" "); // f[0] is field 3 (state)
      info.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    } catch {
      /* gone meanwhile */
    }
  }
  let ticks = 0;
  const stack = [pid];
  for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
    const mine = info.get(p);
    if (!mine) continue;
    ticks += mine.ticks;
    for (const [child, c] of info) if (c.ppid === p) stack.push(child);
  }
  return ticks / 100; // USER_HZ
}

type Cpu = { app: number; db: number; lb: number; client: number };
type Result = { config: Config; save: Stats; errors: number; lost: number; load: number; seconds: number; cpu: Cpu };

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-class-"));
process.on("exit", () => {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
});
// Ctrl+C or a kill: run the exit handlers above, nginx's and the cluster's (scripts/nginx-lb.mjs, pg-cluster.mjs).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));

type Cluster = { url: (database: string) => string; stop: () => void; dir: string };
let cluster: Cluster | null = null;

/** A fresh, migrated database for one configuration: its URL. */
async function freshDatabase(config: Config, index: number): Promise<string> {
  let url: string;
  if (config.db === "sqlite") {
    url = `file:${path.join(dir, `bench-${index}.db`)}`;
  } else {
    if (!cluster) {
      // @ts-expect-error: a plain ES module shared with scripts/test-pg.mjs
      const { startCluster } = await import("./pg-cluster.mjs");
      // Durable, as a production server runs: every commit flushed, like SQLite's `synchronous = FULL` here.
      cluster = (await startCluster({ durable: true })) as Cluster;
    }
    const name = `quorum_bench_${index}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: cluster.url("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url = cluster.url(name);
  }
  // The same fresh database the e2e and unit runs start from: the real migrations (prisma.config.ts picks the
  // provider's schema and migrations from the URL), then the sample data.
  const migrated = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, env: { ...env, DATABASE_URL: url }, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrated.stdout}\n${migrated.stderr}`);
  return url;
}

/** One configuration, start to end: database, servers, sign-in, the class, the check. Leaves the bare route to main. */
async function runConfig(config: Config, index: number, startActionId: string) {
  console.log(`\n━━ ${config.label}${config.lb ? " behind nginx" : ""} ━━`);
  samples.splice(0);
  loads.splice(0);
  failures = new Map();
  const databaseUrl = await freshDatabase(config, index);
  const db = createPrismaClient(databaseUrl);
  const { classId, setId } = await seedDemo(db, root);
  // The open assignment (the sample data also has a closed one of the same set, with the demo students' attempts).
  const assignment = await db.assignment.findFirstOrThrow({ where: { classId, setId, OR: [{ dueAt: null }, { dueAt: { gt: new Date() } }] }, select: { id: true } });
  const password = "bench-student-password";
  const passwordHash = await hashPassword(password); // one hash for all: the sign-ins still verify it one by one
  const usernames = Array.from({ length: N }, (_, i) => `bench-${String(i + 1).padStart(4, "0")}`);
  await db.user.createMany({ data: usernames.map((username, i) => ({ role: "STUDENT" as const, username, displayName: `Bench Student ${i + 1}`, passwordHash })) });
  const students = await db.user.findMany({ where: { username: { in: usernames } }, select: { id: true, username: true } });
  // One more student, outside the class's figures: after the class phase their open attempt takes saves one at a time,
  // for what one save costs (the table "One request at a time").
  const prober = await db.user.create({ data: { role: "STUDENT", username: "bench-prober", displayName: "Bench Prober", passwordHash }, select: { id: true } });
  await db.enrolment.createMany({ data: [...students, prober].map((s) => ({ classId, studentId: s.id })) });
  const questions = await db.question.findMany({ where: { setId }, select: { id: true, type: true, answer: true, choices: true } });
  console.log(`• Fresh ${config.db === "sqlite" ? "SQLite" : "PostgreSQL"} database with the sample set (${questions.length} questions) and ${N} students in "${DEMO.className}".`);

  // Every process gets the same AUTH_SECRET, so a session made by one is valid on the others.
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const mine: ChildProcess[] = [];
  for (let i = 0; i < config.processes; i++) {
    const label = config.processes > 1 ? `Quorum process ${i + 1}` : "Quorum";
    const extra = config.lb ? { TRUST_PROXY: "1" } : {};
    // BENCH_CPU_PROF=dir: each app process writes a V8 CPU profile there when it stops (scripts/cpu-profile-summary.ts reads it).
    const profile = process.env.BENCH_CPU_PROF ? [`--cpu-prof`, `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    mine.push(startServer(label, root, backendPort(config, i), { ...env, ...extra, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret }, profile));
  }
  children.push(...mine);
  await Promise.all(mine.map((_, i) => waitFor(`http://127.0.0.1:${backendPort(config, i)}/signin`)));
  let balancer: { stop: () => Promise<void>; pid: number } | null = null;
  if (config.lb) {
    balancer = await startLoadBalancer({ port: PORT, upstreams: mine.map((_, i) => backendPort(config, i)) });
    await waitFor(`${BASE}/signin`);
  }

  // Sign-in, paced: a few at a time (each is an argon2 verification of ~100 ms).
  const t0 = performance.now();
  const browsers = students.map(() => new Browser());
  const teachers = Array.from({ length: TEACHERS }, () => new Browser());
  const proberBrowser = new Browser();
  const queue = [
    ...students.map((s, i) => () => signIn(browsers[i], s.username!, password)),
    ...teachers.map((b) => () => signIn(b, DEMO.teacher.email, DEMO.teacher.password)),
    () => signIn(proberBrowser, "bench-prober", password),
  ];
  let signedIn = 0;
  await Promise.all(
    Array.from({ length: SIGN_IN_CONCURRENCY }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) if (await job()) signedIn += 1;
    }),
  );
  console.log(`• ${signedIn} of ${N + TEACHERS + 1} sessions signed in through Auth.js in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  if (signedIn !== N + TEACHERS + 1) throw new Error("Not everyone could sign in");
  const signInSamples = samples.splice(0);
  const signInFailures = [...failures];

  // Warm-up: one of each kind of request per process, not counted.
  for (let i = 0; i < config.processes; i++) {
    await teachers[0].request(null, `${BASE}/api/teacher/assignments/${assignment.id}/version`);
    await teachers[0].request(null, `${BASE}/teacher/classes/${classId}/assignments/${assignment.id}`);
  }
  // The prober's attempt, open for the one-at-a-time saves after the class phase.
  const proberAttempt = await start(proberBrowser, false);
  if (!proberAttempt) throw new Error("The prober could not start its attempt");
  loads.splice(0);

  // ------------------------------------------------ the class takes the quiz
  const acknowledged = new Map<string, Map<string, string>>(); // attemptId → questionId → last answer saved with 200
  const positions = new Map<string, number>(); // attemptId → the position carried by its last save answered 200
  let submitted = 0;
  let studentsDone = 0;
  // CPU used during the class phase by each part: the app processes, PostgreSQL (its postmaster and backends),
  // nginx, and this client. They all share the machine's cores (and other people's work does too).
  const postmaster = config.db === "postgres" && cluster ? Number(fs.readFileSync(path.join(cluster.dir, "data", "postmaster.pid"), "utf8").split("\n")[0]) : undefined;
  const cpuNow = (): Cpu => ({ app: mine.reduce((n, c) => n + cpuOfTree(c.pid), 0), db: cpuOfTree(postmaster), lb: cpuOfTree(balancer?.pid), client: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 });
  const cpuStart = cpuNow();
  const loadStart = performance.now();
  const resultsUrl = `${BASE}/teacher/classes/${classId}/assignments/${assignment.id}`;

  /** Start (the real server action) and the quiz page as the browser gets it; the attempt's id, or null. */
  async function start(browser: Browser, record: boolean): Promise<string | null> {
    // The form's data encoded the way React's client encodes an action's arguments (prevState, formData).
    const form = new FormData();
    form.set("assignmentId", assignment.id);
    const body = await encodeReply([{}, form]);
    // What the browser does next depends on the answer, as Next.js's router decides it. An action that calls
    // redirect() answers with the x-action-redirect header and the target page's payload in its body (Next.js
    // renders the quiz page inside the action's response): the page is there, nothing more is fetched. An action
    // that returns the attempt's id leaves the navigation to the page's script: router.push fetches the quiz page
    // as an RSC request (the `_rsc` parameter Next.js expects of a request without router-state headers).
    const started = await browser.request(record ? "start (action)" : null, `${BASE}/student/assignments/${assignment.id}`, {
      method: "POST",
      headers: { "next-action": startActionId, accept: "text/x-component" },
      body,
      expect: (res) => res.status === 200 && (ATTEMPT_IN_REDIRECT.test(res.headers.get("x-action-redirect") ?? "") || !res.headers.has("x-action-redirect")),
    });
    const redirected = ATTEMPT_IN_REDIRECT.exec(started?.res.headers.get("x-action-redirect") ?? "")?.[1];
    const attemptId = redirected ?? ATTEMPT_IN_RESULT.exec(started?.text ?? "")?.[1];
    if (!attemptId) {
      if (started && record) noteFailure("start (action)", `no attempt in the answer: ${started.text.slice(0, 120).replace(/\s+/g, " ")}`);
      return null;
    }
    if (!redirected) await browser.request(record ? "quiz page GET (RSC)" : null, `${BASE}/student/attempts/${attemptId}?_rsc=`, { headers: { rsc: "1" } });
    return attemptId;
  }

  async function student(browser: Browser) {
    if (THINK_MS > 0) await sleep(Math.random() * THINK_MS);
    await browser.request("dashboard GET", `${BASE}/student`);
    await think();
    const attemptId = await start(browser, true);
    if (!attemptId) return;
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
    // As the quiz does (components/quiz/use-answer-sync.ts): the answer carries where the student is; "Next" then
    // only queues the new position, which goes with the next answer (the think time is well under the quiz's idle
    // timer for a position alone), and the review screen's position is not sent before Submit.
    for (const [i, step] of plan.entries()) {
      await think();
      const res = await browser.postJson("answer save POST", `${BASE}/api/attempts/${attemptId}/answers`, { ...step, progress: { currentIndex: i, flagged: [] } });
      if (res?.res.status === 200) {
        saved.set(step.questionId, step.answer);
        positions.set(attemptId, i);
      }
    }
    await think();
    const done = await browser.postJson("submit POST", `${BASE}/api/attempts/${attemptId}/submit`, {});
    if (done?.res.status === 200) submitted += 1;
  }

  /** The results page as the router's refresh gets it (an RSC request). Next.js answers one without its
   * cache-busting parameter with a 307 to the URL with it, which the router follows: so does this, once, and returns
   * the URL to ask next time. */
  async function resultsRsc(browser: Browser, url: string, kind: string | null) {
    let page = await browser.request(kind, url, { headers: { rsc: "1" }, expect: (res) => res.status === 200 || res.status === 307 });
    const location = page?.res.status === 307 ? page.res.headers.get("location") : null;
    if (!location) return { page, url };
    if (kind) samples.pop();
    const next = new URL(location, BASE).href;
    page = await browser.request(kind, next, { headers: { rsc: "1" } });
    return { page, url: next };
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
        if (known !== null) rscUrl = (await resultsRsc(browser, rscUrl, "results refresh (RSC)")).url;
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
  const cpuEnd = cpuNow();
  const cpu: Cpu = { app: cpuEnd.app - cpuStart.app, db: cpuEnd.db - cpuStart.db, lb: cpuEnd.lb - cpuStart.lb, client: cpuEnd.client - cpuStart.client };
  const quorumSamples = samples.splice(0);
  const quorumLoad = loads.splice(0);

  // ------------------------------------------------ what one request of each kind costs, one at a time
  // With the class's data in place (every attempt submitted) and nothing else running: wall time and the app
  // processes' CPU per request, for the requests whose cost grows with the class (docs/performance.md).
  const costs: { kind: string; ms: number; cpuMs: number }[] = [];
  const [first] = browsers;
  const costOf = async (kind: string, send: () => Promise<unknown>, repeats = COST_REPEATS) => {
    await send(); // warm
    const times: number[] = [];
    const before = cpuNow().app;
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      await send();
      times.push(performance.now() - t);
    }
    const cpuMs = ((cpuNow().app - before) * 1000) / repeats;
    times.sort((a, b) => a - b);
    costs.push({ kind, ms: quantile(times, 0.5), cpuMs });
  };
  const { page: resultsPage, url: costRscUrl } = await resultsRsc(teachers[0], resultsUrl, null);
  const rscBytes = resultsPage?.text.length ?? 0;
  await costOf(`results refresh (RSC, ${Math.round(rscBytes / 1000)} kB)`, () => teachers[0].request(null, costRscUrl, { headers: { rsc: "1" } }));
  await costOf("results poll GET", () => teachers[0].request(null, `${BASE}/api/teacher/assignments/${assignment.id}/version`));
  await costOf("dashboard GET", () => first.request(null, `${BASE}/student`));
  // The prober's open attempt: its quiz page, and Start again (which resumes it, as a second tab's Start does).
  await costOf("quiz page GET (RSC)", () => proberBrowser.request(null, `${BASE}/student/attempts/${proberAttempt}?_rsc=`, { headers: { rsc: "1" } }));
  await costOf("start (action, resumes)", async () => {
    if ((await start(proberBrowser, false)) !== proberAttempt) throw new Error("Start did not resume the prober's attempt");
  });
  // A save on the prober's open attempt: each question in turn, each time another of its choices (an update).
  const proberOrder = JSON.parse((await db.attempt.findUniqueOrThrow({ where: { id: proberAttempt }, select: { questionOrder: true } })).questionOrder) as string[];
  let probe = 0;
  await costOf("answer save POST", async () => {
    const questionId = proberOrder[probe % proberOrder.length];
    const q = questions.find((x) => x.id === questionId)!;
    const choices = parseChoices(q.choices);
    const answer = choices.length > 0 ? choices[Math.floor(probe / proberOrder.length) % choices.length] : `answer ${probe}`;
    const res = await proberBrowser.postJson("probe", `${BASE}/api/attempts/${proberAttempt}/answers`, { questionId, answer, progress: { currentIndex: probe % proberOrder.length, flagged: [] } });
    samples.pop();
    probe += 1;
    if (res?.res.status !== 200) throw new Error(`The prober's save failed: ${res?.res.status} ${res?.text.slice(0, 120)}`);
  }, SAVE_PROBES);

  stopping = true;
  await balancer?.stop();
  for (const child of mine) child.kill("SIGTERM");
  await Promise.all(mine.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on("exit", r)))));
  children.splice(0, children.length, ...children.filter((c) => !mine.includes(c)));
  stopping = false;

  console.log(`\nSign-in (paced, ${SIGN_IN_CONCURRENCY} at a time):`);
  table(signInSamples, t0, loadStart);
  console.log(`\n${config.label}${config.lb ? " behind nginx" : ""}, ${N} students at once (${((loadEnd - loadStart) / 1000).toFixed(1)} s; ${loadText(quorumLoad)}):`);
  table(quorumSamples, loadStart, loadEnd);
  timeline(quorumSamples, loadStart, loadEnd);
  console.log(`\nOne request at a time after the class submitted (${COST_REPEATS} each, saves ${SAVE_PROBES}; CPU: the app process${config.processes > 1 ? "es" : ""}' CPU time over them, per request):`);
  console.log(`${"request".padEnd(32)}${"p50 ms".padStart(8)}${"CPU ms".padStart(8)}`);
  for (const c of costs) console.log(`${c.kind.padEnd(32)}${c.ms.toFixed(0).padStart(8)}${c.cpuMs.toFixed(1).padStart(8)}`);
  const wall = (loadEnd - loadStart) / 1000;
  const share = (s: number) => `${s.toFixed(1)} s (${(s / wall).toFixed(2)} cores)`;
  console.log(`CPU during it: app process${config.processes > 1 ? "es" : ""} ${share(cpu.app)}, PostgreSQL ${config.db === "postgres" ? share(cpu.db) : "–"}, nginx ${config.lb ? share(cpu.lb) : "–"}, this client ${share(cpu.client)}`);

  // ------------------------------------------------ the database: nothing lost, nothing twice
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, studentId: { in: students.map((s) => s.id) } },
    select: { id: true, studentId: true, submittedAt: true, score: true, maxScore: true, currentIndex: true, responses: { select: { questionId: true, answer: true, correct: true } } },
  });
  let lost = 0;
  let wrongPosition = 0;
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
    // The position saved with the answers (docs/decisions/024): where the last acknowledged save said the student was.
    if (positions.has(a.id) && a.currentIndex !== positions.get(a.id)) wrongPosition += 1;
  }
  const perStudent = new Map<string, number>();
  for (const a of attempts) perStudent.set(a.studentId, (perStudent.get(a.studentId) ?? 0) + 1);
  const notOnce = students.filter((s) => perStudent.get(s.id) !== 1).length;
  const ackCount = [...acknowledged.values()].reduce((n, m) => n + m.size, 0);
  await db.$disconnect();

  const errors = [...quorumSamples, ...signInSamples].filter((s) => !s.ok).length;
  console.log(`\nDatabase: ${attempts.length} attempts for ${N} students (${notOnce} students without exactly one), ${submitted} submitted with 200,`);
  console.log(`  ${ackCount} answers acknowledged, ${attempts.reduce((n, a) => n + a.responses.length, 0)} stored, ${duplicates} twice, ${wrongScore} attempts not submitted or scored wrong,`);
  console.log(`  ${wrongPosition} attempts whose stored position is not the one their last acknowledged save carried.`);
  for (const [what, count] of [...signInFailures, ...failures]) console.log(`  ✗ ${count} × ${what}`);
  // Lost: an answer the server acknowledged that is not stored as acknowledged, a row stored twice, or a student's
  // attempt not submitted exactly once. An answer whose request failed was never acknowledged: the browser keeps it
  // and sends it again (lib/quiz/offline-queue.ts), so it is counted as an error, not as lost.
  const lostTotal = lost + notOnce + wrongScore + duplicates + wrongPosition;
  console.log(`errors: ${errors} (answers never acknowledged because their request failed: ${N * questions.length - ackCount})`);
  console.log(`lost: ${lostTotal}`);
  const result: Result = { config, save: stats(quorumSamples, "answer save POST"), errors, lost: lostTotal, load: mean(quorumLoad), seconds: (loadEnd - loadStart) / 1000, cpu };
  return { result, questionCount: questions.length };
}

/** The same saves as the class made (one per question, with its position in the body, same think time) against the bare route. */
async function runBare(questionCount: number) {
  const child = startServer("The bare route", bareDir, BARE_PORT, { ...env, BARE_DATABASE_FILE: path.join(dir, "bare.db") });
  children.push(child);
  await waitFor(`${BARE}/api/save`);
  for (let i = 0; i < 20; i++) await new Browser().request(null, `${BARE}/api/save`, { method: "POST", body: JSON.stringify({ attemptId: "warm-up", questionId: String(i), answer: "x" }) });
  samples.splice(0);
  loads.splice(0);
  const bareStart = performance.now();
  const bareCpuStart = cpuOfTree(child.pid);
  await Promise.all(
    Array.from({ length: N }, async (_, s) => {
      const b = new Browser();
      if (THINK_MS > 0) await sleep(Math.random() * THINK_MS);
      for (let i = 0; i < questionCount; i++) {
        await think();
        await b.postJson("bare save POST", `${BARE}/api/save`, { attemptId: `s${s}`, questionId: `q${i}`, answer: "an answer", progress: { currentIndex: i, flagged: [] } });
      }
    }),
  );
  const bareEnd = performance.now();
  const bareCpu = cpuOfTree(child.pid) - bareCpuStart;
  const bareSamples = samples.splice(0);
  const bareLoad = loads.splice(0);
  // One save at a time, as Quorum's prober above: wall time and the bare route's CPU per save.
  const probe = new Browser();
  const times: number[] = [];
  const cpuBefore = cpuOfTree(child.pid);
  for (let i = 0; i < SAVE_PROBES; i++) {
    const t = performance.now();
    await probe.postJson("probe", `${BARE}/api/save`, { attemptId: "probe", questionId: `q${i % questionCount}`, answer: `answer ${i}`, progress: { currentIndex: i, flagged: [] } });
    times.push(performance.now() - t);
  }
  const probeCpuMs = ((cpuOfTree(child.pid) - cpuBefore) * 1000) / SAVE_PROBES;
  samples.splice(0);
  times.sort((a, b) => a - b);
  stopping = true;
  child.kill("SIGTERM");
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.on("exit", r)));
  stopping = false;
  console.log(`\nBare route, the same saves (${((bareEnd - bareStart) / 1000).toFixed(1)} s; ${loadText(bareLoad)}):`);
  table(bareSamples, bareStart, bareEnd);
  console.log(`  CPU: the bare route's process ${bareCpu.toFixed(1)} s, ${((bareCpu * 1000) / Math.max(1, bareSamples.length)).toFixed(1)} ms a save.`);
  console.log(`  One save at a time (${SAVE_PROBES}): p50 ${quantile(times, 0.5).toFixed(0)} ms, ${probeCpuMs.toFixed(1)} ms CPU a save.`);
  const bareRows = new Database(path.join(dir, "bare.db"), { readonly: true }).prepare("SELECT count(*) AS n FROM answer WHERE attempt <> 'warm-up'").get() as { n: number };
  console.log(`  bare route: ${bareRows.n} rows (expected ${N * questionCount}).`);
  return { save: stats(bareSamples, "bare save POST"), errors: bareSamples.filter((s) => !s.ok).length };
}

async function main() {
  const startedAt = new Date();
  console.log(`Class benchmark: ${N} students, think time ${THINK_MS} ms, ${TEACHERS} teacher session(s) polling every ${POLL_MS / 1000} s.`);
  console.log(`Configurations: ${CONFIGS.map((c) => c.label + (c.lb ? " behind nginx" : "")).join("; ")}${ROUNDS > 1 ? `; ${ROUNDS} rounds, every other one in reverse order` : ""}.`);
  console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} before the run.\n`);

  // What is needed before anything starts: nginx (installed when missing and root), PostgreSQL's programs.
  if (CONFIGS.some((c) => c.lb)) ensureNginx();
  if (CONFIGS.some((c) => c.db === "postgres")) {
    // @ts-expect-error: a plain ES module shared with scripts/test-pg.mjs
    const { findPostgresBin, INSTALL_HINT } = await import("./pg-cluster.mjs");
    if (!findPostgresBin()) throw new Error(INSTALL_HINT);
  }
  buildIfStale({ dir: root, inputs: APP_BUILD_INPUTS, nextBin, env, label: "Quorum" });
  if (WITH_BARE) buildIfStale({ dir: bareDir, inputs: ["app", "next.config.mjs", "../../package-lock.json"], nextBin, env, label: "the bare route" });

  // The action id of "Start" from the build's manifest, as the page's form would post it.
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const startActionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "startAttemptAction")?.[0];
  if (!startActionId) throw new Error("startAttemptAction is not in the build's server-reference manifest");

  const results: Result[] = [];
  let questionCount = 20;
  for (const [i, config] of RUNS.entries()) {
    const run = await runConfig(config, i, startActionId);
    results.push(run.result);
    questionCount = run.questionCount;
  }
  (cluster as Cluster | null)?.stop();
  clearInterval(loadTimer);

  let bareErrors = 0;
  if (WITH_BARE) {
    const bare = await runBare(questionCount);
    bareErrors = bare.errors;
    const quorum = results[0].save.rate;
    console.log(`\nanswer saves/s: Quorum ${quorum.toFixed(1)}, bare route ${bare.save.rate.toFixed(1)}, ratio ${(quorum / bare.save.rate).toFixed(2)}`);
  }

  if (results.length > 1) {
    console.log(`\nAnswer saves, ${N} students, think time ${THINK_MS} ms, one run (saves/s: first save sent to last answered):`);
    console.log(`${"configuration (# = order run)".padEnd(32)} ${"saves/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"lost".padStart(5)} ${"phase s".padStart(8)} ${"load".padStart(6)}  CPU s: app / db / nginx / client`);
    for (const [i, r] of results.entries()) {
      const label = ROUNDS > 1 ? `${r.config.label} (#${i + 1})` : r.config.label;
      console.log(
        `${label.padEnd(32)} ${r.save.rate.toFixed(1).padStart(8)} ${r.save.p50.toFixed(0).padStart(8)} ${r.save.p95.toFixed(0).padStart(8)} ${r.save.p99.toFixed(0).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.lost).padStart(5)} ${r.seconds.toFixed(1).padStart(8)} ${r.load.toFixed(1).padStart(6)}  ${[r.cpu.app, r.cpu.db, r.cpu.lb, r.cpu.client].map((c) => c.toFixed(1)).join(" / ")}`,
      );
    }
    console.log(`(errors: every failed request of the configuration, sign-in included; lost: checked in its database; load: mean 1-minute load average during its class phase)`);
    if (ROUNDS > 1) {
      console.log(`\nMean over ${ROUNDS} rounds:`);
      console.log(`${"configuration".padEnd(32)} ${"saves/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"lost".padStart(5)}`);
      for (const config of CONFIGS) {
        const mine = results.filter((r) => r.config === config);
        const m = (f: (r: Result) => number) => mean(mine.map(f));
        console.log(
          `${config.label.padEnd(32)} ${m((r) => r.save.rate).toFixed(1).padStart(8)} ${m((r) => r.save.p50).toFixed(0).padStart(8)} ${m((r) => r.save.p95).toFixed(0).padStart(8)} ${m((r) => r.save.p99).toFixed(0).padStart(8)} ${String(mine.reduce((n, r) => n + r.errors, 0)).padStart(7)} ${String(mine.reduce((n, r) => n + r.lost, 0)).padStart(5)}`,
        );
      }
    }
  }
  const errors = results.reduce((n, r) => n + r.errors, 0) + bareErrors;
  const lost = results.reduce((n, r) => n + r.lost, 0);
  console.log(`\nerrors: ${errors}\nlost: ${lost}`);
  console.log(`(run began ${startedAt.toISOString()}; load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")})`);
  if (errors > 0 || lost > 0) process.exitCode = 1;
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
