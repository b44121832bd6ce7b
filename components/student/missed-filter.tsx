"use client";
import { useState } from "react";

/**
 * "Show only the ones I missed": hides the questions answered right (items marked `group-data-[only-missed]:hidden`)
 * without reloading. Without JavaScript every question shows.
 */
export function MissedFilter({ missed, children }: { missed: number; children: React.ReactNode }) {
  const [only, setOnly] = useState(false);
  return (
    <div className="group" data-only-missed={only || undefined}>
      {missed > 0 ? (
        <label className="mb-3 inline-flex min-h-11 items-center gap-2 font-medium">
          <input type="checkbox" checked={only} onChange={(e) => setOnly(e.target.checked)} className="size-5 accent-brand-700" />
          Show only the ones I missed ({missed})
        </label>
      ) : null}
      {children}
    </div>
  );
}
