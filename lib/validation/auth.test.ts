import { describe, expect, it } from "vitest";
import { SignInSchema, TeacherSignUpSchema, UsernameSchema } from "./auth";

describe("account schemas", () => {
  it("normalises emails and usernames to lower case without spaces", () => {
    expect(TeacherSignUpSchema.parse({ displayName: " Ms. Rivera ", email: " Rivera@School.ORG ", password: "longenough" })).toEqual({
      displayName: "Ms. Rivera",
      email: "rivera@school.org",
      password: "longenough",
    });
    expect(UsernameSchema.parse(" Ava.M ")).toBe("ava.m");
    expect(SignInSchema.parse({ identifier: " AVA ", password: "x" }).identifier).toBe("ava");
  });
  it("rejects short passwords, bad emails and odd usernames with readable messages", () => {
    const r = TeacherSignUpSchema.safeParse({ displayName: "", email: "nope", password: "short" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(["Enter your name.", "Use at least 8 characters."]));
    expect(UsernameSchema.safeParse("a b").success).toBe(false);
    expect(UsernameSchema.safeParse("<script>").success).toBe(false);
  });
});
