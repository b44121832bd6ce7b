import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { EvidenceQuote } from "@/components/quiz/evidence-quote";
import { LocalTime } from "@/components/student/local-time";
import { MissedFilter } from "@/components/student/missed-filter";
import { StartAttemptForm } from "@/components/student/start-attempt-form";
import { PracticeReopens } from "@/components/quiz/practice-reopens";
import { buttonClass } from "@/components/ui/button";
import { getAttemptResults } from "@/lib/data/attempts";
import { assignmentBlockingPractice } from "@/lib/data/practice";
import { requireReadyStudent } from "@/lib/data/student-session";

// One read per request for the title and the page.
const loadResults = cache(async (attemptId: string) => getAttemptResults(await requireReadyStudent(), attemptId));

export async function generateMetadata({ params }: { params: Promise<{ attemptId: string }> }): Promise<Metadata> {
  const results = await loadResults((await params).attemptId);
  return { title: results && results.state !== "open" ? `Results: ${results.title}` : "Results" };
}

function duration(from: Date, to: Date) {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  const h = Math.floor(minutes / 60);
  return `${h} h ${minutes % 60} min`;
}

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const results = await loadResults(attemptId);
  if (!results) notFound();
  if (results.state === "open") redirect(`/student/attempts/${attemptId}`);
  const retake = results.canRetake ? (
    <div className="mt-4">
      <p className="mb-2 text-slate-700">
        You have {results.attemptsLeft} {results.attemptsLeft === 1 ? "attempt" : "attempts"} left.
      </p>
      <StartAttemptForm assignmentId={results.assignmentId} label="Retake quiz" />
    </div>
  ) : null;
  const missed = results.state === "visible" ? results.questions.filter((q) => !q.correct) : [];
  // Practice shows the answers, so it waits while any class still has the set as an open assignment (ADR 016).
  const practiceBlock = missed.length > 0 && results.setPublished ? await assignmentBlockingPractice(await requireReadyStudent(), results.setId) : null;
  const practiseMissed =
    missed.length === 0 ? null : !results.setPublished ? (
      <p className="mt-4 text-slate-700" data-testid="practise-missed-closed">
        Your teacher has not opened this quiz for practice, so the questions you missed cannot be practised here yet.
      </p>
    ) : practiceBlock ? (
      <p className="mt-4 text-slate-800" data-testid="practise-missed-closed">
        Practising the {missed.length} you missed is closed while {practiceBlock.yourClass ?? "a class"} still has this
        quiz as an open assignment, because practice shows the answers. <PracticeReopens reopensAt={practiceBlock.reopensAt} />
      </p>
    ) : (
      <p className="mt-4">
        <Link href={`/practice/${results.setId}?missed=${results.attemptId}`} className={buttonClass("primary")}>
          Practise the {missed.length} I missed
        </Link>
      </p>
    );

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Results: {results.title}</h1>
      <p className="mt-1 text-slate-700">
        {results.className} · attempt {results.number} · submitted <LocalTime iso={results.submittedAt.toISOString()} />
      </p>

      {results.state === "hidden" ? (
        <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="hidden-heading">
          <h2 id="hidden-heading" className="text-xl font-semibold">
            Submitted
          </h2>
          <p className="mt-2 text-slate-800">
            Your answers are in.{" "}
            {results.availableAt ? (
              <>
                Results appear after <LocalTime iso={results.availableAt.toISOString()} />.
              </>
            ) : (
              "Results appear later."
            )}
          </p>
          {retake}
        </section>
      ) : results.state === "score" ? (
        <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="score-heading">
          <h2 id="score-heading" className="text-xl font-semibold">
            Your score
          </h2>
          <p className="mt-2 text-3xl font-bold" data-testid="score">
            {results.score} / {results.maxScore}
          </p>
          <p className="mt-2 text-slate-800" data-testid="answers-later">
            The correct answers appear once you have no attempts left
            {results.answersAt ? (
              <>
                {" "}
                or after the due date, <LocalTime iso={results.answersAt.toISOString()} />
              </>
            ) : null}
            , so that a retake cannot be copied from them.
          </p>
          {retake}
        </section>
      ) : (
        <>
          <section className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="score-heading">
            <h2 id="score-heading" className="text-xl font-semibold">
              Your score
            </h2>
            <p className="mt-2 text-3xl font-bold" data-testid="score">
              {results.score} / {results.maxScore}
              {results.maxScore ? (
                <span className="ml-2 text-xl font-medium text-slate-700">({Math.round(((results.score ?? 0) / results.maxScore) * 100)}%)</span>
              ) : null}
            </p>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-800" data-testid="results-summary">
              <dt className="font-medium text-slate-700">Time taken</dt>
              <dd>{duration(results.startedAt, results.submittedAt)}</dd>
              <dt className="font-medium text-slate-700">Missed</dt>
              <dd>
                {missed.length === 0 ? (
                  "None: every question right."
                ) : (
                  <ul className="flex flex-wrap gap-x-2">
                    {missed.map((q) => (
                      <li key={q.id}>
                        <a href={`#result-${q.number}`} className="text-brand-800 underline">
                          Question {q.number}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
            {practiseMissed}
            {retake}
          </section>

          <section className="mt-8" aria-labelledby="questions-heading">
            <h2 id="questions-heading" className="mb-3 text-xl font-semibold">
              Question by question
            </h2>
            <MissedFilter missed={missed.length}>
              <ol className="flex flex-col gap-4">
                {results.questions.map((q) => (
                  <li
                    key={q.id}
                    id={`result-${q.number}`}
                    className={`scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${q.correct ? "group-data-[only-missed]:hidden" : ""}`}
                  >
                    <h3 className="font-semibold">
                      <span className="mr-2 text-slate-600">{q.number}.</span>
                      {q.prompt}
                    </h3>
                    <p className={`mt-2 font-medium ${q.correct ? "text-emerald-800" : "text-red-800"}`}>
                      <span aria-hidden="true">{q.correct ? "✓ " : "✗ "}</span>
                      {q.correct ? "Correct" : q.given === null ? "Not answered" : "Incorrect"}
                    </p>
                    <dl className="mt-2 grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
                      <dt className="font-medium text-slate-700">Your answer</dt>
                      <dd className="break-words">{q.given ?? "—"}</dd>
                      <dt className="font-medium text-slate-700">Correct answer</dt>
                      <dd className="break-words font-semibold">{q.answer}</dd>
                    </dl>
                    {q.evidence && q.explanation.replace(/\s+/g, " ").includes(q.evidence.evidence.replace(/\s+/g, " ").trim()) ? null : (
                      <p className="mt-2 text-slate-800">{q.explanation}</p>
                    )}
                    {q.evidence ? (
                      <div className="mt-3">
                        <p className="mb-1 text-sm font-medium text-slate-700">
                          In the article (<a href={`#evidence-${q.number}`} className="text-brand-800 underline">see it in the full text</a>):
                        </p>
                        <EvidenceQuote evidence={q.evidence} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
            </MissedFilter>
          </section>

          {results.article ? (
            <section className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="article-heading">
              <h2 id="article-heading" className="text-xl font-semibold">
                The article: {results.article.title}
              </h2>
              {results.article.source ? <p className="text-sm text-slate-700">{results.article.source}</p> : null}
              <p className="mt-1 text-sm text-slate-700">Highlighted sentences are the evidence for the numbered questions.</p>
              <div className="mt-4 whitespace-pre-line break-words leading-relaxed text-slate-900">
                {results.article.segments.map((s, i) =>
                  s.questions.length > 0 ? (
                    <mark key={i} id={`evidence-${s.questions[0]}`} className="scroll-mt-4 rounded bg-yellow-200 px-0.5 text-slate-900">
                      {s.questions.slice(1).map((n) => (
                        <span key={n} id={`evidence-${n}`} />
                      ))}
                      <span className="sr-only">Evidence for question {s.questions.join(" and ")}: </span>
                      <sup aria-hidden="true" className="font-bold">
                        {s.questions.join(",")}
                      </sup>
                      {s.text}
                    </mark>
                  ) : (
                    <span key={i}>{s.text}</span>
                  ),
                )}
              </div>
            </section>
          ) : null}
        </>
      )}
      <p className="mt-8">
        <Link href="/student" className="text-brand-800 underline">
          Back to your classes
        </Link>
      </p>
    </div>
  );
}
