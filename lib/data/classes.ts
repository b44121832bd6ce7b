import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { newJoinCode } from "@/lib/join-code";

export type Teacher = Pick<SessionUser, "id">;

export async function listClasses(teacher: Teacher, { archived = false }: { archived?: boolean } = {}) {
  return db.class.findMany({
    where: { teacherId: teacher.id, archivedAt: archived ? { not: null } : null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      _count: { select: { enrolments: true, assignments: true } },
    },
  });
}

export async function getClass(teacher: Teacher, classId: string) {
  return db.class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: { id: true, name: true, joinCode: true, archivedAt: true, createdAt: true },
  });
}

function isUniqueClash(err: unknown) {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

/** Retries with a fresh code when a random one is already taken (31^6 codes: a clash is rare, not impossible). */
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await write(newJoinCode());
    } catch (err) {
      if (!isUniqueClash(err) || tries >= 5) throw err;
    }
  }
}

export async function createClass(teacher: Teacher, name: string) {
  return withFreshJoinCode((joinCode) =>
    db.class.create({ data: { name, joinCode, teacherId: teacher.id }, select: { id: true, joinCode: true } }),
  );
}

/** Each write below returns false when the class is not this teacher's, and then changes nothing. */
export async function renameClass(teacher: Teacher, classId: string, name: string): Promise<boolean> {
  const { count } = await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { name } });
  return count === 1;
}

export async function setClassArchived(teacher: Teacher, classId: string, archived: boolean): Promise<boolean> {
  const { count } = await db.class.updateMany({
    where: { id: classId, teacherId: teacher.id },
    data: { archivedAt: archived ? new Date() : null },
  });
  return count === 1;
}

/** A new code replaces the old one, which stops working at once. Null when the class is not this teacher's. */
export async function regenerateJoinCode(teacher: Teacher, classId: string): Promise<string | null> {
  return withFreshJoinCode(async (joinCode) => {
    const { count } = await db.class.updateMany({ where: { id: classId, teacherId: teacher.id }, data: { joinCode } });
    return count === 1 ? joinCode : null;
  });
}
