#!/usr/bin/env node
// `npm run test:e2e`: Playwright against a production build, on a fresh database (a SQLite file unless the caller
// passes E2E_DATABASE_URL), in a real Chromium.
// Extra arguments go to Playwright (e.g. `npm run test:e2e -- e2e/auth.spec.ts`).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

// The browser, in this order: an executable named by QUORUM_CHROMIUM, Debian's chromium, Playwright's own.
function findBrowser() {
  const named = process.env.QUORUM_CHROMIUM;
  if (named) {
    if (fs.existsSync(named)) return named;
    fail(`QUORUM_CHROMIUM names ${named}, which does not exist.`);
  }
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const own = spawnSync(process.execPath, ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: "utf8" });
  if (own.status === 0 && own.stdout && fs.existsSync(own.stdout)) return own.stdout;
  return null;
}

function fail(message) {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

let browser = findBrowser();
if (!browser) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/etc/debian_version")) {
    console.log("• No browser found: installing Debian's chromium (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
      if (spawnSync("apt-get", args, { stdio: "inherit", env }).status !== 0) fail("apt-get could not install chromium.");
    }
    browser = findBrowser();
  }
  if (!browser) {
    fail(
      "No Chromium for the end-to-end tests. Install one of:\n" +
        "  • Debian/Ubuntu: sudo apt-get install chromium   (then run the tests again)\n" +
        "  • with internet access: npx playwright install chromium\n" +
        "  • or set QUORUM_CHROMIUM=/path/to/chromium",
    );
  }
}

// A fresh database for every run; the server and the tests share it through these variables. A caller that made a
// fresh database of its own passes it in E2E_DATABASE_URL (`npm run test:pg`: a new PostgreSQL database).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-e2e-"));
const env = {
  ...process.env,
  QUORUM_CHROMIUM: browser,
  E2E_DATABASE_URL: process.env.E2E_DATABASE_URL || `file:${path.join(dir, "e2e.db")}`,
  E2E_PORT: process.env.E2E_PORT || "3100",
  NEXT_TELEMETRY_DISABLED: "1",
};
console.log(`• Browser: ${browser}\n• Database: ${env.E2E_DATABASE_URL.replace(/:[^:@/]*@/, ":***@")}`);

const result = spawnSync(path.join(root, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
fs.rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
