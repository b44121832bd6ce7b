import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { dateDistractors, entityDistractors, inAnswersForm } from "./distractors";
import { fixture, seedText } from "./test-helpers";

const seed = analyze(cleanArticleText(seedText()));

describe("entityDistractors", () => {
  it("prefers same-kind entities from the article and skips those in the evidence sentence", () => {
    const d = entityDistractors(seed, "country", "China", "China", "canonical", "China has denied providing weapons to Russia.", 3);
    expect(d).toHaveLength(3);
    expect(d).not.toContain("Russia");
    expect(d).toContain("United States");
    expect(d).toContain("Ukraine");
  });
  it("uses full names for people and family names for the 'Mr.' form", () => {
    const full = entityDistractors(seed, "person", "Antony J. Blinken", "Antony J. Blinken", "canonical", "", 3);
    expect(full.every((x) => x.split(" ").length >= 2)).toBe(true);
    expect(full.some((x) => /^President /.test(x))).toBe(false);
    const short = entityDistractors(seed, "person", "Antony J. Blinken", "Blinken", "short", "", 3, { title: "Mr." });
    // the people the article calls "Mr." first
    expect(short.slice(0, 3).sort()).toEqual(["Putin", "Wang", "Xi"]);
    expect(short.every((x) => !x.includes(" "))).toBe(true);
  });
  it("never offers another name for the same institution", () => {
    const crs = analyze(cleanArticleText(fixture("06")));
    const d = entityDistractors(crs, "gov", "Treasury Secretary", "Treasury Secretary", "canonical", "", 3);
    expect(d.some((x) => /Treasury/.test(x))).toBe(false);
    expect(d.length).toBe(3);
  });
  it("varies fallback states by answer instead of always Alabama, Alaska, Arizona", () => {
    const wooley = analyze(cleanArticleText(fixture("05")));
    const d = entityDistractors(wooley, "state", "New Hampshire", "New Hampshire", "canonical", "", 3);
    expect(d).toHaveLength(3);
    expect(d).not.toEqual(["Alabama", "Alaska", "Arizona"]);
  });
});

describe("dateDistractors", () => {
  it("keeps the date's form", () => {
    expect(dateDistractors("Friday", [], "", 3)).toEqual(["Saturday", "Thursday", "Sunday"]);
    expect(dateDistractors("June", [], "in June and November", 3).every((m) => /^[A-Z][a-z]+$/.test(m) && m !== "November")).toBe(true);
    expect(dateDistractors("November 27, 1974", [], "", 3).every((x) => /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(x))).toBe(true);
    expect(dateDistractors("1946", [], "", 3).every((x) => /^\d{4}$/.test(x))).toBe(true);
  });
  it("never a day the month does not have ('November 31, 2025' beside August 31)", () => {
    const days: Record<string, number> = { January: 31, February: 29, March: 31, April: 30, May: 31, June: 30, July: 31, August: 31, September: 30, October: 31, November: 30, December: 31 };
    for (const answer of ["August 31, 2025", "January 31, 1975", "May 31, 2020", "February 29, 2024", "October 31, 2001"]) {
      for (const d of dateDistractors(answer, [], "", 3)) {
        const [, month, day] = d.match(/^(\w+) (\d+),/)!;
        expect(Number(day), d).toBeLessThanOrEqual(days[month]);
      }
    }
  });
});

describe("a department's name in one form across the choices", () => {
  it("gives the wrong answers the answer's form, both ways", () => {
    expect(inAnswersForm("Interior Department", ["Department of Defense", "Department of Agriculture", "Department of the Treasury"])).toEqual(["Defense Department", "Agriculture Department", "Treasury Department"]);
    expect(inAnswersForm("Department of the Interior", ["Defense Department", "Treasury", "Department of Commerce"])).toEqual(["Department of Defense", "Department of the Treasury", "Department of Commerce"]);
    // other names are left as they are
    expect(inAnswersForm("Federal Trade Commission", ["Defense Department", "Securities and Exchange Commission"])).toEqual(["Defense Department", "Securities and Exchange Commission"]);
  });
});
