import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/teacher/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { attemptDetail } from "@/lib/data/results";
import { formatDuration } from "@/lib/format";

export const metadata: Metadata = { title: "Attempt" };

export default async function AttemptPage({ params }: { params: Promise<{ classId: string; assignmentId: string; attemptId: string }> }) {
  const { classId, assignmentId, attemptId } = await params;
  const teacher = await requireTeacher();
  const attempt = await attemptDetail(teacher, assignmentId, attemptId);
  if (!attempt || attempt.class.id !== classId) notFound();
  return (
    <>
      <PageHeader
        title={`${attempt.student.displayName}: ${attempt.set.title}`}
        description={
          <>
            Attempt {attempt.number} ·{" "}
            {attempt.submittedAt ? (
              <>
                {attempt.score}/{attempt.maxScore} · submitted <LocalTime date={attempt.submittedAt} /> after{" "}
                {formatDuration(attempt.submittedAt.getTime() - attempt.startedAt.getTime())}
              </>
            ) : (
              "in progress"
            )}{" "}
            ·{" "}
            <Link href={`/teacher/classes/${classId}/assignments/${assignmentId}`} className="text-brand-800 underline">
              Back to the class results
            </Link>
          </>
        }
      />
      <ol className="flex flex-col gap-4">
        {attempt.questions.map((q, i) => {
          const verdict = q.response ? (q.response.correct ? "Correct" : "Wrong") : "Not answered";
          return (
            <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-sm font-semibold text-slate-600">
                Question {i + 1} ·{" "}
                <span className={q.response?.correct ? "text-emerald-900" : q.response ? "text-red-800" : "text-slate-700"}>
                  {q.response?.correct ? "✓ " : q.response ? "✗ " : ""}
                  {verdict}
                </span>
              </h2>
              <p className="mt-1 text-lg font-medium">{q.prompt}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="font-medium">Their answer</dt>
                <dd>{q.response ? q.response.answer : "–"}</dd>
                <dt className="font-medium">Correct answer</dt>
                <dd>{q.answer}</dd>
              </dl>
              {q.explanation ? <p className="mt-2 text-sm text-slate-700">{q.explanation}</p> : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
