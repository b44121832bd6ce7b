import { describe, expect, it } from "vitest";
import { DisplayNameSchema } from "./auth";
import { cleanName, NAME_MESSAGES } from "./names";
import { parseNameList } from "./teacher";

const message = (value: string) => {
  const result = DisplayNameSchema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("display names", () => {
  it("keeps real names, normalised to NFC with spaces collapsed", () => {
    expect(DisplayNameSchema.parse("  Zoe\u0301   Martínez ")).toBe("Zoé Martínez");
    expect(DisplayNameSchema.parse("ناهید‌رضایی")).toBe("ناهید\u200cرضایی"); // ZWNJ is part of Persian spelling
    expect(DisplayNameSchema.parse("Ava 👩\u200d🎓")).toBe("Ava 👩\u200d🎓");
    expect(DisplayNameSchema.parse("李小龍")).toBe("李小龍");
  });

  it("refuses a name that is only zero-width characters", () => {
    expect(message("\u200b\u200b\u200b")).toBe(NAME_MESSAGES.noLetter);
    expect(message("\u200d\ufeff\u2060")).toBe(NAME_MESSAGES.noLetter);
    expect(message("   ")).toBe("Enter your name.");
  });

  it("refuses bidi overrides and isolates, and NUL or other control characters", () => {
    expect(message("Ava\u202egnp.exe")).toBe(NAME_MESSAGES.direction);
    expect(message("\u2067Ben\u2069")).toBe(NAME_MESSAGES.direction);
    expect(message("Ch\u0000en")).toBe(NAME_MESSAGES.control);
    expect(message("Ch\u001ben")).toBe(NAME_MESSAGES.control);
  });

  it("drops other invisible format characters inside a real name", () => {
    expect(DisplayNameSchema.parse("A\u200bva\u00ad")).toBe("Ava");
    expect(cleanName("x".repeat(61), 60)).toEqual({ ok: false, message: "Use 60 characters or fewer." });
  });

  it("applies to the teacher's bulk-added names too", () => {
    const list = parseNameList("Ava\n\u200b\u200b\nBen\u202eX\nCh\u0000en\nZoe\u0301");
    expect(list.names).toEqual(["Ava", "Zoé"]);
    expect(list.errors).toEqual([
      `Line 2: ${NAME_MESSAGES.noLetter}`,
      `Line 3: ${NAME_MESSAGES.direction}`,
      `Line 4: ${NAME_MESSAGES.control}`,
    ]);
  });
});
