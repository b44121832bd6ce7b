/**
 * Engine 21 (ADR 038): what set L's raters rejected in engine 20's fact sheets, each as a test that fails if the
 * question, or one of its kind, comes back.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { articleAcronyms, spellOutAcronyms } from "./acronyms";
import { cleanArticleText } from "./clean";
import { numericQuestions } from "./cloze";
import { findQuantities, numericDistractors } from "./numbers";
import { gateUnresolved } from "./gates";
import { candidateBank, generateQuestions } from "./index";
import type { Candidate } from "./types";

function factSheet(title: string, body: string[]): string {
  return cleanArticleText([`FACT SHEET: ${title} — The White House, April 13, 2022`, "", ...body].join("\n"), "text");
}

const base: Candidate = {
  type: "numeric",
  prompt: "",
  choices: ["$9 million", "$16 million", "$5 million", "$10 million"],
  answer: "$9 million",
  evidenceStart: 0,
  evidenceEnd: 0,
  explanation: "",
  difficulty: 2,
  entities: [],
  facts: [0],
  base: 0.5,
  answerKey: "num:$9 million",
};

describe("a program, a grant or a department the stem does not name (set L)", () => {
  const a = analyze(factSheet("Maternal Health", ["The Vice President convened a summit on maternal health in Washington today.", "The summit brought together leaders from every state."]));
  it("reads 'The program', 'The new funding', 'the Department' and 'the crisis' as unresolved", () => {
    for (const prompt of [
      "The new funding, _____, will continue to build state capacity to deliver high-quality maternity care services.",
      "The program will fund up to _____ cooperative agreements, and each will receive up to $1 million over five years.",
      "The awards will support _____ projects in 7 states.",
      "The communities will receive _____ in grants to rebuild after the storms.",
      "Since August, the Department has completed _____ claims for veterans and their survivors.",
      "The Treasury Department is administering _____ to cover costs borne by state and local governments during the crisis.",
    ]) {
      expect(gateUnresolved({ ...base, prompt }, a), prompt).toBe(true);
    }
  });
  it("keeps a program, a department or a crisis the stem names", () => {
    for (const prompt of [
      "The program of school meals will fund up to _____ cooperative agreements.",
      "The Department of Veterans Affairs has completed _____ claims for veterans and their survivors.",
      "The Treasury Department is administering _____ to cover costs borne by state and local governments.",
      "The crisis in Haiti has displaced _____ people.",
    ]) {
      expect(gateUnresolved({ ...base, prompt }, a), prompt).toBe(false);
    }
  });
});

describe("acronyms spelled out with their department and their 'the' (set L)", () => {
  const text = factSheet("Renters and Landlords", [
    "The Department of Health and Human Services (HHS), through the Centers for Disease Control and Prevention (CDC), extended the eviction moratorium.",
    "The U.S. Agency for International Development (USAID) is working with partners abroad on housing.",
    "The National Oceanic and Atmospheric Administration's (NOAA) new grants help coastal towns.",
    "The Commission of Inquiry (COI) was created last year.",
  ]);
  const m = articleAcronyms(text);
  it("keeps the department's own word in the long form", () => {
    expect(m.get("HHS")).toBe("Department of Health and Human Services");
    expect(m.get("NOAA")).toBe("National Oceanic and Atmospheric Administration");
    expect(spellOutAcronyms("HHS awarded _____ in grant funding to support 76 grantees.", m)).toBe(
      "The Department of Health and Human Services (HHS) awarded _____ in grant funding to support 76 grantees.",
    );
  });
  it("puts 'the' before a body used as a noun of its own, not before a modifier or after a determiner", () => {
    expect(spellOutAcronyms("HUD will continue to support CDC in developing strategies for _____.", m)).toBe(
      "The Department of Housing and Urban Development (HUD) will continue to support the Centers for Disease Control and Prevention (CDC) in developing strategies for _____.",
    );
    expect(spellOutAcronyms("The President announced _____ in assistance through USAID.", m)).toBe(
      "The President announced _____ in assistance through the U.S. Agency for International Development (USAID).",
    );
    expect(spellOutAcronyms("Landlords must follow the extended CDC Eviction Moratorium for _____.", m)).toBe(
      "Landlords must follow the extended Centers for Disease Control and Prevention (CDC) Eviction Moratorium for _____.",
    );
    expect(spellOutAcronyms("The report found _____ concerns about the unprecedented and open-ended COI on the situation.", m)).toBe(
      "The report found _____ concerns about the unprecedented and open-ended Commission of Inquiry (COI) on the situation.",
    );
    expect(spellOutAcronyms("To learn more about the _____ cap, visit NOAA's website.", m)).toBe(
      "To learn more about the _____ cap, visit the National Oceanic and Atmospheric Administration's website.",
    );
    expect(spellOutAcronyms("Over the next _____, NOAA’s investments will advance climate resilience.", m)).toBe(
      "Over the next _____, the National Oceanic and Atmospheric Administration's investments will advance climate resilience.",
    );
  });
});

describe("an item of a list after a semicolon is no stem (set L)", () => {
  it("asks nothing of '…; a new HHS report showing … to _____; and CMS's plan to propose …'", () => {
    const text = factSheet("Maternal Health", [
      "The Vice President hosted the first-ever White House Maternal Health Day of Action on Tuesday in Washington.",
      "At the Summit, the Vice President announced guidance to help states provide 12 months of continuous postpartum coverage through their Medicaid programs, up from 60 days; a new HHS report showing the impact of state extensions of Medicaid postpartum coverage to 12 months; and CMS's plan to propose the establishment of a Birthing-Friendly hospital designation.",
      "The United States has the highest maternal mortality rate among developed nations, and the rate is rising.",
      "States that extend coverage help new mothers see their doctors in the months after birth.",
    ]);
    const qs = numericQuestions(analyze(text));
    expect(qs.some((c) => /^a new HHS report/i.test(c.prompt))).toBe(false);
    // The clause with the sentence's own verb is still asked.
    const { candidates } = candidateBank(text);
    expect(candidates.every((c) => !/report showing the impact[^;]*_____/.test(c.prompt))).toBe(true);
  });
});

describe("two offices given the same task answer each other (set L)", () => {
  it("puts one of 'Which agency will monitor …?' for the CFPB and the FTC in a quiz", () => {
    const text = factSheet("The Multi-Agency Effort to Support Renters and Landlords", [
      "Federal agencies are coordinating efforts to get tenants and landlords the assistance they need during the public health emergency.",
      "The Consumer Financial Protection Bureau (CFPB) is helping tenants understand their rights under the moratorium.",
      "The CFPB will monitor and investigate eviction practices to ensure that companies are complying with the law.",
      "The Federal Trade Commission (FTC) is working with partners to reach renters in every state.",
      "The FTC will be monitoring and investigating eviction practices to ensure that companies are complying with the law.",
      "The Treasury Department continues to administer the Emergency Rental Assistance Program to help households that cannot pay rent.",
      "The Department of Agriculture will send a notice to 7,000 property owners in its multifamily portfolio about the moratorium.",
    ]);
    const { candidates } = candidateBank(text);
    const monitor = candidates.filter((c) => /^Which agency will (?:be )?monitor/.test(c.prompt));
    expect(monitor.length).toBe(2);
    const quiz = generateQuestions(text).questions.filter((q) => /^Which agency will (?:be )?monitor/.test(q.prompt));
    expect(quiz.length).toBe(1);
  });
});

describe("run-on clauses, list items and side connectives in stems (set L)", () => {
  const women = factSheet("Women, Peace and Security Report to Congress", [
    "The Department of Homeland Security reported its progress on women, peace and security to Congress this week.",
    "The Federal Law Enforcement Training Centers (FLETC) trained 8,458 women in both basic and advanced law enforcement training programs; Initiative 2023 was launched to increase the number of women in law enforcement by 30 percent no later than 2023; and the U.S. Secret Service celebrated its 50th anniversary of admitting female agents.",
    "Women remain underrepresented in the leadership of federal law enforcement agencies across the country.",
    "The report describes the programs that agencies run to recruit and promote women in uniform.",
  ]);
  it("ends a clause after a semicolon at the next semicolon", () => {
    const q = numericQuestions(analyze(women)).find((c) => c.answer === "30 percent");
    expect(q?.prompt).toBe("Initiative 2023 was launched to increase the number of women in law enforcement by _____ no later than 2023.");
  });
  it("rejects an amount that opens a list item with no verb of its own", () => {
    const text = factSheet("$2.9 Billion to Strengthen Global Food Security", [
      "President Biden announced new funding to strengthen global food security at the United Nations General Assembly.",
      "The new funding includes several programs that reach children and farmers in many countries.",
      "$220 million, through the U.S. Department of Agriculture, for eight new school feeding projects that are expected to benefit nearly a million children in food-insecure countries in Africa and East Asia.",
      "The United States remains the largest donor of food assistance in the world, by a wide margin.",
    ]);
    const { candidates } = candidateBank(text);
    expect(candidates.filter((c) => c.type !== "true_false").some((c) => c.answer === "$220 million" || c.answer === "eight")).toBe(false);
  });
  it("rejects an item of what a program did that opens with its verb ('Established … labs in 6 public schools; improved …')", () => {
    const text = factSheet("Partnership for Education in Cambodia", [
      "The United States has supported education in Cambodia for many years through several partnerships.",
      "The program's results in its first five years are listed below for the public.",
      "Established math, science, and technology labs in 6 public schools; improved math, science, and technology skills of 240 public school teachers and 105 students.",
      "Cambodia's government has pledged to expand the labs to every province by the end of the decade.",
    ]);
    const { candidates } = candidateBank(text);
    expect(candidates.filter((c) => c.type !== "true_false").some((c) => /established math|improved math/i.test(c.prompt))).toBe(false);
  });
  it("reads 'the communities' as unresolved and drops ', for instance,'", () => {
    const a = analyze(women);
    expect(gateUnresolved({ ...base, prompt: "The Department of Labor will connect the communities with _____ local workforce boards." }, a)).toBe(true);
    expect(gateUnresolved({ ...base, prompt: "The Department of Labor will connect the communities of Appalachia with _____ local workforce boards." }, a)).toBe(false);
    const text = factSheet("A New Initiative to Tackle Unsheltered Homelessness", [
      "The Administration launched a new initiative to help cities and states reduce unsheltered homelessness.",
      "Through the Treasury Department's State and Local Fiscal Recovery Fund, for instance, Chicago has invested $2.5 billion in projects focused on reducing and preventing homelessness.",
      "Homelessness has risen in many large cities since the start of the pandemic, according to federal data.",
      "Local leaders asked for more flexible funding to house people who live outside.",
    ]);
    const { candidates } = candidateBank(text);
    const q = candidates.find((c) => c.answer === "more than $2.5 billion" || c.answer === "$2.5 billion");
    expect(q).toBeDefined();
    expect(q!.prompt).toBe("According to the fact sheet, through the Treasury Department's State and Local Fiscal Recovery Fund, Chicago has invested _____ in projects focused on reducing and preventing homelessness.");
  });
  it("ends an office's task before a second clause with its own subject", () => {
    const text = factSheet("New Border Enforcement Actions", [
      "The Administration announced new actions to secure the border and expand lawful pathways.",
      "The Department of Homeland Security is expanding outreach efforts with local jurisdictions to provide coordination of resources and technical assistance support and the Administration has been facilitating coordination between state and local officials and other federal agencies.",
      "The border has seen record numbers of migrants from Cuba, Haiti, Nicaragua, and Venezuela.",
      "Officials said the new process will reduce the number of people crossing between ports of entry.",
    ]);
    const { candidates } = candidateBank(text);
    const q = candidates.find((c) => /^Which department is expanding outreach/.test(c.prompt));
    expect(q?.prompt).toBe("Which department is expanding outreach efforts with local jurisdictions to provide coordination of resources and technical assistance support?");
  });
});

describe("'the Department' is the department its paragraph names (set L)", () => {
  const text = cleanArticleText(
    [
      "FACT SHEET: U.S. Government Women Peace and Security Report to Congress — The White House, July 18, 2022",
      "",
      "Today the Administration released its second report to Congress on the Women, Peace, and Security Strategy.",
      "",
      "Department of State.  The Department continued its focus on women's participation in peace processes around the world. During the reporting period, the Department invested approximately $110 million in assistance programming to advance women's leadership.",
      "",
      "Department of Defense.  The Department of Defense trained thousands of personnel on the strategy this year. The Department initiated use of $3 million from its security cooperation account to support women in national security forces.",
      "",
      "The report also describes the work of the Department of Homeland Security and the U.S. Agency for International Development.",
    ].join("\n"),
    "text",
  );
  it("spells out the department of the paragraph's run-in heading", () => {
    const { candidates } = candidateBank(text);
    const state = candidates.find((c) => c.answer === "$110 million" || c.answer === "approximately $110 million");
    expect(state?.prompt).toMatch(/the Department of State invested approximately _____ in assistance programming to advance women's leadership/);
    const defense = candidates.find((c) => c.answer === "$3 million");
    expect(defense?.prompt).toMatch(/the Department of Defense initiated use of _____ from its security cooperation account/);
    expect(candidates.some((c) => /\b[Tt]he Department\b(?! of)/.test(c.prompt))).toBe(false);
  });
  it("reads a capitalised 'The Department' it cannot resolve as unresolved", () => {
    const a = analyze(text);
    expect(gateUnresolved({ ...base, prompt: "The Department invested approximately _____ in assistance programming." }, a)).toBe(true);
  });
});

describe("a First Lady is not the President of her family name (set L)", () => {
  it("does not read 'President Biden' as Jill Biden (the answer key of 'Who will make multiple stops …?')", () => {
    const text = cleanArticleText(
      [
        "FACT SHEET: Administration to Kick Off Third Investing in America Tour — The White House, October 5, 2023",
        "",
        "The tour will feature President Biden, Vice President Harris, First Lady Jill Biden, Secretary of the Interior Deb Haaland, and Administrator Isabel Guzman making dozens of stops in the coming two weeks.",
        "The tour will kick off on Friday, where First Lady Jill Biden will visit Dutchess Community College in Fishkill, New York.",
        "President Biden will make multiple stops to highlight how his Administration's investments in infrastructure, clean energy, and manufacturing are creating jobs in communities across the country.",
        "Secretary of the Interior Deb Haaland will travel to New Mexico to highlight investments in water infrastructure.",
        "Administrator Isabel Guzman will visit small businesses in Ohio that received federal loans last year.",
      ].join("\n"),
      "text",
    );
    const a = analyze(text);
    const president = a.ents.mentions.filter((m) => m.text === "Biden" && m.title === "President");
    expect(president.length).toBe(2);
    for (const m of president) expect(m.canonical).not.toBe("Jill Biden");
    // The First Lady is still herself.
    expect(a.ents.mentions.filter((m) => m.text === "Jill Biden").every((m) => m.canonical === "Jill Biden")).toBe(true);
  });
});

describe("one value in two spellings is one choice (set P)", () => {
  it("never offers '$1 billion' beside '$1.0 billion'", () => {
    const q = findQuantities("The program provided $1.0 billion to states this year.").find((x) => x.text === "$1.0 billion")!;
    const others = findQuantities("Another fund gave $1 billion, and a third gave $2.5 billion, and a fourth gave $0.6 billion.");
    const d = numericDistractors(q, others, new Set(), 3);
    expect(d).not.toContain("$1 billion");
    expect(d.length).toBeGreaterThanOrEqual(2);
  });
});

describe("an item after a semicolon that shares the sentence's subject (set P)", () => {
  it("asks nothing of '…; established … labs in 6 public schools; improved … skills of _____ teachers'", () => {
    const text = factSheet("Partnership for Central America", [
      "The Vice President announced new private sector commitments for Northern Central America today.",
      "Fundación Rafael Meza Ayau (FRMA), together with private sector partners, committed over $2.7 million to a project to improve the lives of residents of Soyapango, El Salvador.",
      "To date, FRMA has strengthened 44 institutions that provide social services; established math, science, and technology labs in 6 public schools; improved math, science, and technology skills of 1,404 public school teachers and 105 students; placed 153 people in vacant job positions; and trained 122 micro businesses to help them grow.",
      "The partnership expects to reach more communities in the region in the coming year.",
    ]);
    const qs = numericQuestions(analyze(text));
    expect(qs.some((c) => /^(?:established|improved) math|^(?:and )?(?:placed|trained) \d/i.test(c.prompt))).toBe(false);
  });
});
