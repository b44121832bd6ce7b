"use client";
import Link from "next/link";
import { LocalTime } from "@/components/teacher/local-time";
import { ScrollTable } from "@/components/ui/scroll-table";
import { formatDuration, formatPercent } from "@/lib/format";

/**
 * One student's row of the results table, as compact as the page can send it (docs/decisions/029): the server sends
 * these tuples, not 300 rendered rows, so a refresh of the live results carries data, and the browser renders the
 * rows. `null` in the counted fields: no counted attempt.
 */
export type StudentRowData = [
  id: string,
  displayName: string,
  /** 0: no longer in the class (kept for their attempts). */
  enrolled: 0 | 1,
  /** s: submitted, p: in progress, n: not started. */
  status: "s" | "p" | "n",
  /** 1: an attempt is open (for a submitted student: a retake in progress). */
  inProgress: 0 | 1,
  /** Percent rounded as shown; submittedAt an ISO string. */
  counted: [attemptId: string, score: number, maxScore: number, percent: number, durationMs: number, submittedAt: string] | null,
];

const STATUS = { s: "Submitted", p: "In progress", n: "Not started" } as const;
const COLUMNS = ["Student", "Status", "Score", "Time taken", "Submitted at", "Attempt"];

/** The student table of the teacher's results: every current column, link and label of the server-rendered one. */
export function StudentResultsTable({ rows, base, assignmentId }: { rows: StudentRowData[]; base: string; assignmentId: string }) {
  return (
    <ScrollTable label="Student results table" minWidth="min-w-[36rem]" columns={COLUMNS}>
      {rows.map(([id, displayName, enrolled, status, inProgress, counted]) => (
        <tr key={id} className="border-t border-slate-200">
          <th scope="row" className="p-2 font-medium">
            <Link href={`${base}/students/${id}`} className="text-brand-800 underline">
              {displayName}
            </Link>
            {enrolled ? null : <span className="block text-xs font-normal text-slate-600">no longer in the class</span>}
          </th>
          <td className="p-2">
            {STATUS[status]}
            {status === "s" && inProgress ? <span className="block text-xs text-slate-600">retake in progress</span> : null}
          </td>
          <td className="p-2 tabular-nums">{counted ? `${counted[1]}/${counted[2]} (${formatPercent(counted[3])})` : "–"}</td>
          <td className="p-2">{counted ? formatDuration(counted[4]) : "–"}</td>
          <td className="p-2">{counted ? <LocalTime date={counted[5]} /> : "–"}</td>
          <td className="p-2">
            {counted ? (
              <Link href={`${base}/assignments/${assignmentId}/attempts/${counted[0]}`} className="text-brand-800 underline">
                View<span className="sr-only"> {displayName}’s attempt</span>
              </Link>
            ) : (
              "–"
            )}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
