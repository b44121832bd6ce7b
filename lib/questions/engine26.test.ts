/**
 * Engine 26 (ADR 043): who holds a power ("The Constitution grants _____ the "power of the purse.""), with the other
 * branches or comparable offices as the wrong answers; a citation's "Art. I" inside its sentence; an order's "This
 * E.O." and "is calling on" read as directives.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { directiveQuestions, officeChoices } from "./directives";
import { gateNoVerb, gateUnresolved } from "./gates";
import { generateQuestions } from "./index";
import { powerQuestions } from "./powers";
import { splitSentences } from "./sentences";
import { fixture } from "./test-helpers";
import type { Candidate } from "./types";

function article(title: string, body: string[]): string {
  return cleanArticleText([title, "", ...body].join("\n"), "text");
}

const FILLER = [
  "Lawmakers from both parties met on Tuesday to discuss the federal budget and the schedule for the coming months.",
  "Several committees held hearings on spending bills, and their chairs said the hearings would continue next week.",
];

const powers = (body: string[]) => powerQuestions(analyze(article("How federal power is divided", [...FILLER, ...body])));

/** A candidate with only what the stem gates read. */
const stem = (prompt: string): Candidate =>
  ({ type: "fill_in_blank", prompt, answer: "x", choices: ["x", "y", "z"], evidenceStart: 0, evidenceEnd: 1, explanation: "", difficulty: 2, entities: [], facts: [0], base: 0.5, answerKey: "x" }) as Candidate;

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
