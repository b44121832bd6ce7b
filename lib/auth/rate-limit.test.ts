import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { setTemporaryPassword } from "@/lib/data/roster";
import { AuthClient } from "@/test/auth-http";
import { check, consume, refund, tooManyMessage } from "./rate-limit";
import { countSignInAttempt } from "./sign-in-limit";

const s = Math.random().toString(36).slice(2, 8);
let n = 0;
const key = () => `test:${s}:${++n}`;
afterAll(() => db.$disconnect());

const limit = { points: 3, windowMs: 60_000 };

describe("the database rate limiter", () => {
  it("counts within a window, refuses over the limit with the time left, and starts over after it", async () => {
    const k = key();
    const t0 = new Date("2030-01-01T10:00:00Z");
    for (let i = 0; i < 3; i++) expect(await consume([{ key: k, limit }], 1, t0)).toEqual({ allowed: true });
    expect(await consume([{ key: k, limit }], 1, new Date(t0.getTime() + 20_000))).toEqual({ allowed: false, retryAfterMs: 40_000 });
    expect(await check([{ key: k, limit }], new Date(t0.getTime() + 59_000))).toMatchObject({ allowed: false });
    expect(await consume([{ key: k, limit }], 1, new Date(t0.getTime() + 60_000))).toEqual({ allowed: true });
  });

  it("loses no count when many requests arrive at once", async () => {
    const k = key();
    const now = new Date();
    const wide = { points: 1000, windowMs: 60_000 };
    await Promise.all(Array.from({ length: 25 }, () => consume([{ key: k, limit: wide }], 1, now)));
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: k } })).points).toBe(25);
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => consume([{ key: k, limit: { points: 30, windowMs: 60_000 } }], 1, now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
  });

  it("gives points back, never below zero", async () => {
    const k = key();
    await consume([{ key: k, limit }], 2);
    await refund([k], 1);
    await refund([k], 5);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: k } })).points).toBe(1);
  });

  it("says how long to wait in whole minutes", () => {
    expect(tooManyMessage(1)).toBe("Too many attempts. Try again in 1 minute.");
    expect(tooManyMessage(14 * 60_000 + 1)).toBe("Too many attempts. Try again in 15 minutes.");
  });
});

async function account() {
  n += 1;
  const username = `rl-${s}-${n}`;
  const password = "the-right-password";
  const user = await db.user.create({ data: { role: "STUDENT", displayName: `RL ${n}`, username, passwordHash: await hashPassword(password) } });
  return { ...user, username, password };
}

const signedInAs = async (client: AuthClient) => (await client.session())?.user.id ?? null;

describe("sign-in throttling (issue 9, hole 4)", () => {
  it("five wrong passwords lock the account for the guessing address only: the real user elsewhere signs in", async () => {
    const ava = await account();
    const stranger = new AuthClient("198.51.100.66");
    for (let i = 0; i < 5; i++) expect(await stranger.signIn(ava.username, `wrong-${i}`)).toMatch(/error=CredentialsSignin&code=credentials/);
    // Locked for the stranger, even with the right password.
    expect(await stranger.signIn(ava.username, ava.password)).toMatch(/code=too_many_attempts/);
    expect(await signedInAs(stranger)).toBeNull();
    // Ava at her usual address is not shut out.
    const home = new AuthClient("192.0.2.20");
    expect(await home.signIn(ava.username, ava.password)).toMatch(/\/after-sign-in$/);
    expect(await signedInAs(home)).toBe(ava.id);
  });

  it("the Auth.js endpoint and the forms share one count (the old code gave 10 guesses instead of 5)", async () => {
    const ben = await account();
    const address = "198.51.100.77";
    const endpoint = new AuthClient(address);
    for (let i = 0; i < 3; i++) await endpoint.signIn(ben.username, `wrong-${i}`);
    // The sign-in form's server action calls the same authorize(), which counts in the database.
    expect(await countSignInAttempt(ben.username, address)).toEqual({ allowed: true });
    expect(await countSignInAttempt(ben.username, address)).toEqual({ allowed: true });
    expect(await endpoint.signIn(ben.username, ben.password)).toMatch(/code=too_many_attempts/);
  });

  it("one address guessing many usernames is stopped, and unknown usernames stop adding rows", async () => {
    const address = `198.51.100.${100 + (n % 100)}`;
    const rowsBefore = await db.rateLimit.count();
    let refusedAt = -1;
    for (let i = 0; i < 40; i++) {
      const verdict = await countSignInAttempt(`nobody-${s}-${i}`, address);
      if (!verdict.allowed && refusedAt < 0) refusedAt = i;
    }
    expect(refusedAt).toBe(30);
    // One address row plus a pair and an account row per username tried before the stop; none after.
    expect((await db.rateLimit.count()) - rowsBefore).toBeLessThanOrEqual(1 + 2 * 30);
  });

  it("a right password gives its count back, so signing in often never locks anyone", async () => {
    const chen = await account();
    const client = new AuthClient("192.0.2.30");
    for (let i = 0; i < 8; i++) {
      expect(await client.signIn(chen.username, chen.password)).toMatch(/\/after-sign-in$/);
    }
    expect(await client.signIn(chen.username, "wrong")).toMatch(/code=credentials/);
  });

  it("a teacher's temporary password lifts the account's locks", async () => {
    const dee = await account();
    const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `rl-${s}-${n}@t.test`, passwordHash: "x" } });
    const klass = await db.class.create({ data: { name: "C", joinCode: `R${s}${n}`.toUpperCase(), teacherId: teacher.id } });
    await db.enrolment.create({ data: { classId: klass.id, studentId: dee.id } });
    const school = new AuthClient("198.51.100.200");
    for (let i = 0; i < 5; i++) await school.signIn(dee.username, `wrong-${i}`);
    expect(await school.signIn(dee.username, dee.password)).toMatch(/code=too_many_attempts/);
    const temp = await setTemporaryPassword({ id: teacher.id }, klass.id, dee.id);
    expect(await school.signIn(dee.username, temp!.password)).toMatch(/\/after-sign-in$/);
  });
});

describe("limits on making accounts (issue 9, hole 4)", () => {
  it("sign-up, join and bulk add are limited, say how long to wait, and a refused request costs nothing", async () => {
    const { bulkAddRefusal, joinRefusal, signUpRefusal } = await import("./request-limits");
    const address = `192.0.2.${n % 200}`;
    for (let i = 0; i < 20; i++) expect(await signUpRefusal(address)).toBeNull();
    expect(await signUpRefusal(address)).toMatch(/^Too many attempts\. Try again in 15 minutes\.$/);
    expect(await signUpRefusal("192.0.2.250")).toBeNull();

    for (let i = 0; i < 100; i++) expect(await joinRefusal(address)).toBeNull();
    expect(await joinRefusal(address)).toMatch(/Too many attempts/);

    const teacherId = `teacher-${s}`;
    expect(await bulkAddRefusal(teacherId, 100)).toBeNull();
    expect(await bulkAddRefusal(teacherId, 100)).toBeNull();
    expect(await bulkAddRefusal(teacherId, 150)).toMatch(/Try again in 60 minutes/);
    // The refused 150 were given back: 100 more still fit in the hour.
    expect(await bulkAddRefusal(teacherId, 100)).toBeNull();
    expect(await bulkAddRefusal(teacherId, 1)).toMatch(/Too many attempts/);
  });
});
