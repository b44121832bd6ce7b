/**
 * Engine 26 (ADR 043): who holds a power ("The Constitution grants _____ the "power of the purse.""), with the other
 * branches or comparable offices as the wrong answers; a citation's "Art. I" inside its sentence; an order's "This
 * E.O." and "is calling on" read as directives.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { articleAcronyms, spellOutAcronyms } from "./acronyms";
import { cleanArticleText } from "./clean";
import { directiveQuestions, officeChoices } from "./directives";
import { gateNoVerb, gatePredictable, gateTrivia, gateUnresolved } from "./gates";
import { generateQuestions } from "./index";
import { powerQuestions } from "./powers";
import { splitSentences } from "./sentences";
import { sameAgencyField } from "./civics-lexicon";
import { ownYear, withVoice } from "./era";
import { article, fixture, stem } from "./test-helpers";
import { stripConnector } from "./util";


const FILLER = [
  "Lawmakers from both parties met on Tuesday to discuss the federal budget and the schedule for the coming months.",
  "Several committees held hearings on spending bills, and their chairs said the hearings would continue next week.",
];

const powers = (body: string[]) => powerQuestions(analyze(article("How federal power is divided", [...FILLER, ...body])));

/** The question bank of a short report on small business: the line given, then one on the Small Business Administration. */
const smallBusinessBank = (line: string) =>
  generateQuestions(article("Small business report", [...FILLER, line, "The Small Business Administration has approved more loans this year than in any year since it was founded."]), { count: 40, bank: true }).bank!;

describe("who holds a power (powerQuestions)", () => {
  it("asks which branch the Constitution gives the power of the purse, the answer's repeat in a side clause cut off", () => {
    const debt = generateQuestions(cleanArticleText(fixture("06"), "text"), { count: 40 }).questions;
    const q = debt.find((x) => x.prompt.startsWith("The Constitution grants _____"))!;
    expect(q.prompt).toBe('The Constitution grants _____ the "power of the purse."');
    expect(q.answer).toBe("Congress");
    expect(q.choices).toEqual(expect.arrayContaining(["Congress", "the President", "the Supreme Court"]));
    // Never a part of Congress, which would be arguably right.
    expect(q.choices.some((c) => /Senate|House/.test(c))).toBe(false);
    expect(q.evidence).toContain("allowing Congress to restrict the amount of federal debt");
  });

  it("asks which office a power rests with, without the list of what the power covers and without 'such'", () => {
    const qs = powerQuestions(analyze(cleanArticleText(fixture("06"), "text")));
    const q = qs.find((x) => x.answer === "Treasury Secretary")!;
    expect(q.prompt).toBe("The authority for using extraordinary measures rests with the _____.");
    expect(q.choices).toHaveLength(4);
    expect(q.choices).toEqual(["Treasury Secretary", "Commerce Secretary", "Secretary of State", "U.S. Trade Representative"]);
  });

  it("keeps the stem's article: 'vested in a _____ of the United States' offers 'President', not 'the President'", () => {
    const q = powerQuestions(analyze(cleanArticleText(fixture("07"), "text"))).find((x) => x.prompt.includes("legislative Powers"))!;
    expect(q.prompt).toBe("All legislative Powers herein granted shall be vested in a _____ of the United States.");
    expect(q.choices).toEqual(["Congress", "President", "Supreme Court", "Cabinet"]);
  });

  it("asks a department given an authority, with other departments as the wrong answers", () => {
    const [q] = powers(["The bill gives the Department of Homeland Security the authority to adjust the number of green cards each year."]);
    expect(q.answer).toBe("Department of Homeland Security");
    expect(q.prompt).toBe("The bill gives the _____ the authority to adjust the number of green cards each year.");
    expect(q.choices.slice(1).every((c) => /^Department of /.test(c))).toBe(true);
  });

  it("asks nothing where the power is denied", () => {
    expect(powers(["The Constitution does not give the President the power to declare war on another nation."])).toEqual([]);
    expect(powers(["The statute never grants Congress the authority to remove a judge from office by itself."])).toEqual([]);
  });

  it("offers no wrong answer the sentence names, and asks nothing when fewer than three are left", () => {
    expect(powers(["The Framers gave Congress the power to regulate elections, and the Supreme Court has upheld that power since."])).toEqual([]);
    const [q] = powers(["The Framers gave Congress the power to regulate the times and places of federal elections."]);
    expect(q.choices).toEqual(["Congress", "the President", "the Supreme Court", "the Cabinet"]);
  });

  it("asks nothing where the sentence denies the power to someone else (set AI: the other choices rule themselves out)", () => {
    expect(powers(["The Administration is not making a judgment on the dams, nor does it have the authority to do so; that authority resides with Congress."])).toEqual([]);
  });

  it("reads 'the President of the Senate' as no holder", () => {
    expect(powers(["The Constitution gives the President of the Senate the power to open the certificates of the electors."])).toEqual([]);
  });

  it("asks nothing when the answer recurs in the stem outside a side clause", () => {
    expect(powers(["The Constitution grants Congress the power to tax, and Congress has used that power often."])).toEqual([]);
  });
});

describe("the stem gates read a power's verbs and named measures", () => {
  it("counts 'grants' and 'rests', which compromise reads as plural nouns, as the stem's verb", () => {
    const a = analyze(article("How federal power is divided", [...FILLER, 'The Constitution grants Congress the "power of the purse," allowing Congress to restrict the amount of federal debt.']));
    const s = a.sentences.find((x) => x.norm.startsWith("The Constitution grants"))!;
    const c = { ...stem('The Constitution grants _____ the "power of the purse."'), facts: [s.index] };
    expect(gateNoVerb(c, a)).toBe(false);
  });
  it("takes 'the authority for using extraordinary measures' as named, but still refuses 'the … upgrades' alone", () => {
    const a = analyze(article("How federal power is divided", FILLER));
    expect(gateUnresolved(stem("The authority for using extraordinary measures rests with the _____."), a)).toBe(false);
    expect(gateUnresolved(stem("In 2016, the energy efficiency and electrification upgrades reduced costs by _____."), a)).toBe(true);
  });
});

describe("a citation's abbreviation before a numeral ends no sentence", () => {
  it("keeps 'Art. I, §4, cl. 1' inside its sentence", () => {
    const text = "They addressed the election of Representatives in the Elections Clause, Art. I, §4, cl. 1, assigning to state legislatures the power to prescribe the times of elections. The Court agreed.";
    const ss = splitSentences(text);
    expect(ss.map((s) => s.text)).toEqual([
      "They addressed the election of Representatives in the Elections Clause, Art. I, §4, cl. 1, assigning to state legislatures the power to prescribe the times of elections.",
      "The Court agreed.",
    ]);
  });
  it("still ends a sentence at a word that is no abbreviation before a capital", () => {
    expect(splitSentences("The vote was held in the Senate. It passed by a wide margin.")).toHaveLength(2);
  });
});

describe("an order's 'This E.O.' and 'is calling on' are directives", () => {
  const ask = (body: string[]) => directiveQuestions(analyze(article("Fact sheet: protecting Americans' data", [...FILLER, ...body])));
  it("asks which department 'This E.O.' directs", () => {
    const [q] = ask(["This E.O. directs the Department of Commerce to evaluate the risks of software applications designed by foreign adversaries."]);
    expect(q.prompt).toBe("Which department does the order direct to evaluate the risks of software applications designed by foreign adversaries?");
    expect(q.answer).toBe("Department of Commerce");
  });
  it("asks which department the President is calling on", () => {
    const [q] = ask(["The President is calling on the Department of Labor to publish new guidance on heat safety for outdoor workers in every state."]);
    expect(q.prompt).toBe("Which department is the President calling on to publish new guidance on heat safety for outdoor workers in every state?");
    expect(q.answer).toBe("Department of Labor");
  });
});

describe("an office's wrong answers take the answer's form", () => {
  it("offers 'Commerce Secretary' beside 'Treasury Secretary', a title where the office has no short name", () => {
    expect(officeChoices("Treasury Secretary")).toEqual({ answer: "Treasury Secretary", wrong: ["Commerce Secretary", "Secretary of State", "U.S. Trade Representative", "Labor Secretary", "Director of the Office of Management and Budget"] });
    expect(officeChoices("Department of Homeland Security")?.wrong.slice(0, 3)).toEqual(["Department of Justice", "Department of State", "Department of Defense"]);
    // An acronym is not asked: the evidence would not spell the answer as the choice does.
    expect(officeChoices("DHS")).toBeUndefined();
  });
});

describe("after set AF's and set AG's raters", () => {
  it("offers an agency's wrong answers from its field before those that share a word of its name", () => {
    const q = smallBusinessBank("The Federal Reserve raised its benchmark interest rate four times in 2023 to slow the rise of consumer prices.").find((x) => x.answer === "Federal Reserve")!;
    expect(q.choices).toContain("Small Business Administration");
    // Not the Federal Aviation Administration or the Federal Bureau of Investigation for a shared "Federal".
    expect(q.choices.some((c) => /Aviation|Investigation/.test(c))).toBe(false);
    expect(q.choices.filter((c) => c !== "Federal Reserve" && c !== "Small Business Administration").every((c) => sameAgencyField(c, "Federal Reserve"))).toBe(true);
  });

  it("takes no target year ('… by 2035') as the year a sentence tells of, but keeps 'By 1850, …'", () => {
    expect(ownYear("DOI also announced a new goal to deploy 15 GW of floating offshore wind capacity by 2035.")).toBeUndefined();
    expect(ownYear("The agreement must be concluded before the end of 2008, the statement said.")).toBeUndefined();
    expect(ownYear("By 1850, the population of the state had grown to 92,000.")).toBe(1850);
    expect(ownYear("In 2021, the Department pledged to cut emissions by 2030.")).toBe(2021);
  });

  it("dates no later sentence of the paragraph by a target year", () => {
    const a = analyze(article("Offshore wind fact sheet", [
      ...FILLER,
      "The Department of the Interior announced a new goal to deploy 15 GW of floating offshore wind capacity by 2035. Last month, the Department of the Interior announced the execution of the nation's first floating offshore wind energy research lease offshore Maine.",
    ]));
    const i = a.sentences.findIndex((x) => x.norm.startsWith("Last month"));
    expect(a.eras.years[i]).toBeUndefined();
    expect(a.eras.years[i - 1]).toBeUndefined();
  });

  it("asks nothing whose blank is inside a fact sheet's bold label", () => {
    const text = article("Offshore wind fact sheet", [
      ...FILLER,
      "New Floating Offshore Wind Shot to Lower Costs by 70 Percent: Through the Energy Earthshot program, the Administration will create a new Floating Offshore Wind Shot to accelerate breakthroughs across engineering and manufacturing.",
    ]);
    const bank = generateQuestions(text, { count: 40, bank: true }).bank!;
    expect(bank.some((q) => q.prompt.includes("Lower Costs by _____"))).toBe(false);
  });
});

describe("after set AJ's raters", () => {
  it("asks the finding, not the body whose survey found it", () => {
    const bank = smallBusinessBank(
      "Data from the Federal Reserve's Survey of Consumer Finances shows that between 2019 and 2022, the share of families owning a business increased by 9%, with large increases among Black and Hispanic households.",
    );
    expect(bank.some((q) => q.answer === "Federal Reserve")).toBe(false);
    expect(bank.some((q) => q.answer === "9%" && q.prompt.includes("Federal Reserve's Survey"))).toBe(true);
  });

  it("refuses a body blanked as the partner an agency works with, and a body given by its members' noun", () => {
    const partner = { ...stem("The Army Corps of Engineers continues missions supporting debris removal and water assessments with the _____."), answerKey: "gov:Environmental Protection Agency", answer: "Environmental Protection Agency" };
    expect(gateTrivia(partner)).toBe(true);
    // A country after "with" is what talks are about, not a partner's detail.
    expect(gateTrivia({ ...partner, answerKey: "country:China", answer: "China", prompt: "The United States held talks on trade with _____." })).toBe(false);
    const a = analyze(article("Cambodia fact sheet", FILLER));
    const volunteers = { ...stem("U.S.-funded English language fellows and _____ volunteers have provided English language skills for thousands of young Cambodians."), answerKey: "gov:Peace Corps", answer: "Peace Corps" };
    expect(gatePredictable(volunteers, a)).toBe(true);
    expect(gatePredictable({ ...volunteers, prompt: "The _____ has worked in Cambodia since 2007." }, a)).toBe(false);
  });
});

describe("an acronym the article names in full without defining it", () => {
  it("spells out 'IRA' from 'the Inflation Reduction Act' elsewhere in the article (set AJ: read as a retirement account)", () => {
    const text = "The Inflation Reduction Act is bringing cost savings to federal buildings. IRA funding will enable retrofits at 42 federally-owned facilities.";
    const acr = articleAcronyms(text);
    expect(acr.get("IRA")).toBe("Inflation Reduction Act");
    expect(spellOutAcronyms("IRA funding will enable retrofits at _____ federally-owned facilities.", acr)).toBe("The Inflation Reduction Act (IRA) funding will enable retrofits at _____ federally-owned facilities.");
  });
  it("keeps the knowledge base's full name, and reads no title's words as a three-letter acronym's long form", () => {
    const text = "Investing in the Community Health Workforce. The Centers for Disease Control funded CHW programs and hired CHWs in every state. CDC staff trained them.";
    const acr = articleAcronyms(text);
    expect(acr.has("CDC")).toBe(false);
    expect(acr.has("CHW")).toBe(false);
  });
});

describe("after set AJ's raters: references the stem cannot carry", () => {
  const a = analyze(article("Small business report", FILLER));
  it("reads 'another survey' and 'the project' as unresolved, but not a project the stem names", () => {
    expect(gateUnresolved(stem("According to another survey, only _____ of the smallest businesses receive the full funding they request."), a)).toBe(true);
    expect(gateUnresolved(stem("The development and construction phases of the project are estimated to support up to _____ jobs annually."), a)).toBe(true);
    expect(gateUnresolved(stem("The development of the project of US Wind is estimated to support up to _____ jobs annually."), a)).toBe(false);
    expect(gateUnresolved(stem("According to a survey by the Census Bureau, only _____ of the smallest businesses receive the full funding they request."), a)).toBe(false);
  });
  it("asks no directive whose place opening the stem would drop ('In Cambodia, …'), and still drops a time ('In May 2022, …')", () => {
    const ask = (line: string) => directiveQuestions(analyze(article("Fact sheet: the United States and Cambodia", [...FILLER, line])));
    expect(ask("In Cambodia, the Department of Agriculture has funded school meals for more than 20,000 children since 2005.")).toEqual([]);
    const [q] = ask("In May 2022, the Department of Agriculture announced $32 million for wood innovation grants to develop new wood products.");
    expect(q.prompt).toBe("Which department announced $32 million for wood innovation grants to develop new wood products?");
  });
});

describe("after set AK's raters", () => {
  it("drops 'Already,' from a stem's start, also behind the voice's frame when the blank then leads", () => {
    expect(stripConnector("Already, 7.5 million borrowers are enrolled in the SAVE Plan.").text).toBe("7.5 million borrowers are enrolled in the SAVE Plan.");
    const a = analyze(article("FACT SHEET: President Biden cancels student debt for more borrowers", [
      "The Department of Education today announced relief for 153,000 borrowers enrolled in the SAVE Plan across the country.",
      "Already, 7.5 million borrowers are enrolled in the SAVE Plan, and 4.3 million borrowers have a $0 monthly payment.",
    ]));
    const i = a.sentences.findIndex((x) => x.norm.startsWith("Already,"));
    expect(withVoice("Already, _____ borrowers are enrolled in the SAVE Plan.", a, i, "numeric")).toBe("According to the fact sheet, _____ borrowers are enrolled in the SAVE Plan.");
  });
});
