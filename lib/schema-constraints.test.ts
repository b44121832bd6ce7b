import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

// The database itself must make duplicates impossible, whatever a bug or a race in the app does.
const db = createPrismaClient(process.env.DATABASE_URL);
let ids: { studentId: string; setId: string; assignmentId: string; questionId: string };

beforeAll(async () => {
  const suffix = Math.random().toString(36).slice(2);
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `c-${suffix}@t.test`, passwordHash: "x" } });
  const student = await db.user.create({ data: { role: "STUDENT", displayName: "S", username: `c-${suffix}`, passwordHash: "x" } });
  const klass = await db.class.create({ data: { name: "C", joinCode: `C${suffix}`.slice(0, 8).toUpperCase(), teacherId: teacher.id } });
  const article = await db.article.create({ data: { ownerId: teacher.id, title: "A", text: "t", wordCount: 1, contentHash: suffix } });
  const set = await db.questionSet.create({
    data: {
      articleId: article.id,
      ownerId: teacher.id,
      title: "S",
      questions: { create: { type: "true_false", prompt: "p", choices: '["True","False"]', answer: "True", evidence: "e", explanation: "x", position: 0 } },
    },
    include: { questions: true },
  });
  const assignment = await db.assignment.create({ data: { setId: set.id, classId: klass.id } });
  ids = { studentId: student.id, setId: set.id, assignmentId: assignment.id, questionId: set.questions[0].id };
});
afterAll(() => db.$disconnect());

describe("database constraints", () => {
  it("allows at most one open attempt per student and assignment", async () => {
    const openKey = `${ids.studentId}:${ids.assignmentId}`;
    const base = { kind: "ASSIGNMENT" as const, studentId: ids.studentId, setId: ids.setId, assignmentId: ids.assignmentId };
    const first = await db.attempt.create({ data: { ...base, number: 1, openKey } });
    await expect(db.attempt.create({ data: { ...base, number: 2, openKey } })).rejects.toMatchObject({ code: "P2002" });
    // Once submitted (openKey cleared), a retake can be opened.
    await db.attempt.update({ where: { id: first.id }, data: { openKey: null, submittedAt: new Date() } });
    await expect(db.attempt.create({ data: { ...base, number: 2, openKey } })).resolves.toBeTruthy();
    // Two attempts can never share a number.
    await expect(db.attempt.create({ data: { ...base, number: 2 } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("allows one response per attempt and question", async () => {
    const attempt = await db.attempt.create({ data: { kind: "PRACTICE", studentId: ids.studentId, setId: ids.setId } });
    const data = { attemptId: attempt.id, questionId: ids.questionId, answer: "True", correct: true };
    await db.response.create({ data });
    await expect(db.response.create({ data: { ...data, answer: "False", correct: false } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("keeps join codes, emails and usernames unique", async () => {
    const u = await db.user.findUniqueOrThrow({ where: { id: ids.studentId } });
    await expect(db.user.create({ data: { role: "STUDENT", displayName: "Dup", username: u.username, passwordHash: "x" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});
