#!/usr/bin/env node
// `npm run test:pg`: the tests on PostgreSQL (docs/decisions/018). Starts a throwaway cluster (scripts/pg-cluster.mjs:
// a temporary directory, a free port, an unprivileged user), then runs
//   1. the Vitest integration tests against a fresh database on it (the same tests `npm run test:unit` runs on
//      SQLite; the few that are about SQLite itself skip), including the race tests, and
//   2. the end-to-end smoke journey (e2e/class-smoke.spec.ts) against a production build on another fresh database.
// The cluster is stopped and deleted afterwards, also when a test fails or the run is interrupted.
// `npm run test:pg -- unit` or `-- e2e` runs one part only. Without PostgreSQL it says what to install and fails;
// `npm test` runs it with --if-available, which skips with that message instead (QUORUM_REQUIRE_PG=1 makes it fail).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findPostgresBin, INSTALL_HINT, startCluster } from "./pg-cluster.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const args = process.argv.slice(2);
// `npm test` passes --if-available: without PostgreSQL it says so and skips, unless QUORUM_REQUIRE_PG=1 (CI).
const ifAvailable = args.includes("--if-available");
const only = args.find((a) => !a.startsWith("--"));
if ((only && only !== "unit" && only !== "e2e") || args.some((a) => a.startsWith("--") && a !== "--if-available")) {
  console.error("Usage: npm run test:pg [-- unit | e2e]");
  process.exit(2);
}

if (!findPostgresBin()) {
  const required = /^(1|true|yes)$/i.test(process.env.QUORUM_REQUIRE_PG ?? "");
  if (ifAvailable && !required) {
    console.log(`\n• PostgreSQL tests SKIPPED: ${INSTALL_HINT}\n`);
    process.exit(0);
  }
  console.error(`\n✗ ${INSTALL_HINT}\n`);
  process.exit(1);
}

let cluster;
try {
  cluster = await startCluster();
} catch (err) {
  console.error(`\n✗ Could not start a throwaway PostgreSQL cluster: ${err.message}\n`);
  process.exit(1);
}

// Each step runs in a process group of its own, so that an interruption reaches all of it (Vitest's workers, the
// e2e server) before the cluster goes away: forward the signal, give the group 15 s, then kill what is left.
let child = null;
let childExited = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    if (child) {
      const group = -child.pid;
      try {
        process.kill(group, signal);
      } catch {
        /* already gone */
      }
      await Promise.race([childExited, new Promise((r) => setTimeout(r, 15_000))]);
      try {
        process.kill(group, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    cluster.stop();
    process.exit(130);
  });
}

function run(label, cmd, args, env) {
  console.log(`\n• ${label}`);
  return new Promise((resolve) => {
    child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env }, detached: true });
    childExited = new Promise((done) =>
      child.on("exit", (code, signal) => {
        child = null;
        done();
        resolve(code ?? (signal ? 1 : 0));
      }),
    );
  });
}

const started = Date.now();
let status = 0;
try {
  if (only !== "e2e") {
    status ||= await run("Vitest on PostgreSQL (a fresh database)", path.join(root, "node_modules", ".bin", "vitest"), ["run"], {
      QUORUM_TEST_POSTGRES_URL: cluster.url("postgres"),
    });
  }
  if (only !== "unit" && status === 0) {
    status ||= await run("End-to-end smoke journey on PostgreSQL (a fresh database)", process.execPath, ["scripts/e2e.mjs", "e2e/class-smoke.spec.ts"], {
      E2E_DATABASE_URL: cluster.url(`quorum_e2e_${Date.now()}`),
    });
  }
} finally {
  cluster.stop();
}
const took = `${Math.round((Date.now() - started) / 1000)} s`;
console.log(status === 0 ? `\n✓ PostgreSQL tests passed (${took}).` : `\n✗ PostgreSQL tests failed (${took}).`);
process.exit(status);
