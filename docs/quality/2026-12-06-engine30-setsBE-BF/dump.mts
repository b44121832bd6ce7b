// ROOT DIR OUT: each DIR/*.txt's default quiz from the engine at ROOT (a checkout), as text, to OUT/<name>.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
const [root, dir, out] = process.argv.slice(2);
const { generateQuestions, cleanArticleText, ArticleError } = await import(root + "/lib/questions/index.ts");
mkdirSync(out, { recursive: true });
let total = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
  const text = cleanArticleText(readFileSync(dir + "/" + f, "utf8"), "text");
  let lines: string[] = [];
  try {
    const { questions } = generateQuestions(text);
    total += questions.length;
    lines = questions.map((q: { type: string; prompt: string; choices: string[]; answer: string; evidence: string }, i: number) => `${i + 1}. [${q.type}] ${q.prompt}\n   choices: ${q.choices.join(" | ")}\n   answer: ${q.answer}\n   evidence: ${q.evidence}`);
  } catch (e) { if (!(e instanceof ArticleError)) throw e; lines = ["refused: " + (e as Error).message]; }
  writeFileSync(`${out}/${f}`, lines.join("\n") + "\n");
}
console.log("questions", total);
