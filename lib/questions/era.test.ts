import { entityDistractors } from "./distractors";
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { ownYear, personFitsEra, sentenceEras, withEra } from "./era";
import { rejectReason } from "./gates";
import { candidateBank, generateQuestions } from "./index";
import { splitSentences } from "./sentences";
import { fixture, seedText } from "./test-helpers";
import { BLANK } from "./util";

const HISTORY = cleanArticleText(fixture("13-contingent-election"));
const h = analyze(HISTORY);
const indexOf = (start: string) => h.sentences.findIndex((s) => s.norm.startsWith(start));

describe("sentence eras", () => {
  it("a year the sentence names, not one in parentheses; FY2025 is 2025", () => {
    expect(ownYear("In 1824, the presence of four candidates split the Electoral College.")).toBe(1824);
    expect(ownYear("The Electoral College (since ratification of the 23rd Amendment in 1961) has 538 electors.")).toBeUndefined();
    expect(ownYear("At the end of FY2025, total debt subject to the limit was 124% of GDP.")).toBe(2025);
  });

  it("else the paragraph's last year, else the section heading's; a heading without a year ends the era", () => {
    const text = "Presidential election of 1800\n\nThe House voted many times. Jefferson won.\n\nLater events\n\nThe rules changed.\n\nIn 1824, four men ran. Jackson lost.";
    const sentences = splitSentences(text);
    const eras = sentenceEras(sentences);
    const at = (start: string) => eras.years[sentences.findIndex((s) => s.norm.startsWith(start))];
    expect(at("The House voted")).toBe(1800);
    expect(eras.headings[sentences.findIndex((s) => s.norm.startsWith("Jefferson won"))]).toBe("Presidential election of 1800");
    expect(at("The rules changed")).toBeUndefined();
    expect(at("Jackson lost")).toBe(1824);
  });

  it("people belong to the eras of the sentences that name them", () => {
    expect(personFitsEra(h, "Thomas Jefferson", 1800)).toBe(true);
    expect(personFitsEra(h, "Thomas Jefferson", 1836)).toBe(false);
    expect(personFitsEra(h, "Henry Clay", 1824)).toBe(true);
    // An unknown era fits anyone: a news report names no years.
    expect(personFitsEra(h, "Thomas Jefferson", undefined)).toBe(true);
  });
});

describe("questions of a text that moves through time", () => {
  const { candidates, rejected } = candidateBank(HISTORY);
  const all = [...candidates, ...rejected.map((r) => r.candidate)];

  it("offers only people of the sentence's era as wrong answers", () => {
    // (The 1836 section's one person question, "who was elected easily …?", has too few wrong answers to be asked
    // since engine 6: its wrong answers are checked directly.)
    const johnson = h.usable.find((s) => s.norm.includes("elected easily in a single ballot"))!;
    const in1836 = entityDistractors(h, "person", "Richard Mentor Johnson", "Richard Mentor Johnson", "canonical", johnson.norm, 8, { era: 1836 });
    expect(in1836.length).toBeGreaterThan(0);
    expect(in1836).not.toContain("Thomas Jefferson");
    const in1824 = candidates.filter((c) => c.type !== "true_false" && c.answerKey.startsWith("person:") && h.eras.years[c.facts[0]] === 1824);
    for (const c of in1824) expect(c.choices, c.prompt).not.toContain("Aaron Burr");
  });

  it("says which year a past-tense stem is about when the stem does not", () => {
    const jackson = candidates.find((c) => c.answer === "131");
    expect(jackson?.prompt).toMatch(/^In 1824, Andrew Jackson received/);
    // (This one is then too long for a quiz: the gates see the dated stem.)
    const ballots = all.find((c) => c.answer === "35");
    expect(ballots?.prompt).toMatch(/^In the presidential election of 1800, over the course of seven days/);
    // A rule stated in the present is not dated.
    const rule = all.find((c) => c.prompt.includes("is limited to choosing"));
    expect(rule?.prompt ?? "").not.toMatch(/^In (?:\d{4}|the [a-z -]+ of \d{4}),/);
  });

  it("a dated stem drops the sentence's connective and lowercases a common first word, never a name", () => {
    const bank = candidateBank(HISTORY);
    const all = [...bank.candidates, ...bank.rejected.map((r) => r.candidate)];
    const therefore = all.find((c) => c.prompt.includes("and Burr were admitted as candidates"));
    expect(therefore?.prompt).toMatch(/^In the presidential election of 1800, _____ and Burr were admitted/);
    const following = all.find((c) => c.prompt.includes("the provisions of the 12th Amendment"));
    expect(following?.prompt).toMatch(/^In the presidential election of 1824, following the provisions/);
    for (const c of all) expect(c.prompt, c.prompt).not.toMatch(/^In [^,]*\d{4}, (?:Therefore|Following|However|Thus)\b/);
    // "cast" is past and present alike; a section that is one dated election dates it.
    const federalist = all.find((c) => c.prompt.includes("cast blank ballots"));
    expect(federalist?.prompt).toMatch(/^In the presidential election of 1800, several Federalist representatives cast blank ballots/);
    const shocked = all.find((c) => c.prompt.includes("victory shocked"));
    // (the article has two Adamses: the stem names the one it means)
    expect(shocked?.prompt).toMatch(/^In the presidential election of 1824, John Quincy Adams' victory shocked/);
  });

  it("a rule under a sub-heading says which case it is about, and an office dates its own stem", () => {
    const all = candidateBank(HISTORY).candidates.map((c) => c.prompt);
    expect(all).toContain(`In a contingent vice-presidential election, the ${BLANK} is limited to choosing from only the two candidates who received the most electoral votes.`);
    expect(all.some((p) => p.startsWith("In a contingent presidential election, a candidate is required to receive an absolute majority of state delegation votes"))).toBe(true);
    // Not a past event (withEra dates those), not a heading that does not merge with the subject.
    for (const p of all) if (p.startsWith("In a contingent")) expect(p).not.toMatch(/\b(?:was|were) /);
    const clay = all.find((p) => p.includes("his Secretary of State, President John Quincy Adams"));
    expect(clay?.startsWith("By appointing")).toBe(true);
  });

  it("never dates a stem whose answer is the year, and leaves the article's own era alone", () => {
    const i = indexOf("In 1800, Thomas Jefferson");
    expect(withEra(`In ${BLANK}, Thomas Jefferson was pitted against his own nominee.`, h, i, "1800")).toBe(`In ${BLANK}, Thomas Jefferson was pitted against his own nominee.`);
    const seed = analyze(cleanArticleText(seedText()));
    const j = seed.usable[3].index;
    expect(withEra(seed.sentences[j].norm, seed, j, "x")).toBe(seed.sentences[j].norm);
  });

  it("no number of states the country did not have in the sentence's era", () => {
    const states = generateQuestions(HISTORY, { all: true }).questions.filter((q) => q.type === "numeric" && /\bstates\b/.test(q.prompt) && /18[0-3]\d/.test(q.evidence + (h.eras.years[h.sentences.findIndex((s) => s.start === q.evidenceStart)] ?? "")));
    for (const q of states) for (const c of q.choices) expect(Number(c), q.prompt).toBeLessThanOrEqual(24);
  });
});

describe("unresolved plans and deals", () => {
  it("rejects 'the plan' the stem does not say, not 'the plan to …'", () => {
    const i = h.usable[4].index;
    const base = { type: "true_false" as const, choices: ["True", "False"], answer: "False", evidenceStart: h.sentences[i].start, evidenceEnd: h.sentences[i].end, explanation: "x", difficulty: 2 as const, entities: [], facts: [i], base: 0.5, answerKey: "num:73", truth: false };
    expect(rejectReason({ ...base, prompt: "True or false: Democratic-Republicans failed to execute the plan, thus Jefferson and Burr tied at 40 electoral votes each." }, h)).toBe("unresolved");
    expect(rejectReason({ ...base, prompt: "True or false: Democratic-Republicans failed to execute the plan to give Burr one vote fewer than Jefferson." }, h)).not.toBe("unresolved");
  });
});

describe("section headings as context", () => {
  it("names the section's election when the heading dates the sentence's era", () => {
    const { candidates } = candidateBank(HISTORY);
    const q = candidates.find((c) => c.answer === "23" && c.prompt.includes("faithless electors"));
    expect(q?.prompt).toMatch(/^In the vice presidential election of 1836, Virginia's _____ electors all became faithless electors/);
  });
});
