import { describe, expect, it } from "vitest";
import { AssignmentSchema, fromLocalDateTime, parseNameList } from "./teacher";

const form = (over: Record<string, unknown> = {}) => ({
  setId: "set1",
  classIds: ["c1"],
  opensAt: "",
  dueAt: "",
  timeZone: "America/New_York",
  timeLimitMinutes: "",
  feedback: "AFTER_SUBMIT",
  attemptsAllowed: "1",
  scorePolicy: "BEST",
  ...over,
});

describe("fromLocalDateTime", () => {
  it("reads a datetime-local value in the teacher's IANA time zone", () => {
    expect(fromLocalDateTime("2026-12-01T09:30", "America/New_York")?.toISOString()).toBe("2026-12-01T14:30:00.000Z");
    expect(fromLocalDateTime("2026-12-01T09:30", "Europe/Berlin")?.toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(fromLocalDateTime("2026-12-01T09:30", "Asia/Kolkata")?.toISOString()).toBe("2026-12-01T04:00:00.000Z");
    expect(fromLocalDateTime("", "America/New_York")).toBeNull();
  });

  it("uses each date's own offset on either side of the March change (US clocks go forward on 14 March 2027)", () => {
    expect(fromLocalDateTime("2027-03-13T09:00", "America/New_York")?.toISOString()).toBe("2027-03-13T14:00:00.000Z"); // EST, UTC-5
    expect(fromLocalDateTime("2027-03-15T09:00", "America/New_York")?.toISOString()).toBe("2027-03-15T13:00:00.000Z"); // EDT, UTC-4
    expect(fromLocalDateTime("2027-03-14T01:59", "America/New_York")?.toISOString()).toBe("2027-03-14T06:59:00.000Z");
    expect(fromLocalDateTime("2027-03-14T03:00", "America/New_York")?.toISOString()).toBe("2027-03-14T07:00:00.000Z");
    // 02:30 does not exist that night: read with the offset before the change, i.e. 03:30 EDT.
    expect(fromLocalDateTime("2027-03-14T02:30", "America/New_York")?.toISOString()).toBe("2027-03-14T07:30:00.000Z");
    // Europe changes on another Sunday (28 March 2027).
    expect(fromLocalDateTime("2027-03-27T09:00", "Europe/London")?.toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect(fromLocalDateTime("2027-03-29T09:00", "Europe/London")?.toISOString()).toBe("2027-03-29T08:00:00.000Z");
  });

  it("uses each date's own offset on either side of the November change (US clocks go back on 7 November 2027)", () => {
    expect(fromLocalDateTime("2027-11-06T09:00", "America/Los_Angeles")?.toISOString()).toBe("2027-11-06T16:00:00.000Z"); // PDT
    expect(fromLocalDateTime("2027-11-08T09:00", "America/Los_Angeles")?.toISOString()).toBe("2027-11-08T17:00:00.000Z"); // PST
    // 01:30 happens twice that night: the first one (still EDT).
    expect(fromLocalDateTime("2027-11-07T01:30", "America/New_York")?.toISOString()).toBe("2027-11-07T05:30:00.000Z");
    expect(fromLocalDateTime("2027-11-07T02:00", "America/New_York")?.toISOString()).toBe("2027-11-07T07:00:00.000Z");
  });

  it("refuses an unknown zone or an impossible date instead of guessing", () => {
    expect(() => fromLocalDateTime("2027-03-15T09:00", "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => fromLocalDateTime("2027-02-30T09:00", "UTC")).toThrow(RangeError);
  });
});

describe("AssignmentSchema", () => {
  it("turns the form into settings", () => {
    const parsed = AssignmentSchema.parse(
      form({ opensAt: "2026-12-01T09:00", dueAt: "2026-12-02T09:00", timeLimitMinutes: "20", shuffleChoices: "on", attemptsAllowed: "3" }),
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
    expect(messages({ dueAt: "2027-02-30T09:00" })).toEqual(["dueAt: Enter a date and time."]);
  });

  it("converts an assignment that spans the March change with each date's own offset", () => {
    // Made in February (EST, UTC-5), open from Friday 12 March to Monday 15 March 2027 (EDT, UTC-4).
    const parsed = AssignmentSchema.parse(form({ opensAt: "2027-03-12T08:00", dueAt: "2027-03-15T08:00" }));
    expect(parsed.settings.opensAt?.toISOString()).toBe("2027-03-12T13:00:00.000Z");
    expect(parsed.settings.dueAt?.toISOString()).toBe("2027-03-15T12:00:00.000Z");
  });

  it("refuses dates with an unknown or missing time zone, with a message saying why (no silent UTC)", () => {
    const messages = (over: Record<string, unknown>) => {
      const result = AssignmentSchema.safeParse(form(over));
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    };
    expect(messages({ dueAt: "2027-03-15T08:00", timeZone: "Mars/Olympus_Mons" })).toEqual([
      "timeZone: Your browser gave a time zone Quorum does not know (“Mars/Olympus_Mons”), so the dates cannot be read. Nothing was assigned: reload the page and try again.",
    ]);
    expect(messages({ opensAt: "2027-03-15T08:00", timeZone: "" })[0]).toMatch(/^timeZone: Your browser did not say which time zone/);
    // Without dates the zone does not matter.
    expect(messages({ timeZone: "" })).toEqual([]);
  });

  it("refuses feedback after each answer with more than one attempt (the retake would copy the key)", () => {
    const result = AssignmentSchema.safeParse(form({ feedback: "AFTER_EACH", attemptsAllowed: "2" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["attemptsAllowed"]);
    expect(AssignmentSchema.safeParse(form({ feedback: "AFTER_EACH", attemptsAllowed: "1" })).success).toBe(true);
  });
});

describe("parseNameList", () => {
  it("ignores blank lines and collapses spaces, and reports repeated names", () => {
    expect(parseNameList("  Ava   Martinez \r\n\r\nBen\nAVA MARTINEZ")).toEqual({ names: ["Ava Martinez", "Ben"], duplicates: ["AVA MARTINEZ"], errors: [] });
  });
});
