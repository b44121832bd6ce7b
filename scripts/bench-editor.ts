/**
 * npm run bench:editor — warm timings of getSetForEditor (the data the set editor page loads), on a fresh SQLite
 * file with the sample article. Prints numbers, asserts nothing. Run on a quiet machine for comparable figures.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const RUNS = 20;
const root = path.join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const file = path.join(os.tmpdir(), `quorum-bench-editor-${process.pid}-${Date.now()}.db`);
process.env.DATABASE_URL = `file:${file}`;

async function main() {
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env: process.env, stdio: "pipe" });
  // Imported after DATABASE_URL is set: lib/db reads it once.
  const { db } = await import("@/lib/db");
  const { createArticle } = await import("@/lib/data/articles");
  const { createSetFromArticle, getSetForEditor } = await import("@/lib/data/question-sets");
  const { cleanArticleText } = await import("@/lib/questions");
  try {
    const text = cleanArticleText(fs.readFileSync(path.join(root, "prisma/sample/blinken-xi-beijing-2024.txt"), "utf8"));
    const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "Bench", email: "bench@quorum.test", passwordHash: "x" }, select: { id: true } });
    const article = await createArticle(teacher, { title: "Bench", source: null, text });
    const set = await createSetFromArticle(teacher, article.id);
    if (!set) throw new Error("no set");
    const first = performance.now();
    const loaded = await getSetForEditor(teacher, set.id);
    const firstMs = performance.now() - first;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await getSetForEditor(teacher, set.id);
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
    const mean = times.reduce((s, x) => s + x, 0) / RUNS;
    console.log(`sample article: ${text.split(/\s+/).length} words, ${loaded?.questions.length} questions in the set, ${loaded?.bank.length} more in the bank`);
    console.log(`getSetForEditor first load: ${firstMs.toFixed(1)} ms`);
    console.log(`getSetForEditor x${RUNS} warm: median ${median.toFixed(1)} ms, mean ${mean.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times[RUNS - 1].toFixed(1)} ms`);
  } finally {
    await db.$disconnect();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
