import "server-only";
import { db } from "@/lib/db";
import type { AssignmentSettings } from "@/lib/validation/teacher";
import type { Teacher } from "./classes";

/**
 * Assigns one of this teacher's sets to some of this teacher's active classes, with the same settings for each.
 * Null, creating nothing, when the set or any of the classes is not theirs (or a class is archived); "empty",
 * creating nothing, when the set has no questions (students would open a quiz with nothing to answer).
 */
export async function createAssignments(teacher: Teacher, setId: string, classIds: string[], settings: AssignmentSettings) {
  const set = await db.questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select: { id: true, _count: { select: { questions: true } } } });
  const classes = await db.class.findMany({ where: { id: { in: classIds }, teacherId: teacher.id, archivedAt: null }, select: { id: true } });
  if (!set || classes.length !== new Set(classIds).size) return null;
  if (set._count.questions === 0) return "empty" as const;
  return db.$transaction(
    classes.map((c) => db.assignment.create({ data: { ...settings, setId: set.id, classId: c.id }, select: { id: true, classId: true } })),
  );
}

export async function listAssignmentsForClass(teacher: Teacher, classId: string) {
  return db.assignment.findMany({
    where: { classId, class: { teacherId: teacher.id } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      set: { select: { id: true, title: true } },
      _count: { select: { attempts: { where: { submittedAt: { not: null } } } } },
    },
  });
}

export async function listAssignmentsForSet(teacher: Teacher, setId: string) {
  return db.assignment.findMany({
    where: { setId, set: { ownerId: teacher.id }, class: { teacherId: teacher.id } },
    orderBy: { createdAt: "desc" },
    select: { id: true, dueAt: true, class: { select: { id: true, name: true } } },
  });
}
