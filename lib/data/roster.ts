import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { END_SESSIONS } from "@/lib/auth/session";
import { clearAccountLocks } from "@/lib/auth/sign-in-limit";
import { db } from "@/lib/db";
import { readablePassword, uniqueUsernames, usernameBase } from "@/lib/roster-credentials";
import type { Teacher } from "./classes";

export async function listRoster(teacher: Teacher, classId: string) {
  const klass = await db.class.findFirst({ where: { id: classId, teacherId: teacher.id }, select: { id: true } });
  if (!klass) return null;
  const enrolments = await db.enrolment.findMany({
    where: { classId, class: { teacherId: teacher.id } },
    orderBy: { student: { displayName: "asc" } },
    select: { joinedAt: true, student: { select: { id: true, displayName: true, username: true, mustChangePassword: true } } },
  });
  return enrolments.map((e) => ({ ...e.student, joinedAt: e.joinedAt }));
}

/** The student of this teacher's class, or null. */
export async function getEnrolledStudent(teacher: Teacher, classId: string, studentId: string) {
  const enrolment = await db.enrolment.findFirst({
    where: { classId, studentId, class: { teacherId: teacher.id } },
    select: { student: { select: { id: true, displayName: true, username: true } } },
  });
  return enrolment?.student ?? null;
}

/**
 * Takes the student out of the class and ends their sessions on every device (a shared Chromebook left signed in
 * must not keep a removed student's class open). Their account and past attempts stay.
 */
export async function removeStudent(teacher: Teacher, classId: string, studentId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.enrolment.deleteMany({ where: { classId, studentId, class: { teacherId: teacher.id } } });
    if (count !== 1) return false;
    await tx.user.update({ where: { id: studentId, role: "STUDENT" }, data: END_SESSIONS, select: { id: true } });
    return true;
  });
}

/**
 * Gives a student of this teacher's class a new random password, returned once to be shown to the teacher and
 * stored only as a hash. The student must choose their own at next sign-in.
 */
export async function setTemporaryPassword(teacher: Teacher, classId: string, studentId: string) {
  const student = await getEnrolledStudent(teacher, classId, studentId);
  if (!student) return null;
  const password = readablePassword();
  await db.user.update({
    where: { id: student.id, role: "STUDENT" },
    // Whoever holds the old password, or a session made with it, is out (docs/decisions/005).
    data: { passwordHash: await hashPassword(password), mustChangePassword: true, ...END_SESSIONS },
  });
  if (student.username) await clearAccountLocks(student.username);
  return { ...student, password };
}

export type LoginCard = { displayName: string; username: string; password: string };

/**
 * Creates one student account per name, enrolled in the class, each with a unique username and a random password.
 * The passwords are returned once, for the printed login cards, and stored only as hashes. Null when the class is not
 * this teacher's or is archived.
 */
export async function bulkAddStudents(teacher: Teacher, classId: string, names: string[]) {
  const klass = await db.class.findFirst({
    where: { id: classId, teacherId: teacher.id, archivedAt: null },
    select: { id: true, joinCode: true },
  });
  if (!klass) return null;
  const passwords = names.map(() => readablePassword());
  const hashes = await Promise.all(passwords.map(hashPassword));
  for (let tries = 0; ; tries++) {
    const bases = [...new Set(names.map(usernameBase))];
    const taken = await db.user.findMany({
      where: { OR: bases.map((base) => ({ username: { startsWith: base } })) },
      select: { username: true },
    });
    const usernames = uniqueUsernames(names, taken.map((u) => u.username!));
    try {
      await db.$transaction(
        names.map((displayName, i) =>
          db.user.create({
            data: {
              role: "STUDENT",
              displayName,
              username: usernames[i],
              passwordHash: hashes[i],
              enrolments: { create: { classId: klass.id } },
            },
            select: { id: true },
          }),
        ),
      );
    } catch (err) {
      // Someone else took one of these usernames in the meantime: choose again.
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002" && tries < 3) continue;
      throw err;
    }
    const cards: LoginCard[] = names.map((displayName, i) => ({ displayName, username: usernames[i], password: passwords[i] }));
    return { joinCode: klass.joinCode, cards };
  }
}
