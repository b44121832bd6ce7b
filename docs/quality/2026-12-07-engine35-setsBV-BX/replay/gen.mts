// LIST OUT: for every article path in LIST, the default quiz and the whole bank (seed 0) as JSON, for match.py.
import { readFileSync, writeFileSync } from "node:fs";
import { generateQuestions } from "../../../../lib/questions/index";
import { cleanArticleText } from "../../../../lib/questions/clean";

type Q = { prompt: string; answer: string; choices: string[]; type: string };
const files = readFileSync(process.argv[2], "utf8").trim().split("\n");
const out: Record<string, unknown> = {};
const brief = (qs: Q[]) => qs.map((q) => ({ p: q.prompt, a: q.answer, c: q.choices, t: q.type }));
for (const f of files) {
  const text = cleanArticleText(readFileSync(f, "utf8"));
  try {
    out[f] = { quiz: brief(generateQuestions(text, { count: 20, seed: "0" }).questions), all: brief(generateQuestions(text, { all: true, seed: "0" }).questions) };
  } catch (e) {
    out[f] = { err: String(e) };
  }
}
writeFileSync(process.argv[3], JSON.stringify(out));
