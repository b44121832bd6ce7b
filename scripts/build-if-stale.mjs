// Builds a Next.js app when its build is missing or older than its sources: `npm start` (the app) and
// `npm run bench:class` (the app and the bench's bare route) share this.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

/** What goes into Quorum's build: a change to any of these makes the build stale. */
export const APP_BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

/** A hash of the files under `inputs` (relative to `dir`), skipping node_modules, builds and unit tests. */
export function sourceHash(dir, inputs) {
  const hash = crypto.createHash("sha256");
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === "node_modules" || name === ".next" || name.endsWith(".test.ts")) continue;
        visit(path.join(p, name));
      }
    } else {
      hash.update(path.relative(dir, p));
      hash.update(fs.readFileSync(p));
    }
  };
  for (const input of inputs) visit(path.join(dir, input));
  return hash.digest("hex");
}

/**
 * Runs `next build` in `dir` unless `.next` holds a build of exactly these sources. Returns whether it built.
 * `nextBin` is the path of node_modules/.bin/next; a failed build ends the process with its exit code.
 */
export function buildIfStale({ dir, inputs, nextBin, env = process.env, log = console.log, label = "the app" }) {
  const stamp = path.join(dir, ".next", "quorum-source-hash");
  const current = sourceHash(dir, inputs);
  const built = fs.existsSync(stamp) ? fs.readFileSync(stamp, "utf8") : null;
  if (built === current && fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) {
    log(`• The build of ${label} is up to date.`);
    return false;
  }
  log(`• Building ${label} (about a minute the first time)…`);
  const result = spawnSync(nextBin, ["build"], { cwd: dir, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    console.error(`\n✗ next build failed in ${dir} (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stamp, current);
  return true;
}
