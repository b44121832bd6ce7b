/**
 * Quiz assembly: greedy by score with diversity penalties, so a quiz of N
 * spreads over the article, mixes types, asks about each fact once, does not
 * make one person the answer to half the quiz, and balances true and false.
 */
import { makeRng, seedFrom, shuffle, stableHash } from "./hash";
import type { Candidate, GeneratedQuestion } from "./types";
import { BLANK, containsPhrase, wordCount } from "./util";

export interface Scored extends Candidate {
  score: number;
}

/**
 * Blanked common nouns in one quiz: none. Raters kept none of them in three ratings (another noun of the text nearly
 * always fits as well); the bank keeps them for a teacher who wants vocabulary questions.
 */
export const MAX_NOUN_BLANKS = 0;

/** Below this a question is more likely to be edited than kept; better fewer. */
export const MIN_SCORE = 0.36;

/**
 * The fill-up takes nothing scored below this: a procedural date ("On _____, the District Judge issued a temporary
 * restraining order", 0.2) or "Since _____" (0.33, unprovable) was rated trivia.
 */
export const FILL_UP_FLOOR = 0.34;

/** A default quiz never has fewer questions than this when the bank has them. */
export const MIN_QUIZ = 5;

interface Limits {
  perType: number;
  perAnswer: number;
}

/**
 * "Which statement is supported by the article?" uses four facts at once (its true statement and the three false ones):
 * in a short quiz those four could each have been a question of their own. It is asked where it costs the quiz no
 * length: the quiz is assembled with and without it, and the longer one is kept (the one with it when they tie).
 */
export function assemble(cands: Scored[], count: number, all: boolean, seed: string, usableSentences: number): Scored[] {
  const quiz = assembleOnce(cands, count, all, seed, usableSentences);
  if (all || quiz.length >= count || !quiz.some((c) => c.answerKey.startsWith("stmt:"))) return quiz;
  const without = assembleOnce(cands.filter((c) => !c.answerKey.startsWith("stmt:")), count, all, seed, usableSentences);
  return without.length > quiz.length ? without : quiz;
}

function assembleOnce(cands: Scored[], count: number, all: boolean, seed: string, usableSentences: number): Scored[] {
  const sorted = cands
    // A true statement is the article's sentence again (ADR 017), and a false one swaps a detail the raters called
    // trivia or could not be proved false (1 of 5 kept in the fourth rating, ADR 020): the bank only.
    // Nor one amount of a list ("included $48 million in Hollywood tax incentives"), rated trivia twice (ADR 021).
    // A negative rule asked in the positive is the exception (ADR 022): the article proves it false in other words.
    .filter((c) => all || (c.score >= MIN_SCORE && !c.bankOnly))
    .slice()
    .sort((x, y) => y.score - x.score || x.facts[0] - y.facts[0] || x.type.localeCompare(y.type) || x.prompt.localeCompare(y.prompt));
  const target = all ? sorted.length : count;
  const rng = makeRng(seedFrom(`${seed}|tf`));
  const chosen: Scored[] = [];
  const usedFacts = new Set<number>();
  // A role is a fact of its own: "Who is the Secretary of State?" and "Who said: '…'?" may both come from "…," said
  // Secretary of State Antony Blinken, as neither gives the other away. One role question per person, though, and no
  // other blank of that sentence (its stem would print the role or the name).
  const rolePerson = (c: Scored) => c.answerKey.match(/^(?:role(?:of)?|affil):(.*)$/)?.[1];
  const rolePeople = new Set<string>();
  const roleSentences = new Set<number>();
  // The sentences of the "What is X's role?" questions chosen ("Who is identified as …?" offers people, not roles).
  const roleofSentences = new Set<number>();
  const quoteFacts = new Set<number>();
  // One line of a list of like lines ("According to the fact sheet, Florida Atlantic University in Boca Raton, Florida
  // received _____." four times over, set AV's raters: "one university's grant amount is trivia"), and one question on
  // one quote (a news digest prints a quote in each story it reprints).
  const templates = new Set<string>();
  const quoted: Set<string>[] = [];
  const blocked = (c: Scored) => {
    if (templates.has(templateOf(c))) return true;
    if (c.type === "quote_attribution" && quoted.some((q) => overlaps(q, shinglesOf(c.prompt)))) return true;
    const person = rolePerson(c);
    if (person !== undefined) {
      if (rolePeople.has(person) || c.facts.some((f) => usedFacts.has(f) && !quoteFacts.has(f))) return true;
      // "What is X's role?" offers the roles of the sentence's other people: a second one from that sentence would
      // be the same four choices again, each answering the other.
      return c.answerKey.startsWith("roleof:") && c.facts.some((f) => roleofSentences.has(f));
    }
    if (c.type !== "quote_attribution" && c.facts.some((f) => roleSentences.has(f))) return true;
    return c.facts.some((f) => usedFacts.has(f) || (clauses.get(f) ?? []).some((o) => !disjointClauses(o, c)));
  };
  // Questions on one clause of a long sentence each, by sentence.
  const clauses = new Map<number, Scored[]>();
  const mark = (c: Scored) => {
    // (Only a short line: "No Person shall be a Senator who …" and "… a Representative who …" are two rules.)
    if ((c.type === "numeric" || c.type === "fill_in_blank") && wordCount(templateOf(c)) <= 6) templates.add(templateOf(c));
    if (c.type === "quote_attribution") quoted.push(shinglesOf(c.prompt));
    const person = rolePerson(c);
    if (person !== undefined) {
      rolePeople.add(person);
      c.facts.forEach((f) => roleSentences.add(f));
      if (c.answerKey.startsWith("roleof:")) c.facts.forEach((f) => roleofSentences.add(f));
      return;
    }
    if (c.span) {
      clauses.set(c.facts[0], [...(clauses.get(c.facts[0]) ?? []), c]);
      c.facts.slice(1).forEach((f) => usedFacts.add(f));
      return;
    }
    c.facts.forEach((f) => {
      if (!usedFacts.has(f) && c.type === "quote_attribution") quoteFacts.add(f);
      else if (c.type !== "quote_attribution") quoteFacts.delete(f);
      usedFacts.add(f);
    });
  };
  const usedPrompts = new Set<string>();
  const typeCount = new Map<string, number>();
  const answerCount = new Map<string, number>();
  let trues = 0;
  let falses = 0;
  let nounBlanks = 0;
  const nounCap = MAX_NOUN_BLANKS;
  const spreadRadius = Math.max(0, Math.floor(usableSentences / Math.max(1, count) / 2));

  const pass = (lim: Limits) => {
    while (chosen.length < target) {
      let best: Scored | null = null;
      let bestEff = -Infinity;
      // The true statements still open, found once per pick (not for every false candidate).
      let openTrues: Scored[] | null = null;
      for (const c of sorted) {
        if (blocked(c) || usedPrompts.has(c.prompt)) continue;
        if ((typeCount.get(c.type) ?? 0) >= lim.perType) continue;
        if ((answerCount.get(c.answerKey) ?? 0) >= lim.perAnswer) continue;
        // Blanked common nouns are the weakest kind: in speeches and essays another choice often fits nearly as well.
        if (Number.isFinite(lim.perAnswer) && c.answerKey.startsWith("noun:") && nounBlanks >= nounCap) continue;
        // The same figure twice is the same fact restated ("increased the debt limit by $5.0 trillion" in two places).
        if (Number.isFinite(lim.perAnswer) && askedOnce(c) && (answerCount.get(c.answerKey) ?? 0) >= 1) continue;
        // A body or court is the answer to two questions at most: the debt limit's four "Treasury" blanks were one
        // fact four times over (the later passes allow a third question about a main speaker, not about a body).
        if (Number.isFinite(lim.perAnswer) && /^(?:gov|org|court|edu):/.test(c.answerKey) && (answerCount.get(`text:${c.answer}`) ?? 0) >= 2) continue;
        // One office (or its department) is the answer to two questions at most: "the Secretary of War" four times in a
        // shipbuilding memorandum is one fact about the department, asked four times.
        if (/^office:/.test(c.answerKey) && (answerCount.get(c.answerKey) ?? 0) >= 2) continue;
        // A person (or a U.S. state: "Louisiana and _____" in two sentences of a readout) blanked twice is mostly one
        // fact asked again ("Jefferson" four times in one section; "Jackson lost
        // despite a plurality" beside "Adams' victory shocked Jackson, the plurality winner", rated a repeat), a place
        // blanked three times likewise; only a speaker's quotes may be asked more often.
        // (A person twice, even to fill a short quiz: "Justice _____" three times over was rated a giveaway.)
        if (c.type === "fill_in_blank" && (answerCount.get(c.answerKey) ?? 0) >= (/^(?:person|law):/.test(c.answerKey) ? 1 : !Number.isFinite(lim.perAnswer) ? Infinity : /^state:/.test(c.answerKey) ? 1 : /^(?:country|city|region):/.test(c.answerKey) ? 2 : Infinity)) continue;
        // One person or place should not be the answer to a large part of the quiz.
        if (c.type !== "true_false" && (answerCount.get(`text:${c.answer}`) ?? 0) >= lim.perAnswer + 1) continue;
        // A figure one stem gives is no question elsewhere ("increased by $5.0 trillion, to _____" beside "increased
        // by _____, to $41.1 trillion"): one fact, and each gives the other away.
        if (givesAway(chosen, c)) continue;
        // "Which of these did Blinken say?" beside "Which of these did Xi say?" offering each other's answer.
        if (sharesChoices(chosen, c)) continue;
        if (c.type === "true_false") {
          // Roughly balanced: a student who always answers "True" (or "False") should not do well.
          const want = trues > falses + 1 ? false : falses > trues + 1 ? true : null;
          if (want !== null && c.truth !== want) continue;
          // True statements are rare (an explainer's own "Yes"), and the balance needs them: no false statement that
          // takes the fact of the last true one still open ("… it can be filibustered" inside "Are there expedited
          // procedures …? Yes. … it cannot be filibustered").
          if (!c.truth && trues <= falses) {
            openTrues ??= sorted.filter((t) => t.type === "true_false" && t.truth && !blocked(t) && !usedPrompts.has(t.prompt));
            if (openTrues.length > 0 && openTrues.every((t) => t.facts.some((f) => c.facts.includes(f)))) continue;
          }
        }
        let eff = c.score - 0.03 * (typeCount.get(c.type) ?? 0);
        for (const o of chosen) if (Math.abs(o.facts[0] - c.facts[0]) <= spreadRadius) eff -= 0.06;
        if (eff > bestEff) {
          bestEff = eff;
          best = c;
        }
      }
      if (!best) return;
      // When true and false are tied, let the seed decide which variant to use.
      if (best.type === "true_false" && trues === falses) {
        const twin = sorted.find((c) => c !== best && c.type === "true_false" && c.facts[0] === best!.facts[0]);
        if (twin && rng() < 0.5) best = twin;
      }
      chosen.push(best);
      if (best.answerKey.startsWith("noun:")) nounBlanks++;
      mark(best);
      usedPrompts.add(best.prompt);
      typeCount.set(best.type, (typeCount.get(best.type) ?? 0) + 1);
      answerCount.set(best.answerKey, (answerCount.get(best.answerKey) ?? 0) + 1);
      answerCount.set(`text:${best.answer}`, (answerCount.get(`text:${best.answer}`) ?? 0) + 1);
      if (best.type === "true_false") {
        if (best.truth) trues++;
        else falses++;
      }
    }
  };
  pass({ perType: Math.max(2, Math.ceil(count * 0.35)), perAnswer: 2 });
  pass({ perType: Math.max(3, Math.ceil(count * 0.5)), perAnswer: 2 });
  // Still short: a third question about one speaker or person is better than a weaker kind of question.
  if (!all) pass({ perType: Math.max(3, Math.ceil(count * 0.5)), perAnswer: 3 });
  // In an article of two or three speakers, the main one may be the answer to a fifth of the quiz.
  if (!all) pass({ perType: Math.max(4, Math.ceil(count * 0.6)), perAnswer: 4 });
  // Never an empty or near-empty set: below MIN_QUIZ questions, the best of the rest of the bank fills it up (an essay
  // with few names has little else), and the rating shows what that costs.
  if (!all && chosen.length < Math.min(target, MIN_QUIZ)) {
    const rest = cands
      // Not blanked common nouns: raters kept none (0 of 15 in three ratings: "democratic democracy").
      .filter((c) => !chosen.includes(c) && !usedPrompts.has(c.prompt) && !blocked(c) && c.type !== "true_false" && !c.bankOnly && !c.answerKey.startsWith("noun:") && c.score >= FILL_UP_FLOOR)
      .sort((x, y) => y.score - x.score || x.facts[0] - y.facts[0] || x.prompt.localeCompare(y.prompt));
    for (const c of rest) {
      if (chosen.length >= Math.min(target, MIN_QUIZ)) break;
      if (blocked(c)) continue;
      // The same figure once ("four years" three times in a speech), and no stem that gives another's answer away.
      if ((askedOnce(c) && chosen.some((o) => o.answerKey === c.answerKey)) || givesAway(chosen, c)) continue;
      // Nor a fourth question with the same answer: a release of one official's quotes is not five "Who said" with
      // one answer (once several quotes of one speaker stopped sharing a fact).
      if (chosen.filter((o) => o.answer === c.answer).length >= 3) continue;
      // Nor a third question on one office ("the Secretary of War" in every provision of a memorandum).
      if (c.answerKey.startsWith("office:") && chosen.filter((o) => o.answerKey === c.answerKey).length >= 2) continue;
      // Nor one person blanked twice ("Justice _____" three times in a nomination release, rated a giveaway); nor a state
      // blanked twice ("Florida and _____" for North Carolina in two questions, set AU's raters: "repeats
      // question 1's state"), nor a law (the same four laws twice), as the passes above allow once.
      if (c.type === "fill_in_blank" && /^(?:person|state|law):/.test(c.answerKey) && chosen.some((o) => o.type === "fill_in_blank" && o.answerKey === c.answerKey)) continue;
      chosen.push(c);
      mark(c);
      usedPrompts.add(c.prompt);
    }
  }
  // No longer filled up with blanked nouns when short: raters kept none of the essays' noun blanks (0 of 11 in the
  // second rating); a short quiz with the rest in the bank is better than a long one a teacher must edit.
  if (all) {
    pass({ perType: Infinity, perAnswer: Infinity });
    // The bank also keeps second questions about a fact, ranked after the quiz-worthy ones;
    // only the twin of a chosen true/false statement is left out.
    const chosenSet = new Set(chosen);
    const tfFacts = new Set(chosen.filter((c) => c.type === "true_false").map((c) => c.facts[0]));
    for (const c of sorted) {
      if (chosenSet.has(c) || usedPrompts.has(c.prompt)) continue;
      if (c.type === "true_false") {
        if (tfFacts.has(c.facts[0])) continue;
        tfFacts.add(c.facts[0]);
      }
      usedPrompts.add(c.prompt);
      chosen.push(c);
    }
  }
  return chosen;
}

/**
 * Whether a chosen stem states this figure (or amendment), or this stem states a chosen one: "following the provisions
 * of the 12th Amendment, …" beside "Pursuant to the _____, …".
 */
/** A figure or an amendment: asked once per quiz, and never beside a stem that prints it. */
/** A stem with its names, figures and place phrases taken out: the lines of a list of awards share one ("X received _____."). */
const templateCache = new WeakMap<Scored, string>();
const templateOf = (c: Scored): string => {
  let t = templateCache.get(c);
  if (t === undefined) templateCache.set(c, (t = makeTemplate(c)));
  return t;
};
const makeTemplate = (c: Scored) =>
  c.type === "numeric" || c.type === "fill_in_blank"
    ? c.prompt
        .replace(/^According to [^,]+,\s+/, "")
        .replace(/\b[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|the|de|for)\s+)?[A-Z][\w&.'’-]*)*/g, "X")
        .replace(/\$?\d[\d,.]*/g, "N")
        .replace(/,|\b(?:in|on|at|of|the|for|from)\b/g, " ")
        .replace(/\bX(?:\s+X)+\b/g, "X")
        .replace(/\s+/g, " ")
    : `${c.type}:${c.prompt}`;
/** The runs of six words of a quote question's quotation (made once per stem: `blocked` asks for each pick). */
const shingleCache = new Map<string, Set<string>>();
function shinglesOf(prompt: string): Set<string> {
  let out = shingleCache.get(prompt);
  if (!out) {
    if (shingleCache.size > 2000) shingleCache.clear();
    shingleCache.set(prompt, (out = makeShingles(prompt)));
  }
  return out;
}
function makeShingles(prompt: string): Set<string> {
  const words = (prompt.match(/"([^"]*)"/)?.[1] ?? "").toLowerCase().replace(/[^a-z0-9'\s]/g, " ").split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i++) out.add(words.slice(i, i + 6).join(" "));
  return out;
}
const overlaps = (a: Set<string>, b: Set<string>) => [...b].some((x) => a.has(x));

const askedOnce = (c: Scored) => /^(?:num|amend):/.test(c.answerKey);

/** Two questions on parts of one sentence that do not overlap, neither stem printing the other's answer. */
function disjointClauses(a: Scored, b: Scored): boolean {
  if (!a.span || !b.span || a.facts[0] !== b.facts[0]) return false;
  if (a.span[0] < b.span[1] && b.span[0] < a.span[1]) return false;
  return !containsPhrase(a.prompt, b.answer) && !containsPhrase(b.prompt, a.answer);
}

/** Two questions whose choices hold each other's answers: each answers the other. */
function sharesChoices(chosen: Scored[], c: Scored): boolean {
  const quoteChoices = (x: Scored) => /^(?:said|stmt|affil):/.test(x.answerKey);
  if (!quoteChoices(c)) return false;
  return chosen.some((o) => quoteChoices(o) && o.answer !== c.answer && (o.choices.includes(c.answer) || c.choices.includes(o.answer)));
}

function givesAway(chosen: Scored[], c: Scored): boolean {
  // A figure, an amendment, or a person blanked: "Adams' victory shocked _____, who, as the winner of a plurality …"
  // beside "Andrew Jackson received more electoral and popular votes than any other candidate …" (rated a repeat
  // whose answer another stem prints).
  const exact = (x: Scored) => askedOnce(x) || (x.type === "fill_in_blank" && x.answerKey.startsWith("person:"));
  // A small count in words with the noun it counts: "three candidates" is given away by "the three candidates who …",
  // not by "Adams and his three predecessors" (fixture 13).
  const counted = (x: Scored) => (/^(?:two|three)$/i.test(x.answer) && x.type === "numeric" ? `${x.answer} ${x.prompt.split(BLANK)[1]?.match(/^\s*([a-z]+)/)?.[1] ?? ""}`.trim() : x.answer);
  const names = (x: Scored) => (x.answerKey.startsWith("person:") ? [x.answer, x.answerKey.slice(7)] : [counted(x)]);
  // As a word or figure of its own: "23" is not printed by "the 23rd Amendment".
  if (chosen.some((o) => (exact(c) && names(c).some((n) => containsPhrase(o.prompt, n))) || (exact(o) && names(o).some((n) => containsPhrase(c.prompt, n))))) return true;
  // A blank's answer with the phrase that completes it, printed by another stem: "If a CRA _____ of disapproval is approved …"
  // beside "… a CRA joint resolution of disapproval would be subject to …" (set CR's rater: "gives away question 1").
  const mine = inContext(c);
  return chosen.some((o) => {
    const theirs = inContext(o);
    return (mine !== null && containsPhrase(o.prompt, mine)) || (theirs !== null && containsPhrase(c.prompt, theirs));
  });
}

const contextCache = new WeakMap<Scored, string | null>();
/**
 * A fill-in-the-blank's answer with the phrase that completes it in its stem ("joint resolution of disapproval"); null
 * for others, and where the words after the blank are no part of its phrase ("_____ announced it will help …": another
 * stem's "Google announced it will invest …" gives nothing away). Made once per candidate: `givesAway` asks for each
 * pair of a pick.
 */
function inContext(x: Scored): string | null {
  let v = contextCache.get(x);
  if (v === undefined) contextCache.set(x, (v = makeContext(x)));
  return v;
}
function makeContext(x: Scored): string | null {
  if (x.type !== "fill_in_blank") return null;
  const after = x.prompt.split(BLANK)[1]?.match(/^\s+(of|for|on|to|in)\s+([a-z][\w-]*)\b/);
  return after ? `${x.answer} ${after[1]} ${after[2]}` : null;
}

export function finalize(c: Scored, text: string, seed: string): GeneratedQuestion {
  const id = stableHash(`${c.type}\n${c.prompt}\n${c.answer}`);
  const choices = c.type === "true_false" ? ["True", "False"] : shuffle(c.choices, makeRng(seedFrom(`${seed}|${id}`)));
  return {
    id,
    type: c.type,
    prompt: c.prompt,
    choices,
    answer: c.answer,
    evidence: text.slice(c.evidenceStart, c.evidenceEnd),
    evidenceStart: c.evidenceStart,
    explanation: c.explanation,
    difficulty: c.difficulty,
    entities: c.entities,
    score: c.score,
  };
}
