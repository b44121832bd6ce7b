/**
 * How many questions the default quiz gets from texts the engine has never seen (docs/question-engine.md, "Texts
 * the engine has never seen"). A quality figure needs a blind rating; this is the other half, the quiz's length, on
 * many more texts than anyone can rate.
 *
 *   npm run -s questions:yield -- DIR [--sample N] [--offset K] [--min-words 400] [--max-words 1500] [--list] [--save OUT] [--funnel]
 *
 * DIR holds `.txt` files (a title line "Title — Publisher, Month D, YYYY", a blank line, the text) or `.md` files
 * with YAML front matter (`title:` and `date: 'YYYY-MM-DD'`, as the White House archive in the public-domain
 * repository brian14708/wh-briefings stores them; the body is read as Markdown). Files are taken in sorted order;
 * with --sample N, every N-th from the K-th (default 7), so the sample is the same on every machine. Only texts of
 * --min-words to --max-words words (the body) are counted. Prints the distribution of quiz lengths; --list prints
 * each file's count; --save OUT writes each text counted as OUT/<name>.txt, so another version of the engine can be
 * measured on exactly the same text (`git checkout <commit> -- lib/questions`, then run this on OUT).
 *
 * --funnel also prints where the facts are lost, summed over the texts: the sentences the engine may ask about, those
 * any form makes a question of, those with a question that passes the gates, those with one the default quiz may take
 * (not bank-only, scored high enough), and the quiz's questions; then the gates' reasons, most frequent first.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleError, candidateBank, cleanArticleText, generateQuestions } from "../lib/questions";
import { MIN_SCORE } from "../lib/questions/assemble";

export interface Funnel {
  /** sentences the engine may ask about (not headings, boilerplate or fragments) */
  usable: number;
  /** of those, sentences some form makes a question of, before the gates */
  asked: number;
  /** sentences with a question that passes every gate */
  passed: number;
  /** sentences with a question the default quiz may take (not bank-only, scored at least MIN_SCORE) */
  eligible: number;
  /** questions in the default quiz */
  quiz: number;
  /** the gates' reasons for the questions they turned away */
  reasons: Map<string, number>;
}

/**
 * Where one text's facts are lost between its sentences and its quiz (see --funnel above). `quiz`: the default quiz's
 * length when the caller has made the quiz already (the count below makes it again).
 */
export function funnelOf(text: string, quiz?: number): Funnel {
  const { analysis, candidates, rejected } = candidateBank(text);
  const usable = new Set(analysis.usable.map((s) => s.index));
  const sentencesOf = (cs: { facts: number[] }[]) => new Set(cs.flatMap((c) => c.facts.slice(0, 1)).filter((i) => usable.has(i)));
  const reasons = new Map<string, number>();
  for (const r of rejected) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  if (quiz === undefined) {
    try {
      quiz = generateQuestions(text).questions.length;
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      quiz = 0;
    }
  }
  return {
    usable: usable.size,
    asked: sentencesOf([...candidates, ...rejected.map((r) => r.candidate)]).size,
    passed: sentencesOf(candidates).size,
    eligible: sentencesOf(candidates.filter((c) => !c.bankOnly && c.score >= MIN_SCORE)).size,
    quiz,
    reasons,
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A stored page as the teacher would paste it: the title line, then the text. */
export function articleFrom(file: string, raw: string): string | null {
  if (file.endsWith(".txt")) return cleanArticleText(raw, "text");
  const fm = raw.match(/^---\n([\s\S]*?)\n---\n/);
  if (!fm) return null;
  const head = fm[1] + "\n";
  const rawTitle = head.match(/^title: ([\s\S]*?)\n(?:[a-z_]+:|$)/m)?.[1] ?? "";
  // YAML quotes: "…" with backslash escapes, '…' with '' for a quote mark.
  const quoted = rawTitle.match(/^(["'])([\s\S]*)\1\s*$/);
  const inner = quoted ? (quoted[1] === "'" ? quoted[2].replace(/''/g, "'") : quoted[2]) : rawTitle;
  const title = inner
    .replace(/\\\s*\n\s*\\?\s*/g, " ")
    .replace(/\\_/g, " ")
    // A double-quoted YAML title keeps non-ASCII as escapes: "Biden\u2019s" is "Biden’s".
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\"/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  const date = head.match(/^date: '(\d{4})-(\d\d)-(\d\d)'/m);
  if (!title || !date) return null;
  const body = cleanArticleText(raw.slice(fm[0].length), "markdown");
  return cleanArticleText(`${title} — The White House, ${MONTHS[Number(date[2]) - 1]} ${Number(date[3])}, ${date[1]}\n\n${body}`, "text");
}

function main(): void {
  const dir = process.argv[2];
  if (!dir || dir.startsWith("--")) {
    console.error("usage: npm run -s questions:yield -- DIR [--sample N] [--offset K] [--min-words 400] [--max-words 1500] [--list] [--save OUT]");
    process.exit(2);
  }
  const every = arg("--sample", 1);
  const offset = arg("--offset", every > 1 ? 7 : 0);
  const minWords = arg("--min-words", 400);
  const maxWords = arg("--max-words", 1500);
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(?:txt|md)$/.test(f) && !/(?:^|\/)(?:README|SOURCES)\.md$/i.test(f))
    .sort()
    .filter((_, i) => every <= 1 || i % every === offset % every);
  const sizes: number[] = [];
  const funnel = process.argv.includes("--funnel");
  const sum: Funnel = { usable: 0, asked: 0, passed: 0, eligible: 0, quiz: 0, reasons: new Map() };
  let errors = 0;
  let crashes = 0;
  const save = process.argv.includes("--save") ? process.argv[process.argv.indexOf("--save") + 1] : undefined;
  if (save) mkdirSync(save, { recursive: true });
  for (const f of files) {
    const text = articleFrom(f, readFileSync(join(dir, f), "utf8"));
    if (!text) continue;
    const words = text.split("\n").slice(1).join(" ").split(/\s+/).filter(Boolean).length;
    if (words < minWords || words > maxWords) continue;
    if (save) writeFileSync(join(save, f.replace(/\//g, "_").replace(/\.md$/, ".txt")), text + "\n");
    let n: number;
    try {
      n = generateQuestions(text).questions.length;
    } catch (e) {
      // A refusal (too short, not English …) is an empty quiz; anything else is a bug in the engine, said loudly.
      if (!(e instanceof ArticleError)) {
        crashes++;
        console.error(`CRASH on ${f}: ${e instanceof Error ? e.stack : String(e)}`);
      } else errors++;
      n = 0;
    }
    sizes.push(n);
    if (funnel && !crashes) {
      const one = funnelOf(text, n);
      for (const k of ["usable", "asked", "passed", "eligible", "quiz"] as const) sum[k] += one[k];
      for (const [r, c] of one.reasons) sum.reasons.set(r, (sum.reasons.get(r) ?? 0) + c);
    }
    if (process.argv.includes("--list")) console.log(`${n}\t${words}\t${f}`);
  }
  if (!sizes.length) {
    console.log("no texts of that length");
    return;
  }
  const sorted = [...sizes].sort((x, y) => x - y);
  const between = (lo: number, hi: number) => sizes.filter((n) => n >= lo && n <= hi).length;
  const total = sizes.reduce((x, y) => x + y, 0);
  console.log(`texts: ${sizes.length} (${minWords}–${maxWords} words; refused by the engine: ${errors}; crashed: ${crashes})`);
  if (crashes) process.exitCode = 1;
  console.log(`questions per text: median ${sorted[Math.floor(sorted.length / 2)]}, mean ${(total / sizes.length).toFixed(2)}, total ${total}`);
  console.log(`quizzes of 0: ${between(0, 0)} · 1–3: ${between(1, 3)} · 4–7: ${between(4, 7)} · 8–11: ${between(8, 11)} · 12 or more: ${between(12, Infinity)}`);
  if (funnel) {
    const pct = (n: number) => `${n} (${sum.usable ? Math.round((100 * n) / sum.usable) : 0} %)`;
    console.log(`sentences the engine may ask about: ${sum.usable}`);
    console.log(`  some form makes a question of: ${pct(sum.asked)}`);
    console.log(`  with a question that passes the gates: ${pct(sum.passed)}`);
    console.log(`  with one the default quiz may take: ${pct(sum.eligible)}`);
    console.log(`questions in the default quizzes: ${sum.quiz}`);
    console.log(`gates' reasons: ${[...sum.reasons].sort((x, y) => y[1] - x[1]).map(([r, c]) => `${r} ${c}`).join(", ")}`);
  }
}

if (/question-yield\.ts$/.test(process.argv[1] ?? "")) main();
