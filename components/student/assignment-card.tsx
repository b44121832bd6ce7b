import Link from "next/link";
import type { StudentAssignment } from "@/lib/data/student-dashboard";
import { LocalTime } from "./local-time";
import { StatusBadge } from "./status-badge";

export function scoreText(a: { score: number | null; maxScore: number | null }) {
  return a.score !== null && a.maxScore ? `${a.score} / ${a.maxScore} (${Math.round((a.score / a.maxScore) * 100)}%)` : null;
}

/** One assignment in the dashboard list: what it is, its status for this student, due date and visible score. */
export function AssignmentCard({ assignment: a }: { assignment: StudentAssignment }) {
  const score = a.counted ? scoreText(a.counted) : null;
  const lastSubmitted = a.attempts.filter((t) => t.submittedAt).sort((x, y) => y.number - x.number)[0];
  const resultsAttempt = a.counted ?? lastSubmitted;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 break-words text-lg font-semibold">
          <Link href={`/student/assignments/${a.id}`} className="text-brand-800 underline-offset-4 hover:underline">
            {a.title}
          </Link>
        </h3>
        <StatusBadge status={a.status} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-700">
        {a.status === "opens_later" && a.opensAt ? (
          <>
            <dt className="font-medium">Opens</dt>
            <dd>
              <LocalTime iso={a.opensAt.toISOString()} />
            </dd>
          </>
        ) : null}
        <dt className="font-medium">Due</dt>
        <dd>{a.dueAt ? <LocalTime iso={a.dueAt.toISOString()} /> : "No due date"}</dd>
        <dt className="font-medium">Questions</dt>
        <dd>
          {a.questionCount}
          {a.timeLimitMinutes ? `, ${a.timeLimitMinutes}-minute time limit` : ""}
        </dd>
        {score ? (
          <>
            <dt className="font-medium">Score</dt>
            <dd className="font-semibold text-slate-900">{score}</dd>
          </>
        ) : a.status === "submitted" && a.feedback === "AFTER_DUE" && a.dueAt ? (
          <>
            <dt className="font-medium">Score</dt>
            <dd>
              Results appear after <LocalTime iso={a.dueAt.toISOString()} />
            </dd>
          </>
        ) : null}
      </dl>
      {resultsAttempt ? (
        <p>
          <Link href={`/student/attempts/${resultsAttempt.id}/results`} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            See your results
          </Link>
        </p>
      ) : null}
    </li>
  );
}
