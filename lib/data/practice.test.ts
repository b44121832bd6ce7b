import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { assignmentBlockingPractice, checkPracticeAnswer, getPracticeProgress, getPracticeSet, listPublishedSets, missedInAttempt, setPracticeRound } from "./practice";

let ctx: { published: string; draft: string; questionIds: string[]; draftQuestion: string; student: SessionUser };

beforeAll(async () => {
  const s = Math.random().toString(36).slice(2, 8);
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `p-${s}@t.test`, passwordHash: "x" } });
  const student = await db.user.create({ data: { role: "STUDENT", displayName: "S", username: `p-${s}`, passwordHash: "x" } });
  const text = "Intro line.\nThe court ruled 6-3 on Monday.";
  const article = await db.article.create({ data: { ownerId: teacher.id, title: "A", text, wordCount: 8, contentHash: s } });
  const q = (position: number) => ({
    type: "numeric" as const,
    prompt: `How did the court rule? (${position})`,
    choices: JSON.stringify(["6-3", "5-4", "7-2", "9-0"]),
    answer: "6-3",
    evidence: "The court ruled 6-3 on Monday.",
    evidenceStart: text.indexOf("The court"),
    explanation: "The article gives the vote.",
    position,
  });
  const published = await db.questionSet.create({
    data: { articleId: article.id, ownerId: teacher.id, title: `Pub ${s}`, status: "PUBLISHED", publishedAt: new Date(), questions: { create: [q(0), q(1)] } },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  const draft = await db.questionSet.create({
    data: { articleId: article.id, ownerId: teacher.id, title: `Draft ${s}`, questions: { create: [q(0)] } },
    include: { questions: true },
  });
  ctx = {
    published: published.id,
    draft: draft.id,
    questionIds: published.questions.map((x) => x.id),
    draftQuestion: draft.questions[0].id,
    student: { id: student.id, role: "STUDENT", name: "S", mustChangePassword: false },
  };
});
afterAll(() => db.$disconnect());

describe("practice", () => {
  it("lists and opens published sets only, without the key", async () => {
    const ids = (await listPublishedSets()).map((x) => x.id);
    expect(ids).toContain(ctx.published);
    expect(ids).not.toContain(ctx.draft);
    expect(await getPracticeSet(ctx.draft)).toBeNull();
    expect(JSON.stringify(await getPracticeSet(ctx.published))).not.toMatch(/"answer"|"explanation"|"evidence"|ruled 6-3 on Monday/);
  });

  it("a visitor gets instant feedback and nothing is stored", async () => {
    const before = await db.response.count();
    const result = await checkPracticeAnswer(null, ctx.published, { questionId: ctx.questionIds[0], answer: "5-4", round: ctx.questionIds, currentIndex: 1 });
    expect(result).toMatchObject({ status: "checked", feedback: { correct: false, answer: "6-3", evidence: { evidence: "The court ruled 6-3 on Monday." } } });
    expect(await db.response.count()).toBe(before);
    expect(await checkPracticeAnswer(null, ctx.draft, { questionId: ctx.draftQuestion, answer: "6-3", round: [ctx.draftQuestion], currentIndex: 1 })).toEqual({ status: "not_found" });
  });

  it("a signed-in student's practice is a PRACTICE attempt they can resume, and moves on to the missed ones", async () => {
    await checkPracticeAnswer(ctx.student, ctx.published, { questionId: ctx.questionIds[0], answer: "6-3", round: ctx.questionIds, currentIndex: 1 });
    await checkPracticeAnswer(ctx.student, ctx.published, { questionId: ctx.questionIds[1], answer: "9-0", round: ctx.questionIds, currentIndex: 2 });
    expect(await getPracticeProgress(ctx.student, ctx.published)).toEqual({
      round: ctx.questionIds,
      currentIndex: 2,
      answers: { [ctx.questionIds[0]]: "6-3", [ctx.questionIds[1]]: "9-0" },
      results: { [ctx.questionIds[0]]: true, [ctx.questionIds[1]]: false },
    });
    const attempts = await db.attempt.findMany({ where: { studentId: ctx.student.id }, select: { kind: true, assignmentId: true } });
    expect(attempts).toEqual([{ kind: "PRACTICE", assignmentId: null }]);

    await setPracticeRound(ctx.student, ctx.published, [ctx.questionIds[1]]);
    expect(await getPracticeProgress(ctx.student, ctx.published)).toMatchObject({ round: [ctx.questionIds[1]], currentIndex: 0 });
    await setPracticeRound(ctx.student, ctx.published, null);
    expect(await getPracticeProgress(ctx.student, ctx.published)).toBeNull();
  });
});

describe("practice of a set that is also assigned (issue 9, hole 5)", () => {
  it("is closed to everyone, signed in or not, while any assignment of it is open, and says when it opens again", async () => {
    const owner = await db.questionSet.findUniqueOrThrow({ where: { id: ctx.published }, select: { ownerId: true } });
    const code = () => `B${Math.random().toString(36).slice(2, 8)}`.toUpperCase();
    const klass = await db.class.create({ data: { name: "Block class", joinCode: code(), teacherId: owner.ownerId } });
    const otherClass = await db.class.create({ data: { name: "Other class", joinCode: code(), teacherId: owner.ownerId } });
    await db.enrolment.create({ data: { classId: klass.id, studentId: ctx.student.id } });
    const due = new Date(Date.now() + 60 * 60 * 1000);
    const later = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const assignment = await db.assignment.create({ data: { setId: ctx.published, classId: klass.id, dueAt: due } });
    // Another class's assignment, due later and not even open yet, also keeps the key secret.
    const other = await db.assignment.create({ data: { setId: ctx.published, classId: otherClass.id, opensAt: new Date(Date.now() + 86_400_000), dueAt: later } });
    const input = { questionId: ctx.questionIds[1], answer: "6-3", round: ctx.questionIds, currentIndex: 1 };

    expect(await assignmentBlockingPractice(ctx.student, ctx.published)).toEqual({ reopensAt: later, yourClass: "Block class" });
    expect(await checkPracticeAnswer(ctx.student, ctx.published, input)).toMatchObject({ status: "locked" });
    // A visitor may be a student of the class who is not signed in: no key for them either.
    expect(await assignmentBlockingPractice(null, ctx.published)).toEqual({ reopensAt: later, yourClass: null });
    const visitor = await checkPracticeAnswer(null, ctx.published, input);
    expect(visitor).toMatchObject({ status: "locked" });
    expect(JSON.stringify(visitor)).not.toContain("6-3");
    expect((await listPublishedSets()).find((x) => x.id === ctx.published)?.closed).toEqual({ reopensAt: later });

    // No due date: closed for as long as it is assigned.
    await db.assignment.update({ where: { id: other.id }, data: { dueAt: null } });
    expect((await listPublishedSets()).find((x) => x.id === ctx.published)?.closed).toEqual({ reopensAt: null });
    // An archived class's assignment cannot be taken, so it does not count.
    await db.class.update({ where: { id: otherClass.id }, data: { archivedAt: new Date() } });
    expect(await assignmentBlockingPractice(null, ctx.published)).toEqual({ reopensAt: due, yourClass: null });

    await db.assignment.update({ where: { id: assignment.id }, data: { dueAt: new Date(Date.now() - 1000) } });
    expect(await assignmentBlockingPractice(ctx.student, ctx.published)).toBeNull();
    expect(await assignmentBlockingPractice(null, ctx.published)).toBeNull();
    expect((await listPublishedSets()).find((x) => x.id === ctx.published)?.closed).toBeNull();
    expect(await checkPracticeAnswer(null, ctx.published, input)).toMatchObject({ status: "checked" });
    expect(await checkPracticeAnswer(ctx.student, ctx.published, input)).toMatchObject({ status: "checked" });
  });
});

describe("practising the questions missed in a graded attempt (ADR 016)", () => {
  it("gives only the attempt's wrong or unanswered questions, to its own student, once its answers are visible", async () => {
    const s = Math.random().toString(36).slice(2, 8);
    const owner = await db.questionSet.findUniqueOrThrow({ where: { id: ctx.published }, select: { ownerId: true } });
    const day = 24 * 60 * 60 * 1000;
    const klass = await db.class.create({ data: { name: `M ${s}`, joinCode: `M${s}`.toUpperCase(), teacherId: owner.ownerId, enrolments: { create: { studentId: ctx.student.id } } } });
    const make = async (feedback: "AFTER_SUBMIT" | "AFTER_DUE", dueAt: Date) => {
      const assignment = await db.assignment.create({ data: { setId: ctx.published, classId: klass.id, opensAt: new Date(Date.now() - 3 * day), dueAt, feedback } });
      return db.attempt.create({
        data: {
          kind: "ASSIGNMENT",
          studentId: ctx.student.id,
          setId: ctx.published,
          assignmentId: assignment.id,
          startedAt: new Date(Date.now() - 2 * day),
          submittedAt: new Date(Date.now() - 2 * day + 60_000),
          score: 0,
          maxScore: 2,
          // Seen in reverse order; the first one seen (question 2) answered wrong, question 1 left blank.
          questionOrder: JSON.stringify([ctx.questionIds[1], ctx.questionIds[0]]),
          responses: { create: [{ questionId: ctx.questionIds[1], answer: "5-4", correct: false }] },
        },
      });
    };
    const closed = await make("AFTER_SUBMIT", new Date(Date.now() - day));
    expect(await missedInAttempt(ctx.student, closed.id)).toMatchObject({ setId: ctx.published, questionIds: [ctx.questionIds[1], ctx.questionIds[0]] });

    const other: SessionUser = { ...ctx.student, id: (await db.user.create({ data: { role: "STUDENT", displayName: "O", username: `o-${s}`, passwordHash: "x" } })).id };
    expect(await missedInAttempt(other, closed.id)).toBeNull();
    expect(await missedInAttempt({ ...ctx.student, role: "TEACHER" }, closed.id)).toBeNull();

    // Answers kept back until the due date: nothing to practise from yet (practice would show them).
    const hidden = await make("AFTER_DUE", new Date(Date.now() + day));
    expect(await missedInAttempt(ctx.student, hidden.id)).toBeNull();
    await db.assignment.deleteMany({ where: { classId: klass.id } });
  });
});
