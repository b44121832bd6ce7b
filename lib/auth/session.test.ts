import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { changeStudentPassword } from "@/lib/data/students";
import { removeStudent, setTemporaryPassword } from "@/lib/data/roster";
import { AuthClient } from "@/test/auth-http";
import { authConfig } from "./config";
import { endAllSessions, sessionUserFor } from "./session";

const s = Math.random().toString(36).slice(2, 8);
let n = 0;
afterAll(() => db.$disconnect());

async function student(opts: { mustChangePassword?: boolean; password?: string } = {}) {
  n += 1;
  const username = `sess-${s}-${n}`;
  const password = opts.password ?? "student-password-1";
  const user = await db.user.create({
    data: { role: "STUDENT", displayName: `Student ${n}`, username, passwordHash: await hashPassword(password), mustChangePassword: opts.mustChangePassword ?? false },
  });
  return { ...user, username, password };
}

async function classWith(studentId: string) {
  n += 1;
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `sess-${s}-${n}@t.test`, passwordHash: "x" } });
  const klass = await db.class.create({ data: { name: "C", joinCode: `S${s}${n}`.slice(0, 12).toUpperCase(), teacherId: teacher.id } });
  await db.enrolment.create({ data: { classId: klass.id, studentId } });
  return { teacher: { id: teacher.id, role: "TEACHER" as const, name: "T", mustChangePassword: false }, classId: klass.id };
}

describe("the session comes from the database only (issue 9, hole 2)", () => {
  it("a client's session update cannot clear the forced password change (Auth.js endpoint)", async () => {
    const ava = await student({ mustChangePassword: true });
    const client = new AuthClient();
    expect(await client.signIn(ava.username, ava.password)).toMatch(/\/after-sign-in$/);
    expect((await client.session())?.user).toMatchObject({ id: ava.id, mustChangePassword: true });

    const res = await client.update({ user: { mustChangePassword: false, role: "TEACHER", name: "Forged" } });
    expect(res.status).toBe(200);
    expect((await client.session())?.user).toMatchObject({ id: ava.id, role: "STUDENT", name: ava.displayName, mustChangePassword: true });
  });

  it("the jwt callback rebuilds role, name and the flag from the row, whatever the token or the update says", async () => {
    const ben = await student({ mustChangePassword: true });
    const token = await authConfig.callbacks.jwt({
      token: { sub: ben.id, sv: 0, role: "TEACHER", name: "Forged", mustChangePassword: false },
      trigger: "update",
      session: { user: { mustChangePassword: false } },
    } as never);
    expect(token).toMatchObject({ sub: ben.id, role: "STUDENT", name: ben.displayName, mustChangePassword: true });
  });

  it("a changed name or a cleared flag in the database shows in the next read of the session", async () => {
    const chen = await student({ mustChangePassword: true });
    const client = new AuthClient();
    await client.signIn(chen.username, chen.password);
    await db.user.update({ where: { id: chen.id }, data: { displayName: "Chen Renamed", mustChangePassword: false } });
    expect((await client.session())?.user).toMatchObject({ name: "Chen Renamed", mustChangePassword: false });
  });
});

describe("sessions can be revoked (issue 9, hole 3)", () => {
  async function signedIn(opts: { mustChangePassword?: boolean } = {}) {
    const user = await student(opts);
    const device = new AuthClient();
    await device.signIn(user.username, user.password);
    expect(device.cookie("authjs.session-token")).toBeTruthy();
    const stolen = device.copy();
    expect((await stolen.session())?.user.id).toBe(user.id);
    return { user, device, stolen };
  }

  it("sign-out-everywhere ends every copy of the cookie", async () => {
    const { user, device, stolen } = await signedIn();
    await endAllSessions(user.id);
    expect(await stolen.session()).toBeNull();
    expect(await device.session()).toBeNull();
    // The refused cookie is cleared, and signing in again works.
    expect(device.cookie("authjs.session-token")).toBeUndefined();
    await device.signIn(user.username, user.password);
    expect((await device.session())?.user.id).toBe(user.id);
    expect(await stolen.session()).toBeNull();
  });

  it("a password change ends the old sessions", async () => {
    const { user, stolen } = await signedIn();
    const result = await changeStudentPassword({ id: user.id, role: "STUDENT", name: "", mustChangePassword: false }, { currentPassword: user.password, password: "a brand new one" });
    expect(result).toMatchObject({ ok: true });
    expect(await stolen.session()).toBeNull();
  });

  it("a teacher's temporary password ends the student's sessions", async () => {
    const { user, stolen } = await signedIn();
    const { teacher, classId } = await classWith(user.id);
    expect(await setTemporaryPassword(teacher, classId, user.id)).not.toBeNull();
    expect(await stolen.session()).toBeNull();
  });

  it("removal from a class ends the student's sessions; another teacher's removal attempt changes nothing", async () => {
    const { user, stolen } = await signedIn();
    const { teacher, classId } = await classWith(user.id);
    const other = await classWith(user.id);
    expect(await removeStudent(other.teacher, classId, user.id)).toBe(false);
    expect((await stolen.session())?.user.id).toBe(user.id);
    expect(await removeStudent(teacher, classId, user.id)).toBe(true);
    expect(await stolen.session()).toBeNull();
  });

  it("a deleted account's session ends", async () => {
    const { user, stolen } = await signedIn();
    await db.user.delete({ where: { id: user.id } });
    expect(await stolen.session()).toBeNull();
  });

  it("a token without a version (made before this change) or with a forged one is refused", async () => {
    const user = await student();
    expect(await sessionUserFor({ sub: user.id })).toBeNull();
    expect(await sessionUserFor({ sub: user.id, sv: 1 })).toBeNull();
    expect(await sessionUserFor({ sub: user.id, sv: 0 })).toMatchObject({ id: user.id, role: "STUDENT" });
    expect(await sessionUserFor({ sub: "no-such-user", sv: 0 })).toBeNull();
  });
});
