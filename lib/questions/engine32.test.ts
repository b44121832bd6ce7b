/**
 * Engine 32 (ADR 049): the faults set BJ's raters found in engine 31's agency questions
 * (docs/quality/2026-12-06-engine31-agencies-setsBH-BI-BJ), each a rule.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { gateGiveaway, gateMainSubject, gateTrivia } from "./gates";
import { sameAgencyField } from "./civics-lexicon";
import { candidateBank } from "./index";
import { article, everyCandidate, stem } from "./test-helpers";

const VETERANS = article("Fact Sheet: Supporting Veterans and Their Families — The White House, November 10, 2022", [
  "The Social Security Administration expanded outreach to veterans who may be eligible for benefits.",
  "The Federal Trade Commission launched a campaign to protect veterans from scams that target their benefits.",
  "The Consumer Financial Protection Bureau issued new guidance on military lending protections for service members.",
  "The National Endowment for the Arts opened applications for the second round of Creative Forces Community Engagement Grants.",
  "The program provides resources to support local and regional communities in artmaking experiences to support veterans and their families.",
]);

describe("where nothing in the sentence says what kind of body fits, the wrong answers are of the answer's field", () => {
  const bank = candidateBank(VETERANS);
  const q = bank.candidates.find((c) => c.answer === "National Endowment for the Arts" && /Creative Forces/.test(c.prompt));
  it("asks which body opened the arts grants, beside other arts and culture bodies", () => {
    expect(q, "the question exists").toBeDefined();
    for (const d of q!.choices.filter((x) => x !== q!.answer)) expect(sameAgencyField(d, "National Endowment for the Arts"), d).toBe(true);
  });
  it("offers none of the article's unrelated bodies (Social Security, the FTC, the CFPB)", () => {
    expect(q!.choices.join(" | ")).not.toMatch(/Social Security|Trade Commission|Consumer Financial/);
  });
  it("still offers the article's own bodies where the sentence's words fit them", () => {
    const text = article("Fact Sheet: Protecting Workers — The White House, March 1, 2023", [
      "The Occupational Safety and Health Administration issued a rule to protect outdoor workers from extreme heat.",
      "The Federal Trade Commission proposed a rule to ban non-compete clauses that keep workers from changing jobs.",
      "The Consumer Financial Protection Bureau issued new rules to stop hidden bank fees on checking accounts.",
    ]);
    const c = candidateBank(text).candidates.find((x) => x.answer === "Federal Trade Commission" && x.type === "fill_in_blank");
    expect(c, "the question exists").toBeDefined();
    // "workers" fits OSHA's field, not the FTC's: the article's OSHA goes first.
    expect(c!.choices).toContain("Occupational Safety and Health Administration");
  });
});

describe("a short name of the body inside another name gives it away", () => {
  it("'FedNow' gives away the Federal Reserve ('the Fed')", () => {
    const c = { ...stem("To make payments more efficient, the _____ has planned the 2023 launch of FedNow, an instant payment system."), answer: "Federal Reserve", choices: ["Federal Reserve", "Securities and Exchange Commission", "Federal Trade Commission", "Internal Revenue Service"], answerKey: "gov:Federal Reserve" };
    expect(gateGiveaway(c)).toBe(true);
  });
  it("a stem without the short name is not given away", () => {
    const c = { ...stem("To make payments more efficient, the _____ has planned the 2023 launch of an instant payment system."), answer: "Federal Reserve", choices: ["Federal Reserve", "Securities and Exchange Commission", "Federal Trade Commission", "Internal Revenue Service"], answerKey: "gov:Federal Reserve" };
    expect(gateGiveaway(c)).toBe(false);
  });
});

describe("a body a headline under the title names is the release's main subject", () => {
  const text = [
    "FACT SHEET: Biden Administration Combats Super-Pollutants — The White House, September 23, 2021",
    "",
    "Environmental Protection Agency Issues Final Rule to Reduce Emissions of Hydrofluorocarbons",
    "",
    "Today, the Biden Administration is announcing new actions to cut super-pollutants. The Environmental Protection Agency will release a new rule that cuts climate pollution. The Department of Energy will fund research on cooling systems. The Department of Agriculture will help farmers cut methane.",
  ].join("\n");
  const a = analyze(text);
  it("does not ask which body the headline names", () => {
    const c = everyCandidate(text).find((x) => x.answer === "Environmental Protection Agency" && x.type === "fill_in_blank");
    expect(c, "the candidate exists").toBeDefined();
    expect(gateMainSubject(c!, a)).toBe(true);
  });
  it("still asks about a body the headlines do not name", () => {
    const c = everyCandidate(text).find((x) => x.answer === "Department of Energy" && x.type === "fill_in_blank");
    expect(c, "the candidate exists").toBeDefined();
    expect(gateMainSubject(c!, a)).toBe(false);
  });
  it("reads a title's acronym as the body ('EPA Proposes …')", () => {
    const b = analyze(["EPA Proposes New Limits on Power Plant Pollution", "", "The Environmental Protection Agency proposed new limits on Tuesday. The Department of Energy will study the costs. The Department of the Interior will review leases."].join("\n"));
    const c = everyCandidate(b.text).find((x) => x.answer === "Environmental Protection Agency" && x.type === "fill_in_blank");
    expect(c, "the candidate exists").toBeDefined();
    expect(gateMainSubject(c!, b)).toBe(true);
  });
});

describe("a nominee's school, awards, first post and postings are résumé trivia", () => {
  it.each([
    "A native of Texas, Syptak-Ramnath is a graduate of _____'s School of Foreign Service.",
    "Yael Lempert is the recipient of numerous State Department performance awards, including the _____'s Outstanding Service Award.",
    "Samantha Silverberg began her public service as a Presidential Management Fellow at the Office of Management and Budget and the _____.",
    "Elizabeth Fitzsimmons has served overseas in Taiwan, Hong Kong, Cambodia, India and _____.",
  ])("%s", (prompt) => {
    expect(gateTrivia({ ...stem(prompt), answerKey: "gov:x" })).toBe(true);
  });
  it("asks who has a master's degree in no form", () => {
    expect(gateTrivia({ ...stem("Who has a master's degree and undergraduate degree from North Carolina University?"), type: "multiple_choice" })).toBe(true);
  });
  it("keeps what an office does ('The _____ will award grants to …')", () => {
    expect(gateTrivia({ ...stem("The _____ will award grants to rural hospitals to recruit nurses."), answerKey: "gov:x" })).toBe(false);
  });
});
