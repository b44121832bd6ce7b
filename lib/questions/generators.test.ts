import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { isFunctionWord } from "./gates";
import { cleanArticleText } from "./clean";
import { clozeQuestions, numericQuestions } from "./cloze";
import { quoteQuestions } from "./quotes";
import { trueFalseQuestions } from "./truefalse";
import { fixture, seedText } from "./test-helpers";
import { roleQuestions, subjectQuestions } from "./wh";
import { BLANK } from "./util";

const seed = analyze(cleanArticleText(seedText()));
const readout = analyze(cleanArticleText(fixture("01")));

describe("multiple_choice", () => {
  it("asks about roles as real wh-questions with person distractors", () => {
    const q = roleQuestions(seed).find((c) => c.prompt.includes("Secretary of State"))!;
    expect(q.prompt).toBe("Who is identified in the article as the Secretary of State?");
    expect(q.answer).toBe("Antony J. Blinken");
    expect(q.choices.slice(1).every((c) => seed.ents.kindOf.get(c) === "person")).toBe(true);
  });
  it("turns an entity subject into Who / Which country", () => {
    const qs = subjectQuestions(seed);
    const q = qs.find((c) => c.prompt.startsWith("Which country has accused"))!;
    expect(q.answer).toBe("China");
    expect(q.prompt).toMatch(/\?$/);
    // distractors are countries and never the United States, which the prompt names
    expect(q.choices).not.toContain("United States");
    for (const c of q.choices) expect(["country"]).toContain(seed.ents.kindOf.get(c) ?? "country");
  });
  it("does not turn a reported claim ('X knows ..., said Y') into a question about X", () => {
    expect(subjectQuestions(seed).some((c) => c.prompt.includes("little room to sway"))).toBe(false);
  });
  it("uses 'Which government body' for agencies", () => {
    expect(subjectQuestions(readout).some((c) => c.prompt.startsWith("Which government body") && readout.ents.kindOf.get(c.answer) === "gov")).toBe(true);
  });
});

describe("fill_in_blank", () => {
  const qs = clozeQuestions(seed);
  it("blanks exactly one key phrase, never a function word", () => {
    expect(qs.length).toBeGreaterThan(20);
    for (const q of qs) {
      expect(q.prompt.split(BLANK).length).toBe(2);
      expect(isFunctionWord(q.answer)).toBe(false);
    }
  });
  it("keeps honorific form consistent: 'Mr. _____' gets family names", () => {
    const q = qs.find((c) => c.prompt.includes(`Mr. ${BLANK} arrived in Beijing`))!;
    expect(q.answer).toBe("Blinken");
    expect(q.choices.every((c) => /^[A-Z][a-z]+$/.test(c))).toBe(true);
  });
  it("moves 'the' into the blank for the United States", () => {
    const q = qs.find((c) => c.answer === "the United States")!;
    expect(q).toBeDefined();
    expect(q.prompt).not.toMatch(/the _____/);
  });
  it("gives 'the' to country distractors that need it when the answer has none", () => {
    const q = qs.find((c) => c.answer === "Russia" && c.prompt.includes(`assistance to ${BLANK}`))!;
    expect(q).toBeDefined();
    for (const c of q.choices) expect(c).not.toMatch(/^(United States|United Kingdom)$/);
  });
  it("blanks dates with same-kind alternatives", () => {
    const q = qs.find((c) => c.answerKey.startsWith("date:") && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(c.answer));
    expect(q).toBeDefined();
    expect(q!.choices.every((c) => /day$/.test(c))).toBe(true);
  });
});

describe("numeric", () => {
  it("asks about quantities with same-unit alternatives", () => {
    const qs = numericQuestions(seed);
    const months = qs.find((c) => c.answer === "nine to 12 months")!;
    expect(months.choices.every((c) => / months$/.test(c))).toBe(true);
    const share = qs.find((c) => c.answer === "one-third")!;
    expect(share.choices).not.toContain("one-tenth"); // named in the same sentence
  });
});

describe("quote_attribution", () => {
  it("asks who said a quote, with people as choices and the speaker not named in the prompt", () => {
    const qs = quoteQuestions(seed);
    expect(qs.length).toBeGreaterThanOrEqual(8);
    for (const q of qs) {
      expect(q.prompt).toMatch(/^Who said: ".+"\?$/);
      expect(q.prompt).not.toContain(q.answer.split(" ").pop()!);
      expect(q.choices.every((c) => seed.ents.kindOf.get(c) === "person")).toBe(true);
    }
    // scare quotes such as "increasing and building." are not asked
    expect(qs.some((q) => q.prompt.includes("increasing and building"))).toBe(false);
  });
});

describe("true_false", () => {
  const qs = trueFalseQuestions(seed);
  it("pairs every true statement with a false one that changes exactly one phrase", () => {
    const trues = qs.filter((q) => q.truth);
    const falses = qs.filter((q) => q.truth === false);
    expect(trues.length).toBe(falses.length);
    expect(trues.length).toBeGreaterThan(3);
    for (const t of trues) {
      const f = falses.find((x) => x.facts[0] === t.facts[0])!;
      const tw = t.prompt.split(" ");
      const fw = f.prompt.split(" ");
      const firstDiff = tw.findIndex((w, i) => w !== fw[i]);
      expect(firstDiff).toBeGreaterThan(0);
      expect(f.explanation).toMatch(/^The article says .+, not .+\.$/);
    }
  });
  it("true statements are the article's own words", () => {
    for (const q of qs.filter((x) => x.truth)) {
      const stmt = q.prompt.replace(/^True or false: /, "");
      expect(seed.norm.toLowerCase()).toContain(stmt.slice(1).toLowerCase());
    }
  });
  it("never swaps a name used as a modifier ('the Biden administration')", () => {
    expect(qs.some((q) => /administration official/.test(q.prompt) && !/Biden administration/.test(q.prompt))).toBe(false);
  });
});
