export type FeedbackTiming = "AFTER_EACH" | "AFTER_SUBMIT" | "AFTER_DUE";

/**
 * Whether a submitted attempt's results (score, answers, explanations) may be shown. AFTER_DUE waits for the due
 * date; without a due date it behaves as AFTER_SUBMIT, since there is no later moment to wait for.
 */
export function resultsVisible(
  assignment: { feedback: FeedbackTiming; dueAt: Date | null },
  attempt: { submittedAt: Date | null },
  now: Date = new Date(),
): boolean {
  if (!attempt.submittedAt) return false;
  if (assignment.feedback === "AFTER_DUE" && assignment.dueAt) return assignment.dueAt <= now;
  return true;
}

/**
 * Whether the answer key of a submitted attempt may be shown, on top of resultsVisible. While the student can
 * still make another attempt, the correct answers would let them copy them into it (a blank first attempt, then
 * full marks), so they are shown only once no further attempt is possible: every attempt used and none open, or
 * the due date passed. Until then the student sees their score alone.
 */
export function answersVisible(
  assignment: { dueAt: Date | null; attemptsAllowed: number },
  attempts: { submittedAt: Date | null }[],
  now: Date = new Date(),
): boolean {
  if (assignment.dueAt && assignment.dueAt <= now) return true;
  if (attempts.some((a) => !a.submittedAt)) return false;
  return attempts.length >= assignment.attemptsAllowed;
}

/**
 * When an assignment attempt must end: the time limit after it starts, or the due date, whichever is first.
 * Decision: the due date closes the quiz (an attempt still open then is submitted with its answers), so results
 * after the due date are final and AFTER_DUE feedback cannot reveal answers to someone still answering.
 */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number | null, dueAt: Date | null): Date | null {
  const limit = timeLimitMinutes ? new Date(startedAt.getTime() + timeLimitMinutes * 60_000) : null;
  if (limit && dueAt) return limit < dueAt ? limit : dueAt;
  return limit ?? dueAt;
}

export type AssignmentStatus = "opens_later" | "not_started" | "in_progress" | "submitted" | "overdue" | "closed_before_joined";

/**
 * Decision: a quiz cannot be started before it opens or after its due date, so "overdue" (past due, never
 * submitted) is final: the student sees it and the teacher decides what to do. A quiz that was already past its due
 * date when the student joined the class (`joinedAt`) was never theirs to take: it is "closed_before_joined", not
 * overdue.
 */
export function assignmentStatus(
  assignment: { opensAt: Date | null; dueAt: Date | null },
  attempts: { submittedAt: Date | null }[],
  now: Date = new Date(),
  joinedAt?: Date | null,
): AssignmentStatus {
  if (attempts.some((a) => !a.submittedAt)) return "in_progress";
  const submitted = attempts.some((a) => a.submittedAt);
  if (submitted) return "submitted";
  if (assignment.opensAt && assignment.opensAt > now) return "opens_later";
  if (assignment.dueAt && assignment.dueAt <= now) return joinedAt && assignment.dueAt <= joinedAt ? "closed_before_joined" : "overdue";
  return "not_started";
}

export function canStartAttempt(
  assignment: { opensAt: Date | null; dueAt: Date | null; attemptsAllowed: number },
  attempts: { submittedAt: Date | null }[],
  now: Date = new Date(),
): boolean {
  if (assignment.opensAt && assignment.opensAt > now) return false;
  if (assignment.dueAt && assignment.dueAt <= now) return false;
  if (attempts.some((a) => !a.submittedAt)) return false;
  return attempts.length < assignment.attemptsAllowed;
}
