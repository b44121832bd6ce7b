/**
 * Engine 25 (ADR 042): more of each text asked, by rules that make no new kind of mistake. A signpost at a sentence's
 * start ("Additionally,", "For example,") is dropped instead of refusing the stem; "First Lady" and "In addition to"
 * are no connectives; a target year is asked with other years still ahead; a joint statement's "It" is the statement; a
 * news report's analysts are asked which body they are with; "Rep. _____" takes the article's Representatives; an aside
 * between dashes reads between commas; a pronoun after a blanked person that is the subject's does not fix the wrong
 * answers' gender.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { dashAsideAsCommas } from "./cloze";
import { entityDistractors, sameBody } from "./distractors";
import { gateListItem, gateStemStart, gateTrivia, gateUnresolved } from "./gates";
import { candidateBank, generateQuestions } from "./index";
import { article, everyCandidate } from "./test-helpers";
import type { Candidate } from "./types";
import { stripConnector } from "./util";



/** A candidate with only what the stem gates read. */
const stem = (prompt: string): Candidate =>
  ({ type: "fill_in_blank", prompt, answer: "x", choices: ["x", "y", "z"], evidenceStart: 0, evidenceEnd: 1, explanation: "", difficulty: 2, entities: [], facts: [0], base: 0.5, answerKey: "x" }) as Candidate;

describe("a signpost at a sentence's start is dropped, not refused", () => {
  it("drops 'Additionally,', 'For example,', 'Specifically,', 'Overall,' and 'Finally,' with their comma", () => {
    expect(stripConnector("Additionally, the Senate passed the bill.").text).toBe("The Senate passed the bill.");
    expect(stripConnector("For example, Chicago has invested $12 million.").text).toBe("Chicago has invested $12 million.");
    expect(stripConnector("Specifically, the Senate has developed a practice.").text).toBe("The Senate has developed a practice.");
    expect(stripConnector("Overall, deploying 30 gigawatts will help power 10 million homes.").text).toBe("Deploying 30 gigawatts will help power 10 million homes.");
    expect(stripConnector("Finally, the Order charges all agencies.").text).toBe("The Order charges all agencies.");
  });
  it("keeps a word that is a condition or a name, not a signpost", () => {
    // "In practice," and "Generally," qualify the claim; without them it says more than the article.
    expect(stripConnector("In practice, agencies generally submit rules around the time they are published.").cut).toBe(0);
    expect(stripConnector("Finally the Order charges all agencies.").cut).toBe(0);
    expect(stripConnector("First Solar already supports 1,600 jobs in Ohio.").cut).toBe(0);
  });
  it("does not refuse 'First Lady …', 'First Solar …' or 'In addition to …' as a stem that opens with a connective", () => {
    expect(gateStemStart(stem("First Lady Jill Biden and Secretary of Education _____ will visit the college."))).toBe(false);
    expect(gateStemStart(stem("First Solar already supports _____ jobs in Ohio."))).toBe(false);
    expect(gateStemStart(stem("In addition to the one-time relief of up to $20,000, the Administration has proposed _____ plans."))).toBe(false);
    expect(gateStemStart(stem("First, the Department will issue _____ grants."))).toBe(true);
    expect(gateStemStart(stem("In addition, _____ volunteers will return to Indonesia."))).toBe(true);
  });
  it("asks an explainer's 'Additionally, …' sentence from its claim", () => {
    const text = article("The Congressional Review Act — Congressional Research Service, March 1, 2026", [
      "The Congressional Review Act was enacted in 1996 to give Congress a way to overturn agency rules.",
      "Additionally, the Government Accountability Office maintains on its website a database of 1,200 rules it has received under the act.",
    ]);
    const all = everyCandidate(text);
    const q = all.find((c) => c.answer === "1,200");
    expect(q?.prompt).toMatch(/^The Government Accountability Office maintains on its website a database of _____ rules/);
  });
});

describe("what a stem points at that the student cannot see", () => {
  it("refuses a stem that refers to a figure or a table", () => {
    const a = analyze(article("Supreme Court Appointment Process — Congressional Research Service, June 1, 2022", ["The vacancy created by the death of Justice Scalia is not included in Figure 1 of this report today."]));
    expect(gateUnresolved(stem("The vacancy created by the death of Justice _____ is not included in Figure 1."), a)).toBe(true);
    expect(gateUnresolved(stem("The vacancy created by the death of Justice _____ was filled in 2017."), a)).toBe(false);
  });
});

describe("a target year and the statement that sets it", () => {
  const text = article("Statement of joint understanding released after Annapolis Conference — Wikinews, November 28, 2007", [
    "At the conclusion of the Annapolis Conference, United States President George W. Bush read a statement of joint understanding by Prime Minister Ehud Olmert and President Mahmoud Abbas.",
    'Regarding the immediate future, the joint statement said: "President Abbas and Prime Minister Olmert will continue to meet on a bi-weekly basis to follow up the negotiations." It also set a target for an agreement: "We agree to engage in vigorous, ongoing and continuous negotiations, and shall make every effort to conclude an agreement before the end of 2008."',
    "Analysts are skeptical that the two leaders will be able to reach an agreement by the deadline.",
  ]);
  it("names the statement for its 'It' and asks the year, with later years as the wrong answers", () => {
    const q = generateQuestions(text, { count: 20 }).questions.find((c) => c.answer === "2008");
    expect(q?.prompt).toMatch(/^The joint statement set a target for an agreement: "We agree/);
    // a target is set ahead of the article's year: no year already past
    expect(q?.choices.every((y) => Number(y) >= 2008)).toBe(true);
  });
  it("gives a round target round wrong answers", () => {
    const fs = article("FACT SHEET: Electric Vehicles — The White House, August 5, 2021", [
      "President Biden united automakers and autoworkers around the bold goal for electric vehicles to make up 50% of all vehicles sold in the United States by 2030.",
      "The President also signed an Executive Order setting new fuel economy standards for cars and trucks sold in the United States.",
      "Automakers including Ford, GM and Stellantis announced their shared aspiration to reach the same goal this year.",
    ]);
    const q = everyCandidate(fs).find((c) => c.answer === "2030");
    expect(q).toBeDefined();
    expect(q!.choices.every((y) => Number(y) % 5 === 0 && Number(y) > 2021)).toBe(true);
    expect(q!.bankOnly).toBeFalsy();
  });
  it("keeps a date that is no target in the bank, as before", () => {
    const fs = article("FACT SHEET: Schools — The White House, August 5, 2021", [
      "The Department of Education announced the grants in March 2021 after a review of 400 applications from school districts.",
      "The grants were awarded by June 2020 to schools in 12 states.",
    ]);
    expect(everyCandidate(fs).filter((c) => c.answer === "2020").every((c) => c.bankOnly)).toBe(true);
  });
});

describe("which body a news report's analyst is with", () => {
  const text = article("Statement released after Annapolis Conference — Wikinews, November 28, 2007", [
    "Analysts are skeptical that the two leaders will be able to reach an agreement by the end of the Bush administration.",
    '"I am not persuaded yet that they have grasped the seriousness of the work," said Aaron David Miller of the Woodrow Wilson Center.',
    '"Neither has the support at home to do something extremely serious," said Jon Alterman, an analyst at the Center for Strategic and International Studies.',
    '"There is considerable doubt about whether the administration is prepared to take on the heavy lifting," said Bruce Riedel of the Brookings Institution.',
    '"This was an investment of presidential prestige that we had not seen before," said Daniel Levy of the New America Foundation.',
    "Secretary of State Condoleezza Rice said the conference was a success for the region.",
  ]);
  const affil = candidateBank(text).candidates.filter((c) => c.answerKey.startsWith("affil:"));
  it("asks each analyst's body, with the bodies of the others as the wrong answers", () => {
    const miller = affil.find((c) => c.entities[0] === "Aaron David Miller");
    expect(miller?.prompt).toBe("Which organization is Aaron David Miller affiliated with, according to the article?");
    expect(miller?.answer).toBe("Woodrow Wilson Center");
    expect([...miller!.choices].sort()).toEqual(["Brookings Institution", "Center for Strategic and International Studies", "New America Foundation", "Woodrow Wilson Center"]);
    expect(affil.find((c) => c.entities[0] === "Jon Alterman")?.answer).toBe("Center for Strategic and International Studies");
  });
  it("never asks an office's department as a body (the role question asks that)", () => {
    expect(affil.some((c) => /Rice/.test(c.prompt))).toBe(false);
  });
  it("keeps them in the bank, not the default quiz (rated peripheral by two raters of three)", () => {
    expect(affil.every((c) => c.bankOnly)).toBe(true);
    expect(generateQuestions(text, { count: 20 }).questions.some((q) => /affiliated with/.test(q.prompt))).toBe(false);
    // the bank offers them: one per body, each with the others' answers, so a teacher picks one
    expect(generateQuestions(text, { bank: true }).bank!.filter((q) => /affiliated with/.test(q.prompt)).length).toBe(4);
  });
  it("asks nothing with fewer than four bodies to choose from", () => {
    const three = article("Statement released after Annapolis Conference — Wikinews, November 28, 2007", [
      "Analysts are skeptical that the two leaders will be able to reach an agreement by the end of the year.",
      '"I am not persuaded yet that they have grasped the seriousness of the work," said Aaron David Miller of the Woodrow Wilson Center.',
      '"There is considerable doubt about whether the administration is prepared to take on the heavy lifting," said Bruce Riedel of the Brookings Institution.',
      '"This was an investment of presidential prestige that we had not seen before," said Daniel Levy of the New America Foundation.',
    ]);
    expect(candidateBank(three).candidates.some((c) => c.answerKey.startsWith("affil:"))).toBe(false);
  });
});

describe("people as the sentence names them", () => {
  it("takes the article's Representatives for 'Rep. _____'", () => {
    const text = article("U.S. Senate approves revised bailout package — Wikinews, October 4, 2008", [
      '"The inclusion of parity has caused me to reconsider my position," said Representative Jim Ramstad (R Minnesota), who voted against the previous bill on Monday.',
      'But Representative Tom Udall was not changing his no vote, he said on Friday.',
      "H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy and had the support of many members.",
    ]);
    const a = analyze(text);
    const s = a.sentences.find((x) => /^H\.R\.1424/.test(x.norm))!;
    const d = entityDistractors(a, "person", "Patrick Kennedy", "Patrick Kennedy", "canonical", s.norm, 3, { title: "Rep.", era: 2008 });
    expect(d).toEqual(expect.arrayContaining(["Jim Ramstad", "Tom Udall"]));
  });
  it("offers either gender where the pronoun after the blank is the subject's", () => {
    const text = article("Readout of President Biden's Meeting on Hurricane Ida — The White House, August 30, 2021", [
      "Joining the President at the meeting were Senior Advisor Cedric Richmond, Director of Intergovernmental Affairs Julie Rodriguez, and FEMA Administrator Deanne Criswell.",
      "The President made clear State and local officials have the full support of the Federal Government, and named Richmond as his Administration's direct line for Gulf Coast officials throughout the recovery.",
      "President Biden said he approved a Major Disaster Declaration for the State of Louisiana on Sunday.",
    ]);
    const q = everyCandidate(text).find((c) => c.answer === "Richmond");
    expect(q?.prompt).toMatch(/named _____ as his Administration's direct line/);
    expect(q?.choices).toContain("Criswell");
  });
  it("keeps the answer's gender where the pronoun after the blank is the answer's", () => {
    const text = article("U.S. Senate approves revised bailout package — Wikinews, October 4, 2008", [
      "Senate Majority Leader Harry Reid said the bill would restore confidence in the financial system.",
      "Representative Jim Ramstad said the additions caused him to reconsider his position on the bill.",
      "Speaker Nancy Pelosi said the House would vote on the Senate's version of the bill on Friday.",
      "Representative Marcy Kaptur was not changing her no vote on the bill.",
    ]);
    const q = everyCandidate(text).find((c) => c.answer === "Marcy Kaptur");
    expect(q).toBeDefined();
    expect(q!.choices.filter((x) => x !== "Marcy Kaptur").some((x) => /Reid|Ramstad/.test(x))).toBe(false);
  });
});

describe("an aside between dashes", () => {
  it("reads between commas when it stands before the blank", () => {
    expect(dashAsideAsCommas("To combat the prevailing threat of the last two years - COVID-19 - the United States has delivered _____ vaccines.")).toBe(
      "To combat the prevailing threat of the last two years, COVID-19, the United States has delivered _____ vaccines.",
    );
  });
  it("leaves a transcript's false starts alone", () => {
    const stutter = "We're going to - we'll see ease - and I say, yes, ease - lower pressures on our _____.";
    expect(dashAsideAsCommas(stutter)).toBe(stutter);
    expect(dashAsideAsCommas("It's going - you know, it was a lot of hard _____.")).toBe("It's going - you know, it was a lot of hard _____.");
  });
});

describe("set AF's reasons, each as a test", () => {
  const fs = (body: string[]) => article("FACT SHEET: Climate Resilience — The White House, April 22, 2022", body);
  it("refuses a body blank whose own acronym or service branch is in the stem", () => {
    const text = fs([
      "The Department of Defense expanded the number of major installations and sites using the DOD Climate Assessment Tool from 157 to over 1,900.",
      "In 2019, the Department of Defense's U.S. Marine Corps Recruit Depot Parris Island completed an Energy Savings Performance Contract to replace an outdated central steam plant.",
      "The Department of Energy announced $3 billion for grid upgrades in 40 states, and the Department of Agriculture announced $1 billion for rural water systems.",
    ]);
    const { candidates } = candidateBank(text);
    expect(candidates.some((c) => c.answer === "Department of Defense")).toBe(false);
  });
  it("refuses 'the Center', 'the fund' and 'two of the competitions' as unresolved", () => {
    const a = analyze(fs(["The Department of Transportation launched a Climate Change Center in 2021 to coordinate its work on resilience."]));
    expect(gateUnresolved(stem("According to the fact sheet, the Center is working with the _____'s National Oceanic and Atmospheric Administration."), a)).toBe(true);
    expect(gateUnresolved(stem("According to the fact sheet, the fund is designed to support _____ residents with training."), a)).toBe(true);
    expect(gateUnresolved(stem("For two of the competitions, the _____ National Clean Investment Fund identified buildings as a priority."), a)).toBe(true);
    expect(gateUnresolved(stem("The Center for Strategic and International Studies hosted _____ analysts."), a)).toBe(false);
    expect(gateUnresolved(stem("The Department of Energy announced _____ for grid upgrades in 40 states."), a)).toBe(false);
  });
  it("asks no 'as much as' figure and no part larger than its whole", () => {
    const text = fs([
      "Rental application fees are often as much as $100, far above the cost of running a background or credit check in most states.",
      "Gas prices have fallen 15 out of the last 18 weeks, saving the average family $60 a month on fuel costs this spring.",
    ]);
    const all = everyCandidate(text);
    expect(all.some((c) => c.answer === "$100")).toBe(false);
    // ("15" gets wrong answers under 18 or is not asked at all)
    for (const c of all.filter((x) => x.answer === "15")) expect(c.choices.every((x) => Number(x) < 18)).toBe(true);
  });
  it("never ends a stem before the last of a series of verb phrases", () => {
    const text = fs([
      "Overall, successfully deploying 30 gigawatts of offshore wind will help power 10 million homes with clean energy, support 77,000 jobs, avoid 78 million metric tons of CO2 emissions, and spur $12 billion per year in private investment in offshore wind projects.",
      "As of July, American Rescue Plan (ARP) funding has helped school districts increase the number of school social workers by 54 percent, increase counselors by 22 percent, and increase nurses by 46 percent, compared to the pre-pandemic period.",
    ]);
    const asked = candidateBank(text).candidates.filter((c) => /offshore wind|social workers/.test(c.prompt));
    for (const c of asked) expect(c.prompt, c.prompt).toMatch(/\band (?:spur|increase nurses)\b/);
  });
  it("asks no head count of a meeting", () => {
    const text = fs(["The White House hosted a States Convening on Child Care, gathering nearly 100 state legislators to discuss ways to improve child care access and affordability."]);
    const { candidates, rejected } = candidateBank(text);
    expect(candidates.some((c) => c.answer === "100")).toBe(false);
    expect(rejected.find((r) => r.candidate.answer === "100")?.reason).toBe("logistics");
  });
  it("offers no one named by a title and the speaker's family name beside the speaker", () => {
    const text = article("FACT SHEET: Small Business Lending — The White House, October 1, 2024", [
      '"Small businesses are the backbone of our economy, and we know that small business owners need access to capital to hire more employees," said Vice President Harris.',
      "Today, Vice President Harris announced that the Small Business Administration provided a record $56 billion through more than 100,000 small business financings.",
      "Treasury Secretary Janet Yellen said the State Small Business Credit Initiative is providing investment to small businesses across the country.",
    ]);
    const q = candidateBank(text).candidates.find((c) => c.type === "quote_attribution");
    expect(q?.answer).toBe("Vice President Harris");
    expect(q!.choices.filter((x) => /Harris/.test(x))).toEqual(["Vice President Harris"]);
  });
  it("does not end a quote at 'U.S.' inside it", async () => {
    const { shortQuote } = await import("./util");
    const q = "Today I am proud to announce that the U.S. Small Business Administration has made record lending to over 100,000 small businesses in the last year, the most by the agency in over 15 years. When small businesses thrive, our local economies thrive.";
    expect(shortQuote(q)).not.toMatch(/the U\.S\.?$/);
  });
  it("does not offer the European Commission beside the European Union", () => {
    // one body to the wrong answers' check, as the War Department is the Department of Defense
    expect(sameBody("European Commission")).toBe(sameBody("European Union"));
    expect(sameBody("the European Council")).toBe(sameBody("European Union"));
    expect(sameBody("African Union")).not.toBe(sameBody("European Union"));
  });

  it("refuses a task cut before its verb's object ('by clarifying, as appropriate?')", () => {
    const text = article("FACT SHEET: Reducing Gun Violence — The White House, March 14, 2023", [
      "The President is directing the Attorney General to move the U.S. as close to universal background checks as possible without additional legislation by clarifying, as appropriate, the statutory definition of who is engaged in the business of dealing in firearms.",
      "The President is directing the Secretary of Education to help schools obtain the funding they need to improve school safety this year.",
    ]);
    expect(candidateBank(text).candidates.some((c) => /as appropriate\?$/.test(c.prompt))).toBe(false);
  });
  it("reads the last item of a list of countries before its verb ('Germany, _____, and Japan have …')", () => {
    expect(gateListItem(stem("Germany, _____, and Japan have mobilized donors and Indonesia has spearheaded the creation of the Financial Intermediary Fund."))).toBe(true);
    expect(gateListItem(stem("Germany and _____ have mobilized donors for the Financial Intermediary Fund."))).toBe(false);
  });
  it("refuses 'the … upgrades' and 'the actions announced' at a stem's start as unresolved", () => {
    const a = analyze(fs(["The Internal Revenue Service completed an energy savings contract at its New Carrollton center in 2016."]));
    expect(gateUnresolved(stem("According to the fact sheet, in 2016, the energy efficiency and electrification upgrades reduced energy use by _____."), a)).toBe(true);
    expect(gateUnresolved(stem("According to the fact sheet, the actions announced are being implemented in close partnership with _____."), a)).toBe(true);
    expect(gateUnresolved(stem("According to the fact sheet, the upgrades to the New Carrollton center reduced energy use by _____."), a)).toBe(false);
  });
  it("asks no person named in a remark too short to say anything about them", () => {
    expect(gateTrivia({ ...stem('Secretary Antony J. Blinken said: "The choice is really President _____."'), answerKey: "person:Vladimir Putin" })).toBe(true);
    expect(gateTrivia({ ...stem('President Biden said: "Governor _____, you\'ve been incredible."'), answerKey: "person:Josh Green" })).toBe(true);
    expect(gateTrivia({ ...stem('Secretary Antony J. Blinken said: "We will stand with President _____ and the people of Ukraine for as long as it takes."'), answerKey: "person:Volodymyr Zelenskyy" })).toBe(false);
  });
});
