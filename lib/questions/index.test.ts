import { describe, expect, it } from "vitest";
import { ArticleError, articleTitle, generateQuestions } from "./index";
import { stableHash } from "./hash";
import { fixture, seedText } from "./test-helpers";

describe("generateQuestions", () => {
  const seed = seedText();

  it("returns at most 20 questions by default (at least 12 from the sample article), fewer on request, the whole bank with all", () => {
    const n = generateQuestions(seed).questions.length;
    expect(n).toBeGreaterThanOrEqual(12);
    expect(n).toBeLessThanOrEqual(20);
    expect(generateQuestions(seed, { count: 7 }).questions).toHaveLength(7);
    expect(generateQuestions(seed, { all: true }).questions.length).toBeGreaterThan(20);
  });

  it("is deterministic; the seed changes choice order and tie-breaks", () => {
    const a = generateQuestions(seed, { seed: "a" });
    expect(generateQuestions(seed, { seed: "a" })).toEqual(a);
    const b = generateQuestions(seed, { seed: "b" });
    // The seed picks the true or the false variant of a statement ...
    const key = (r: typeof a) => r.questions.filter((q) => q.type !== "true_false").map((q) => q.id).sort();
    // ...which can shift a few later picks, but most of the quiz is the same.
    const common = key(b).filter((id) => key(a).includes(id));
    expect(common.length).toBeGreaterThanOrEqual(key(a).length - 4);
    const orders = (r: typeof a) => r.questions.filter((q) => q.type !== "true_false").map((q) => q.choices.join("|"));
    expect(orders(b)).not.toEqual(orders(a));
  });

  it("puts the answer in different positions across a quiz", () => {
    const positions = generateQuestions(seed).questions.filter((q) => q.type !== "true_false").map((q) => q.choices.indexOf(q.answer));
    expect(new Set(positions).size).toBeGreaterThanOrEqual(3);
  });

  it("ids are a stable hash of type, prompt and answer", () => {
    const q = generateQuestions(seed).questions[0];
    expect(q.id).toBe(stableHash(`${q.type}\n${q.prompt}\n${q.answer}`));
  });

  it("ranks important facts first: quotes, roles and numbers lead the quiz", () => {
    const top = generateQuestions(seed).questions.slice(0, 8);
    expect(top.some((q) => q.type === "quote_attribution")).toBe(true);
    expect(top.some((q) => q.type === "multiple_choice")).toBe(true);
    const scores = generateQuestions(seed, { all: true }).questions.map((q) => q.score);
    // (The bank's tail keeps second questions about a fact, some of them well scored: compare the means.)
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    expect(mean(scores.slice(0, 10))).toBeGreaterThan(mean(scores.slice(-10)));
  });

  it("spreads a quiz over the article", () => {
    const r = generateQuestions(seed);
    const starts = r.questions.map((q) => q.evidenceStart / r.text.length);
    expect(Math.min(...starts)).toBeLessThan(0.2);
    expect(Math.max(...starts)).toBeGreaterThan(0.8);
  });

  it("never asks about boilerplate", () => {
    const all = generateQuestions(seed, { all: true }).questions;
    expect(all.some((q) => /Li You|nytimes|contributed research/.test(q.prompt + q.evidence))).toBe(false);
  });

  it("throws ArticleError with a code for bad input", () => {
    expect(() => generateQuestions("")).toThrow(ArticleError);
    try {
      generateQuestions("Too short. Really.");
    } catch (e) {
      expect((e as ArticleError).code).toBe("too_short");
    }
  });

  it("takes the title from options, a heading line, or the first words", () => {
    expect(generateQuestions(seed, { title: "Blinken in Beijing" }).article.title).toBe("Blinken in Beijing");
    expect(generateQuestions(fixture("05")).article.title).toMatch(/^Wooley v\. Maynard/);
    expect(articleTitle("A long first sentence that goes on and on about many things.\nMore.", [{ text: "A long first sentence that goes on and on about many things.", usable: true }])).toBe("A long first sentence that goes on and…");
  });
});

describe("odd input", () => {
  const odd: [string, string][] = [
    ["a table pasted as text", "Item\tFY2024\tFY2025\nDefense\t$850 billion\t$895 billion\nEducation\t$80 billion\t$79 billion\n\nThe committee approved the table on Monday. Senator Ann Lee said the numbers were final. The House will vote in May. The Senate will follow in June, leaders said."],
    ["headings and bullets only", "Agenda\n\n- Item one\n- Item two\n\nSection 1\n\nSection 2"],
    ["one enormous sentence", "The council, " + "after long debate about roads and schools and taxes, ".repeat(300) + "adjourned."],
    ["18th-century prose", fixture("04").slice(0, 4000)],
    ["numbers everywhere", "In 2020, 45% of 3,000 voters chose 1 of 2 options. In 2021, 52% did. In 2022, 61% of 4,500 voters did so on 3 ballots. The rate rose by 16 points in two years, officials said."],
    ["quotes without speakers", "\u201cWe will win,\u201d the banner said. \u201cNever give up.\u201d \u201cThis is the end,\u201d someone wrote. The rally ended at noon and the crowd went home quietly after that."],
  ];
  it.each(odd)("does not crash on %s", (_name, text) => {
    try {
      const r = generateQuestions(text, { all: true });
      for (const q of r.questions) {
        expect(r.text.slice(q.evidenceStart, q.evidenceStart + q.evidence.length)).toBe(q.evidence);
        expect(q.choices).toContain(q.answer);
      }
    } catch (e) {
      expect(e).toBeInstanceOf(ArticleError);
    }
  });
});
