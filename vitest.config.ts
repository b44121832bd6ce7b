import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A fresh database for every run; test/global-setup.ts applies the migrations to it and removes it afterwards.
// SQLite by default (a temporary file). With QUORUM_TEST_POSTGRES_URL (a postgresql:// URL of a server whose user
// may create databases; `npm run test:pg` starts a throwaway one) a fresh PostgreSQL database on that server.
const run = `quorum_vitest_${process.pid}_${Date.now()}`;
function postgresDatabase(server: string) {
  const url = new URL(server);
  url.pathname = `/${run}`;
  return url.toString();
}
const postgresServer = process.env.QUORUM_TEST_POSTGRES_URL;
const databaseUrl = postgresServer ? postgresDatabase(postgresServer) : `file:${path.join(os.tmpdir(), `${run}.db`)}`;
process.env.QUORUM_TEST_DATABASE_URL = databaseUrl;

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Next.js resolves this marker per bundle; outside Next it would throw on import.
      "server-only": fileURLToPath(new URL("./test/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./test/global-setup.ts"],
    env: { DATABASE_URL: databaseUrl, AUTH_SECRET: "vitest-secret-0123456789abcdef0123456789" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth"] } },
    fileParallelism: true,
  },
});
