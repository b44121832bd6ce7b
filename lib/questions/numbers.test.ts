import { describe, expect, it } from "vitest";
import { findQuantities, formatLike, numericDistractors, statesIn, wordsToNumber } from "./numbers";

const one = (s: string) => {
  const qs = findQuantities(s);
  expect(qs.length).toBe(1);
  return qs[0];
};

describe("findQuantities", () => {
  it("joins a figure to its scale word across a doubled space, and prints it with one ('nearly $9  million')", () => {
    const s = "Last summer, Connecticut awarded nearly $9  million to grant recipients.";
    const q = one(s);
    expect([q.text, q.kind, q.value, q.unit]).toEqual(["$9 million", "money", 9_000_000, "million"]);
    expect(s.slice(q.start, q.end)).toBe("$9  million");
  });

  it("finds ranges, durations, money, percents, fractions and counts with units", () => {
    const s = "a ban in nine to 12 months after over five hours, $41.1 trillion, 99% of GDP, one-third of output and 25,000 line crews";
    expect(findQuantities(s).map((q) => [q.text, q.kind])).toEqual([
      ["nine to 12 months", "range"],
      ["five hours", "duration"],
      ["$41.1 trillion", "money"],
      ["99%", "percent"],
      ["one-third", "fraction"],
      ["25,000", "count"],
    ]);
  });
  it("skips citations, section numbers, ordinals, times, years and pronoun 'one'", () => {
    const s = "See 430 U.S. 705, 97 S.Ct. 1428, Section 8 and No. 75-1453 on its 16th trip at 7:30 a.m. in 1987, one of them, §§ 262:27-c and (2) the rest.";
    expect(findQuantities(s)).toEqual([]);
  });
});

describe("numericDistractors", () => {
  it("keeps the unit and mixed AP style of a range", () => {
    const q = one("a potential ban in nine to 12 months under a law");
    const d = numericDistractors(q, [], new Set());
    expect(d).toHaveLength(3);
    for (const x of d) expect(x).toMatch(/^(?:[a-z]+|\d{2,}) to (?:[a-z]+|\d+) months$/);
    expect(d).not.toContain("nine to 12 months");
    expect(d.some((x) => /^two to 3/.test(x))).toBe(false);
  });
  it("pluralises time units correctly and never repeats the answer", () => {
    const d = numericDistractors(one("he spent over five hours there"), [], new Set());
    expect(d.every((x) => /^[a-z-]+ hours$/.test(x))).toBe(true);
  });
  it("prefers same-unit figures from the article for money", () => {
    const all = findQuantities("It was $41.1 trillion, up by $5.0 trillion, against $49.4 trillion.");
    const d = numericDistractors(all[0], all.slice(1), new Set());
    // $49.4 trillion from the article first; not $5.0 trillion (an increase is no plausible total beside $41.1 trillion).
    expect(d[0]).toBe("$49.4 trillion");
    expect(d).not.toContain("$5.0 trillion");
    expect(d.every((x) => /^\$\d+\.\d trillion$/.test(x))).toBe(true);
  });
  it("keeps percentages of a share at or under 100%", () => {
    const d = numericDistractors(one("It was 99% of the total."), [], new Set());
    expect(d.length).toBeGreaterThanOrEqual(2);
    expect(d.every((x) => /^\d+%$/.test(x) && Number(x.slice(0, -1)) <= 100)).toBe(true);
  });
  it("offers fractions for fractions and round numbers for round numbers", () => {
    expect(numericDistractors(one("about one-third of production"), [], new Set())).toEqual(["one-half", "one-quarter", "one-fifth"]);
    const d = numericDistractors(one("paid a $25 fine"), [], new Set());
    expect(d.every((x) => /^\$\d+$/.test(x) && Number(x.slice(1)) % 5 === 0)).toBe(true);
  });
});

describe("number words", () => {
  it("parses and formats", () => {
    expect(wordsToNumber("twenty-five")).toBe(25);
    expect(wordsToNumber("a hundred and thirty million")).toBeNull();
    expect(wordsToNumber("one hundred thirty million")).toBe(130_000_000);
    expect(formatLike("25,000", 12500)).toBe("12,500");
    expect(formatLike("nine", 3)).toBe("three");
    expect(formatLike("$5.0 trillion", 2.5e12)).toBe("$2.5 trillion");
  });
});

describe("wrong figures that are possible (rating 3)", () => {
  it("keeps an increase below the total it leads to", () => {
    const text = "The act increased the debt limit by $5.0 trillion, to $41.1 trillion.";
    const q = findQuantities(text).find((x) => x.text === "$5.0 trillion")!;
    const d = numericDistractors(q, [], new Set(), 3, text.slice(q.end, q.end + 40));
    expect(d.length).toBeGreaterThanOrEqual(2);
    for (const x of d) expect(Number(x.replace(/[^\d.]/g, ""))).toBeLessThan(41.1);
  });
  it("offers no more states than there were in the sentence's year", () => {
    expect(statesIn(1825)).toBe(24);
    expect(statesIn(1801)).toBe(16);
    expect(statesIn(undefined)).toBe(50);
    const text = "Adams won the votes of 13 state delegations in 1825.";
    const q = findQuantities(text).find((x) => x.text === "13")!;
    for (const x of numericDistractors(q, [], new Set(), 3, text.slice(q.end, q.end + 40), 1825)) expect(Number(x)).toBeLessThanOrEqual(24);
  });
  it("offers no tally the chamber could not cast ('74 yeas and 25 nays' in the Senate)", () => {
    const text = "It was passed with 74 yeas and 25 nays.";
    const q = findQuantities(text).find((x) => x.text === "74")!;
    const d = numericDistractors(q, [], new Set(), 3, text.slice(q.end, q.end + 40));
    expect(d.length).toBeGreaterThanOrEqual(2);
    for (const x of d) expect(Number(x) + 25).toBeLessThanOrEqual(100);
  });
  it("offers no more votes than there are state delegations ('a majority of state delegation votes (currently 26 votes)')", () => {
    const text = "A candidate needs an absolute majority of state delegation votes (currently 26 votes) to win.";
    const q = findQuantities(text).find((x) => x.text === "26")!;
    const d = numericDistractors(q, [], new Set(), 3, text.slice(q.end, q.end + 40), undefined, text.slice(0, q.start));
    expect(d.length).toBe(3);
    for (const x of d) expect(Number(x)).toBeLessThanOrEqual(50);
  });
});
