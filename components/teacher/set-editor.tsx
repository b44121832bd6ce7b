"use client";
import { useActionState, useState } from "react";
import {
  addBankQuestionAction,
  addManualQuestionAction,
  moveQuestionAction,
  regenerateSetAction,
  removeQuestionAction,
  saveQuestionAction,
  setStatusAction,
} from "@/app/teacher/sets/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { TRUE_FALSE } from "@/lib/validation/teacher";
import { useUnsavedChangesWarning } from "./unsaved-changes";

export type EditableQuestion = {
  id: string;
  type: string;
  prompt: string;
  choices: string[];
  answer: string;
  evidence: string;
  explanation: string;
};

function StateNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>;
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}

/**
 * One form for editing a question and for writing a new one. What was typed survives a validation error (the
 * server sends it back), and leaving the page with unsaved changes asks first.
 */
export function QuestionForm({ question, setId, idPrefix }: { question?: EditableQuestion; setId: string; idPrefix: string }) {
  const editing = Boolean(question);
  const [dirty, setDirty] = useState(false);
  const [state, action] = useActionState(async (prev: FormState, formData: FormData) => {
    const result = await (editing ? saveQuestionAction : addManualQuestionAction)(prev, formData);
    if (result.ok) setDirty(false);
    return result;
  }, initialFormState);
  useUnsavedChangesWarning(dirty);

  const v = state.values;
  const [type, setType] = useState(v?.type ?? question?.type ?? "multiple_choice");
  const currentType = v?.type ?? type;
  const savedChoices = question?.choices ?? [];
  const choice = (i: number) => v?.[`choice${i}`] ?? savedChoices[i] ?? "";
  const savedAnswerIndex = question ? Math.max(0, (currentType === "true_false" ? TRUE_FALSE : savedChoices).indexOf(question.answer)) : 0;
  const answerIndex = v?.answerIndex ?? String(savedAnswerIndex);
  const choiceErrorId = `${idPrefix}-choices-error`;
  const answerErrorId = `${idPrefix}-answer-error`;

  return (
    <form action={action} onChange={() => setDirty(true)} className="flex flex-col gap-3" noValidate>
      <StateNotice state={state} />
      {question ? <input type="hidden" name="questionId" value={question.id} /> : <input type="hidden" name="setId" value={setId} />}
      {editing ? (
        <input type="hidden" name="type" value={currentType} />
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}-type`} className="font-medium">
            Kind of question
          </label>
          <select
            id={`${idPrefix}-type`}
            name="type"
            value={type}
            onChange={(e) => setType(e.target.value)}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            <option value="multiple_choice">Multiple choice</option>
            <option value="true_false">True or false</option>
          </select>
        </div>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-prompt`} className="font-medium">
          Question
        </label>
        <textarea
          id={`${idPrefix}-prompt`}
          name="prompt"
          rows={2}
          defaultValue={v?.prompt ?? question?.prompt}
          aria-invalid={state.errors?.prompt ? true : undefined}
          aria-describedby={state.errors?.prompt ? `${idPrefix}-prompt-error` : undefined}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        />
        <FieldError id={`${idPrefix}-prompt-error`} errors={state.errors?.prompt} />
      </div>
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={[state.errors?.choices ? choiceErrorId : "", state.errors?.answerIndex ? answerErrorId : ""].filter(Boolean).join(" ") || undefined}
      >
        <legend className="mb-1 font-medium">
          {currentType === "true_false" ? "Correct answer" : "Choices (mark the correct one; 2 to 4 choices, 3 or more for multiple choice)"}
        </legend>
        {currentType === "true_false"
          ? TRUE_FALSE.map((label, i) => (
              <label key={label} className="flex min-h-11 items-center gap-2">
                <input type="radio" name="answerIndex" value={i} defaultChecked={answerIndex === String(i)} className="size-5" />
                {label}
              </label>
            ))
          : [0, 1, 2, 3].map((i) => (
              <div key={i} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="answerIndex"
                  value={i}
                  defaultChecked={answerIndex === String(i)}
                  aria-label={`Choice ${i + 1} is the correct answer`}
                  className="size-5 shrink-0"
                />
                <label htmlFor={`${idPrefix}-choice${i}`} className="sr-only">
                  Choice {i + 1}
                </label>
                <input
                  id={`${idPrefix}-choice${i}`}
                  name={`choice${i}`}
                  defaultValue={choice(i)}
                  placeholder={i === 3 ? "Optional fourth choice" : undefined}
                  className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2"
                />
              </div>
            ))}
        <FieldError id={choiceErrorId} errors={state.errors?.choices} />
        <FieldError id={answerErrorId} errors={state.errors?.answerIndex} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-explanation`} className="font-medium">
          Explanation (shown to students with the answer)
        </label>
        <textarea
          id={`${idPrefix}-explanation`}
          name="explanation"
          rows={2}
          defaultValue={v?.explanation ?? question?.explanation}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${idPrefix}-evidence`} className="font-medium">
          Evidence from the article {editing ? "" : "(optional)"}
        </label>
        <p id={`${idPrefix}-evidence-hint`} className="text-sm text-slate-600">
          {editing
            ? "The sentence that proves the answer."
            : "Paste the sentence from the article that proves the answer. If you leave it empty, students see no evidence for this question."}
        </p>
        <textarea
          id={`${idPrefix}-evidence`}
          name="evidence"
          rows={2}
          aria-describedby={`${idPrefix}-evidence-hint`}
          defaultValue={v?.evidence ?? question?.evidence}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Saving…">{editing ? "Save question" : "Add question"}</SubmitButton>
        {dirty ? <span className="text-sm font-medium text-amber-900">Unsaved changes</span> : null}
      </div>
    </form>
  );
}

/** A small form with one button, reporting failures (and, if asked, successes) beside it. */
function OneButtonForm({
  action,
  fields,
  label,
  pendingText,
  variant = "secondary",
  confirm,
  announceSuccess = false,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: React.ReactNode;
  pendingText: string;
  variant?: "primary" | "secondary" | "danger";
  confirm?: string;
  announceSuccess?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="flex flex-col gap-2"
    >
      {state.message && (!state.ok || announceSuccess) ? <StateNotice state={state} /> : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton variant={variant} pendingText={pendingText} className="text-sm">
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}

export function QuestionToolbar({ questionId, number, isFirst, isLast, answered }: { questionId: string; number: number; isFirst: boolean; isLast: boolean; answered: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      {isFirst ? null : (
        <OneButtonForm action={moveQuestionAction} fields={{ questionId, direction: "up" }} pendingText="Moving…" label={<>Move up<span className="sr-only"> question {number}</span></>} />
      )}
      {isLast ? null : (
        <OneButtonForm action={moveQuestionAction} fields={{ questionId, direction: "down" }} pendingText="Moving…" label={<>Move down<span className="sr-only"> question {number}</span></>} />
      )}
      {answered ? null : (
        <OneButtonForm
          action={removeQuestionAction}
          fields={{ questionId }}
          pendingText="Removing…"
          confirm={`Remove question ${number} from the set?`}
          label={<>Remove<span className="sr-only"> question {number}</span></>}
        />
      )}
    </div>
  );
}

export function AddFromBankButton({ setId, engineId, number }: { setId: string; engineId: string; number: number }) {
  return (
    <OneButtonForm
      action={addBankQuestionAction}
      fields={{ setId, engineId }}
      pendingText="Adding…"
      label={<>Add to set<span className="sr-only"> (bank question {number})</span></>}
    />
  );
}

export function RegenerateButton({ setId }: { setId: string }) {
  return (
    <OneButtonForm
      action={regenerateSetAction}
      fields={{ setId }}
      pendingText="Generating…"
      announceSuccess
      confirm="Replace every question in this set with a new selection? Your edits and hand-written questions will be replaced."
      label="Regenerate questions"
    />
  );
}

export function PublishButton({ setId, published }: { setId: string; published: boolean }) {
  return (
    <OneButtonForm
      action={setStatusAction}
      fields={{ setId, status: published ? "DRAFT" : "PUBLISHED" }}
      pendingText="Saving…"
      variant={published ? "secondary" : "primary"}
      announceSuccess
      label={published ? "Make private" : "Publish to self-study"}
    />
  );
}
