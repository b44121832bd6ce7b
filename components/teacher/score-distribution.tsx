import type { Bucket } from "@/lib/stats";

/** A bar chart that is also a table: screen readers read the counts, sighted readers see the bars. No chart library. */
export function ScoreDistribution({ buckets }: { buckets: Bucket[] }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold">Score distribution (counted attempts)</caption>
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
        {buckets.map((b) => (
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
