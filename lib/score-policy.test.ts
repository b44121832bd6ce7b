import { describe, expect, it } from "vitest";
import { countedAttempt } from "./score-policy";

const at = (number: number, score: number | null, maxScore = 10, submitted = true) => ({
  number,
  score,
  maxScore,
  submittedAt: submitted ? new Date(2026, 0, number) : null,
});

describe("countedAttempt", () => {
  it("takes the best fraction for BEST and the last number for LATEST", () => {
    const attempts = [at(1, 8), at(2, 5), at(3, 6)];
    expect(countedAttempt(attempts, "BEST")?.number).toBe(1);
    expect(countedAttempt(attempts, "LATEST")?.number).toBe(3);
  });
  it("ignores attempts still open", () => {
    expect(countedAttempt([at(1, 4), at(2, null, 10, false)], "LATEST")?.number).toBe(1);
    expect(countedAttempt([at(1, null, 10, false)], "BEST")).toBeNull();
  });
  it("breaks ties in favour of the later attempt", () => {
    expect(countedAttempt([at(1, 7), at(2, 7)], "BEST")?.number).toBe(2);
  });
});
