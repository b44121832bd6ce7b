import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// A fresh SQLite file for every run; test/global-setup.ts applies the migrations to it.
const databaseUrl = `file:${path.join(os.tmpdir(), `quorum-vitest-${process.pid}-${Date.now()}.db`)}`;
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
