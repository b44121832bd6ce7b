import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/guards";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { changeStudentPassword, createStudentInClass, enrolStudent, findClassByCode, UsernameTakenError } from "./students";

let codes: { open: string; archived: string; classId: string };
const s = Math.random().toString(36).slice(2, 7).toUpperCase();

beforeAll(async () => {
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "Ms. T", email: `j-${s}@t.test`, passwordHash: "x" } });
  const open = await db.class.create({ data: { name: "Open", joinCode: `O${s}`, teacherId: teacher.id } });
  await db.class.create({ data: { name: "Old", joinCode: `X${s}`, teacherId: teacher.id, archivedAt: new Date() } });
  codes = { open: `O${s}`, archived: `X${s}`, classId: open.id };
});
afterAll(() => db.$disconnect());

describe("joining a class", () => {
  it("finds a class by a code typed any old way", async () => {
    expect(await findClassByCode(` ${codes.open.toLowerCase().slice(0, 3)}-${codes.open.toLowerCase().slice(3)} `)).toMatchObject({ ok: true, klass: { name: "Open", teacherName: "Ms. T" } });
  });

  it("a wrong or archived code creates nothing", async () => {
    const before = await db.user.count();
    expect(await createStudentInClass({ code: "ZZZZZZ", displayName: "A", username: `w-${s}`.toLowerCase(), password: "password123" })).toEqual({ ok: false, reason: "not_found" });
    expect(await createStudentInClass({ code: codes.archived, displayName: "A", username: `w-${s}`.toLowerCase(), password: "password123" })).toEqual({ ok: false, reason: "archived" });
    expect(await db.user.count()).toBe(before);
  });

  it("a new student gets an account and an enrolment; the username is then taken", async () => {
    const username = `n-${s}`.toLowerCase();
    expect(await createStudentInClass({ code: codes.open, displayName: "New", username, password: "password123" })).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true, email: true, enrolments: { select: { classId: true } } } });
    expect(user).toMatchObject({ role: "STUDENT", email: null, enrolments: [{ classId: codes.classId }] });
    await expect(createStudentInClass({ code: codes.open, displayName: "Copy", username, password: "password123" })).rejects.toBeInstanceOf(UsernameTakenError);
  });

  it("joining twice leaves one enrolment; an archived class refuses", async () => {
    const user = await db.user.create({ data: { role: "STUDENT", displayName: "Twice", username: `t-${s}`.toLowerCase(), passwordHash: "x" } });
    const student: SessionUser = { id: user.id, role: "STUDENT", name: "Twice", mustChangePassword: false };
    expect(await enrolStudent(student, codes.open)).toMatchObject({ ok: true });
    expect(await enrolStudent(student, codes.open)).toMatchObject({ ok: true });
    expect(await db.enrolment.count({ where: { studentId: user.id } })).toBe(1);
    expect(await enrolStudent(student, codes.archived)).toEqual({ ok: false, reason: "archived" });
    expect(await enrolStudent({ ...student, role: "TEACHER" }, codes.open)).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("changing a password", () => {
  it("after a temporary password no current password is asked; otherwise it must be right", async () => {
    const user = await db.user.create({ data: { role: "STUDENT", displayName: "P", username: `p-${s}`.toLowerCase(), passwordHash: "x", mustChangePassword: true } });
    const student: SessionUser = { id: user.id, role: "STUDENT", name: "P", mustChangePassword: true };
    expect(await changeStudentPassword(student, { password: "brand new pass" })).toEqual({ ok: true, username: user.username });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.mustChangePassword).toBe(false);
    expect(await verifyPassword(stored.passwordHash, "brand new pass")).toBe(true);
    expect(await changeStudentPassword(student, { currentPassword: "wrong", password: "another pass" })).toEqual({ ok: false, reason: "wrong_current" });
    expect(await changeStudentPassword(student, { currentPassword: "brand new pass", password: "another pass" })).toEqual({ ok: true, username: user.username });
  });
});
