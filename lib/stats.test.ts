import { describe, expect, it } from "vitest";
import { correlation, discriminationIndex, discriminationWords, distribution, mean, median } from "./stats";

describe("mean and median", () => {
  it("compute the usual values and null for no data", () => {
    expect(mean([1, 2, 3, 10])).toBe(4);
    expect(median([10, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe("distribution", () => {
  it("puts percentages in ten buckets with 100% in the last one", () => {
    const buckets = distribution([0, 9.99, 10, 55, 89.5, 90, 100, 100]);
    expect(buckets.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 1, 3]);
    expect(buckets[0].label).toBe("0–9%");
    expect(buckets[9]).toMatchObject({ from: 90, to: 100, label: "90–100%" });
  });
});

describe("discriminationIndex (item–rest correlation)", () => {
  it("matches a hand-computed value", () => {
    // Rest scores are [3, 2, 1, 2]: deviations (.5,.5,-.5,-.5)·(1,0,-1,0) = 1, over √(1·2) → 1/√2.
    expect(discriminationIndex([1, 1, 0, 0], [4, 3, 1, 2])).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it("is negative when weaker students get the question right", () => {
    expect(discriminationIndex([0, 0, 1, 1], [4, 4, 1, 1])).toBeCloseTo(-1, 10);
  });

  it("uses the rest of the test, not the total", () => {
    // Against the total this item would look perfect (1.0); against the rest it has no spread to correlate with.
    expect(correlation([1, 0], [2, 1])).toBeCloseTo(1, 10);
    expect(discriminationIndex([1, 0], [2, 1])).toBeNull();
  });

  it("is null when it cannot be computed", () => {
    expect(discriminationIndex([1], [3])).toBeNull();
    expect(discriminationIndex([1, 1, 1], [3, 2, 1])).toBeNull();
  });
});

describe("discriminationWords", () => {
  it("reads the index as a teacher would act on it", () => {
    expect(discriminationWords(null)).toMatch(/^not enough data/);
    expect(discriminationWords(-0.4)).toMatch(/check the answer key/);
    expect(discriminationWords(0.05)).toMatch(/^does not tell/);
    expect(discriminationWords(0.2)).toBe("tells stronger from weaker students a little");
    expect(discriminationWords(0.3)).toBe("tells stronger from weaker students well");
  });
});
