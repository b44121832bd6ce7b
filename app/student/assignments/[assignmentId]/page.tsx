import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LocalTime } from "@/components/student/local-time";
import { scoreText } from "@/components/student/assignment-card";
import { StartAttemptForm } from "@/components/student/start-attempt-form";
import { StatusBadge } from "@/components/student/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getStudentAssignment } from "@/lib/data/student-dashboard";
import { requireReadyStudent } from "@/lib/data/student-session";

// One read per request for the title and the page.
const loadAssignment = cache(async (assignmentId: string) => getStudentAssignment(await requireReadyStudent(), assignmentId));

export async function generateMetadata({ params }: { params: Promise<{ assignmentId: string }> }): Promise<Metadata> {
  const a = await loadAssignment((await params).assignmentId);
  return { title: a ? a.title : "Assignment" };
}

const FEEDBACK_TEXT = {
  AFTER_EACH: "You see whether each answer is right as soon as you answer it (and then it cannot be changed).",
  AFTER_SUBMIT: "You see your score and the answers when you submit.",
  AFTER_DUE: "You see your score and the answers after the due date.",
} as const;

export default async function AssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const a = await loadAssignment(assignmentId);
  if (!a) notFound();
  const used = a.attempts.length;
  return (
    <>
      <PageHeader title={a.title} description={`${a.className} · ${a.teacherName}`} />
      <div className="flex flex-col gap-6">
        <section aria-labelledby="about" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="about" className="sr-only">
            About this quiz
          </h2>
          <div className="mb-3">
            <StatusBadge status={a.status} />
          </div>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-slate-800 sm:grid-cols-[auto_1fr]">
            {a.opensAt ? (
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
            <dd>{a.questionCount}</dd>
            <dt className="font-medium">Time limit</dt>
            <dd>{a.timeLimitMinutes ? `${a.timeLimitMinutes} ${a.timeLimitMinutes === 1 ? "minute" : "minutes"}, from when you start` : "None"}</dd>
            <dt className="font-medium">Attempts</dt>
            <dd>
              {used} of {a.attemptsAllowed} used{a.attemptsAllowed > 1 ? ` (your ${a.scorePolicy === "BEST" ? "best" : "latest"} score counts)` : ""}
            </dd>
          </dl>
          <p className="mt-3 text-slate-700">
            {a.feedback === "AFTER_SUBMIT" && a.attemptsAllowed > 1
              ? "You see your score when you submit, and the correct answers once you have no attempts left or the due date has passed."
              : FEEDBACK_TEXT[a.feedback]}
          </p>
          <div className="mt-5">
            {a.openAttemptId ? (
              <ButtonLink href={`/student/attempts/${a.openAttemptId}`}>Resume quiz</ButtonLink>
            ) : a.canStart ? (
              <StartAttemptForm assignmentId={a.id} label={used === 0 ? "Start quiz" : "Retake quiz"} />
            ) : a.status === "opens_later" && a.opensAt ? (
              <p className="font-medium">
                Opens <LocalTime iso={a.opensAt.toISOString()} />. You can start it then.
              </p>
            ) : a.status === "closed_before_joined" ? (
              <p className="font-medium">This quiz closed before you joined the class, so there is nothing to do here.</p>
            ) : a.status === "overdue" ? (
              <p className="font-medium">This quiz is past its due date and can no longer be started. Talk to your teacher.</p>
            ) : used >= a.attemptsAllowed ? (
              <p className="font-medium">You have used all your attempts.</p>
            ) : (
              <p className="font-medium">This quiz is closed.</p>
            )}
          </div>
          {a.timeLimitMinutes && a.canStart ? (
            <p className="mt-3 text-sm text-slate-700">The timer starts when you press Start and keeps running if you leave the page.</p>
          ) : null}
        </section>

        {a.attempts.some((t) => t.submittedAt) ? (
          <section aria-labelledby="attempts">
            <h2 id="attempts" className="mb-2 text-xl font-semibold">
              Your attempts
            </h2>
            <ul className="flex flex-col gap-2">
              {a.attempts
                .filter((t) => t.submittedAt)
                .map((t) => (
                  <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-4 py-3">
                    <span>
                      Attempt {t.number}: {t.resultsVisible ? scoreText(t) : "results not yet available"}
                      {a.counted?.id === t.id && a.attempts.length > 1 ? " (counts)" : ""}
                    </span>
                    <Link href={`/student/attempts/${t.id}/results`} className="font-medium text-brand-800 underline">
                      {t.resultsVisible ? "See results" : "Details"}
                      <span className="sr-only"> for attempt {t.number}</span>
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        ) : null}
        <p>
          <Link href="/student" className="text-brand-800 underline">
            Back to your classes
          </Link>
        </p>
      </div>
    </>
  );
}
