/**
 * Engine 30: "Which law …?" (laws.ts, ADR 047): the law that pays for, created or does what a sentence says, with other
 * laws of the era as the wrong answers.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { withVoice } from "./era";
import { gateGiveaway } from "./gates";
import { generateQuestions } from "./index";
import { parseLaws } from "./kb/curated/laws";
import { articleDate, lawQuestions } from "./laws";
import { article } from "./test-helpers";

const LAWS = parseLaws();
const signed = new Map(LAWS.flatMap((l) => [l.name, ...l.aliases].map((n) => [n, l.signed])));

/** A dated White House release: the title line carries its date, as the archive prints it. */
const dated = (date: string, ...body: string[]) => analyze(article(`Fact Sheet: The Administration Delivers Results for Families — The White House, ${date}`, body));

const FILLER = [
  "The Administration is working with states, Tribes and territories to deliver these resources quickly.",
  "Governors from both parties have welcomed the new funding for their communities.",
  "More announcements are expected in the coming months as agencies award additional grants.",
];

describe("the law curated list", () => {
  it("has unique names, a valid signing date and a field for every law", () => {
    const names = LAWS.flatMap((l) => [l.name, ...l.aliases]);
    expect(new Set(names).size).toBe(names.length);
    for (const l of LAWS) {
      expect(l.signed).toMatch(/^(?:17|18|19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/);
      expect(l.fields.length).toBeGreaterThan(0);
    }
    expect(LAWS.length).toBeGreaterThanOrEqual(30);
  });
});

describe("which law pays for or does what a sentence says", () => {
  it("asks the law behind a figure, with other laws signed before the article as wrong answers", () => {
    const a = dated("June 5, 2021", "The Department of Health and Human Services provided $250 million from the American Rescue Plan to expand community health centers in rural counties.", ...FILLER);
    const [q] = lawQuestions(a);
    expect(q.prompt).toBe("The Department of Health and Human Services provided $250 million from the _____ to expand community health centers in rural counties.");
    expect(q.answer).toBe("American Rescue Plan");
    expect(q.choices).toHaveLength(4);
    expect(new Set(q.choices).size).toBe(4);
    // No law signed after the article's date (the Inflation Reduction Act came in August 2022).
    for (const c of q.choices) expect(signed.get(c)! <= "2021-06-05").toBe(true);
    expect(q.choices).not.toContain("Inflation Reduction Act");
  });

  it("asks a law as the subject of a verb of doing, with the article's other laws as the first wrong answers", () => {
    const a = dated(
      "May 5, 2023",
      "The Inflation Reduction Act includes another $4 billion to electrify port equipment and heavy-duty trucks.",
      "The Bipartisan Infrastructure Law funds new ferries for rural communities across the country.",
      ...FILLER,
    );
    const q = lawQuestions(a).find((c) => c.answer === "Inflation Reduction Act")!;
    expect(q.prompt).toBe("The _____ includes another $4 billion to electrify port equipment and heavy-duty trucks.");
    expect(q.choices[1]).toBe("Bipartisan Infrastructure Law");
  });

  it("reads the article's date from its title line, else the year before its own", () => {
    expect(articleDate(analyze(article("Statement — The White House, March 1, 2021", ["The President met the Prime Minister of Japan today."])))).toBe("2021-03-01");
  });

  it("does not ask a law being signed, repealed or attacked: every law of the era was signed", () => {
    for (const s of [
      "President Biden signed the Inflation Reduction Act, which invests $369 billion in clean energy.",
      "Congressional Republicans want to repeal the Inflation Reduction Act and its $35 insulin cap.",
      "Since the President signed the CHIPS and Science Act, companies have announced $200 billion in new investment.",
    ]) {
      expect(lawQuestions(dated("May 5, 2023", s, ...FILLER))).toEqual([]);
    }
  });

  it("does not ask a sentence that names two laws, another law by pointer, or none tied to a figure or a program", () => {
    for (const s of [
      "Funding from the American Rescue Plan and the Bipartisan Infrastructure Law provides $10 billion for clean water.",
      "Thanks to the law, nine million Americans who buy coverage through the Affordable Care Act pay lower premiums.",
      "Communities across the country are benefiting from the Bipartisan Infrastructure Law.",
    ]) {
      expect(lawQuestions(dated("May 5, 2023", s, ...FILLER))).toEqual([]);
    }
  });

  it("does not ask a stem that prints a word of the answer's name or its acronym", () => {
    for (const s of [
      "The Department of Transportation is funding 2,400 bridge and road infrastructure projects through the Bipartisan Infrastructure Law.",
      "The CHIPS and Science Act provides $39 billion to build semiconductor chips factories in the United States.",
      "The Inflation Reduction Act (IRA) provides $27 billion for the Greenhouse Gas Reduction Fund.",
    ]) {
      expect(lawQuestions(dated("May 5, 2023", s, ...FILLER))).toEqual([]);
    }
  });

  it("drops a wrong answer whose name, or what it is known for, the stem prints: it would be arguably right", () => {
    const a = dated("May 5, 2023", "The Inflation Reduction Act provides $10 billion in tax credits for factories that make solar panels, wind turbines and computer chips.", ...FILLER);
    const [q] = lawQuestions(a);
    expect(q.answer).toBe("Inflation Reduction Act");
    expect(q.choices).not.toContain("CHIPS and Science Act");
    // Where the answer's own field (spending) runs short, a law of its other fields that fits the sentence's matter (tax
    // credits, solar and wind).
    expect(q.choices.filter((c) => ["Great American Outdoors Act", "Tax Cuts and Jobs Act"].includes(c))).toHaveLength(1);
    // No wrong answer for a road-building sentence that is neither a spending law nor one of its matter.
    expect(lawQuestions(dated("May 5, 2023", "The Inflation Reduction Act provides $3 billion for grants to reconnect communities divided by highways and other infrastructure.", ...FILLER))).toEqual([]);
  });

  it("reads a giveaway in the name the choice prints, not in the official name the student never sees", () => {
    // "Infrastructure Investment and Jobs Act" is the official name of the Bipartisan Infrastructure Law.
    const [q] = lawQuestions(dated("May 5, 2023", "The Bipartisan Infrastructure Law provides $65 billion in new investment to connect every family to high-speed internet and create good-paying jobs.", ...FILLER));
    expect(q.answer).toBe("Bipartisan Infrastructure Law");
  });

  it("does not ask a list line whose only verb is in a side clause, or that opens with its verb", () => {
    expect(lawQuestions(dated("May 5, 2023", "Nearly $25 billion through the Inflation Reduction Act to support clean transportation, including by building a national network of chargers, ensuring manufacturers have the materials they need.", ...FILLER))).toEqual([]);
    expect(lawQuestions(dated("May 5, 2023", "Allocated $7.6 billion through the American Rescue Plan to nearly 1,400 community health centers.", ...FILLER))).toEqual([]);
  });

  it("asks the law where the quiz asks nothing else of the sentence, once, and the figure where there is one", () => {
    const text = article("Fact Sheet: Clean Water for Every Community — The White House, October 8, 2024", [
      "St. Paul, Minnesota, received $16 million from the American Rescue Plan to replace lead pipes across the city.",
      "The Clean Water State Revolving Fund received additional resources from the Bipartisan Infrastructure Law to help small towns.",
      "The Tribal Broadband Connectivity Program received new funding from the Bipartisan Infrastructure Law for Native communities.",
      ...FILLER,
    ]);
    const { questions } = generateQuestions(text);
    const laws = questions.filter((q) => q.answer === "Bipartisan Infrastructure Law");
    expect(laws).toHaveLength(1);
    expect(laws[0].choices).toEqual(expect.arrayContaining(["American Rescue Plan"]));
    // The city's amount is asked of the first sentence, with its "St." and its capitals.
    expect(questions.map((q) => q.prompt)).toContain("According to the fact sheet, St. Paul, Minnesota, received _____ from the American Rescue Plan to replace lead pipes across the city.");
  });

  it("takes no year or 'COVID-19' for a figure, and no word a law is known for", () => {
    expect(lawQuestions(dated("May 5, 2023", "The American Rescue Plan provides funding to address the child care crisis caused by COVID-19 to help parents return to work.", ...FILLER))).toEqual([]);
    expect(lawQuestions(dated("May 5, 2023", "The CHIPS and Science Act includes $39 billion in direct incentives to expand semiconductor manufacturing facilities.", ...FILLER))).toEqual([]);
  });

  it("offers no law of the answer's other fields that misses the sentence's matter", () => {
    const a = dated("December 1, 2021", "The American Rescue Plan invested $24 billion in stabilizing the child care sector.", ...FILLER);
    for (const q of lawQuestions(a)) expect(q.choices).not.toEqual(expect.arrayContaining(["21st Century Cures Act"]));
  });

  it("keeps a city before its state capitalised behind the frame, and lowers an opening word before a state", () => {
    const a = analyze(article("Fact Sheet: Water for Every Town", ["Tucson, Arizona, received $6.95 million to develop an inventory of pipes.", "Together, Texas and Florida received $3 million from the fund for new pipes."]));
    const [tucson, together] = a.usable;
    expect(withVoice("Tucson, Arizona, received _____ to develop an inventory of pipes.", a, tucson.index, "fill_in_blank")).toBe("According to the fact sheet, Tucson, Arizona, received _____ to develop an inventory of pipes.");
    expect(withVoice("Together, Texas and Florida received _____ from the fund for new pipes.", a, together.index, "fill_in_blank")).toBe("According to the fact sheet, together, Texas and Florida received _____ from the fund for new pipes.");
  });

  it("keeps a city's capital letter behind the fact sheet's frame", () => {
    const text = article("Fact Sheet: Clean Water for Every Community — The White House, October 8, 2024", [
      "Akron, Ohio is now on track to replace all lead service lines by 2027 thanks to $9 million in funding through the American Rescue Plan.",
      ...FILLER,
    ]);
    const prompts = generateQuestions(text, { all: true }).questions.map((q) => q.prompt);
    expect(prompts).toContain("According to the fact sheet, Akron, Ohio is now on track to replace all lead service lines by 2027 thanks to $9 million in funding through the _____.");
  });

  it("refuses a blank whose possessive is followed by the answer's acronym (set BE's raters)", () => {
    const c = { type: "fill_in_blank" as const, prompt: "According to the fact sheet, the _____'s (DOC) Internet for All program's notices prioritize high labor standards.", answer: "Department of Commerce", choices: ["Department of Commerce", "Department of Labor", "Department of Energy", "Department of the Interior"], evidenceStart: 0, evidenceEnd: 1, explanation: "", difficulty: 2 as const, entities: [], facts: [0], base: 0.5, answerKey: "org:Department of Commerce" };
    expect(gateGiveaway(c)).toBe(true);
    expect(gateGiveaway({ ...c, prompt: "According to the fact sheet, the _____'s Internet for All program's notices prioritize high labor standards." })).toBe(false);
  });
});
