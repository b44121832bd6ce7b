export type ScorePolicy = "BEST" | "LATEST";

type Graded = { score: number | null; maxScore: number | null; submittedAt: Date | null; number: number };

/** The attempt whose score counts for an assignment, by the teacher's choice of best or latest. */
export function countedAttempt<T extends Graded>(attempts: T[], policy: ScorePolicy): T | null {
  const submitted = attempts.filter((a) => a.submittedAt && a.score !== null && a.maxScore);
  if (submitted.length === 0) return null;
  if (policy === "LATEST") return submitted.reduce((a, b) => (b.number > a.number ? b : a));
  const fraction = (a: T) => (a.score ?? 0) / (a.maxScore || 1);
  return submitted.reduce((a, b) => (fraction(b) > fraction(a) || (fraction(b) === fraction(a) && b.number > a.number) ? b : a));
}
