/**
 * Engine 34 (ADR 051): faults that sets BP's and BQ's raters found and engine 33 left
 * (docs/quality/2026-12-07-engine33-agencies-setsBP-BQ), each a rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { candidateBank, cleanArticleText, fullNameWhereAmbiguous, ownClause } from "./index";
import { presidentTerm } from "./cloze";
import { article, everyCandidate, fixture, release, stem } from "./test-helpers";
import { gatePredictable, gateTrivia, gateUnresolved } from "./gates";
import { stemGender } from "./util";

const bank = (text: string) => candidateBank(text).candidates;
const rejected = (text: string) => candidateBank(text).rejected;

describe("a unit written singular after its figure keeps that form in every choice", () => {
  const text = article("FACT SHEET: The Biden Economy — The White House, June 2, 2023", [
    "Even though the pessimists predicted that many Americans would not return to work following the pandemic, the share of working age Americans in the labor force is at a 20 year high.",
    "The unemployment rate has stayed below 4 percent for 15 months in a row, the longest stretch since the 1960s.",
    "Manufacturing companies have announced more than $200 billion in new factory investments since 2021.",
    "Wages for the lowest-paid workers have grown faster than inflation over the last two years.",
  ]);
  it("'at a 20 year high' offers '30 year', not '30 years'", () => {
    const q = bank(text).find((c) => c.type === "numeric" && /at a _____ high/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    expect(q!.answer).toBe("20 year");
    for (const x of q!.choices) expect(x).toMatch(/^\d+ year$/);
  });
  it("a plural unit stays plural ('15 months' beside '10 months')", () => {
    const q = bank(text).find((c) => c.type === "numeric" && c.answer === "15 months");
    expect(q, "the question exists").toBeDefined();
    for (const x of q!.choices) expect(x).toMatch(/^\d+ months$/);
  });
});

describe("'last year' in the claim is no date a student can place", () => {
  const FILLER = [
    "The Department of Energy awarded $50 million to help rural electric cooperatives build new transmission lines.",
    "The Department of the Interior opened 3 million acres of public land to solar and wind projects in western states.",
    "The Department of Labor funded apprenticeships for 10,000 workers in clean energy jobs across rural America.",
  ];
  const text = article("FACT SHEET: Biden-Harris Administration Invests in Rural America — The White House, March 9, 2023", [
    "The Department of Agriculture provided the largest-ever investment in rural renewable energy last year.",
    ...FILLER,
  ]);
  it("is refused as unresolved", () => {
    expect(bank(text).some((c) => /last year/.test(c.prompt))).toBe(false);
    expect(rejected(text).some((r) => r.reason === "unresolved" && /renewable energy last year/.test(r.candidate.prompt))).toBe(true);
  });
  it("an aside that says when something else happened leaves the claim asked", () => {
    const t = article("Blinken Meets Xi in Beijing — The New York Times, April 26, 2024", [
      "Chinese media outlets have frequently raised Mr. Xi's goal, announced after the summit near San Francisco last year, of inviting 50,000 young Americans to visit China.",
      "Secretary of State Antony J. Blinken met Xi Jinping in Beijing on Friday for talks on trade, fentanyl and Taiwan.",
      "Mr. Blinken said the United States would keep pressing China to stop supplying Russia's defense industry.",
      "China's foreign minister, Wang Yi, warned that relations could spiral downward if Washington kept adding sanctions.",
    ]);
    expect(bank(t).some((c) => c.type === "numeric" && c.answer === "50,000")).toBe(true);
  });
});

describe("a school of the answer named after its blank gives it away", () => {
  const text = article("President Biden Announces Key Nominees — The White House, July 15, 2021", [
    "Amy Gutmann, Nominee for Ambassador to the Federal Republic of Germany",
    "Amy Gutmann is the eighth President of the University of Pennsylvania, serving since 2004.",
    "She previously taught at Princeton University for three decades and founded its Center for Human Values.",
    "Gutmann worked at Harvard's Kennedy School of Government and at the University of Maryland.",
    "She earned her doctorate from Georgetown University and her master's degree from the University of California, Berkeley.",
    "Before Penn, Gutmann served as Provost of Princeton University and chaired the Presidential Commission for the Study of Bioethical Issues.",
  ]);
  it("'_____'s Kennedy School of Government' is not asked", () => {
    for (const c of bank(text)) expect(c.prompt).not.toMatch(/_____['’]s Kennedy School/);
  });
  it("the other universities of her career still are", () => {
    expect(bank(text).some((c) => c.type === "fill_in_blank" && /University/.test(c.answer))).toBe(true);
  });
});

describe("a person whose given name opens every sentence about her", () => {
  const text = article("President Biden Announces Key Nominees — The White House, October 8, 2021", [
    "Chantale Wong, Nominee for United States Director of the Asian Development Bank, with the rank of Ambassador",
    "Chantale Yokmin Wong is a leading authority in international development policy with over 30 years of experience in finance, technology, and the environment.",
    "Chantale was appointed by President Obama to serve as Chief Financial Officer at the Millennium Challenge Corporation, where she led change in financial management.",
    "Rachel Jacobson, Nominee for Assistant Secretary of the Army for Installations, Energy and Environment",
    "Rachel Jacobson is an attorney who served at the Department of Defense during the Obama-Biden Administration.",
  ]);
  it("is read by her whole name, the heading's given name with it", () => {
    const a = analyze(text);
    expect(a.ents.persons.has("Chantale Yokmin Wong")).toBe(true);
    expect(a.ents.persons.has("Yokmin Wong")).toBe(false);
  });
  it("and no blank or choice offers 'Yokmin Wong'", () => {
    for (const c of bank(text)) expect([c.prompt, ...c.choices].join(" | ")).not.toMatch(/(?<!Chantale )Yokmin Wong/);
  });
});

describe("no wrong answer made after the president the sentence names left office", () => {
  it("reads the president's years from 'President X' or 'the X-Y Administration'", () => {
    expect(presidentTerm("Chantale was appointed by President Obama to serve as Chief Financial Officer.")).toEqual({ from: 2009, to: 2017 });
    expect(presidentTerm("She served at the Department of Defense during the Obama-Biden Administration.")).toEqual({ from: 2009, to: 2017 });
    expect(presidentTerm("The Millennium Challenge Corporation announced a new compact with Kenya.")).toBeUndefined();
    // (Two presidents: no one era.)
    expect(presidentTerm("President Obama and President Trump both met the Prime Minister.")).toBeUndefined();
  });
  it("the Development Finance Corporation (2019) is not offered for an Obama appointment", () => {
    const text = article("President Biden Announces Key Nominees — The White House, October 8, 2021", [
      "Chantale Wong, Nominee for United States Director of the Asian Development Bank, with the rank of Ambassador",
      "Chantale Yokmin Wong is a leading authority in international development policy with over 30 years of experience in finance, technology, and the environment.",
      "Chantale was appointed by President Obama to serve as Vice President for Administration and Finance and Chief Financial Officer at the Millennium Challenge Corporation where she led change in financial, human capital, and information technology management.",
      "Earlier, she served at the Export-Import Bank of the United States and at the U.S. Agency for International Development.",
      "She holds a master's degree in environmental engineering from the University of California, Berkeley.",
    ]);
    const q = bank(text).find((c) => c.answer === "Millennium Challenge Corporation" && /appointed by President Obama/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    expect(q!.choices).not.toContain("U.S. International Development Finance Corporation");
    expect(q!.choices.length).toBeGreaterThanOrEqual(3);
  });
});

describe("a report's sample the stem never names", () => {
  const text = article("FACT SHEET: Protecting Communities from Extreme Heat — The White House, July 27, 2023", [
    "In the 49 cities analyzed, increases in high-temperature days are projected to cause premature deaths, and Black individuals are 40-59% more likely than non-Black individuals to currently live in high-impact areas.",
    "The Environmental Protection Agency released a report on climate change and social vulnerability in September 2021.",
    "The Department of Health and Human Services opened an Office of Climate Change and Health Equity.",
    "The Federal Emergency Management Agency made $1 billion available to help communities prepare for extreme heat.",
  ]);
  it("'in the _____ cities analyzed' is refused (analysed by whom?)", () => {
    expect(bank(text).some((c) => /cities analyzed/.test(c.prompt))).toBe(false);
    expect(rejected(text).some((r) => r.reason === "unresolved" && /cities analyzed/.test(r.candidate.prompt))).toBe(true);
  });
});

describe("a department whose field the sentence names, where the answer's it does not, is no wrong answer", () => {
  const text = article("FACT SHEET: Biden-Harris Administration Advances Clean Manufacturing — The White House, February 8, 2023", [
    "The Inflation Reduction Act provides the Department of Energy with billions to invest in retrofitting industrial facilities and tax credits for clean technology manufacturing.",
    "The Department of Transportation has included criteria in several grant programs to reward the use of low-carbon materials.",
    "The Department of Agriculture will help farmers sell crops used in bio-based building products.",
    "The Department of Commerce is working with manufacturers to set standards for low-carbon steel and cement.",
  ]);
  it("the Treasury is not offered for a sentence on tax credits whose answer is Energy", () => {
    const q = bank(text).find((c) => c.answer === "Department of Energy" && /tax credits/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    expect(q!.choices).not.toContain("Department of the Treasury");
  });
  it("the question keeps three wrong answers of the other departments", () => {
    const q = bank(text).find((c) => c.answer === "Department of Energy" && /tax credits/.test(c.prompt));
    expect(q!.choices).toHaveLength(4);
    for (const x of q!.choices) expect(x).toMatch(/^Department of /);
  });
});

describe("set BS's faults", () => {
  it("a chamber of the Constitution's Congress is not offered the Continental Congress as a wrong answer", () => {
    const chamber = everyCandidate(fixture("07")).filter((c) => /^(?:Senate|House of Representatives)$/.test(c.answer));
    expect(chamber.length, "chamber questions exist").toBeGreaterThan(0);
    for (const c of chamber) expect(c.choices).not.toContain("Continental Congress");
    expect(chamber.some((c) => c.choices.includes("Electoral College"))).toBe(true);
  });
  it("a biography's praise of its person is not asked ('Who is a leading authority …?')", () => {
    const text = article("President Biden Announces Key Nominees — The White House, October 8, 2021", [
      "Chantale Wong, Nominee for United States Director of the Asian Development Bank, with the rank of Ambassador",
      "Chantale Yokmin Wong is a leading authority in international development policy with over 30 years of experience in finance, technology, and the environment.",
      "Scott Nathan, Nominee for Chief Executive Officer of the U.S. International Development Finance Corporation",
      "Scott Nathan is an experienced investor, manager and public servant.",
      "Rachel Jacobson, Nominee for Assistant Secretary of the Army for Installations, Energy and Environment",
      "Rachel Jacobson is an attorney who served at the Department of Defense and ran a conservation program at the National Fish and Wildlife Foundation.",
    ]);
    const b = bank(text);
    expect(b.some((c) => /leading authority|experienced investor/.test(c.prompt))).toBe(false);
    expect(rejected(text).some((r) => r.reason === "trivia" && /leading authority/.test(r.candidate.prompt))).toBe(true);
  });
});

describe("set BS's faults that earlier sets found too", () => {
  it("a whole sentence run on from the article's words is quoted with a capital, not '… if'", () => {
    const q = everyCandidate(fixture("10")).find((c) => c.type === "quote_attribution" && /unclench their fist/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    expect(q!.prompt).toBe('Who said: "If countries like Iran are willing to unclench their fist, they will find an extended hand from us"?');
  });
  it("a fragment that is no whole sentence still shows it is cut; a whole one after 'that' is capitalised", () => {
    const text = article("Obama Interview — Wikinews, January 27, 2009", [
      'Obama said the United States would seek "a new way forward, based on mutual interest and mutual respect with the Muslim world."',
      "President Barack Obama gave his first formal interview as President to Al Arabiya, a television network based in Dubai.",
      "George J. Mitchell, his special envoy to the Middle East, left for Egypt on Monday.",
      '"We cannot tell either the Israelis or the Palestinians what is best for them," Obama said.',
      'Mitchell said that "when both sides are ready, the United States will help them reach a lasting peace."',
    ]);
    const quotes = everyCandidate(text).filter((c) => c.type === "quote_attribution").map((c) => c.prompt);
    expect(quotes).toContain('Who said: "… a new way forward, based on mutual interest and mutual respect with the Muslim world"?');
    expect(quotes).toContain('Who said: "When both sides are ready, the United States will help them reach a lasting peace"?');
  });
  it("an explainer's 'Yes' to its own heading is not asked in the quiz (the heading restated)", () => {
    const all = everyCandidate(fixture("12")).filter((c) => c.answerKey.startsWith("faq:"));
    expect(all.some((c) => c.answer === "True"), "the bank keeps it").toBe(true);
    for (const c of all.filter((x) => x.answer === "True")) expect(c.bankOnly).toBe(true);
    for (const c of all.filter((x) => x.answer === "False")) expect(c.bankOnly ?? false).toBe(false);
  });
});

describe("an also-ran's tally", () => {
  it("'John Adams came in third with _____ votes' is not asked; the majority a candidate needed still is", () => {
    const all = bank(cleanArticleText(fixture("13")));
    expect(everyCandidate(fixture("13")).some((c) => c.type === "numeric" && /came in third with _____/.test(c.prompt)), "it is made").toBe(true);
    expect(all.some((c) => c.type === "numeric" && /came in third/.test(c.prompt))).toBe(false);
    expect(all.some((c) => c.type === "numeric" && c.answer === "131")).toBe(true);
  });
});

describe("a consequence with a subject of its own is a clause by itself", () => {
  it("'…, thus Jefferson and Burr tied at _____ electoral votes each' keeps only that clause, dated", () => {
    expect(ownClause("In the presidential election of 1800, Democratic-Republicans failed to execute the plan however, thus Jefferson and Burr tied at _____ electoral votes each; John Adams came in third with 63 votes.")).toBe("In the presidential election of 1800, Jefferson and Burr tied at _____ electoral votes each.");
    const q = bank(cleanArticleText(fixture("13"))).find((c) => c.type === "numeric" && c.answer === "73");
    expect(q?.prompt).toBe("In the presidential election of 1800, Jefferson and Burr tied at _____ electoral votes each.");
  });
  it("a consequence whose subject opens with an article too ('…, thus the two Republican candidates tied …')", () => {
    expect(ownClause("In the presidential election of 1800, the plan failed, thus the two Republican candidates tied at _____ electoral votes each.")).toBe("In the presidential election of 1800, the two Republican candidates tied at _____ electoral votes each.");
  });
  it("not a 'thus' before a lower-case word, which continues the clause", () => {
    expect(ownClause("The agency cut its costs, thus saving _____ in the first year of the program.")).toBeNull();
  });
});

describe("what the newly named nominees brought out (the pool's changed quizzes, engine 34)", () => {
  const text = article("President Biden Announces Appointments to the Nuclear Waste Technical Review Board — The White House, September 27, 2024", [
    "Richelle M. Allen-King, Member",
    "Richelle M. Allen-King is Professor of Geological Sciences at the University at Buffalo, State University of New York.",
    "Allen-King earned a B.A in Chemistry from the University of California, San Diego and PhD in Earth Sciences from the University of Waterloo.",
    "Allen-King has served on committees and advisory panels for the Environmental Protection Agency and the National Research Council.",
    "Peter Swift, Member",
    "Peter Swift is a consulting geoscientist who was formerly a Chief Scientist at Sandia National Laboratories, where he led the Yucca Mountain performance assessment.",
    "Silvia Jurisson, Member",
    "Silvia Jurisson is Professor Emerita of Chemistry and Radiology at the University of Missouri.",
    "She received the John H. Hubbell Award from Elsevier in 2018 and the Glenn T. Seaborg Award for Nuclear Chemistry in 2012.",
  ]);
  it("an award or a bare title is no person ('John H. Hubbell Award', 'Chief Scientist')", () => {
    const a = analyze(text);
    expect(a.ents.persons.has("John H. Hubbell Award")).toBe(false);
    expect(a.ents.persons.has("Chief Scientist")).toBe(false);
    expect(a.ents.persons.has("Richelle M. Allen-King")).toBe(true);
    for (const c of bank(text)) expect(c.choices.join(" | ")).not.toMatch(/\b(?:Award|Scientist)\b/);
  });
  it("a degree written without its last period ('a B.A in Chemistry') is biography trivia too", () => {
    expect(bank(text).some((c) => /earned a B\.A in/.test(c.prompt))).toBe(false);
    expect(rejected(text).some((r) => r.reason === "trivia" && /earned a B\.A in/.test(r.candidate.prompt))).toBe(true);
  });
  it("a double-barrelled family name opening a stem is given in full", () => {
    const q = bank(text).find((c) => /served on committees and advisory panels/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    expect(q!.prompt).toMatch(/^Richelle M\. Allen-King has served/);
  });
});

describe("set BT's faults in the pool's changed quizzes", () => {
  const dhs = readFileSync(join(__dirname, "fixtures", "heldout", "dhs-nominees-2021.txt"), "utf8");
  it("a stem's word of kin gives its person's gender ('the son of', 'As a mother to four')", () => {
    expect(stemGender("Who grew up in Lansing, Michigan, the son of an immigrant from Oslo, Norway?")).toBe("m");
    expect(stemGender("As a mother to four, _____ is a strong advocate for women in science.")).toBe("f");
    expect(stemGender("Who said he and his wife would stay?")).toBe("m");
    expect(stemGender("Who leads the agency?")).toBeUndefined();
    expect(stemGender("Who said that her son and his friends would vote?")).toBeUndefined();
  });
  it("'Who grew up …, the son of an immigrant …?' offers the release's other men, not its women", () => {
    // (Refused since engine 36, where a person grew up being a biography's origins, set CA; its choices are still made.)
    expect(bank(cleanArticleText(dhs)).some((c) => /the son of an immigrant/.test(c.prompt))).toBe(false);
    const q = everyCandidate(cleanArticleText(dhs)).find((c) => c.type === "multiple_choice" && /the son of an immigrant/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    expect(q!.choices).not.toContain("Jen Easterly");
    expect(q!.choices).not.toContain("Ur Mendoza Jaddou");
  });
  it("a firm named after the word for it is no person ('the law firm Paul Hastings LLP', 'Arnold Ventures')", () => {
    const a = analyze(cleanArticleText(dhs));
    expect(a.ents.persons.has("Paul Hastings")).toBe(false);
    const t = article("President Biden Announces Key Nominations — The White House, June 1, 2021", [
      "John Tien, Nominee for Deputy Secretary of Homeland Security",
      "John Tien is a retired Army colonel who later worked for Arnold Ventures on criminal justice grants.",
      "Robert Silvers, Nominee for Under Secretary for Strategy, Policy, and Plans",
      "Robert Silvers is a partner at the law firm Paul Hastings and a former Assistant Secretary for Cyber Policy.",
    ]);
    const b = analyze(t);
    expect(b.ents.persons.has("Arnold Ventures")).toBe(false);
    expect(b.ents.persons.has("Paul Hastings")).toBe(false);
    expect(b.ents.persons.has("Robert Silvers")).toBe(true);
  });
  describe("résumé and family details, and a biography's praise", () => {
    const text = article("President Biden Announces Key Nominations — The White House, June 1, 2021", [
      "Ur Mendoza Jaddou, Nominee for Director of U.S. Citizenship and Immigration Services",
      "Ur Mendoza Jaddou has dedicated her career to fixing the immigration system and served as Chief Counsel of the agency from 2014 to 2017.",
      "Jaddou has a B.S. with honors from Georgetown University and a J.D. from the University of Michigan, where she served as a senior editor of the Michigan Law Review.",
      "John Tien, Nominee for Deputy Secretary of Homeland Security",
      "John Tien lives in Georgia with his wife of 30 years and their two sons.",
      "Robert Silvers, Nominee for Under Secretary for Strategy, Policy, and Plans",
      "Robert Silvers is a native of the District of Columbia and a former Assistant Secretary for Cyber Policy at the Department of Homeland Security.",
    ]);
    const b = bank(text);
    it("'Who has a B.S. …', a law review, 'his wife of _____' are not asked", () => {
      expect(b.some((c) => c.type !== "true_false" && /has a B\.S\./.test(c.prompt))).toBe(false);
      expect(b.some((c) => /Law Review/.test(c.prompt))).toBe(false);
      expect(b.some((c) => /wife of _____/.test(c.prompt))).toBe(false);
    });
    it("the gate refuses each of them as the stem the forms make", () => {
      const who = (prompt: string) => ({ ...stem(prompt), type: "multiple_choice" as const, answer: "Ur Mendoza Jaddou", answerKey: "person:Ur Mendoza Jaddou" });
      expect(gateTrivia(who("Who served as a senior editor of the Michigan Law Review?"))).toBe(true);
      expect(gateTrivia(who("Who has dedicated her career to fixing the immigration system?"))).toBe(true);
      expect(gateTrivia({ ...stem("John Tien lives in Georgia with his wife of _____ and their two sons."), type: "numeric", answer: "30 years", answerKey: "num:30 years" })).toBe(true);
      expect(gateTrivia(who("Who served as Chief Counsel of the agency from 2014 to 2017?"))).toBe(false);
    });
    it("'a native of the District of _____' is Columbia by the name", () => {
      expect(b.some((c) => /District of _____/.test(c.prompt))).toBe(false);
      // (Refused as a biography's origins since engine 36, whose trivia gate runs before this one; the name still gives
      // it away, as gatePredictable says of the same stem.)
      const r = rejected(text).find((x) => /District of _____/.test(x.candidate.prompt))!;
      expect(r.reason).toBe("trivia");
      expect(gatePredictable(r.candidate, analyze(text))).toBe(true);
    });
  });
  it("'Who has a B.S. …?', 'Who has dedicated her career to …?', 'Who has championed …?' are not asked", () => {
    const text = article("President Biden Announces Key Nominations — The White House, June 1, 2021", [
      "Ur Mendoza Jaddou, Nominee for Director of U.S. Citizenship and Immigration Services",
      "Ur Mendoza Jaddou has dedicated her career to strengthening safety and stability for immigrant women, children, and families.",
      "Ur Mendoza Jaddou has a B.S. with honors from Georgetown University in comparative economics and a J.D. from the University of Michigan.",
      "Amy L. Solomon, Nominee for Assistant Attorney General",
      "Amy L. Solomon has championed the safety and well-being of children and families for more than twenty years.",
      "Jen Easterly, Nominee for Director of the Cybersecurity and Infrastructure Security Agency",
      "Jen Easterly is the head of Firm Resilience at a global bank.",
      "Kathleen Matthews, Nominee for Member of the Board",
      "Kathleen Matthews is a former television journalist who ran for Congress in Maryland.",
    ]);
    const b = bank(text);
    expect(b.some((c) => /has a B\.S\.|dedicated her career|has championed/.test(c.prompt))).toBe(false);
    const refused = rejected(text).filter((r) => r.reason === "trivia").map((r) => r.candidate.prompt);
    expect(refused.some((p) => /^Who has a B\.S\./.test(p))).toBe(true);
    expect(refused.some((p) => /^Who has dedicated her career/.test(p))).toBe(true);
    expect(refused.some((p) => /^Who has championed/.test(p))).toBe(true);
    expect(b.some((c) => c.answer === "Kathleen Matthews"), "a fact of the same release is still asked").toBe(true);
  });
});

describe("set BU's faults (a fresh draw of the pool's changed quizzes)", () => {
  const text = article("President Biden Announces Appointments — The White House, May 5, 2023", [
    "Laura Daniel-Davis, Member",
    "Laura Daniel-Davis has worked to conserve public lands, protect wildlife and address climate change for three decades, prioritizing a collaborative approach.",
    "Laura Daniel-Davis holds a Master of Public Administration from New York University and a Bachelor of Arts from the University of Colorado, Denver.",
    "Bill Freeman, Member",
    "Bill Freeman and his wife are proud of their three sons and nine grandchildren.",
    "Bill Freeman likes to participate in community activities, hike, swim, and read.",
    "Bill Freeman has an expansive career in philanthropy, public service, and business, working throughout the United States, Europe, and Asia.",
    "Jay Robinson, Member",
    "Jay Robinson has a Doctorate in Physical Therapy and has been practicing for 25 years.",
    "Jay Robinson served as chair of the State Board of Physical Therapy in Ohio from 2015 to 2019.",
  ]);
  const b = bank(text);
  it("how long a career has run, degrees, family and hobbies, and 'an expansive career' are not asked", () => {
    for (const re of [/for _____/, /holds a Master/, /grandchildren/, /likes to/, /expansive career/, /Doctorate/]) expect(b.some((c) => c.type !== "true_false" && re.test(c.prompt)), String(re)).toBe(false);
    const refused = rejected(text).filter((r) => r.reason === "trivia").map((r) => r.candidate.prompt);
    for (const re of [/practicing for _____/, /climate change for _____/, /_____ grandchildren/]) expect(refused.some((p) => re.test(p)), `${String(re)} in ${JSON.stringify(refused)}`).toBe(true);
  });
  it.each([
    "_____ likes to participate in community activities, hike, swim, and read.",
    "_____ has an expansive career in philanthropy, public service, and business.",
    "_____'s knowledge of the southwest region is both personal and professional.",
    "Who holds a Master of Public Administration from New York University and a Bachelor of Arts from the University of Colorado?",
    "_____ has a Doctorate in Physical Therapy.",
  ])("refuses '%s' as trivia", (prompt) => {
    expect(gateTrivia({ ...stem(prompt), answer: "Bill Freeman", answerKey: "person:Bill Freeman", type: prompt.startsWith("Who") ? "multiple_choice" : "fill_in_blank" })).toBe(true);
  });
  it("a post the person held is still asked", () => {
    expect(b.some((c) => /served as chair of the State Board/.test(c.prompt) && c.type !== "true_false")).toBe(true);
  });
  it("'Director for Afghanistan and _____' is Pakistan by the fixed pair", () => {
    const t = article("President Biden Announces Key Nominees — The White House, May 5, 2023", [
      "Gautam Rana, Nominee for Ambassador to the Slovak Republic",
      "Gautam Rana served as Director for Afghanistan and Pakistan on the National Security Council staff.",
      "He was the Deputy Chief of Mission at the U.S. Embassy in Islamabad and served in India, Iraq and Egypt.",
      "Laura Daniel-Davis, Nominee for Deputy Secretary of the Interior",
      "Laura Daniel-Davis served as chief of staff at the Department of the Interior and worked at the National Wildlife Federation.",
    ]);
    expect(rejected(t).some((r) => r.reason === "predictable" && /Afghanistan and _____/.test(r.candidate.prompt))).toBe(true);
  });
});

describe("the review of engine 34: what its rules must leave alone", () => {
  const a = release("The Department of Energy released a report on the grid.", "The Department of Agriculture awarded grants to farmers.");
  it("a bare family name before an adverb and its verb is still given in full ('Blinken later met …')", () => {
    const text = article("Blinken Meets Xi in Beijing — The New York Times, April 26, 2024", [
      "Secretary of State Antony J. Blinken arrived in Shanghai on Wednesday for talks on trade and fentanyl.",
      "Blinken later met Foreign Minister Wang Yi in Beijing for more than five hours.",
      "China's foreign minister, Wang Yi, warned that relations could spiral downward.",
    ]);
    const an = analyze(text);
    const i = an.sentences.findIndex((s) => /^Blinken later met/.test(s.norm));
    expect(fullNameWhereAmbiguous("Blinken later met Foreign Minister _____ in Beijing for more than five hours.", an, i)).toMatch(/^Antony J\. Blinken later met/);
  });
  it.each([
    ["Senator _____ of Montana was a leading sponsor of the bill.", false],
    ["_____ was a prominent critic of the treaty.", false],
    ["_____ is a leading authority in international development policy.", true],
  ] as const)("praise needs the kind of person it praises: %s", (prompt, refused) => {
    expect(gateTrivia({ ...stem(prompt), answer: "Jon Tester", answerKey: "person:Jon Tester" })).toBe(refused);
  });
  it("a person named after 'the company' and then a verb stays a person", () => {
    const an = analyze(article("OpenAI Chief Testifies — The Washington Post, May 16, 2023", [
      "Senators questioned executives of the company Sam Altman co-founded about the risks of artificial intelligence.",
      "Sam Altman told senators that government regulation would be critical.",
      "Senator Richard Blumenthal opened the hearing with a recording of his own voice made by a computer.",
    ]));
    expect(an.ents.persons.has("Sam Altman")).toBe(true);
  });
  it("'was last raised', 'the largest trading partner of _____' are no trivia", () => {
    expect(gateTrivia({ ...stem("The federal minimum wage was last raised in 2009, to _____ an hour."), type: "numeric", answer: "$7.25", answerKey: "num:$7.25" })).toBe(false);
    expect(gateTrivia({ ...stem("Mexico became the largest trading partner of _____ in 2023."), answer: "the United States", answerKey: "country:United States" })).toBe(false);
  });
  it("'the last year of the Obama administration' is a date; a main verb after 'the _____ member states' is no sample", () => {
    expect(gateUnresolved(stem("During the last year of the Obama administration, the _____ issued new rules on overtime pay."), a)).toBe(false);
    expect(gateUnresolved(stem("After the _____ member states reviewed the draft, the European Union adopted the new standard."), a)).toBe(false);
    expect(gateUnresolved(stem("The _____ cities analyzed were all in the South."), a)).toBe(true);
  });
  it("a run-on clause with an aside after its subject is no whole sentence: it keeps its '…'", () => {
    const text = article("Senator Opposes Spending Bill — Wikinews, March 3, 2009", [
      'Senator John McCain said he would vote no "because the bill, the largest in history, spends far too much."',
      'Senator Harry Reid said that "if the Senate acts quickly, the economy will recover sooner."',
      "The Senate is expected to vote on the bill on Thursday after two days of debate.",
    ]);
    const quotes = everyCandidate(text).filter((c) => c.type === "quote_attribution").map((c) => c.prompt);
    expect(quotes.some((p) => /^Who said: "Because the bill/.test(p))).toBe(false);
    expect(quotes).toContain('Who said: "If the Senate acts quickly, the economy will recover sooner"?');
  });
  it("a word of kin about someone else gives no gender", () => {
    expect(stemGender("Who was raised by a single mother in Detroit?")).toBeUndefined();
    expect(stemGender("Who met the widow of the fallen officer?")).toBeUndefined();
    expect(stemGender("Who grew up in Lansing, Michigan, the son of an immigrant?")).toBe("m");
  });
  it("'Vice President Biden' names no presidency; an agency's 'Administration' names no president", () => {
    expect(presidentTerm("Vice President Biden visited the plant in Toledo.")).toBeUndefined();
    expect(presidentTerm("She was appointed by President Obama to the Small Business Administration.")).toEqual({ from: 2009, to: 2017 });
  });
  it("a range of years gets years as wrong answers ('from 2014 to 2017', never 'from 671 to 672')", () => {
    const text = article("President Biden Announces Appointments — The White House, May 5, 2023", [
      "Jay Robinson, Member",
      "Jay Robinson served as chair of the State Board of Physical Therapy in Ohio from 2015 to 2019.",
      "Robinson previously led the Ohio Physical Therapy Association and taught at Ohio State University.",
    ]);
    const ranges = everyCandidate(text).flatMap((c) => [c.prompt, ...c.choices]).filter((x) => /\bfrom \d+ to \d+\b/.test(x));
    expect(ranges.length).toBeGreaterThan(0);
    for (const x of ranges) expect(x).toMatch(/\bfrom (?:19|20)\d\d to (?:19|20)\d\d\b/);
  });
});
