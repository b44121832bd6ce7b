/**
 * Engine 24 (ADR 041): stems that set W, X and Y's raters rejected for what a side part left behind: a figure split
 * from its scale word by a doubled space, an example left after its clause was dropped, "even further" beyond a step
 * the student has not read, and an acronym's "the" where the name modifies a noun.
 */
import { describe, expect, it } from "vitest";
import { articleAcronyms, spellOutAcronyms } from "./acronyms";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { candidateBank } from "./index";
import { gateDemonym } from "./gates";
import { simplifySentence } from "./simplify";
import { everyCandidate } from "./test-helpers";
import type { Candidate } from "./types";


function factSheet(title: string, body: string[]): string {
  return cleanArticleText([`FACT SHEET: ${title} — The White House, July 20, 2022`, "", ...body].join("\n"), "text");
}

describe("a side clause dropped takes its example with it", () => {
  it("drops ', including by Enphase' with ', which have mobilized investments …'", () => {
    const s = simplifySentence(
      "Representative Wilson voted as recently as April to overturn the clean energy tax credits from the Inflation Reduction Act, which have mobilized investments in his home district, including by Enphase.",
    );
    expect(s?.text).toBe("Representative Wilson voted as recently as April to overturn the clean energy tax credits from the Inflation Reduction Act.");
  });
  it("still drops an appositive before the rest of the sentence", () => {
    expect(simplifySentence("Xie Tao, the dean of the School of International Relations, said the talks were useful for both sides.")?.text).toBe(
      "Xie Tao said the talks were useful for both sides.",
    );
  });
});

describe("a fact sheet's figures and steps", () => {
  const text = factSheet("Summer Learning", [
    "Connecticut has received $1.1 billion in ARP ESSER funds for academic recovery through September 2024.",
    "Last summer, Connecticut awarded nearly $9  million to grant recipients for summer programming across the state.",
    "The Department of Health and Human Services will work with pharmacy partners to increase availability even further to up to 40,000 sites over the coming weeks.",
    "The Department of Commerce is further restricting the Russian military's ability to obtain technologies it needs to sustain its aggression.",
  ]);
  const all = everyCandidate(text);
  it("asks '$9  million' as '$9 million', with wrong answers in millions", () => {
    const q = all.find((c) => c.answer.startsWith("$9"));
    expect(q?.answer).toBe("$9 million");
    expect(q?.prompt).not.toMatch(/_____ million/);
    expect(q?.choices.every((x) => / million$/.test(x))).toBe(true);
  });
  it("drops 'even further' and an aspect's 'further' from a stem", () => {
    const sites = all.find((c) => c.answer === "40,000");
    expect(sites?.prompt).toMatch(/to increase availability to up to _____ sites/);
    // in every form: the blank, "Which department …?" and a true or false statement
    expect(all.filter((c) => /\bavailability\b|\brestricting\b/.test(c.prompt)).length).toBeGreaterThanOrEqual(3);
    expect(all.some((c) => /\beven further\b|\bis further restricting\b/.test(c.prompt))).toBe(false);
  });
});

describe("an acronym's 'the' (spellOutAcronyms)", () => {
  const m = articleAcronyms("The Millennium Challenge Corporation (MCC) and the Federal Emergency Management Agency (FEMA) said so.");
  it("puts none after a figure that follows a determiner ('a $698 million MCC Compact')", () => {
    expect(spellOutAcronyms("The two countries will launch a $698 million MCC Compact, supported with _____ from the United States.", m)).toBe(
      "The two countries will launch a $698 million Millennium Challenge Corporation (MCC) Compact, supported with _____ from the United States.",
    );
  });
  it("puts none before a name that modifies the noun after it, inside a clause", () => {
    expect(spellOutAcronyms("Georgia received _____ in ARP funding for its schools.", m)).toBe("Georgia received _____ in American Rescue Plan (ARP) funding for its schools.");
    expect(spellOutAcronyms("The President spoke with Governor DeSantis and FEMA Administrator Deanne Criswell about _____.", m)).toBe(
      "The President spoke with Governor DeSantis and Federal Emergency Management Agency (FEMA) Administrator Deanne Criswell about _____.",
    );
  });
  it("keeps 'the' at a clause's start and before a law used as a noun of its own", () => {
    expect(spellOutAcronyms("FEMA Disaster Survivor Assistance teams are deploying to Florida and _____.", m)).toBe(
      "The Federal Emergency Management Agency (FEMA) Disaster Survivor Assistance teams are deploying to Florida and _____.",
    );
    expect(spellOutAcronyms("The program, established by BIL, has awarded _____ to 15 projects.", m)).toBe(
      "The program, established by the Bipartisan Infrastructure Law (BIL), has awarded _____ to 15 projects.",
    );
    expect(spellOutAcronyms("With additional support from ARP, a record _____ providers now practice in underserved communities.", m)).toBe(
      "With additional support from the American Rescue Plan (ARP), a record _____ providers now practice in underserved communities.",
    );
  });
});

describe("a body is no one's name, and a title is read whole", () => {
  const text = factSheet("Update on the Response to Hurricane Ian", [
    "Today, President Biden spoke with Governor DeSantis and FEMA Administrator Deanne Criswell to receive an update on response efforts across the state.",
    "The President was briefed by Secretary of Homeland Security Alejandro Mayorkas, National Oceanic and Atmospheric Administration Administrator Dr. Richard Spinrad, Coast Guard Commandant Admiral Linda Fagan, and President and Chief Executive Officer of the American Red Cross on the situation on the ground in Florida.",
    "FEMA has deployed more than 1,000 staff to Florida to support the response, and the Coast Guard has rescued hundreds of people from flooded homes.",
  ]);
  const a = analyze(text);
  it("types the American Red Cross, after an office with no name, as no person", () => {
    expect(a.ents.mentions.some((m) => /Red Cross/.test(m.text) && m.kind === "person")).toBe(false);
    expect(a.ents.mentions.some((m) => m.text === "Richard Spinrad" && m.kind === "person")).toBe(true);
  });
  it("asks no role read from inside a body's name or ending in an honorific", () => {
    const all = everyCandidate(text);
    const prompts = all.map((c) => c.prompt);
    expect(prompts.some((p) => /identified in the article as .*(?:Atmospheric Administration Administrator|\bDr\.\?$)/.test(p))).toBe(false);
    expect(prompts.some((p) => /\bRed Cross\b/.test(p) && /^Who\b/.test(p))).toBe(false);
    const choices = all.filter((c) => /^Who\b/.test(c.prompt)).flatMap((c) => c.choices);
    expect(choices).not.toContain("Red Cross");
  });
});

describe("a figure the stem's other figures give by arithmetic (gateNumericArithmetic)", () => {
  const text = factSheet("U.S.-Indonesia Partnership", [
    "The United States and Indonesia have successfully concluded negotiations to launch a $698 million MCC Compact, supported with $649 million from the United States and $49 million from Indonesia.",
    "Since the implementation of the ACA's coverage expansions, the uninsured rate among Latinos decreased by 11 percentage points, from 30 percent in 2013 to a low of 19 percent in 2017.",
    "The median age of U.S. private sector hospitals is 11 years; however, the median age of VA facilities is 58 years, with 69 percent of VA hospitals over the age of 50.",
  ]);
  const { candidates, rejected } = candidateBank(text);
  const reason = (answer: string) => rejected.find((r) => r.candidate.type === "numeric" && r.candidate.answer === answer)?.reason;
  it("refuses a part the whole and the other part give, and an end the start and the change give", () => {
    expect(reason("$649 million")).toBe("trivia");
    expect(candidates.some((c) => c.type === "numeric" && c.answer === "$649 million")).toBe(false);
    expect(candidates.some((c) => c.type === "numeric" && /19 percent|^11$/.test(c.answer))).toBe(false);
  });
  it("refuses a difference within the operands' rounding, and keeps one of round figures that is no difference", () => {
    const trade = candidateBank(
      factSheet("U.S.-Saudi Arabia Trade", [
        "In 2024, U.S.-Saudi Arabia goods trade totaled $25.9 billion, with U.S. exports at $13.2 billion, imports at $12.7 billion, and a trade surplus in goods of $443 million.",
        "The agreements signed today include $2 billion for new energy projects and $1 billion for a new research center, with $600 million for training programs.",
      ]),
    );
    expect(trade.candidates.some((c) => c.type === "numeric" && /^\$(?:443 million|25\.9 billion)$/.test(c.answer))).toBe(false);
    expect(trade.candidates.some((c) => c.type === "numeric" && c.answer === "$600 million")).toBe(true);
  });
  it("keeps a figure whose sum with another is a coincidence of different kinds (years and a percentage)", () => {
    expect(candidates.some((c) => c.type === "numeric" && c.answer === "69 percent")).toBe(true);
  });
});

describe("a fact sheet's voice keeps a name of three capitalised words", () => {
  const text = factSheet("Build Back Better and HBCUs", [
    "The President's plan will build on these investments for students across the country.",
    "Build Back Better provides $10 billion to HBCUs, Tribal Colleges and Universities, and minority-serving institutions.",
    "Provisional CDC data show a 10% drop in overdose deaths in the 12 months leading up to April 2024.",
    "The Centers for Disease Control and Prevention (CDC) will publish the final figures next year, as these are provisional.",
  ]);
  const { candidates } = candidateBank(text);
  it("writes 'Build Back Better' after 'According to the fact sheet,' though the text writes 'build' elsewhere", () => {
    const q = candidates.find((c) => c.answer === "$10 billion");
    expect(q?.prompt).toMatch(/According to the fact sheet, Build Back Better provides _____/);
  });
  it("lowers an adjective before a spelled-out name", () => {
    const q = candidates.find((c) => c.answer === "10%");
    expect(q?.prompt ?? "").not.toMatch(/Provisional Centers/);
  });
});

describe("a heading glued to its paragraph (cleanArticleText)", () => {
  it("puts a space after a mark that joins two sentences, and drops a line's pair of bold marks", () => {
    expect(cleanArticleText("Lower Housing Costs.26 percent of renters pay over half their income in rent.", "text")).toBe(
      "Lower Housing Costs. 26 percent of renters pay over half their income in rent.",
    );
    expect(cleanArticleText("Textile and Apparel Enforcement:The Administration has acted.", "text")).toBe("Textile and Apparel Enforcement: The Administration has acted.");
    expect(cleanArticleText("**Solar Innovation Can Lower Costs.** Thanks to DOE, solar costs have declined.", "text")).toBe(
      "Solar Innovation Can Lower Costs. Thanks to DOE, solar costs have declined.",
    );
  });
  it("leaves web addresses, abbreviations and decimals alone", () => {
    for (const t of ["Learn more at EnergyCommunities.Gov today.", "Division A (pp.1-110) is the Act.", "The U.S.Army and the Jan.5 meeting.", "It grew 2.5 percent."]) {
      expect(cleanArticleText(t, "text")).toBe(t);
    }
  });
  it("asks nothing of a heading that opens with its figure ('_____ families adopting a child.')", () => {
    const { candidates } = candidateBank(
      factSheet("Tax Cuts for Families", [
        "70,000 families adopting a child. By improving and expanding eligibility for the Adoption Tax Credit, the President's plan would cut taxes by thousands of dollars on average for 70,000 families adopting a child.",
        "19 million working individuals or couples. By increasing the Earned Income Tax Credit, the President's plan would cut taxes by an average of $800 for 19 million working individuals or couples.",
      ]),
    );
    expect(candidates.some((c) => /^(?:According to the fact sheet, )?_____ (?:families adopting a child|working individuals or couples)\.$/.test(c.prompt))).toBe(false);
  });
});

describe("another name of the country asked (gateDemonym)", () => {
  const c = (prompt: string, answer: string, choices: string[]): Candidate => ({
    type: "fill_in_blank", prompt, answer, choices, evidenceStart: 0, evidenceEnd: 0, explanation: "", difficulty: 2, entities: [], facts: [0], base: 0.5, answerKey: "x",
  });
  it("refuses a blank whose stem names the country another way ('UK', 'PRC')", () => {
    expect(gateDemonym(c("If a pharmaceutical product is from _____, a lower tariff will apply, subject to the recently concluded UK pharmaceutical agreement.", "the United Kingdom", ["the United Kingdom", "France", "Japan", "Germany"]))).toBe(true);
    expect(gateDemonym(c("Instances of PRC organizations attempting to co-opt domestic groups towards _____'s strategic interests.", "China", ["China", "India", "Japan", "North Korea"]))).toBe(true);
  });
  it("keeps one that names another country", () => {
    expect(gateDemonym(c("If a pharmaceutical product is from _____, a lower tariff will apply, subject to the recently concluded EU pharmaceutical agreement.", "Japan", ["Japan", "France", "India", "Germany"]))).toBe(false);
  });
});
