#!/usr/bin/env node
// `npm run bench:weight`: how much JavaScript each main page loads in the production build, and (when the
// `lighthouse` devDependency is installed) Lighthouse's mobile performance score for the landing page, a practice
// quiz and the student quiz.
//
// How: starts `node scripts/start.mjs` (build if stale, migrate, sample data) on a fresh SQLite file and PORT
// (default 3411), opens each page in Chromium with a cold cache as a full page load, collects every script response
// the page loads until the network is idle, gzips each body (zlib default level, as `next start` compresses) and
// sums them. The student quiz is the demo student Ava's open assignment; the teacher results page is last week's
// closed run of the sample quiz. Lighthouse runs with its default (mobile, simulated throttling) configuration in the
// same browser, so the signed-in pages keep their session (storage reset is off).
//
// `npm run bench:weight -- --runs 5`: Lighthouse N times per page, the pages interleaved (landing, practice, quiz,
// landing, …) so a change in the machine's load hits every page alike; prints each run with the 1-minute load average
// before it, and the median score per page. One run's score moves by about ±4 points on a shared 2-core machine
// (docs/performance.md), so a target like "at least 95" is read from the median.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const port = process.env.PORT || "3411";
const base = `http://localhost:${port}`;
const debugPort = Number(process.env.BENCH_DEBUG_PORT || 9333);
const executablePath = process.env.QUORUM_CHROMIUM || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const DEMO_QUIZ = "Blinken and Xi Meet in Beijing as U.S.-China Tensions Grow";
const PRACTICE_SET = "The Constitution: Preamble and Article I (Congress)";
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 1;
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 25) {
  console.error("usage: npm run bench:weight [-- --runs N]   (N from 1 to 25)");
  process.exit(2);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: { ...process.env, PORT: port, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, AUTH_SECRET: "bench-secret-not-for-production-0123456789", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
  detached: true,
});
let serverLog = "";
server.stdout.on("data", (d) => (serverLog += d));
server.stderr.on("data", (d) => (serverLog += d));

function stop() {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function waitForServer() {
  const started = Date.now();
  while (Date.now() - started < 600_000) {
    if (server.exitCode !== null) throw new Error(`The server stopped:\n${serverLog}`);
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("The server did not start within 10 minutes.");
}

/** Loads a URL afresh (no cache) and sums the gzip size of every script it loads. */
async function scriptWeight(page, url) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const scripts = [];
  const onResponse = (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  let raw = 0;
  let gzip = 0;
  for (const response of scripts) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
  }
  await cdp.detach();
  return { scripts: scripts.length, raw, gzip };
}

async function signIn(page, identifier, password) {
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/(student|teacher)/);
}

async function loadLighthouse() {
  try {
    return (await import("lighthouse")).default;
  } catch {
    return null;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  console.log(`• Starting the production server on ${base} (fresh database in ${dir})…`);
  await waitForServer();
  const userDataDir = path.join(dir, "profile");
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: [
      `--remote-debugging-port=${debugPort}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const rows = [];

  // A visitor: the landing page and a practice quiz.
  rows.push({ name: "Landing page /", url: `${base}/`, ...(await scriptWeight(page, `${base}/`)) });
  await page.goto(`${base}/practice`);
  await page.getByRole("link", { name: PRACTICE_SET }).click();
  await page.waitForURL(/\/practice\/[^/]+$/);
  const practiceUrl = page.url();
  rows.push({ name: "Practice quiz (visitor)", url: practiceUrl, ...(await scriptWeight(page, practiceUrl)) });

  // Ava's open assignment of the sample quiz: the student quiz page.
  await signIn(page, "ava", "quorum-student");
  await page.getByRole("link", { name: DEMO_QUIZ }).first().click();
  await page.getByRole("button", { name: /Start quiz|Resume|Continue/ }).click();
  await page.waitForURL(/\/student\/attempts\/[^/]+$/);
  const quizUrl = page.url();
  rows.push({ name: "Student quiz", url: quizUrl, ...(await scriptWeight(page, quizUrl)) });

  const lighthouse = await loadLighthouse();
  const scores = [];
  if (lighthouse) {
    for (let run = 1; run <= RUNS; run++) {
      for (const row of rows) {
        const load = os.loadavg()[0].toFixed(2);
        // Mobile (the default form factor), simulated throttling; storage kept so the quiz stays signed in.
        const result = await lighthouse(row.url, { port: debugPort, output: "json", logLevel: "error", onlyCategories: ["performance"], disableStorageReset: true });
        const lhr = result.lhr;
        const metric = (id) => lhr.audits[id]?.displayValue ?? "–";
        scores.push({
          name: row.name,
          run,
          load,
          score: Math.round((lhr.categories.performance.score ?? 0) * 100),
          fcp: metric("first-contentful-paint"),
          lcp: metric("largest-contentful-paint"),
          tbt: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
        });
      }
    }
  }

  // The teacher's results page for last week's closed run (item analysis over the demo students' attempts).
  await context.clearCookies();
  await signIn(page, "teacher@quorum.test", "quorum-teacher");
  await page.getByRole("link", { name: "Civics, Period 3" }).first().click();
  await page.waitForURL(/\/teacher\/classes\/[^/]+$/);
  const resultsLinks = page.locator('a[href*="/assignments/"]');
  const hrefs = await resultsLinks.evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  const results = hrefs.find((h) => /\/assignments\/[^/]+$/.test(h ?? ""));
  if (results) rows.push({ name: "Teacher results", url: `${base}${results}`, ...(await scriptWeight(page, `${base}${results}`)) });
  await context.close();

  console.log("\nJavaScript per page (production build, every script the page loads, gzip):");
  for (const r of rows) console.log(`  ${r.name.padEnd(26)} ${kb(r.gzip).padStart(9)} gzip  (${kb(r.raw)} raw, ${r.scripts} scripts)`);
  if (lighthouse) {
    console.log("\nLighthouse performance (mobile, simulated throttling):");
    for (const s of scores) console.log(`  ${RUNS > 1 ? `run ${s.run}  ` : ""}${s.name.padEnd(26)} ${String(s.score).padStart(3)}   FCP ${s.fcp}, LCP ${s.lcp}, TBT ${s.tbt}, CLS ${s.cls}   (load ${s.load})`);
    if (RUNS > 1) {
      console.log(`\nMedian of ${RUNS} runs:`);
      for (const row of rows.filter((r) => scores.some((s) => s.name === r.name))) {
        const mine = scores.filter((s) => s.name === row.name).map((s) => s.score);
        console.log(`  ${row.name.padEnd(26)} ${String(median(mine)).padStart(5)}   (${Math.min(...mine)}–${Math.max(...mine)})`);
      }
    }
  } else {
    console.log("\nLighthouse is not installed: `npm install` (it is a devDependency) to get the scores too.");
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(stop);
