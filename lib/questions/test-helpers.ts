// Test-only helpers (imported by *.test.ts, never by index.ts).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { candidateBank } from "./index";
import type { Candidate } from "./types";

const root = join(__dirname, "..", "..");

export const SEED_PATH = join(root, "prisma/sample/blinken-xi-beijing-2024.txt");
export const seedText = (): string => readFileSync(SEED_PATH, "utf8");

export function fixtures(): { name: string; text: string }[] {
  const dir = join(__dirname, "fixtures");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));
}

/** A short article as the editor receives it: a title line, a blank line, then one paragraph per sentence given. */
export function article(title: string, body: string[]): string {
  return cleanArticleText([title, "", ...body].join("\n"), "text");
}

/** A short release with the sentences given, analysed. */
export const release = (...body: string[]) => analyze(article("Fact Sheet: A Release", body));

export function fixture(prefix: string): string {
  const f = fixtures().find((x) => x.name.startsWith(prefix));
  if (!f) throw new Error(`no fixture ${prefix}`);
  return f.text;
}

/**
 * A U.S. Department of State release as the corpus prints it (public domain): its title, the source line, the byline on
 * a line of its own, the place line when there is one, then the body's paragraphs.
 */
export function stateRelease(title: string, byline: string, body: string | string[], opts: { date: string; place?: string }): string {
  const paragraphs = typeof body === "string" ? [body] : body;
  return [title, `U.S. Department of State (${byline}), press release, ${opts.date}`, byline, ...(opts.place ? [opts.place] : []), ...paragraphs].join("\n\n");
}

/** The bank's candidates and the ones the gates refused: every question the forms made. */
export function everyCandidate(text: string): Candidate[] {
  const { candidates, rejected } = candidateBank(text);
  return [...candidates, ...rejected.map((r) => r.candidate)];
}

/** A fill-in-the-blank candidate with only a stem, for the gates' tests. */
export const stem = (prompt: string): Candidate =>
  ({ type: "fill_in_blank", prompt, answer: "x", choices: ["x", "y", "z"], evidenceStart: 0, evidenceEnd: 1, explanation: "", difficulty: 2, entities: [], facts: [0], base: 0.5, answerKey: "x" }) as Candidate;
