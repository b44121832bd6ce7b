import { describe, expect, it } from "vitest";
import { UsernameSchema } from "@/lib/validation/auth";
import { readablePassword, uniqueUsernames, usernameBase } from "./roster-credentials";

describe("usernameBase", () => {
  it("takes the first name and the last name's initial, without accents or punctuation", () => {
    expect(usernameBase("Ava Martinez")).toBe("ava.m");
    expect(usernameBase("  José  ")).toBe("jose");
    expect(usernameBase("Mary Ann O'Neil")).toBe("mary.o");
    expect(usernameBase("Zoë Ölberg")).toBe("zoe.o");
    expect(usernameBase("!!!")).toBe("student");
  });
});

describe("uniqueUsernames", () => {
  it("adds a number on a clash with existing accounts and within the same list", () => {
    expect(uniqueUsernames(["Ava Martinez", "Ava Moore", "Ava Mills"], ["ava.m"])).toEqual(["ava.m2", "ava.m3", "ava.m4"]);
    expect(uniqueUsernames(["Ben", "Ben"], [])).toEqual(["ben", "ben2"]);
  });

  it("makes short names long enough to be valid usernames", () => {
    const names = uniqueUsernames(["Al", "Al", "Jo Li"], []);
    expect(names).toEqual(["al1", "al2", "jo.l"]);
    for (const name of names) expect(UsernameSchema.safeParse(name).success).toBe(true);
  });
});

describe("readablePassword", () => {
  it("is two groups of five unambiguous characters and differs each time", () => {
    const passwords = Array.from({ length: 50 }, readablePassword);
    for (const p of passwords) expect(p).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
