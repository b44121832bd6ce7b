import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { classWithSet, type ClassFixture } from "@/test/class-fixture";
import { saveAnswer, startAttempt, submitOwnAttempt } from "./attempts";

// The concurrency rules, raced many times on the real database: SQLite under `npm run test:unit`, PostgreSQL (READ
// COMMITTED, many connections at once, as several app processes would be) under `npm run test:pg`.
const ROUNDS = 6;
const WIDTH = 8;
let ctx: ClassFixture;

beforeAll(async () => {
  ctx = await classWithSet("race", ROUNDS * 3, WIDTH);
});
afterAll(() => db.$disconnect());

const assignment = () => db.assignment.create({ data: { setId: ctx.setId, classId: ctx.classId, attemptsAllowed: 2 }, select: { id: true } });

describe("races", () => {
  it("one open attempt per student and assignment, however many starts arrive at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await assignment();
      const student = ctx.students[round];
      const results = await Promise.all(Array.from({ length: WIDTH }, () => startAttempt(student, a.id)));
      const ids = new Set(results.map((r) => (r.ok ? r.attemptId : r.reason)));
      expect(ids.size).toBe(1);
      expect(await db.attempt.count({ where: { assignmentId: a.id, studentId: student.id } })).toBe(1);
    }
  });

  it("one response per question when the same question is saved at once with different answers", async () => {
    const choices = ["Senate", "House", "Court", "Cabinet"];
    for (let round = 0; round < ROUNDS; round++) {
      const a = await assignment();
      const student = ctx.students[ROUNDS + round];
      const started = await startAttempt(student, a.id);
      if (!started.ok) throw new Error(started.reason);
      const questionId = ctx.questionIds[round % WIDTH];
      const results = await Promise.all(
        Array.from({ length: WIDTH }, (_, i) => saveAnswer(student, started.attemptId, { questionId, answer: choices[i % choices.length] })),
      );
      expect(results.map((r) => r.status)).toEqual(results.map(() => "saved"));
      const rows = await db.response.findMany({ where: { attemptId: started.attemptId }, select: { questionId: true, answer: true, correct: true } });
      expect(rows).toHaveLength(1);
      expect(choices).toContain(rows[0].answer);
      expect(rows[0].correct).toBe(rows[0].answer === "Senate");
    }
  });

  it("exactly one submission, whose score counts every answer stored and none refused", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await assignment();
      const student = ctx.students[2 * ROUNDS + round];
      const started = await startAttempt(student, a.id);
      if (!started.ok) throw new Error(started.reason);
      const id = started.attemptId;
      const saves = ctx.questionIds.map((questionId) => saveAnswer(student, id, { questionId, answer: "Senate" }));
      const submits = Array.from({ length: 3 }, () => submitOwnAttempt(student, id));
      // Interleaved: saves before, between and after the submissions.
      const outcomes = await Promise.all([saves[0], submits[0], ...saves.slice(1, 4), submits[1], ...saves.slice(4), submits[2]]);
      const saveResults = outcomes.filter((o): o is Awaited<ReturnType<typeof saveAnswer>> => !!o && "status" in o);
      const submitResults = outcomes.filter((o) => !!o && "submittedAt" in o) as { submittedAt: Date; score: number; maxScore: number }[];
      const saved = saveResults.filter((r) => r.status === "saved").length;
      expect(saved + saveResults.filter((r) => r.status === "closed").length).toBe(WIDTH);
      // Every caller gets the one submission's result.
      expect(new Set(submitResults.map((r) => `${r.submittedAt.toISOString()} ${r.score}/${r.maxScore}`)).size).toBe(1);
      const attempt = await db.attempt.findUniqueOrThrow({ where: { id }, select: { score: true, submittedAt: true, openKey: true, _count: { select: { responses: true } } } });
      expect(attempt.submittedAt).not.toBeNull();
      expect(attempt.openKey).toBeNull();
      // Nothing was stored after the submission, and nothing acknowledged is missing from the score.
      expect(attempt._count.responses).toBe(saved);
      expect(attempt.score).toBe(saved);
      expect(submitResults[0].score).toBe(saved);
    }
  });
});
