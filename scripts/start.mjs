#!/usr/bin/env node
// `npm start`: everything a fresh clone needs to serve Quorum with the sample data, on SQLite by default or on
// PostgreSQL when DATABASE_URL is a postgresql:// URL (docs/decisions/018).
//   1. generate the Prisma client if it is missing      4. build if the build is missing or stale
//   2. apply migrations (creates data/quorum.db)         5. serve on PORT (default 3000)
//   3. load the sample data into an empty database
// `npm run dev` does 1-3, then runs `next dev`.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { APP_BUILD_INPUTS, buildIfStale } from "./build-if-stale.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${path.basename(cmd)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

// Sessions are signed with AUTH_SECRET. A fresh machine gets a random one, kept in data/ (never committed).
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, "data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const env = { ...process.env, AUTH_SECRET: authSecret(), NEXT_TELEMETRY_DISABLED: "1" };

// One generated client per database (docs/decisions/018); the app loads the one DATABASE_URL names.
for (const [dir, schema] of [["prisma", "prisma/schema.prisma"], ["prisma-postgresql", "prisma/postgresql/schema.prisma"]]) {
  if (fs.existsSync(path.join(root, "generated", dir, "client.ts"))) continue;
  console.log(`• Generating the database client (${schema})…`);
  run(bin("prisma"), ["generate", "--schema", schema], env);
}
console.log("• Applying database migrations…");
run(bin("prisma"), ["migrate", "deploy"], env);
console.log("• Loading sample data (only into an empty database)…");
run(bin("tsx"), ["scripts/seed.ts", "--if-empty"], env);

if (!dev) buildIfStale({ dir: root, inputs: APP_BUILD_INPUTS, nextBin: bin("next"), env });

const url = `http://localhost:${port}`;
console.log(`
Quorum is starting at ${url}

  Demo teacher:  teacher@quorum.test  /  quorum-teacher
  Demo students: ava, ben, chen       /  quorum-student
  Demo class code: DEMO24

Press Ctrl+C to stop.
`);

// The rate limiter's client address: from the socket unless TRUST_PROXY says a reverse proxy sets X-Forwarded-For
// (scripts/socket-address.mjs, docs/decisions/015).
const trustProxy = /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? "");
const nodeOptions = trustProxy
  ? env.NODE_OPTIONS
  : [env.NODE_OPTIONS, `--import ${pathToFileURL(path.join(root, "scripts", "socket-address.mjs")).href}`].filter(Boolean).join(" ");

// Started directly (not through npx) so that stopping this process stops the server too.
const child = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
  stdio: "inherit",
  env: { ...env, ...(dev ? {} : { NODE_ENV: "production" }), ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
