/**
 * Engine 22 (ADR 039): what set Q's rater rejected in the fixtures' quizzes at engine 21, each as a test that fails if
 * the question, or one of its kind, comes back.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { numericQuestions, resolveLeadingPair, termQuestions } from "./cloze";
import { documentVoice } from "./era";
import { gateGiveaway, gateUngrammatical } from "./gates";
import { candidateBank, generateQuestions } from "./index";
import { directiveQuestions } from "./directives";
import { findQuantities, fractionValue, numericDistractors, ruleSide, wordsToNumber } from "./numbers";
import { quoteQuestions } from "./quotes";
import { trueFalseQuestions } from "./truefalse";
import { fixture } from "./test-helpers";
import type { Candidate } from "./types";

/** A fill-in-the-blank candidate whose first choice is the answer, for the gates' tests (the prompt is the test's). */
const blank = (choices: string[]): Candidate => ({ type: "fill_in_blank", prompt: "", choices, answer: choices[0], evidenceStart: 0, evidenceEnd: 0, explanation: "", difficulty: 2, entities: [], facts: [0], base: 0.5, answerKey: "x" });

const rule = (sentence: string, figure: string) => {
  const q = findQuantities(sentence).find((x) => x.text === figure)!;
  return numericDistractors(ruleSide(q, { norm: sentence, start: 0 }), [], new Set(), 3, sentence.slice(q.end), 1787, sentence.slice(Math.max(0, q.start - 60), q.start));
};

describe("a rule's figure has wrong answers that state a false rule (rubric rule 3)", () => {
  it("gives a minimum age and a least time served only larger wrong answers", () => {
    const s = "No Person shall be a Senator who shall not have attained to the Age of thirty Years, and been nine Years a Citizen of the United States.";
    const ages = rule(s, "thirty Years");
    expect(ages.length).toBe(3);
    for (const d of ages) expect(wordsToNumber(d.replace(/ Years$/, ""))!).toBeGreaterThan(30);
    const served = rule(s, "nine Years");
    expect(served.length).toBeGreaterThanOrEqual(2);
    for (const d of served) expect(wordsToNumber(d.replace(/ Years$/, ""))!).toBeGreaterThan(9);
  });
  it("writes an age's wrong answers as the answer is written ('twenty five', not 'thirty-five')", () => {
    const d = rule("No Person shall be a Representative who shall not have attained to the Age of twenty five Years.", "twenty five Years");
    expect(d).toContain("thirty five Years");
    for (const x of d) expect(x).not.toContain("-");
  });
  it("gives a prohibition over a bound only smaller wrong answers ('shall not adjourn for more than five days' is true)", () => {
    for (const d of rule("Neither House, during the Session of Congress, shall, without the Consent of the other, adjourn for more than three days.", "three days")) {
      expect(wordsToNumber(d.replace(/ days?$/, ""))!).toBeLessThan(3);
    }
    // a measured bound keeps its side: "more than 100 percent" gets larger ones
    for (const d of rule("The debt rose to more than 100 percent of GDP, which the law requires Treasury to report.", "100 percent")) expect(parseFloat(d)).toBeGreaterThan(100);
  });
  it("gives a share that suffices only smaller wrong answers, a share that is needed only larger ones, a required share any", () => {
    const suffices = rule("Each House may determine the Rules of its Proceedings and shall, with the Concurrence of two thirds, expel a Member.", "two thirds");
    expect(suffices.length).toBeGreaterThanOrEqual(2);
    for (const d of suffices) expect(fractionValue(d)!).toBeLessThan(2 / 3);
    const needed = rule("And no Person shall be convicted without the Concurrence of one half of the Members present.", "one half");
    for (const d of needed) expect(fractionValue(d)!).toBeGreaterThan(1 / 2);
    // "one fifth": no share a class meets is smaller, so no numeric question at all
    const constitution = analyze(cleanArticleText(fixture("07")));
    expect(numericQuestions(constitution).some((c) => c.answer === "one fifth")).toBe(false);
    // and a false true/false statement on a needed share is false: "without the Concurrence of one half" would be true
    for (const c of trueFalseQuestions(constitution).filter((x) => x.answer === "False" && /convicted without the Concurrence of/.test(x.prompt))) {
      const share = c.prompt.match(/Concurrence of ([a-z]+[\s-][a-z]+) of/)![1];
      expect(fractionValue(share)!).toBeGreaterThan(2 / 3);
    }
  });
  it("reads 'two thirds' and '3/5' as values", () => {
    expect(fractionValue("two thirds")).toBeCloseTo(0.667, 2);
    expect(fractionValue("three-quarters")).toBe(0.75);
    expect(fractionValue("3/5")).toBe(0.6);
    expect(fractionValue("two days")).toBeNull();
  });
});

describe("no implausible wrong answers (set Q)", () => {
  it("offers no First Lady as the speaker of a legislator's words", () => {
    const a = analyze(cleanArticleText(fixture("08")));
    const q = quoteQuestions(a).find((c) => c.answer === "Marcy Kaptur")!;
    expect(q).toBeDefined();
    expect(q.choices).not.toContain("Rosalind Carter");
    expect(q.choices.length).toBe(4);
  });
  it("asks no 'Which department …?' whose task names the department's field ('a Federal medical shelter')", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    expect(directiveQuestions(a).some((c) => c.answer === "Department of Health and Human Services")).toBe(false);
    // nor offers a wrong department whose field the task names
    const sheet = cleanArticleText(
      [
        "Fact Sheet: Storm Response — The White House, August 30, 2021",
        "",
        "Today the President met with the Governors of Louisiana and Mississippi about the storm.",
        "",
        "The U.S. Department of Labor is deploying staff to help Louisiana residents and farmers file disaster claims after the storm.",
        "",
        "The President has made the recovery of every affected community a priority of his Administration.",
      ].join("\n"),
    );
    const labor = directiveQuestions(analyze(sheet)).find((c) => c.answer === "Department of Labor")!;
    expect(labor).toBeDefined();
    expect(labor.choices).not.toContain("Department of Agriculture");
  });
});

describe("civics terms of a closed class (termQuestions)", () => {
  const ask = (title: string, body: string[]) => termQuestions(analyze(cleanArticleText([title, "", ...body].join("\n"))));
  it("asks the publication, the kind of resolution and the kind of majority an explainer names, with the others of its class", () => {
    const qs = termQuestions(analyze(cleanArticleText(fixture("12"))));
    const record = qs.find((c) => c.answer === "Congressional Record")!;
    expect(record.prompt).toMatch(/section of the _____\.$/);
    // the Federal Register is named elsewhere in the explainer (where rules are published): never a wrong answer
    expect(record.choices).not.toContain("Federal Register");
    expect(record.choices.length).toBe(4);
    const joint = qs.filter((c) => c.answer === "joint resolution");
    expect(joint.length).toBeGreaterThan(1);
    // one for the quiz, the rest for the bank
    expect(joint.filter((c) => !c.bankOnly).length).toBe(1);
    for (const c of joint) expect([...c.choices].sort()).toEqual(["concurrent resolution", "joint resolution", "simple resolution"]);
    // a question heading ("What does a joint resolution of disapproval look like?") is no stem
    expect(joint.some((c) => c.prompt.endsWith("?"))).toBe(false);
    const majority = qs.find((c) => c.answer === "simple majority")!;
    expect(majority.prompt).toMatch(/are _____ votes\.$/);
    // and the default quiz takes them
    const quiz = generateQuestions(fixture("12")).questions.map((q) => q.answer);
    // (not the Congressional Record: where a notice is printed is logistics, rejected by four panels; engine 27)
    expect(quiz).toEqual(expect.arrayContaining(["simple majority", "joint resolution"]));
    expect(quiz).not.toContain("Congressional Record");
  });
  it("asks the clause a court found violated, with clauses the syllabus does not name", () => {
    const q = termQuestions(analyze(cleanArticleText(fixture("11")))).find((c) => c.answer === "Equal Protection Clause")!;
    expect(q.prompt).toMatch(/violated the _____ by intentionally diluting/);
    expect(q.choices).not.toContain("Elections Clause");
    expect(q.choices.length).toBe(4);
  });
  it("never blanks a term inside a longer name, used as a modifier, or in a notice of where details will appear", () => {
    const qs = ask("Fact Sheet: Artificial Intelligence — The White House, July 21, 2023", [
      "The Administration published a landmark Blueprint for an AI Bill of Rights to safeguard Americans' rights and safety.",
      "Congress has regularly exercised its Elections Clause power to regulate federal elections.",
      "More details will be available in the coming weeks in the Federal Register and on federal agency webpages.",
      "The Federal Register Act of 1935 created the daily journal of the federal government.",
    ]);
    expect(qs).toEqual([]);
  });
  it("offers no term from after the text's era ('Bill of Rights' beside a text of 1787)", () => {
    const qs = ask("A letter on the new Constitution — The Independent Journal, November 27, 1787", [
      "Under the Articles of Confederation, the Congress could not raise its own revenue from the states.",
      "The delegates met in Philadelphia to revise that charter, and wrote a new plan of government instead.",
    ]);
    const q = qs.find((c) => c.answer === "Articles of Confederation")!;
    expect(q).toBeDefined();
    for (const c of q.choices) expect(["Bill of Rights", "Emancipation Proclamation", "Gettysburg Address", "Federalist Papers"]).not.toContain(c);
  });
});

describe("what set R's raters rejected in unseen fact sheets and readouts", () => {
  const sheet = (body: string[]) =>
    cleanArticleText(["FACT SHEET: Actions to Keep Communities Safe — The White House, July 11, 2022", "", "Today, the President is announcing new actions to keep communities safe across the country.", "", ...body].join("\n"));
  const bank = (body: string[]) => candidateBank(sheet(body)).candidates;
  it("drops an aside between two dashes and keeps what follows it ('invested _____' said not what for)", () => {
    const q = bank(["The Biden Administration has invested $432 million – an 18-fold increase in federal support – to help states prepare for the transition to the new crisis line."]).find((c) => c.answer === "$432 million")!;
    expect(q.prompt).toMatch(/invested _____ to help states prepare for the transition to the new crisis line\.$/);
    expect(q.prompt).not.toContain("18-fold");
  });
  it("asks no count whose items close the sentence, no 'most … in _____ years', no '$… dollars'", () => {
    const qs = bank([
      "An additional four counties in Florida were approved for Individual Assistance and Debris Removal as part of the declaration: Flagler, Putnam, St. Johns, and Volusia.",
      "The President is celebrating the Bipartisan Safer Communities Act, the most significant gun violence reduction legislation to pass Congress in 30 years.",
      "Walmart and the Walmart Foundation have committed $1.5 million dollars to support organizations that help families resettle.",
    ]);
    expect(qs.some((c) => ["four", "30 years", "$1.5 million"].includes(c.answer))).toBe(false);
  });
  it("offers no wrong figure within a tenth of the answer ('$85 million' for '$85.5 million')", () => {
    const q = findQuantities("The Department of Labor awarded $85.5 million to help formerly incarcerated adults.")[0];
    const others = findQuantities("It also gave $85 million to youth programs and $20 million to states.");
    const d = numericDistractors(q, others, new Set(), 3);
    expect(d).not.toContain("$85 million");
    expect(d.length).toBe(3);
  });
  it("turns no 'supports jobs' into 'opposes jobs', and no 'the legal community' into 'the illegal community'", () => {
    const tf = trueFalseQuestions(
      analyze(
        sheet([
          "The Port of Tampa Bay provides nearly half of Florida with its fuel supply and supports tens of thousands of jobs.",
          "Previous Administrations and many representatives of the legal community have rejected that argument as an alternative to legislation.",
        ]),
      ),
    );
    for (const c of tf) expect(c.prompt).not.toMatch(/opposes tens|illegal community/);
  });
  it("keeps the point of 'D.C.' before the question mark, and asks no 'Treasury' among 'Department of …' choices", () => {
    const qs = bank([
      "The Justice Department launched five new law enforcement strike forces focused on firearms trafficking corridors that have diverted guns to New York, Chicago, Los Angeles, and Washington, D.C.",
      "The U.S. Treasury has sanctioned and blocked vessels and aircraft worth over $1 billion belonging to Russian elites.",
      "The Department of State and the Department of Commerce are working with allies on export controls.",
    ]);
    const dc = qs.find((c) => /^Which department launched/.test(c.prompt));
    expect(dc?.prompt).toMatch(/Washington, D\.C\.\?$/);
    for (const c of qs.filter((x) => x.answer === "Treasury")) expect(c.choices.every((x) => !/^Department of/.test(x))).toBe(true);
  });
  it("asks a landmark case a text names, with landmark cases of other questions as wrong answers", () => {
    const qs = termQuestions(
      analyze(
        sheet([
          "Two weeks ago, the Supreme Court issued a decision that overturned Roe v. Wade and eliminated a woman's Constitutional right to choose.",
          "The President has called on Congress to restore those protections in federal law.",
        ]),
      ),
    );
    const q = qs.find((c) => c.answer === "Roe v. Wade")!;
    expect(q.prompt).toMatch(/overturned _____ and eliminated/);
    // never another case on the same question (Planned Parenthood v. Casey, Dobbs), nor one decided after the text
    for (const c of q.choices) expect(["Planned Parenthood v. Casey", "Dobbs v. Jackson Women's Health Organization"]).not.toContain(c);
    expect(q.choices.length).toBe(4);
  });
});

describe("what set S's raters rejected, and the readouts' people (engine 22)", () => {
  const readout = (body: string[]) => cleanArticleText(["Readout of the First Meeting of the Steering Council — The White House, October 7, 2022", "", ...body].join("\n"));
  it("keeps 'Deputy' at a sentence's start in the title, so a deputy is never the answer for the Secretary", () => {
    const text = readout([
      "Secretary of Commerce Gina Raimondo opened the meeting with an update on the program's first year.",
      "Deputy Secretary of Defense Kathleen Hicks laid out the Department's plan for securing the chips that defense systems need.",
      "Deputy Secretary of State Wendy Sherman explained how the State Department will work with allied and partner countries.",
      "Secretary of Health and Human Services Xavier Becerra described the supply of chips for medical devices.",
    ]);
    const a = analyze(text);
    expect(a.ents.persons.get("Kathleen Hicks")?.titles).toEqual(["Deputy Secretary of Defense"]);
    // also where the office's field comes before its title word
    const b = analyze(readout(["Deputy Transportation Secretary Polly Trottenberg spoke about the department's plan to make roads more resilient.", "The task force will meet again next month to review every agency's progress."]));
    expect(b.ents.persons.get("Polly Trottenberg")?.titles).toEqual(["Deputy Transportation Secretary"]);
    const qs = generateQuestions(text, { all: true }).questions;
    expect(qs.some((q) => /as the Secretary of (?:Defense|State)\?$/.test(q.prompt) && ["Kathleen Hicks", "Wendy Sherman"].includes(q.answer))).toBe(false);
  });
  it("reads a role in brackets after a name as no person ('Brian Deese (Council Co-Chair)')", () => {
    const a = analyze(readout(["NEC Director Brian Deese (Council Co-Chair) emphasized the need for coordination across agencies on research and development.", "The Council will meet again in the spring to review progress on every program."]));
    expect([...a.ents.persons.keys()]).toContain("Brian Deese");
    expect([...a.ents.persons.keys()]).not.toContain("Council Co-Chair");
  });
  it("names the two a readout's 'They' means, as the article titles them", () => {
    const text = cleanArticleText(
      [
        "Readout of Vice President Harris's Meeting with President Yoon of the Republic of Korea — The White House, September 29, 2022",
        "",
        "Vice President Kamala Harris today met with President Yoon Suk Yeol of the Republic of Korea (ROK) in Seoul.",
        "The Vice President and the President reaffirmed their goal of the complete denuclearization of the Korean Peninsula.",
        "They condemned the recent ballistic missile launches by North Korea, which violate resolutions of the United Nations Security Council.",
      ].join("\n"),
    );
    const a = analyze(text);
    // "President Yoon Suk Yeol of the Republic of Korea (ROK)": a person of South Korea, not "Korea (Rok"
    expect(a.ents.persons.has("Yoon Suk Yeol")).toBe(true);
    const s = a.sentences.find((x) => x.norm.startsWith("They condemned"))!;
    expect(resolveLeadingPair(a, s, "They condemned the recent ballistic missile launches by _____.")).toBe("Vice President Kamala Harris and President Yoon Suk Yeol condemned the recent ballistic missile launches by _____.");
    // not where the sentence before does not open with the two
    const other = a.sentences.find((x) => x.norm.startsWith("Vice President Kamala Harris today"))!;
    expect(resolveLeadingPair(a, { ...s, index: other.index + 1 }, "They condemned it.")).toBe("They condemned it.");
  });
  it("rejects a blank that an acronym beside it spells out ('The _____ (DoD) will invest …')", () => {
    const base = blank(["Department of Defense", "Department of Energy", "Department of Labor"]);
    expect(gateGiveaway({ ...base, prompt: "The _____ (DoD) will invest $1 billion in domestic manufacturing." })).toBe(true);
    expect(gateGiveaway({ ...base, prompt: "The Department of Interior (_____) announced a working group.", answer: "DOI", choices: ["DOI", "DOE", "DOL"] })).toBe(true);
    expect(gateGiveaway({ ...base, prompt: "The _____ will invest $1 billion in domestic manufacturing." })).toBe(false);
  });
  it("turns no verb of a pair ('to strengthen and protect access' is no 'to weaken and protect access')", () => {
    const tf = trueFalseQuestions(
      analyze(
        cleanArticleText(
          ["FACT SHEET: Health Care Actions — The White House, January 28, 2021", "", "Today, the President will sign two executive actions on health care for every American family.", "", "As part of their reviews, agencies will consider whether to take additional actions to strengthen and protect access to health care."].join("\n"),
        ),
      ),
    );
    for (const c of tf) expect(c.prompt).not.toMatch(/weaken and protect/);
  });
});

describe("a fact sheet's voice under other titles (set S)", () => {
  it("frames the claims of 'STATE FACT SHEETS:' and 'U.S. FACT SHEET:' as the fact sheet's", () => {
    for (const title of ["STATE FACT SHEETS: The Default on America Act Would Have Devastating Impacts", "U.S. FACT SHEET: The 2nd Global COVID-19 Summit", "JOINT FACT SHEET: Launching a New Technology Dialogue"]) {
      expect(documentVoice({ title, author: undefined })).toBe("the fact sheet");
    }
    expect(documentVoice({ title: "Readout of the First Meeting of the Fact Sheet Council", author: undefined })).toBeUndefined();
  });
});

describe("what set S's second rating found", () => {
  it("writes no wrong figure as '0.9 million'", () => {
    for (const text of ["It affects 1.5 million older adults in the program.", "It costs $1.2 billion over ten years.", "The program serves 1.4 million families."]) {
      const q = findQuantities(text)[0];
      for (const d of numericDistractors(q, [], new Set(), 3)) expect(d).not.toMatch(/^\$?0\.\d/);
    }
  });
  it("rejects a stem with an editor's bracketed insertion outside a quotation", () => {
    const base = blank(["World Bank", "IMF", "WHO"]);
    expect(gateUngrammatical({ ...base, prompt: "Additional funding for a pandemic preparedness [and global health security] fund housed at the _____." })).toBe(true);
    expect(gateUngrammatical({ ...base, prompt: 'He said: "[What] we need is a fund housed at the _____."' })).toBe(false);
  });
});
