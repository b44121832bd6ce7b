/**
 * A table wider than a phone's screen, scrolled sideways inside its own bordered box: the box is a named region a
 * keyboard user can focus (tabIndex 0) and scroll with the arrow keys. `minWidth` is the table's Tailwind min-width
 * class ("min-w-[32rem]"), written out whole where it is used so Tailwind sees it; the rows are the caller's.
 */
export function ScrollTable({ label, minWidth, columns, children }: { label: string; minWidth: string; columns: readonly string[]; children: React.ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={label}>
      <table className={`w-full ${minWidth} border-collapse text-left text-sm`}>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="p-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
