import { describe, expect, it } from "vitest";
import { AttemptLimiter } from "./attempt-limiter";

describe("AttemptLimiter", () => {
  it("locks an account after the maximum failures within the window, and unlocks when they age out", () => {
    const limiter = new AttemptLimiter(3, 1000);
    limiter.recordFailure("ava", 0);
    limiter.recordFailure("ava", 100);
    expect(limiter.isLocked("ava", 200)).toBe(false);
    limiter.recordFailure("ava", 300);
    expect(limiter.isLocked("ava", 400)).toBe(true);
    expect(limiter.isLocked("ben", 400)).toBe(false);
    expect(limiter.isLocked("ava", 1001)).toBe(false);
  });

  it("forgets failures after a successful sign-in", () => {
    const limiter = new AttemptLimiter(2, 1000);
    limiter.recordFailure("ava", 0);
    limiter.reset("ava");
    limiter.recordFailure("ava", 10);
    expect(limiter.isLocked("ava", 20)).toBe(false);
  });
});
