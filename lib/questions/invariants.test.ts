/**
 * Invariants over every question the engine generates (the whole ranked bank,
 * --all) for the seed article and all seven public-domain fixtures.
 */
import { describe, expect, it } from "vitest";
import { isFunctionWord } from "./gates";
import { candidateBank, cleanArticleText, generateQuestions, type GeneratedQuestion } from "./index";
import { fixtures, seedText } from "./test-helpers";
import { BLANK, containsPhrase } from "./util";
import { normalizeForMatch } from "./clean";

const articles = [{ name: "seed: blinken-xi-beijing-2024", text: seedText() }, ...fixtures()];
// Wooley v. Maynard since engine 5: its two default questions (rated 0 of 2 in 4b and 4c) spoke of "Appellee" and
// "the misdemeanor statute" without the case in front of the student, which the gates now refuse.
const MAY_START_EMPTY = ["04-federalist-no-10", "05-wooley-v-maynard", "11-rucho-v-common-cause"];

describe.each(articles)("invariants: $name", ({ name, text }) => {
  const bank = generateQuestions(text, { all: true, seed: "inv" });
  const quiz = generateQuestions(text, { seed: "inv" });
  const clean = cleanArticleText(text);

  it("returns the cleaned text and a sensible article summary", () => {
    expect(bank.text).toBe(clean);
    expect(bank.article.words).toBeGreaterThan(300);
    expect(bank.article.sentences).toBeGreaterThan(10);
    expect(bank.article.title.length).toBeGreaterThan(5);
  });

  it("generates a non-empty bank and a quiz of at most 20", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(quiz.questions.length);
    // Precision first (docs/question-engine.md): a short release may give fewer than the 12 the engine aims for.
    // A release that is one person's quotes may give a single question; the bank keeps the rest for the teacher.
    // An essay or a court syllabus may give none the engine is confident in (ADR 020): the set starts empty and the
    // editor offers the bank. Every other text gives at least one.
    expect(bank.questions.length).toBeGreaterThanOrEqual(1);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(MAY_START_EMPTY.some((x) => name.startsWith(x)) ? 0 : 1);
    expect(quiz.questions.length).toBeLessThanOrEqual(20);
  });

  it.each(["bank", "quiz"] as const)("every %s question holds the invariants", (which) => {
    const qs: GeneratedQuestion[] = which === "bank" ? bank.questions : quiz.questions;
    for (const q of qs) {
      const ctx = `${q.type}: ${q.prompt}`;
      // evidence is verbatim at its offset
      expect(clean.slice(q.evidenceStart, q.evidenceStart + q.evidence.length), ctx).toBe(q.evidence);
      expect(q.evidence.length, ctx).toBeGreaterThan(10);
      expect(q.evidence, ctx).not.toMatch(/^Source:|contributed research/);
      // the answer is among the choices exactly once; choices are distinct
      expect(q.choices.filter((c) => c === q.answer).length, ctx).toBe(1);
      expect(new Set(q.choices.map((c) => c.toLowerCase())).size, ctx).toBe(q.choices.length);
      if (q.type === "true_false") expect(q.choices, ctx).toEqual(["True", "False"]);
      else expect(q.choices.length, ctx).toBeGreaterThanOrEqual(3);
      expect(q.choices.length, ctx).toBeLessThanOrEqual(4);
      // the prompt does not contain the answer
      if (q.type !== "true_false") expect(containsPhrase(q.prompt.replace(BLANK, " "), q.answer.replace(/^the /i, "")), ctx).toBe(false);
      // blanks: exactly one, never on a function word
      if (q.type === "fill_in_blank" || q.type === "numeric") {
        expect(q.prompt.split(BLANK).length, ctx).toBe(2);
        expect(isFunctionWord(q.answer), ctx).toBe(false);
      }
      // the evidence proves the answer: it contains it (true/false: the original phrase)
      // (A sentence's opening "The" is lowercase inside the stem: "According to the fact sheet, _____ launched …" takes
      // "the United States", which the evidence prints as "The United States".)
      if (q.type === "fill_in_blank" || q.type === "numeric") expect(normalizeForMatch(q.evidence).replace(/(^|[\s"“])The\s/g, "$1the "), ctx).toContain(q.answer.replace(/^The\s/, "the "));
      expect(q.id, ctx).toMatch(/^[0-9a-f]{12}$/);
      expect([1, 2, 3], ctx).toContain(q.difficulty);
      expect(q.explanation.length, ctx).toBeGreaterThan(10);
      expect(q.prompt.split(/\s+/).length, ctx).toBeLessThanOrEqual(50);
    }
    expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
  });

  it("mixes question types", () => {
    const types = new Set(bank.questions.map((q) => q.type));
    // Precision first (engine 2): a short release of quotes may have only quotes and blanks worth asking.
    expect(types.size, name).toBeGreaterThanOrEqual(bank.questions.length >= 5 ? 2 : 1);
    const quizTypes = new Set(quiz.questions.map((q) => q.type));
    if (quiz.questions.length >= 6) expect(quizTypes.size, name).toBeGreaterThanOrEqual(2);
  });

  it("asks at most one question per fact in a quiz and balances true/false", () => {
    // A role ("Who is identified … as the Secretary of State?", or the body a person is with) is a fact of its own beside
    // a quote of the same sentence ("…," said Secretary of State Antony Blinken); any other pair of questions has its own evidence.
    const isRole = (q: (typeof quiz.questions)[number]) => /^(?:Who is identified in the article as|What is .*'s role|Which organization is .* affiliated with)/.test(q.prompt);
    const isQuote = (q: (typeof quiz.questions)[number]) => q.type === "quote_attribution" || /^Which of these did .* say\b/.test(q.prompt);
    // Two clauses of one long sentence are two facts (engine 7): their stems cover parts of it that do not overlap
    // (checked on the candidates in followups.test.ts), so they count once here.
    const spans = new Map(candidateBank(clean).candidates.filter((c) => c.span).map((c) => [c.prompt, c.span!] as const));
    const clauseKey = (q: (typeof quiz.questions)[number]) => (spans.has(q.prompt) ? `+${spans.get(q.prompt)![0]}` : "");
    const ev = quiz.questions.filter((q) => !isQuote(q) && !isRole(q)).map((q) => `${q.evidenceStart}${clauseKey(q)}`);
    // Two quotes of one speaker may share the sentence that names the speaker ('"…," said Julie Su. "We know …"'),
    // not their whole evidence.
    const quotes = quiz.questions.filter(isQuote);
    const quoteEv = quotes.map((q) => q.evidenceStart);
    const quoteSpans = quotes.map((q) => `${q.evidenceStart}+${q.evidence.length}`);
    const roleEv = quiz.questions.filter(isRole).map((q) => q.evidenceStart);
    expect(new Set(ev).size).toBe(ev.length);
    expect(new Set(quoteSpans).size).toBe(quoteSpans.length);
    for (const e of ev) expect(quoteEv).not.toContain(Number(e.split("+")[0]));
    for (const r of roleEv) expect(ev.map((e) => Number(e.split("+")[0]))).not.toContain(r);
    // One role question per person: "Who is the Secretary of State?" and "What is Blinken's role?" answer each other.
    const rolePeople = quiz.questions.filter(isRole).map((q) => (q.prompt.startsWith("Who") ? q.answer : q.entities[0]));
    expect(new Set(rolePeople).size).toBe(rolePeople.length);
    const tf = quiz.questions.filter((q) => q.type === "true_false");
    const t = tf.filter((q) => q.answer === "True").length;
    expect(Math.abs(t - (tf.length - t))).toBeLessThanOrEqual(2);
    // Blanked common nouns (the weakest kind) stay a small part of any quiz that has enough other questions.
    const nounBlanks = quiz.questions.filter((q) => q.type === "fill_in_blank" && q.entities.length === 0 && !/\d/.test(q.answer));
    if (quiz.questions.length - nounBlanks.length >= 10) expect(nounBlanks.length).toBeLessThanOrEqual(3);
    // A figure asked about twice is one fact asked twice, even from two sentences. (A small count in words is one figure
    // with the noun it counts: "only three times" and "among the three candidates" are two facts, engine 39.)
    const figures = quiz.questions.filter((q) => q.type === "numeric").map((q) => (/^(?:two|three)$/i.test(q.answer) ? `${q.answer} ${q.prompt.split("_____")[1]?.trim().split(" ")[0]}` : q.answer));
    expect(new Set(figures).size).toBe(figures.length);
  });

  it("is deterministic for the same text and seed", () => {
    expect(generateQuestions(text, { seed: "inv" })).toEqual(quiz);
  });
});

describe("whole fixture set", () => {
  it("covers all five question types", { timeout: 300_000 }, () => {
    const types = new Set(articles.flatMap((a) => generateQuestions(a.text, { all: true }).questions.map((q) => q.type)));
    expect([...types].sort()).toEqual(["fill_in_blank", "multiple_choice", "numeric", "quote_attribution", "true_false"]);
  });
});
