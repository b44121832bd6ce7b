/**
 * Quorum question engine: article text in, ranked questions out.
 * Pure TypeScript: no Next.js, no Prisma, no I/O, no node: imports.
 */
import { spellOutAcronyms } from "./acronyms";
import { analyze, articleTitle, STOPWORDS } from "./analysis";
export { articleTitle } from "./analysis";
import { assemble, finalize, type Scored } from "./assemble";
import { cleanArticleText } from "./clean";
import { getKb } from "./kb";
import { theBeforeBodies } from "./entities";
import { clozeQuestions, numericQuestions, quoteClozeQuestions, amendmentQuestions, resolveTheDepartment, tallyQuestions, termQuestions } from "./cloze";
import { gateDanglingVoice, gateTooLong, rejectReason } from "./gates";
import { withEra, withTopic, withVoice } from "./era";
import { quoteQuestions, saidByQuestions } from "./quotes";
import { scoreCandidate } from "./rank";
import { supportedStatementQuestions } from "./statements";
import { trueFalseQuestions } from "./truefalse";
import { turnQuestions } from "./turns";
import type { ArticleInfo, Candidate, GenerateOptions, GeneratedQuestion } from "./types";
import { bioHeading, BLANK, escapeRe, familyName, wordCount } from "./util";
import { ArticleError, MIN_ARTICLE_SENTENCES, validateArticleText } from "./validate";
import { affiliationQuestions, participantRoleQuestions, roleOfPersonQuestions, roleQuestions, subjectQuestions } from "./wh";
import { directiveQuestions } from "./directives";
import { powerQuestions } from "./powers";
import { lawQuestions } from "./laws";
import { inBiography, nomineePostQuestions } from "./nominations";
import { currentPositionQuestions } from "./positions";
import { courtQuestions } from "./court";

export type { ArticleInfo, GenerateOptions, GeneratedQuestion, QuestionType } from "./types";
export { ArticleError, MAX_ARTICLE_CHARS, validateArticleText } from "./validate";
export { cleanArticleText, looksLikeHtml } from "./clean";

export const DEFAULT_COUNT = 20;
/** Raised whenever the same article can give another quiz: sets made by an older engine are offered "Regenerate". */
export const ENGINE_VERSION = "40";

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
    ...participantRoleQuestions(analysis),
    ...roleOfPersonQuestions(analysis),
    ...nomineePostQuestions(analysis),
    ...currentPositionQuestions(analysis),
    ...courtQuestions(analysis),
    ...affiliationQuestions(analysis),
    ...directiveQuestions(analysis),
    ...subjectQuestions(analysis),
    ...numericQuestions(analysis),
    ...tallyQuestions(analysis),
    ...clozeQuestions(analysis),
    ...quoteClozeQuestions(analysis),
    ...amendmentQuestions(analysis),
    ...termQuestions(analysis),
    ...powerQuestions(analysis),
    ...lawQuestions(analysis),
    ...tf,
  ];
  const candidates: Scored[] = [];
  const rejected: { candidate: Candidate; reason: string }[] = [];
  const { acronyms } = analysis;
  for (const c of raw) {
    // An acronym is spelled out at its first use in the stem, as the article did at its first use (acronyms.ts).
    c.prompt = spellOutAcronyms(c.prompt, acronyms, c.answer);
    // "the  Department of Commerce": a source's double space is not the stem's (set BE's raters).
    c.prompt = c.prompt.replace(/(?<=\S) {2,}(?=\S)/g, " ");
    c.prompt = theBeforeBodies(c.prompt, c.type === "true_false" || c.type === "quote_attribution" ? undefined : c.answer);
    // "the Department invested …" in a report's section on one department: that department (cloze.ts).
    if (c.type !== "true_false" && c.type !== "quote_attribution") c.prompt = resolveTheDepartment(analysis, c.facts[0], c.prompt, c.answer);
    if (c.answerKey.startsWith("stmt:")) c.choices = c.choices.map((x) => spellOutAcronyms(x, acronyms));
    // A stem about another era than the article's says which (era.ts).
    // (Not a nominee's post: the heading's line is no dated sentence, and "for a term expiring January 26, 2026" in a
    // list of nominations is no era of the question, set BY's first draft: "In 2026, for which post is … the nominee".)
    if (!c.heading) c.prompt = fullNameWhereAmbiguous(withTopic(withEra(c.prompt, analysis, c.facts[0], c.answer), analysis, c.facts[0]), analysis, c.facts[0]);
    // "… and Washington, D.C?": the abbreviation keeps its point before the question mark.
    c.prompt = c.prompt.replace(/(\b(?:[A-Z]\.){1,3}[A-Z])\?$/, "$1.?");
    let reason = rejectReason(c, analysis);
    // "… through the Byrne JAG Program to support coordinated violence prevention and intervention; the Department
    // explicitly encouraged the use of these funds for CVI.": the reference the gate refuses is in a clause of its own,
    // which the stem can do without.
    if (reason === "unresolved") {
      const own = ownClause(c.prompt);
      if (own) {
        const trimmed = { ...c, prompt: own };
        if (!rejectReason(trimmed, analysis)) {
          c.prompt = own;
          reason = null;
        }
      }
    }
    // A fact sheet's claims are asked as the fact sheet's (era.ts withVoice), once the stem has passed the gates as the
    // sentence's own words; the frame must still fit the length a student reads at once.
    if (!reason) {
      c.prompt = withVoice(c.prompt, analysis, c.facts[0], c.type);
      if (gateTooLong(c)) reason = "too_long";
      else if (gateDanglingVoice(c)) reason = "stem_start";
      // "According to the fact sheet, _____ launched a new fund" over "The United States" and "The Dominican Republic": a
      // sentence's capital inside the stem (set BV, a rater); the choices take the stem's lowercase "the".
      else if (/^The\s/.test(c.answer) && c.type === "fill_in_blank" && !c.prompt.startsWith(BLANK)) {
        c.answer = "t" + c.answer.slice(1);
        c.choices = c.choices.map((x) => x.replace(/^The\s/, "the "));
      }
    }
    // A nominee's biography is asked in the bank only, but for the two facts a nominations release gives of each person:
    // the post (its heading) and the post held now (nominations.ts inBiography).
    if (!reason && !c.heading && !c.answerKey.startsWith("post:") && inBiography(analysis, c.facts[0])) c.bankOnly = true;
    if (reason) rejected.push({ candidate: c, reason });
    else candidates.push({ ...c, score: scoreCandidate(c, analysis) });
  }
  return { analysis, candidates, rejected };
}

/**
 * The clause of a blank's stem that holds the blank, where a semicolon or a dash joins it to another whole clause:
 * "A will reach _____ by 2031; the Department expects …" → "A will reach _____ by 2031." Null when there is no such
 * joint, or the clause left is too short to read as a sentence.
 */
export function ownClause(prompt: string): string | null {
  const at = prompt.indexOf(BLANK);
  if (at < 0 || /"/.test(prompt)) return null;
  // A dash is a joint only where it is the sentence's one dash: two make an aside ("2,000 rural businesses—nearly all
  // small businesses—losing access"), and the clause would lose its own verb.
  const dashes = (prompt.match(/[—–]|\s-\s/g) ?? []).length;
  // (And a consequence with a subject of its own, "… failed to execute the plan however, thus Jefferson and Burr tied at
  // _____ electoral votes each": the clause after "thus" is a fact by itself, set BS.)
  const joint = dashes === 1 ? /\s*;\s+|\s*[—–]\s*|\s+-\s+|,\s+(?:thus|therefore|hence|consequently)\s+(?=[A-Z]|(?:the|a|an)\s)/g : /\s*;\s+|,\s+(?:thus|therefore|hence|consequently)\s+(?=[A-Z]|(?:the|a|an)\s)/g;
  let start = 0;
  let end = prompt.length;
  for (const m of prompt.matchAll(joint)) {
    if (m.index! + m[0].length <= at) start = m.index! + m[0].length;
    else if (m.index! >= at + BLANK.length && end === prompt.length) end = m.index!;
  }
  if (start === 0 && end === prompt.length) return null;
  // A dash before the blank opens an aside or a list, not a clause of its own.
  if (start > 0 && !/(?:;|,\s+(?:thus|therefore|hence|consequently))\s+$/.test(prompt.slice(0, start))) return null;
  let out = prompt.slice(start, end).trim().replace(/[,;:]$/, "");
  if (!/[.?!]$/.test(out)) out += ".";
  out = out[0].toUpperCase() + out.slice(1);
  // The stem's frame ("In the presidential election of 1800, ", "According to the fact sheet, ") dates or voices the
  // whole sentence: the clause kept after a semicolon keeps it.
  const frame = prompt.match(/^(?:In [^,]{1,60}|According to [^,]{1,60}), /)?.[0];
  if (frame && start >= frame.length) out = frame + out.replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase());
  return wordCount(out) >= 8 && /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|must|shall|[a-z]{3,}(?:ed|es|s))\b/.test(out) ? out : null;
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
  // (Also after an opening phrase, "From 2018-2020, Rezmovic served as …", and a given name alone where a line of the
  // article opens with the whole name, "Elmy Bermejo, SBA Regional Administrator": set BO, both pairs.)
  // (Possessive too: "James' professional background is …", set BQ.)
  // (A double-barrelled name too: "Allen-King has served …".)
  const lead = out.match(/^(?:True or false: )?(?:[^,"]{1,60},\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?=(?:['’]s?)? [a-z])/u);
  const first = lead?.[1];
  // (Only where the word is the sentence's subject, a verb or a possessive after it: not "Young people …" or "Black
  // women own …" under "Shalanda D. Young, …", the review of engine 33; nor after the article's "Shalanda D. Young
  // leads …" made her a person, engine 34.)
  const terms = a.sentences[sentenceIndex]?.terms ?? [];
  // (The tagger splits "Allen-King" in two: the word's last part is its last term.)
  const at = first ? terms.findIndex((t) => t.text === first || first.endsWith(`-${t.text}`)) : -1;
  // (An adverb between the name and its verb is no object: "Blinken later met …".)
  let k = at + 1;
  while (at >= 0 && terms[k] && (terms[k].tags.has("Adverb") || /^(?:later|also|previously|currently|then|now|still|once|first|recently|formerly)$/i.test(terms[k].text))) k++;
  const next = at >= 0 ? terms[k] : undefined;
  const subject = !!first && (/^['’]/.test(out.slice(lead!.index! + lead![0].length)) || (!!next && (next.tags.has("Verb") || next.tags.has("Auxiliary") || next.tags.has("Modal")) && !next.tags.has("Noun")));
  const full = first && subject ? [...a.ents.persons.keys()].filter((p) => p.includes(" ") && familyName(p) === first && a.ents.kindOf.get(p) === "person") : [];
  // A given name alone: the one person the article gives it to ("Chantale" for Chantale Yokmin Wong).
  if (first && subject && !full.length && !a.ents.kindOf.get(first)) {
    const given = [...a.ents.persons.keys()].filter((p) => p.split(" ")[0] === first && p.includes(" ") && a.ents.kindOf.get(p) === "person");
    if (given.length === 1) full.push(given[0]);
  }
  // (Not a word that opens no name: "The agency will …" is no "The President agency", the review of engine 33.)
  if (first && subject && !full.length && !STOPWORDS.has(first.toLowerCase()) && !getKb().org(first) && !getKb().places(first).length) {
    // (A line that opens with the whole name and a biography's heading after it: "Chantale Wong, Nominee for …",
    // "Elmy Bermejo, SBA Regional Administrator".)
    // (Or a family name alone: "Banks served on the …" under "Dana L. Banks, Nominee for …", set BQ.)
    const named = (re: string) => new Set([...a.text.matchAll(bioHeading(re))].map((m) => m[1]));
    const both = new Set([...named(`${escapeRe(first)} \\p{Lu}[\\p{Ll}'’-]+`), ...named(`(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}${escapeRe(first)}`)]);
    if (both.size === 1) full.push([...both][0]);
  }
  if (full.length === 1) {
    const end = lead!.index! + lead![0].length;
    out = out.slice(0, end - first!.length) + full[0] + out.slice(end);
  }
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
