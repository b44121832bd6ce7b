"use client";
import { useState } from "react";
import type { StudentQuestion } from "@/lib/quiz/projection";
import { LETTERS, ReadAloudButton, spokenQuestion } from "./read-aloud";

/**
 * One question: its prompt as the group's legend and its choices as radio buttons (or a text box when the question
 * has no choices). `locked` keeps the given answer (after feedback was shown).
 */
export function QuestionCard({
  question,
  number,
  total,
  value,
  locked,
  onAnswer,
  headingRef,
}: {
  question: StudentQuestion;
  number: number;
  total: number;
  value: string | undefined;
  locked: boolean;
  onAnswer: (answer: string) => void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const name = `q-${question.id}`;
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        Question {number} of {total}
      </h2>
      <fieldset className="mt-2">
        <legend className="text-xl font-semibold text-slate-900 sm:text-2xl">{question.prompt}</legend>
        {question.choices.length > 0 ? (
          <div className="mt-4 flex flex-col gap-3">
            {question.choices.map((choice, i) => {
              const checked = value === choice;
              return (
                <label
                  key={choice}
                  className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-md border-2 px-3 py-3 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                    checked ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white hover:border-slate-500"
                  } ${locked ? "cursor-default" : ""}`}
                >
                  <input
                    type="radio"
                    name={name}
                    value={choice}
                    checked={checked}
                    onChange={() => {
                      if (!locked) onAnswer(choice);
                    }}
                    aria-disabled={locked || undefined}
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                  />
                  <span aria-hidden="true" className="w-5 shrink-0 font-mono font-bold text-slate-600">
                    {LETTERS[i] ?? i + 1}
                  </span>
                  <span className="min-w-0 break-words text-slate-900">{choice}</span>
                  {checked ? <span className="sr-only"> (your answer)</span> : null}
                </label>
              );
            })}
          </div>
        ) : (
          <TypedAnswer key={question.id} id={`${name}-text`} value={value} locked={locked} onAnswer={onAnswer} />
        )}
      </fieldset>
      <div className="mt-3">
        <ReadAloudButton text={spokenQuestion(question.prompt, question.choices)} />
      </div>
    </div>
  );
}

function TypedAnswer({ id, value, locked, onAnswer }: { id: string; value: string | undefined; locked: boolean; onAnswer: (answer: string) => void }) {
  const [draft, setDraft] = useState(value ?? "");
  const commit = () => {
    const trimmed = draft.trim();
    if (!locked && trimmed && trimmed !== value) onAnswer(trimmed);
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
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          }
        }}
        className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
      />
      <button type="button" onClick={commit} disabled={locked} className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:bg-slate-400">
        Save answer
      </button>
    </div>
  );
}
