import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { textAuthor } from "./author";
import { gateTitleGiveaway } from "./gates";
import { candidateBank, generateQuestions } from "./index";
import { peersOf, quoteQuestions } from "./quotes";
import { fixture, seedText } from "./test-helpers";

const speech = analyze(cleanArticleText(fixture("15-biden")));
const fdr = analyze(cleanArticleText(fixture("03-fdr")));

describe("the author of a speech or an essay", () => {
  it("is named by the title when the text speaks in the first person", () => {
    expect(speech.author).toEqual({ name: "President Biden", verb: "said" });
    expect(fdr.author).toEqual({ name: "President Franklin D. Roosevelt", verb: "said" });
    expect(analyze(cleanArticleText(fixture("04-federalist"))).author).toEqual({ name: "James Madison", verb: "wrote" });
    // A news report that quotes people has no author of its own.
    expect(analyze(cleanArticleText(seedText())).author).toBeUndefined();
    expect(analyze(cleanArticleText(fixture("10-obama"))).author).toBeUndefined();
    expect(textAuthor("Remarks by President Biden", [])).toBeUndefined();
  });

  it("is not the person a release is about: the title's verb is no part of the name, and a body that names them in the third person is the press office's", () => {
    // Written for this test: a release in the press office's voice ("our", "we") about the President.
    const release = analyze(
      cleanArticleText(`President Biden Nominates Maria Lopez as Secretary of Labor — The White House, March 1, 2023

Today, President Biden announced his intent to nominate Maria Lopez as Secretary of Labor. Our Administration has created more than twelve million jobs. We have worked with unions and employers in every state. President Biden said that Lopez is the right person to lead the Department of Labor. We look forward to her swift confirmation by the Senate. Our workers deserve a Secretary who has spent a career fighting for them.`),
    );
    expect(release.author).toBeUndefined();
    // a speech is still its speaker's
    expect(speech.author?.name).toBe("President Biden");
  });

  it("frames the speech's figures and names as the author's words, never as facts", () => {
    const { candidates } = candidateBank(cleanArticleText(fixture("15-biden")));
    const asked = candidates.filter((c) => c.type === "numeric" || (c.type === "fill_in_blank" && c.entities.length));
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.prompt, c.prompt).toMatch(/^President Biden said: "/);
    const gap = candidates.find((c) => c.prompt.includes("racial wealth gap"));
    expect(gap?.prompt).toBe('President Biden said: "The racial wealth gap is the lowest it\'s been in _____."');
  });

  it("asks a sentence, not a speech's list of names, and one figure once", () => {
    const quiz = generateQuestions(cleanArticleText(fixture("15-biden"))).questions;
    for (const q of quiz) expect(q.prompt).not.toMatch(/said: "_____, who\b/);
    const fdrQuiz = generateQuestions(cleanArticleText(fixture("03-fdr"))).questions;
    const answers = fdrQuiz.filter((q) => q.type === "numeric").map((q) => q.answer.toLowerCase());
    expect(new Set(answers).size).toBe(answers.length);
  });
});

describe("who said it, in a release of one official's quotes", () => {
  const harris = analyze(cleanArticleText(fixture("02-vp-harris")));

  it("offers the other senior officials of that government and year, of either gender", () => {
    const qs = quoteQuestions(harris);
    expect(qs.length).toBeGreaterThanOrEqual(3);
    for (const q of qs) {
      expect(q.answer).toBe("Kamala Harris");
      expect(q.choices).not.toContain("Vladimir Putin");
      expect(q.choices).not.toContain("Volodymyr Zelenskyy");
    }
    const peers = peersOf(harris, "Kamala Harris", 2024, new Set(["Kamala Harris"]), "President Joe Biden and I stand with Ukraine");
    expect(peers.slice(0, 2)).toEqual(["Antony Blinken", "Lloyd Austin"]);
    // Not someone the quote names, under another form of their name.
    expect(peers.some((p) => /Biden/.test(p))).toBe(false);
  });

  it("is not asked when the title prints the speaker beside the words", () => {
    const obama = analyze(cleanArticleText(fixture("10-obama")));
    const given = quoteQuestions(obama).filter((c) => gateTitleGiveaway(c, obama));
    expect(given.map((c) => c.prompt)).toEqual([expect.stringContaining("Americans are not your enemy")]);
  });
});

describe("quotes as the article prints them", () => {
  it("keeps the article's dashes (normalised for matching only)", () => {
    const obama = analyze(cleanArticleText(fixture("10-obama")));
    const q = quoteQuestions(obama).find((c) => c.prompt.includes("extremist organizations"));
    expect(q?.prompt).toContain("organizations — whether Muslim");
  });
});
