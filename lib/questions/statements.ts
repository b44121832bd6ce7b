/**
 * "Which statement is supported by the article?": one of the article's claims, simplified, beside three claims the
 * article contradicts (a figure, a decision or a speaker changed). Built from the true/false bank, so each wrong
 * choice is false by construction, not merely absent from the article.
 */
import type { Analysis } from "./analysis";
import { seedFrom } from "./hash";
import type { Candidate } from "./types";
import { wordCount } from "./util";

export const STATEMENT_PROMPT = "Which statement is supported by the article?";
const MAX_WORDS = 26;

const body = (c: Candidate) => c.prompt.replace(/^True or false:\s*/, "");

export function supportedStatementQuestions(a: Analysis, trueFalse: Candidate[]): Candidate[] {
  const trues = trueFalse.filter((c) => c.truth === true && wordCount(body(c)) <= MAX_WORDS);
  const falses = trueFalse.filter((c) => c.truth === false && wordCount(body(c)) <= MAX_WORDS);
  const out: Candidate[] = [];
  if (falses.length < 3) return out;
  for (const t of trues) {
    const len = wordCount(body(t));
    // Wrong choices from other facts, closest in length first so the answer does not stand out by its size.
    const pool = falses
      .filter((f) => !f.facts.some((x) => t.facts.includes(x)))
      .sort((x, y) => Math.abs(wordCount(body(x)) - len) - Math.abs(wordCount(body(y)) - len) || (seedFrom(body(x) + t.answerKey) % 7) - (seedFrom(body(y) + t.answerKey) % 7));
    const picked: Candidate[] = [];
    for (const f of pool) {
      if (picked.length >= 3) break;
      if (picked.some((p) => p.facts.some((x) => f.facts.includes(x)))) continue;
      picked.push(f);
    }
    if (picked.length < 3) continue;
    out.push({
      type: "multiple_choice",
      prompt: STATEMENT_PROMPT,
      choices: [body(t), ...picked.map(body)],
      answer: body(t),
      evidenceStart: t.evidenceStart,
      evidenceEnd: t.evidenceEnd,
      explanation: t.explanation,
      difficulty: 2,
      entities: t.entities,
      facts: [...t.facts, ...picked.flatMap((p) => p.facts)],
      base: t.base + 0.05,
      answerKey: `stmt:${t.facts[0]}`,
    });
  }
  return out;
}
