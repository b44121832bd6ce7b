/**
 * Engine 29 (ADR 046): the faults set AX's three rater pairs found in engine 28's quizzes of twelve White House
 * releases it had never seen (docs/quality/2026-12-06-engine28-setAX), each a rule.
 */
import { describe, expect, it } from "vitest";
import { articleAcronyms, spellOutAcronyms } from "./acronyms";
import { analyze } from "./analysis";
import { textAuthor } from "./author";
import { resolveDemonstrative } from "./cloze";
import { entityDistractors } from "./distractors";
import { sentenceEras, withEra } from "./era";
import { gateGiveaway, gateLogistics, gateNoVerb, gateNumericArithmetic, gateTrivia, gateUngrammatical, gateUnresolved } from "./gates";
import { generateQuestions } from "./index";
import { findQuantities, numericDistractors } from "./numbers";
import { findQuotes } from "./quotes";
import { splitSentences } from "./sentences";
import { article, everyCandidate, release, stem } from "./test-helpers";
import { sameNamedPerson, stripConnector } from "./util";
import { cutTitle } from "./wh";
import { comparableOfficials } from "./world";

/** A numeric candidate with its answer. */
const figure = (prompt: string, answer: string, facts = [0]) => ({ ...stem(prompt), type: "numeric" as const, answer, answerKey: answer, choices: [answer, "x", "y", "z"], facts });

describe("a statement's speaker is named whole, and a framed quote's 'he' or 'she' is not its speaker", () => {
  it("reads 'Press Secretary Karine Jean-Pierre' from the title, not 'Secretary Karine'", () => {
    const text = article("Statement by Press Secretary Karine Jean-Pierre on the President's Travel", [
      "We are pleased to announce that the President will travel to Egypt next week.",
      "We look forward to the visit, and our team is preparing for it.",
      "In Egypt, the President will attend the climate conference.",
      "We will share more details soon.",
    ]);
    const a = analyze(text);
    expect(a.author?.name).toBe("Press Secretary Karine Jean-Pierre");
    expect(textAuthor(a.title, a.usable, a.sentences)).toEqual({ name: "Press Secretary Karine Jean-Pierre", verb: "said" });
  });
  const a = release("The Vice President will travel to Asia.", "President Biden will visit Egypt.");
  it("refuses 'X said: \"In _____, she will meet …\"' whose quote names no one", () => {
    expect(gateUnresolved(stem('Press Secretary Karine Jean-Pierre said: "In _____, she will meet with government leaders and civil society representatives."'), a)).toBe(true);
  });
  it("keeps a framed quote that names its person before the pronoun", () => {
    expect(gateUnresolved(stem('Press Secretary Karine Jean-Pierre said: "In _____, Vice President Harris will meet with leaders, and she will speak."'), a)).toBe(false);
  });
});

describe("stems that lean on a sentence the student has not read", () => {
  const a = release("The fund protects workers.", "States may extend coverage.");
  it.each([
    ["To date, _____ states have done so, benefiting women throughout the country.", "done what?"],
    ["Over half of those 1 million workers or retirees had faced benefit cuts of greater than _____ on average.", "which million?"],
  ])("refuses %s (%s)", (prompt) => {
    expect(gateUnresolved(stem(prompt), a)).toBe(true);
  });
  it("keeps 'do so' whose verb the sentence itself gives", () => {
    expect(gateUnresolved(stem("More than 50,000 workers from _____ states are dedicated to the restoration efforts, beginning that work as soon as it was safe to do so."), a)).toBe(false);
  });
  it("drops a leading 'Further,'", () => {
    expect(stripConnector("Further, the United States is projected to face a shortage of almost 100,000 doctors.").text).toBe(
      "The United States is projected to face a shortage of almost 100,000 doctors.",
    );
  });
  it("names a program by its owner without a second determiner ('Canada's AcelerarMe Program', not 'the Canada's')", () => {
    const b = release(
      "Canada's AcelerarMe Program is providing training and mentoring to businesswomen in Colombia and Peru.",
      "The program aims to graduate an estimated 450 entrepreneurs by 2026.",
    );
    const s = b.usable[1];
    expect(resolveDemonstrative(b, s, "The program aims to graduate an estimated _____ entrepreneurs by 2026.")).toBe(
      "Canada's AcelerarMe Program aims to graduate an estimated _____ entrepreneurs by 2026.",
    );
  });
});

describe("a span of years dates no stem", () => {
  const text = article("President Biden Announces Defense Acquisition Nominee — The White House, November 30, 2021", [
    "Previously, he served in the Obama-Biden Administration as the Assistant Secretary of the Air Force for Acquisition from 2014–2017. In addition, he forged a path forward on critical Air Force acquisition programs such as the B-21 bomber, while realizing nearly $6 billion in savings in other Air Force programs.",
  ]);
  it("marks the sentence after 'from 2014–2017' as dated by a span", () => {
    const eras = sentenceEras(splitSentences(text));
    const i = eras.years.findIndex((y, k) => y === 2014 && !eras.spans[k]);
    expect(i).toBe(-1);
    expect(eras.spans.some(Boolean)).toBe(true);
  });
  it("does not write 'In 2014, …' before the next sentence", () => {
    const a = analyze(text);
    const s = a.sentences.find((x) => /forged a path/.test(x.norm))!;
    const prompt = "Dr. LaPlante forged a path forward on critical Air Force acquisition programs, while realizing nearly _____ in savings.";
    expect(withEra(prompt, a, s.index, "$6 billion")).toBe(prompt);
  });
  it("still dates a sentence after a single past year", () => {
    const b = analyze(article("A History — The White House, November 30, 2021", ["In 1995, the Senate voted on the treaty. The vote failed by _____ votes."]));
    const s = b.sentences.find((x) => /vote failed/.test(x.norm))!;
    expect(withEra("The vote failed by _____ votes.", b, s.index, "9")).toMatch(/^In 1995, /);
  });
});

describe("figures a phrase or a sum gives away, and a bio's puffery", () => {
  const a = release("The program covers every state.");
  it("refuses 'across all _____ states'", () => {
    expect(gateGiveaway(figure("The program devotes more than $302 million to law enforcement across all _____ states.", "50"))).toBe(true);
    expect(gateGiveaway(figure("More than 50,000 workers from _____ states are helping.", "42"))).toBe(false);
  });
  it("refuses a share whose rest of 100 the stem prints, in words or digits", () => {
    expect(gateNumericArithmetic(figure("_____ of the investments were funded by industry, where only 35% of the share is funded by the Federal government.", "Sixty-five percent"), a)).toBe(true);
    expect(gateNumericArithmetic(figure("_____ of the investments were funded by industry, where only 35% of the share is funded by the Federal government.", "60%"), a)).toBe(false);
  });
  it("does not read 'the top 1%' as the rest of a share", () => {
    expect(gateNumericArithmetic(figure("While working people pay _____ of taxes on their wages, the top 1% hides about 20% of their income.", "99%"), a)).toBe(false);
  });
  it("refuses 'nearly _____ of experience'", () => {
    expect(gateTrivia(figure("Dr. LaPlante is a seasoned national security leader with nearly _____ of experience in acquisition.", "four decades"))).toBe(true);
  });
});

describe("a source's typos and list lines stay out of stems", () => {
  it.each([
    ["Member countries that represent90 percent of the hemisphere's GDP and nearly _____ of its people"],
    ["Two active cohorts have completed the majority ofthe training and _____ new cohorts will begin"],
    ["_____ is spearheadingexpanded cooperation in civil and commercial space affairs."],
  ])("refuses %s", (prompt) => {
    expect(gateUngrammatical(figure(prompt, "two-thirds"))).toBe(true);
  });
  it("keeps ordinary long words and figures", () => {
    expect(gateUngrammatical(figure("The telecommunications program will serve _____ households in 2025.", "9,000"))).toBe(false);
  });
  it("refuses a list line that opens with its amount, whose only verb is a participle before 'by'", () => {
    const sentence = "Recent investments include $3 billion from the Clean Ports Program; $2.4 billion from the Department of Transportation's CRISI grants program administered by the Federal Rail Administration for low- and zero-emission locomotives; and $150 million in grants.";
    const a = release(sentence);
    const prompt = "_____ from the Department of Transportation's CRISI grants program administered by the Federal Rail Administration for low- and zero-emission locomotives.";
    expect(gateNoVerb(figure(prompt, "$2.4 billion", [a.usable[0].index]), a)).toBe(true);
  });
});

describe("the President's staff are the wrong answers for one of them", () => {
  it("offers the Chief of Staff and the National Security Adviser for the Press Secretary", () => {
    const out = comparableOfficials("the White House Press Secretary", 2023, undefined, new Set(["Karine Jean-Pierre"]), 3, 0);
    expect(out.slice(0, 2).sort()).toEqual(["Jake Sullivan", "Jeff Zients"]);
  });
  it("keeps a whole quiz free of 'Secretary Karine said'", () => {
    const text = article("Statement by Press Secretary Karine Jean-Pierre on President Biden's Travel to North Africa and Asia", [
      "President Joseph R. Biden, Jr. will visit Egypt, Cambodia, and Indonesia.",
      "In Cambodia, he will reaffirm the United States' enduring commitment to Southeast Asia and ASEAN centrality.",
      "We look forward to these visits, and we will share more soon.",
      "Our partners in the region are ready for this trip.",
    ]);
    const { questions } = generateQuestions(text, { count: 20 });
    expect(questions.some((q) => /Secretary Karine said|said: "In _____, (?:he|she)\b/.test(q.prompt))).toBe(false);
  });
});

describe("who hosted a meeting, and a network the stem does not name", () => {
  const a = release(
    "The Americas Partnership Investor Network was launched at a July 2024 White House meeting hosted by National Security Advisor Jake Sullivan.",
    "As part of the Network, investors pledged to invest more than $1 billion by 2030.",
  );
  it("refuses a blank for the host of a meeting", () => {
    const c = { ...stem("The Americas Partnership Investor Network was launched at a July 2024 White House meeting hosted by National Security Advisor _____."), answerKey: "person:Jake Sullivan", facts: [a.usable[0].index] };
    expect(gateLogistics(c, a)).toBe(true);
  });
  it("refuses 'the Network' unnamed", () => {
    expect(gateUnresolved(stem("As part of the Network, investors pledged to invest more than $1 billion by _____."), a)).toBe(true);
    expect(gateUnresolved(stem("The Network of Schools pledged to invest more than $1 billion by _____."), a)).toBe(false);
  });
});

describe("set AZ: who said it, whose title it is, and who can stand in a person's place", () => {
  it("does not give a 'he said' to the person named after the sentence's own 'he'", () => {
    const a = analyze(
      article("Statement of President Joe Biden on the Passing of Senator Bob Dole", [
        "Senator Bob Dole was a friend. He and Ted Kennedy came together to pass the Americans with Disabilities Act. On the Social Security Commission, he led a bipartisan effort with Pat Moynihan to ensure that every American could grow old with dignity. When he managed the bill to create a federal holiday, I will never forget what he said to our colleagues: \"No first-class democracy can treat people like second-class citizens.\"",
      ]),
    );
    expect(findQuotes(a).filter((q) => /first-class democracy/.test(q.quote)).map((q) => q.speaker)).not.toContain("Pat Moynihan");
  });
  it.each([
    ["National Climate Advisor Gina McCarthy met today with building leaders.", "Climate Advisor", true],
    ["General Services Administration (GSA) Acting Administrator Katy Kale met today with leaders.", "Acting Administrator", true],
    ["Department of Health and Human Services Secretary Xavier Becerra approved the request.", "Human Services Secretary", true],
    ["The talks were between Secretary of State Antony J. Blinken and China's leader, Xi Jinping.", "China's leader", false],
    ["It included talks between Polish Foreign Minister Zbigniew Rau and U.S. Secretary of State Antony J. Blinken.", "U.S. Secretary of State", false],
    ["Energy Secretary Jennifer Granholm, and National Climate Advisor Gina McCarthy met today.", "Energy Secretary", false],
  ])("reads %s's %s as a title cut short: %s", (sentence, role, cut) => {
    expect(cutTitle(sentence, role)).toBe(cut);
  });
  it("knows a short given name for the long one, and keeps two people of one family apart", () => {
    expect(sameNamedPerson("Dick Sauber", "Richard Sauber")).toBe(true);
    expect(sameNamedPerson("Joe Biden", "Joseph Biden")).toBe(true);
    expect(sameNamedPerson("John Adams", "John Quincy Adams")).toBe(false);
    expect(sameNamedPerson("Dick Sauber", "Richard Durbin")).toBe(false);
  });
  const people = analyze(
    article("President Biden Announces Nominees — The White House, February 19, 2021", [
      "James Kvaal is the president of the Institute for College Access & Success.",
      "Richard Sauber is a lawyer in Washington. Dick Sauber has argued many cases.",
      "President Joe Biden named the nominees today.",
      "Mrs. Fannie Lou Hamer transformed the struggle for racial justice in America.",
      "Denzel Washington is an actor. Jane Goodall is a scientist. Anna Wintour is an editor. Katie Ledecky is a swimmer.",
    ]),
  );
  it("offers neither the sitting President nor one person twice for another post", () => {
    const out = entityDistractors(people, "person", "James Kvaal", "James Kvaal", "canonical", "James Kvaal is the president of the Institute for College Access & Success.", 8, { post: true });
    expect(out).not.toContain("Joe Biden");
    expect(out.filter((x) => /Sauber$/.test(x)).length).toBeLessThanOrEqual(1);
  });
  it("offers only women's names after 'Mrs.', none of unknown gender", () => {
    const out = entityDistractors(people, "person", "Fannie Lou Hamer", "Fannie Lou Hamer", "canonical", "Mrs. Fannie Lou Hamer transformed the struggle for racial justice in America.", 8, { title: "Mrs." });
    expect(out).not.toContain("Denzel Washington");
    expect(out).toEqual(expect.arrayContaining(["Jane Goodall", "Anna Wintour"]));
  });
  it("offers office holders for a stem that names a public office", () => {
    const text = article("President Biden Announces Medal of Freedom Recipients — The White House, January 4, 2025", [
      "Ash Carter served as the 25th Secretary of Defense and devoted his career to making the nation safer for all.",
      "George Soros is an investor and philanthropist. Bill Nye is a science educator. David Rubenstein is an investor.",
      "Robert Francis Kennedy is remembered as an Attorney General who fiercely combatted racial segregation.",
    ]);
    const bank = generateQuestions(text, { count: 20, bank: true }).bank ?? [];
    for (const q of bank.filter((x) => /Secretary of Defense|Attorney General/.test(x.prompt))) expect(q.choices).not.toContain("George Soros");
  });
});

describe("set AZ: unresolved groups and rules, a cut name, a pay gap and a hyphenated acronym", () => {
  const a = release("The Forest Service and the Bureau of Land Management manage forests.", "The rule was published.");
  it.each([
    ["Old-growth forests represent _____ of all forested land managed by the two agencies.", true],
    ["The Forest Service and the _____ manage land, and the two agencies set a goal.", false],
    ["All of the nearly _____ awards went to disadvantaged communities.", true],
    ["States had reported spending about _____ of the more than $1.07 billion available in grants.", false],
    ["Among the many actions agencies have taken, the _____ has proposed key changes to child care assistance.", true],
    ["The Department of Agriculture's final rule restores roadless protections to _____ acres.", true],
    ["The report found that the program could create nearly _____ jobs.", true],
  ])("%s → unresolved %s", (prompt, out) => {
    expect(gateUnresolved(stem(prompt), a)).toBe(out);
  });
  it("refuses a blank that leaves a name's 'Jr.' behind", () => {
    expect(gateUngrammatical(stem("_____, Jr. is an award-winning writer, director, author, and playwright."))).toBe(true);
  });
  it("offers only gaps below a dollar for cents on the dollar", () => {
    const s = "Women workers are still paid on average 84 cents for every dollar paid to men.";
    const q = findQuantities(s)[0];
    const out = numericDistractors(q, [q], new Set(), 3, s.slice(q.end), undefined, s.slice(0, q.start));
    expect(out).toHaveLength(3);
    for (const x of out) expect(Number(x)).toBeLessThan(100);
  });
  it("spells out the longest run without its small words first ('Asian American and Pacific Islander', set BC)", () => {
    expect(articleAcronyms("The Commission on Asian American and Pacific Islander (AAPI) affairs met.").get("AAPI")).toBe("Asian American and Pacific Islander");
    expect(articleAcronyms("The Department of Health and Human Services (HHS) agreed.").get("HHS")).toBe("Department of Health and Human Services");
  });
  it("spells out an acronym whose long form has a hyphenated word", () => {
    const m = articleAcronyms("DOE is releasing the Grid-interactive Efficient Buildings (GEB) Roadmap.");
    expect(spellOutAcronyms("National adoption of GEBs would create savings of _____.", m)).toBe(
      "National adoption of Grid-interactive Efficient Buildings (GEBs) would create savings of _____.",
    );
  });
});

describe("set BA: an office's acronym, a running span, 'these _____', and 'also' in a question", () => {
  it("reads no person from an office's acronym ('(APNSA) Jake Sullivan', 'APNSA Sullivan')", () => {
    const a = analyze(
      article("Fact Sheet: The United States and India", [
        "Today, U.S. National Security Advisor (APNSA) Jake Sullivan met with Indian officials in New Delhi.",
        "APNSA Sullivan and NSA Doval launched the initiative in 2022.",
      ]),
    );
    expect([...a.ents.persons.keys()].some((p) => /Apnsa/i.test(p))).toBe(false);
    expect([...a.ents.persons.keys()]).toContain("Jake Sullivan");
  });
  it("dates no later sentence by a 'since' year", () => {
    const text = article("President Biden Announces Nominees — The White House, March 11, 2021", [
      "He has served as Senator Michael Bennet's Chief of Staff since 2011. Davidson clerked for Judge William Sessions, Chief Judge of the Federal District Court of Vermont.",
    ]);
    const a = analyze(text);
    const s = a.sentences.find((x) => /clerked/.test(x.norm))!;
    const prompt = "Davidson clerked for Judge _____, Chief Judge of the Federal District Court of Vermont.";
    expect(withEra(prompt, a, s.index, "William Sessions")).toBe(prompt);
  });
  it("refuses 'these _____ countries' and an opening 'The university'", () => {
    expect(gateUnresolved(stem("Up to 30,000 individuals per month from these _____ countries can come to the United States."), release("A release."))).toBe(true);
    expect(gateUnresolved(stem("The university is one of _____ public Historically Black Colleges and Universities."), release("A release."))).toBe(true);
    expect(gateUnresolved(stem("The University of Maryland is one of _____ public universities in the state."), release("A release."))).toBe(false);
  });
  it("asks 'Who is an Adjunct Professor …?', not 'Who is also …?'", () => {
    const text = article("President Biden Announces Nominees — The White House, March 11, 2021", [
      "Jonathan Davidson has worked on Capitol Hill for more than two decades.",
      "Davidson is also an Adjunct Professor at American University's School of Public Policy, periodically teaching a class.",
      "Mark Warner is a Senator. John Sarbanes is a Representative. Michael Bennet is a Senator.",
    ]);
    const bank = generateQuestions(text, { count: 20, bank: true }).bank ?? [];
    expect(bank.some((q) => /^Who is also\b/.test(q.prompt))).toBe(false);
  });
});

describe("set BA: staged targets keep their order", () => {
  it("offers years before the later stage for 'by _____ and … by 2030'", () => {
    const text = article("Fact Sheet: Ending Malnutrition — The White House, December 7, 2021", [
      "The Sustainable Development Goals strive to reduce the proportion of children suffering from wasting to less than five percent by 2025 and less than three percent by 2030.",
      "The United States will invest $11 billion to end malnutrition.",
    ]);
    const q = everyCandidate(text).find((c) => /five percent by _____ and less than three percent by 2030/.test(c.prompt));
    expect(q).toBeDefined();
    for (const y of q!.choices) expect(Number(y)).toBeLessThan(2030);
    expect(q!.choices.filter((y) => y !== "2025").every((y) => Number(y) > 2021)).toBe(true);
  });
});
