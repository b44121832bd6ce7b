/**
 * Where a Node.js process spent its CPU: reads a V8 CPU profile (`node --cpu-prof`, e.g. the app process of
 * `BENCH_CPU_PROF=dir npm run bench:class …`) and prints
 *   - self time by where the code comes from (a package in node_modules, Next.js's compiled copies, the app's own
 *     chunks, Node.js itself, garbage collection, idle), and
 *   - inclusive time of the frames named on the command line or, by default, of the app's work that docs/performance.md
 *     follows (Prisma, SQLite, compression, JSON, garbage collection), each sample counted once however deep it recurs.
 *
 * --last S keeps only the profile's last S seconds (e.g. the one-at-a-time requests that end a bench:class run).
 * --inclusive also lists the functions with the most inclusive time (each sample counted once per function).
 *
 * Usage: npx tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [--top N] [--last S] [--inclusive]
 */
import fs from "node:fs";
import { parseArgs } from "node:util";

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, last: { type: "string" }, inclusive: { type: "boolean", default: false } } });
if (positionals.length !== 1) {
  console.error("Usage: npx tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [--top N] [--last S] [--inclusive]");
  process.exit(2);
}
const top = Number(values.top);
const profile = JSON.parse(fs.readFileSync(positionals[0], "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Where a frame's code comes from. */
function origin(frame: Frame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(garbage collector)") return "garbage collection";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "(program: native, not attributed)";
    if (functionName === "(root)") return "(root)";
    return `native: ${functionName || "(anonymous)"}`;
  }
  if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0]}`;
  const compiled = /next\/dist\/compiled\/([^/]+(?:\/[^/]+)?)/.exec(url);
  if (compiled) return `next (compiled ${compiled[1].replace(/\/cjs$|\/[^/]*\.js$/, "")})`;
  const nextDist = /next\/dist\/(server|client|shared|lib|build)\//.exec(url);
  if (nextDist) return `next (${nextDist[1]})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.includes("/.next/server/")) return "the app's server chunks (.next/server)";
  return url.replace(/^file:\/\//, "");
}

// Time per sample: V8 gives the delta before each sample. With --last, the samples before the window count zero.
const ms = profile.timeDeltas.map((d) => d / 1000);
if (values.last !== undefined) {
  const from = (profile.endTime - profile.startTime) / 1000 - Number(values.last) * 1000;
  let at = 0;
  for (const [i, d] of ms.entries()) {
    at += d;
    if (at < from) ms[i] = 0;
  }
}
const total = ms.reduce((a, b) => a + b, 0);
const self = new Map<string, number>();
const selfFn = new Map<string, number>();
let idle = 0;
const stacks: Node[][] = [];
for (const [i, id] of profile.samples.entries()) {
  const node = byId.get(id)!;
  const t = ms[i] ?? 0;
  const where = origin(node.callFrame);
  if (where === "idle") idle += t;
  self.set(where, (self.get(where) ?? 0) + t);
  const fn = `${node.callFrame.functionName || "(anonymous)"}  ${where}`;
  selfFn.set(fn, (selfFn.get(fn) ?? 0) + t);
  const stack: Node[] = [];
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(byId.get(n)!);
  stacks.push(stack);
}
const busy = total - idle;

/** Inclusive time of the samples whose stack has a frame matching `test`. */
function inclusive(test: (f: Frame) => boolean) {
  let t = 0;
  for (const [i, stack] of stacks.entries()) if (stack.some((n) => test(n.callFrame))) t += ms[i] ?? 0;
  return t;
}

const pct = (t: number) => `${((100 * t) / busy).toFixed(1)} %`.padStart(8);
const sec = (t: number) => `${(t / 1000).toFixed(1)} s`.padStart(9);
console.log(`${positionals[0]}\nprofile ${sec(total)} of wall time, ${sec(busy)} busy (not idle); shares below are of the busy time.\n`);

console.log("Self time by origin:");
for (const [k, t] of [...self].filter(([k]) => k !== "idle").sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${sec(t)}${pct(t)}  ${k}`);

console.log("\nSelf time by function:");
for (const [k, t] of [...selfFn].filter(([k]) => !k.endsWith("idle")).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${sec(t)}${pct(t)}  ${k}`);

const by = (re: RegExp) => (f: Frame) => re.test(f.url);
// Only what keeps its own file in a production build: React, Auth.js and zod are bundled into the app's chunks
// (.next/server), so they are not told apart by file; their functions show in the self-time list above.
const groups: [string, (f: Frame) => boolean][] = [
  ["Prisma (client, query compiler, adapter)", by(/@prisma|prisma\/client|query_compiler|adapter-better-sqlite3/)],
  ["better-sqlite3", by(/better-sqlite3/)],
  ["zlib (compressed responses)", by(/^node:zlib/)],
  ["JSON.parse / JSON.stringify (V8 built-ins)", (f) => !f.url && /^(JSON\.)?(parse|stringify)$/.test(f.functionName)],
  ["garbage collection", (f) => f.functionName === "(garbage collector)"],
];
console.log("\nInclusive time of the app's work:");
for (const [label, test] of groups) {
  const t = inclusive(test);
  console.log(`${sec(t)}${pct(t)}  ${label}`);
}

if (values.inclusive) {
  // Inclusive time per function (name, file, line), the busy samples only: where a request's time goes below its
  // entry points, e.g. compression or Auth.js's crypto under a server action.
  const byFunction = new Map<string, number>();
  for (const [i, stack] of stacks.entries()) {
    const t = ms[i] ?? 0;
    if (t === 0 || origin(stack[0].callFrame) === "idle") continue;
    const seen = new Set<string>();
    for (const n of stack) {
      const f = n.callFrame;
      if (f.functionName === "(root)") continue;
      const key = `${f.functionName || "(anonymous)"}  ${origin(f)}${f.url ? `:${f.lineNumber + 1}` : ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      byFunction.set(key, (byFunction.get(key) ?? 0) + t);
    }
  }
  console.log("\nInclusive time by function:");
  for (const [k, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${sec(t)}${pct(t)}  ${k}`);
}
