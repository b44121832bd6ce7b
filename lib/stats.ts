/** Descriptive statistics for class results. Pure functions: scores in, numbers out. */

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export type Bucket = { from: number; to: number; count: number; label: string };

/**
 * Counts percentages (0–100) into ten buckets: 0–9, 10–19, … 80–89 and 90–100 (a perfect score belongs to the last
 * bucket rather than one of its own, as a teacher reading a grade chart expects).
 */
export function distribution(percents: number[]): Bucket[] {
  const buckets: Bucket[] = Array.from({ length: 10 }, (_, i) => {
    const from = i * 10;
    const to = i === 9 ? 100 : from + 9;
    return { from, to, count: 0, label: `${from}–${to}%` };
  });
  for (const p of percents) {
    const clamped = Math.min(100, Math.max(0, p));
    buckets[Math.min(9, Math.floor(clamped / 10))].count += 1;
  }
  return buckets;
}

/** Pearson's correlation coefficient, or null when either list has no spread (the coefficient is undefined). */
export function correlation(xs: number[], ys: number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The discrimination index as Moodle's quiz statistics report computes it: the correlation between each student's
 * score on this question and their score on the REST of the test (the total minus this question, so that the
 * question does not correlate with itself). Ranges from -1 to 1: high means students who did well overall tended to
 * get this question right; near zero or negative flags a question worth reviewing. Null when it cannot be computed
 * (fewer than two students, or everyone scored alike on the question or on the rest).
 */
export function discriminationIndex(itemScores: number[], totalScores: number[]): number | null {
  if (itemScores.length !== totalScores.length) throw new Error("itemScores and totalScores must have the same length");
  const rest = totalScores.map((total, i) => total - itemScores[i]);
  return correlation(itemScores, rest);
}

/**
 * The discrimination index in words, for teachers who do not read correlations (thresholds as in common item-analysis
 * guides: 0.3 and above good, 0.1–0.3 weak, below 0.1 poor, negative a warning).
 */
export function discriminationWords(d: number | null): string {
  if (d === null) return "not enough data: needs two or more submissions with different scores";
  if (d < 0) return "students who did worse overall did better on this question: check the answer key and wording";
  if (d < 0.1) return "does not tell stronger from weaker students: check for a confusing wording or a giveaway";
  if (d < 0.3) return "tells stronger from weaker students a little";
  return "tells stronger from weaker students well";
}
