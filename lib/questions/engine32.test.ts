/**
 * Engine 32 (ADR 049): the faults set BJ's raters found in engine 31's agency questions
 * (docs/quality/2026-12-06-engine31-agencies-setsBH-BI-BJ), each a rule.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { gateFragment, gateGiveaway, gateLogistics, gateMainSubject, gateStemStart, gateTrivia, gateUngrammatical, gateUnresolved } from "./gates";
import { theBeforeBodies } from "./entities";
import { withEra } from "./era";
import { commaInSeries } from "./util";
import { findQuantities } from "./numbers";
import { sameAgencyField } from "./civics-lexicon";
import { candidateBank, cleanArticleText } from "./index";
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

describe("the review's false positives stay questions", () => {
  it.each([
    "The VA provides health care to veterans who served overseas in _____.",
    "The _____ has a high degree of independence from Congress.",
    "The city is the recipient of a grant from the _____ to honor its veterans.",
  ])("%s", (prompt) => {
    expect(gateTrivia({ ...stem(prompt), answerKey: "gov:x" })).toBe(false);
  });
  it("'FedEx' gives nothing away; 'Fedwire' does", () => {
    const q = (p: string) => ({ ...stem(p), answer: "Federal Reserve", choices: ["Federal Reserve", "Securities and Exchange Commission", "Federal Trade Commission", "Internal Revenue Service"], answerKey: "gov:Federal Reserve" });
    expect(gateGiveaway(q("The _____ met with FedEx executives on supply chains."))).toBe(false);
    expect(gateGiveaway(q("The _____ runs Fedwire, the payment system banks use."))).toBe(true);
  });
  it("reads no dateline, byline or source line as a headline", () => {
    const text = (second: string) => ["Secretary Visits Flood Zone — Press Release, May 2, 2024", "", second, "", "The Department of Veterans Affairs opened a clinic in the flood zone on Tuesday. The Department of Energy restored power to the county. The Department of Agriculture sent food aid to farmers."].join("\n");
    for (const second of ["RICHMOND, VA", "By Jane Doe, Staff Writer", "U.S. Department of State (Office of the Spokesperson), press release"]) {
      const b = analyze(text(second));
      const c = everyCandidate(b.text).find((x) => x.answer === "Department of Veterans Affairs" && x.type === "fill_in_blank");
      expect(c, `the candidate exists after "${second}"`).toBeDefined();
      expect(gateMainSubject(c!, b), second).toBe(false);
    }
  });
});

describe("set BL's verdicts (engine 32, second round)", () => {
  it("refuses a reference list's line ('U.S. _____, Evaluation of Maryland's Phase III Watershed Implementation Plan.')", () => {
    expect(gateFragment(stem("According to the fact sheet, U.S. _____, Evaluation of Maryland's Phase III Watershed Implementation Plan."))).toBe(true);
    expect(gateFragment(stem("According to the fact sheet, the _____, which runs the census, released new data on rural counties."))).toBe(false);
  });
  it("keeps a list's first item ('a weekday phone, chat, and text-based referral helpline')", () => {
    const c = everyCandidate(article("Fact Sheet: Help After Mass Violence — The White House, February 10, 2023", [
      "The Department of Justice's Office for Victims of Crime funds the VictimConnect Resource Center, a weekday phone, chat, and text-based referral helpline operated by the National Center for Victims of Crime.",
      "The Department of Homeland Security offers resources to help prevent targeted violence.",
      "The Department of Education funds counseling in schools.",
    ])).filter((x) => /VictimConnect/.test(x.prompt));
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) expect(x.prompt).toMatch(/a weekday phone, chat, and text-based/);
  });
  it("reads '2016 - 2020' as a range, not a dash before an aside", () => {
    expect(gateFragment(stem("The Secret Service released Mass Attacks in Public Spaces: 2016 - 2020, a report examining _____ incidents."))).toBe(false);
    expect(gateFragment(stem("The _____ released its report - the first in years."))).toBe(true);
  });
  it("never cuts a series whose items open alike before its last ('…, the risks …, the life-saving power …, and the importance …')", () => {
    expect(commaInSeries("information on the dangers of fentanyl, the risks of mixing drugs, the power of naloxone, and the importance of reducing stigma", "information on the dangers of fentanyl, the risks of mixing drugs, the power of naloxone".length)).toBe(true);
    expect(commaInSeries("the agency launched a campaign, the first of its kind", "the agency launched a campaign".length)).toBe(false);
  });
  it("refuses an office's parent department ('the _____'s Office for Victims of Crime', ', under the _____,')", () => {
    const q = (p: string) => ({ ...stem(p), answer: "Department of Justice", choices: ["Department of Justice", "Department of Education", "Department of Commerce", "Department of Labor"], answerKey: "gov:Department of Justice" });
    expect(gateGiveaway(q("The _____'s Office for Victims of Crime funds a national helpline."))).toBe(true);
    expect(gateGiveaway(q("The Secret Service's National Threat Assessment Center, under the _____, released a report."))).toBe(true);
    expect(gateGiveaway(q("The _____ funds a national helpline for victims of crime."))).toBe(false);
  });
  it("puts 'the' back before a body's blank at a clause's start, and lowers a source's 'The' inside a sentence", () => {
    expect(theBeforeBodies("According to the fact sheet, U.S. _____ is reviving its free Operation Blue Roof program.", "Army Corps of Engineers")).toBe("According to the fact sheet, the U.S. _____ is reviving its free Operation Blue Roof program.");
    expect(theBeforeBodies("The _____ and The National Counterterrorism Center offer resources.", "Department of Homeland Security")).toBe("The _____ and the National Counterterrorism Center offer resources.");
  });
  it("refuses a singular body before a plural verb, and 'an additional' with no whole to add to", () => {
    expect(gateUngrammatical({ ...stem("According to the fact sheet, the _____ are working to quantify the risk of PFAS."), answer: "National Institute of Standards and Technology", answerKey: "gov:National Institute of Standards and Technology" })).toBe(true);
    expect(gateUngrammatical({ ...stem("According to the fact sheet, the _____ are working to quantify the risk of PFAS."), answer: "Centers for Disease Control and Prevention", answerKey: "gov:Centers for Disease Control and Prevention" })).toBe(false);
    const a = analyze(article("Fact Sheet: Investing in India — The White House, September 24, 2021", ["An additional $900 million in new projects are expected over the next fiscal year.", "The DFC has a portfolio in India."]));
    expect(gateUnresolved({ ...stem("An additional _____ in new projects are expected over the next fiscal year."), type: "numeric" }, a)).toBe(true);
  });
  it("asks no résumé fact ('worked as postdoc at the _____', 'serves on the Advisory Committee … at the _____')", () => {
    expect(gateTrivia({ ...stem("Matos Rodriguez worked as postdoc at the _____ under a fellowship."), answerKey: "gov:x" })).toBe(true);
    expect(gateTrivia({ ...stem("Dr. Kimberly L. Jones currently serves on the Advisory Committee for Environmental Research and Education at the _____."), answerKey: "gov:x" })).toBe(true);
  });
  it("reads 'Professor of Public Policy Studies' as no person called Policy Studies", () => {
    const b = analyze(article("President Biden Announces Key Nominees — The White House, April 12, 2021", ["Christopher H. Schroeder is Charles S. Murphy Emeritus Professor of Law and Emeritus Professor of Public Policy Studies.", "He served as assistant attorney general."]));
    expect([...b.ents.persons.keys()]).not.toContain("Policy Studies");
  });
  it("never offers a body beside the agency it is part of (the National Weather Service beside NOAA)", () => {
    const c = everyCandidate(article("Fact Sheet: The United States and India — The White House, September 24, 2021", [
      "The National Oceanic and Atmospheric Administration works closely with Indian counterparts in areas such as ocean and fisheries science, meteorology, and earth observation.",
      "The National Weather Service shares forecasts with India's weather agency.",
      "NASA and ISRO are building a satellite together.",
    ])).find((x) => x.answer === "National Oceanic and Atmospheric Administration" && x.type === "fill_in_blank");
    expect(c, "the question exists").toBeDefined();
    expect(c!.choices).not.toContain("National Weather Service");
  });
  it("asks nothing about what a body posts on its website", () => {
    const a = analyze(article("Fact Sheet: Help After Mass Violence — The White House, February 10, 2023", ["The Office for Victims of Crime provides updated information on their website for persons needing assistance.", "The Department of Justice funds a helpline."]));
    expect(gateLogistics({ ...stem("The _____ provides updated information on their website for persons needing assistance."), facts: [a.usable[0].index], answerKey: "gov:x" }, a)).toBe(true);
  });
});

describe("wrong answers of one name form beside an answer of another (the review of engine 32)", () => {
  it("offers one 'Bureau of …' at most beside the EPA", () => {
    const c = candidateBank(article("Fact Sheet: Cleaner Buses for Schools — The White House, May 2, 2023", [
      "The Environmental Protection Agency announced the winners of the second round of awards for school districts across Maryland.",
      "The Department of Energy will train mechanics to service the buses.",
      "The Department of Transportation will fund new charging stations along bus routes.",
    ])).candidates.find((x) => x.answer === "Environmental Protection Agency");
    expect(c, "the question exists").toBeDefined();
    expect(c!.choices.filter((x) => /^Bureau of\b/.test(x)).length).toBeLessThanOrEqual(1);
  });
});

describe("set BN's verdicts (engine 32, third round)", () => {
  const FACTS = article("Fact Sheet: Outdoor Recreation — The White House, April 1, 2023", [
    "The U.S. Fish and Wildlife Service is distributing over $20 million in grant funding to help states build marinas.",
    "The U.S. Forest Service will restore trails in national forests.",
    "The Department of Agriculture's Food and Nutrition Service will provide technical assistance to SNAP state agencies.",
    "The Department of Veterans Affairs (VA) New England's Boston Healthcare System partnered with National Grid on electric vehicles.",
    "In 2022, the Department of Justice welcomed two Second Chance Fellows.",
    "Combined, this $100 million is helping 47 sites across 24 states and territories.",
  ]);
  const all = everyCandidate(FACTS);
  it("never prints 'the U.S. U.S. …'", () => {
    const c = all.find((x) => x.answer === "Fish and Wildlife Service" && /U\.S\. _____/.test(x.prompt));
    expect(c, "the question exists").toBeDefined();
    for (const d of c!.choices) expect(d).not.toMatch(/^(?:the\s+)?U\.S\.\s/);
  });
  it("asks no body named as part of another ('the Department of Agriculture's _____', 'the _____ New England's …')", () => {
    expect(all.some((x) => /Agriculture['’]s _____/.test(x.prompt))).toBe(false);
    expect(all.some((x) => /_____ (?:\(VA\) )?New England/.test(x.prompt))).toBe(false);
  });
  it("reads 'two Second Chance Fellows' as no figure in seconds", () => {
    expect(all.some((x) => /Second/.test(x.answer))).toBe(false);
  });
  it("opens no stem with 'Combined,'", () => {
    expect(gateStemStart(stem("Combined, this $100 million is helping _____ sites across 24 states."))).toBe(true);
  });
});

describe("set BO's verdicts (engine 32, last mends)", () => {
  it("asks no bureau after its department's possessive and acronym ('the Department of the Interior's (DOI) _____')", () => {
    const all = everyCandidate(article("Fact Sheet: Drought Resilience — The White House, April 6, 2023", [
      "The Department of the Interior's (DOI) Bureau of Reclamation has announced more than $514 million to address the historic drought in the Colorado River Basin.",
      "The Environmental Protection Agency will fund water recycling projects.",
      "The Department of Agriculture will help farmers conserve water.",
    ]));
    expect(all.some((x) => x.answer === "Bureau of Reclamation" && x.type === "fill_in_blank")).toBe(false);
  });
  it("dates no 'Most recently, …' stem by an earlier paragraph's year", () => {
    const b = analyze(article("President Biden Announces Key Nominees — The White House, July 21, 2021", [
      "In 1981, Elliott Abrams joined the State Department as an Assistant Secretary of State. Most recently, Abrams served in the Department of State as Special Representative for Iran during the Trump-Pence Administration.",
      "He is a senior fellow at a research center.",
    ]));
    expect(withEra("Most recently, Abrams served in the _____ as Special Representative for Iran.", b, b.usable[1].index, "Department of State")).not.toMatch(/^In 1981/);
  });
});

describe("the second review's mends", () => {
  it("refuses a reference list's line in the pipeline too, where 'The U.S.' is put back", () => {
    const all = candidateBank(article("Fact Sheet: List of Agency Actions for Review — The White House, January 20, 2021", [
      "U.S. Environmental Protection Agency, Evaluation of Maryland's Phase III Watershed Implementation Plan (December 19, 2019).",
      "U.S. Fish and Wildlife Service, Biological Opinion for the Reinitiation of Consultation on the Central Valley Project (October 21, 2019).",
      "The Department of Energy will review its appliance standards.",
    ])).candidates;
    expect(all.filter((x) => /Evaluation of Maryland|Biological Opinion/.test(x.prompt))).toEqual([]);
  });
  it("cuts no stem at a series' comma that is none ('In 2021, the agency …, and the state …')", () => {
    const t = "In 2021, the agency awarded $5 million to Ohio, and the state used it for roads";
    expect(commaInSeries(t, t.indexOf(", and the state"))).toBe(false);
    const u = "information on the dangers of fentanyl, the risks of mixing drugs, the power of naloxone, and the importance of reducing stigma";
    expect(commaInSeries(u, u.indexOf(", the risks"))).toBe(true);
  });
  it("still opens a stem with 'In total,'", () => {
    expect(gateStemStart(stem("In total, across all impacted states, FEMA has approved nearly _____ in hurricane recovery assistance."))).toBe(false);
  });
  it("gives nothing away by a program's name after the blank ('the _____'s Clean School Bus Program')", () => {
    const q = { ...stem("Maryland has been awarded $9.4 million for the _____'s Clean School Bus Program."), answer: "Environmental Protection Agency", choices: ["Environmental Protection Agency", "Department of Energy", "Department of Transportation", "Department of Education"], answerKey: "gov:Environmental Protection Agency" };
    expect(gateGiveaway(q)).toBe(false);
  });
  it("keeps a figure before a name with a time word ('the $12.75 million Second Chance Act')", () => {
    expect(findQuantities("The grant comes from the $12.75 million Second Chance Act program.").map((q) => q.text)).toEqual(["$12.75 million"]);
  });
  it("refuses a law the deck names, and a degree however it is written", () => {
    const text = ["FACT SHEET: Investing in America — The White House, May 2, 2023", "", "Bipartisan Infrastructure Law Delivers Clean School Buses to Every State", "", "Today, the Administration announced new awards. The Bipartisan Infrastructure Law funds clean school buses in every state. The Department of Energy will train mechanics."].join("\n");
    const a = analyze(text);
    const c = everyCandidate(text).find((x) => x.answer === "Bipartisan Infrastructure Law");
    if (c) expect(gateMainSubject(c, a)).toBe(true);
    expect(gateMainSubject({ ...stem("The _____ funds clean school buses in every state."), answer: "Bipartisan Infrastructure Law", answerKey: "law:Bipartisan Infrastructure Law" }, a)).toBe(true);
    expect(gateTrivia({ ...stem("Mr. _____ has a Bachelor of Arts degree, cum laude in Social Thought from the University of Chicago."), answerKey: "person:x" })).toBe(true);
  });
  it("reads 'the Joint Chiefs of Staff are' as agreeing", () => {
    expect(gateUngrammatical({ ...stem("According to the fact sheet, the _____ are reviewing the plan."), answer: "Joint Chiefs of Staff", answerKey: "gov:Joint Chiefs of Staff" })).toBe(false);
  });
  it("reads '2016 - 2020' as a range in the stem itself", () => {
    const all = everyCandidate(article("Fact Sheet: Preventing Targeted Violence — The White House, March 3, 2023", [
      "The Secret Service's National Threat Assessment Center, under the Department of Homeland Security, released Mass Attacks in Public Spaces: 2016 - 2020, a comprehensive report examining 173 incidents of targeted violence.",
      "The Department of Justice funds prevention programs.",
      "The Department of Education supports school safety.",
    ]));
    const c = all.find((x) => x.answer === "173");
    expect(c, "the question exists").toBeDefined();
    expect(c!.prompt).toMatch(/2016 - 2020, a comprehensive report examining _____ incidents/);
  });
});

describe("a nominee's heading run into the biography (set BO)", () => {
  it("is a line of its own, and no stem starts with it", () => {
    const text = cleanArticleText(["President Biden Announces Key Nominees — The White House, March 1, 2023", "", "Parisa Salehi, Nominee for Inspector General, Export-Import Bank of the United States Parisa Salehi is currently serving as the Chief of Staff at the Office of the Inspector General of the Department of Defense. She previously served at the Department of Justice."].join("\n"), "text");
    expect(text).toContain("Export-Import Bank of the United States\n\nParisa Salehi is currently serving");
    expect(everyCandidate(text).some((c) => /Nominee for Inspector General/.test(c.prompt))).toBe(false);
  });
});

describe("a nominee's heading before 'Mr. X' or a shorter form of the name", () => {
  it.each([
    ["Ernest DuBester, Nominee for Chair of the Federal Labor Relations Authority Mr. DuBester has served as a Member of the Authority since August 2009.", "Authority\n\nMr. DuBester has served"],
    ["Troy Damian Fitrell, Nominee for Ambassador to the Republic of Guinea Troy Fitrell, a career member of the Senior Foreign Service, is the Director of the Office of West African Affairs.", "Guinea\n\nTroy Fitrell, a career"],
  ])("%s", (line, expected) => {
    expect(cleanArticleText(["President Biden Announces Key Nominees", "", line].join("\n"), "text")).toContain(expected);
  });
});
