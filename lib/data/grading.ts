import "server-only";
import { db } from "@/lib/db";

/**
 * Submits an attempt once, however many times it is asked to (double clicks, two tabs, retries, the timer):
 * only the request that flips submittedAt from NULL does the grading; every caller gets the same result.
 * Grading happens here, on the server, from the stored responses.
 */
export async function submitAttempt(attemptId: string, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    // Lock the attempt's row first (a no-op write), as every save does before writing (stillOpen in attempts.ts):
    // a save either commits before this point, and is counted below, or waits and then finds the attempt submitted.
    // On PostgreSQL (READ COMMITTED) the count would otherwise miss a save that commits between it and the flip.
    await tx.attempt.updateMany({ where: { id: attemptId, submittedAt: null }, data: { submittedAt: null } });
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { submittedAt: true, deadlineAt: true, score: true, maxScore: true, questionOrder: true },
    });
    if (attempt.submittedAt) return { submittedAt: attempt.submittedAt, score: attempt.score ?? 0, maxScore: attempt.maxScore ?? 0 };
    // A question the teacher deleted after the attempt began no longer counts, for or against the student.
    const questionIds = (
      await tx.question.findMany({ where: { id: { in: parseIdList(attempt.questionOrder) } }, select: { id: true } })
    ).map((q) => q.id);
    const correct = await tx.response.count({ where: { attemptId, correct: true, questionId: { in: questionIds } } });
    // An attempt that ran out of time counts as submitted at its deadline, not when someone next looked at it.
    const submittedAt = attempt.deadlineAt && attempt.deadlineAt < now ? attempt.deadlineAt : now;
    const flipped = await tx.attempt.updateMany({
      where: { id: attemptId, submittedAt: null },
      data: { submittedAt, score: correct, maxScore: questionIds.length, openKey: null },
    });
    if (flipped.count === 0) {
      const done = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { submittedAt: true, score: true, maxScore: true } });
      return { submittedAt: done.submittedAt!, score: done.score ?? 0, maxScore: done.maxScore ?? 0 };
    }
    return { submittedAt, score: correct, maxScore: questionIds.length };
  });
}

/** Submits every open attempt whose time is up (lazily, whenever a student or teacher looks). */
export async function closeExpiredAttempts(where: { assignmentId?: string; studentId?: string }, now: Date = new Date()) {
  const expired = await db.attempt.findMany({
    where: { ...where, submittedAt: null, deadlineAt: { lt: now } },
    select: { id: true },
  });
  for (const { id } of expired) await submitAttempt(id, now);
  return expired.length;
}

export function parseIdList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
