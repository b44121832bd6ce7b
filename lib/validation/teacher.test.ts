import { describe, expect, it } from "vitest";
import { AssignmentSchema, fromLocalDateTime, parseNameList } from "./teacher";

const form = (over: Record<string, unknown> = {}) => ({
  setId: "set1",
  classIds: ["c1"],
  opensAt: "",
  dueAt: "",
  tzOffset: "0",
  timeLimitMinutes: "",
  feedback: "AFTER_SUBMIT",
  attemptsAllowed: "1",
  scorePolicy: "BEST",
  ...over,
});

describe("fromLocalDateTime", () => {
  it("reads a datetime-local value in the browser's time zone", () => {
    // New York in winter is UTC-5: getTimezoneOffset() is +300.
    expect(fromLocalDateTime("2026-12-01T09:30", 300)?.toISOString()).toBe("2026-12-01T14:30:00.000Z");
    // Berlin in winter is UTC+1: getTimezoneOffset() is -60.
    expect(fromLocalDateTime("2026-12-01T09:30", -60)?.toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(fromLocalDateTime("", 0)).toBeNull();
  });
});

describe("AssignmentSchema", () => {
  it("turns the form into settings", () => {
    const parsed = AssignmentSchema.parse(
      form({ opensAt: "2026-12-01T09:00", dueAt: "2026-12-02T09:00", tzOffset: "300", timeLimitMinutes: "20", shuffleChoices: "on", attemptsAllowed: "3" }),
    );
    expect(parsed.settings).toMatchObject({
      opensAt: new Date("2026-12-01T14:00:00Z"),
      dueAt: new Date("2026-12-02T14:00:00Z"),
      timeLimitMinutes: 20,
      shuffleQuestions: false,
      shuffleChoices: true,
      attemptsAllowed: 3,
    });
  });

  it("refuses a due date before the opening, feedback after a missing due date, and out-of-range numbers", () => {
    const messages = (over: Record<string, unknown>) => {
      const result = AssignmentSchema.safeParse(form(over));
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(messages({ opensAt: "2026-12-02T09:00", dueAt: "2026-12-01T09:00" })).toEqual(["dueAt: The due date must be after the opening date."]);
    expect(messages({ feedback: "AFTER_DUE" })[0]).toMatch(/^dueAt: Set a due date/);
    expect(messages({ timeLimitMinutes: "301" })[0]).toMatch(/^timeLimitMinutes:/);
    expect(messages({ attemptsAllowed: "0" })[0]).toMatch(/^attemptsAllowed:/);
    expect(messages({ classIds: [] })[0]).toMatch(/^classIds: Choose at least one class/);
  });
});

describe("parseNameList", () => {
  it("ignores blank lines and collapses spaces, and reports repeated names", () => {
    expect(parseNameList("  Ava   Martinez \r\n\r\nBen\nAVA MARTINEZ")).toEqual({ names: ["Ava Martinez", "Ben"], duplicates: ["AVA MARTINEZ"], errors: [] });
  });
});
