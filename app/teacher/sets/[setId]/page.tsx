import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AddFromBankButton, PublishButton, QuestionForm, QuestionToolbar, RegenerateButton } from "@/components/teacher/set-editor";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { getSetForEditor } from "@/lib/data/question-sets";
import { ORIGIN_LABELS, TYPE_LABELS } from "../type-labels";

/** Fewer questions than a quiz of one class period needs (issue 8 asks 12 of a news text): the page says why. */
const SHORT_SET = 12;

// One read per request for the title and the page.
const loadSet = cache(async (setId: string) => getSetForEditor(await requireTeacher(), setId));

export async function generateMetadata({ params }: { params: Promise<{ setId: string }> }): Promise<Metadata> {
  const set = await loadSet((await params).setId);
  return { title: set ? `Edit: ${set.title}` : "Edit question set" };
}

function Choices({ choices, answer }: { choices: string[]; answer: string }) {
  return (
    <ul className="mt-2 flex flex-col gap-1">
      {choices.map((c) => (
        <li key={c} className={`rounded border px-2 py-1 ${c === answer ? "border-emerald-600 bg-emerald-50 font-medium" : "border-slate-200"}`}>
          {c}
          {c === answer ? <span className="ml-2 text-sm text-emerald-900">(correct answer)</span> : null}
        </li>
      ))}
    </ul>
  );
}

export default async function SetEditorPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const set = await loadSet(setId);
  if (!set) notFound();
  const published = set.status === "PUBLISHED";
  // The data layer refuses to regenerate once anyone has started the set; an assigned set is not offered it either.
  const canRegenerate = set.attemptCount === 0 && set.assignmentCount === 0;
  return (
    <>
      <PageHeader
        title={set.title}
        description={
          <>
            {set.questions.length} questions from{" "}
            <Link href={`/teacher/articles/${set.article.id}`} className="text-brand-800 underline">
              {set.article.title}
            </Link>{" "}
            · {published ? "Published to self-study" : "Private draft"}
          </>
        }
        actions={
          <>
            <ButtonLink href={`/teacher/sets/${set.id}/preview`} variant="secondary">
              Preview as a student
            </ButtonLink>
            {set.questions.length > 0 ? (
              <ButtonLink href={`/teacher/sets/${set.id}/assign`}>Assign to classes</ButtonLink>
            ) : (
              <p className="text-sm text-slate-700">Add a question to assign this set.</p>
            )}
          </>
        }
      />
      {set.submittedAttempts > 0 ? (
        <div className="mb-4">
          <Notice>
            Students have already submitted this set ({set.submittedAttempts} {set.submittedAttempts === 1 ? "attempt" : "attempts"}). If you
            change a question now, their past responses to it are kept as they answered them, and their scores are not recalculated.
          </Notice>
        </div>
      ) : null}
      {set.bankInfo.stale ? (
        <div className="mb-4">
          <Notice>
            <strong>A newer question engine is available.</strong> This set and its question bank were made by version{" "}
            {set.bankInfo.engineVersion} of Quorum&rsquo;s question engine; the current version is {set.bankInfo.currentEngineVersion}.{" "}
            {canRegenerate ? (
              <>
                &ldquo;Regenerate questions&rdquo; below makes a new selection and bank with the current engine. It replaces every question in
                the set, including your edits and the questions you wrote, so nothing changes until you choose it.
              </>
            ) : (
              <>
                This set is assigned or students have started it, so its questions stay as they are. To use the current engine,{" "}
                <Link href={`/teacher/articles/${set.article.id}`} className="text-brand-800 underline">
                  generate a new set from the article
                </Link>
                .
              </>
            )}
          </Notice>
        </div>
      ) : null}
      <div className="mb-6 flex flex-wrap items-start gap-3">
        <PublishButton setId={set.id} published={published} />
        {/* Always here when offered, so its "New questions generated." survives the notice above going away. */}
        {canRegenerate ? <RegenerateButton setId={set.id} /> : null}
      </div>

      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="in-set">
          <h2 id="in-set" className="mb-3 text-xl font-semibold">
            Questions in this set
          </h2>
          {set.questions.length > 0 && set.questions.length < SHORT_SET ? (
            <div className="mb-4">
              <Notice>
                <strong>A short set: {set.questions.length === 1 ? "1 question" : `${set.questions.length} questions`}.</strong> Quorum puts into a new set
                only the questions it is confident a teacher would keep as they are, and found few in this text (texts built on claims and
                arguments rather than names, places, figures and quotes give few).{" "}
                {set.bank.length > 0
                  ? `The question bank holds ${set.bank.length} more that Quorum is less sure of: check each one against its evidence before you add it. `
                  : ""}
                You can also <a href="#write" className="text-brand-800 underline">write your own questions</a>.
              </Notice>
            </div>
          ) : null}
          {set.questions.length === 0 ? (
            <p className="text-slate-700">
              {set.bank.length > 0
                ? "No questions yet. Quorum puts only questions it is confident in into a new set, and found none in this text (speeches and essays name few people, figures or quotes). Add some from the question bank, or write your own."
                : "No questions yet: write your own."}
            </p>
          ) : null}
          <ol className="flex flex-col gap-4">
            {set.questions.map((q, i) => (
              <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <article aria-labelledby={`q-${q.id}-title`}>
                  <h3 id={`q-${q.id}-title`} className="text-sm font-semibold text-slate-600">
                    Question {i + 1} · {TYPE_LABELS[q.type] ?? q.type} · {ORIGIN_LABELS[q.origin]}
                  </h3>
                  <p className="mt-1 text-lg font-medium">{q.prompt}</p>
                  <Choices choices={q.choices} answer={q.answer} />
                  {q.evidence ? (
                    <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm text-slate-700">
                      <span className="font-medium">Evidence: </span>
                      {q.evidence}
                    </blockquote>
                  ) : (
                    <p className="mt-2 text-sm text-slate-600">No evidence sentence.</p>
                  )}
                  {q.explanation ? <p className="mt-1 text-sm text-slate-700">Explanation: {q.explanation}</p> : null}
                  <div className="mt-3">
                    <QuestionToolbar questionId={q.id} number={i + 1} isFirst={i === 0} isLast={i === set.questions.length - 1} answered={q.responseCount > 0} />
                  </div>
                  <details className="mt-3">
                    <summary className="cursor-pointer font-medium text-brand-800">Edit question {i + 1}</summary>
                    <div className="mt-3">
                      <QuestionForm key={q.id} question={q} setId={set.id} idPrefix={`q${i + 1}`} />
                    </div>
                  </details>
                </article>
              </li>
            ))}
          </ol>
          <section aria-labelledby="write" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 id="write" className="mb-3 text-lg font-semibold">
              Write a question
            </h3>
            <QuestionForm setId={set.id} idPrefix="new" />
          </section>
        </section>

        <section aria-labelledby="bank">
          <h2 id="bank" className="mb-1 text-xl font-semibold">
            Question bank
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Every other question Quorum found in the article, best first, each with the sentence that proves it. The bank was made once,
            with the set, and is kept with it.
          </p>
          {set.bank.length === 0 ? <p className="text-slate-700">Every question in the bank is already in the set.</p> : null}
          <ol className="flex flex-col gap-3">
            {set.bank.map((q, i) => (
              <li key={q.engineId} className="rounded-lg border border-slate-200 bg-white p-3">
                <p className="text-sm font-semibold text-slate-600">
                  Bank question {i + 1} · {TYPE_LABELS[q.type] ?? q.type}
                </p>
                <p className="mt-1 font-medium">{q.prompt}</p>
                <p className="mt-1 text-sm">
                  Answer: <span className="font-medium">{q.answer}</span>
                </p>
                <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm text-slate-700">{q.evidence}</blockquote>
                <div className="mt-2">
                  <AddFromBankButton setId={set.id} engineId={q.engineId} number={i + 1} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
