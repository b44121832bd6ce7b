import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { LocalTime } from "@/components/teacher/local-time";
import { ResultsPoller } from "@/components/teacher/results-poller";
import { ItemAnalysis, type ItemRow } from "@/components/teacher/item-analysis";
import { ScoreDistribution } from "@/components/teacher/score-distribution";
import { StudentResultsTable, type StudentRowData } from "@/components/teacher/student-results-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { assignmentResults } from "@/lib/data/results";
import { formatPercent } from "@/lib/format";
import { discriminationWords } from "@/lib/stats";
import { TYPE_LABELS } from "@/app/teacher/sets/type-labels";

// One read per request for the title and the page.
const loadResults = cache(async (assignmentId: string) => assignmentResults(await requireTeacher(), assignmentId));

export async function generateMetadata({ params }: { params: Promise<{ classId: string; assignmentId: string }> }): Promise<Metadata> {
  const results = await loadResults((await params).assignmentId);
  return { title: results ? `Results: ${results.set.title} · ${results.class.name}` : "Results" };
}

// Codes of the compact student rows (a constant of the client module would reach this server module as a reference).
const STATUS_CODE = { submitted: "s", in_progress: "p", not_started: "n" } as const;

export default async function ResultsPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const { classId, assignmentId } = await params;
  const results = await loadResults(assignmentId);
  if (!results || results.class.id !== classId) notFound();
  const { counts, stats, version } = results;
  const base = `/teacher/classes/${classId}`;
  const itemRows: ItemRow[] = results.items.map((item) => ({
    questionId: item.questionId,
    number: item.number,
    typeLabel: TYPE_LABELS[item.type] ?? item.type,
    prompt: item.prompt,
    options: item.options,
    otherAnswers: item.otherAnswers,
    unanswered: item.unanswered,
    percentCorrect: item.percentCorrect,
    discrimination: item.discrimination,
    discriminationText: discriminationWords(item.discrimination),
  }));
  // The student table goes to the browser as data, one compact row a student (docs/decisions/029).
  const studentRows: StudentRowData[] = results.students.map((s) => [
    s.id,
    s.displayName,
    s.enrolled ? 1 : 0,
    STATUS_CODE[s.status],
    s.inProgress ? 1 : 0,
    s.counted ? [s.counted.id, s.counted.score, s.counted.maxScore, Math.round(s.counted.percent), s.counted.durationMs, s.counted.submittedAt.toISOString()] : null,
  ]);
  // The three questions the fewest got right (only those someone got wrong), with the wrong answer most chose.
  const hardest = results.items
    .filter((item) => item.percentCorrect !== null && item.percentCorrect < 100)
    .sort((a, b) => a.percentCorrect! - b.percentCorrect! || a.number - b.number)
    .slice(0, 3);
  const summary = `${counts.submitted} of ${counts.enrolled} submitted, ${counts.inProgress} in progress, ${counts.notStarted} not started.`;

  return (
    <>
      <PageHeader
        title={`Results: ${results.set.title}`}
        description={
          <>
            <Link href={base} className="text-brand-800 underline">
              {results.class.name}
            </Link>
            {results.assignment.dueAt ? (
              <>
                {" "}
                · due <LocalTime date={results.assignment.dueAt} />
              </>
            ) : null}{" "}
            · {results.assignment.scorePolicy === "BEST" ? "best" : "latest"} attempt counts
          </>
        }
        actions={
          <>
            <a href={`/api/teacher/assignments/${assignmentId}/scores`} download className={buttonClass("secondary")}>
              Download scores (CSV)
            </a>
            <a href={`/api/teacher/assignments/${assignmentId}/items`} download className={buttonClass("secondary")}>
              Download item analysis (CSV)
            </a>
          </>
        }
      />
      <ResultsPoller assignmentId={assignmentId} version={version} summary={summary} />

      <section aria-labelledby="overview" className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="overview" className="mb-3 text-lg font-semibold">
            Overview
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {[
              ["Submitted", counts.submitted],
              ["In progress", counts.inProgress],
              ["Not started", counts.notStarted],
              ["Average", formatPercent(stats.mean)],
              ["Median", formatPercent(stats.median)],
              ["Students", counts.enrolled],
            ].map(([label, value]) => (
              <div key={label} className="rounded-md bg-slate-50 p-2">
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="text-2xl font-bold tabular-nums" data-testid={`stat-${String(label).toLowerCase().replace(" ", "-")}`}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <ScoreDistribution buckets={stats.distribution} />
        </div>
      </section>

      <section aria-labelledby="students" className="mt-8">
        <h2 id="students" className="mb-3 text-xl font-semibold">
          Students
        </h2>
        <StudentResultsTable rows={studentRows} base={base} assignmentId={assignmentId} />
      </section>

      <section aria-labelledby="items" className="mt-8">
        <h2 id="items" className="mb-1 text-xl font-semibold">
          Questions
        </h2>
        <div className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="hardest">
          <h3 className="font-semibold">Hardest questions</h3>
          {counts.submitted === 0 ? (
            <p className="mt-1 text-slate-700">No one has submitted yet. This fills in as students hand in their answers.</p>
          ) : hardest.length === 0 ? (
            <p className="mt-1 text-slate-700">Every student got every question right.</p>
          ) : (
            <ol className="mt-2 flex flex-col gap-2">
              {hardest.map((item) => {
                const wrong = item.options.find((o) => o.popularWrong);
                return (
                  <li key={item.questionId}>
                    <a href={`#item-${item.number}`} className="font-medium text-brand-800 underline">
                      Question {item.number}
                    </a>{" "}
                    · {formatPercent(item.percentCorrect)} correct: {item.prompt}
                    {wrong ? (
                      <span className="block text-sm text-slate-700">
                        Most common wrong answer: “{wrong.choice}” ({wrong.count} of {counts.submitted})
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
        <p className="mb-3 text-sm text-slate-700">
          From each student’s counted attempt. The <strong>discrimination index</strong><a href="#discrimination-note" className="text-brand-800 underline"><sup>*</sup><span className="sr-only"> (see the note below)</span></a> shows whether students who did well overall got the question right.
        </p>
        <ItemAnalysis items={itemRows} submitted={counts.submitted} />
        <p id="discrimination-note" className="mt-4 text-sm text-slate-700">
          * <strong>Discrimination index</strong>, in words: does this question tell the students who know the material from
          those who do not? It compares who got this question right with how the same students did on the rest of the quiz
          (the correlation, from −1 to 1, as in Moodle’s quiz statistics). <strong>0.3 or more</strong>: students who did well
          overall mostly got it right, a good question. <strong>0.1 to 0.3</strong>: it tells them apart a little.{" "}
          <strong>Below 0.1</strong>: strong and weak students did about equally well on it, so it measures little (often
          a confusing wording or a giveaway). <strong>Negative</strong>: weaker students did better than stronger ones,
          which usually means a wrong answer key or a misleading question. It needs at least two submissions with
          different scores, and with a handful of students it is only a hint.
        </p>
      </section>
    </>
  );
}
