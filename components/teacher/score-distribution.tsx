import type { Bucket } from "@/lib/stats";

/**
 * A bar chart that is also a table: screen readers read the counts, sighted readers see the bars. No chart library.
 * Only the score bands someone is in get a row (ten rows of mostly zeros hide the shape of a small class).
 */
export function ScoreDistribution({ buckets }: { buckets: Bucket[] }) {
  const shown = buckets.filter((b) => b.count > 0);
  const total = shown.reduce((sum, b) => sum + b.count, 0);
  const max = Math.max(1, ...shown.map((b) => b.count));
  if (shown.length === 0) {
    return (
      <div>
        <h3 className="mb-2 font-semibold">Score distribution</h3>
        <p className="text-slate-700" data-testid="no-scores">
          No scores yet. The chart appears when the first student submits; students see the quiz on their dashboard once it opens.
        </p>
      </div>
    );
  }
  return (
    <table className="w-full border-collapse text-sm" data-testid="score-distribution">
      <caption className="mb-2 text-left font-semibold">
        Score distribution (counted attempts)
        <span className="block text-xs font-normal text-slate-700">
          {total} {total === 1 ? "student" : "students"}; bands with no one in them are left out.
        </span>
      </caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className="w-24 py-1 pr-2 font-medium">
            Score
          </th>
          <th scope="col" className="w-20 py-1 pr-2 font-medium">
            Students
          </th>
          <th scope="col" className="py-1 font-medium">
            <span className="sr-only">Bar</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((b) => (
          <tr key={b.from}>
            <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
              {b.label}
            </th>
            <td className="py-1 pr-2 tabular-nums">{b.count}</td>
            <td className="py-1" aria-hidden="true">
              <div className="h-4 rounded-sm bg-brand-600" style={{ width: `${(100 * b.count) / max}%`, minWidth: b.count ? "0.25rem" : 0 }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
