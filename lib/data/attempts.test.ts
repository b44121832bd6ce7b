import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { SENATE_TEXT, senateQuestion } from "@/test/class-fixture";
import { getAttemptResults, getQuiz, saveAnswer, saveProgress, startAttempt, submitOwnAttempt } from "./attempts";

let ctx: { student: SessionUser; other: SessionUser; classId: string; setId: string; questionIds: string[] };

function asUser(id: string, name: string): SessionUser {
  return { id, role: "STUDENT", name, mustChangePassword: false };
}

beforeAll(async () => {
  const s = Math.random().toString(36).slice(2, 8);
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `a-${s}@t.test`, passwordHash: "x" } });
  const student = await db.user.create({ data: { role: "STUDENT", displayName: "S", username: `a-${s}`, passwordHash: "x" } });
  const other = await db.user.create({ data: { role: "STUDENT", displayName: "O", username: `o-${s}`, passwordHash: "x" } });
  const klass = await db.class.create({
    data: { name: "C", joinCode: `A${s}`.toUpperCase(), teacherId: teacher.id, enrolments: { create: [{ studentId: student.id }, { studentId: other.id }] } },
  });
  const article = await db.article.create({ data: { ownerId: teacher.id, title: "A", text: SENATE_TEXT, wordCount: 12, contentHash: s } });
  const q = (position: number) => senateQuestion(position, "The article says the Senate passed it.");
  const set = await db.questionSet.create({
    data: { articleId: article.id, ownerId: teacher.id, title: "Set", questions: { create: [q(0), q(1), q(2), q(3), q(4)] } },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  ctx = { student: asUser(student.id, "S"), other: asUser(other.id, "O"), classId: klass.id, setId: set.id, questionIds: set.questions.map((x) => x.id) };
});
afterAll(() => db.$disconnect());

async function assignment(data: { feedback?: "AFTER_EACH" | "AFTER_SUBMIT" | "AFTER_DUE"; timeLimitMinutes?: number; dueAt?: Date; shuffleQuestions?: boolean; shuffleChoices?: boolean; attemptsAllowed?: number } = {}) {
  return db.assignment.create({ data: { setId: ctx.setId, classId: ctx.classId, ...data }, select: { id: true } });
}

async function started(assignmentId: string, who = ctx.student) {
  const result = await startAttempt(who, assignmentId);
  if (!result.ok) throw new Error(result.reason);
  return result.attemptId;
}

describe("starting an attempt", () => {
  it("shuffles questions and choices stably for the attempt, and resumes instead of opening a second one", async () => {
    const a = await assignment({ shuffleQuestions: true, shuffleChoices: true });
    const [first, second] = await Promise.all([startAttempt(ctx.student, a.id), startAttempt(ctx.student, a.id)]);
    expect(first).toEqual(second);
    const id = first.ok ? first.attemptId : "";
    expect(await db.attempt.count({ where: { assignmentId: a.id } })).toBe(1);
    const quiz = await getQuiz(ctx.student, id);
    if (!quiz || quiz === "submitted") throw new Error("no quiz");
    expect(quiz.questions.map((q) => q.id).sort()).toEqual([...ctx.questionIds].sort());
    const again = await getQuiz(ctx.student, id);
    expect(again).toMatchObject({ questions: quiz.questions });
  });

  it("refuses a quiz that has not opened or is past due", async () => {
    const later = await assignment();
    await db.assignment.update({ where: { id: later.id }, data: { opensAt: new Date(Date.now() + 3_600_000) } });
    expect(await startAttempt(ctx.student, later.id)).toEqual({ ok: false, reason: "not_open" });
    const past = await assignment({ dueAt: new Date(Date.now() - 1000) });
    expect(await startAttempt(ctx.student, past.id)).toEqual({ ok: false, reason: "closed" });
  });
});

describe("the quiz payload", () => {
  it("carries no answer key before the feedback setting allows", async () => {
    const a = await assignment();
    const id = await started(a.id);
    const quiz = await getQuiz(ctx.student, id);
    const json = JSON.stringify(quiz);
    expect(json).not.toMatch(/"answer"|"correct"|"explanation"|"evidence"/);
    expect(json).not.toContain("The Senate passed the bill");
  });
});

describe("saving answers", () => {
  it("upserts one response per question, graded on the server", async () => {
    const a = await assignment();
    const id = await started(a.id);
    const [q1] = ctx.questionIds;
    expect(await saveAnswer(ctx.student, id, { questionId: q1, answer: "House" })).toEqual({ status: "saved", feedback: null });
    expect(await saveAnswer(ctx.student, id, { questionId: q1, answer: "Senate" })).toEqual({ status: "saved", feedback: null });
    const rows = await db.response.findMany({ where: { attemptId: id }, select: { answer: true, correct: true } });
    expect(rows).toEqual([{ answer: "Senate", correct: true }]);
    expect(await saveAnswer(ctx.student, id, { questionId: q1, answer: "Not a choice" })).toMatchObject({ status: "invalid" });
    expect(await saveAnswer(ctx.student, id, { questionId: "nope", answer: "Senate" })).toMatchObject({ status: "invalid" });
    expect(await saveProgress(ctx.student, id, { currentIndex: 3, flagged: [q1, "nope"] })).toEqual({ status: "saved" });
    expect(await getQuiz(ctx.student, id)).toMatchObject({ currentIndex: 3, flagged: [q1], answers: { [q1]: "Senate" } });
  });

  it("refuses answers after submission, and double submission grades once", async () => {
    const a = await assignment();
    const id = await started(a.id);
    await saveAnswer(ctx.student, id, { questionId: ctx.questionIds[0], answer: "Senate" });
    const [one, two] = await Promise.all([submitOwnAttempt(ctx.student, id), submitOwnAttempt(ctx.student, id)]);
    expect(one).toEqual(two);
    expect(one).toMatchObject({ score: 1, maxScore: 5 });
    expect(await saveAnswer(ctx.student, id, { questionId: ctx.questionIds[1], answer: "Senate" })).toMatchObject({ status: "closed", reason: "submitted" });
    expect(await db.response.count({ where: { attemptId: id } })).toBe(1);
  });

  it("refuses an answer after the deadline and submits the attempt with the answers given", async () => {
    const a = await assignment({ timeLimitMinutes: 10 });
    const id = await started(a.id);
    await saveAnswer(ctx.student, id, { questionId: ctx.questionIds[0], answer: "Senate" });
    const deadline = new Date(Date.now() - 1000);
    await db.attempt.update({ where: { id }, data: { deadlineAt: deadline } });
    expect(await saveAnswer(ctx.student, id, { questionId: ctx.questionIds[1], answer: "Senate" })).toMatchObject({ status: "closed", reason: "expired" });
    const stored = await db.attempt.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ score: 1, maxScore: 5, openKey: null });
    expect(stored.submittedAt?.getTime()).toBe(deadline.getTime());
  });

  it("AFTER_EACH returns this question's key with the save, then the answer is final", async () => {
    const a = await assignment({ feedback: "AFTER_EACH" });
    const id = await started(a.id);
    const q1 = ctx.questionIds[0];
    const saved = await saveAnswer(ctx.student, id, { questionId: q1, answer: "House" });
    expect(saved).toMatchObject({ status: "saved", feedback: { correct: false, answer: "Senate", explanation: expect.any(String) } });
    expect(saved.status === "saved" && saved.feedback?.evidence?.evidence).toBe("The Senate passed the bill on Tuesday.");
    expect(await saveAnswer(ctx.student, id, { questionId: q1, answer: "Senate" })).toMatchObject({ status: "locked" });
    const quiz = await getQuiz(ctx.student, id);
    expect(quiz && quiz !== "submitted" && Object.keys(quiz.revealed)).toEqual([q1]);
  });
});

describe("ownership", () => {
  it("a student cannot read, answer or submit another student's attempt", async () => {
    const a = await assignment();
    const id = await started(a.id);
    expect(await getQuiz(ctx.other, id)).toBeNull();
    expect(await saveAnswer(ctx.other, id, { questionId: ctx.questionIds[0], answer: "Senate" })).toEqual({ status: "not_found" });
    expect(await submitOwnAttempt(ctx.other, id)).toBeNull();
    await submitOwnAttempt(ctx.student, id);
    expect(await getAttemptResults(ctx.other, id)).toBeNull();
    expect(await getAttemptResults(ctx.student, id)).toMatchObject({ state: "visible" });
  });

  it("a student removed from the class loses access to its attempts", async () => {
    const a = await assignment();
    const id = await started(a.id, ctx.other);
    await db.enrolment.delete({ where: { classId_studentId: { classId: ctx.classId, studentId: ctx.other.id } } });
    expect(await getQuiz(ctx.other, id)).toBeNull();
    expect(await startAttempt(ctx.other, a.id)).toEqual({ ok: false, reason: "not_found" });
    expect(await saveAnswer(ctx.other, id, { questionId: ctx.questionIds[0], answer: "Senate" })).toEqual({ status: "not_found" });
    expect(await saveProgress(ctx.other, id, { currentIndex: 1, flagged: [] })).toEqual({ status: "not_found" });
    await db.enrolment.create({ data: { classId: ctx.classId, studentId: ctx.other.id } });
    expect(await saveAnswer(ctx.other, id, { questionId: ctx.questionIds[0], answer: "Senate" })).toMatchObject({ status: "saved" });
  });

  it("a save reaches only an open assignment attempt of a class that is not archived, with a question of its own set", async () => {
    const a = await assignment();
    const id = await started(a.id);
    const save = (questionId: string, attemptId = id) => saveAnswer(ctx.student, attemptId, { questionId, answer: "Senate" });
    // A question that does not exist, or of another set: the attempt is found, the question is refused, nothing is stored.
    const otherSet = await db.questionSet.create({
      data: { articleId: (await db.questionSet.findUniqueOrThrow({ where: { id: ctx.setId }, select: { articleId: true } })).articleId, ownerId: (await db.class.findUniqueOrThrow({ where: { id: ctx.classId } })).teacherId, title: "Other", questions: { create: [senateQuestion(0, "x")] } },
      include: { questions: true },
    });
    expect(await save("no-such-question")).toMatchObject({ status: "invalid" });
    expect(await save(otherSet.questions[0].id)).toMatchObject({ status: "invalid" });
    expect(await db.response.count({ where: { attemptId: id } })).toBe(0);
    // A practice attempt's id is not an assignment attempt.
    const practice = await db.attempt.create({ data: { kind: "PRACTICE", studentId: ctx.student.id, setId: ctx.setId, questionOrder: JSON.stringify(ctx.questionIds) } });
    expect(await save(ctx.questionIds[0], practice.id)).toEqual({ status: "not_found" });
    // An archived class's attempts take no answers and no progress; restored, they do again.
    await db.class.update({ where: { id: ctx.classId }, data: { archivedAt: new Date() } });
    try {
      expect(await save(ctx.questionIds[0])).toEqual({ status: "not_found" });
      expect(await saveProgress(ctx.student, id, { currentIndex: 2, flagged: [] })).toEqual({ status: "not_found" });
    } finally {
      await db.class.update({ where: { id: ctx.classId }, data: { archivedAt: null } });
    }
    expect(await save(ctx.questionIds[0])).toMatchObject({ status: "saved" });
    const stored = await db.response.findMany({ where: { attemptId: id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ questionId: ctx.questionIds[0], answer: "Senate", correct: true });
    expect(stored[0].answeredAt).toBeInstanceOf(Date);
    expect(await db.attempt.findUniqueOrThrow({ where: { id }, select: { currentIndex: true } })).toEqual({ currentIndex: 0 });
  });

  it("AFTER_DUE results stay hidden until the due date", async () => {
    const a = await assignment({ feedback: "AFTER_DUE", dueAt: new Date(Date.now() + 3_600_000) });
    const id = await started(a.id);
    await submitOwnAttempt(ctx.student, id);
    const results = await getAttemptResults(ctx.student, id);
    expect(results).toMatchObject({ state: "hidden", score: null, questions: [] });
  });
});

describe("a retake cannot be answered from the key (issue 9, hole 6)", () => {
  it("with feedback after submission, two attempts and the best score, a blank attempt shows the score but no answers", async () => {
    const a = await assignment({ feedback: "AFTER_SUBMIT", attemptsAllowed: 2, dueAt: new Date(Date.now() + 7 * 86_400_000) });
    const blank = await started(a.id);
    await submitOwnAttempt(ctx.student, blank);
    const afterBlank = await getAttemptResults(ctx.student, blank);
    expect(afterBlank).toMatchObject({ state: "score", score: 0, maxScore: 5, questions: [], article: null, canRetake: true, attemptsLeft: 1 });
    expect(JSON.stringify(afterBlank)).not.toMatch(/Senate|explanation|passed the bill/);

    // The retake is open: the first attempt's answers stay hidden while it is.
    const retake = await started(a.id);
    expect((await getAttemptResults(ctx.student, blank))?.state).toBe("score");
    await saveAnswer(ctx.student, retake, { questionId: ctx.questionIds[0], answer: "House" });
    await submitOwnAttempt(ctx.student, retake);
    // No attempt left: now both attempts show everything.
    const last = await getAttemptResults(ctx.student, retake);
    expect(last).toMatchObject({ state: "visible", canRetake: false, attemptsLeft: 0 });
    expect(last && "questions" in last && last.questions[0]).toMatchObject({ answer: "Senate", given: "House", correct: false });
    expect((await getAttemptResults(ctx.student, blank))?.state).toBe("visible");
  });

  it("shows the answers after the due date even with attempts left", async () => {
    const a = await assignment({ feedback: "AFTER_SUBMIT", attemptsAllowed: 3, dueAt: new Date(Date.now() + 3_600_000) });
    const id = await started(a.id);
    await submitOwnAttempt(ctx.student, id);
    expect((await getAttemptResults(ctx.student, id))?.state).toBe("score");
    expect((await getAttemptResults(ctx.student, id, new Date(Date.now() + 2 * 3_600_000)))?.state).toBe("visible");
  });
});
