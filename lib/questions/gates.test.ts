import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { gateBoilerplate, gateChoices, gateFunctionWord, gateGiveaway, gateNumericArithmetic, gateNumericLogistics, gateSurface, gateTooLong, gateUngrammatical, rejectReason } from "./gates";
import { fixture, seedText } from "./test-helpers";
import { BLANK } from "./util";
import type { Candidate } from "./types";

const a = analyze(cleanArticleText(seedText()));
const good = a.usable[5];

function cand(over: Partial<Candidate>): Candidate {
  return {
    type: "fill_in_blank",
    prompt: "The _____ has accused the United States of working to stifle its progress.",
    choices: ["China", "Russia", "Ukraine", "France"],
    answer: "China",
    evidenceStart: good.start,
    evidenceEnd: good.end,
    explanation: "x",
    difficulty: 2,
    entities: ["China"],
    facts: [good.index],
    base: 0.5,
    answerKey: "country:China",
    blank: "China",
    ...over,
  };
}

describe("gates", () => {
  it("a well-formed candidate passes every gate", () => {
    expect(rejectReason(cand({ prompt: "_____ said the two countries should work together.", choices: ["Wang Yi", "Xie Tao", "Antony J. Blinken", "Xi Jinping"], answer: "Wang Yi", answerKey: "person:Wang Yi", entities: ["Wang Yi"], blank: "Wang Yi" }), a)).toBeNull();
  });
  it("boilerplate: evidence on a 'contributed research' line", () => {
    const s = a.sentences.find((x) => x.text.includes("contributed research"))!;
    expect(gateBoilerplate(cand({ evidenceStart: s.start, evidenceEnd: s.end }), a)).toBe(true);
    expect(gateBoilerplate(cand({}), a)).toBe(false);
  });
  it("too_long: prompts over the word limit", () => {
    expect(gateTooLong(cand({ prompt: "word ".repeat(60) + "_____." }))).toBe(true);
    expect(gateTooLong(cand({}))).toBe(false);
  });
  it("choices: duplicates, answer missing or repeated, wrong count", () => {
    expect(gateChoices(cand({ choices: ["China", "china", "Russia"] }))).toBe(true);
    expect(gateChoices(cand({ choices: ["Russia", "Ukraine", "France"] }))).toBe(true);
    expect(gateChoices(cand({ choices: ["China", "Russia"] }))).toBe(true);
    expect(gateChoices(cand({ type: "true_false", choices: ["True", "False"], answer: "True" }))).toBe(false);
    expect(gateChoices(cand({ type: "true_false", choices: ["Yes", "No"], answer: "Yes" }))).toBe(true);
  });
  it("giveaway: the answer or the person's surname is in the prompt", () => {
    expect(gateGiveaway(cand({ prompt: "China said _____ would act." }))).toBe(true);
    expect(gateGiveaway(cand({ type: "quote_attribution", prompt: 'Who said: "Mr. Blinken is here"?', answer: "Antony J. Blinken", entities: ["Antony J. Blinken"] }))).toBe(true);
    expect(gateGiveaway(cand({ prompt: "_____ has accused the United States." }))).toBe(false);
  });
  it("function_word: a blank on 'the' or 'of'", () => {
    expect(gateFunctionWord(cand({ blank: "the" }))).toBe(true);
    expect(gateFunctionWord(cand({ blank: "Of" }))).toBe(true);
    expect(gateFunctionWord(cand({ blank: "faction" }))).toBe(false);
    expect(gateFunctionWord(cand({ blank: "May" }))).toBe(false);
    expect(gateFunctionWord(cand({ blank: "may" }))).toBe(true);
  });
  it("ungrammatical: a/an misfit, 'the the', unbalanced quotes, citations, lowercase start, no question mark", () => {
    expect(gateUngrammatical(cand({ prompt: "It was an _____ decision.", choices: ["important", "bad", "good"] }))).toBe(true);
    expect(gateUngrammatical(cand({ prompt: "It was the _____ that won.", choices: ["the Senate", "Congress", "the House"] }))).toBe(true);
    expect(gateUngrammatical(cand({ prompt: 'He said "stop _____ now.' }))).toBe(true);
    expect(gateUngrammatical(cand({ prompt: "Brought under 42 U.S.C. § 1983 in _____." }))).toBe(true);
    expect(gateUngrammatical(cand({ prompt: "the _____ was here." }))).toBe(true);
    expect(gateUngrammatical(cand({ type: "multiple_choice", prompt: "Who met the president" }))).toBe(true);
    expect(gateUngrammatical(cand({ prompt: "_____ has accused the United States." }))).toBe(false);
  });
  it("surface: a distractor printed in the prompt", () => {
    expect(gateSurface(cand({ prompt: "_____ and Russia have accused the United States." }))).toBe(true);
    expect(gateSurface(cand({ prompt: "_____ has accused the United States." }))).toBe(false);
  });
});

describe("figures given away or not worth asking (rating 2)", () => {
  it("rejects a total whose parts the stem lists, days beside the dates they span, and a range of years", () => {
    const sum = cand({ type: "numeric", prompt: "The CRA has been used to overturn a total of _____ rules: 1 in 2001, 16 in 2017, 3 in 2021 and 23 in 2025.", answer: "43", choices: ["43", "24", "71", "58"], answerKey: "num:43" });
    // 2001, 2017 … are years, not parts: only 1 + 16 + 3 + 23 count, and they make 43.
    expect(gateNumericArithmetic(sum, a)).toBe(true);
    expect(gateNumericArithmetic({ ...sum, answer: "44", choices: ["44", "24", "71", "58"] }, a)).toBe(false);
    const days = cand({ type: "numeric", prompt: "The House voted from February 11 to 17, over _____.", answer: "seven days", choices: ["seven days", "three days", "ten days"], answerKey: "num:seven days" });
    expect(gateNumericArithmetic(days, a)).toBe(true);
    expect(gateNumericArithmetic(cand({ type: "numeric", prompt: "The Treaty was in force from _____.", answer: "1781 to 1789", choices: ["1781 to 1789", "1770 to 1778"], answerKey: "num:x" }), a)).toBe(true);
  });
  it("rejects counts of rescuers, aircraft and equipment as logistics", () => {
    const readout = analyze(cleanArticleText("Hurricane Briefing\nThe Coast Guard prepositioned 9 aircraft and 5,200 personnel along the coast. The President approved a major disaster declaration for the State of Louisiana on Sunday. The Federal Emergency Management Agency said the storm would bring heavy rain. Officials said power could be out for weeks in some parishes. The President urged residents to follow the orders of local officials."));
    const s = readout.usable[0];
    const c = cand({ type: "numeric", prompt: "The Coast Guard prepositioned _____ and 5,200 personnel along the coast.", answer: "9 aircraft", choices: ["9 aircraft", "4 aircraft", "15 aircraft"], answerKey: "num:9 aircraft", facts: [s.index], evidenceStart: s.start, evidenceEnd: s.end });
    expect(gateNumericLogistics(c, readout)).toBe(true);
  });
});

describe("engine 5 gates (blind rating 4c)", () => {
  const num = (prompt: string, answer = "15 days") => cand({ type: "numeric", prompt, choices: [answer, "20 days", "25 days", "10 days"], answer, answerKey: `num:${answer}`, entities: [], blank: answer });
  it("unresolved: a court's labels for the parties, 'subsequently', and an event with no one in it", () => {
    expect(rejectReason(num("Appellee Maynard was found guilty in state court on three separate charges and served _____ in jail."), a)).toBe("unresolved");
    expect(rejectReason(num("Maynard was subsequently found guilty in state court on three charges and served _____ in jail."), a)).toBe("unresolved");
    expect(rejectReason(num(`A ${BLANK} fine was imposed, but execution was suspended during "good behavior."`, "$25"), a)).toBe("unresolved");
    expect(rejectReason(num("The purpose of the first interest could be achieved by less drastic means within _____."), a)).toBe("unresolved");
    // With a named party the same shape of sentence stands.
    expect(rejectReason(num(`A ${BLANK} fine was imposed on Maynard by the New Hampshire court.`, "$25"), a)).toBeNull();
  });
  it("'those who …' is a relative clause, not a reference to an earlier sentence ('those concerns' still is)", () => {
    const mc = (prompt: string) => cand({ type: "multiple_choice", prompt, choices: ["Antony J. Blinken", "Tom Vilsack", "Xavier Becerra", "Denis McDonough"], answer: "Antony J. Blinken", answerKey: "person:Antony J. Blinken", entities: ["Antony J. Blinken"], blank: undefined });
    expect(rejectReason(mc("Who said he had pressed China to act against fentanyl, including prosecuting those who were selling chemicals?"), a)).toBeNull();
    expect(rejectReason(mc("Who said that European leaders shared those concerns?"), a)).toBe("unresolved");
  });
  it("'At his news conference, Mr. Blinken said …' resolves 'his' to the subject that follows", () => {
    const n = cand({ type: "numeric", prompt: `At his news conference, Mr. Blinken said that China was responsible for ${BLANK} of global production.`, choices: ["one-third", "one-half", "one-quarter", "one-fifth"], answer: "one-third", answerKey: "num:one-third", entities: [], blank: "one-third" });
    expect(rejectReason(n, a)).toBeNull();
    expect(rejectReason({ ...n, prompt: `At his news conference, the minister said that China was responsible for ${BLANK} of global production.` }, a)).toBe("unresolved");
  });
  it("trivia: the last or first item of a list of names ('…, William H. Crawford, and _____')", () => {
    const list = (prompt: string) => cand({ prompt, choices: ["Henry Clay", "William Wirt", "John C. Calhoun"], answer: "Henry Clay", answerKey: "person:Henry Clay", entities: ["Henry Clay"], blank: "Henry Clay" });
    expect(rejectReason(list(`The election featured four candidates who won electoral votes: Andrew Jackson, John Quincy Adams, William H. Crawford, and ${BLANK}.`), a)).toBe("trivia");
    expect(rejectReason(list(`Only the top three candidates were admitted as candidates in the House: ${BLANK}, Adams, and Crawford.`), a)).toBe("trivia");
    expect(rejectReason(list(`Clay threw his support to ${BLANK}, who was elected President on the first ballot.`), a)).not.toBe("trivia");
  });
  it("logistics: a role question about someone the article names only in a schedule", () => {
    const harris = analyze(cleanArticleText(fixture("02")));
    const s = harris.sentences.find((x) => x.norm.includes("meets with President Volodymyr Zelenskyy"))!;
    const role = cand({ type: "multiple_choice", prompt: "Who is identified in the article as the President of Ukraine?", choices: ["Volodymyr Zelenskyy", "Denys Shmyhal", "Dmytro Kuleba", "Andrii Sybiha"], answer: "Volodymyr Zelenskyy", answerKey: "role:Volodymyr Zelenskyy", entities: ["Volodymyr Zelenskyy"], facts: [s.index], evidenceStart: s.start, evidenceEnd: s.end, blank: undefined });
    expect(rejectReason(role, harris)).toBe("logistics");
  });
});
