import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode } from "./join-code";

describe("join codes", () => {
  it("are made of unambiguous characters only", () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[IL0O1]/);
  });
  it("accept what a student types, in any case and with spaces or dashes", () => {
    expect(normaliseJoinCode(" dem o-24 ")).toBe("DEMO24");
  });
});
