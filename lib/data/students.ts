import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/guards";
import { END_SESSIONS } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { normaliseJoinCode } from "@/lib/join-code";

export type JoinableClass = { id: string; name: string; teacherName: string; joinCode: string };
export type ClassLookup = { ok: true; klass: JoinableClass } | { ok: false; reason: "not_found" | "archived" };

export const JOIN_MESSAGES = {
  not_found: "No class has that code. Check it with your teacher: codes are 6 letters and numbers, like DEMO24.",
  archived: "This class has been archived by its teacher and is not taking new students.",
  teacher: "Teacher accounts cannot join a class. Sign out first if a student is using this device.",
} as const;

/** Anyone may look a code up (it is what the student holds); only the class name and teacher are revealed. */
export async function findClassByCode(rawCode: string): Promise<ClassLookup> {
  const joinCode = normaliseJoinCode(rawCode);
  if (!joinCode) return { ok: false, reason: "not_found" };
  const klass = await db.class.findUnique({
    where: { joinCode },
    select: { id: true, name: true, joinCode: true, archivedAt: true, teacher: { select: { displayName: true } } },
  });
  if (!klass) return { ok: false, reason: "not_found" };
  if (klass.archivedAt) return { ok: false, reason: "archived" };
  return { ok: true, klass: { id: klass.id, name: klass.name, joinCode: klass.joinCode, teacherName: klass.teacher.displayName } };
}

export class UsernameTakenError extends Error {}

/** A new student account and its first enrolment, together or not at all. Refuses wrong and archived codes. */
export async function createStudentInClass(input: { code: string; displayName: string; username: string; password: string }): Promise<ClassLookup> {
  const found = await findClassByCode(input.code);
  if (!found.ok) return found;
  const passwordHash = await hashPassword(input.password);
  try {
    await db.user.create({
      data: {
        role: "STUDENT",
        displayName: input.displayName,
        username: input.username,
        passwordHash,
        enrolments: { create: { classId: found.klass.id } },
      },
      select: { id: true },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new UsernameTakenError();
    throw err;
  }
  return found;
}

/** Enrols the signed-in student. Joining twice changes nothing (upsert on the class and student pair). */
export async function enrolStudent(student: SessionUser, code: string): Promise<ClassLookup> {
  if (student.role !== "STUDENT") return { ok: false, reason: "not_found" };
  const found = await findClassByCode(code);
  if (!found.ok) return found;
  await db.enrolment.upsert({
    where: { classId_studentId: { classId: found.klass.id, studentId: student.id } },
    update: {},
    create: { classId: found.klass.id, studentId: student.id },
    select: { id: true },
  });
  return found;
}

/**
 * Enrols a student who has just proved their username and password to Auth.js (the join form signs them in first).
 * Returns "teacher" for anything but a student account, which cannot happen through a username.
 */
export async function enrolByUsername(username: string, code: string): Promise<ClassLookup | { ok: false; reason: "teacher" }> {
  const user = await db.user.findUnique({ where: { username }, select: { id: true, role: true, displayName: true, mustChangePassword: true } });
  if (!user || user.role !== "STUDENT") return { ok: false, reason: "teacher" };
  return enrolStudent({ id: user.id, role: "STUDENT", name: user.displayName, mustChangePassword: user.mustChangePassword }, code);
}

export type PasswordChange = { ok: true; username: string } | { ok: false; reason: "wrong_current" | "not_found" };

/**
 * The student's own new password. After a teacher's temporary password the student has just proved it by signing
 * in, so the current one is not asked again; otherwise it is.
 */
export async function changeStudentPassword(student: SessionUser, input: { currentPassword?: string; password: string }): Promise<PasswordChange> {
  const user = await db.user.findFirst({
    where: { id: student.id, role: "STUDENT" },
    select: { id: true, username: true, passwordHash: true, mustChangePassword: true },
  });
  if (!user?.username) return { ok: false, reason: "not_found" };
  if (!user.mustChangePassword && !(await verifyPassword(user.passwordHash, input.currentPassword ?? ""))) {
    return { ok: false, reason: "wrong_current" };
  }
  await db.user.update({
    where: { id: user.id },
    // Every session made with the old password ends, this one too: the caller signs the student in afresh.
    data: { passwordHash: await hashPassword(input.password), mustChangePassword: false, ...END_SESSIONS },
    select: { id: true },
  });
  return { ok: true, username: user.username };
}
