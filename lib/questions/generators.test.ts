import { getKb } from "./kb";
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { isFunctionWord } from "./gates";
import { cleanArticleText } from "./clean";
import { clozeQuestions, numericQuestions } from "./cloze";
import { quoteQuestions } from "./quotes";
import { trueFalseQuestions } from "./truefalse";
import { fixture, seedText } from "./test-helpers";
import { roleOfPersonQuestions, roleQuestions, subjectQuestions } from "./wh";
import { BLANK } from "./util";

const seed = analyze(cleanArticleText(seedText()));
const readout = analyze(cleanArticleText(fixture("01")));

describe("multiple_choice", () => {
  // Calibration (rubric): "Who is identified … as the Secretary of State?" with Putin, Xi and Xie Tao was not kept.
  it("asks about a U.S. office with other U.S. officials of the era as distractors, never foreign leaders", () => {
    const q = roleQuestions(seed).find((c) => c.prompt.includes("Secretary of State"))!;
    expect(q.prompt).toBe("Who is identified in the article as the Secretary of State?");
    expect(q.answer).toBe("Antony J. Blinken");
    for (const c of q.choices.filter((x) => x !== q.answer)) {
      expect(["Xi Jinping", "Vladimir V. Putin", "Xie Tao", "Wang Yi"]).not.toContain(c);
      expect(getKb().person(c)?.country).toBe("United States");
    }
  });
  // Calibration: "… the dean of the School of International Relations …?" with Putin, Blinken and Xi as deans.
  it("drops a role question when nobody of a comparable role exists to be a distractor", () => {
    expect(roleQuestions(seed).some((c) => /dean of the School/.test(c.prompt))).toBe(false);
  });
  it("asks 'What is X's role?' with the roles of the article's other people as choices", () => {
    const q = roleOfPersonQuestions(seed).find((c) => c.prompt.startsWith("What is Wang Yi's role"))!;
    expect(q.answer).toBe("China's foreign minister");
    expect(q.choices).toContain("Secretary of State");
    expect(new Set(q.choices).size).toBe(4);
  });
  // Calibration: "Which country has accused the United States of … encircle Chinese interests?" and
  // "Which country has denied providing weapons to Russia?" (the U.S., the U.K. and Ukraine as options).
  it("asks subject questions about people only", () => {
    const qs = subjectQuestions(seed);
    expect(qs.some((c) => c.prompt.startsWith("Which country"))).toBe(false);
    expect(subjectQuestions(readout).some((c) => c.prompt.startsWith("Which government body"))).toBe(false);
    for (const q of qs) expect(seed.ents.kindOf.get(q.answer)).toBe("person");
  });
  it("does not turn a reported claim ('X knows ..., said Y') into a question about X", () => {
    expect(subjectQuestions(seed).some((c) => c.prompt.includes("little room to sway"))).toBe(false);
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
  it("never blanks a country with the article's main actors as absurd options ('weapons to _____')", () => {
    for (const q of qs.filter((c) => c.answerKey.startsWith("country:"))) {
      for (const c of q.choices.filter((x) => x !== q.answer)) expect(c.replace(/^the /, ""), q.prompt).not.toMatch(/^(?:United States|China)$/);
    }
  });
  it("offers weekday blanks only with weekday alternatives (the gates then drop them as trivia)", () => {
    const q = qs.find((c) => c.answerKey.startsWith("date:") && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(c.answer));
    if (q) expect(q.choices.every((c) => /day$/.test(c))).toBe(true);
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
  it("false statements change one phrase and say what the article says instead", () => {
    const falses = qs.filter((q) => q.truth === false);
    expect(falses.length).toBeGreaterThan(0);
    for (const f of falses) expect(f.explanation).toMatch(/^The article says .+, not .+\.$/);
  });
  it("true statements are simplified claims, never the article's sentence word for word", () => {
    const trues = qs.filter((x) => x.truth);
    expect(trues.length).toBeGreaterThan(0);
    for (const q of trues) {
      const stmt = q.prompt.replace(/^True or false: /, "");
      const s = seed.sentences[q.facts[0]];
      expect(s.norm.replace(/^(?:But|And|Still|Yet|So),?\s+/i, "").toLowerCase()).not.toBe(stmt.toLowerCase());
    }
  });
  it("never swaps a name used as a modifier ('the Biden administration')", () => {
    expect(qs.some((q) => /administration official/.test(q.prompt) && !/Biden administration/.test(q.prompt))).toBe(false);
  });
});
