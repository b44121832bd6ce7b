import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeExpiredAttempts, submitAttempt } from "./grading";

let ctx: { studentId: string; setId: string; assignmentId: string; questionIds: string[] };

beforeAll(async () => {
  const s = Math.random().toString(36).slice(2, 8);
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `g-${s}@t.test`, passwordHash: "x" } });
  const student = await db.user.create({ data: { role: "STUDENT", displayName: "S", username: `g-${s}`, passwordHash: "x" } });
  const klass = await db.class.create({ data: { name: "C", joinCode: `G${s}`.toUpperCase(), teacherId: teacher.id } });
  const article = await db.article.create({ data: { ownerId: teacher.id, title: "A", text: "t", wordCount: 1, contentHash: s } });
  const q = (position: number) => ({ type: "true_false" as const, prompt: `p${position}`, choices: '["True","False"]', answer: "True", evidence: "e", explanation: "x", position });
  const set = await db.questionSet.create({
    data: { articleId: article.id, ownerId: teacher.id, title: "S", questions: { create: [q(0), q(1), q(2)] } },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  const assignment = await db.assignment.create({ data: { setId: set.id, classId: klass.id, attemptsAllowed: 3 } });
  ctx = { studentId: student.id, setId: set.id, assignmentId: assignment.id, questionIds: set.questions.map((x) => x.id) };
});
afterAll(() => db.$disconnect());

async function openAttempt(number: number, deadlineAt?: Date) {
  return db.attempt.create({
    data: {
      kind: "ASSIGNMENT",
      studentId: ctx.studentId,
      setId: ctx.setId,
      assignmentId: ctx.assignmentId,
      number,
      openKey: `${ctx.studentId}:${ctx.assignmentId}`,
      questionOrder: JSON.stringify(ctx.questionIds),
      deadlineAt,
    },
  });
}

describe("submitAttempt", () => {
  it("grades from stored responses and records one submission under concurrent requests", async () => {
    const attempt = await openAttempt(1);
    await db.response.create({ data: { attemptId: attempt.id, questionId: ctx.questionIds[0], answer: "True", correct: true } });
    await db.response.create({ data: { attemptId: attempt.id, questionId: ctx.questionIds[1], answer: "False", correct: false } });
    const results = await Promise.all([submitAttempt(attempt.id), submitAttempt(attempt.id), submitAttempt(attempt.id)]);
    expect(results.map((r) => r.score)).toEqual([1, 1, 1]);
    expect(new Set(results.map((r) => r.submittedAt.getTime())).size).toBe(1);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored).toMatchObject({ score: 1, maxScore: 3, openKey: null });
  });

  it("submits expired attempts at their deadline with the answers given", async () => {
    const deadline = new Date(Date.now() - 60_000);
    const attempt = await openAttempt(2, deadline);
    await db.response.create({ data: { attemptId: attempt.id, questionId: ctx.questionIds[2], answer: "True", correct: true } });
    expect(await closeExpiredAttempts({ assignmentId: ctx.assignmentId })).toBe(1);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored.submittedAt?.getTime()).toBe(deadline.getTime());
    expect(stored.score).toBe(1);
    expect(await closeExpiredAttempts({ assignmentId: ctx.assignmentId })).toBe(0);
  });

  it("does not count a question deleted after the attempt began", async () => {
    const extra = await db.question.create({
      data: { setId: ctx.setId, type: "true_false", prompt: "gone", choices: '["True","False"]', answer: "True", evidence: "e", explanation: "x", position: 9 },
    });
    const attempt = await db.attempt.create({
      data: {
        kind: "ASSIGNMENT",
        studentId: ctx.studentId,
        setId: ctx.setId,
        assignmentId: ctx.assignmentId,
        number: 3,
        openKey: `${ctx.studentId}:${ctx.assignmentId}`,
        questionOrder: JSON.stringify([...ctx.questionIds, extra.id]),
      },
    });
    await db.question.delete({ where: { id: extra.id } });
    expect(await submitAttempt(attempt.id)).toMatchObject({ score: 0, maxScore: 3 });
  });
});
