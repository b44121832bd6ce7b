import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, databaseUrl, prismaPaths } from "./lib/env-db";

// No machine here can download Prisma's native schema engine. The official engine also ships as WebAssembly;
// scripts/prisma-schema-engine.mjs speaks the native engine's protocol over it (docs/decisions/001).
// `??=` keeps the native engine for anyone who points this variable at it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "prisma-schema-engine.mjs");

// DATABASE_URL picks the provider, and with it the schema and migrations folder (docs/decisions/018):
// prisma/ for SQLite (the default), prisma/postgresql/ for PostgreSQL. `--schema` still overrides the schema.
const url = databaseUrl();
const paths = prismaPaths(databaseProvider(url));

export default defineConfig({
  schema: paths.schema,
  migrations: { path: paths.migrations, seed: "tsx scripts/seed.ts" },
  datasource: { url },
});
