import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/env-db";

// No machine here can download Prisma's native schema engine. The official engine also ships as WebAssembly;
// scripts/prisma-schema-engine.mjs speaks the native engine's protocol over it (docs/decisions/001).
// `??=` keeps the native engine for anyone who points this variable at it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "prisma-schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: { url: databaseUrl() },
});
