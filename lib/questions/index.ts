/**
 * Quorum question engine: article text in, ranked questions out.
 * Pure TypeScript: no Next.js, no Prisma, no I/O, no node: imports.
 */
import { spellOutAcronyms } from "./acronyms";
import { analyze, articleTitle } from "./analysis";
export { articleTitle } from "./analysis";
import { assemble, finalize, type Scored } from "./assemble";
import { cleanArticleText } from "./clean";
import { clozeQuestions, numericQuestions, quoteClozeQuestions, amendmentQuestions, resolveTheDepartment, termQuestions } from "./cloze";
import { gateTooLong, rejectReason } from "./gates";
import { withEra, withTopic, withVoice } from "./era";
import { quoteQuestions, saidByQuestions } from "./quotes";
import { scoreCandidate } from "./rank";
import { supportedStatementQuestions } from "./statements";
import { trueFalseQuestions } from "./truefalse";
import { turnQuestions } from "./turns";
import type { ArticleInfo, Candidate, GenerateOptions, GeneratedQuestion } from "./types";
import { escapeRe, familyName } from "./util";
import { ArticleError, MIN_ARTICLE_SENTENCES, validateArticleText } from "./validate";
import { roleOfPersonQuestions, roleQuestions, subjectQuestions } from "./wh";
import { directiveQuestions } from "./directives";

export type { ArticleInfo, GenerateOptions, GeneratedQuestion, QuestionType } from "./types";
export { ArticleError, MAX_ARTICLE_CHARS, validateArticleText } from "./validate";
export { cleanArticleText, looksLikeHtml } from "./clean";

export const DEFAULT_COUNT = 20;
/** Raised whenever the same article can give another quiz: sets made by an older engine are offered "Regenerate". */
export const ENGINE_VERSION = "22";

export interface GenerateResult {
  article: ArticleInfo;
  text: string;
  questions: GeneratedQuestion[];
  /** With `bank: true`: every question that passed the gates, best first (the quiz's own first). */
  bank?: GeneratedQuestion[];
}

/** Everything that passed the gates, scored, before assembly. Exposed for tests and tuning. */
export function candidateBank(text: string): { analysis: ReturnType<typeof analyze>; candidates: Scored[]; rejected: { candidate: Candidate; reason: string }[] } {
  const analysis = analyze(text);
  const tf = trueFalseQuestions(analysis).filter((c) => !rejectReason(c, analysis));
  const raw: Candidate[] = [
    ...supportedStatementQuestions(analysis, tf),
    ...quoteQuestions(analysis),
    ...saidByQuestions(analysis),
    ...turnQuestions(analysis),
    ...roleQuestions(analysis),
    ...roleOfPersonQuestions(analysis),
    ...directiveQuestions(analysis),
    ...subjectQuestions(analysis),
    ...numericQuestions(analysis),
    ...clozeQuestions(analysis),
    ...quoteClozeQuestions(analysis),
    ...amendmentQuestions(analysis),
    ...termQuestions(analysis),
    ...tf,
  ];
  const candidates: Scored[] = [];
  const rejected: { candidate: Candidate; reason: string }[] = [];
  const { acronyms } = analysis;
  for (const c of raw) {
    // An acronym is spelled out at its first use in the stem, as the article did at its first use (acronyms.ts).
    c.prompt = spellOutAcronyms(c.prompt, acronyms, c.answer);
    // "the Department invested …" in a report's section on one department: that department (cloze.ts).
    if (c.type !== "true_false" && c.type !== "quote_attribution") c.prompt = resolveTheDepartment(analysis, c.facts[0], c.prompt, c.answer);
    if (c.answerKey.startsWith("stmt:")) c.choices = c.choices.map((x) => spellOutAcronyms(x, acronyms));
    // A stem about another era than the article's says which (era.ts).
    c.prompt = fullNameWhereAmbiguous(withTopic(withEra(c.prompt, analysis, c.facts[0], c.answer), analysis, c.facts[0]), analysis, c.facts[0]);
    // "… and Washington, D.C?": the abbreviation keeps its point before the question mark.
    c.prompt = c.prompt.replace(/(\b(?:[A-Z]\.){1,3}[A-Z])\?$/, "$1.?");
    let reason = rejectReason(c, analysis);
    // A fact sheet's claims are asked as the fact sheet's (era.ts withVoice), once the stem has passed the gates as the
    // sentence's own words; the frame must still fit the length a student reads at once.
    if (!reason) {
      c.prompt = withVoice(c.prompt, analysis, c.facts[0], c.type);
      if (gateTooLong(c)) reason = "too_long";
    }
    if (reason) rejected.push({ candidate: c, reason });
    else candidates.push({ ...c, score: scoreCandidate(c, analysis) });
  }
  return { analysis, candidates, rejected };
}

/**
 * "President Adams" in an article of John Adams and John Quincy Adams: the stem names the one the sentence means
 * ("President John Quincy Adams"), as the analysis resolved it. Quotations are left as spoken.
 */
export function fullNameWhereAmbiguous(prompt: string, a: ReturnType<typeof analyze>, sentenceIndex: number): string {
  if (/"/.test(prompt)) return prompt;
  let out = prompt;
  const people = [...a.ents.persons.values()];
  // "Rage has been involved in attack planning …": a stem that opens with a bare family name gives the full name the
  // article introduced ("Ali Mohamed Rage"), as a teacher would (set F's raters), where only one person has it.
  const first = out.match(/^(\p{Lu}[\p{Ll}'’-]+) (?=[a-z])/u)?.[1];
  const full = first ? [...a.ents.persons.keys()].filter((p) => p.includes(" ") && familyName(p) === first && a.ents.kindOf.get(p) === "person") : [];
  if (full.length === 1) out = out.replace(first!, full[0]);
  for (const m of a.ents.bySentence[sentenceIndex] ?? []) {
    if (m.kind !== "person" || m.text.includes(" ") || out.includes(m.canonical)) continue;
    if (people.filter((p) => p.short === m.text).length < 2) continue;
    // "President's Biden's" (a typo in the source) is not made "President's President Biden's".
    const head = m.canonical.split(" ")[0];
    if (new RegExp(`\\b${escapeRe(head)}(?:'s)?\\s+${escapeRe(m.text)}\\b`).test(out)) continue;
    out = out.replace(new RegExp(`\\b${escapeRe(m.text)}\\b`), m.canonical);
  }
  return out;
}

export function generateQuestions(input: string, options: GenerateOptions = {}): GenerateResult {
  const text = cleanArticleText(typeof input === "string" ? input : "");
  validateArticleText(text);
  const seed = String(options.seed ?? 0);
  const count = Math.max(1, Math.floor(options.count ?? DEFAULT_COUNT));
  const { analysis, candidates } = candidateBank(text);
  if (analysis.fullSentences < MIN_ARTICLE_SENTENCES) {
    throw new ArticleError("too_short", `The article has only ${analysis.fullSentences} full sentences; at least ${MIN_ARTICLE_SENTENCES} are needed.`);
  }
  const picked = assemble(candidates, count, Boolean(options.all), seed, analysis.usable.length);
  return {
    article: {
      title: options.title?.trim() || articleTitle(text, analysis.sentences),
      words: analysis.words,
      sentences: analysis.usable.length,
    },
    text,
    questions: picked.map((c) => finalize(c, text, seed)),
    ...(options.bank ? { bank: assemble(candidates, count, true, seed, analysis.usable.length).map((c) => finalize(c, text, seed)) } : {}),
  };
}
