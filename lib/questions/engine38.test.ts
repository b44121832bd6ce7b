/**
 * Engine 38 (ADR 055): a Supreme Court decision's own facts from its syllabus (court.ts): who delivered the opinion of
 * the Court, who wrote the dissent, the vote, the judgment, and the one state whose law was at issue. The fixtures are
 * the two syllabi of ../shared/articles/fixtures; the other texts are written for the tests in a syllabus's form.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { courtQuestions, opinionsOf } from "./court";
import { generateQuestions } from "./index";
import { simplifySentence } from "./simplify";
import { article, everyCandidate, fixture } from "./test-helpers";

const ask = (text: string) => courtQuestions(analyze(text));
const byKey = (text: string, key: string) => ask(text).find((q) => (key === "amendment" ? /^amend:/.test(q.answerKey) : q.answerKey === `court:${key}`));
const wrong = (q: { choices: string[]; answer: string } | undefined) => (q ? q.choices.filter((c) => c !== q.answer) : []);

/** A syllabus as the Court prints one: the caption, the facts, "Held: …", the judgment's line, the opinion lines. */
const syllabus = (o: { title: string; facts: string; held?: string; judgment?: string; opinions: string }) =>
  article(o.title, [
    "Syllabus",
    o.facts,
    `Held: ${o.held ?? "The statute violates the First Amendment, because the State may not compel a person to carry its message. Pp. 4-12."}`,
    "(a) The State's interest in its message cannot outweigh an individual's right to refuse to carry it. Pp. 5-9.",
    o.judgment ?? "512 F. 3d 100, affirmed.",
    o.opinions,
  ]);

const ohio = (opinions: string, judgment?: string) =>
  syllabus({
    title: "Harmon v. Ridley, 567 U.S. 101 (2012): Syllabus — Supreme Court of the United States, June 1, 2012",
    facts: "An Ohio statute requires every public school teacher to display the state flag in the classroom. Respondent, a teacher, refused and was dismissed. The Court of Appeals held that the statute violated the First Amendment.",
    judgment,
    opinions,
  });

describe("court: the opinion lines of a syllabus", () => {
  it("Rucho v. Common Cause: Roberts delivered the opinion, Kagan wrote the dissent, 5–4, vacated and remanded", () => {
    const text = fixture("11-");
    const author = byKey(text, "opinion");
    expect(author?.prompt).toBe("Which justice delivered the opinion of the Court in Rucho v. Common Cause?");
    expect(author?.answer).toBe("John Roberts");
    // Its wrong answers are justices the lines name (the dissent first), not the parties.
    expect(wrong(author)).toEqual(["Elena Kagan", "Ruth Bader Ginsburg", "Stephen Breyer"]);
    const dissent = byKey(text, "dissent");
    expect(dissent?.answer).toBe("Elena Kagan");
    // Never a justice who joined the dissent: Ginsburg, Breyer and Sotomayor would be as right as Kagan to a student.
    for (const w of wrong(dissent)) expect(["Ruth Bader Ginsburg", "Stephen Breyer", "Sonia Sotomayor"]).not.toContain(w);
    expect(wrong(dissent)).toEqual(["John Roberts", "Clarence Thomas", "Samuel Alito"]);
    expect(byKey(text, "vote")?.answer).toBe("5–4");
    expect(byKey(text, "vote")?.choices).toEqual(["5–4", "6–3", "7–2", "8–1"]);
    const judgment = byKey(text, "judgment");
    // Two District Courts' judgments: "them", "the cases".
    expect(judgment?.prompt).toBe("What did the Supreme Court do with the lower courts' judgments in Rucho v. Common Cause?");
    expect(judgment?.answer).toBe("Vacated them");
    // Three acts that exclude each other (set CL: "Reversed it" beside "Reversed it and remanded the case" was also true).
    expect(judgment?.choices).toEqual(["Vacated them", "Reversed them", "Affirmed them"]);
    expect(text.slice(judgment!.evidenceStart, judgment!.evidenceEnd)).toBe("318 F. Supp. 3d 777 and 348 F. Supp. 3d 493, vacated and remanded.");
    // North Carolina's and Maryland's maps: no one state's law.
    expect(byKey(text, "state")).toBeUndefined();
  });

  it("Wooley v. Maynard: Burger, with justices of 1977 as the wrong answers; New Hampshire's law; affirmed", () => {
    const text = fixture("05-");
    const author = byKey(text, "opinion");
    expect(author?.answer).toBe("Warren E. Burger");
    // The Court of 1977, not the parties (Wooley, Maynard: the first rating's reason) and not a justice of another year.
    for (const w of wrong(author)) expect(["William J. Brennan Jr.", "Potter Stewart", "Byron White", "Thurgood Marshall", "Harry Blackmun", "Lewis F. Powell Jr.", "William Rehnquist", "John Paul Stevens"]).toContain(w);
    const state = byKey(text, "state");
    expect(state?.prompt).toBe("Which state's law was at issue in Wooley v. Maynard?");
    expect(state?.answer).toBe("New Hampshire");
    for (const w of wrong(state)) expect(["Maine", "Vermont", "Massachusetts", "Connecticut", "Rhode Island"]).toContain(w);
    expect(byKey(text, "judgment")?.answer).toBe("Affirmed it");
    // The excerpt stops before anyone joins or dissents: no vote, no dissent.
    expect(byKey(text, "vote")).toBeUndefined();
    expect(byKey(text, "dissent")).toBeUndefined();
  });

  it("both syllabi ask these in the default quiz, with the evidence verbatim", () => {
    for (const [prefix, keys] of [["05-", ["opinion", "judgment", "state"]], ["11-", ["opinion", "dissent", "vote", "judgment"]]] as const) {
      const text = fixture(prefix);
      const { questions, text: stored } = generateQuestions(text, { seed: "court" });
      for (const key of keys) {
        const q = byKey(text, key)!;
        const asked = questions.find((x) => x.prompt === q.prompt);
        expect(asked, `${prefix} ${key}`).toBeDefined();
        expect(stored.slice(asked!.evidenceStart, asked!.evidenceStart + asked!.evidence.length)).toBe(asked!.evidence);
        expect(asked!.evidence).toBe(text.slice(q.evidenceStart, q.evidenceEnd));
      }
    }
  });

  it("a unanimous Court is 9–0; a justice who took no part leaves 8–0", () => {
    expect(byKey(ohio("GINSBURG, J., delivered the opinion for a unanimous Court."), "vote")?.answer).toBe("9–0");
    const eight = ohio("ALITO, J., delivered the opinion of the Court, in which ROBERTS, C. J., and SCALIA, KENNEDY, THOMAS, GINSBURG, BREYER, and SOTOMAYOR, JJ., joined. KAGAN, J., took no part in the consideration or decision of the case.");
    expect(byKey(eight, "vote")?.answer).toBe("8–0");
    expect(byKey(eight, "vote")?.choices).toEqual(["8–0", "7–1", "6–2", "5–3"]);
  });

  it("'all other Members joined, except X, who took no part' is 8–0; no unanimous count in a year with a seat empty", () => {
    const texaco = ohio("THOMAS, J., delivered the opinion of the Court, in which all other Members joined, except ALITO, J., who took no part in the consideration or decision of the cases.");
    expect(byKey(texaco, "vote")?.answer).toBe("8–0");
    // Scalia's seat was empty from February 2016 to April 2017: "a unanimous Court" of 2016 may be eight.
    const vacancy = ohio("THOMAS, J., delivered the opinion for a unanimous Court.").replace("(2012)", "(2016)").replace("June 1, 2012", "June 1, 2016");
    expect(analyze(vacancy).year).toBe(2016);
    expect(byKey(vacancy, "opinion")?.answer).toBe("Clarence Thomas");
    expect(byKey(vacancy, "vote")).toBeUndefined();
  });

  it("no vote where a justice joins only part of the opinion, or the lines do not account for the whole Court", () => {
    const part = ohio("ALITO, J., delivered the opinion of the Court, in which ROBERTS, C. J., and SCALIA, THOMAS, and KENNEDY, JJ., joined, and in which BREYER, J., joined as to Part II. GINSBURG, J., filed a dissenting opinion, in which SOTOMAYOR and KAGAN, JJ., joined.");
    expect(opinionsOf(analyze(part).text)?.whole).toBe(false);
    expect(byKey(part, "vote")).toBeUndefined();
    expect(byKey(part, "dissent")).toBeUndefined();
    // Seven of the nine: a line the parser did not read must not turn 5–4 into 5–2.
    // A justice of the majority who also concurs in part and dissents in part: no clean count.
    const split = ohio("ALITO, J., delivered the opinion of the Court, in which ROBERTS, C. J., and SCALIA, KENNEDY, and THOMAS, JJ., joined. THOMAS, J., filed an opinion concurring in part and dissenting in part. GINSBURG, J., filed a dissenting opinion, in which BREYER, SOTOMAYOR, and KAGAN, JJ., joined.");
    expect(byKey(split, "opinion")?.answer).toBe("Samuel Alito");
    expect(byKey(split, "vote")).toBeUndefined();
    const short = ohio("ALITO, J., delivered the opinion of the Court, in which ROBERTS, C. J., and SCALIA, THOMAS, and KENNEDY, JJ., joined. GINSBURG, J., filed a dissenting opinion, in which KAGAN, J., joined.");
    expect(byKey(short, "vote")).toBeUndefined();
    expect(byKey(short, "opinion")?.answer).toBe("Samuel Alito");
  });

  it("two dissents ask no dissent's author, but the vote", () => {
    const two = ohio("KENNEDY, J., delivered the opinion of the Court, in which ROBERTS, C. J., and SCALIA, THOMAS, and ALITO, JJ., joined. GINSBURG, J., filed a dissenting opinion, in which KAGAN, J., joined. BREYER, J., filed a dissenting opinion, in which SOTOMAYOR, J., joined.");
    expect(byKey(two, "dissent")).toBeUndefined();
    expect(byKey(two, "vote")?.answer).toBe("5–4");
  });

  it("a surname that is no justice of the decision's year asks nothing", () => {
    // Burger left the Court in 1986 and Stevens in 2010; Kagan sat in 2012.
    expect(ask(ohio("BURGER, C. J., delivered the opinion of the Court."))).toEqual([]);
    expect(ask(ohio("STEVENS, J., delivered the opinion of the Court."))).toEqual([]);
    expect(byKey(ohio("KAGAN, J., delivered the opinion of the Court."), "opinion")?.answer).toBe("Elena Kagan");
  });

  it("the judgment's words: reversed and remanded is 'Reversed it'; none for a judgment in part, or a line that is no judgment", () => {
    const opinions = "THOMAS, J., delivered the opinion for a unanimous Court.";
    const reversed = byKey(ohio(opinions, "512 F. 3d 100, reversed and remanded."), "judgment");
    expect(reversed?.answer).toBe("Reversed it");
    expect(reversed?.choices).toEqual(["Reversed it", "Vacated it", "Affirmed it"]);
    // (Set CL: "Affirmed it" and "Reversed it" were each partly true.)
    expect(byKey(ohio(opinions, "512 F. 3d 100, affirmed in part, reversed in part, and remanded."), "judgment")).toBeUndefined();
    expect(byKey(ohio(opinions, "The Court of Appeals' judgment is discussed above."), "judgment")).toBeUndefined();
  });

  it("the state's law: Ohio's statute, with other states of its region; none in a text that is no syllabus", () => {
    const state = byKey(ohio("THOMAS, J., delivered the opinion for a unanimous Court."), "state");
    expect(state?.answer).toBe("Ohio");
    expect(state?.choices).toHaveLength(4);
    const two = syllabus({
      title: "Harmon v. Ridley, 567 U.S. 101 (2012): Syllabus — Supreme Court of the United States, June 1, 2012",
      facts: "An Ohio statute requires every public school teacher to display the state flag in the classroom. A Kentucky law is like it. The Court of Appeals held that both violated the First Amendment.",
      opinions: "THOMAS, J., delivered the opinion for a unanimous Court.",
    });
    expect(byKey(two, "opinion")?.answer).toBe("Clarence Thomas");
    expect(byKey(two, "state")).toBeUndefined();
    const news = article("Senate passes the bill — Wikinews, October 4, 2008", [
      "An Ohio statute requires every public school teacher to display the state flag in the classroom.",
      "Held: nothing, the reporter wrote, because no court has ruled.",
      "The bill passed with 74 yeas and 25 nays.",
    ]);
    expect(ask(news)).toEqual([]);
  });
});

describe("a syllabus's other questions (the held-out syllabi of set CL)", () => {
  const court = (body: string[]) => article("Hale v. Ortiz, 590 U.S. 1 (2024): Syllabus — Supreme Court of the United States, June 3, 2024", body);
  const bank = (text: string) => generateQuestions(text, { all: true, seed: "court" }).questions;
  const text = court([
    "Ortiz, a former governor, was indicted by a Minnesota grand jury on four counts after the election of 2020.",
    "Vertical price agreements have either procompetitive or anticompetitive effects, depending on the circumstances in which they were formed; and the limited empirical evidence available does not suggest efficient uses of the agreements are infrequent or hypothetical.",
    "When the President exercises such authority, Congress cannot act on, and courts cannot examine, the President's actions.",
    "Nondangerous school contraband does not conjure up the specter of stashes in intimate places.",
    "Minnesota law does not permit parties to contract out of the covenant of good faith and fair dealing, and the courts of Minnesota have said so often.",
    "The Court has recognized that the President's communications are presumptively privileged.",
    "United States v. Nixon, 418 U. S. 683, 703.",
    "Nixon, 418 U. S., at 693.",
  ]);
  const qs = bank(text);
  const tf = qs.filter((q) => q.type === "true_false").map((q) => q.prompt);

  it("a clause after '; and' is asked without its 'and', never 'According to the Court, And …'", () => {
    expect(tf.some((p) => /According to the Court, And\b/.test(p))).toBe(false);
    expect(tf).toContain("True or false: According to the Court, the limited empirical evidence available suggests efficient uses of the agreements are infrequent or hypothetical.");
  });
  it("no clause that shares its object with another ('courts can examine, the President's actions')", () => {
    expect(tf.some((p) => /examine,/.test(p))).toBe(false);
  });
  it("the Court's frame lowers a claim's first word unless the article capitalises it inside a sentence", () => {
    expect(tf).toContain("True or false: According to the Court, nondangerous school contraband conjures up the specter of stashes in intimate places.");
    expect(tf.some((p) => p.startsWith("True or false: According to the Court, Minnesota law permits"))).toBe(true);
  });
  it("no citation blanked ('United States v. _____', '_____, 418 U. S., at 693'), no party of the case's name blanked", () => {
    for (const q of qs) {
      expect(q.prompt).not.toMatch(/v\. _____|U\. S\.,? (?:\d|at\b)/);
      if (q.type === "fill_in_blank") expect(q.answer).not.toMatch(/Ortiz/);
    }
    const trump = article("Trump v. United States, 603 U.S. 593 (2024): Syllabus — Supreme Court of the United States, July 1, 2024", [
      "A federal grand jury indicted former President Donald J. Trump on four counts for conduct that occurred during his Presidency following the November 2020 election.",
      "The indictment alleged that after losing that election, Trump conspired to overturn it by spreading knowingly false claims of election fraud to obstruct the collecting, counting, and certifying of the election results.",
      "Trump moved to dismiss the indictment based on Presidential immunity, arguing that a President has absolute immunity from criminal prosecution for actions performed within the outer perimeter of his official responsibilities.",
      "During the treason trial of former Vice President Aaron Burr, for instance, Chief Justice Marshall rejected President Thomas Jefferson's claim that the President could not be subjected to a subpoena.",
      "When a subpoena issued to President Richard Nixon, the Court rejected his claim of absolute privilege.",
    ]);
    const blanks = bank(trump).filter((q) => q.type === "fill_in_blank");
    expect(blanks.some((q) => /Trump/.test(q.answer))).toBe(false);
    expect(blanks.length).toBeGreaterThan(0);
  });
});

describe("set CL's faults", () => {
  it("a syllabus's negatives asked in the positive stay in the bank, with the Court's frame in lower case", () => {
    const text = fixture("11-");
    const quiz = generateQuestions(text, { seed: "court" }).questions;
    const bank = generateQuestions(text, { all: true, seed: "court" }).questions;
    expect(quiz.some((q) => q.type === "true_false")).toBe(false);
    expect(bank.map((q) => q.prompt)).toContain("True or false: According to the Court, a partisan gerrymandering claim can ask for the elimination of partisanship.");
    // (A release that is no syllabus keeps its negatives in the quiz: the CRS explainer's "can be filibustered".)
    expect(generateQuestions(fixture("12-"), { seed: "court" }).questions.some((q) => q.type === "true_false" && /filibustered/.test(q.prompt))).toBe(true);
  });

  it("no stem about a bare 'the Act' or 'the Rule' (which act, which rule?)", () => {
    const text = article("Voting Rights Report — Congressional Research Service, June 1, 2009", [
      "The Voting Rights Act of 1965 requires covered jurisdictions to obtain federal approval before changing their election rules.",
      "Since 1982, only 17 jurisdictions, out of more than 12,000 covered political subdivisions, have successfully bailed out of the Act.",
      "The Act of 1965 was renewed in 2006 for 25 years by a vote of 390 to 33 in the House of Representatives.",
      "Congress extended the law in 1970, 1975, 1982 and 2006, each time after hearings on discrimination in voting.",
    ]);
    const prompts = generateQuestions(text, { all: true, seed: "act" }).questions.map((q) => q.prompt);
    expect(prompts.some((p) => /bailed out of the Act/.test(p))).toBe(false);
    expect(prompts.some((p) => /The Act of 1965|the Act of 1965/.test(p))).toBe(true);
    // The title names the Act, so "the Act" is that one; a name's "Bill" is no bill.
    const ndaa = article("Statement by the President on H.R. 7776, the National Defense Authorization Act for Fiscal Year 2023 — The White House, December 23, 2022", [
      "Today, I have signed into law H.R. 7776, the National Defense Authorization Act for Fiscal Year 2023.",
      "Section 1033 of the Act continues to bar the use of funds appropriated to the Department of Defense to transfer Guantanamo Bay detainees to the custody or effective control of certain foreign countries.",
      "The Department of Agriculture published materials on the protections of the Bill Emerson Good Samaritan Food Donation Act, including updates from recent amendments.",
    ]);
    const asked = everyCandidate(ndaa).map((q) => q.prompt);
    expect(generateQuestions(ndaa, { all: true, seed: "act" }).questions.some((q) => /Section 1033 of the Act|section 1033 of the Act/.test(q.prompt))).toBe(true);
    expect(generateQuestions(ndaa, { all: true, seed: "act" }).questions.some((q) => /Bill Emerson/.test(q.prompt))).toBe(asked.some((p) => /Bill Emerson/.test(p)));
  });
});

describe("set CM's fault", () => {
  it("a point of view is no frame to drop ('On Trump's view, the alleged conduct qualifies as official …')", () => {
    const s = simplifySentence("On Trump's view, the alleged conduct qualifies as official because it was undertaken to ensure the integrity and proper administration of the federal election.");
    expect(s?.text ?? "").not.toMatch(/^The alleged conduct/);
    // (A time frame still goes: "In mid-April, the Court heard …".)
    expect(simplifySentence("In mid-April, the Court heard argument on the question of Presidential immunity from prosecution.")?.text).toMatch(/^The Court heard/);
  });
});

describe("the amendment a holding rests on", () => {
  const held = (heldText: string) =>
    syllabus({
      title: "Harmon v. Ridley, 567 U.S. 101 (2012): Syllabus — Supreme Court of the United States, June 1, 2012",
      facts: "Respondent was convicted in a Massachusetts court after the prosecution introduced three sworn certificates of state laboratory analysts instead of their testimony.",
      held: heldText,
      opinions: "THOMAS, J., delivered the opinion for a unanimous Court.",
    });
  it("Wooley v. Maynard: the First Amendment, with amendments the article does not name as the wrong answers", () => {
    const q = byKey(fixture("05-"), "amendment");
    expect(q?.prompt).toBe("Which amendment did the Supreme Court apply in Wooley v. Maynard?");
    expect(q?.answer).toBe("First Amendment");
    expect(wrong(q)).toEqual(["Fourth Amendment", "Fifth Amendment", "Sixth Amendment"]);
    // Rucho names the Elections Clause, the First Amendment and the Equal Protection Clause in its holding: none.
    expect(byKey(fixture("11-"), "amendment")).toBeUndefined();
  });
  it("an amendment and its own clause in two sentences of the holding; never the Fourteenth as a wrong answer", () => {
    const q = byKey(held("The admission of the certificates violated respondent's Sixth Amendment right to confront the witnesses against him. The analysts' statements were testimonial, and the Confrontation Clause required their testimony at trial. Pp. 3-10."), "amendment");
    expect(q?.answer).toBe("Sixth Amendment");
    expect(wrong(q)).toEqual(["First Amendment", "Fourth Amendment", "Fifth Amendment"]);
    // An amendment the article names elsewhere (the facts' Fourth) is no wrong answer: the article may make it true too.
    const named = syllabus({
      title: "Harmon v. Ridley, 567 U.S. 101 (2012): Syllabus — Supreme Court of the United States, June 1, 2012",
      facts: "Respondent moved to suppress the evidence under the Fourth Amendment, and the trial court denied the motion.",
      held: "The admission of the certificates violated respondent's Sixth Amendment right to confront the witnesses against him. The Sixth Amendment requires the analysts' testimony at trial. Pp. 3-10.",
      opinions: "THOMAS, J., delivered the opinion for a unanimous Court.",
    });
    expect(wrong(byKey(named, "amendment"))).toEqual(["First Amendment", "Fifth Amendment", "Second Amendment"]);
  });
  it("nothing for one sentence, a clause of two amendments, or a clause of none", () => {
    expect(byKey(held("The condemnation did not violate the public use requirement of the Fifth Amendment's Takings Clause. Pp. 3-10."), "amendment")).toBeUndefined();
    expect(byKey(held("The statute violates the Fourth Amendment. The Due Process Clause also forbids it. The Fourth Amendment bars the search. Pp. 3-10."), "amendment")).toBeUndefined();
    expect(byKey(held("The statute violates the Fourth Amendment. It also exceeds the Commerce Clause. The Fourth Amendment bars the search. Pp. 3-10."), "amendment")).toBeUndefined();
    expect(byKey(held("The statute violates the Fourth Amendment. The Fourth Amendment bars the search. Pp. 3-10."), "amendment")?.answer).toBe("Fourth Amendment");
  });
});

describe("fourteen held-out syllabi (fixtures/heldout/scotus, public domain): what each decision was", () => {
  const dir = join(__dirname, "fixtures", "heldout", "scotus");
  // From the decisions themselves: author, dissent's author, vote, judgment, amendment ("-" where none is asked).
  const truth: Record<string, [string, string, string, string, string]> = {
    "01": ["Charles Evans Whittaker", "-", "-", "Affirmed it", "-"],
    "02": ["Anthony Kennedy", "Byron White", "6–3", "Reversed it", "-"],
    "03": ["Stephen Breyer", "John Paul Stevens", "8–1", "Affirmed it", "-"],
    "04": ["Clarence Thomas", "-", "8–0", "Reversed it", "-"],
    "05": ["Anthony Kennedy", "Stephen Breyer", "5–4", "Reversed it", "-"],
    "06": ["Samuel Alito", "-", "-", "Reversed it", "-"],
    "07": ["John Roberts", "-", "-", "Reversed it", "-"],
    "08": ["John Roberts", "-", "-", "Reversed it", "-"],
    "09": ["Antonin Scalia", "Anthony Kennedy", "5–4", "Reversed it", "Sixth Amendment"],
    "10": ["David Souter", "-", "-", "-", "Fourth Amendment"],
    "11": ["Samuel Alito", "-", "9–0", "Reversed it", "-"],
    "12": ["John Roberts", "-", "-", "Vacated it", "-"],
    "13": ["Brett Kavanaugh", "-", "9–0", "Reversed it", "-"],
    "14": ["Samuel Alito", "-", "-", "Affirmed it", "-"],
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    it(file, () => {
      const text = readFileSync(join(dir, file), "utf8");
      const [author, dissent, vote, judgment, amendment] = truth[file.slice(0, 2)];
      const got = (key: string) => byKey(text, key)?.answer ?? "-";
      expect([got("opinion"), got("dissent"), got("vote"), got("judgment"), got("amendment")]).toEqual([author, dissent, vote, judgment, amendment]);
      for (const q of ask(text)) {
        expect(new Set(q.choices).size, q.prompt).toBe(q.choices.length);
        expect(q.choices.filter((c) => c === q.answer), q.prompt).toHaveLength(1);
      }
      // Each is asked in the default quiz, its evidence the text's own words.
      const { questions, text: stored } = generateQuestions(text, { seed: "heldout" });
      expect(questions.some((q) => q.prompt.startsWith("Which justice delivered the opinion of the Court in "))).toBe(true);
      for (const q of questions) expect(stored.slice(q.evidenceStart, q.evidenceStart + q.evidence.length)).toBe(q.evidence);
    });
  }
});

describe("set CN's fault", () => {
  it("one amendment is asked once: the decision's question, not a blank of it in a side sentence", () => {
    const text = readFileSync(join(__dirname, "fixtures", "heldout", "scotus", "10-safford-unified-school-district-v-redding-2009.txt"), "utf8");
    const quiz = generateQuestions(text, { seed: "cn" }).questions;
    expect(quiz.filter((q) => q.answer === "Fourth Amendment").map((q) => q.prompt)).toEqual(["Which amendment did the Supreme Court apply in Safford Unified School Dist. #1 v. Redding?"]);
  });
});
