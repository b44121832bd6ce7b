import { describe, expect, it } from "vitest";
import { articleFrom, funnelOf } from "./question-yield";

describe("question-yield: an archived page as a teacher would paste it", () => {
  it("reads the front matter's title and date into the title line, and the Markdown body into lines", () => {
    const md = [
      "---",
      "date: '2023-03-08'",
      "tags: statements-releases",
      'title: "Readout of a White\\_House Meeting on\\',
      '  \\ Junk Fees"',
      "---",
      "",
      "Officials met with state",
      "legislators [today](https://example.gov/x).",
      "",
      "-   The first item runs",
      "    over two lines.",
      "",
    ].join("\n");
    expect(articleFrom("a/b.md", md)).toBe("Readout of a White House Meeting on Junk Fees — The White House, March 8, 2023\n\nOfficials met with state legislators today.\n\nThe first item runs over two lines.");
  });
  it("decodes a double-quoted title's escapes", () => {
    const md = ["---", "date: '2022-08-02'", 'title: "FACT SHEET: PACT Act Delivers on President Biden\\u2019s Promise to \\"America\\""', "---", "", "Body text."].join("\n");
    expect(articleFrom("a.md", md)).toBe('FACT SHEET: PACT Act Delivers on President Biden\u2019s Promise to "America" — The White House, August 2, 2022\n\nBody text.');
  });
  it("drops a single-quoted title's quotes, keeping a doubled quote mark as one", () => {
    const md = ["---", "date: '2025-02-11'", "title: 'Fact Sheet: President Donald J. Trump''s Tariffs'", "---", "", "Body text."].join("\n");
    expect(articleFrom("a.md", md)).toBe("Fact Sheet: President Donald J. Trump's Tariffs — The White House, February 11, 2025\n\nBody text.");
  });
  it("takes a .txt file as it is, and skips a page without a title or a date", () => {
    expect(articleFrom("x.txt", "Title — Publisher, May 1, 2020\n\nText.")).toBe("Title — Publisher, May 1, 2020\n\nText.");
    expect(articleFrom("x.md", "---\ntags: x\n---\nBody.")).toBeNull();
  });
});

describe("question-yield --funnel: where a text's facts are lost", () => {
  it("counts each stage within the one before it, the gates' reasons in full, and the quiz the engine makes", async () => {
    const { readFileSync } = await import("node:fs");
    const { candidateBank, cleanArticleText, generateQuestions } = await import("../lib/questions");
    const text = cleanArticleText(readFileSync("lib/questions/fixtures/01-hurricane-ida-gulf-coast-briefing-readout-2021.txt", "utf8"), "text");
    const f = funnelOf(text);
    const { analysis, rejected } = candidateBank(text);
    expect(f.usable).toBe(analysis.usable.length);
    expect(f.asked).toBeGreaterThan(0);
    expect(f.asked).toBeLessThanOrEqual(f.usable);
    expect(f.passed).toBeLessThanOrEqual(f.asked);
    expect(f.eligible).toBeLessThanOrEqual(f.passed);
    // The readout's three figures of aircraft and vehicles are turned away as logistics: asked, not passed.
    expect(f.reasons.get("logistics")).toBeGreaterThan(0);
    expect(f.passed).toBeLessThan(f.asked);
    expect([...f.reasons.values()].reduce((x, y) => x + y, 0)).toBe(rejected.length);
    expect(f.quiz).toBe(generateQuestions(text).questions.length);
  });
});
