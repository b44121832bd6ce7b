import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { endsInListItem } from "./util";
import { documentVoice, withVoice } from "./era";
import { cleanArticleText, isScopeSentence } from "./clean";
import { bylineSigner } from "./author";
import { clozeQuestions, dropToday, issuerWe, keepRangeOrder, leadLabel, listBefore, numericQuestions, quoteClozeQuestions } from "./cloze";
import { gateBiography, gateBulletItem, gateChoices, gateFragment, gateGiveaway, gateListItem, gateNoVerb, gateParallel, gatePredictable, gateTitleGiveaway, gateTooLong, gateTrivia, gateUngrammatical, gateUnresolved, gateYearInName, rejectReason } from "./gates";
import { articleAcronyms, spellOutAcronyms } from "./acronyms";
import { findQuantities, numericDistractors, parseNumber, wordsToNumber } from "./numbers";
import { simplifySentence } from "./simplify";
import { sameBody } from "./distractors";
import { colleagues } from "./world";
import { getKb } from "./kb";
import { officeChangesHands, roleQuestions, subjectQuestions } from "./wh";
import { flipNegation } from "./negation";
import { findQuotes, quoteQuestions } from "./quotes";
import { fixture, seedText, stateRelease } from "./test-helpers";
import { answeredQuestionStatements, trueFalseQuestions } from "./truefalse";
import { candidateBank, fullNameWhereAmbiguous, generateQuestions } from "./index";
import { sameAgencyField } from "./civics-lexicon";

describe("a negative rule asked in the positive (ADR 022)", () => {
  it("flips the one negation on the clause's own verb, keeping tense and person", () => {
    // (a text's silence, "does not specify when", is not flipped: engine 27)
    expect(flipNegation("The CRA does not specify when an agency must submit a rule.")).toBeNull();
    expect(flipNegation("The agency does not substantially affect the rights of parties.")?.text).toBe("The agency substantially affects the rights of parties.");
    expect(flipNegation("The CRA does not apply to presidential actions.")?.text).toBe("The CRA applies to presidential actions.");
    expect(flipNegation("Senator Kennedy did not vote on the bill.")?.text).toBe("Senator Kennedy voted on the bill.");
    expect(flipNegation("When a resolution meets certain criteria, it cannot be filibustered in the Senate.")?.text).toBe("When a resolution meets certain criteria, it can be filibustered in the Senate.");
    expect(flipNegation("There are no expedited procedures for initial House consideration.")?.text).toBe("There are expedited procedures for initial House consideration.");
    // Only the clause with the "not": the coordinate clause after it is not part of the statement.
    expect(flipNegation("The Constitution does not require a closed session for contingent elections, and future contingent elections could be held in an open session.")?.text).toBe(
      "The Constitution requires a closed session for contingent elections.",
    );
  });
  it("leaves alone what a dropped 'not' would not make exactly false", () => {
    for (const s of [
      // a second negation, or an "unless"
      "The Privilege of the Writ of Habeas Corpus shall not be suspended, unless when in Cases of Rebellion the public Safety may require it.",
      "The District of Columbia, which is not a state, does not receive a vote.",
      // the "not" in a clause under "that"/"if", or a subject that is itself a clause
      "The fact that the Court can adjudicate one-person, one-vote claims does not mean that such claims are justiciable.",
      "If the House has not chosen a president-elect in time, the vice president-elect becomes acting president.",
      "A committee may choose to report a disapproval resolution but may not amend it.",
      // words that need the "not"
      "The CRA does not require any particular form of words.",
      "Hard-headedness will not so easily excuse hardheartedness.",
      "Partisan gerrymandering is not necessarily unconstitutional.",
      // a quotation, a question
      'He said the deal "does not work" for farmers.',
      // half of one limit is no statement: "further than to removal" alone is true of the article
      "Judgment in Cases of Impeachment shall not extend further than to removal from Office, and disqualification to hold any Office under the United States.",
      "Does the CRA not apply to orders?",
    ])
      expect(flipNegation(s), s).toBeNull();
  });
  it("asks the flipped statements of an explainer as false true/false questions with the sentence as evidence", () => {
    const a = analyze(cleanArticleText(fixture("12")));
    const qs = trueFalseQuestions(a).filter((c) => c.answerKey.startsWith("neg:") && !rejectReason(c, a));
    const prompts = qs.map((c) => c.prompt);
    expect(prompts).toContain("True or false: The CRA applies to presidential actions.");
    // scare quotes around a term are dropped, not a reason to skip the sentence
    expect(prompts).toContain("True or false: The CRA requires that companion disapproval resolutions be introduced in the House and Senate.");
    for (const q of qs) {
      expect(q.answer).toBe("False");
      expect(a.text.slice(q.evidenceStart, q.evidenceEnd)).toMatch(/\b(?:not|cannot|no)\b/);
    }
  });
  it("flips a negative clause of a longer sentence, as its own statement", () => {
    const rucho = analyze(cleanArticleText(fixture("11")));
    const prompts = trueFalseQuestions(rucho).filter((c) => c.answerKey.startsWith("neg:") && !rejectReason(c, rucho)).map((c) => c.prompt);
    // "Such claims invariably sound in a desire for proportional representation, but the Constitution does not
    // require proportional representation, and federal courts are neither equipped nor authorized …"
    // a court's reasoning is attributed to the Court (rated a bare claim without it)
    expect(prompts).toContain("True or false: According to the Court, the Constitution requires proportional representation.");
    const constitution = analyze(cleanArticleText(fixture("07")));
    expect(trueFalseQuestions(constitution).some((c) => /Impeachment shall extend/.test(c.prompt))).toBe(false);
  });
  it("puts them in the default quiz, never more than two without a true statement beside them", () => {
    for (const prefix of ["12", "13"]) {
      const quiz = generateQuestions(fixture(prefix)).questions;
      const tf = quiz.filter((q) => q.type === "true_false");
      expect(tf.filter((q) => q.answer === "False").length, prefix).toBeGreaterThan(0);
      expect(tf.filter((q) => q.answer === "False").length, prefix).toBeLessThanOrEqual(tf.filter((q) => q.answer === "True").length + 2);
    }
  });
});

describe("engine 5 follow-ups (blind rating 5h)", () => {
  it("does not blank a chamber the sentence names by its officer ('The _____ shall choose their Speaker')", () => {
    const a = analyze(cleanArticleText(fixture("07")));
    const qs = clozeQuestions(a).filter((c) => /choose their Speaker/.test(c.prompt));
    expect(qs.filter((c) => !rejectReason(c, a))).toEqual([]);
    // the sole power to try impeachments is still asked
    expect(clozeQuestions(a).some((c) => /sole Power to try all Impeachments/.test(c.prompt) && !rejectReason(c, a))).toBe(true);
  });
  it("does not ask one side of a vote beside the other ('passed with _____ yeas and 25 nays')", () => {
    const a = analyze(cleanArticleText(fixture("08")));
    const tallies = numericQuestions(a).filter((c) => /yeas|nays/.test(c.prompt));
    expect(tallies.length).toBeGreaterThan(0);
    for (const c of tallies) expect(rejectReason(c, a), c.prompt).not.toBeNull();
  });
  it("resolves '… and he asked' to the sentence's own subject, and offers agencies of the answer's field as wrong answers", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    const faa = clozeQuestions(a).find((c) => c.answer === "Federal Aviation Administration")!;
    expect(faa.prompt).toMatch(/^President Biden asked the _____ to work with Louisiana and Mississippi/);
    expect(rejectReason(faa, a)).toBeNull();
    // "to authorize the use of surveillance drones" fits no agency's field, so the wrong answers are the FAA's own
    // field's (engine 32; engine 5 offered the readout's FEMA, before the knowledge base knew the agencies' fields).
    for (const d of faa.choices.filter((x) => x !== faa.answer)) expect(sameAgencyField(d, "Federal Aviation Administration"), d).toBe(true);
    for (const d of faa.choices) expect(d).not.toMatch(/Department of (?:Defense|Homeland Security)/);
  });
});

describe("bodies named with the country's prefix (engine 5 follow-up)", () => {
  it("knows 'U.S. Department of Health and Human Services' and keeps 'U.S.' in the stem, each choice once", () => {
    expect(getKb().org("U.S. Department of Health and Human Services")?.name).toBe("Department of Health and Human Services");
    const a = analyze(cleanArticleText(`Federal Response to the Storm
The U.S. Department of Health and Human Services is sending a team of officials to Alexandria, Louisiana. The Department of Defense has moved aircraft into the region. The Department of Homeland Security is coordinating the federal response with the states. The Federal Emergency Management Agency has opened shelters in four states. Officials said the response would continue through the weekend.`));
    const q = clozeQuestions(a).find((c) => /sending a team/.test(c.prompt))!;
    expect(q.prompt).toBe("The U.S. _____ is sending a team of officials to Alexandria, Louisiana.");
    expect(q.answer).toBe("Department of Health and Human Services");
    const names = q.choices.map((c) => getKb().org(c)?.name ?? c);
    expect(new Set(names).size).toBe(names.length);
    for (const c of q.choices) expect(c).not.toMatch(/^U\.S\./);
  });
});

describe("blind rating 6a follow-ups", () => {
  it("does not blank a department whose field the stem names ('a 250-bed Federal medical shelter')", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    expect(clozeQuestions(a).some((c) => /250-bed/.test(c.prompt) && c.answer.includes("Health"))).toBe(false);
  });
  it("asks 'Are there …? There are no …' as the question's own 'No' only where the answer does not narrow it", () => {
    // "… in the House? There are no expedited procedures for initial House consideration.": the question's own "No"
    // was rated "arguably not false" (7c), the answer's sentence flipped "of what?" (6a): neither is asked.
    const a = analyze(cleanArticleText(fixture("12")));
    expect(answeredQuestionStatements(a).some((c) => /in the House\.$/.test(c.prompt))).toBe(false);
    expect(trueFalseQuestions(a).some((c) => c.answerKey.startsWith("neg:") && /initial House consideration/.test(c.prompt))).toBe(false);
    const plain = analyze(cleanArticleText("Disapproval in Brief — Example Explainer\n\nThe law gives Congress a way to overturn agency rules. Are there expedited procedures for a joint resolution of disapproval in the House? There are no expedited procedures for a joint resolution of disapproval in the House. Such resolutions have been considered under special rules. The Senate, by contrast, has a fast-track process for these resolutions. Members of both chambers have used the law many times since it was enacted. Courts have held that they may not review most actions under the law."));
    const house = answeredQuestionStatements(plain).find((c) => /in the House\.$/.test(c.prompt))!;
    expect(house.prompt).toBe("True or false: There are expedited procedures for a joint resolution of disapproval in the House.");
    expect(house.answer).toBe("False");
  });
  it("flips 'does not apply to A or to B' to 'applies to A', and leaves 'is not present in' alone", () => {
    expect(flipNegation("The CRA does not apply to presidential actions or to non-rule agency actions such as orders.")?.text).toBe("The CRA applies to presidential actions.");
    expect(flipNegation("The requirement for a majority vote is not present in the Constitution.")).toBeNull();
  });
  it("asks 'who …?' only with three wrong answers", () => {
    for (const prefix of ["13", "08", "09"]) {
      const a = analyze(cleanArticleText(fixture(prefix)));
      for (const c of subjectQuestions(a)) expect(c.choices.length, c.prompt).toBe(4);
    }
    expect(subjectQuestions(analyze(cleanArticleText(fixture("13")))).some((c) => /elected easily in a single ballot/.test(c.prompt))).toBe(false);
  });
});

describe("founding documents' long sentences (engine 5 follow-up)", () => {
  const constitution = analyze(cleanArticleText(fixture("07")));
  it("ends a long sentence's stem at the blank's own clause, before ', and …', with plausible ages as wrong answers", () => {
    const q = numericQuestions(constitution).find((c) => c.answer === "thirty Years")!;
    expect(q.prompt).toBe(`No Person shall be a Senator who shall not have attained to the Age of ${"_____"}.`);
    expect(rejectReason(q, constitution)).toBeNull();
    // An office's minimum age: a younger one is also true ("no one under twenty may serve either", set Q's rater), so
    // the wrong answers are older, and plausible ages.
    expect(q.choices.length).toBeGreaterThanOrEqual(3);
    for (const d of q.choices.slice(1)) {
      const years = wordsToNumber(d.replace(/ Years$/, ""));
      expect(years, d).toBeGreaterThan(30);
      expect(years, d).toBeLessThanOrEqual(70);
    }
  });
  it("reads 'he' after 'No Person' as that person, and 'of those Present' as no reference", () => {
    // "at the Desire of one fifth of those Present": a larger share suffices too, and no smaller share is one a class
    // meets, so no question (set Q's rater: "two thirds, three fifths, one third also suffice").
    expect(numericQuestions(constitution).some((c) => c.answer === "one fifth")).toBe(false);
    const text = `Rules for Members
No Person shall be a Member of the Council who shall not have attained to the Age of thirty Years, and been seven Years a Resident of the City, and who shall not, when elected, be an Inhabitant of the Ward in which he shall be chosen. The Council shall meet at least once in every Month. The Council shall choose its Chair and other Officers. Each Member shall have one Vote. The Council may expel a Member with the Concurrence of two thirds. The Yeas and Nays of the Members on any question shall, at the Desire of one half of those Present, be entered on the Journal.`;
    const a = analyze(cleanArticleText(text));
    const half = numericQuestions(a).find((c) => c.answer === "one half")!;
    expect(half.prompt).toMatch(/at the Desire of _____ of those Present/);
    expect(rejectReason(half, a)).toBeNull();
    // only smaller shares: a larger one suffices as well
    for (const d of half.choices.slice(1)) expect(d).toMatch(/^one (?:third|quarter|fifth|tenth)$/);
    const age = numericQuestions(a).find((c) => c.answer === "thirty Years");
    expect(age?.prompt).toBe("No Person shall be a Member of the Council who shall not have attained to the Age of _____.");
  });
  it("keeps 'that year' when the year is the blank's own", () => {
    const debt = analyze(cleanArticleText(fixture("06")));
    const q = clozeQuestions(debt).find((c) => c.answer === "August 2011");
    expect(q?.prompt).toMatch(/in _____ reduced economic expansion in the second half of that year/);
    expect(rejectReason(q!, debt)).toBeNull();
  });
});

describe("quotes over several sentences (engine 5 follow-up)", () => {
  const release = analyze(cleanArticleText(fixture("14")));
  it("gives a quote of several sentences after '\"…,\" said X.' to X, as a fact of its own", () => {
    const su = findQuotes(release).filter((q) => q.speaker === "Julie Su");
    expect(su.map((q) => q.quote.slice(0, 30))).toEqual(["The Biden-Harris Administratio", "We know that when one group of"]);
    const qs = quoteQuestions(release).filter((c) => c.answer === "Julie Su");
    expect(qs).toHaveLength(2);
    // the second does not share the first's sentence, so a quiz may ask both
    expect(qs[0].facts.some((f) => qs[1].facts.includes(f))).toBe(false);
    expect(release.text.slice(qs[1].evidenceStart, qs[1].evidenceEnd)).toMatch(/said Acting Secretary of Labor Julie Su/);
  });
  it("never makes one person the answer to more than four questions, even to fill a short quiz", () => {
    for (const prefix of ["02", "14", "10"]) {
      const quiz = generateQuestions(fixture(prefix)).questions;
      const counts = new Map<string, number>();
      for (const q of quiz) counts.set(q.answer, (counts.get(q.answer) ?? 0) + 1);
      expect(Math.max(...counts.values()), prefix).toBeLessThanOrEqual(4);
    }
  });
});

describe("an explainer's own yes/no questions (ADR 022)", () => {
  it("asks 'Are there …? Yes.' as a true statement and 'Does … have to …? No.' as a false one, with both as evidence", () => {
    const a = analyze(cleanArticleText(fixture("12")));
    const qs = answeredQuestionStatements(a).filter((c) => !rejectReason(c, a));
    const senate = qs.find((c) => /Senate\.$/.test(c.prompt))!;
    expect(senate.prompt).toBe("True or false: There are expedited procedures for a CRA joint resolution of disapproval in the Senate.");
    expect(senate.answer).toBe("True");
    expect(a.text.slice(senate.evidenceStart, senate.evidenceEnd)).toMatch(/in the Senate\? Yes\. When a CRA/);
    const each = qs.find((c) => /each chamber/.test(c.prompt))!;
    expect(each.prompt).toBe("True or false: A CRA joint resolution of disapproval has to be filed in each chamber.");
    expect(each.answer).toBe("False");
    // the open question "Is judicial review available?" is answered by a sentence, not a yes or no: not asked
    expect(qs.some((c) => /judicial review/i.test(c.prompt))).toBe(false);
  });
  it("turns nothing into a statement where the answer is not a plain yes or no", () => {
    const a = analyze(cleanArticleText(`Questions About the Budget
Does the Congress pass a budget every year? Sometimes it does, and sometimes it does not. Are there limits on spending? The law sets some limits on spending each year. The budget committees write a resolution each spring. Members debate it on the floor of each chamber. The final plan sets totals for spending and revenue.`));
    expect(answeredQuestionStatements(a)).toEqual([]);
  });
});

describe("assembly: questions that answer each other (engine 5 follow-up)", () => {
  it("never asks 'Which of these did X say?' twice where one offers the other's answer", () => {
    const quiz = generateQuestions(seedText()).questions;
    const said = quiz.filter((q) => /^Which of these did .* say/.test(q.prompt));
    for (const x of said) for (const y of said) if (x !== y) expect(x.choices).not.toContain(y.answer);
  });
  it("blanks a U.S. state once per quiz ('Louisiana and _____' in two sentences of a readout is one fact)", () => {
    const quiz = generateQuestions(fixture("01")).questions;
    const states = quiz.filter((q) => q.type === "fill_in_blank" && ["Louisiana", "Mississippi", "Alabama", "Texas", "Florida"].includes(q.answer)).map((q) => q.answer);
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states).size).toBe(states.length);
  });
});

describe("blind rating 5i follow-ups", () => {
  const debt = analyze(cleanArticleText(fixture("06")));
  it("keeps a figure's order with the stem's other figures ('total … _____ of GDP and publicly held debt was 99%')", () => {
    const q = numericQuestions(debt).find((c) => c.answer === "124%")!;
    // (Since engine 40 each of the two parallel statements is asked on its own, and still in that order.)
    expect(q.prompt).not.toMatch(/99%/);
    for (const d of q.choices.slice(1)) expect(parseFloat(d)).toBeGreaterThan(99);
    const held = numericQuestions(debt).find((c) => c.answer === "99%")!;
    for (const d of held.choices.slice(1)) expect(parseFloat(d)).toBeLessThan(124);
    // a figure the shortened stem drops does not bind it: the FY2036 projection is still asked (the figures after the
    // semicolon are smaller; the FY2031 one is not asked since engine 7, as no figure lies between it and FY2036's
    // that it would not also reach on the way)
    expect(numericQuestions(debt).some((c) => c.answer === "$63.8 trillion")).toBe(true);
  });
  it("does not ask a figure given by another and its difference ('_____ …, about $1.1 trillion below the debt limit')", () => {
    const qs = numericQuestions(debt).filter((c) => /below the debt limit/.test(c.prompt));
    expect(qs.length).toBeGreaterThan(0);
    for (const c of qs) expect(rejectReason(c, debt)).not.toBeNull();
  });
  it("prefers the body that acts to the place it acts in ('asked the _____ to work with Louisiana')", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    const qs = clozeQuestions(a).filter((c) => /surveillance drones/.test(c.prompt));
    const faa = qs.find((c) => c.answer === "Federal Aviation Administration")!;
    const state = qs.find((c) => c.answer === "Louisiana")!;
    expect(faa.base).toBeGreaterThan(state.base);
  });
  it("gives a rule's statement its case, and names which of two Adamses a stem means", () => {
    const bank = candidateBank(fixture("13")).candidates.map((c) => c.prompt);
    expect(bank).toContain("True or false: In a contingent presidential election, the District of Columbia receives a vote.");
    expect(bank.some((p) => p.includes("President John Quincy Adams essentially declared him heir"))).toBe(true);
  });
});

describe("blind rating 6c follow-ups: more of each text asked (engine 7)", () => {
  it("asks two clauses of one long sentence as two facts, neither printing the other's answer", () => {
    const quiz = generateQuestions(fixture("01")).questions;
    const dod = quiz.find((q) => /asked the _____ and the Department of Homeland Security/.test(q.prompt));
    const faa = quiz.find((q) => /asked the _____ to work with Louisiana and Mississippi/.test(q.prompt));
    expect(dod?.answer).toBe("Department of Defense");
    expect(faa?.answer).toBe("Federal Aviation Administration");
    expect(dod!.evidence).toBe(faa!.evidence);
  });
  it("never asks a clause beside a question on the whole sentence or one whose stem prints its answer", () => {
    for (const prefix of ["01", "06", "07", "13"]) {
      const text = fixture(prefix);
      const { candidates } = candidateBank(cleanArticleText(text));
      const quiz = generateQuestions(text).questions;
      const byPrompt = new Map(candidates.map((c) => [c.prompt, c]));
      const picked = quiz.map((q) => byPrompt.get(q.prompt)!).filter(Boolean);
      for (const x of picked)
        for (const y of picked) {
          if (x === y || x.facts[0] !== y.facts[0] || x.type === "quote_attribution" || y.type === "quote_attribution") continue;
          if (/^role(?:of)?:/.test(x.answerKey) || /^role(?:of)?:/.test(y.answerKey)) continue;
          expect(x.span && y.span, `${x.prompt} / ${y.prompt}`).toBeTruthy();
          expect(x.span![0] < y.span![1] && y.span![0] < x.span![1]).toBe(false);
          expect(x.prompt.includes(y.answer) || y.prompt.includes(x.answer)).toBe(false);
        }
    }
  });
  it("keeps the one true statement open instead of a false one that shares its fact, so the balance admits more", () => {
    const quiz = generateQuestions(fixture("12")).questions;
    const tf = quiz.filter((q) => q.type === "true_false");
    // (Engine 34: the explainer's "Yes" to its own heading stays in the bank, set BS, so no true statement is left open
    // here; the balance still holds.)
    expect(tf.length).toBeGreaterThan(0);
    expect(tf.filter((q) => q.answer === "False").length).toBeLessThanOrEqual(tf.filter((q) => q.answer === "True").length + 2);
    // "Which statement is supported?" spends four facts; here asking them one by one makes the longer quiz
    expect(quiz.length).toBeGreaterThanOrEqual(6);
  });
  it("does not flip a scope ('are not confined to scenarios in which …') into an exclusive claim", () => {
    expect(flipNegation("Possible economic and fiscal consequences of the debt limit are not confined to scenarios in which the debt limit is binding.")).toBeNull();
    expect(flipNegation("The rule is not limited to final rules.")).toBeNull();
    // nor a comparison whose other side is in another sentence ("… substantially the same" as what?)
    expect(flipNegation("The CRA does not define when a rule is substantially the same.")).toBeNull();
    expect(flipNegation("The CRA does not define when a rule is substantially the same as a disapproved rule.")?.text).toBe("The CRA defines when a rule is substantially the same as a disapproved rule.");
  });
  it("asks a long quote whole up to a dash that adds an infinitive ('… want to do—to reach an agreement …')", () => {
    const a = analyze(cleanArticleText(fixture("09")));
    const q = quoteQuestions(a).find((c) => c.answer === "Aaron David Miller");
    expect(q?.prompt).toBe('Who said: "I am not persuaded yet that they have grasped the seriousness and the amount of work that is required to do what they say they want to do"?');
  });
  it("offers only larger figures for a total that 'will reach _____' (a smaller one is reached on the way)", () => {
    const a = analyze(cleanArticleText(fixture("06")));
    const qs = numericQuestions(a).filter((c) => /will reach/.test(c.prompt));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs)
      for (const d of q.choices.slice(1)) {
        const [v, answer] = [parseFloat(d.replace(/^\$/, "")), parseFloat(q.answer.replace(/^\$/, ""))];
        expect(v, `${q.prompt} ${d}`).toBeGreaterThan(answer);
        // nor far above: $147 trillion in FY2036 beside $49.4 trillion in FY2031 was rated implausible (7c)
        expect(v, `${q.prompt} ${d}`).toBeLessThanOrEqual(answer * 1.8);
      }
    // the second figure of "will reach $49.4 trillion by … and _____ by …" is reached too
    expect(qs.some((q) => q.answer === "$63.8 trillion")).toBe(true);
  });
  it("does not ask the time a speaker has left ('Over the next _____, I'll be focused on doing my job')", () => {
    const biden = analyze(cleanArticleText(fixture("15")));
    const qs = quoteClozeQuestions(biden);
    expect(qs.some((c) => /racial wealth gap/.test(c.prompt))).toBe(true);
    expect(qs.some((c) => /Over the next _____/.test(c.prompt))).toBe(false);
  });
  it("does not take '23' for printed by 'the 23rd Amendment' (a figure is printed as a word of its own)", () => {
    const quiz = generateQuestions(fixture("13")).questions;
    expect(quiz.some((q) => q.prompt.includes("23rd Amendment"))).toBe(true);
    expect(quiz.some((q) => q.answer === "23" && /Virginia's _____ electors/.test(q.prompt))).toBe(true);
  });
  it("names 'The President' at the start of a stem ('President Obama pointed out …'), a former President aside", () => {
    const obama = generateQuestions(fixture("10")).questions;
    expect(obama.some((q) => q.prompt.startsWith("President Obama pointed out that he had lived for years in"))).toBe(true);
    expect(obama.some((q) => /^The President\b/.test(q.prompt))).toBe(false);
    const ida = generateQuestions(fixture("01")).questions;
    expect(ida.some((q) => q.prompt.startsWith("President Biden approved a Major Disaster Declaration"))).toBe(true);
  });
  it("does not start a stem from 'the bill' in a report of several bills ('Passage of the Bill required …')", () => {
    // (Fixture 08's lead and title name its bill, "the revised bailout bill", since engine 40: engine40.test.ts.)
    const a = analyze(cleanArticleText("Congress acts on two spending measures — Example News\n\nThe House passed H.R. 1234, a defense bill, on Monday after a long debate. The Senate passed S. 567, a farm bill, on Tuesday. Senators from both parties praised the compromise on crop insurance in the farm measure. Passage of the Bill required only a 1/2 majority. Farm groups said they were pleased with the outcome of the vote."));
    const q = numericQuestions(a).find((c) => c.answer === "1/2")!;
    expect(q.prompt).toBe("Passage of the Bill required a _____ majority.");
    expect(rejectReason(q, a)).toBe("unresolved");
    // one bill: the stem stands
    const one = analyze(cleanArticleText("Senate passes farm bill — Example News\n\nThe Senate passed a farm bill on Tuesday after a long debate. Senators from both parties praised the compromise on crop insurance. The bill now goes to the House, where its future is less certain. Passage of the bill required only a simple majority of 51 votes in the Senate. Farm groups said they were pleased with the outcome of the vote. Critics said the bill spends too much on subsidies for large farms."));
    const farm = numericQuestions(one).find((c) => c.answer === "51")!;
    expect(farm.prompt).toBe("Passage of the bill required only a simple majority of _____ votes in the Senate.");
    expect(rejectReason(farm, one)).toBeNull();
  });
  it("asks who an envoy is with that year's cabinet as wrong answers, and keeps other unlisted offices to the article", () => {
    const obama = analyze(cleanArticleText(fixture("10")));
    const q = roleQuestions(obama).find((c) => c.answer === "George J. Mitchell")!;
    expect(q.prompt).toBe("Who is identified in the article as the special envoy to the Middle East?");
    expect(q.choices).toContain("Robert Gates");
    // Condoleezza Rice left in January 2009: not Obama's cabinet
    expect(q.choices).not.toContain("Condoleezza Rice");
    const ida = analyze(cleanArticleText(fixture("01")));
    expect(roleQuestions(ida).some((c) => c.answer === "Cedric Richmond")).toBe(false);
  });
  it("gives a quote-only sentence to the person the sentence before announces it with ('offered his explanation')", () => {
    const a = analyze(cleanArticleText(fixture("08")));
    const ellis = findQuotes(a).find((q) => q.quote.startsWith("People who support"));
    expect(ellis?.speaker).toBe("Steve Ellis");
    const q = quoteQuestions(a).find((c) => c.answer === "Steve Ellis");
    // cut where ", and say, '…'" starts a clause of its own
    expect(q?.prompt).toBe('Who said: "People who support some of these provisions will forget about the $700 billion and concerns they may have on that"?');
  });
  it("marks what stays in the bank (swapped or copied statements, one amount of a list) and keeps it out of the quiz", () => {
    for (const prefix of ["08", "12", "13"]) {
      const text = fixture(prefix);
      const { candidates } = candidateBank(cleanArticleText(text));
      const bankOnly = new Set(candidates.filter((c) => c.bankOnly).map((c) => c.prompt));
      expect(bankOnly.size, prefix).toBeGreaterThan(0);
      // (A negative rule asked in the positive, and an explainer's "No" to its own question, are asked in the quiz; its
      // "Yes" is the heading restated, engine 34.)
      for (const c of candidates) if (c.type === "true_false") expect(Boolean(c.bankOnly), c.prompt).toBe(!(/^neg:/.test(c.answerKey) || (/^faq:/.test(c.answerKey) && c.answer === "False")));
      expect(generateQuestions(text).questions.some((q) => bankOnly.has(q.prompt)), prefix).toBe(false);
      expect(generateQuestions(text, { all: true }).questions.some((q) => bankOnly.has(q.prompt)), prefix).toBe(true);
    }
  });
  it("reads '1/2' and '3/5' as fractions, and asks a majority with the article's other fraction as a wrong answer", () => {
    const a = analyze(cleanArticleText(fixture("08")));
    const q = numericQuestions(a).find((c) => c.answer === "1/2");
    // (the bill the report's lead and title name, passed in the chamber a sentence names: engine 40)
    expect(q?.prompt).toBe("Passage of the revised bailout bill in the U.S. Senate required a _____ majority.");
    expect(q?.choices).toContain("3/5");
    expect(new Set(q?.choices).size).toBe(4);
    // a date is no fraction
    expect(a.quantities.some((x) => x.text.startsWith("10/1"))).toBe(false);
  });
});

describe("engine 8: more of each text asked", () => {
  it("asks who holds a post with the other officials of the same list as wrong answers, beside one 'What is X's role?'", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    const q = roleQuestions(a).find((c) => c.answer === "Deanne Criswell");
    expect(q?.prompt).toBe("Who is identified in the article as the FEMA Administrator?");
    expect([...q!.choices].sort()).toEqual(["Cedric Richmond", "Deanne Criswell", "Julie Rodriguez"]);
    const quiz = generateQuestions(fixture("01")).questions;
    // The quiz spells the acronym out (engine 12).
    expect(quiz.some((x) => x.prompt === "Who is identified in the article as the Federal Emergency Management Agency (FEMA) Administrator?")).toBe(true);
    // one "What is X's role?" from that sentence still (a second would offer the same four roles again)
    expect(quiz.filter((x) => /^What is .*'s role/.test(x.prompt)).length).toBe(1);
  });
  it("does not fill a role question with people of another kind of post from the list", () => {
    // The seed article's dean is no wrong answer for a government post, and a post held by one official of the
    // sentence only (no two peers named beside it) is not asked this way.
    for (const c of roleQuestions(analyze(cleanArticleText(seedText())))) expect(c.choices.length).toBe(4);
  });
});

/**
 * Written for these tests (not copied): the shapes of releases the engine had never seen, from the held-out rating of
 * 2026-12-02 (docs/question-engine.md, "Texts the engine has never seen").
 */
const NOMINATION = `President Biden Nominates Judge Maria Lopez to the Court of Appeals — The White House, March 3, 2022

Today, President Biden announced his intent to nominate Judge Maria Lopez to the United States Court of Appeals for the Ninth Circuit. Judge Lopez has served on the federal bench for nine years and has been praised by lawyers of both parties.

Since Justice Stephen Breyer announced his retirement, the President has met with many candidates for the federal courts. Judge Lopez served in Justice Breyer's chambers as a law clerk after she graduated from law school. She later worked as a federal public defender in Arizona and as a prosecutor in California.

Judge Lopez currently serves on the United States District Court for the District of Arizona. From 2013 to 2021, she served as a magistrate judge in Phoenix. She has been confirmed by the Senate twice, with votes from senators of both parties.

Today, Secretary of Labor Marty Walsh released a guide for states on apprenticeship programs. Also today, Marty Walsh, Secretary of Labor and a former mayor of Boston, Susan Rice, Director of the Domestic Policy Council and a former ambassador to the United Nations, and Cecilia Rouse, Chair of the Council of Economic Advisers and a former dean at Princeton University, met with the Governors of Arizona and Nevada and with hundreds of state legislators on workforce programs.
`;

const LETTER = `Text of a Letter from the President to the Speaker of the House of Representatives — The White House, June 2, 2023

The Honorable Kevin McCarthy

Speaker of the House of Representatives

Dear Mr. Speaker:

I write to inform you of actions I directed in the Horn of Africa. I directed the Department of Defense to move additional forces into Somalia to protect United States personnel. I ordered these forces to assist the Government of Kenya in securing its border with Somalia. We will continue these operations until the threat to United States personnel in Somalia and Kenya has ended. I am providing this report as part of my efforts to keep the Congress fully informed. I appreciate the support of the Congress in this action.

Sincerely,

Joseph R. Biden
`;

describe("engine 8: releases the engine had never seen (held-out rating, 2026-12-02)", () => {
  const a = analyze(cleanArticleText(NOMINATION));
  const cands = [...clozeQuestions(a), ...quoteClozeQuestions(a)];
  it("asks a release's 'Today, …' sentence without the date the student does not have", () => {
    const q = clozeQuestions(a).find((c) => /released a guide for states/.test(c.prompt));
    expect(q?.prompt).toBe("Secretary of Labor _____ released a guide for states on apprenticeship programs.");
    expect(q?.answer).toBe("Marty Walsh");
    const { candidates } = candidateBank(cleanArticleText(NOMINATION));
    for (const c of candidates) expect(c.prompt, c.prompt).not.toMatch(/\bToday\b/);
  });
  it("names the 'she' after an opening phrase ('From 2013 to 2021, she served …') as the person the sentence before names", () => {
    const q = cands.find((c) => c.prompt.startsWith("From _____ to 2021") || c.prompt.startsWith("From 2013 to _____"));
    expect(q?.prompt).toMatch(/^From .* to .*, Maria Lopez served as a magistrate judge/);
  });
  it("offers a justice's colleagues on the bench that year for 'Justice _____'s chambers', by family name", () => {
    const q = cands.find((c) => /served in Justice _____'s chambers/.test(c.prompt));
    expect(q?.answer).toBe("Breyer");
    const kb = getKb();
    for (const d of q!.choices.slice(1)) expect(kb.peopleByFamily(d).some((p) => p.terms.some((t) => /Justice/.test(t.office) && t.from <= 2022 && (t.to ?? 9999) >= 2022)), d).toBe(true);
    // "Justice Breyer" written twice is no fixed phrase that gives the name away
    expect(rejectReason(q!, a)).toBeNull();
  });
  it("blanks one person once, even when the quiz is short", () => {
    const blanks = cands.filter((c) => c.answerKey === "person:Stephen Breyer");
    expect(blanks.length).toBeGreaterThanOrEqual(2);
    const quiz = generateQuestions(NOMINATION).questions;
    expect(quiz.filter((q) => q.type === "fill_in_blank" && /Breyer/.test(q.answer)).length).toBe(1);
  });
  it("does not ask a part of a list of names and titles that leaves out the sentence's verb", () => {
    const fromList = cands.filter((c) => /former mayor of Boston/.test(c.prompt));
    for (const c of fromList) expect(c.prompt, c.prompt).toMatch(/\bmet with\b/);
  });
  it("reads a signed letter as its signer's words, framed as what they wrote", () => {
    const letter = analyze(cleanArticleText(LETTER));
    expect(letter.author).toEqual({ name: "President Joseph R. Biden", verb: "wrote" });
    for (const c of quoteClozeQuestions(letter)) expect(c.prompt.startsWith('President Joseph R. Biden wrote: "')).toBe(true);
    // (its places and its one department find too few wrong answers of their kind in so short a letter: no question yet)
  });
  it("does not ask a count whose items follow it ('by _____ federal agencies—the Departments of …, and …')", () => {
    const text = cleanArticleText(
      `Labor Agencies Release a Report — The White House, May 1, 2023\n\nThe report announces new actions to be taken by four federal agencies—the Departments of Homeland Security, Labor, and State, as well as the Agency for International Development—to protect workers. The report was written over nine months by a task force of officials. It includes more than a dozen actions for the agencies to take this year. Workers and employers were consulted by the task force in six cities.`,
    );
    expect(numericQuestions(analyze(text)).some((c) => c.answer === "four")).toBe(false);
  });
  it("asks a fact sheet's sentence without its bold label ('Investing in …: The … Act provided _____ for …')", () => {
    const text = cleanArticleText(
      `Fact Sheet: The President Supports Foster Youth — The White House, May 12, 2026\n\nThe President signed an order on foster care last year. Investing in the Foster Youth to Independence Program: The Consolidated Appropriations Act of 2026 provided $30 million for housing vouchers for young people leaving foster care. Expanding Access to Mentors: The Department of Labor awarded $12 million in grants to mentoring programs in 14 states. The order also directed agencies to report on their progress within 180 days.`,
    );
    const a = analyze(text);
    expect(leadLabel("Investing in the Foster Youth to Independence Program: The Consolidated Appropriations Act of 2026 provided")).toBeGreaterThan(0);
    expect(leadLabel("The Senate shall choose their Speaker: a rule")).toBe(0);
    const q = numericQuestions(a).find((c) => c.answer === "$30 million");
    expect(q?.prompt).toBe("The Consolidated Appropriations Act of 2026 provided _____ for housing vouchers for young people leaving foster care.");
    expect(q && rejectReason(q, a)).toBeNull();
    // the evidence is still the whole line
    expect(a.text.slice(q!.evidenceStart, q!.evidenceEnd)).toMatch(/^Investing in the Foster Youth/);
  });
  it("leaves out an 'also' whose other half is in a sentence the student has not read", () => {
    const a = analyze(cleanArticleText(`Aid to Afghanistan — The White House, January 11, 2022\n\nThe United States announced new humanitarian aid for the people of Afghanistan. The Department of State is also working closely with the Department of the Treasury on ways to pay aid workers. The Department of Defense flew the first supplies. The State Department and the Agency for International Development will deliver it over the winter.`));
    const q = clozeQuestions(a).find((c) => c.answer === "Department of the Treasury");
    expect(q?.prompt).toBe("The Department of State is working closely with the _____ on ways to pay aid workers.");
  });
  it("ends a stem at a dash that follows the blank ('… murders so far - far too high a number.')", () => {
    const a = analyze(cleanArticleText(`Crime in Memphis — The White House, September 15, 2025\n\nThe President sent federal officers to the city in September. This year, Memphis has seen 150 murders so far - far too high a number. The task force includes officers from the Federal Bureau of Investigation and the Drug Enforcement Administration. The Governor of Tennessee asked for the help in August.`));
    const q = numericQuestions(a).find((c) => c.answer === "150");
    expect(q?.prompt).toBe("This year, Memphis has seen _____ murders so far.");
  });
  it("keeps a month out of the default quiz, even to fill a short one; no 'first _____ days'; no flip of a 'may not' of what is possible", () => {
    const text = cleanArticleText(`A Consortium Against Cancer — The White House, May 2, 2022\n\nThe President announced a consortium of hospitals and universities to fight cancer. The consortium was launched in March 2021 by the National Cancer Institute. In the first 100 days, it enrolled more than 3,000 patients in new trials. Works of the United States Government may not be protected by copyright in other countries. A committee may not amend the resolution.`);
    const { candidates } = candidateBank(text);
    const month = candidates.find((c) => c.answer === "March 2021");
    expect(month?.bankOnly).toBe(true);
    expect(generateQuestions(text).questions.some((q) => q.answer === "March 2021")).toBe(false);
    const a = analyze(text);
    const days = numericQuestions(a).find((c) => /^100\b/.test(c.answer));
    expect(days && rejectReason(days, a)).toBe("predictable");
    expect(flipNegation("Works of the United States Government may not be protected by copyright in other countries.")).toBeNull();
    expect(flipNegation("A committee may not amend the resolution.")?.text).toBe("A committee may amend the resolution.");
  });
});

/**
 * Written for these tests (not copied): the shapes of fact sheets from the 194 unseen White House texts of
 * `npm run -s questions:yield` (engine 9, 2026-12-03).
 */
const FACT_SHEET = `Fact Sheet: President Protects the Great Lakes from Invasive Carp — The White House, May 9, 2025

STOPPING INVASIVE CARP: Today, the President signed a presidential memorandum to protect the Great Lakes from invasive carp.

The memorandum directs federal agencies to build the most effective barriers to stop the spread of invasive carp in the Great Lakes Basin.
It supports construction of the Brandon Road Interbasin Project, which would add layers of deterrents to keep invasive carp out of the Great Lakes.

This project was authorized in the Water Resources Development Act of 2020 but has recently been delayed by Illinois Governor J.B. Pritzker.

Federal agencies are also directed to speed up their permitting and environmental reviews.
It instructs the Environmental Protection Agency to prioritize infrastructure projects that remove invasive carp from the Upper Illinois Waterway.
It tasks NOAA and the U.S. Fish and Wildlife Service to prioritize research on invasive species.

PROTECTING THE GREAT LAKES: The Great Lakes are the largest surface freshwater system in the world and a source of drinking water for millions of people.
The carp spread rapidly by outcompeting native fish for food, threatening species like walleye, yellow perch and lake whitefish.
Families that sign up for the new program will receive a discount of up to $75 a month on their water bills, and the state has received nearly $274 million from the federal government for the project.
The state has received more than 12,000 applications for the program so far.
`;

describe("engine 9: unseen fact sheets", () => {
  it("reads a fact sheet's 'It directs …' as the document the sentences before it describe", () => {
    const a = analyze(cleanArticleText(FACT_SHEET));
    const org = clozeQuestions(a).find((c) => c.answer === "Environmental Protection Agency");
    expect(org?.prompt).toMatch(/^The memorandum instructs the _____ to prioritize infrastructure projects/);
    expect(rejectReason(org!, a)).toBeNull();
    // not past a section heading: the heading's section names no document, so its "It" is not resolved
    const other = analyze(cleanArticleText(FACT_SHEET.replace("The memorandum directs", "Officials direct").replace("a presidential memorandum", "a plan")));
    const none = clozeQuestions(other).find((c) => c.answer === "Environmental Protection Agency");
    expect(none === undefined || rejectReason(none, other) !== null).toBe(true);
  });
  it("reads 'This project' as the one project the sentence before it names", () => {
    const a = analyze(cleanArticleText(FACT_SHEET));
    const q = clozeQuestions(a).find((c) => c.answer === "J.B. Pritzker");
    expect(q?.prompt).toBe("The Brandon Road Interbasin Project was authorized in the Water Resources Development Act of 2020 but has recently been delayed by Illinois Governor _____.");
    expect(rejectReason(q!, a)).toBeNull();
    // two projects named before it: which one is unknown, and the stem stays unresolved (rejected)
    const two = analyze(cleanArticleText(FACT_SHEET.replace("of the Great Lakes.\n", "of the Great Lakes, beside the Chicago Area Waterway Project.\n")));
    const q2 = clozeQuestions(two).find((c) => c.answer === "J.B. Pritzker");
    expect(q2 === undefined || rejectReason(q2, two) !== null).toBe(true);
  });
  it("asks 'nearly' and 'up to' figures outside rules: 'up to' with only smaller wrong answers, 'nearly' with figures a quarter or more away on either side (engine 23); 'more than' stays out", () => {
    const a = analyze(cleanArticleText(FACT_SHEET));
    const qs = numericQuestions(a);
    const upTo = qs.find((c) => c.answer === "$75");
    expect(upTo?.prompt).toMatch(/discount of up to _____ a month/);
    const nearly = qs.find((c) => c.answer === "$274 million");
    expect(nearly?.prompt).toMatch(/nearly _____ from the federal government/);
    const value = (x: string) => Number(x.replace(/[$,]|\smillion/g, ""));
    for (const d of upTo!.choices.filter((x) => x !== upTo!.answer)) expect(value(d)).toBeLessThanOrEqual(value(upTo!.answer) * 0.75);
    // "nearly $452 million" is as false as "nearly $150 million" for $274 million; only smaller ones made the answer the
    // largest choice every time (set W's raters).
    for (const d of nearly!.choices.filter((x) => x !== nearly!.answer)) expect(value(d) >= value(nearly!.answer) * 1.3 || value(d) <= value(nearly!.answer) * 0.75).toBe(true);
    // "more than 12,000 applications": a larger figure is not provably wrong, a smaller one is true
    expect(qs.some((c) => c.answer === "12,000")).toBe(false);
  });
});

describe("engine 9: Markdown's hard line breaks", () => {
  it("keeps a bold run-in heading out of the sentence it heads", () => {
    const md = "**<u>Hudson Tunnel Project  \n</u>**  \nThe President will announce a $292 million grant to Amtrak for the concrete casing of the new tunnel under the Hudson River.\n\nThe project will reduce commute times for riders between New York and New Jersey.\n\nAmtrak expects the project to support 72,000 jobs during construction.\n";
    const quiz = generateQuestions(cleanArticleText(md, "markdown"), { all: true }).questions;
    expect(quiz.length).toBeGreaterThan(0);
    for (const q of quiz) expect(q.prompt).not.toMatch(/Hudson Tunnel Project\s+The President/);
  });
});

describe("engine 9: people, bodies and offices in unseen releases", () => {
  const STAFF = `Officials Announce New Staff — The White House, January 24, 2025

Alex Flemister will return to the White House as Director of Strategic Initiatives in the Office of Public Liaison, having previously served as Associate Director in the Office of Public Liaison. Julie Chavez Rodriguez, Director of Intergovernmental Affairs at the White House, said that the work of state and local leaders is "at heart about keeping people in their homes." The coalition was launched during the United Nations General Assembly in September, with Saint Kitts and Nevis among its first members. Secretary of State Antony Blinken met the governors of three states on Friday. The bank's Chief Enterprise Risk Officer and its General Counsel were also present.

Good morning, Ambassador Crowley, Ambassador Waltz and Deputy Secretary Landau. "Together, we can expand access to education and give the next generation the skills they need to succeed," said First Lady Jill Biden.
`;
  it("reads an office's field as the office, and a body or a place as neither a person nor a wrong answer for one", () => {
    const a = analyze(cleanArticleText(STAFF));
    const people = [...a.ents.persons.keys()];
    expect(people).toEqual(expect.arrayContaining(["Alex Flemister", "Julie Chavez Rodriguez", "Antony Blinken", "Jill Biden"]));
    for (const wrong of ["Strategic Initiatives", "Intergovernmental Affairs", "United Nations General Assembly", "Saint Kitts", "Enterprise Risk Officer", "General Counsel"]) expect(people).not.toContain(wrong);
  });
  it("offers no 'Ambassador Waltz' (a title and a family name) beside a full name", () => {
    const a = analyze(cleanArticleText(STAFF));
    for (const q of quoteQuestions(a)) for (const ch of q.choices) expect(ch).not.toMatch(/^(?:Ambassador|Deputy|Director|Secretary|Saint|United Nations)\b/);
  });
  it("never offers another name of the answer's department as a wrong answer", () => {
    expect(sameBody("U.S. Department of State")).toBe(sameBody("State Department"));
    expect(sameBody("the Department of the Treasury")).toBe(sameBody("Treasury Department"));
    expect(sameBody("Department of Defense")).not.toBe(sameBody("Department of State"));
  });
  it("does not ask a line of a nomination list ('X, of California, to be …, vice _____, retiring.')", () => {
    const a = analyze(cleanArticleText(FACT_SHEET));
    const base = clozeQuestions(a).find((c) => c.answer === "J.B. Pritzker")!;
    const line = { ...base, prompt: "Holly A. Thomas, of California, to be United States Circuit Judge for the Ninth Circuit, vice _____, retiring." };
    expect(gateFragment(line)).toBe(true);
    expect(gateFragment({ ...line, prompt: "_____, of California, to be United States Circuit Judge for the Ninth Circuit." })).toBe(true);
    expect(gateFragment(base)).toBe(false);
  });
});

describe("engine 9: giveaways and list lines in unseen releases", () => {
  const base = () => {
    const a = analyze(cleanArticleText(FACT_SHEET));
    return { a, num: numericQuestions(a).find((c) => c.answer === "$75")!, org: clozeQuestions(a).find((c) => c.answer === "Environmental Protection Agency")! };
  };
  it("rejects a figure the stem itself prints ('the America 250 Commission … over the last _____')", () => {
    const { num } = base();
    const q = { ...num, answer: "250 years", choices: ["250 years", "140 years", "340 years", "410 years"], prompt: "The America 250 Commission plans expositions of American innovation over the last _____." };
    expect(gateGiveaway(q)).toBe(true);
    expect(gateGiveaway({ ...q, prompt: "In 2250, the Commission plans expositions of American innovation over the last _____." })).toBe(false);
    expect(gateGiveaway(num)).toBe(false);
  });
  it("rejects one line of a list of grants ('_____ for listening tours in Timor-Leste.')", () => {
    const { num } = base();
    expect(gateFragment({ ...num, prompt: "_____ for listening tours on local development in Timor-Leste." })).toBe(true);
    expect(gateFragment({ ...num, prompt: "_____ to promote democracy in the Western Balkans." })).toBe(true);
    expect(gateFragment({ ...num, prompt: "$39 million in base funding from grants to _____ states and territories to increase apprenticeships." })).toBe(true);
    expect(gateFragment(num)).toBe(false);
  });
  it("rejects a body blanked in a list that 'includes' others (the wrong answers may be in it too)", () => {
    const { org } = base();
    const q = { ...org, prompt: "Mr. Sullivan reported more than 4,000 paid internships across agencies including the _____, the Department of Defense and the Intelligence Community." };
    expect(gateListItem(q)).toBe(true);
    expect(gateListItem(org)).toBe(false);
  });
});

describe("engine 9: a release's 'today'", () => {
  it("drops 'today' next to a verb of announcing, and nowhere else", () => {
    expect(dropToday("The U.S. Department of Energy today announced a new initiative with _____ partners.")).toBe("The U.S. Department of Energy announced a new initiative with _____ partners.");
    expect(dropToday("The Treasury estimates that _____ were distributed today to families.")).toBe("The Treasury estimates that _____ were distributed to families.");
    for (const keep of ["Starting today, working families will receive _____.", "Even today, the seawater that entered the tunnel in _____ continues to harm it.", "In the plan unveiled today, the USPS invests _____.", "We are announcing today's _____ plan."]) expect(dropToday(keep)).toBe(keep);
  });
  it("asks the fact of a 'today announced' sentence without the day", () => {
    const text = `Energy Department Launches Cybersecurity Labels — The White House, July 18, 2023

The U.S. Department of Energy today announced a collaborative initiative with national laboratories to develop cybersecurity labels for smart meters. The Federal Communications Commission will run the labeling program for consumer devices. The Department of Commerce and the Department of Defense will advise the program on standards. The program will begin accepting applications next year from manufacturers across the country.
`;
    const a = analyze(cleanArticleText(text));
    const q = clozeQuestions(a).find((c) => c.answer === "Department of Energy");
    expect(q?.prompt).toMatch(/^The U\.S\. _____ announced a collaborative initiative/);
    expect(rejectReason(q!, a)).toBeNull();
  });
});

describe("engine 9: the held-out set C's reasons (2026-12-03)", () => {
  it("reads a joint statement as nobody's own words", () => {
    const text = `Joint Statement by President Biden and President von der Leyen on Energy Security — The White House, June 27, 2022

We are determined to reduce our dependence on Russian energy. Our teams will work together to find new supplies of natural gas for Europe this winter. We will work to raise the supply of liquefied natural gas to Europe by 15 billion cubic meters this year. We also commit to cutting methane emissions across our energy systems. Our partnership will keep our markets stable and our people warm.
`;
    expect(analyze(cleanArticleText(text)).author).toBeUndefined();
  });
  it("rejects a figure the quiz's title prints, in digits or words", () => {
    const text = `President Biden Announces Six New Nominees for U.S. Attorney — The White House, May 2, 2022

President Biden is announcing six new nominees to serve as U.S. Attorneys across the country. The President has now announced 68 nominees to serve as U.S. Attorneys since he took office. The nominees were chosen for their experience, and each has served as a prosecutor for at least ten years. The Senate Judiciary Committee will review the nominations this spring before a vote of the full Senate.
`;
    const a = analyze(cleanArticleText(text));
    const qs = numericQuestions(a);
    const six = qs.find((c) => /^six$/i.test(c.answer));
    expect(six).toBeDefined();
    expect(gateTitleGiveaway(six!, a)).toBe(true);
    const all = qs.find((c) => c.answer === "68");
    expect(all === undefined || !gateTitleGiveaway(all, a)).toBe(true);
    // a figure with decimals ("1.5 percent") is no crash (numberToWords has no words for it)
    expect(gateTitleGiveaway({ ...six!, answer: "1.5 percent", prompt: "Prices rose by _____ last year." }, a)).toBe(false);
    // a number of the title that counts something else ("version 22") gives nothing away
    const crs = analyze(cleanArticleText(fixture("06")));
    const changes = numericQuestions(crs).find((c) => c.answer === "22");
    expect(crs.title).toMatch(/version 22/);
    expect(changes && gateTitleGiveaway(changes, crs)).toBe(false);
  });
  it("rejects a country blanked after a city and a comma ('Kuala Lumpur, _____'), and a nominee's degrees", () => {
    const a = analyze(cleanArticleText(FACT_SHEET));
    const org = clozeQuestions(a).find((c) => c.answer === "Environmental Protection Agency")!;
    const country = { ...org, type: "fill_in_blank" as const, answer: "Malaysia", answerKey: "country:Malaysia", choices: ["Malaysia", "Indonesia", "Thailand", "Vietnam"], prompt: "Kagan served as Deputy Chief of Mission at the U.S. embassies in New Delhi, India and in Kuala Lumpur, _____." };
    expect(gatePredictable(country, a)).toBe(true);
    expect(gatePredictable({ ...country, prompt: "Kagan served as Deputy Chief of Mission at the U.S. embassy in _____." }, a)).toBe(false);
    expect(gateTrivia({ ...org, prompt: "Ms. _____ received her J.D. from Georgetown University Law Center in 1999 and her B.A. from Yale University in 1996." })).toBe(true);
    expect(gateTrivia({ ...org, prompt: "Mr. _____ graduated from Harvard Law School in 2006." })).toBe(true);
    expect(gateTrivia(org)).toBe(false);
  });
});

/**
 * Engine 10, from the reasons of set C (seen) and the 194-text sample: a fact sheet's claims asked as the fact
 * sheet's, a nominee's past jobs, a fact sheet's verb-led bullets, "each of the following".
 */
const TAX_SHEET = `FACT SHEET: This Tax Day, the President Is Fighting to Reward Work, Not Wealth — The White House, April 18, 2022

This Tax Day, the difference in approach between the President and Congressional Republicans could not be clearer.
In recent years, both billionaires and the largest corporations have paid an average tax rate of just 8 percent.
President Biden is calling on Congress to pass legislation requiring the wealthiest American households to pay a minimum of 20 percent on all of their income.
The plan would raise $360 billion over the next decade, according to the Treasury Department.
Roughly 24 million families of seniors making less than $100,000 per year would face tax increases under the Republican plan.
The memorandum directs the Secretary of the Treasury to report on the new rules within 90 days.
Senator Elizabeth Warren has long supported a tax on the largest fortunes in the country.
The President will travel to New Hampshire on Tuesday to talk about his plan with families.
`;

describe("engine 10: a fact sheet's claims are the fact sheet's", () => {
  it("knows a fact sheet or a press office's statement by its title, and nothing else", () => {
    expect(documentVoice({ title: "FACT SHEET: President Biden Protects Workers", author: undefined })).toBe("the fact sheet");
    expect(documentVoice({ title: "Fact Sheet: President Protects the Great Lakes", author: undefined })).toBe("the fact sheet");
    expect(documentVoice({ title: "Statement from Press Secretary Karine Jean-Pierre on the Senate vote", author: undefined })).toBe("the statement");
    // a news report about a statement, a readout, and a first-person statement (its author frames it already)
    expect(documentVoice({ title: 'Statement of "joint understanding" released after Annapolis Conference', author: undefined })).toBeUndefined();
    expect(documentVoice({ title: "Readout of President Biden's Briefing on Hurricane Ida", author: undefined })).toBeUndefined();
    expect(documentVoice({ title: "Statement from President Joe Biden on the Senate vote", author: { name: "President Joe Biden", verb: "said" } })).toBeUndefined();
  });
  it("asks its figures and claims 'according to the fact sheet', and what an order itself says without it", () => {
    const { candidates } = candidateBank(cleanArticleText(TAX_SHEET));
    const rate = candidates.find((c) => c.type === "numeric" && c.answer === "8 percent");
    expect(rate?.prompt).toBe("According to the fact sheet, in recent years, both billionaires and the largest corporations have paid an average tax rate of just _____.");
    const min = candidates.find((c) => c.type === "numeric" && c.answer === "20 percent");
    expect(min?.prompt).toMatch(/^According to the fact sheet, President Biden is calling on Congress/);
    const order = candidates.find((c) => c.answer === "90 days" || c.answer === "Secretary of the Treasury");
    if (order) expect(order.prompt).not.toMatch(/^According to/);
    const tf = candidates.filter((x) => x.type === "true_false");
    expect(tf.length).toBeGreaterThan(0);
    for (const c of tf) expect(c.prompt).toMatch(/^True or false: (?:According to the fact sheet, |The memorandum )/);
    expect(tf.some((c) => c.prompt.startsWith("True or false: According to the fact sheet, "))).toBe(true);
    for (const c of candidates) expect(gateTooLong(c)).toBe(false);
    // the same sentences in a news report: the reporter's facts, asked as they are
    const news = candidateBank(cleanArticleText(TAX_SHEET.replace(/^FACT SHEET: /, "Reporter's notebook: "))).candidates;
    expect(news.find((c) => c.type === "numeric" && c.answer === "8 percent")?.prompt).toBe("In recent years, both billionaires and the largest corporations have paid an average tax rate of just _____.");
    expect(news.some((c) => /According to the fact sheet/.test(c.prompt))).toBe(false);
  });
  it("keeps a framed stem within the length a student reads at once by ending it at a side clause after the blank", () => {
    const a = analyze(cleanArticleText(TAX_SHEET));
    const long = "President Biden set a bold goal of deploying 30 gigawatts of offshore wind by 2030, enough to power _____ homes with clean energy across the coastal states of the country, supporting 77,000 jobs in construction, manufacturing and shipping and bringing new investment to ports and communities from Maine to the Gulf of Mexico.";
    const out = withVoice(long, a, 2, "numeric");
    expect(out).toBe("According to the fact sheet, President Biden set a bold goal of deploying 30 gigawatts of offshore wind by 2030, enough to power _____ homes with clean energy across the coastal states of the country.");
    // a question form and a quotation framed by its speaker stay as they are
    expect(withVoice('President Biden said: "We will pay _____ more."', a, 2, "numeric")).toBe('President Biden said: "We will pay _____ more."');
    expect(withVoice("Who is identified in the article as the Secretary of State?", a, 2, "multiple_choice")).toBe("Who is identified in the article as the Secretary of State?");
  });
  it("keeps a title, a given name and a name the sentence mentions capitalised after the frame (set K, 2026-12-05)", () => {
    const sheet = `FACT SHEET: President Biden Takes Action to Bring Americans Home — The White House, June 1, 2024

The president announced new steps today to bring home Americans held abroad.
President Biden is encouraging the Federal Trade Commission to issue a public report on hostage-taking.
George Glezmann—an American held by the Taliban in Afghanistan for 836 days—was freed in March.
Ksenia Karelina—an American ballet dancer who was wrongfully detained for 14 months—returned home in April.
National Public Radio reported that 40 Americans remain wrongfully detained around the world.
Numerous U.S. agencies have worked on 12 cases this year, and the national security team met every week.
Nine Navy ships supported 3 of the rescue missions in the region.
`;
    const a = analyze(cleanArticleText(sheet));
    const at = (start: string) => a.sentences.findIndex((s) => s.norm.startsWith(start));
    const voiced = (body: string) => withVoice(body, a, at(body.split(" ").slice(0, 2).join(" ")), "numeric");
    // "president" is written in lowercase in the text, but "President Biden" is a title before a name
    expect(voiced("President Biden is encouraging the _____ to issue a public report on hostage-taking.")).toBe("According to the fact sheet, President Biden is encouraging the _____ to issue a public report on hostage-taking.");
    expect(voiced("George Glezmann—an American held by the Taliban in Afghanistan for _____—was freed in March.")).toMatch(/^According to the fact sheet, George Glezmann—/);
    expect(voiced("Ksenia Karelina—an American ballet dancer who was wrongfully detained for _____—returned home in April.")).toMatch(/^According to the fact sheet, Ksenia Karelina—/);
    // common words stay common: an adjective before a name, a number word, a word the text writes in lowercase
    expect(voiced("Numerous U.S. agencies have worked on _____ cases this year, and the national security team met every week.")).toMatch(/^According to the fact sheet, numerous U\.S\. agencies/);
    expect(voiced("Nine Navy ships supported _____ of the rescue missions in the region.")).toMatch(/^According to the fact sheet, nine Navy ships/);
  });
});

describe("engine 10: a nominee's past jobs, a fact sheet's bullets, 'each of the following'", () => {
  const NOMINEES = `President Biden Announces Key Nominees — The White House, May 2, 2023

President Biden is announcing his intent to nominate the following individuals to serve as key leaders in his administration.
Jane Roe is the Chief Counsel of the Senate Committee on Homeland Security and Governmental Affairs.
From 1999 to 2003, Ms. Roe was an attorney at the law firm of Covington and Burling in Washington.
Previously, Ms. Roe served as a trial attorney in the Civil Rights Division at the Department of Justice.
In 2010, Roe served as the Officer for Civil Rights and Civil Liberties at the Department of Homeland Security.
Ms. Roe received her J.D. from Georgetown University Law Center and her B.A. from Yale University.
`;
  const base = { type: "fill_in_blank" as const, choices: ["Department of Justice", "Department of State", "Department of Labor"], answer: "Department of Justice", evidenceStart: 0, evidenceEnd: 1, facts: [3], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "gov:Department of Justice" };
  it("rejects a nominee's past jobs as trivia, and not a present post or a news report's history", () => {
    const a = analyze(cleanArticleText(NOMINEES));
    expect(gateBiography({ ...base, prompt: "From 1999 to 2003, Ms. _____ was an attorney at the law firm of Covington and Burling in Washington." }, a)).toBe(true);
    expect(gateBiography({ ...base, prompt: "Previously, Ms. Roe served as a trial attorney in the Civil Rights Division at the _____." }, a)).toBe(true);
    expect(gateBiography({ ...base, prompt: "In 2010, Roe served as the Officer for Civil Rights and Civil Liberties at the _____." }, a)).toBe(true);
    expect(gateBiography({ ...base, prompt: "Jane Roe is the Chief Counsel of the Senate Committee on _____." }, a)).toBe(false);
    // "In 2010, …" is a biography only where the text announces nominations or appointments
    const news = analyze(cleanArticleText(NOMINEES.replace("President Biden Announces Key Nominees", "Senate Committee Hears From Civil Rights Officials")));
    expect(gateBiography({ ...base, prompt: "In 2010, Roe served as the Officer for Civil Rights and Civil Liberties at the _____." }, news)).toBe(false);
    const { candidates } = candidateBank(cleanArticleText(NOMINEES));
    expect(candidates.some((c) => /^From 1999 to 2003|^Previously, /.test(c.prompt))).toBe(false);
  });
  it("rejects a bullet that starts with its verb, and keeps 'Pursuant to …'", () => {
    const text = `FACT SHEET: The Administration Acts on Conservation — The White House, August 1, 2022

The Department of Agriculture is announcing new steps to help farmers and ranchers protect their land.
Help up to 10,000 farmers and ranchers apply conservation practices to approximately 125 million acres of land.
Pursuant to the Farm Bill, the department is required to report to Congress on the program every 12 months.
The department has received more than 12,000 applications for the program so far this year.
`;
    const a = analyze(cleanArticleText(text));
    const help = numericQuestions(a).find((c) => c.answer === "10,000" || c.answer === "125 million acres");
    expect(help).toBeDefined();
    expect(gateBulletItem(help!, a)).toBe(true);
    const pursuant = numericQuestions(a).find((c) => c.answer === "12 months");
    if (pursuant) expect(gateBulletItem(pursuant, a)).toBe(false);
  });
  it("reads 'each of the following companies' as unresolved", () => {
    const a = analyze(cleanArticleText(NOMINEES));
    expect(gateUnresolved({ ...base, type: "numeric", answer: "$30", choices: ["$30", "$50", "$10", "$70"], prompt: "Each of the following companies committed to offer at least one plan for _____ a month." }, a)).toBe(true);
    expect(gateUnresolved({ ...base, type: "numeric", answer: "$30", choices: ["$30", "$50", "$10", "$70"], prompt: "Twenty companies committed to offer at least one plan for _____ a month." }, a)).toBe(false);
  });
});

describe("engine 11: set D's reasons (2026-12-04)", () => {
  const CEASEFIRE = `U.S.-Iran Ceasefire: Issues for Congress

On April 7, 2026, the United States and Iran agreed to a two-week ceasefire after weeks of conflict in the region.
President Donald Trump wrote on April 8 that "We are, and will be, talking Tariff and Sanctions relief with Iran."
Iran's Foreign Minister wrote that the ceasefire would entail two weeks of "safe passage" through the Strait "via coordination with Iran's Armed Forces."
Israeli Prime Minister Benjamin Netanyahu wrote, "The two-weeks ceasefire does not include Lebanon or its southern border region."
Pakistani Prime Minister Shehbaz Sharif wrote on social media that the ceasefire would apply "everywhere including Lebanon and all the other fronts."
Vice President JD Vance described the disconnect as a "legitimate misunderstanding" between the parties and their allies.
Congress may consider whether to hold hearings on the terms of the ceasefire and the costs of the conflict.
`;
  it("never takes an office without a name ('Iran's Foreign Minister') for a person, as a speaker or a wrong answer", () => {
    const a = analyze(cleanArticleText(CEASEFIRE));
    expect([...a.ents.persons.keys()]).not.toContain("Foreign Minister");
    expect([...a.ents.persons.keys()]).toContain("Benjamin Netanyahu");
    const qs = quoteQuestions(a);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.choices).not.toContain("Foreign Minister");
    expect(qs.some((q) => q.prompt.includes("via coordination"))).toBe(false);
    // A full name that starts with initials ("JD Vance") is a wrong answer like any other.
    expect(qs.some((q) => q.answer !== "JD Vance" && q.choices.includes("JD Vance"))).toBe(true);
  });

  it("offers the Department of War and the Department of Defense never as two answers", () => {
    expect(sameBody("Department of War")).toBe(sameBody("Department of Defense"));
    expect(sameBody("the Pentagon")).toBe(sameBody("U.S. Department of Defense"));
    expect(sameBody("Department of Energy")).not.toBe(sameBody("Department of Defense"));
    const base = { type: "fill_in_blank" as const, prompt: "The _____ included copper on its 2023 critical materials list.", answer: "Department of Energy", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "gov:Department of Energy" };
    expect(gateChoices({ ...base, choices: ["Department of Energy", "Department of Defense", "Department of War", "Department of Agriculture"] })).toBe(true);
    expect(gateChoices({ ...base, choices: ["Department of Energy", "Department of Defense", "Department of State", "Department of Agriculture"] })).toBe(false);
    const text = `Copper and National Security

President Trump has asserted that copper is the second most widely used material by the Department of Defense, which uses "Department of War" as a secondary title.
The Department of Energy included copper on its 2023 critical materials list, and the Department of the Interior added copper to its 2025 critical minerals list.
The Department of Commerce started an investigation of copper imports under Section 232 in February 2025.
The Department of War has said that copper is needed for munitions, vehicles and communications equipment.
Congress may consider the effects of the tariffs on manufacturers that use copper in their products.
`;
    const { candidates } = candidateBank(cleanArticleText(text));
    const bodies = candidates.filter((c) => c.choices.some((x) => /^Department of/.test(x)));
    expect(bodies.length).toBeGreaterThan(0);
    for (const c of bodies) expect(new Set(c.choices.map(sameBody)).size).toBe(c.choices.length);
  });

  it("keeps a leading frame that dates the claim ('In 2025,'), and drops one that does not", () => {
    expect(simplifySentence("In 2025, the United States imported $7.2 billion worth of copper products from Chile and Peru.")?.text).toMatch(/^In 2025, the United States imported/);
    expect(simplifySentence("In August 2025, President Trump imposed tariffs on certain copper imports from Chile and Canada.")?.text).toMatch(/^In August 2025, /);
    expect(simplifySentence("On Thursday, the committee approved the bill that funds the agency through the end of September.")?.text).toMatch(/^The committee approved/);
    const text = `Copper Imports

In 2025, the United States imported $7.2 billion worth of semi-finished copper products from its trading partners.
In August 2025, President Trump imposed 50% tariffs on certain copper imports under Section 232 of the Trade Expansion Act.
The United States relied on imports for about 57% of its refined copper consumption, according to the U.S. Geological Survey.
Copper is used in electrical wiring, plumbing, vehicles, and military equipment across the economy.
Congress may consider the effects of the tariffs on manufacturers that use copper in their products.
`;
    const q = numericQuestions(analyze(cleanArticleText(text))).find((c) => c.answer === "$7.2 billion");
    expect(q?.prompt).toMatch(/^In 2025, the United States imported _____ worth/);
  });

  it("does not take a clause with its own verb for an appositive", () => {
    const s = "Of the 9 Justices currently serving on the Court, the average number of days from nomination to final Senate vote was 68.2 days, while the median was 66.0 days.";
    const out = simplifySentence(s)?.text ?? s;
    expect(out).toContain("the average number of days from nomination to final Senate vote was 68.2 days");
    // a true appositive still goes
    expect(simplifySentence("Xie Tao, the dean of the School of International Relations, said the talks would help both countries.")?.text).toBe(
      "Xie Tao said the talks would help both countries.",
    );
  });

  it("drops a relative clause between a subject and its verb, not the verb with it", () => {
    // engine 18 to 19 asked "The _____ estimated that the Biden Administration's open borders agenda."
    expect(
      simplifySentence("The Congressional Budget Office estimated that the Biden Administration's open borders agenda, which sought to provide Medicaid-funded emergency services to illegal aliens, has cost Federal and state taxpayers more than $16.2 billion.")?.text,
    ).toBe("The Congressional Budget Office estimated that the Biden Administration's open borders agenda has cost Federal and state taxpayers more than $16.2 billion.");
    // a trailing side clause still goes, but not one that would leave "… of any person who."
    expect(simplifySentence("The senators approved the bill on Tuesday, which the House had passed in March.")?.text).toBe("The senators approved the bill on Tuesday.");
    const out = simplifySentence("The program is offering a reward for information on the location of any person who, while acting under a foreign government, participates in cyber attacks.")?.text;
    expect(out ?? "").not.toMatch(/\bwho\.$/);
  });

  it("reads 'from $A to $B' as two figures and never offers a range for one figure", () => {
    const qs = findQuantities("Between 1999 and 2024, U.S. FDI in Mexico increased from $37.2 billion to $159.2 billion, an increase of 328%.");
    expect(qs.map((q) => [q.text, q.kind])).toEqual([
      ["$37.2 billion", "money"],
      ["$159.2 billion", "money"],
      ["328%", "percent"],
    ]);
    const single = findQuantities("The United States had a surplus in services trade with Mexico of $5.3 billion in 2024.")[0];
    const range = findQuantities("Imports grew in a band of $15.6 billion to $45.1 billion a year over the decade.")[0];
    expect(range.text).toBe("$15.6 billion to $45.1 billion");
    const d = numericDistractors(single, [range, ...findQuantities("a surplus of $2.8 billion and $3.9 billion")], new Set(), 3);
    expect(d.length).toBe(3);
    for (const x of d) expect(x).not.toMatch(/ to /);
  });

  it("keeps the direction of a change: the start of a rise below its end, the end of a fall below its start", () => {
    const s = "Imports from Mexico increased from $198.2 billion in 2006 to $534.8 billion in 2025.";
    const [from, to] = findQuantities(s);
    const big = findQuantities("total trade of $976.1 billion and $640.2 billion and $620.1 billion")!;
    const startD = numericDistractors(from, [...big, to], new Set([to.text]), 3, s.slice(from.end), 2025, s.slice(0, from.start));
    expect(startD.length).toBeGreaterThan(0);
    for (const x of startD) expect(parseNumber(x)!).toBeLessThan(534.8e9);
    const endD = numericDistractors(to, findQuantities("$120.1 billion and $150.3 billion and $100.2 billion"), new Set([from.text]), 3, s.slice(to.end), 2025, s.slice(0, to.start));
    expect(endD.length).toBeGreaterThan(0);
    for (const x of endD) expect(parseNumber(x)!).toBeGreaterThan(198.2e9);
    const fall = "The deficit fell from $80.4 billion in 2020 to $52.6 billion in 2024.";
    const [, fallEnd] = findQuantities(fall);
    for (const x of numericDistractors(fallEnd, findQuantities("$120.1 billion and $95.3 billion"), new Set(), 3, fall.slice(fallEnd.end), 2024, fall.slice(0, fallEnd.start))) expect(parseNumber(x)!).toBeLessThan(80.4e9);
  });

  it("never writes '$1,000 million'", () => {
    const q = findQuantities("states had reported spending about $700 million of the funds")[0];
    for (let i = 0; i < 3; i++) {
      const d = numericDistractors(q, findQuantities("$980 million and $610 million"), new Set(), 3);
      for (const x of d) expect(x).not.toMatch(/^\$\d{1,3},\d{3} million$/);
    }
    expect(numericDistractors(findQuantities("a cost of $600 million")[0], [], new Set(), 3).join(" ")).not.toMatch(/,\d{3} million/);
  });

  it("asks 'at least once every three years' with shorter intervals only", () => {
    const q = findQuantities("Australia holds elections at least once every three years, with snap elections possible.")[0];
    expect(q.bound).toBe("upper");
    const text = `Australia and the United States

Australia has a bicameral legislature and holds elections at least once every three years, with snap elections possible.
The Labor Party won a majority of seats in the House of Representatives in the May 2025 election.
Prime Minister Anthony Albanese pledged to keep the alliance with the United States at the center of its policy.
Australia's largest two-way trade partner is China, with which it signed a free trade agreement in 2015.
Congress may consider the AUKUS partnership and its costs as part of its oversight of defense programs.
`;
    const c = numericQuestions(analyze(cleanArticleText(text))).find((x) => x.answer === "three years");
    expect(c).toBeDefined();
    for (const x of c!.choices.filter((x) => x !== c!.answer)) expect(wordsToNumber(x.replace(/ years?$/, ""))!).toBeLessThan(3);
  });

  it("does not ask how many items a list just before the blank counts", () => {
    expect(listBefore("which repealed funds from the 2022 law for EQIP, CSP, ACEP, and RCPP and redistributed the funds provided to the ")).toBe(4);
    expect(listBefore("no list here, only a clause and another one ")).toBe(0);
    const text = `Conservation Programs

In July 2025, Congress passed another budget reconciliation law, which repealed unobligated funds from the 2022 law for EQIP, CSP, ACEP, and RCPP and redistributed the funds provided to the four programs.
The Conservation Reserve Program pays farmers to take land out of production for 10 to 15 years under contract.
The Department of Agriculture enrolls new acres through general and continuous signups each year.
Congress may consider whether to extend the programs when the farm bill expires in September 2026.
`;
    expect(numericQuestions(analyze(cleanArticleText(text))).some((c) => c.answer === "four")).toBe(false);
  });

  it("rejects words a PDF ran together, in a stem or a choice", () => {
    const base = { type: "multiple_choice" as const, prompt: "Which statement is supported by the article?", answer: "Iran has carried out missile attacks.", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "stmt:x" };
    expect(gateUngrammatical({ ...base, choices: ["Iran has carried out missile attacks.", "Foursimilarmeasures were approved by the House and Senate in March 2026.", "The United States agreed to a ceasefire."] })).toBe(true);
    expect(gateUngrammatical({ ...base, type: "numeric", prompt: "For the 18 nominees listed inFigure 2, the average number of days to a hearing was _____.", answer: "40 days", choices: ["40 days", "16 days", "39 days"] })).toBe(true);
    // Real words and names are not run together.
    expect(gateUngrammatical({ ...base, choices: ["Iran has carried out missile attacks.", "The iPhone maker met Ronald McDonald on the Fourteenth of July.", "Seventeen states and Fourfold Partners agreed on eBay rules."] })).toBe(false);
  });

  it("reads a list's first item after the words that lead to it, 'the agreement' as unresolved, a document's code as no figure", () => {
    const base = { type: "fill_in_blank" as const, choices: ["China", "Israel", "Saudi Arabia", "Lebanon"], answer: "China", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "country:China" };
    expect(gateListItem({ ...base, prompt: "Officials from the European Union, Russia, and _____ reacted positively." })).toBe(true);
    expect(gateListItem({ ...base, prompt: "Officials from _____ reacted positively to the ceasefire." })).toBe(false);
    const a = analyze(cleanArticleText(CEASEFIRE));
    expect(gateUnresolved({ ...base, answer: "Lebanon", prompt: "Escalated Israeli strikes in _____ underscore the fragile and contested nature of the agreement." }, a)).toBe(true);
    expect(gateUnresolved({ ...base, answer: "Lebanon", prompt: "Escalated Israeli strikes in _____ underscore the fragile nature of the agreement to end the fighting." }, a)).toBe(false);
    expect(findQuantities("DODD 3000.09 requires all systems to allow human judgment, under EO 14347 of 2025.")).toEqual([]);
    expect(findQuantities("The agency spent $300 million on 25 programs.").map((q) => q.text)).toEqual(["$300 million", "25"]);
  });

  it("never asks what a report says about its own scope", () => {
    expect(isScopeSentence("The In Focus does not cover funding for addressing threats to election workers.")).toBe(true);
    expect(isScopeSentence("This report discusses the history of the program and options for Congress.")).toBe(true);
    expect(isScopeSentence("The report found that 40 percent of the funds had been spent by March.")).toBe(false);
    const text = `Election Security Grants

Congress has provided $1.07 billion in election security grants to the states since FY2018.
The In Focus does not cover funding for addressing threats to election workers or risks posed by the COVID-19 pandemic.
States have been required to provide a 5% match for the FY2018 funding and a 20% match for the subsequent funds.
The Election Assistance Commission administers the grants and reports on how states spend them each year.
`;
    const a = analyze(cleanArticleText(text));
    expect(a.usable.some((x) => /In Focus/.test(x.text))).toBe(false);
    expect(a.usable.some((x) => /5% match/.test(x.text))).toBe(true);
  });

  it("offers large economies, not North Korea or Palestine, as a trade partner; never 'the Palestine'", () => {
    const text = `Australia and the United States

Australia is a close U.S. ally in the Indo-Pacific, and the two countries cooperate on defense and intelligence.
North Korea's missile tests have led Australia to deepen its cooperation with Japan and South Korea.
China is Australia's largest two-way trade partner, and the two countries signed a free trade agreement in 2015.
China's ambassador to Australia has warned of trade repercussions if the port lease is cancelled by the government.
Congress may consider the AUKUS partnership and its costs as part of its oversight of defense programs.
`;
    const c = clozeQuestions(analyze(cleanArticleText(text))).find((x) => x.answer === "China" && /trade partner/.test(x.prompt));
    expect(c).toBeDefined();
    for (const x of c!.choices) expect(["North Korea", "Palestine", "the Palestine", "Syria", "Cuba"]).not.toContain(x);
    expect(getKb().place("Palestine")?.the).toBe(false);
  });

  it("does not ask who 'is identified as' an office the article shows passing between people", () => {
    const text = `Supreme Court Nominations

President George W. Bush nominated Judge John G. Roberts to replace Justice Sandra Day O'Connor in July 2005.
At the time Roberts was nominated for the Chief Justice position, his first nomination had been pending for 39 days.
Judge Roberts waited 45 days from his first nomination to his hearing to replace Chief Justice William Rehnquist.
The Senate confirmed Roberts by a vote of 78 to 22 on September 29, 2005, after four days of hearings.
`;
    const a = analyze(cleanArticleText(text));
    expect(officeChangesHands(a, "the Chief Justice")).toBe(true);
    expect(officeChangesHands(a, "the Secretary of State")).toBe(false);
    expect(roleQuestions(a).some((c) => /as the Chief Justice\?/.test(c.prompt))).toBe(false);
    // The seed article's roles are still asked.
    expect(roleQuestions(analyze(cleanArticleText(seedText()))).length).toBeGreaterThan(0);
  });
});

describe("engine 12: set D's remaining reasons (2026-12-04)", () => {
  it("reads an article's own acronym definitions, the shortest run of words whose initials spell them", () => {
    const m = articleAcronyms(
      "According to estimated data from the U.S. Geological Survey(USGS), copper use grew. The U.S. Election Assistance Commission (EAC) reported spending. " +
        "Foreign direct investment (FDI) rose. Funds went to the Conservation Reserve Program (CRP). The U.S. (US) is a country.",
    );
    expect(m.get("USGS")).toBe("U.S. Geological Survey");
    expect(m.get("EAC")).toBe("Election Assistance Commission");
    expect(m.get("FDI")).toBe("Foreign direct investment");
    expect(m.get("CRP")).toBe("Conservation Reserve Program");
    expect(m.has("US")).toBe(false);
  });

  it("spells an acronym out at its first use in a stem, with 'the' before a body and lower case for a term", () => {
    const m = new Map([
      ["CRP", "Conservation Reserve Program"],
      ["FDI", "Foreign direct investment"],
    ]);
    expect(spellOutAcronyms("CRP outlays are approximately _____ annually, according to CBO.", m)).toBe(
      "The Conservation Reserve Program (CRP) outlays are approximately _____ annually, according to the Congressional Budget Office (CBO).",
    );
    expect(spellOutAcronyms("True or false: If authority expires, CRP can enroll new acres; CRP pays rent.", m)).toBe(
      "True or false: If authority expires, the Conservation Reserve Program (CRP) can enroll new acres; CRP pays rent.",
    );
    expect(spellOutAcronyms("Between 1999 and 2024, U.S. FDI in Mexico increased to _____.", m)).toBe(
      "Between 1999 and 2024, U.S. foreign direct investment (FDI) in Mexico increased to _____.",
    );
    // Possessive, a parenthesis after it, a quotation, a well-known acronym, a compound ("PRC-based"): as the article has them,
    // or without a second parenthesis.
    expect(spellOutAcronyms("CBO's baseline projects _____.", m)).toBe("The Congressional Budget Office's baseline projects _____.");
    expect(spellOutAcronyms("debt as a percentage of GDP (real debt) fell to _____.", m)).toBe("debt as a percentage of gross domestic product (real debt) fell to _____.");
    expect(spellOutAcronyms('Who said: "CRP works"?', m)).toBe('Who said: "CRP works"?');
    // the article before it goes with the spelled-out word ("An HHS notice" was "An Department of …")
    expect(spellOutAcronyms("An HHS notice of proposed rulemaking would cap child care payments at _____ of family income.", m)).toBe(
      "A Department of Health and Human Services (HHS) notice of proposed rulemaking would cap child care payments at _____ of family income.",
    );
    expect(spellOutAcronyms("The agency awarded an FCC grant of _____ to the college.", m)).toBe("The agency awarded a Federal Communications Commission (FCC) grant of _____ to the college.");
    expect(spellOutAcronyms("NATO and the FBI met a PRC-based company.", m)).toBe("NATO and the FBI met a PRC-based company.");
    // Never the answer: "The _____ (CRP)" is not asked by printing the Conservation Reserve Program in its stem.
    expect(spellOutAcronyms("CRP pays _____.", m, "Conservation Reserve Program")).toBe("CRP pays _____.");
  });

  it("leaves no undefined acronym in the stems of an article that defined it once", () => {
    const text = `Farm Bill Primer: Conservation Title

The Conservation Reserve Program (CRP) pays farmers to take environmentally sensitive land out of production for 10 to 15 years.
Congress created the program in the Food Security Act of 1985 to reduce soil erosion on cropland.
CRP outlays are approximately $2.0 billion annually, according to CBO.
If authority expires, CRP cannot enroll new acres or reenroll expiring acres.
The 2018 farm bill raised the enrollment cap to 27 million acres by FY2023.
Congress may consider whether to extend the program's authority beyond September 30, 2026.
`;
    const { candidates } = candidateBank(cleanArticleText(text));
    const withCrp = candidates.filter((c) => /\bCRP\b/.test(c.prompt));
    expect(withCrp.length).toBeGreaterThan(0);
    for (const c of withCrp) expect(c.prompt).toContain("Conservation Reserve Program");
    for (const c of candidates.filter((c) => /\bCBO\b/.test(c.prompt))) expect(c.prompt).toContain("Congressional Budget Office");
  });

  it("does not ask the start of a change in the default quiz; it asks the end", () => {
    const text = `U.S.-Mexico Trade Relations

Mexico is one of the largest trading partners of the United States, and the two economies are closely linked.
U.S. goods exports to Mexico increased from $134.0 billion in 2006 to $337.9 billion in 2025.
U.S. investment in Mexico increased from $37.2 billion in 1999 to $159.2 billion in 2024, an increase of 328%.
The U.S. trade balance in goods with Mexico went from a surplus of $1.7 billion in 1993 to a deficit of $171.5 billion in 2025.
Mexico was the top U.S. trading partner in goods in 2025, with total goods trade valued at $872.8 billion.
Congress may consider the effects of tariffs on trade between the two countries in the coming review of the trade agreement.
`;
    const { candidates } = candidateBank(cleanArticleText(text));
    const num = (ans: string) => candidates.find((c) => c.type === "numeric" && c.answer === ans);
    expect(num("$134.0 billion")?.bankOnly).toBe(true);
    expect(num("$1.7 billion")?.bankOnly).toBe(true);
    expect(num("$337.9 billion")).toBeDefined();
    expect(num("$337.9 billion")?.bankOnly).toBeFalsy();
    expect(num("$171.5 billion")?.bankOnly).toBeFalsy();
    // The end of a change the stem gives the start and the percentage of: arithmetic, not reading.
    expect(num("$159.2 billion")).toBeUndefined();
    // Nor the percentage, which the two figures give.
    expect(num("328%")).toBeUndefined();
    const quiz = generateQuestions(text).questions.map((q) => q.answer);
    expect(quiz).not.toContain("$134.0 billion");
    expect(quiz).not.toContain("$1.7 billion");
  });

  it("does not flip a hedge ('does not appear to be') into a true/false statement", () => {
    const text = `Foreign Investment in Mexico

The United States holds the largest stock of foreign direct investment in Mexico, followed by Spain and Canada.
China does not appear to be a major source of investment inflows to Mexico, accounting for about $710 million in 2024.
The CRA does not apply to presidential actions such as executive orders or proclamations.
Congress may consider whether investment screening in Mexico should be part of the coming trade review.
`;
    const tf = trueFalseQuestions(analyze(cleanArticleText(text)));
    expect(tf.some((c) => /appears to be a major source/.test(c.prompt))).toBe(false);
    // A rule in the negative is still asked in the positive (ADR 022).
    expect(tf.some((c) => /The CRA applies to presidential actions/.test(c.prompt))).toBe(true);
  });

  it("does not blank the year of a name, nor the 99 years of a lease", () => {
    const base = { type: "fill_in_blank" as const, choices: ["1931", "1927", "1951", "1962"], answer: "1931", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "date:1931" };
    expect(gateYearInName({ ...base, prompt: "In 1942, it adopted the _____ Statute of Westminster, claiming legal independence." })).toBe(true);
    expect(gateYearInName({ ...base, prompt: "Tariffs were imposed under Section 232 of the Trade Expansion Act of _____." })).toBe(true);
    expect(gateYearInName({ ...base, prompt: "The colony was established in _____." })).toBe(false);
    expect(gateYearInName({ ...base, prompt: "In _____, the Senate ratified the treaty." })).toBe(false);
    const a = analyze(cleanArticleText(`Australia

Albanese pledged to bring the Darwin Port back under Australian ownership (it was leased to a PRC-based company for 99 years in 2015).
The port handles cargo for the Northern Territory and is near a U.S. Marine Corps rotation in Darwin.
`));
    const lease = { ...base, type: "numeric" as const, choices: ["99 years", "54 years", "130 years", "160 years"], answer: "99 years", answerKey: "num:99 years", prompt: "The port was leased to a PRC-based company for _____ in 2015." };
    expect(gatePredictable(lease, a)).toBe(true);
    expect(gatePredictable({ ...lease, prompt: "The senator served for _____ in 2015." }, a)).toBe(false);
  });

  it("asks no '_____'s ambassador' with 'the Philippines' as a choice", () => {
    const text = `Australia: Background and U.S. Relations

Australia is a close ally of the United States, and Japan, India and the Philippines are among its partners in the region.
China is Australia's largest two-way trade partner, and the two countries signed a free trade agreement in 2015.
China's ambassador to Australia has warned that a forced sale of the port could result in trade repercussions.
Japan and India have joined Australia and the United States in the Quad, a grouping of four democracies.
The Philippines has signed a visiting forces agreement with Australia.
`;
    const a = analyze(cleanArticleText(text));
    const qs = clozeQuestions(a).filter((c) => c.prompt.includes("_____'s ambassador"));
    for (const q of qs) for (const x of q.choices) expect(x).not.toMatch(/^the\s|s$/i);
  });

  it("rejects a stem with 'the lease to …', 'the April 11 meeting' or 'the disconnect' the stem does not explain", () => {
    const base = { type: "fill_in_blank" as const, choices: ["China", "Japan", "India"], answer: "China", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "country:China" };
    const a = analyze(cleanArticleText(seedText()));
    expect(gateUnresolved({ ...base, prompt: "_____'s ambassador has insinuated that a forced sale of the lease to an Australian company could result in repercussions." }, a)).toBe(true);
    expect(gateUnresolved({ ...base, prompt: "Iran has reportedly conditioned the April 11 meeting on a ceasefire in _____." }, a)).toBe(true);
    expect(gateUnresolved({ ...base, prompt: "Who described the disconnect as a \"legitimate misunderstanding\"?" }, a)).toBe(true);
    expect(gateUnresolved({ ...base, prompt: "A forced sale of the lease of the Darwin Port could hurt trade with _____." }, a)).toBe(false);
    expect(gateUnresolved({ ...base, prompt: "The disconnect between Washington and _____ grew over tariffs." }, a)).toBe(false);
  });
});

describe("engine 12: a State Department release speaks for the United States", () => {
  const RELEASE = `Sanctioning Additional Members of Russia's Duma
U.S. Department of State (Office of the Spokesperson), press release, 2022-03-24

The United States today is designating 328 members of the Russian State Duma, in addition to the 12 members designated on March 11.
We call on the Russian government to end its war against Ukraine and to withdraw its forces from Ukrainian territory.
We have imposed wide-ranging restrictions on economic and security assistance to the Russian government.
We continue to support Ukraine, including through an additional $800 million in security assistance.
These actions follow the sanctions imposed by the United States, the European Union and the United Kingdom in February 2022.
`;
  it("reads 'we' as the United States, with the verb agreeing, only in such a release", () => {
    const a = analyze(cleanArticleText(RELEASE));
    expect(a.issuer).toBe("The United States");
    expect(issuerWe(a, "We call on the _____ government to end its war.")).toBe("The United States calls on the _____ government to end its war.");
    expect(issuerWe(a, "We have imposed wide-ranging restrictions on _____.")).toBe("The United States has imposed wide-ranging restrictions on _____.");
    expect(issuerWe(a, "We continue to support _____.")).toBe("The United States continues to support _____.");
    expect(issuerWe(a, "We imposed sanctions in _____.")).toBe("The United States imposed sanctions in _____.");
    expect(issuerWe(a, "We and _____ other countries coordinate as the Friends of the Mekong.")).toBe("The United States and _____ other countries coordinate as the Friends of the Mekong.");
    // A joint statement's "we" is all of its signers; a text without a State Department byline has no issuer.
    const joint = analyze(cleanArticleText(RELEASE.replace("Sanctioning Additional Members of Russia's Duma", "Joint Statement on Sanctioning Members of Russia's Duma")));
    expect(joint.issuer).toBeUndefined();
    // "The United States and the Friends of the Mekong" is the Department's own release; "Statement by A and B" is joint.
    const titled = (t: string) => analyze(cleanArticleText(RELEASE.replace("Sanctioning Additional Members of Russia's Duma", t)));
    expect(titled("The United States and the Friends of the Mekong: Proven Partners").issuer).toBe("The United States");
    expect(titled("Statement by Secretary Blinken and Foreign Minister Lapid on the Negev Forum").issuer).toBeUndefined();
    const news = analyze(cleanArticleText(RELEASE.replace("U.S. Department of State (Office of the Spokesperson), press release, 2022-03-24\n", "")));
    expect(news.issuer).toBeUndefined();
    expect(issuerWe(news, "We call on the _____ government to end its war.")).toBe("We call on the _____ government to end its war.");
  });

  it("asks the number designated today, members of a body being no crew", () => {
    const { candidates } = candidateBank(cleanArticleText(RELEASE));
    const q = candidates.find((c) => c.type === "numeric" && c.answer === "328");
    expect(q?.prompt).toBe("The United States is designating _____ members of the Russian State Duma, in addition to the 12 members designated on March 11.");
    expect(candidates.some((c) => /^We\b/.test(c.prompt))).toBe(false);
  });
});

describe("engine 12: set E's reasons (2026-12-04)", () => {
  it("reads an order's number after 'E.O.' or 'Executive Order' as a label", () => {
    expect(findQuantities("He is designated pursuant to E.O. 14024 for his involvement.").map((q) => q.text)).not.toContain("14024");
    expect(findQuantities("The Executive Order 14024 authorizes sanctions on 40 entities.").map((q) => q.text)).toEqual(["40"]);
  });

  it("offers only lower thresholds for '50 percent or more', which higher ones would also satisfy", () => {
    const text = `Imposing Costs on Russia

The Department of the Treasury designated 40 entities today for operating in the defense sector of the Russian economy.
Any entities that are owned, directly or indirectly, 50 percent or more by one or more blocked persons are blocked.
All property of the designated entities that is in the United States is blocked and must be reported to the Treasury.
`;
    const q = numericQuestions(analyze(cleanArticleText(text))).find((c) => c.answer === "50 percent");
    expect(q).toBeDefined();
    for (const x of q!.choices.slice(1)) expect(Number(x.replace(/\D/g, ""))).toBeLessThan(50);
  });

  it("rejects a stem that points at a list 'above', and a statement that lost its subject", () => {
    const base = { type: "fill_in_blank" as const, choices: ["Department of the Treasury", "Department of State", "Department of Commerce"], answer: "Department of the Treasury", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "gov:Treasury" };
    const a = analyze(cleanArticleText(seedText()));
    expect(gateUnresolved({ ...base, prompt: "The _____'s Office of Foreign Assets Control will add the entities and vessels above to the list." }, a)).toBe(true);
    expect(gateUnresolved({ ...base, prompt: "The _____'s Office of Foreign Assets Control will add 40 entities to the list." }, a)).toBe(false);
    const tf = { ...base, type: "true_false" as const, choices: ["True", "False"], answer: "False", answerKey: "tf:3" };
    expect(gateFragment({ ...tf, prompt: "True or false: Strongly opposes the implementation of the October 23 Libyan nationwide ceasefire agreement." })).toBe(true);
    expect(gateFragment({ ...tf, prompt: "True or false: The United States strongly opposes the implementation of the ceasefire agreement." })).toBe(false);
  });
});

describe("after engine 12: the rating of 83ca9bc", () => {
  it("offers no member of Congress whose seat was taken in the middle of the article's year (a special election)", () => {
    // Marcia Fudge was sworn in in November 2008; beside Marcy Kaptur's quote of October 2008 she was rated
    // implausible. The knowledge base has years, not dates: a seat taken in an even year was taken mid-year.
    const of2008 = colleagues("U.S. Representative", 2008, "f", new Set(["Marcy Kaptur"]), 500);
    expect(of2008.length).toBeGreaterThan(20);
    expect(of2008).not.toContain("Marcia L. Fudge");
    // In 2009 she had been in Congress since the year before.
    expect(colleagues("U.S. Representative", 2009, "f", new Set(["Marcy Kaptur"]), 500)).toContain("Marcia L. Fudge");
    // A Congress begins in an odd year: those who took their seats in January of it are colleagues that year.
    const of2007 = colleagues("U.S. Representative", 2007, "f", new Set(), 500);
    const kb = getKb();
    expect(of2007.some((name) => kb.person(name)?.terms.some((t) => t.group === "us-representative" && t.from === 2007))).toBe(true);
    // The quiz of the bailout report no longer offers her for Kaptur's words.
    const who = generateQuestions(fixture("08-senate-approves-revised-bailout-package-wikinews-2008")).questions.find((q) => q.type === "quote_attribution" && q.answer === "Marcy Kaptur");
    expect(who?.choices).not.toContain("Marcia L. Fudge");
  });
});

describe("after engine 13: State Department releases the engine had never seen (set F)", () => {
  const release = (title: string, byline: string, body: string) => stateRelease(title, byline, body, { date: "2021-06-16" });

  it("knows every country the knowledge base has, not only the common ones", () => {
    const a = analyze(release("Eritrea and Ethiopia", "Office of the Spokesperson", "The United States will continue its existing broad restrictions on assistance to Eritrea. The United States has imposed restrictions on assistance to Ethiopia."));
    expect(a.ents.mentions.find((m) => m.text === "Eritrea")?.kind).toBe("country");
    // A given name is not read as a country ("Dominica"), nor a compass word as a region.
    const b = analyze("Dominica Smith said the West must act. She spoke to reporters in Boston on Tuesday about the plan.");
    expect(b.ents.mentions.find((m) => m.text === "West")?.kind).not.toBe("region");
  });

  it("in a joint press availability, only the turns of the person the byline names are theirs", () => {
    const text = release(
      "Secretary Antony J. Blinken and Turkish Foreign Minister Mevlüt Çavuşoğlu Before Their Meeting",
      "Antony J. Blinken, Secretary of State",
      [
        "SECRETARY BLINKEN: Good afternoon, everyone. We have been working closely with Turkey on the grain corridor from Ukraine.",
        "FOREIGN MINISTER ÇAVUŞOĞLU: Thank you, Tony. The developments and Russian aggression in Ukraine showed once again that Turkey and the United States should cooperate better.",
        "AMBASSADOR AUBIN: You have been here since 2014 as a junior officer, and we are thrilled that you could be here.",
        "SECRETARY BLINKEN: Turkey has been a vital partner in NATO for more than 70 years, and we count on that partnership.",
      ].join("\n\n"),
    );
    const a = analyze(text);
    expect(a.sentences.find((s) => /Russian aggression in Ukraine showed/.test(s.norm))?.usable).toBe(false);
    expect(a.sentences.find((s) => /junior officer/.test(s.norm))?.usable).toBe(false);
    expect(a.sentences.find((s) => /vital partner in NATO/.test(s.norm))?.usable).toBe(true);
    expect(generateQuestions(text, { all: true }).questions.some((q) => /aggression in|junior officer/.test(q.prompt))).toBe(false);
  });

  it("does not frame a press office's release as the words of the person its title names", () => {
    const body = "Secretary of State Antony J. Blinken will travel to Panama City, Panama April 19-20 to co-lead a Ministerial Conference on Migration and Protection. We thank Panama for hosting this ministerial. We welcome Panama's important leadership role in the region. Our governments work side-by-side to advance common goals for our peoples. We look forward to the Summit of the Americas in June. The Secretary will also speak with civil society leaders about corruption.";
    expect(analyze(release("Secretary Blinken's Trip to Panama", "Office of the Spokesperson", body)).author).toBeUndefined();
    const q = generateQuestions(release("Secretary Blinken's Trip to Panama", "Office of the Spokesperson", body), { all: true }).questions;
    expect(q.filter((x) => /Blinken said:/.test(x.prompt))).toEqual([]);
  });

  it("leaves an interviewer's turns out of an interview's transcript", () => {
    const text = release(
      "Secretary Antony J. Blinken with Zakka Jacob of CNN-News18",
      "Antony J. Blinken, Secretary of State",
      [
        "QUESTION: Joining us now is U.S. Secretary of State Antony Blinken. Do we know if President Biden will be coming to India soon?",
        "SECRETARY BLINKEN: Well, I think the President is very much looking forward to it. India has to be in a position to decide its own future.",
        "QUESTION: The decision by President Biden to withdraw troops from Afghanistan was rushed, was it not?",
        "SECRETARY BLINKEN: We have to remember why we went to Afghanistan in the first place. We spent a trillion dollars, and 2,400 Americans lost their lives.",
        "QUESTION: A large part of your conversation was about the Quad. What is its future?",
        "SECRETARY BLINKEN: The Quad is a group of four democracies that work together on vaccines and climate.",
      ].join("\n\n"),
    );
    const a = analyze(text);
    const asked = a.sentences.filter((s) => /Do we know if President Biden|withdraw troops from Afghanistan was rushed|your conversation/.test(s.norm));
    expect(asked.length).toBe(3);
    for (const s of asked) expect(s.usable).toBe(false);
    expect(a.sentences.find((s) => /remember why we went/.test(s.norm))?.usable).toBe(true);
    const q = generateQuestions(text, { all: true }).questions;
    expect(q.some((x) => /QUESTION:|SECRETARY BLINKEN:|Do we know|your conversation/.test(x.prompt))).toBe(false);
  });

  it("asks no stem without a finite verb: an item of a semicolon list, a run of 'From …, to …'", () => {
    const a = analyze(release(
      "Secretary Blinken at the COVID-19 Global Action Plan Meeting",
      "Office of the Spokesperson",
      "The Secretary thanked the partners of the Global Action Plan. He particularly thanked Norway and South Africa for coordinating the work to develop and distribute tests; Germany, the United Kingdom, and Japan for galvanizing donors; Indonesia for creating a financial intermediary fund for pandemic preparedness.",
    ));
    const i = a.sentences.findIndex((s) => /galvanizing/.test(s.norm));
    const c = { type: "fill_in_blank" as const, prompt: "Germany, the United Kingdom, and _____ for galvanizing donors.", choices: ["Japan", "Nepal", "Mongolia", "India"], answer: "Japan", evidenceStart: a.sentences[i].start, evidenceEnd: a.sentences[i].end, explanation: "x", difficulty: 2 as const, entities: [], facts: [i], base: 0.6, answerKey: "country:Japan" };
    expect(gateNoVerb(c, a)).toBe(true);
    // The same sentence's own clause with its verb stays.
    expect(gateNoVerb({ ...c, prompt: "He particularly thanked Norway and _____ for coordinating the work to develop and distribute tests." }, a)).toBe(false);
    expect(gateNoVerb({ ...c, prompt: 'The Secretary said: "Germany, the United Kingdom, and _____ for galvanizing donors."' }, a)).toBe(true);
    // A negative rule asked in the positive keeps its verb in another form ("does not require" → "requires").
    // (In the bank since engine 38: a syllabus's negatives stay out of the default quiz, engine38.test.ts.)
    const rucho = generateQuestions(fixture("11-rucho-v-common-cause-syllabus-2019"), { all: true }).questions;
    expect(rucho.some((x) => x.prompt === "True or false: According to the Court, the Constitution requires proportional representation.")).toBe(true);
  });

  it("does not cut a list the blank is an item of, nor drop its items as side clauses", () => {
    const text = release(
      "Outcomes of the Human Rights Council Session",
      "Office of the Spokesperson",
      "The United States also co-sponsored resolutions on the human rights situations in Eritrea, Belarus, and Syria, along with resolutions on the Right to Education, Civil Society Space, Preventable Maternal Mortality and Morbidity, and Technical Assistance and Capacity Building for Ukraine. The Salud Mesoamerica Initiative is a public-private partnership between the Inter-American Development Bank, the Bill & Melinda Gates Foundation, the Carlos Slim Foundation, the Governments of Canada and Spain, and seven Central American countries, and Mexico. Ethiopia and Sudan and Somalia and Kenya and Belarus and Syria were discussed at length by the Council this week.",
    );
    const q = generateQuestions(text, { all: true }).questions;
    expect(q.some((x) => /in _____, Belarus\.$/.test(x.prompt))).toBe(false);
    expect(q.some((x) => /Development Bank the Carlos/.test(x.prompt))).toBe(false);
  });

  it("does not blank the United States in the State Department's own release, nor a country a city in the stem names", () => {
    const body = "Panama remains a highly valued partner to the United States. The United States is Panama's top economic partner. The United States donated over 500,000 Pfizer vaccines to Panama. Costa Rica, Cuba and the Dominican Republic attended the ministerial in Panama City. Costa Rica hosted a regional meeting on migration last year with Cuba and the Dominican Republic.";
    const q = generateQuestions(release("The United States and Panama", "Office of the Spokesperson", body), { all: true }).questions;
    expect(q.filter((x) => /^the United States$/i.test(x.answer))).toEqual([]);
    const obama = generateQuestions(fixture("10-obama-al-arabiya-interview-wikinews-2009"), { all: true }).questions;
    expect(obama.some((x) => /Dubai[^.]*_____/.test(x.prompt) && x.answer === "the United Arab Emirates")).toBe(false);
  });

  it("reads a statement under its signer's byline as the signer's words, without its openers and small talk", () => {
    const body = [
      "Today, I am announcing the designation of five terrorist leaders in Africa under Executive Order 13224.",
      "We will use every tool to counter al-Shabaab and ISIS in Somalia and Kenya.",
      "Third, the Department of State is imposing sanctions on 22 defense-related firms in Russia.",
      "And so if Kenya is acting on those interests, that is a positive thing for the region and for us.",
      "Omar, is he here somewhere?",
      "We call on all governments in Africa to join us in holding these leaders to account.",
      "For more information on today's action, please see the Department of the Treasury's press release.",
    ].join(" ");
    const text = release("Terrorist Designations of Leaders in Africa", "Antony J. Blinken, Secretary of State", body);
    const a = analyze(text);
    expect(a.author).toEqual({ name: "Secretary of State Antony J. Blinken", verb: "said" });
    const q = generateQuestions(text, { all: true }).questions;
    const firms = q.find((x) => x.answer === "22");
    expect(firms?.prompt).toBe('Secretary of State Antony J. Blinken said: "The Department of State is imposing sanctions on _____ defense-related firms in Russia."');
    expect(q.some((x) => /And so if|is he here|please see/.test(x.prompt))).toBe(false);
    expect(a.sentences.find((x) => /please see/.test(x.norm))?.usable).toBe(false);
    // A byline of two names is a joint statement's, and a transcript's labels say whose words are whose.
    expect(bylineSigner(analyze(release("Joint Statement", "Antony J. Blinken, Secretary of State, Zbigniew Rau, Polish Foreign Minister", body)).sentences)).toBeUndefined();
  });

  it("keeps a range's order in its wrong answers, and names no department the stem has named", () => {
    const s = "Russian authorities have deported between 900,000 and 1.6 million Ukrainian citizens.";
    const i = s.indexOf("900,000");
    expect(keepRangeOrder(s, i, i + 7, ["2,000,000", "1,000,000", "500,000", "1.8 million"])).toEqual(["1,000,000", "500,000"]);
    const j = s.indexOf("1.6 million");
    expect(keepRangeOrder(s, j, j + 11, ["800,000", "2 million", "1.2 million"])).toEqual(["2 million", "1.2 million"]);
    const text = release(
      "Imposing Sanctions on Russia's Defense Industrial Base",
      "Office of the Spokesperson",
      "The Department of State is imposing sanctions on 45 entities and 29 individuals under Executive Order 14024. Today, the Departments of State and the Treasury are imposing sanctions on additional entities and individuals, including Russia's largest defense conglomerate. The Department of Commerce is taking complementary actions against Russia. The Department of the Treasury designated 14 oligarchs last week.",
    );
    const q = generateQuestions(text, { all: true }).questions.filter((x) => /Departments of State and the _____/.test(x.prompt));
    expect(q.length).toBeGreaterThan(0);
    for (const x of q) expect(x.choices).not.toContain("Department of State");
  });

  it("keeps an irregular past tense when the release's 'we' is the United States", () => {
    expect(issuerWe({ issuer: "The United States" }, "We spent a trillion dollars in Afghanistan.")).toBe("The United States spent a trillion dollars in Afghanistan.");
    expect(issuerWe({ issuer: "The United States" }, "We call on the Taliban to end their offensive.")).toBe("The United States calls on the Taliban to end their offensive.");
  });
});

describe("after engine 14: the reasons set F's raters gave in round c (engine 15)", () => {
  const base = { type: "fill_in_blank" as const, choices: ["Vladimir Putin", "Joe Biden", "Volodymyr Zelenskyy"], answer: "Vladimir Putin", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, answerKey: "person:Putin" };
  const a = analyze(cleanArticleText(seedText()));

  it("rejects what a stem does not name: 'rejected that', 'was there', 'The government', 'another _____'", () => {
    expect(gateUnresolved({ ...base, prompt: 'Secretary Antony J. Blinken said: "President _____ has rejected that repeatedly."' }, a)).toBe(true);
    expect(gateUnresolved({ ...base, prompt: 'Secretary Antony J. Blinken said: "President _____ has rejected the proposal repeatedly."' }, a)).toBe(false);
    expect(gateUnresolved({ ...base, type: "multiple_choice", prompt: "Who was there with the Peace Corps?" }, a)).toBe(true);
    expect(gateUnresolved({ ...base, type: "multiple_choice", prompt: "Who said there is no military solution?" }, a)).toBe(false);
    const n = { ...base, type: "numeric" as const, choices: ["20", "10", "30"], answer: "20", answerKey: "num:20" };
    expect(gateUnresolved({ ...n, prompt: 'Secretary of State Antony J. Blinken said: "The government set up a mass vaccination site and administered _____ doses within a week."' }, a)).toBe(true);
    expect(gateUnresolved({ ...n, prompt: "The government of Paraguay administered _____ doses within a week." }, a)).toBe(false);
    expect(gateUnresolved({ ...n, prompt: "UNHCR's focus has grown to include referrals across another _____ countries." }, a)).toBe(true);
  });

  it("rejects a contraction read as a possessive, a copied typo, 'all _____ states' and half of a name", () => {
    expect(gateUngrammatical({ ...base, prompt: 'Secretary Antony J. Blinken said: "President _____\'s put in place the capacity to act on very short notice."' })).toBe(true);
    expect(gateUngrammatical({ ...base, prompt: "President _____'s government put in place the capacity to act." })).toBe(false);
    expect(gateUngrammatical({ ...base, prompt: "The United States expects to resettle an additional 5,000 refugees by the end of FY202." })).toBe(true);
    const n = { ...base, type: "numeric" as const, choices: ["50", "48", "52"], answer: "50", answerKey: "num:50" };
    expect(gatePredictable({ ...n, prompt: "U.S. exports from almost 42,000 companies across all _____ states support more than 625,000 U.S. jobs." }, a)).toBe(true);
    const text = "Terrorist Designations\n\nThe Department of State designated Bonomade Machude Omar and Ali Mohamed Rage as Specially Designated Global Terrorists. Both have planned attacks in East Africa for years.\n";
    const b = analyze(cleanArticleText(text));
    const start = text.indexOf("The Department");
    const half = { ...base, choices: ["Machude Omar", "Ali Dheere", "Abu Sulayfa"], answer: "Machude Omar", evidenceStart: start, evidenceEnd: text.indexOf(" Both"), answerKey: "person:Omar" };
    expect(gatePredictable({ ...half, prompt: "The Department of State designated Bonomade _____ and Ali Mohamed Rage as Specially Designated Global Terrorists." }, b)).toBe(true);
    // A title before the blank is no half of a name.
    expect(gatePredictable({ ...half, prompt: "The Department of State designated President _____ and Ali Mohamed Rage as terrorists." }, b)).toBe(false);
    const titled = "Regional Talks\n\nGovernor Machude Omar of the province met the delegation on Monday. The talks lasted two hours.\n";
    const t = analyze(cleanArticleText(titled));
    const ev = { ...half, evidenceStart: titled.indexOf("Governor"), evidenceEnd: titled.indexOf(" The talks") };
    expect(gatePredictable({ ...ev, prompt: "Governor _____ of the province met the delegation on Monday." }, t)).toBe(false);
  });

  it("gives a stem that opens with a bare family name the full name the article introduced", () => {
    const text = cleanArticleText("Terrorist Designations\n\nThe Department of State designated Ali Mohamed Rage as a Specially Designated Global Terrorist on Monday. Rage has been involved in attack planning that has targeted areas in Kenya and Somalia. He is a senior leader of al-Shabaab, the department said in its statement.\n");
    const b = analyze(text);
    const k = b.sentences.findIndex((s) => s.norm.startsWith("Rage has"));
    expect(fullNameWhereAmbiguous("Rage has been involved in attack planning that has targeted areas in _____ and Somalia.", b, k)).toBe("Ali Mohamed Rage has been involved in attack planning that has targeted areas in _____ and Somalia.");
    // Not a capitalised word that is no one's family name, nor inside a quotation.
    expect(fullNameWhereAmbiguous("Kenya has been a partner in the fight against _____.", b, k)).toBe("Kenya has been a partner in the fight against _____.");
  });

  it("drops 'As you're probably aware,' and keeps 'In addition to' whole; keeps '7031(c)' whole or asks nothing", () => {
    expect(simplifySentence("As you're probably aware, in approximately 70 countries worldwide, homosexual conduct is criminalized.")?.text).not.toMatch(/aware/);
    expect(simplifySentence("The Department is designating their family members under Section 7031(c) of the Act.")?.text).toContain("7031(c)");
    const text = cleanArticleText("Western Balkans Sanctions\n\nU.S. Department of State (Office of the Spokesperson), press release, 2021-06-11\n\nThe Department of the Treasury imposed sanctions on seven individuals in the Western Balkans today. In addition to Gruevski, Mijalkov and Tadić, the Department of State is designating their immediate family members under Section 7031(c). These designations reaffirm the commitment of the United States to the region.\n");
    for (const q of generateQuestions(text, { all: true }).questions) {
      expect(q.prompt).not.toMatch(/^(?:True or false: )?To Gruevski/);
      expect(q.prompt).not.toMatch(/7031[^(]/);
    }
  });

  it("leaves an event's programme out ('will feature remarks from', 'will then tour')", () => {
    const text = cleanArticleText("DuPont Hosts Ambassadors\n\nThe Department of State will bring 20 ambassadors to Delaware on Friday to see American innovation. The event will feature remarks from DuPont Executive Chairman Ed Breen and Chief Technology Officer Alexa Dembek. Ambassadors will then tour five areas that highlight the company's key innovation platforms. The program supports trade between the United States and the countries of the ambassadors.\n");
    for (const q of generateQuestions(text, { all: true }).questions) expect(q.prompt).not.toMatch(/feature remarks|will then tour/);
  });
});

describe("after engine 15: set G's raters (engine 16)", () => {
  it("keeps a leading place ('In Thailand,') as it keeps a year: without it the figure is no country's", () => {
    expect(simplifySentence("In Thailand, the United States has donated $8.5 million in COVID-related assistance.")?.text).toBe("In Thailand, the United States has donated $8.5 million in COVID-related assistance.");
    expect(simplifySentence("In June, the United States donated $8.5 million in COVID-related assistance to the region.")?.text).toBe("The United States donated $8.5 million in COVID-related assistance to the region.");
    expect(simplifySentence("In addition, the United States has donated $8.5 million in COVID-related assistance.")?.text).toBe("The United States has donated $8.5 million in COVID-related assistance.");
  });

  it("asks nothing of a list item written as a heading, nor of a stem that starts with a cut 'U.S.'", () => {
    const text = cleanArticleText("Russia Sanctions\n\nU.S. Department of State (Office of the Spokesperson), press release, 2022-05-08\n\nThe United States is taking further action against Russia today for its war against Ukraine. Designation of 11 senior Russian defense officials by the Department of State pursuant to E.O. 14024. This includes the Head of the National Guard of Russia. Trade between the United States and Albania was $162.2 million in 2021. S. exports are up 61% and Albanian exports are up 30% compared to 2020. The measures took effect on Monday across the region.\n");
    for (const q of generateQuestions(text, { all: true }).questions) expect(q.prompt).not.toMatch(/Designation of 11|^(?:True or false: )?S\. exports/);
  });
});


describe("after engine 18: set J's raters (White House fact sheets)", () => {
  const SHEET = `Fact Sheet: President Donald J. Trump Deploys Advanced Nuclear Reactor Technologies — The White House, May 23, 2025

The Secretary of Energy will designate DOE sites to deploy advanced nuclear technology within 30 months.
The Order directs the Secretary of the Army to build a nuclear reactor at a domestic military installation to commence operations within the next three years.
Washington, D.C. had a homicide rate exceeding 27 per 100,000 residents in 2024, one of the highest among large cities.
Six in 10 people who use medical marijuana report doing so to manage chronic pain, according to the survey.
The Administration ended Operation Chokepoint 2.0 by removing regulatory efforts that denied banking services to the industry.
OPM estimates 50,000 positions will ultimately be moved into Schedule Policy/Career, approximately 2% of the Federal workforce.
The Office of Personnel Management (OPM) will issue the final rule for the new category of positions within 90 days.
`;
  const a = analyze(cleanArticleText(SHEET));
  const qs = numericQuestions(a);

  it("offers only earlier deadlines as wrong answers to 'within 30 months' (a later one is true as well)", () => {
    const within = qs.find((c) => c.answer === "30 months")!;
    expect(within.prompt).toMatch(/within _____\.$/);
    for (const d of within.choices.filter((x) => x !== within.answer)) expect(parseInt(d, 10)).toBeLessThan(30);
    const next = qs.find((c) => c.answer === "three years");
    if (next) for (const d of next.choices.filter((x) => x !== next.answer)) expect(d).toMatch(/^(?:one|two|1|2) years?$/);
  });

  it("asks no rate's denominator ('per _____ residents', 'six in _____') and no version in a name ('Chokepoint 2.0')", () => {
    expect(qs.map((c) => c.answer)).not.toContain("100,000");
    expect(qs.map((c) => c.answer)).not.toContain("10");
    expect(qs.map((c) => c.answer)).not.toContain("2.0");
    // The figures themselves are still asked.
    expect(qs.map((c) => c.answer)).toContain("2%");
  });

  it("writes 'The Office of Personnel Management (OPM)' at a stem's start, and no 'the' before a body used as a modifier", () => {
    const m = new Map([["OPM", "Office of Personnel Management"], ["DOE", "Department of Energy"]]);
    expect(spellOutAcronyms("OPM estimates 50,000 positions will be moved, approximately _____ of the Federal workforce.", m)).toBe(
      "The Office of Personnel Management (OPM) estimates 50,000 positions will be moved, approximately _____ of the Federal workforce.",
    );
    expect(spellOutAcronyms("The Secretary of Energy will designate DOE sites within _____.", m)).toBe("The Secretary of Energy will designate Department of Energy (DOE) sites within _____.");
  });
  it("rejects a blank whose wrong answer another sentence makes true as well (parallel agreements)", () => {
    const text = cleanArticleText("Fact Sheet: Trade Deals in Asia — The White House, October 26, 2025\n\nThe United States and Thailand agreed to a framework for an agreement on reciprocal trade. The United States and Vietnam agreed to a framework for an agreement on reciprocal, fair, and balanced trade. Malaysia will purchase liquefied natural gas from American producers over the next decade. The Philippines hosted the summit of regional leaders in Manila this year.\n");
    const b = analyze(text);
    const start = text.indexOf("The United States and Thailand");
    const c = { facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.6, type: "fill_in_blank" as const, prompt: "The United States and _____ agreed to a framework for an agreement on reciprocal trade.", answer: "Thailand", answerKey: "place:Thailand", evidenceStart: start, evidenceEnd: text.indexOf(" The United States and Vietnam") };
    expect(gateParallel({ ...c, choices: ["Thailand", "Vietnam", "Malaysia", "the Philippines"] }, b)).toBe(true);
    expect(gateParallel({ ...c, choices: ["Thailand", "Japan", "Malaysia", "the Philippines"] }, b)).toBe(false);
  });
});

describe("engine 20: stems that end mid-list or mid-clause (set K, 2026-12-05)", () => {
  const SHEET = `FACT SHEET: Biden-Harris Administration Protects Ocean Habitats and Delivers for Veterans — The White House, August 2, 2022

The President is taking new steps to protect ocean habitats and to deliver benefits that veterans have earned.
Hudson Canyon, which is located approximately 100 miles off the coast of New York and New Jersey and reaches depths of 2-2.5 miles, is an ecological hotspot, providing habitat for endangered, protected, and sensitive species including sperm whale, sea turtles, and unique and diverse seep communities.
Since August, VA has completed 33,276 claims, granting over 25,000 veterans and their survivors benefits for one or more conditions.
Since returning to office, the President and his Administration have secured the release of 72 detained Americans abroad, including: -   Marc Fogel—an American teacher who was wrongfully detained in a Russian prison for years—returned home in February, making good on a promise the President made to his mother.
`;
  it("never ends a stem inside a list of words or on 'including'", () => {
    const { candidates, rejected } = candidateBank(cleanArticleText(SHEET));
    const asked = candidates.map((c) => c.prompt);
    expect(asked.some((p) => /endangered, protected\.$/.test(p))).toBe(false);
    expect(asked.some((p) => /\bincluding\.$/.test(p))).toBe(false);
    // the list-ended stem is too long to ask whole, and the "including" one is rejected as a fragment
    expect(rejected.some((r) => /including\.$/.test(r.candidate.prompt) && r.reason === "fragment")).toBe(true);
    expect(rejected.some((r) => /Hudson Canyon/.test(r.candidate.prompt) && /endangered, protected\.$/.test(r.candidate.prompt))).toBe(false);
    // nothing left but the frame (set L's l04, engine 19 and 20)
    const bare = { type: "fill_in_blank" as const, prompt: "According to the fact sheet, _____.", choices: ["Women, Peace, and Security", "A", "B", "C"], answer: "Women, Peace, and Security", evidenceStart: 0, evidenceEnd: 1, facts: [1], entities: [], explanation: "", difficulty: 2 as const, base: 0.5, answerKey: "x" };
    expect(gateFragment(bare)).toBe(true);
    expect(gateFragment({ ...bare, prompt: "According to the fact sheet, the _____ approved the plan in May." })).toBe(false);
    // where a long stem may end: not before the last item of a list of words
    expect(endsInListItem("providing habitat for endangered, protected")).toBe(true);
    expect(endsInListItem("to assist critical infrastructure operators, foreign governments")).toBe(true);
    expect(endsInListItem("The committee approved _____ in new funding for the program")).toBe(false);
    expect(endsInListItem("In 2020, the committee approved _____ in new funding")).toBe(false);
  });
  it("keeps 'Since August' before a running total, with the article's 'the' before a spelled-out name", () => {
    const { candidates } = candidateBank(cleanArticleText(SHEET));
    const claims = candidates.find((c) => c.type === "numeric" && c.answer === "33,276");
    expect(claims?.prompt).toMatch(/^According to the fact sheet, since August, the Department of Veterans Affairs \(VA\) has completed _____ claims/);
  });
});

describe("engine 20: a title and a family name in a readout (set L, 2026-12-05)", () => {
  const READOUT = `Readout of the March National Climate Task Force Meeting — The White House, March 15, 2022

Yesterday, National Climate Advisor Gina McCarthy convened the tenth meeting of the National Climate Task Force with Cabinet members and senior leadership from across the Administration.
Energy Secretary Granholm previewed upcoming work to make schools more energy efficient and cleaner for children.
Interior Secretary Haaland discussed how the Department of the Interior is leveraging infrastructure investments to reclaim abandoned mines and plug orphan oil and gas wells across the country.
Lastly, the Council on Environmental Quality highlighted its progress deploying the Climate and Economic Justice Screening Tool.
`;
  it("names a secretary the readout gives by family name only in full, from the knowledge base's holder that year", () => {
    const a = analyze(cleanArticleText(READOUT));
    expect(a.ents.persons.has("Jennifer Granholm")).toBe(true);
    expect(a.ents.persons.has("Deb Haaland")).toBe(true);
    expect(a.ents.persons.has("Secretary Granholm")).toBe(false);
    expect(a.ents.roles.some((r) => r.person === "Jennifer Granholm" && r.role === "Secretary of Energy")).toBe(true);
    // "Justice Screening Tool" is a thing's name after a title word, not a person
    expect([...a.ents.persons.keys()].some((p) => /Screening Tool/.test(p))).toBe(false);
    const qs = generateQuestions(cleanArticleText(READOUT), { all: true }).questions;
    const role = qs.find((q) => q.prompt === "Who is identified in the article as the Secretary of Energy?");
    expect(role?.answer).toBe("Jennifer Granholm");
    for (const q of qs) for (const c of q.choices) expect(c).not.toMatch(/Screening Tool|^Secretary [A-Z][a-z]+$/);
  });
  it("leaves a family name alone in a year the knowledge base gives no such holder", () => {
    const a = analyze(cleanArticleText(READOUT.replace("March 15, 2022", "March 15, 1962")));
    expect(a.ents.persons.has("Jennifer Granholm")).toBe(false);
  });
});
