/**
 * Engine 39 (ADR 056): a small count in words ("two", "three") that "only" or a rule makes exact is a figure to ask
 * ("having occurred only three times", "limited to choosing from among the three candidates who received the most
 * electoral votes"); elsewhere "two" and "three" are still no quantities ("two countries signed"). A stated maximum
 * from 10 to 19 takes every smaller whole number as a wrong answer ("up to 10 hours of debate": 5, 6, 7 hours), and
 * "the measure" opening a stem is the one bill or resolution the sentence before names, called up in the one chamber it
 * names. A threshold that picks out whom a rule covers ("borrowers who earn less than $15") takes larger wrong answers.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { numericQuestions, resolveLeadingIt, tallyQuestions } from "./cloze";
import { rejectReason } from "./gates";
import { generateQuestions } from "./index";
import { findQuantities, numericDistractors } from "./numbers";
import { article, fixture } from "./test-helpers";

const numeric = (...body: string[]) => numericQuestions(analyze(article("The Contingent Election — An Explainer, 2019", body)));
const filler = [
  "The Electoral College chooses the President of the United States every four years.",
  "Each state appoints electors in the manner its legislature directs.",
  "A candidate needs a majority of 270 electoral votes to win the presidency.",
];

describe("small exact counts", () => {
  it("fixture 13 asks how often contingent elections occurred and how many candidates each chamber chooses from", () => {
    const text = fixture("13-");
    const qs = numericQuestions(analyze(text));
    const times = qs.find((q) => q.prompt.includes("having occurred only _____ times"));
    expect(times?.answer).toBe("three");
    expect(times?.choices.slice().sort()).toEqual(["five", "four", "three", "two"]);
    const house = qs.find((q) => /House is limited to choosing from among the _____ candidates/.test(q.prompt));
    expect(house?.answer).toBe("three");
    expect(house?.choices.slice().sort()).toEqual(["five", "four", "three", "two"]);
    const senate = qs.find((q) => /Senate is limited to choosing from only the _____ candidates/.test(q.prompt));
    expect(senate?.answer).toBe("two");
    // No "one" before a plural noun, and every wrong answer breaks the rule.
    expect(senate?.choices.slice().sort()).toEqual(["five", "four", "three", "two"]);
  });

  it("the two facts with one figure are both in fixture 13's quiz, beside a stem that prints 'three predecessors'", () => {
    const { questions } = generateQuestions(fixture("13-"));
    expect(questions.length).toBeGreaterThanOrEqual(12);
    const threes = questions.filter((q) => q.answer === "three");
    expect(threes.map((q) => q.prompt).join("\n")).toMatch(/only _____ times/);
    expect(threes.map((q) => q.prompt).join("\n")).toMatch(/among the _____ candidates/);
    // "Adams and his three predecessors" does not give "three candidates" away.
    expect(questions.some((q) => /his three predecessors/.test(q.prompt))).toBe(true);
  });

  it("a stem that prints the counted phrase gives the figure away", () => {
    const text = article("The Contingent Election — An Explainer, 2019", [
      ...filler,
      "In a contingent election, the House is limited to choosing from among the three candidates who received the most electoral votes.",
      "The 12th Amendment narrowed the House's choice to the three candidates with the most electoral votes in 1804.",
      "Each state delegation in the House casts a single vote in such an election.",
    ]);
    const { questions, bank } = generateQuestions(text, { bank: true });
    const amendment = bank?.find((q) => q.answer === "12th Amendment");
    const count = bank?.find((q) => q.answer === "three");
    expect(amendment?.prompt).toMatch(/three candidates/);
    expect(count?.prompt).toMatch(/among the _____ candidates/);
    // Both are good questions; the quiz takes one of them, as each prints the other's answer or phrase.
    expect(questions.filter((q) => q === amendment || q.id === amendment?.id || q.id === count?.id).length).toBe(1);
  });

  it("does not ask a count whose items the sentence names before it", () => {
    const qs = numeric(...filler, "Maine and Nebraska are the only two current exceptions, as both states use the congressional district method.");
    expect(qs.find((q) => q.answer === "two")).toBeUndefined();
  });

  it("does not read 'two' or 'three' without 'only' or a rule", () => {
    expect(numeric(...filler, "The two candidates met in a debate before the election in Ohio.").find((q) => q.answer === "two")).toBeUndefined();
    // "among the three" is exact only in a rule's sentence.
    expect(numeric(...filler, "Voters chose among the three candidates on the ballot in November.").find((q) => q.answer === "three")).toBeUndefined();
    expect(numeric(...filler, "Voters must choose among the three candidates on the ballot in November.").find((q) => q.answer === "three")?.choices.length).toBe(4);
  });
});

describe("a stated maximum and the measure it applies to", () => {
  it("a threshold that picks out whom a rule covers takes larger wrong answers ('who earn less than $15')", () => {
    const text = article("Fact Sheet: The SAVE Plan, 2023", [
      "The Department of Education launched a new repayment plan for federal student loans this summer.",
      "The SAVE plan does not require borrowers who earn less than $15 an hour to make payments.",
      "More than four million borrowers have enrolled in the plan since it opened in August.",
    ]);
    const q = numericQuestions(analyze(text)).find((x) => x.answer === "$15");
    expect(q).toBeDefined();
    // Anyone under $7, $9 or $11 is under $15 too (set CP's rater): only larger thresholds state a false rule.
    for (const c of q!.choices.filter((x) => x !== "$15")) expect(Number(c.slice(1))).toBeGreaterThan(15);
  });

  it("a relative clause that states the figure itself keeps its bound ('a level that is more than five times')", () => {
    const text = article("Fact Sheet: Saving Homebuyers Money, 2023", [
      "The Federal Housing Administration will cut its annual mortgage insurance premium this spring.",
      "The mortgage insurance fund has accumulated reserves at a level that is more than five times the required threshold set by Congress.",
      "The cut will save new homebuyers an average of $800 a year on their payments.",
    ]);
    const q = numericQuestions(analyze(text)).find((x) => x.answer === "five");
    // "more than three times" is true as well: only larger multiples are wrong.
    expect(q?.choices).toHaveLength(4);
    for (const c of q!.choices.filter((x) => x !== "five")) expect(["six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"]).toContain(c);
  });

  it("'up to 10 hours' takes smaller whole numbers, each a false rule", () => {
    const norm = "A joint resolution of disapproval is subject to up to 10 hours of debate in the Senate.";
    const [q] = findQuantities(norm);
    const d = numericDistractors(q, [], new Set(), 3, norm.slice(q.end), 2026, norm.slice(0, q.start));
    expect(d).toHaveLength(3);
    for (const x of d) expect(Number(x.replace(/ hours$/, ""))).toBeLessThan(10);
    // A maximum of 20 or more keeps its round steps ("up to 40 hours": 25, 30, 20, never 37).
    const norm40 = "A joint resolution of disapproval is subject to up to 40 hours of debate in the Senate.";
    const [q40] = findQuantities(norm40);
    for (const x of numericDistractors(q40, [], new Set(), 3, norm40.slice(q40.end), 2026, norm40.slice(0, q40.start))) expect(Number(x.replace(/ hours$/, "")) % 5).toBe(0);
  });

  it("fixture 12 asks the Senate's limit on debate, with the resolution named", () => {
    const q = generateQuestions(fixture("12-")).questions.find((x) => x.prompt.includes("subject to up to _____ of debate"));
    // Called up in the chamber the sentence before names (set CP, both raters: "never says the Senate").
    // (With the Act, which the sentence before names: set CQ's rater, "never names the CRA"; as that sentence last names
    // the resolution, not as "joint resolution of disapproval", which question 1 blanks: set CR's rater.)
    expect(q?.prompt).toBe("If called up in the Senate, the Congressional Review Act (CRA) joint disapproval resolution would be subject to up to _____ of debate before being voted upon.");
    expect(q?.answer).toBe("10 hours");
    expect(q?.choices.slice().sort()).toEqual(["10 hours", "5 hours", "6 hours", "7 hours"]);
  });

  it("'the measure' is resolved only to the one bill or resolution of the sentence before, in its paragraph", () => {
    const resolve = (prev: string, next: string) => {
      const a = analyze(article("The Congressional Review Act — CRS In Focus, 2026", [...filler, `${prev} ${next}`]));
      const s = a.sentences.find((x) => x.norm.startsWith(next.slice(0, 12)))!;
      return resolveLeadingIt(a, s, next);
    };
    const next = "If called up, the measure would be subject to up to 10 hours of debate before being voted upon.";
    expect(resolve("Any Senator can then move in the Senate to proceed to consider the joint disapproval resolution.", next)).toBe("If called up in the Senate, the joint disapproval resolution would be subject to up to 10 hours of debate before being voted upon.");
    expect(resolve("Once a CRA joint resolution of disapproval is reported or the Senate committee is discharged, any Senator can move to proceed to consider the joint disapproval resolution.", next)).toBe("If called up in the Senate, the CRA joint disapproval resolution would be subject to up to 10 hours of debate before being voted upon.");
    expect(resolve("Any Senator can then move to proceed to consider the joint disapproval resolution.", "The measure would be subject to up to 10 hours of debate.")).toBe("The joint disapproval resolution would be subject to up to 10 hours of debate.");
    // Two of them: which one? Left as it is (and the gate refuses "the measure").
    expect(resolve("The Senate weighed the bill and the joint disapproval resolution together.", next)).toBe(next);
    expect(resolve("The Senate met early on Tuesday in the morning.", next)).toBe(next);
    // Called up where? The sentence before names no chamber, or both.
    expect(resolve("Any Senator can then move to proceed to consider the joint disapproval resolution.", next)).toBe(next);
    expect(resolve("The House and the Senate can then proceed to consider the joint disapproval resolution.", next)).toBe(next);
  });
});

describe("a figure of a million or more that the title prints", () => {
  const body = [
    "The Department of Education launched a new repayment plan for federal student loans this summer.",
    "The application is on studentaid.gov and four million people have already signed up with about 180,000 in Georgia.",
    "The plan could lower monthly payments for millions of borrowers who have struggled since the pandemic.",
  ];
  const asked = (title: string) => {
    const a = analyze(article(title, body));
    return numericQuestions(a).filter((c) => c.answer === "four million").map((c) => rejectReason(c, a));
  };
  it("is given away whatever noun the title counts ('4 Million Student Loan Borrowers' over '_____ people')", () => {
    expect(asked("More than 4 Million Student Loan Borrowers Enrolled in New SAVE Plan — The White House, September 9, 2023")).toEqual(["giveaway"]);
  });
  it("is asked under a title with another figure, or the same figure of money", () => {
    expect(asked("More than 5 Million Student Loan Borrowers Enrolled in New SAVE Plan — The White House, September 9, 2023")).toEqual([null]);
    expect(asked("A $4 Million Grant for Student Loan Borrowers — The White House, September 9, 2023")).toEqual([null]);
  });
});

describe("a blank's answer in its words, printed by another stem", () => {
  it("is a giveaway: the quiz takes one of the two", () => {
    const text = article("The Congressional Review Act — CRS In Focus, 2026", [
      "The Congressional Review Act lets Congress overturn rules that federal agencies issue.",
      "If a joint resolution of disapproval is approved by both houses of Congress and signed by the President, the disapproved rule has no force or effect.",
      "In the Senate, a joint resolution of disapproval is subject to up to 10 hours of debate before the vote.",
      "The Government Accountability Office decides whether an agency action is a rule when asked by a member of Congress.",
    ]);
    const { questions, bank } = generateQuestions(text, { bank: true });
    const blank = bank?.find((q) => q.type === "fill_in_blank" && q.answer === "joint resolution" && /_____ of disapproval/.test(q.prompt));
    expect(blank).toBeDefined();
    const printers = bank?.filter((q) => q !== blank && /joint resolution of disapproval/.test(q.prompt)) ?? [];
    expect(printers.length).toBeGreaterThan(0);
    const ids = new Set(questions.map((q) => q.id));
    expect(ids.has(blank!.id) && printers.some((p) => ids.has(p.id))).toBe(false);
  });
});

describe("a vote's tally, asked whole", () => {
  it("fixture 08: 'By what vote did the U.S. Senate pass the revised bailout bill?' (74–25), the wrong answers of 99 votes, all passing", () => {
    const q = generateQuestions(fixture("08-")).questions.find((x) => x.prompt.startsWith("By what vote"));
    expect(q?.prompt).toBe("By what vote did the U.S. Senate pass the revised bailout bill?");
    expect(q?.answer).toBe("74–25");
    expect(q?.evidence).toBe("It was passed with 74 yeas and 25 nays.");
    for (const c of q!.choices) {
      const [y, n] = c.split("–").map(Number);
      expect(y + n).toBe(99);
      expect(y).toBeGreaterThan(n);
    }
  });

  const tally = (title: string, body: string[]) => tallyQuestions(analyze(article(title, body)));
  it("names the measure or asks nothing: a bare 'the bill' of a report of several bills is no stem", () => {
    const body = [
      "The Senate passed a revised farm bill on Thursday after the House rejected the previous bill last week.",
      "There were two votes in the Senate on the measure.",
      "The second was a vote on the bill. It was passed with 74 yeas and 25 nays.",
    ];
    // The title names the farm bill: asked, with the chamber the lead sentence gives.
    expect(tally("Senate approves revised farm bill — Wikinews, 2008", body).map((q) => q.prompt)).toEqual(["By what vote did the Senate pass the revised farm bill?"]);
    // The title names another thing: which bill? No question.
    expect(tally("Senate ends its session — Wikinews, 2008", body)).toEqual([]);
  });

  it("keeps the outcome: a measure rejected takes tallies that reject it", () => {
    const [q] = tally("The Senate votes on the budget — Wikinews, 2010", [
      "The Senate voted on several amendments to the budget resolution on Tuesday evening.",
      "Senators debated the measures for nine hours before the votes.",
      "The Smith amendment was rejected by a vote of 40 to 58.",
    ]);
    expect(q?.prompt).toBe("By what vote was the Smith amendment rejected?");
    for (const c of q!.choices) {
      const [y, n] = c.split("–").map(Number);
      expect(y + n).toBe(98);
      expect(y).toBeLessThan(n);
    }
  });
});
