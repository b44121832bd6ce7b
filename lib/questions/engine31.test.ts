/**
 * Engine 31 (ADR 048): a fact sheet's agencies read whole and known to the knowledge base, and the faults sets BE's and
 * BF's raters found in the questions beside the law form's (docs/quality/2026-12-06-engine30-setsBE-BF), each a rule.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { theBeforeBodies } from "./entities";
import { gateDanglingVoice, gateFragment, gateGiveaway, gateNoVerb, gateStemStart, gateUnresolved } from "./gates";
import { bodyFitsTopic } from "./civics-lexicon";
import { splitSentences } from "./sentences";
import { candidateBank } from "./index";
import { boundBefore, findQuantities, notTheFact, numericDistractors } from "./numbers";
import { getKb } from "./kb";
import { article, everyCandidate, fixture, release, stem } from "./test-helpers";

const AGENCIES = article("Fact Sheet: New Funding to Beat the Overdose Epidemic — The White House, August 31, 2023", [
  "The Centers for Disease Control and Prevention (CDC) is awarding $279 million in grants to states and localities to expand harm reduction strategies.",
  "The Health Resources and Services Administration (HRSA) is awarding more than $80 million to rural communities in 39 states to respond to the overdose risk from illicit fentanyl.",
  "The Substance Abuse and Mental Health Services Administration (SAMHSA) is awarding more than $57.6 million to connect Americans to treatment and recovery support services.",
  "The Food and Drug Administration approved a new overdose reversal drug for sale without a prescription.",
  "Families will have the opportunity to share their personal stories at the White House.",
]);

describe("a body's name is read whole: its 'and', and not the acronym after it", () => {
  const a = analyze(AGENCIES);
  const bodies = a.ents.mentions.filter((m) => m.kind === "gov").map((m) => m.text);
  it.each([
    "Centers for Disease Control and Prevention",
    "Health Resources and Services Administration",
    "Substance Abuse and Mental Health Services Administration",
    "Food and Drug Administration",
  ])("finds %s", (name) => {
    expect(bodies).toContain(name);
  });
  it("never cuts a name at its 'and' nor glues '(HRSA' on", () => {
    expect(a.ents.mentions.map((m) => m.text).filter((t) => /\(|^(?:Services Administration|Drug Administration|Mental Health)/.test(t))).toEqual([]);
  });
  it("takes no mention of the acronym the name defines", () => {
    expect(a.ents.mentions.some((m) => m.text === "HRSA" || m.text === "CDC" || m.text === "SAMHSA")).toBe(false);
  });
  it("keeps a body's title and name a person ('Homeland Security Secretary Alejandro Mayorkas')", () => {
    const b = release("Homeland Security Secretary Alejandro Mayorkas visited the border on Tuesday.", "He met with officers.");
    const p = b.ents.mentions.find((m) => m.kind === "person");
    expect(p?.text).toBe("Alejandro Mayorkas");
  });
  it("keeps a department's 'and' inside an office before a name ('Secretary of Health and Human Services Xavier Becerra')", () => {
    const b = release("Secretary of Health and Human Services Xavier Becerra said the funds would help.", "The funds go to rural clinics.");
    expect(b.ents.mentions.filter((m) => m.kind === "person").map((m) => m.text)).toEqual(["Xavier Becerra"]);
  });
  it("reads 'the U.S. Department of Agriculture' with its country, and no 'U.S.' of its own", () => {
    const b = release("The U.S. Department of Agriculture (USDA) is using $500 million to create a grant program.", "The program helps rural hospitals.");
    expect(b.ents.mentions.map((m) => m.text)).toEqual(["U.S. Department of Agriculture"]);
  });
  it("knows the agencies fact sheets name (HRSA, SAMHSA, ONDCP, CFPB, NIST …)", () => {
    const kb = getKb();
    for (const acr of ["HRSA", "SAMHSA", "ONDCP", "CFPB", "NIST", "OSTP", "CISA", "OSHA", "NEH", "DFC"]) expect(kb.org(acr)?.kind, acr).toBe("agency");
  });
});

describe("which agency did it: the article's own agencies as the wrong answers", () => {
  const { candidates } = candidateBank(AGENCIES);
  const q = candidates.find((c) => c.type === "fill_in_blank" && c.answer === "Health Resources and Services Administration");
  it("asks which body is awarding the $80 million", () => {
    expect(q?.prompt).toMatch(/^(?:According to the fact sheet, )?the _____ is awarding more than \$80 million to rural communities/i);
  });
  it("offers the other agencies the article names", () => {
    expect(q?.choices.filter((x) => x !== q.answer).sort()).toEqual(["Centers for Disease Control and Prevention", "Food and Drug Administration", "Substance Abuse and Mental Health Services Administration"]);
  });
  it("never prints the answer's acronym in its stem", () => {
    expect(q?.prompt).not.toMatch(/HRSA/);
  });
});

describe("no other body the article says does the same (set BH's rater)", () => {
  it("offers no FEMA for the Army Corps's activated teams, where FEMA's teams were activated too", () => {
    const q = candidateBank(fixture("01")).candidates.find((c) => c.answer === "Army Corps of Engineers" && /has activated/.test(c.prompt));
    expect(q).toBeDefined();
    expect(q!.choices).not.toContain("Federal Emergency Management Agency");
  });
  it("keeps the article's other agencies where a figure tells them apart", () => {
    const q = candidateBank(AGENCIES).candidates.find((c) => c.answer === "Health Resources and Services Administration");
    expect(q?.choices).toContain("Centers for Disease Control and Prevention");
  });
});

describe("figures that are not the sentence's fact", () => {
  const qOf = (sentence: string, text: string) => findQuantities(sentence).find((q) => q.text === text)!;
  it("takes 'at least an additional 200 million' as a lower bound (set BE: 90 million is also true)", () => {
    expect(boundBefore("while restoring at least an additional ")).toBe("lower");
    expect(boundBefore("up to an additional ")).toBe("upper");
    expect(boundBefore("over a ")).toBeUndefined();
  });
  it("asks no window of a projection ('over the next _____', set BF)", () => {
    const s = "Over the next three years, China is expected to account for almost half of all new capacity.";
    expect(notTheFact(qOf(s, "three years"), "Over the next ")).toBe(true);
    expect(notTheFact(qOf("The program ran for three years.", "three years"), "The program ran for ")).toBe(false);
  });
  it("asks no label ('units _____ and 4', set BF)", () => {
    const s = "The Administration notes the completion of units 3 and 4 of the Vogtle plant.";
    const q = findQuantities(s).find((x) => x.text === "3");
    expect(q && notTheFact(q, "The Administration notes the completion of units ")).toBe(true);
    const text = article("Fact Sheet: Nuclear Power — The White House, May 2, 2024", [
      "The Administration notes the completion of units 3 and 4 of the Vogtle nuclear power plant in Georgia, the first new reactors built in decades.",
      "The plant will power 500,000 homes and businesses across the state.",
      "The Department of Energy supported the project with a loan guarantee of $12 billion.",
    ]);
    expect(everyCandidate(text).some((c) => /units (?:_____|\d) and 4/.test(c.prompt) && !/units 3 and 4/.test(c.prompt))).toBe(false);
  });
  // (Set BE: 12, 28 and 35 beside 21; the review: "under the age of 21" is one too.)
  it.each([
    ["The law established enhanced background checks for individuals under age 21 trying to purchase a firearm.", " trying to purchase a firearm.", "background checks for individuals under age "],
    ["No one under the age of 21 may buy a handgun.", " may buy a handgun.", "No one under the age of "],
  ])("offers a legal age threshold the other ages laws use: %s", (s, after, before) => {
    const q = findQuantities(s).find((x) => x.text === "21")!;
    const d = numericDistractors(q, [], new Set(), 3, after, 2022, before);
    expect(d.length).toBe(3);
    for (const x of d) expect([16, 18, 25, 26, 62, 65]).toContain(Number(x));
  });
});

describe("stems that leave their reader guessing", () => {
  const a = release("The Department announced the projects.", "Projects include two rivers.");
  it("refuses 'Projects include …' (which projects? set BF)", () => {
    expect(gateUnresolved(stem("Projects include the Milwaukee Estuary in Wisconsin and Cuyahoga River in Ohio, which have received a combined _____ in funding."), a)).toBe(true);
    expect(gateUnresolved(stem("The Great Lakes Restoration Initiative projects include the Milwaukee Estuary, which has received _____ in funding."), a)).toBe(false);
  });
  it("refuses a participle's phrase left dangling behind the voice (set BE)", () => {
    expect(gateDanglingVoice(stem("According to the fact sheet, announced by Vice President Harris in March 2024, North Carolina has committed nearly _____ of funds."))).toBe(true);
    expect(gateDanglingVoice(stem("According to the fact sheet, based on new data, North Carolina has committed nearly _____ of funds."))).toBe(false);
    expect(gateDanglingVoice(stem("According to the fact sheet, in March 2024, North Carolina committed nearly _____ of funds."))).toBe(false);
  });
  it("refuses a list line led by 'an additional _____' whose law was cut away (set BF)", () => {
    const b = release("The law provides an additional $3 billion for competitive grants aimed at building, retooling, or expanding manufacturing of batteries.");
    const c = { ...stem("According to the fact sheet, an additional _____ for competitive grants aimed at building, retooling, or expanding manufacturing of batteries."), facts: [b.usable[0].index] };
    expect(gateNoVerb(c, b)).toBe(true);
  });
  it("puts back a body's 'the' the source dropped (set BE)", () => {
    expect(theBeforeBodies("In August 2023, National Endowment for the Humanities awarded _____ to cultural organizations.")).toBe(
      "In August 2023, the National Endowment for the Humanities awarded _____ to cultural organizations.",
    );
    expect(theBeforeBodies("True or false: Food and Drug Administration approved the drug.")).toBe("True or false: The Food and Drug Administration approved the drug.");
    expect(theBeforeBodies("The Food and Drug Administration approved the drug.")).toBe("The Food and Drug Administration approved the drug.");
    expect(theBeforeBodies('She said: "Food and Drug Administration, please act."')).toBe('She said: "Food and Drug Administration, please act."');
  });
});

describe("set BH's faults in the agency questions", () => {
  it("reads 'The\u00a0U.S.\u00a0Small Business Administration' as one sentence (a no-break space had ended it at 'U.S.')", () => {
    const text = "Fact Sheet: Voting\n\nA selection of recent developments follows:\n\nThe\u00a0U.S.\u00a0Small Business Administration\u00a0formally requested designation by Michigan as a voter registration agency.\n";
    expect(splitSentences(text).map((s) => s.norm)).toContain("The U.S. Small Business Administration formally requested designation by Michigan as a voter registration agency.");
  });
  it("refuses a past tense with no subject ('Encouraged more than 850 …', '…, launched a webinar series …')", () => {
    expect(gateFragment(stem("Encouraged more than 850 faith and community leaders to make sure landlords know how to connect renters to _____."))).toBe(true);
    expect(gateFragment(stem("In coordination with Operation Allies Welcome, launched a webinar series for _____ leaders."))).toBe(true);
    expect(gateFragment(stem("In 2021, the Department launched a webinar series for _____ leaders."))).toBe(false);
    expect(gateFragment(stem("Congress passed a law for _____ leaders."))).toBe(false);
  });
  const a = release("The agency provided relief to homeowners.", "The agency will develop curriculum.");
  it.each([
    ["According to the fact sheet, the _____ provided similar relief for mortgages backed by Fannie Mae and Freddie Mac.", "similar to what?"],
    ["According to the fact sheet, America Makes will thus develop curriculum for workforce training with the U.S. _____.", "thus after what?"],
  ])("refuses %s (%s)", (prompt) => {
    expect(gateUnresolved(stem(prompt), a)).toBe(true);
  });
  it("keeps 'similar to' that names what", () => {
    expect(gateUnresolved(stem("The _____ provided similar relief to that of the Department of Veterans Affairs."), a)).toBe(false);
  });
  it("refuses a web address that spells the body blanked ('consumerfinance.gov' for the CFPB)", () => {
    const c = { ...stem("People can submit a complaint to the _____ at consumerfinance.gov/complaint."), answer: "Consumer Financial Protection Bureau", entities: ["Consumer Financial Protection Bureau"] };
    expect(gateGiveaway(c)).toBe(true);
    const d = { ...stem("People can apply to the _____ at grants.gov."), answer: "Consumer Financial Protection Bureau", entities: ["Consumer Financial Protection Bureau"] };
    expect(gateGiveaway(d)).toBe(false);
  });
  it("asks no state's own body ('Director of the Oregon _____')", () => {
    const text = article("Fact Sheet: Farm Leaders — The White House, May 2, 2022", [
      "Alexis Taylor serves as Director of the Oregon Department of Agriculture, having served since her appointment by Oregon Governor Kate Brown in December 2016.",
      "The Department of Veterans Affairs and the Department of Commerce announced new grants for rural communities.",
      "The Department of Defense will open new bases in the region.",
    ]);
    expect(everyCandidate(text).some((c) => /Oregon _____/.test(c.prompt))).toBe(false);
  });
  it("ranks wrong answers that fit the sentence's matter first ('airport screenings': not Education or Energy)", () => {
    expect(bodyFitsTopic("Department of Transportation", "treated fairly in airport screenings")).toBe(true);
    expect(bodyFitsTopic("Department of Education", "treated fairly in airport screenings")).toBe(false);
    expect(bodyFitsTopic("Transportation Security Administration", "treated fairly in airport screenings")).toBe(true);
    const text = article("Fact Sheet: Equity Action Plans — The White House, April 14, 2022", [
      "The Department of Homeland Security is working to ensure that underserved communities are treated fairly in airport screenings by improving systems.",
      "The Department of Education will expand access to grants for students.",
      "The Department of Energy will help communities cut their power bills.",
      "The Department of Commerce will support small businesses with new loans.",
    ]);
    const q = candidateBank(text).candidates.find((c) => c.type === "fill_in_blank" && c.answer === "Department of Homeland Security" && /airport screenings/.test(c.prompt));
    expect(q?.choices).toContain("Department of Transportation");
  });
  it("asks no body that is one item of a list of bodies ('the Departments of Homeland Security, Labor, and State, as well as the _____')", () => {
    expect(everyCandidate(fixture("14")).some((c) => /as well as the _____/.test(c.prompt))).toBe(false);
  });
});

describe("set BI's faults in the agency questions", () => {
  const text = article("Fact Sheet: Environmental Justice — The White House, July 20, 2022", [
    "The White House Office of Management and Budget released a snapshot of over $29 billion in new funding opportunities.",
    "The Department of the Interior (DOI) Bureau of Indian Affairs is able to coordinate with Tribes to add 500 firefighters.",
    "The Environmental Protection Agency and the Federal Emergency Management Agency announced new grants for communities.",
    "The U.S. Forest Service will hire more wildland firefighters this year.",
  ]);
  it("asks no body named as part of another ('the White House _____', 'the Department of the Interior (DOI) _____')", () => {
    expect(everyCandidate(text).some((c) => /White House _____|\(DOI\) _____/.test(c.prompt))).toBe(false);
  });
  it("refuses a stem that opens with 'Earlier,' or 'Previously,'", () => {
    expect(gateStemStart(stem("Earlier, Brzezinski was a partner at _____ in Washington, D.C."))).toBe(true);
    expect(gateStemStart(stem("Previously, she served at the _____."))).toBe(true);
    expect(gateStemStart(stem("Brzezinski was a partner at _____ in Washington, D.C."))).toBe(false);
  });
  it("refuses a word of the body's own name that no wrong answer has ('businesses owned by people of color' for the Minority Business Development Agency)", () => {
    const c = { ...stem("The American Jobs Plan will create a new grant program through the _____ that will help small manufacturing businesses owned by people of color."), answer: "Minority Business Development Agency", choices: ["Minority Business Development Agency", "U.S. Agency for International Development", "U.S. Trade and Development Agency", "Economic Development Administration"] };
    expect(gateGiveaway(c)).toBe(true);
    const d = { ...c, choices: ["Minority Business Development Agency", "Small Business Administration", "Economic Development Administration", "U.S. Trade and Development Agency"] };
    expect(gateGiveaway(d)).toBe(false);
  });
  it("takes 'research' for no field's matter (NIST and NASA were offered for firearm injury research)", () => {
    expect(bodyFitsTopic("National Institute of Standards and Technology", "will prioritize community-based intervention research for its grant awards")).toBe(false);
    expect(bodyFitsTopic("Centers for Disease Control and Prevention", "its Firearm Injury and Mortality Prevention Research grants and injury research")).toBe(true);
  });
});

describe("set BJ's faults in the agency questions", () => {
  it("refuses a stem cut after a preposition ('… and assistance to.', '… including through.')", () => {
    expect(gateFragment(stem("The _____ will increase collaboration with—and assistance to."))).toBe(true);
    expect(gateFragment(stem("The _____ is continuing to invest in health workforce programs throughout the region, including through."))).toBe(true);
    expect(gateFragment(stem("The _____ will give assistance to local police."))).toBe(false);
  });
  it("reads youth suicide screening as health, not security (ATF, DEA and USCIS were offered)", () => {
    expect(bodyFitsTopic("Drug Enforcement Administration", "updated its national guidelines to include universal screening for suicide risk for youth")).toBe(false);
    expect(bodyFitsTopic("Centers for Disease Control and Prevention", "updated its national guidelines to include universal screening for suicide risk for youth")).toBe(true);
  });
  it("offers only commissions for a commissioner's commission", () => {
    const t = article("President Biden Announces Key Nominees — The White House, May 2, 2022", [
      "Rostin Behnam joined the Commodity Futures Trading Commission in 2017 as a Commissioner, and since January 2021 has served as the Acting Chairman.",
      "He previously worked at the National Cancer Institute and the Federal Housing Finance Agency as a lawyer.",
      "The Securities and Exchange Commission and the Federal Trade Commission also regulate markets.",
    ]);
    const qs = everyCandidate(t).filter((x) => x.answer === "Commodity Futures Trading Commission" && /Commissioner/.test(x.prompt));
    expect(qs.length).toBeGreaterThan(0);
    for (const c of qs) for (const d of c.choices) expect(d).toMatch(/Commission\b/);
  });

});

describe("the review's cases (engine 31)", () => {
  it("asks a body after an opening phrase ('In May 2023, the _____ will …'), which is no list", () => {
    const t = article("Fact Sheet: Restoring Streams — The White House, May 2, 2023", [
      "In May 2023, the Department of the Interior will restore streams across the West with the Environmental Protection Agency and the Department of Agriculture.",
      "The Department of Energy will help communities cut their power bills.",
      "The Department of Commerce will support small businesses with new loans.",
    ]);
    expect(everyCandidate(t).some((c) => c.answer === "Department of the Interior" && /^(?:According to the fact sheet, )?in May 2023, the _____ will restore/i.test(c.prompt))).toBe(true);
  });
  it("keeps 'Earlier this year, …' and refuses 'Awarded 250 grants …' but not 'Proposed new rules would …'", () => {
    expect(gateStemStart(stem("Earlier this year, the _____ announced new grants."))).toBe(false);
    expect(gateFragment(stem("Awarded 250 grants to _____ communities."))).toBe(true);
    expect(gateFragment(stem("Proposed new rules would require _____ to report."))).toBe(false);
  });
  it("reads an agency by its own fields, and single capitalised words as matter ('Medicare', 'the Pentagon')", () => {
    expect(bodyFitsTopic("Federal Energy Regulatory Commission", "will improve electric grid reliability")).toBe(true);
    expect(bodyFitsTopic("Centers for Medicare & Medicaid Services", "Seniors on Medicare will pay $35 for insulin")).toBe(true);
    expect(bodyFitsTopic("Department of Defense", "The Pentagon will send Army units")).toBe(true);
  });
  it("puts no 'the' before a short form or an item of 'the Departments of …'", () => {
    expect(theBeforeBodies("The report names the Departments of State, Homeland Security, and Labor.")).toBe("The report names the Departments of State, Homeland Security, and Labor.");
    expect(theBeforeBodies("In 2021, Homeland Security announced _____ grants.")).toBe("In 2021, Homeland Security announced _____ grants.");
  });
  it("drops no body for a word that only begins like the stem's verb ('funds' is not 'funding')", () => {
    const t = article("Fact Sheet: Rural Health — The White House, May 2, 2023", [
      "The Health Resources and Services Administration funds rural clinics across the country.",
      "The Centers for Disease Control and Prevention announced new funding for states.",
      "The Food and Drug Administration approved a new drug.",
    ]);
    const q = everyCandidate(t).find((c) => c.answer === "Health Resources and Services Administration" && /funds rural clinics/.test(c.prompt));
    expect(q?.choices).toContain("Centers for Disease Control and Prevention");
  });
});
