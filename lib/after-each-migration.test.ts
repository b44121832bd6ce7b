import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// prisma/migrations/20261202013000_after_each_one_attempt: old assignments with feedback after each answer and
// more than one attempt (made before the assign form refused them) are clamped to one attempt.
const SQL = fs.readFileSync(path.resolve("prisma/migrations/20261202013000_after_each_one_attempt/migration.sql"), "utf8");

afterAll(() => db.$disconnect());

describe("the AFTER_EACH one-attempt data migration", () => {
  it("allows one attempt on old AFTER_EACH assignments and leaves every other assignment and all attempts alone", async () => {
    const s = Math.random().toString(36).slice(2, 8);
    const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `m-${s}@t.test`, passwordHash: "x" } });
    const student = await db.user.create({ data: { role: "STUDENT", displayName: "S", username: `m-${s}`, passwordHash: "x" } });
    const klass = await db.class.create({ data: { name: "C", joinCode: `M${s}`.toUpperCase(), teacherId: teacher.id, enrolments: { create: { studentId: student.id } } } });
    const article = await db.article.create({ data: { ownerId: teacher.id, title: "A", text: "x", wordCount: 1, contentHash: s } });
    const set = await db.questionSet.create({ data: { articleId: article.id, ownerId: teacher.id, title: "Set" } });
    const make = (feedback: "AFTER_EACH" | "AFTER_SUBMIT" | "AFTER_DUE", attemptsAllowed: number) =>
      db.assignment.create({ data: { setId: set.id, classId: klass.id, feedback, attemptsAllowed }, select: { id: true } });
    const oldEach = await make("AFTER_EACH", 3);
    const each = await make("AFTER_EACH", 1);
    const submit = await make("AFTER_SUBMIT", 3);
    const due = await make("AFTER_DUE", 2);
    // A first attempt already taken on the old assignment stays, with its score.
    await db.attempt.create({ data: { kind: "ASSIGNMENT", studentId: student.id, setId: set.id, assignmentId: oldEach.id, submittedAt: new Date(), score: 4, maxScore: 5 } });

    await db.$executeRawUnsafe(SQL);

    const allowed = async (id: string) => (await db.assignment.findUniqueOrThrow({ where: { id }, select: { attemptsAllowed: true } })).attemptsAllowed;
    expect(await allowed(oldEach.id)).toBe(1);
    expect(await allowed(each.id)).toBe(1);
    expect(await allowed(submit.id)).toBe(3);
    expect(await allowed(due.id)).toBe(2);
    expect(await db.attempt.findFirstOrThrow({ where: { assignmentId: oldEach.id }, select: { score: true } })).toEqual({ score: 4 });
  });
});
