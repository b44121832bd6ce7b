/**
 * Engine 23 (ADR 040): a blank's own clause where the reference the gate refuses is in another, and a family name two
 * people share resolved to the one the passage last named.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { candidateBank, generateQuestions, ownClause } from "./index";
import { everyCandidate, fixture } from "./test-helpers";

describe("a blank's own clause (ownClause)", () => {
  it("keeps the clause before a semicolon and ends it as a sentence", () => {
    expect(ownClause("The Justice Department announced _____ for states and $85 million for localities through the Byrne JAG Program; the Department explicitly encouraged the use of these funds for CVI.")).toBe(
      "The Justice Department announced _____ for states and $85 million for localities through the Byrne JAG Program.",
    );
  });
  it("keeps the clause after a semicolon when the blank is there", () => {
    expect(ownClause("These funds were spent last year; the Department of Labor awarded _____ through its YouthBuild program.")).toBe("The Department of Labor awarded _____ through its YouthBuild program.");
  });
  it("keeps the stem's frame (its era or its voice) when it keeps the clause after a semicolon", () => {
    expect(ownClause("In the presidential election of 1800, the plan failed, thus Jefferson and Burr tied at 73 electoral votes each; the Federalist candidate came in third with _____ votes.")).toBe(
      "In the presidential election of 1800, the Federalist candidate came in third with _____ votes.",
    );
  });
  it("cuts a sentence's one dash and the tail after it", () => {
    expect(ownClause("The Default on America Act would mean _____ children lose access to Head Start slots and 180,000 children lose access to child care—undermining our children's futures.")).toBe(
      "The Default on America Act would mean _____ children lose access to Head Start slots and 180,000 children lose access to child care.",
    );
  });
  it("never cuts inside a pair of dashes (an aside), nor leaves a clause too short to be a sentence, nor cuts a quotation", () => {
    expect(ownClause("The proposal would cut funding for the U.S. _____'s Rural Development Business Programs, resulting in more than 2,000 rural businesses—nearly all small businesses—losing access to this assistance.")).toBeNull();
    expect(ownClause("Beyond the _____ initial areas of focus outlined in the Joint Leaders' Statement on AUKUS—cyber capabilities, artificial intelligence and quantum technologies—participants also discussed other capabilities.")).toBeNull();
    expect(ownClause("It grew to _____ jobs; we expect more.")).toBeNull();
    expect(ownClause('He said: "We announced _____ grants; these funds matter."')).toBeNull();
    expect(ownClause("The Senate approved the bill by _____ votes to 25.")).toBeNull();
  });
  it("asks the figure of a fact sheet's sentence whose second clause points back ('these funds')", () => {
    const text = cleanArticleText(
      [
        "FACT SHEET: The Administration's Actions to Reduce Gun Violence — The White House, July 11, 2022",
        "",
        "The Administration has taken steps to reduce gun violence in communities across the country this year.",
        "The Justice Department announced $187 million for states and $85 million for localities through the Byrne JAG Program to support coordinated violence prevention and intervention; the Department explicitly encouraged the use of these funds for community violence intervention.",
        "The Department of Labor awarded $85.5 million to help formerly incarcerated adults and young people in 28 communities connect with quality jobs.",
        "The Department of Education released guidance on how schools can use federal funds to support student mental health.",
        "The Department of Health and Human Services announced new grants for school-based mental health services in rural districts.",
      ].join("\n"),
      "text",
    );
    const { candidates } = candidateBank(text);
    const q = candidates.find((c) => c.answer === "$187 million");
    expect(q?.prompt).toMatch(/the Justice Department announced _____ for states and \$85 million for localities through the Byrne JAG Program to support coordinated violence prevention and intervention\.$/);
    expect(q?.prompt).not.toMatch(/these funds/);
  });
});

describe("a family name two people share (John Adams, John Quincy Adams)", () => {
  const text = cleanArticleText(fixture("13-"), "text");
  it("is the one the passage last named in full: John Adams in the section on 1800, his son in the one on 1824", () => {
    const a = analyze(text);
    const adams = a.ents.mentions.filter((m) => m.text === "Adams");
    const in1800 = adams.filter((m) => a.sentences[m.sentence].norm.includes("came in third"));
    expect(in1800.length).toBe(1);
    expect(in1800[0].canonical).toBe("John Adams");
    const in1824 = adams.filter((m) => a.sentences[m.sentence].norm.includes("Secretary of State"));
    expect(in1824.length).toBeGreaterThan(0);
    for (const m of in1824) expect(m.canonical).toBe("John Quincy Adams");
  });
  it("so no stem of the 1800 election's third place names John Quincy Adams (a tally engine 34 no longer asks: trivia to four raters, sets BM–BS)", () => {
    const made = everyCandidate(text).filter((c) => /came in third/.test(c.prompt));
    expect(made.length).toBeGreaterThan(0);
    for (const c of made) expect(c.prompt).not.toMatch(/John Quincy Adams came in third/);
    expect(made.some((c) => /John Adams came in third/.test(c.prompt))).toBe(true);
    expect(generateQuestions(text).questions.some((q) => /came in third/.test(q.prompt))).toBe(false);
  });
});

describe("a fact sheet's voice keeps names and refuses subjectless items", () => {
  const text = cleanArticleText(
    [
      "FACT SHEET: President Biden Highlights New Investments — The White House, May 1, 2023",
      "",
      "The President is highlighting new private investments in manufacturing across the country this week.",
      "Parkdale Mills is investing $150 million to support a new yarn spinning facility in Virginia, supporting 500 jobs.",
      "VinFast is investing $4 billion to build electric vehicles and batteries in North Carolina.",
      "Americans filed nearly 10.5 million applications to start new businesses in 2021 and 2022.",
      "Since August, the Department of Veterans Affairs has completed 200,000 claims for veterans and their survivors.",
      "Representative Joe Wilson voted in April to overturn the clean energy tax credits of the Inflation Reduction Act.",
      "The law also does several things for seniors and families.",
      "Caps the amount that seniors will have to pay for prescription drugs at the pharmacy at $2,000 a year.",
    ].join("\n"),
    "text",
  );
  const prompts = candidateBank(text).candidates.map((c) => c.prompt);
  it("never lowers a company's name or a people ('parkdale Mills', 'vinfast', 'americans'), and still lowers 'Since August'", () => {
    expect(prompts.some((p) => p.startsWith("According to the fact sheet, Parkdale Mills is investing _____"))).toBe(true);
    expect(prompts.some((p) => p.includes("According to the fact sheet, VinFast is investing"))).toBe(true);
    expect(prompts.some((p) => p.startsWith("According to the fact sheet, Americans filed nearly _____"))).toBe(true);
    expect(prompts.some((p) => p.startsWith("According to the fact sheet, since August, the Department of Veterans Affairs has completed _____ claims"))).toBe(true);
    expect(prompts.some((p) => /fact sheet, (?:parkdale|vinfast|americans)\b/.test(p))).toBe(false);
    expect(prompts.some((p) => p.startsWith("According to the fact sheet, Representative _____ voted in April"))).toBe(true);
  });
  it("asks nothing of a list item that starts with its verb ('Caps the amount …'): it has no subject", () => {
    expect(prompts.some((p) => /caps the amount/i.test(p))).toBe(false);
  });
});

describe("set W's other findings", () => {
  it("never cuts a stem inside a list of verb phrases ('… accelerate joint research, strengthen health system capacity.')", async () => {
    const { endsInListItem } = await import("./util");
    expect(endsInListItem("to accelerate joint research, strengthen health system capacity")).toBe(true);
    expect(endsInListItem("for endangered, protected")).toBe(true);
    expect(endsInListItem("The Department announced new grants to states")).toBe(false);
  });
  it("never spells out one half of a hyphenated name ('the U.S.-the Association of Southeast Asian Nations (ASEAN) …')", async () => {
    const { spellOutAcronyms } = await import("./acronyms");
    const acr = new Map([["ASEAN", "Association of Southeast Asian Nations"]]);
    expect(spellOutAcronyms("President Biden will provide up to _____ to expand the U.S.-ASEAN Strategic Partnership.", acr)).toBe("President Biden will provide up to _____ to expand the U.S.-ASEAN Strategic Partnership.");
    expect(spellOutAcronyms("Leaders of ASEAN met in Jakarta to discuss _____.", acr)).toBe("Leaders of the Association of Southeast Asian Nations (ASEAN) met in Jakarta to discuss _____.");
  });
});

describe("a figure the article gives as 'nearly' (set W's raters: wrong answers that were fractions of it)", () => {
  const wrong = async (s: string, fig: string) => {
    const { findQuantities, numericDistractors, ruleSide, parseNumber } = await import("./numbers");
    const q = findQuantities(s).find((x) => x.text.includes(fig))!;
    const d = numericDistractors(ruleSide(q, { norm: s, start: 0 }), [], new Set(), 3, s.slice(q.end), 2023, s.slice(Math.max(0, q.start - 60), q.start));
    return { q, values: d.map((x) => parseNumber(x.replace(/^\$/, "").replace(/\s*million$/, ""))!) };
  };
  it("offers larger figures as well as smaller ones, each a quarter or more away, and none a round fraction of it", async () => {
    const { q, values } = await wrong("The program has supported the construction of nearly 14,000 homes.", "14,000");
    expect(values.length).toBe(3);
    expect(values.some((v) => v > q.value)).toBe(true);
    expect(values.some((v) => v < q.value)).toBe(true);
    for (const v of values) expect(v / q.value >= 1.3 || v / q.value <= 0.75).toBe(true);
    for (const f of [0.4, 0.6, 0.7]) expect(values).not.toContain(q.value * f);
  });
  it("still gives a cap ('up to') only smaller figures, which make the statement false", async () => {
    const { q, values } = await wrong("States can receive up to $500 million in grants for the program.", "$500 million");
    expect(values.length).toBeGreaterThanOrEqual(2);
    for (const v of values) expect(v).toBeLessThan(500);
    expect(q.bound).toBe("upper");
  });
});

describe("two wrong figures a reader takes for one", () => {
  it("never offers both '$1,500' and '$1,502'", async () => {
    const { findQuantities, numericDistractors, ruleSide, parseNumber } = await import("./numbers");
    const s = "Free community college would boost the earnings of graduates by nearly $6,000 per year.";
    const q = findQuantities(s).find((x) => x.text === "$6,000")!;
    const others = findQuantities("A family saves $1,502 a year, and a worker $1,500 a year.");
    const d = numericDistractors(ruleSide(q, { norm: s, start: 0 }), others, new Set(), 3, s.slice(q.end), 2021, s.slice(Math.max(0, q.start - 60), q.start));
    const values = d.map((x) => parseNumber(x.replace(/^\$/, ""))!);
    for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) expect(Math.abs(values[i] / values[j] - 1)).toBeGreaterThanOrEqual(0.05);
  });
});
