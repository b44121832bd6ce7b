import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { findQuotes } from "./quotes";
import { fixture, seedText } from "./test-helpers";

const seed = analyze(cleanArticleText(seedText()));

describe("sentences", () => {
  it("splits the seed article and keeps offsets verbatim", () => {
    expect(seed.sentences.length).toBeGreaterThanOrEqual(48);
    for (const s of seed.sentences) expect(seed.text.slice(s.start, s.end)).toBe(s.text);
  });
  it("includes the opening quote in a sentence that starts with one", () => {
    const s = seed.sentences.find((x) => x.text.includes("Russia would struggle"))!;
    expect(s.text.startsWith("“Russia would struggle")).toBe(true);
  });
  it("marks boilerplate lines unusable", () => {
    const bad = seed.sentences.filter((s) => /contributed research|^Source:/.test(s.text));
    expect(bad.length).toBe(2);
    expect(bad.every((s) => !s.usable)).toBe(true);
  });
  it("splits after a closing quote that compromise glues to the next sentence", () => {
    const a = analyze(cleanArticleText(fixture("02")));
    const s = a.sentences.find((x) => x.text.includes("sacred commitment to NATO"))!;
    expect(s.text.endsWith("global security.”")).toBe(true);
  });
  it("treats headings as unusable and does not glue them to the next sentence", () => {
    const a = analyze(cleanArticleText(fixture("07")));
    const heading = a.sentences.find((s) => s.text === "Section 2")!;
    expect(heading.usable).toBe(false);
    expect(a.sentences.some((s) => s.usable && s.text.startsWith("Section 2"))).toBe(false);
  });

  it("keeps a speaker label's title with its name when the label opens a line after a heading ('DR. BIDEN:')", () => {
    const a = analyze("Remarks by First Lady Jill Biden\n\n1:15 P.M. EST\n\nDR. BIDEN: The law puts one billion dollars a year into bridges.\n\nMR. FETTERMAN: Every one of those dollars will be spent here.\n");
    expect(a.sentences.filter((s) => a.labels[s.index]).map((s) => s.text)).toEqual([
      "DR. BIDEN: The law puts one billion dollars a year into bridges.",
      "MR. FETTERMAN: Every one of those dollars will be spent here.",
    ]);
    expect(a.labels.filter(Boolean)).toEqual(["DR. BIDEN", "MR. FETTERMAN"]);
  });
});

describe("entities", () => {
  const persons = [...seed.ents.persons.keys()];
  it("finds people by titles and merges Mr. X with the full name", () => {
    expect(persons).toEqual(expect.arrayContaining(["Antony J. Blinken", "Xi Jinping", "Wang Yi", "Xie Tao", "Vladimir V. Putin"]));
    expect(seed.ents.persons.get("Xi Jinping")!.short).toBe("Xi");
    expect(seed.ents.mentions.filter((m) => m.canonical === "Xi Jinping").length).toBeGreaterThanOrEqual(6);
  });
  it("never invents 'State Antony' or takes boilerplate names", () => {
    expect(seed.ents.mentions.some((m) => /State Antony/.test(m.canonical))).toBe(false);
    expect(persons).not.toContain("Li You");
  });
  it("types places with sub-kinds", () => {
    expect(seed.ents.kindOf.get("China")).toBe("country");
    expect(seed.ents.kindOf.get("United States")).toBe("country");
    expect(seed.ents.kindOf.get("Beijing")).toBe("city");
    expect(seed.ents.kindOf.get("Middle East")).toBe("region");
  });
  it("records roles from titles and appositives", () => {
    const roles = seed.ents.roles.map((r) => `${r.person}=${r.role}`);
    expect(roles).toContain("Antony J. Blinken=Secretary of State");
    expect(roles).toContain("Wang Yi=China's foreign minister");
    expect(roles.some((r) => r.startsWith("Xie Tao=the dean of the School"))).toBe(true);
  });
  it("reads Georgia as a state next to other states", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    expect(a.ents.kindOf.get("Louisiana")).toBe("state");
    expect(a.ents.kindOf.get("Georgia")).toBe("state");
    expect(a.ents.kindOf.get("Deanne Criswell")).toBe("person");
    expect(a.ents.kindOf.get("Hurricane Ida")).toBeUndefined();
  });
});

describe("quotes and speakers", () => {
  const quotes = findQuotes(seed);
  const speakerOf = (start: string) => quotes.find((q) => q.quote.startsWith(start))?.speaker;
  it("resolves 'X said' and 'said X'", () => {
    expect(speakerOf("Russia would struggle")).toBe("Antony J. Blinken");
    expect(speakerOf("The Chinese government is really investing")).toBe("Xie Tao");
    expect(speakerOf("China is happy to see")).toBe("Xi Jinping");
  });
  it("resolves 'he said' to the previous sentence's person", () => {
    expect(speakerOf("The United States has adopted")).toBe("Wang Yi");
    expect(speakerOf("All I can tell you")).toBe("Antony J. Blinken");
    expect(speakerOf("This is a movie")).toBe("Antony J. Blinken");
  });
  it("continues a speaker across quote-only sentences", () => {
    expect(speakerOf("I made clear that")).toBe("Antony J. Blinken");
    expect(speakerOf("We hope the U.S.")).toBe("Xi Jinping");
    expect(speakerOf("This is not fair competition")).toBe("Wang Yi");
  });
  it("gives the speaker of 'X told Y that \"...\"' to X, not Y", () => {
    expect(speakerOf("the international situation")).toBe("Xi Jinping");
  });
});

describe("people named after a body and its office; family names alone (engine 5)", () => {
  it("reads 'Senate Majority Leader Harry Reid' as a person with that role, not as a body", () => {
    const a = analyze(cleanArticleText(fixture("08")));
    expect(a.ents.kindOf.get("Harry Reid")).toBe("person");
    expect(a.ents.kindOf.has("Senate Majority Leader Harry Reid")).toBe(false);
    expect(findQuotes(a).some((q) => q.speaker === "Harry Reid" && q.quote.startsWith("Senate Democrats and Republicans"))).toBe(true);
  });
  it("keeps 'Senate Foreign Relations Committee' a body (no given name after the office words)", () => {
    const a = analyze(cleanArticleText("The Senate Foreign Relations Committee met on Tuesday to discuss the treaty. Senator Jane Smith said the committee would vote soon. The vote was delayed by a week after objections from members."));
    expect(a.ents.kindOf.get("Senate Foreign Relations Committee")).toBe("gov");
  });
  it("a family name alone is the person the article named in full, unless a place preposition says it is a place", () => {
    const a = analyze(cleanArticleText(fixture("01")));
    const richmond = a.ents.mentions.filter((m) => m.text === "Richmond");
    expect(richmond.length).toBe(1);
    expect(richmond[0].canonical).toBe("Cedric Richmond");
    const b = analyze(cleanArticleText("Senior Advisor Cedric Richmond joined the call with state officials. The governor later met volunteers in Richmond on Friday afternoon. They discussed the storm damage for an hour with local leaders."));
    expect(b.ents.mentions.find((m) => m.text === "Richmond" && m.sentence === 1)?.kind).not.toBe("person");
  });
  it("gives 'Martin Van Buren' the family name 'Van Buren'", () => {
    const a = analyze(cleanArticleText(fixture("13-contingent-election")));
    expect(a.ents.persons.get("Martin Van Buren")?.short).toBe("Van Buren");
  });
});

describe("references by office (engine 5)", () => {
  it("'The President pointed out that he …' is the article's President, and a former President holds no claim to the title", () => {
    const a = analyze(cleanArticleText(fixture("10-obama")));
    const i = a.sentences.findIndex((s) => s.norm.startsWith("The President pointed out"));
    const alias = a.ents.bySentence[i].find((m) => m.text === "The President");
    expect(alias?.canonical).toBe("Barack Obama");
  });
  it("'George J. Mitchell, his special envoy to the Middle East' gives Mitchell that role", () => {
    const a = analyze(cleanArticleText(fixture("10-obama")));
    expect(a.ents.roles).toContainEqual(expect.objectContaining({ person: "George J. Mitchell", role: "the special envoy to the Middle East" }));
  });
  it("a title two current holders share stays unresolved", () => {
    const a = analyze(cleanArticleText("President Joe Biden met President Volodymyr Zelenskyy in Kyiv on Monday. The President said the talks were useful for both countries. Both leaders spoke to reporters afterwards about the war."));
    const i = a.sentences.findIndex((s) => s.norm.startsWith("The President said"));
    expect(a.ents.bySentence[i].some((m) => m.text === "The President")).toBe(false);
  });
});
