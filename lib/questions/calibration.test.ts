/**
 * The rubric's calibration list (../shared/notes/question-rubric.md, copied into docs/quality/rubric.md): every
 * question a blind rater did not keep, and each failure pattern seen on texts the engine had never seen, is a test
 * that fails if that question, or one of its kind, comes back.
 */
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "./clean";
import { generateQuestions, type GeneratedQuestion } from "./index";
import { getKb } from "./kb";
import { parseNumber } from "./numbers";
import { fixtures, seedText } from "./test-helpers";
import { BLANK } from "./util";

const seedBank = generateQuestions(seedText(), { all: true, seed: "cal" }).questions;
const banks = [{ name: "seed", text: seedText(), qs: seedBank }, ...fixtures().map((f) => ({ ...f, qs: generateQuestions(f.text, { all: true, seed: "cal" }).questions }))];
const all: (GeneratedQuestion & { text: string; name: string })[] = banks.flatMap((b) => b.qs.map((q) => ({ ...q, text: b.text, name: b.name })));
const wrong = (q: GeneratedQuestion) => q.choices.filter((c) => c !== q.answer);
const num = (s: string) => parseNumber(s.replace(/\s*(?:percent|%)$/, "").replace(/\s+(?:years?|months?|days?|hours?)$/, ""));

describe("calibration: the seed article's questions that were not kept", () => {
  it("no 'Which country …' whose prompt names the answer's demonym ('encircle Chinese interests')", () => {
    expect(seedBank.some((q) => q.answer.replace(/^the /, "") === "China" && /Chinese/.test(q.prompt) && q.type !== "true_false")).toBe(false);
  });
  it("no 'Which country has denied providing weapons to Russia' with the U.S., the U.K. or Ukraine as options", () => {
    expect(seedBank.some((q) => /denied providing weapons/.test(q.prompt) && q.type === "multiple_choice" && q.prompt.startsWith("Which country"))).toBe(false);
  });
  it("no 'more than _____' with smaller figures as wrong answers (they are also true)", () => {
    const bounded = all.filter((q) => q.type === "numeric" && /\b(?:more than|over|at least) _____/.test(q.prompt));
    // A prohibition over a bound is the other way round: "Neither House shall … adjourn for more than five days" is
    // also true when the rule says three, so its wrong answers are smaller (set Q's rater).
    const prohibition = (q: (typeof all)[number]) => /(?:^|[^\p{L}])(?:No|Neither|Nor|not|never|no)\s/u.test(q.prompt.split("_____")[0].split(/[;:]/).pop()!);
    for (const q of bounded) for (const w of wrong(q)) {
      if (prohibition(q)) expect(num(w)!, `${q.name}: ${q.prompt}`).toBeLessThan(num(q.answer)!);
      else expect(num(w)!, `${q.name}: ${q.prompt}`).toBeGreaterThan(num(q.answer)!);
    }
    expect(bounded.some(prohibition)).toBe(true);
  });
  it("no 'Who is identified … as the Secretary of State?' with foreign leaders as options", () => {
    const q = seedBank.find((x) => /as the Secretary of State\?$/.test(x.prompt));
    if (q) for (const w of wrong(q)) expect(["Vladimir V. Putin", "Xi Jinping", "Xie Tao", "Wang Yi"]).not.toContain(w);
  });
  it("no dean question with heads of state and ministers as deans", () => {
    expect(seedBank.some((q) => /identified in the article as the dean/.test(q.prompt))).toBe(false);
  });
  it("no travel logistics ('soon after Mr. _____ arrived in Beijing from Shanghai')", () => {
    // The travel itself is never asked; a role the same sentence gives ("President of Russia") still may be.
    expect(seedBank.some((q) => q.type !== "quote_attribution" && !/^(?:Who is identified in the article as|What is .*'s role)/.test(q.prompt) && /arrived in Beijing/.test(q.evidence))).toBe(false);
  });
  it("no true/false statement that copies an article sentence word for word", () => {
    for (const q of all.filter((x) => x.type === "true_false" && x.answer === "True")) {
      const stmt = q.prompt.replace(/^True or false: /, "");
      expect(normalizeForMatch(q.evidence).trim(), `${q.name}: ${stmt}`).not.toBe(stmt);
    }
  });
  it("no blank of the main subject in a phrase only it fits ('The areas where _____ and China can work together')", () => {
    expect(seedBank.some((q) => /areas where _____ and China/.test(q.prompt))).toBe(false);
  });
  it("no month swapped for another month, and no month or weekday blanks", () => {
    const months = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
    for (const q of all) {
      if (q.type === "fill_in_blank") expect(q.answer, q.prompt).not.toMatch(months);
      if (q.type === "true_false") expect(q.explanation, q.prompt).not.toMatch(/The article says (?:mid-)?\w+, not (?:mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\./);
    }
  });
  it("no 'economic assistance to _____' with the United Kingdom or the United States as options", () => {
    for (const q of seedBank.filter((x) => x.prompt.includes(`assistance to ${BLANK}`))) for (const w of wrong(q)) expect(w).not.toMatch(/United (?:Kingdom|States)/);
  });
  it("a 'President _____' or 'Senator _____' blank offers only people the article gives that title", () => {
    for (const q of all.filter((x) => x.type === "fill_in_blank" && /\b(?:President|Senator) _____/.test(x.prompt))) {
      const title = q.prompt.match(/\b(President|Senator) _____/)![1];
      for (const w of wrong(q)) expect(new RegExp(`${title}\\s+(?:[A-Z][\\w.]*\\s+){0,2}${w}\\b`).test(normalizeForMatch(q.text)), `${q.name}: ${q.prompt} -> ${w}`).toBe(true);
    }
  });
});

describe("calibration: patterns seen on texts the engine had never seen", () => {
  it("no stem that starts with '…', a digit, a conjunction or a connective", () => {
    for (const q of all.filter((x) => x.type !== "quote_attribution")) {
      const body = q.prompt.replace(/^True or false: /, "");
      expect(body, q.name).not.toMatch(/^(?:…|\d|And\b|But\b|Or\b|So\b|Likewise\b|However\b|Moreover\b|Meanwhile\b|Additionally\b)/);
    }
  });
  it("no fragment cut out of a longer sentence", () => {
    for (const q of all.filter((x) => x.type !== "quote_attribution")) expect(q.prompt, q.name).not.toMatch(/…/);
  });
  it("'who' choices are people: never an organisation, a medium or a slogan", () => {
    const kb = getKb();
    for (const q of all.filter((x) => x.type === "quote_attribution" || /^Who\b/.test(x.prompt))) {
      for (const c of q.choices) {
        expect(["Common Sense", "Al Arabiya", "Brookings Institution"], `${q.name}: ${q.prompt}`).not.toContain(c);
        expect(kb.org(c), `${q.name}: ${c}`).toBeUndefined();
      }
    }
  });
  it("no role title cut at 'of' or 'for' ('the Vice President of Taxpayers for?')", () => {
    for (const q of all) expect(q.prompt, q.name).not.toMatch(/\b(?:of|for)\?$/);
  });
  it("no citations in stems ('see, e.g., United States v. …', 'see Art. I'); a decision's own name is no citation", () => {
    // ("Which justice delivered the opinion of the Court in Wooley v. Maynard?" names the text's case, from its title.)
    const own = (q: (typeof all)[number]) => q.text.split("\n")[0].match(/^[^,(:]+ v\. [^,(:]+/)?.[0];
    for (const q of all.filter((x) => x.type !== "quote_attribution")) {
      const name = own(q);
      expect(name ? q.prompt.split(name).join("the case") : q.prompt, q.name).not.toMatch(/\bsee,? e\.g\.|\bv\. [A-Z]|\bSee Art\./);
    }
    expect(all.filter((q) => / v\. /.test(q.prompt) && q.type !== "quote_attribution").length).toBeGreaterThan(0);
  });
  it("no blank inside a fixed phrase the article repeats ('the popular _____', 'electoral _____')", () => {
    for (const q of all.filter((x) => x.type === "fill_in_blank")) expect(q.prompt, q.name).not.toMatch(/\bpopular _____|\belectoral _____|_____, D\.C\.|People's Republic of _____|mainland _____/);
  });
  it("numeric wrong answers are not plain multiples of the answer, nor more than can exist", () => {
    for (const q of all.filter((x) => x.type === "numeric")) {
      const v = num(q.answer);
      if (v === null || v === 0) continue;
      for (const w of wrong(q)) {
        const x = num(w);
        if (x === null) continue;
        if (v >= 20) expect([0.5, 2, 3, 4].map((f) => v * f), `${q.name}: ${q.prompt} ${w}`).not.toContain(x);
        if (/electoral votes?|electors/.test(q.prompt)) expect(x, q.prompt).toBeLessThanOrEqual(538);
        if (/_____ (?:yeas|senators)\b/.test(q.prompt)) expect(x, q.prompt).toBeLessThanOrEqual(100);
      }
    }
  });
});
