/**
 * npm run bench:questions — warm timings of generateQuestions. Prints numbers, asserts nothing.
 * Texts: the seed article, a ~1,500-word text and a ~10,000-word text built by
 * concatenating the fixtures, so growth with length is visible (ms per 1,000 words).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateQuestions } from "../lib/questions/index";

const root = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const RUNS = 7;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function body(file: string): string {
  // Drop the fixture title line so concatenations read as one long article.
  return readFileSync(file, "utf8").split("\n").slice(1).join("\n").trim();
}

function takeWords(paragraphs: string[], target: number): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    n += words(p);
  }
  return out.join("\n\n");
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fixtureDir = join(root, "lib/questions/fixtures");
const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith(".txt")).sort();
const paragraphs = fixtures.flatMap((f) => body(join(fixtureDir, f)).split(/\n\s*\n/)).filter((p) => p.trim());
const seed = readFileSync(join(root, "prisma/sample/blinken-xi-beijing-2024.txt"), "utf8");
const crs = body(join(fixtureDir, fixtures.find((f) => f.startsWith("06"))!));

const cases: [string, string][] = [
  ["seed article (NYT, Blinken-Xi)", seed],
  ["~1,500 words (CRS debt limit)", crs],
  ["~5,000 words (fixtures concatenated)", takeWords(paragraphs, 5_000)],
  ["~10,000 words (fixtures concatenated)", takeWords(paragraphs, 10_000)],
];

// Warm-up: load compromise and its lexicon, JIT the hot paths.
for (let i = 0; i < 3; i++) generateQuestions(seed);

console.log(`generateQuestions, warm, median of ${RUNS} runs (node ${process.version})`);
for (const [name, text] of cases) {
  const times: number[] = [];
  let q = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    q = generateQuestions(text, { count: 20 }).questions.length;
    times.push(performance.now() - t0);
  }
  const m = median(times);
  const w = words(text);
  console.log(`${name.padEnd(40)} ${String(w).padStart(6)} words  ${m.toFixed(1).padStart(8)} ms  ${((m / w) * 1000).toFixed(1).padStart(6)} ms/1k words  (${q} questions)`);
}
