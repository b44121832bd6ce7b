import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SaveAnswerSchema } from "@/lib/validation/quiz";
import { classWithSet, startedByAll, type ClassFixture } from "@/test/class-fixture";
import { saveAnswer, saveProgress } from "./attempts";

// docs/decisions/024: an answer save carries the student's progress, stored in the same write (and commit) that
// checks the attempt is theirs, open and in time.
let ctx: ClassFixture;

beforeAll(async () => {
  ctx = await classWithSet("pw", 4, 5);
});
afterAll(() => db.$disconnect());

const open = async (data: { timeLimitMinutes?: number; feedback?: "AFTER_EACH" } = {}) => (await startedByAll(ctx, data)).attempts;

const progressOf = (attemptId: string) => db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { currentIndex: true, flagged: true } });

describe("progress saved with the answer", () => {
  it("stores the answer and the progress together, flags filtered to the attempt's questions, the index capped", async () => {
    const attempts = await open();
    const [q0, q1] = ctx.questionIds;
    const r = await saveAnswer(ctx.students[0], attempts[0], { questionId: q0, answer: "Senate", progress: { currentIndex: 2, flagged: [q1, q1, "elsewhere"] } });
    expect(r).toEqual({ status: "saved", feedback: null });
    expect(await progressOf(attempts[0])).toEqual({ currentIndex: 2, flagged: JSON.stringify([q1]) });
    expect(await db.response.count({ where: { attemptId: attempts[0] } })).toBe(1);

    // Past the last question is the review screen (index = number of questions), never further.
    await saveAnswer(ctx.students[0], attempts[0], { questionId: q1, answer: "House", progress: { currentIndex: 99, flagged: [] } });
    expect(await progressOf(attempts[0])).toEqual({ currentIndex: ctx.questionIds.length, flagged: "[]" });
  });

  it("leaves the stored progress alone when a save carries none (a page from before the change)", async () => {
    const attempts = await open();
    await saveProgress(ctx.students[0], attempts[0], { currentIndex: 3, flagged: [ctx.questionIds[4]] });
    expect(await saveAnswer(ctx.students[0], attempts[0], { questionId: ctx.questionIds[3], answer: "Senate" })).toMatchObject({ status: "saved" });
    expect(await progressOf(attempts[0])).toEqual({ currentIndex: 3, flagged: JSON.stringify([ctx.questionIds[4]]) });
  });

  it("many students' answers with progress in shared commits: every answer and every position stored", async () => {
    const attempts = await open();
    // Students at once, each one's saves one after another (as the quiz sends its queue).
    const students = ctx.students.map(async (s, i) => {
      const outcomes = [];
      for (const [q, questionId] of ctx.questionIds.entries()) {
        outcomes.push((await saveAnswer(s, attempts[i], { questionId, answer: "Senate", progress: { currentIndex: q, flagged: [] } })).status);
      }
      return outcomes;
    });
    expect((await Promise.all(students)).flat().every((status) => status === "saved")).toBe(true);
    expect(await db.response.count({ where: { attemptId: { in: attempts } } })).toBe(ctx.students.length * ctx.questionIds.length);
    // The last save's position is the one kept.
    for (const id of attempts) expect((await progressOf(id)).currentIndex).toBe(ctx.questionIds.length - 1);
  });

  it("writes no progress to another student's attempt, to a closed or expired one, or with an invalid answer", async () => {
    const attempts = await open({ timeLimitMinutes: 1 });
    const [ava, ben, chen] = ctx.students;
    const q0 = ctx.questionIds[0];
    const moved = { currentIndex: 4, flagged: [q0] };
    const untouched = { currentIndex: 0, flagged: "[]" };

    expect(await saveAnswer(ben, attempts[0], { questionId: q0, answer: "Senate", progress: moved })).toEqual({ status: "not_found" });
    expect(await progressOf(attempts[0])).toEqual(untouched);

    expect(await saveAnswer(ava, attempts[0], { questionId: "nope", answer: "Senate", progress: moved })).toMatchObject({ status: "invalid" });
    expect(await saveAnswer(ava, attempts[0], { questionId: q0, answer: "Parliament", progress: moved })).toMatchObject({ status: "invalid" });
    expect(await progressOf(attempts[0])).toEqual(untouched);

    const later = new Date(Date.now() + 2 * 60_000);
    expect(await saveAnswer(ben, attempts[1], { questionId: q0, answer: "Senate", progress: moved }, later)).toMatchObject({ status: "closed", reason: "expired" });
    expect(await progressOf(attempts[1])).toEqual(untouched);

    await db.attempt.update({ where: { id: attempts[2] }, data: { submittedAt: new Date() } });
    expect(await saveAnswer(chen, attempts[2], { questionId: q0, answer: "Senate", progress: moved })).toMatchObject({ status: "closed", reason: "submitted" });
    expect(await progressOf(attempts[2])).toEqual(untouched);
    expect(await db.response.count({ where: { attemptId: { in: attempts.slice(0, 3) } } })).toBe(0);
  });

  it("after the key was shown, a changed answer is refused but the position it came with is kept", async () => {
    const attempts = await open({ feedback: "AFTER_EACH" });
    const q0 = ctx.questionIds[0];
    expect(await saveAnswer(ctx.students[0], attempts[0], { questionId: q0, answer: "House", progress: { currentIndex: 0, flagged: [] } })).toMatchObject({ status: "saved" });
    expect(await saveAnswer(ctx.students[0], attempts[0], { questionId: q0, answer: "Senate", progress: { currentIndex: 1, flagged: [q0] } })).toMatchObject({ status: "locked" });
    expect((await db.response.findFirstOrThrow({ where: { attemptId: attempts[0], questionId: q0 }, select: { answer: true } })).answer).toBe("House");
    expect(await progressOf(attempts[0])).toEqual({ currentIndex: 1, flagged: JSON.stringify([q0]) });
  });
});

describe("the answer save's body", () => {
  it("takes progress as optional, validated like the progress route's", () => {
    expect(SaveAnswerSchema.safeParse({ questionId: "q", answer: "A" }).success).toBe(true);
    expect(SaveAnswerSchema.safeParse({ questionId: "q", answer: "A", progress: { currentIndex: 3, flagged: ["q"] } }).data?.progress).toEqual({ currentIndex: 3, flagged: ["q"] });
    for (const progress of [{ currentIndex: -1, flagged: [] }, { currentIndex: 1.5, flagged: [] }, { currentIndex: 1 }, { currentIndex: 1, flagged: "q" }, { currentIndex: 1, flagged: [""] }, { currentIndex: 1, flagged: Array(1001).fill("q") }, null]) {
      expect(SaveAnswerSchema.safeParse({ questionId: "q", answer: "A", progress }).success).toBe(false);
    }
  });
});
