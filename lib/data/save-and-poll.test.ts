import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { classWithSet, startedByAll, type ClassFixture } from "@/test/class-fixture";
import { saveAnswer, saveProgress, startAttempt, submitOwnAttempt } from "./attempts";
import { resultsVersion } from "./results";

// The save path with its shared commits (lib/data/group-commit.ts) and the results poll, on the real database.
let ctx: ClassFixture;

beforeAll(async () => {
  ctx = await classWithSet("sp", 6, 8);
});
afterAll(() => db.$disconnect());

const open = (data: { timeLimitMinutes?: number } = {}) => startedByAll(ctx, data);

describe("saving while the whole class saves", () => {
  it("keeps every acknowledged answer of many students saving at once, each graded on the server", async () => {
    const { attempts } = await open();
    const saves = ctx.students.flatMap((s, i) =>
      ctx.questionIds.map((questionId, q) => saveAnswer(s, attempts[i], { questionId, answer: q % 2 === 0 ? "Senate" : "House" }).then((r) => ({ r, i, questionId }))),
    );
    const progress = ctx.students.map((s, i) => saveProgress(s, attempts[i], { currentIndex: 3, flagged: [ctx.questionIds[1], "not-a-question"] }));
    const results = await Promise.all(saves);
    expect((await Promise.all(progress)).map((p) => p.status)).toEqual(ctx.students.map(() => "saved"));
    expect(results.every(({ r }) => r.status === "saved")).toBe(true);
    const stored = await db.response.findMany({ where: { attemptId: { in: attempts } }, select: { attemptId: true, questionId: true, answer: true, correct: true } });
    expect(stored).toHaveLength(ctx.students.length * ctx.questionIds.length);
    for (const row of stored) expect(row.correct).toBe(row.answer === "Senate");
    const a0 = await db.attempt.findUniqueOrThrow({ where: { id: attempts[0] }, select: { currentIndex: true, flagged: true } });
    expect(a0).toEqual({ currentIndex: 3, flagged: JSON.stringify([ctx.questionIds[1]]) });
  });

  it("a save racing the submission is either counted in the score or refused, never stored after it", async () => {
    const { attempts } = await open();
    const student = ctx.students[0];
    const outcomes = await Promise.all([
      ...ctx.questionIds.slice(0, 4).map((questionId) => saveAnswer(student, attempts[0], { questionId, answer: "Senate" })),
      submitOwnAttempt(student, attempts[0]),
      ...ctx.questionIds.slice(4).map((questionId) => saveAnswer(student, attempts[0], { questionId, answer: "Senate" })),
    ]);
    const saved = outcomes.filter((o) => o && "status" in o && o.status === "saved").length;
    const refused = outcomes.filter((o) => o && "status" in o && o.status === "closed").length;
    expect(saved + refused).toBe(ctx.questionIds.length);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attempts[0] }, select: { score: true, submittedAt: true, responses: { select: { id: true } } } });
    expect(attempt.submittedAt).not.toBeNull();
    expect(attempt.responses).toHaveLength(saved);
    expect(attempt.score).toBe(saved);
  });

  it("refuses another student's attempt, a question from elsewhere and an answer that is not a choice, and writes nothing", async () => {
    const { attempts } = await open();
    const [ava, ben] = ctx.students;
    expect(await saveAnswer(ben, attempts[0], { questionId: ctx.questionIds[0], answer: "Senate" })).toEqual({ status: "not_found" });
    expect(await saveProgress(ben, attempts[0], { currentIndex: 1, flagged: [] })).toEqual({ status: "not_found" });
    expect(await saveAnswer(ava, attempts[0], { questionId: "nope", answer: "Senate" })).toMatchObject({ status: "invalid" });
    expect(await saveAnswer(ava, attempts[0], { questionId: ctx.questionIds[0], answer: "Parliament" })).toMatchObject({ status: "invalid" });
    expect(await db.response.count({ where: { attemptId: attempts[0] } })).toBe(0);
  });

  it("closes an attempt whose time is up instead of saving to it", async () => {
    const { attempts } = await open({ timeLimitMinutes: 1 });
    const later = new Date(Date.now() + 2 * 60_000);
    expect(await saveAnswer(ctx.students[0], attempts[0], { questionId: ctx.questionIds[0], answer: "Senate" }, later)).toMatchObject({ status: "closed", reason: "expired" });
    expect(await saveProgress(ctx.students[1], attempts[1], { currentIndex: 1, flagged: [] }, later)).toMatchObject({ status: "closed", reason: "expired" });
    expect(await db.response.count({ where: { attemptId: attempts[0] } })).toBe(0);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempts[0] }, select: { submittedAt: true } })).submittedAt).not.toBeNull();
  });
});

describe("the results poll", () => {
  it("changes when students start or submit, not with every answer, and writes nothing", async () => {
    const a = await db.assignment.create({ data: { setId: ctx.setId, classId: ctx.classId, timeLimitMinutes: 1 }, select: { id: true } });
    const before = await resultsVersion(ctx.teacher, a.id);
    const started = await startAttempt(ctx.students[0], a.id);
    if (!started.ok) throw new Error(started.reason);
    const afterStart = await resultsVersion(ctx.teacher, a.id);
    expect(afterStart).not.toBe(before);
    await saveAnswer(ctx.students[0], started.attemptId, { questionId: ctx.questionIds[0], answer: "Senate" });
    expect(await resultsVersion(ctx.teacher, a.id)).toBe(afterStart);

    // Time runs out: the poll sees it (so the page reloads and closes the attempt) without closing it itself.
    const later = new Date(Date.now() + 2 * 60_000);
    const expired = await resultsVersion(ctx.teacher, a.id, later);
    expect(expired).not.toBe(afterStart);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId }, select: { submittedAt: true } })).submittedAt).toBeNull();

    await submitOwnAttempt(ctx.students[0], started.attemptId);
    expect(await resultsVersion(ctx.teacher, a.id)).not.toBe(afterStart);
  });

  it("is null for another teacher's assignment", async () => {
    const a = await db.assignment.create({ data: { setId: ctx.setId, classId: ctx.classId }, select: { id: true } });
    expect(await resultsVersion({ ...ctx.teacher, id: ctx.students[0].id }, a.id)).toBeNull();
  });
});
