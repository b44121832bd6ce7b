import { defineConfig, devices } from "@playwright/test";

// scripts/e2e.mjs sets these: a fresh SQLite file per run, and the browser it found.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("Run the end-to-end tests with `npm run test:e2e` (it prepares a fresh database).");
const executablePath = process.env.QUORUM_CHROMIUM;
const baseURL = `http://localhost:${port}`;

const launchOptions = {
  executablePath,
  // Without the networking flags Chromium floods a closed network with connection attempts.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
  ],
  webServer: {
    // The same path a newcomer takes: migrate, seed the empty database, build if stale, serve.
    command: "node scripts/start.mjs",
    url: baseURL,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
      // The tests pose as clients behind a reverse proxy: they choose their address with X-Forwarded-For.
      TRUST_PROXY: "1",
    },
  },
});
