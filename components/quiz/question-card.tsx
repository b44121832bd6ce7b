"use client";
import { useState } from "react";
import type { QuestionFeedback } from "@/lib/data/question-feedback";
import type { StudentQuestion } from "@/lib/quiz/projection";
import { LETTERS, ReadAloudButton, spokenQuestion } from "./read-aloud";
import { CHOICE_LIST_ATTR } from "./use-quiz-keys";

/**
 * One question: its prompt as the group's legend and its choices as native radio buttons (or a text box when the
 * question has no choices).
 *
 * Choosing (click, Space, arrow keys, Enter on a choice) only calls `onSelect`. Where an answer becomes final once
 * its key is shown (`needsCheck`: practice, graded quizzes with feedback after each answer), it is sent by an
 * explicit "Check answer" (the button, or Enter on the chosen choice): moving through the choices never answers.
 * With `feedback`, the list marks the chosen answer right or wrong and the correct one, in words and icons.
 */
export function QuestionCard({
  question,
  number,
  total,
  value,
  locked,
  needsCheck = false,
  checking = false,
  feedback,
  onSelect,
  onCheck,
  headingRef,
}: {
  question: StudentQuestion;
  number: number;
  total: number;
  /** The selected answer: the saved one, or (with needsCheck) the one about to be checked. */
  value: string | undefined;
  locked: boolean;
  needsCheck?: boolean;
  checking?: boolean;
  feedback?: QuestionFeedback;
  onSelect: (answer: string) => void;
  /** needsCheck only: sends the selected answer (or the typed one) to be checked. */
  onCheck?: (answer: string) => void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const name = `q-${question.id}`;
  const check = () => {
    if (!locked && !checking && value !== undefined) onCheck?.(value);
  };
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        Question {number} of {total}
      </h2>
      <form
        className="mt-1"
        onSubmit={(e) => {
          e.preventDefault();
          check();
        }}
      >
        <fieldset>
          <legend className="text-lg font-semibold text-slate-900 sm:text-2xl">{question.prompt}</legend>
          {question.choices.length > 0 ? (
            <div className="mt-3 flex flex-col gap-2 sm:gap-3" {...{ [CHOICE_LIST_ATTR]: "" }}>
              {question.choices.map((choice, i) => {
                const checked = value === choice;
                const isKey = feedback ? feedback.answer === choice : false;
                const mark = feedback ? (isKey ? "right" : checked ? "wrong" : null) : null;
                return (
                  <label
                    key={choice}
                    data-mark={mark ?? undefined}
                    className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-md border-2 px-3 py-2 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 sm:py-3 ${
                      mark === "right"
                        ? "border-emerald-700 bg-emerald-50"
                        : mark === "wrong"
                          ? "border-red-700 bg-red-50"
                          : checked
                            ? "border-brand-700 bg-brand-50"
                            : "border-slate-300 bg-white hover:border-slate-500"
                    } ${locked ? "cursor-default" : ""}`}
                  >
                    <input
                      type="radio"
                      name={name}
                      value={choice}
                      checked={checked}
                      onChange={() => {
                        if (!locked) onSelect(choice);
                      }}
                      onKeyDown={(e) => {
                        if (e.key !== "Enter") return;
                        // Enter chooses the focused answer; on the chosen one, where a check is needed, it checks.
                        e.preventDefault();
                        if (locked) return;
                        if (!checked) onSelect(choice);
                        else if (needsCheck) onCheck?.(choice);
                      }}
                      aria-disabled={locked || undefined}
                      className="mt-1 size-5 shrink-0 accent-brand-700"
                    />
                    <span aria-hidden="true" className="w-5 shrink-0 font-mono font-bold text-slate-600">
                      {LETTERS[i] ?? i + 1}
                    </span>
                    {/* The mark wraps under the choice's text when both do not fit on one line (a 360-px phone):
                        the text keeps at least 10rem and is never squeezed to a letter a line. */}
                    <span className="flex min-w-0 flex-1 flex-wrap items-start gap-x-3 gap-y-1">
                      <span data-choice-text="" className="min-w-0 max-w-full flex-1 basis-40 break-words text-slate-900">
                        {choice}
                      </span>
                      {mark === "right" ? (
                        <span className="shrink-0 text-sm font-semibold text-emerald-800">
                          <span aria-hidden="true">✓ </span>
                          {checked ? "Your answer, correct" : "Correct answer"}
                        </span>
                      ) : mark === "wrong" ? (
                        <span className="shrink-0 text-sm font-semibold text-red-800">
                          <span aria-hidden="true">✗ </span>Your answer
                        </span>
                      ) : checked ? (
                        <span className="sr-only"> (your answer)</span>
                      ) : null}
                    </span>
                  </label>
                );
              })}
            </div>
          ) : (
            <TypedAnswer
              key={question.id}
              id={`${name}-text`}
              value={value}
              locked={locked}
              label={needsCheck ? "Check answer" : "Save answer"}
              onCommit={(typed) => (needsCheck ? onCheck?.(typed) : onSelect(typed))}
              commitOnBlur={!needsCheck}
            />
          )}
        </fieldset>
        {needsCheck && question.choices.length > 0 && !feedback ? (
          <button
            type="submit"
            aria-disabled={value === undefined || checking || undefined}
            className="mt-3 inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 aria-disabled:cursor-not-allowed aria-disabled:bg-slate-500"
          >
            {checking ? "Checking…" : "Check answer"}
          </button>
        ) : null}
      </form>
      <div className="mt-2">
        <ReadAloudButton text={spokenQuestion(question.prompt, question.choices)} />
      </div>
    </div>
  );
}

function TypedAnswer({
  id,
  value,
  locked,
  label,
  onCommit,
  commitOnBlur,
}: {
  id: string;
  value: string | undefined;
  locked: boolean;
  label: string;
  onCommit: (answer: string) => void;
  commitOnBlur: boolean;
}) {
  const [draft, setDraft] = useState(value ?? "");
  const commit = () => {
    const trimmed = draft.trim();
    if (!locked && trimmed && trimmed !== value) onCommit(trimmed);
  };
  return (
    <div className="mt-4 flex flex-col gap-2 sm:flex-row">
      <label htmlFor={id} className="sr-only">
        Your answer
      </label>
      <input
        id={id}
        value={draft}
        readOnly={locked}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commitOnBlur ? commit : undefined}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
        className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <button type="button" onClick={commit} disabled={locked} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:bg-slate-500">
        {label}
      </button>
    </div>
  );
}
