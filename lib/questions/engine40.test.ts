/**
 * Engine 40 (ADR 057): facts the raters asked for that the engine threw away.
 *  - A numbered list after a colon ends the stem ("… to help address three challenges: (1) …; (2) …"), and a purpose
 *    that points back ("To address these issues,") is dropped.
 *  - Two parallel statements joined by "and" ("X was 124% of GDP and Y was 99% of GDP") are two questions.
 *  - "This discharge occurs when …" after "… can be discharged …" is said again with its subject; "The first was …"
 *    after "There were two votes in the Senate." is the first vote in the Senate; "Passage of the Bill" in a report of
 *    several bills is the bill its lead and title name.
 *  - A readout's participants by state: each governor, and the first mayor of a city the lexicon knows.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { numericQuestions } from "./cloze";
import { rejectReason } from "./gates";
import { candidateBank, generateQuestions } from "./index";
import { article, fixture } from "./test-helpers";
import { stripConnector } from "./util";

describe("a date before a numbered list", () => {
  it("fixture 14's month of the taskforce's creation is asked with the statement the colon ends, in the bank only", () => {
    const { candidates } = candidateBank(fixture("14-"));
    const q = candidates.find((x) => x.answer === "October 2022");
    expect(q?.prompt).toBe("In _____, the Administration announced the creation of the White House-led H-2B Worker Protection Taskforce to develop solutions to help address three challenges.");
    // A month with other months as wrong answers stays out of the quiz (set CU's three raters: trivia).
    expect(q?.bankOnly).toBe(true);
    expect(generateQuestions(fixture("14-")).questions.some((x) => x.answer === "October 2022")).toBe(false);
  });

  it("a purpose that points back is dropped, one that says what it addresses stays", () => {
    expect(stripConnector("To address these challenges, the Department will hire 200 inspectors.").text).toBe("The Department will hire 200 inspectors.");
    expect(stripConnector("To help meet this demand, the Administration led a workforce sprint.").text).toBe("The Administration led a workforce sprint.");
    expect(stripConnector("To address climate change, the Department will hire 200 inspectors.").cut).toBe(0);
  });
});

describe("parallel statements", () => {
  it("fixture 06 asks both shares of GDP, each stem without the other's figure", () => {
    const { questions } = generateQuestions(fixture("06-"));
    const total = questions.find((q) => q.answer === "124%");
    const held = questions.find((q) => q.answer === "99%");
    expect(total?.prompt).toBe("At the end of FY2025, total debt subject to the limit was _____ of gross domestic product (GDP).");
    expect(held?.prompt).toMatch(/^At the end of FY2025, publicly held debt was _____ of (?:gross domestic product \(GDP\)|GDP)\.$/);
    expect(held?.choices).not.toContain("124%");
    expect(held?.evidence).toContain("124% of GDP and publicly held debt was 99% of GDP");
  });

  it("two clauses with different verbs are not split", () => {
    const text = article("The Budget — An Explainer, 2025", [
      "Federal spending is set each year by Congress through appropriations and mandatory programs.",
      "In 2024, total federal spending was 23% of GDP and federal revenue rose to 17% of GDP.",
      "Deficits add to the federal debt held by the public each year.",
    ]);
    const qs = numericQuestions(analyze(text)).filter((q) => q.answer === "23%" || q.answer === "17%");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toContain("total federal spending was");
  });
});

describe("an event a noun names", () => {
  it("fixture 12 asks how many Senators must sign the discharge petition", () => {
    const { questions } = generateQuestions(fixture("12-"));
    const q = questions.find((x) => x.answer === "30");
    expect(q?.prompt).toBe("A Senate committee can be discharged of further consideration of a joint resolution disapproving a rule when a discharge petition signed by at least _____ Senators is submitted on the floor.");
    // A rule's minimum: every wrong answer is a larger one (a stricter rule, which the article contradicts).
    for (const d of q!.choices.filter((c) => c !== "30")) expect(Number(d)).toBeGreaterThan(30);
  });

  it("after a sentence before that does something else, 'This discharge occurs when' stays unresolved", () => {
    const text = article("The Senate's Rules — An Explainer, 2026", [
      "In the Senate, a bill can be amended on the floor by any Senator. This discharge occurs when a discharge petition signed by at least 30 Senators is submitted on the floor.",
      "A committee may report a bill with or without amendments to the full Senate.",
    ]);
    const { candidates, rejected } = candidateBank(text);
    expect(candidates.some((c) => c.answer === "30")).toBe(false);
    const r = rejected.find((x) => x.candidate.answer === "30");
    expect(r?.candidate.prompt).toMatch(/^This discharge occurs when/);
    expect(rejectReason(r!.candidate, analyze(text))).toBe("unresolved");
  });
});

describe("the Senate's two votes", () => {
  it("fixture 08 asks the amendment's three-fifths and passage's simple majority, each named", () => {
    const { questions } = generateQuestions(fixture("08-"));
    const first = questions.find((q) => q.answer === "3/5");
    expect(first?.prompt).toBe("The first vote in the Senate was to amend H.R.1424, which required _____ to be accepted.");
    const passage = questions.find((q) => q.answer === "1/2");
    // Not "required only a _____ majority": beside 3/5, 2/3 and 3/4 "only" marks the smallest (set CU, two raters of three).
    expect(passage?.prompt).toBe("Passage of the revised bailout bill in the U.S. Senate required a _____ majority.");
    for (const q of [first!, passage!]) expect(q.choices.slice().sort()).toEqual(["1/2", "2/3", "3/4", "3/5"]);
  });

  it("'only' stays before a blank whose wrong answers lie on both sides ('having occurred only _____ times'), and in a quote", () => {
    const times = numericQuestions(analyze(fixture("13-"))).find((q) => q.prompt.includes("_____ times"));
    expect(times?.prompt).toContain("having occurred only _____ times");
    const text = article("Fact Sheet: The Infrastructure Law in South Carolina, 2023", [
      "The infrastructure law is investing billions of dollars in roads, bridges and broadband across South Carolina.",
      'Representative Jeff Duncan voted against the bill, falsely claiming "only $1 out of every $4 in this bill goes towards roads and bridges."',
      "The law has already funded 120 projects across the state since it was signed.",
    ]);
    const q = numericQuestions(analyze(text)).find((c) => c.answer === "$1");
    expect(q?.prompt).toContain('"only _____ out of every $4');
  });

  it("'The first' names what the sentence before counts, and nothing else", () => {
    const counted = article("Senate Votes on the Farm Bill, 2024", [
      "The Senate took up the farm bill on Tuesday after weeks of negotiation between the two parties.",
      "There were two votes in the Senate. The first was to amend the farm bill, which required 60 votes to be accepted, which it was.",
      "The second vote passed the bill with 68 votes.",
    ]);
    const q = numericQuestions(analyze(counted)).find((c) => c.answer === "60");
    expect(q?.prompt).toBe("The first vote in the Senate was to amend the farm bill, which required _____ votes to be accepted.");
    const uncounted = article("Senate Votes on the Farm Bill, 2024", [
      "The Senate took up the farm bill on Tuesday after weeks of negotiation between the two parties.",
      "Senators debated the farm bill for three days. The first was to amend the farm bill, which required 60 votes to be accepted, which it was.",
      "The second vote passed the bill with 68 votes.",
    ]);
    const { candidates, rejected } = candidateBank(uncounted);
    expect(candidates.some((c) => c.answer === "60")).toBe(false);
    expect(rejected.find((r) => r.candidate.answer === "60")?.candidate.prompt).toMatch(/^The first was to amend/);
  });
});

describe("a readout's participants by state", () => {
  it("fixture 01 asks each state's governor and a known city's mayor, with the list's others and the era's governors as wrong answers", () => {
    const { questions } = generateQuestions(fixture("01-"));
    const la = questions.find((q) => q.prompt === "Who is identified in the article as the Governor of Louisiana?");
    expect(la?.answer).toBe("John Bel Edwards");
    expect(la?.choices).toContain("Tate Reeves");
    // Governors in office in 2021 of states the readout names (Florida, Texas, Alabama …), none of them the answer.
    for (const d of la!.choices.filter((c) => c !== la!.answer && c !== "Tate Reeves")) expect(["Ron DeSantis", "Greg Abbott", "Kay Ivey", "Brian Kemp"]).toContain(d);
    expect(la?.evidence).toMatch(/^Louisiana Participants:\s+Governor John Bel Edwards$/);
    const ms = questions.find((q) => q.prompt === "Who is identified in the article as the Governor of Mississippi?");
    expect(ms?.answer).toBe("Tate Reeves");
    const nola = questions.find((q) => q.prompt === "Who is identified in the article as the Mayor of New Orleans?");
    expect(nola?.answer).toBe("LaToya Cantrell");
    expect(nola?.choices.filter((c) => c !== "LaToya Cantrell").every((c) => ["Sharon Weston Broome", "Billy Hewes", "Chokwe Antar Lumumba"].includes(c))).toBe(true);
    // Only the first mayor of each state's list, of a city the lexicon knows: no "Mayor of Baton Rouge", no parish
    // president, and no Gulfport (set CU's three raters: attendee-list trivia).
    expect(questions.some((q) => /Baton Rouge|Jefferson Parish|Lafayette|Gulfport/.test(q.prompt))).toBe(false);
    expect(questions.length).toBeGreaterThanOrEqual(10);
  });

  it("a list without a state heading asks nothing", () => {
    const text = article("Readout of the President's Call with Mayors, 2021", [
      "President Biden spoke with mayors from across the country today about the recovery from the storm and federal aid.",
      "Virtual Participants:",
      "Governor John Bel Edwards",
      "New Orleans Mayor LaToya Cantrell",
      "Gulfport Mayor Billy Hewes",
      "Jackson Mayor Chokwe Antar Lumumba",
    ]);
    const { candidates } = candidateBank(text);
    expect(candidates.some((c) => /Governor of|Mayor of/.test(c.prompt))).toBe(false);
  });
});

