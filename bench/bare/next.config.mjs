// The bench's bare route (scripts/bench-class.ts): a Next.js app with one route handler and nothing else,
// built and served apart from Quorum so that it never ships among the product's routes.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const config = {
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
};

export default config;
