"use client";
import { useActionState, useSyncExternalStore } from "react";
import { assignAction } from "@/app/teacher/sets/actions";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/validation/form-state";

const FEEDBACK = [
  { value: "AFTER_EACH", label: "After each answer" },
  { value: "AFTER_SUBMIT", label: "After the student submits" },
  { value: "AFTER_DUE", label: "After the due date (needs a due date)" },
];
const POLICIES = [
  { value: "BEST", label: "The best attempt" },
  { value: "LATEST", label: "The latest attempt" },
];

const noSubscription = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  ) : null;
}

export function AssignForm({ setId, classes }: { setId: string; classes: { id: string; name: string }[] }) {
  const [state, action] = useActionState(assignAction, initialFormState);
  // datetime-local values are the teacher's wall-clock time: the server reads each one in this zone (its rules on
  // that date, so a change of the clocks between the opening and the due date is handled).
  const zone = useSyncExternalStore(noSubscription, browserTimeZone, () => "");
  const v = state.values;
  const chosen = new Set((v?.classIds ?? "").split(",").filter(Boolean));
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="timeZone" value={zone} />
      <fieldset aria-describedby={state.errors?.classIds ? "classIds-error" : undefined}>
        <legend className="mb-1 font-medium">Classes</legend>
        <div className="flex flex-col gap-1">
          {classes.map((c) => (
            <label key={c.id} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="classIds" value={c.id} defaultChecked={chosen.has(c.id) || classes.length === 1} className="size-5" />
              {c.name}
            </label>
          ))}
        </div>
        <Errors id="classIds-error" errors={state.errors?.classIds} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Opens at"
          name="opensAt"
          type="datetime-local"
          hint={`Leave empty to open now.${zone ? ` Your time zone: ${zone}.` : ""}`}
          defaultValue={v?.opensAt}
          errors={state.errors?.opensAt}
        />
        <TextField label="Due at" name="dueAt" type="datetime-local" hint="Optional. Must be after the opening time." defaultValue={v?.dueAt} errors={state.errors?.dueAt} />
        <TextField
          label="Time limit in minutes"
          name="timeLimitMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={300}
          hint="Optional, 1 to 300. Leave empty for no limit."
          defaultValue={v?.timeLimitMinutes}
          errors={state.errors?.timeLimitMinutes}
        />
        <TextField
          label="Attempts allowed"
          name="attemptsAllowed"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          hint="1 to 10."
          defaultValue={v?.attemptsAllowed ?? "1"}
          errors={state.errors?.attemptsAllowed}
        />
      </div>
      <Errors id="timeZone-error" errors={state.errors?.timeZone} />
      <fieldset>
        <legend className="mb-1 font-medium">Order</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleQuestions" defaultChecked={v ? v.shuffleQuestions === "on" : false} className="size-5" />
          Shuffle the questions for each student
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="shuffleChoices" defaultChecked={v ? v.shuffleChoices === "on" : true} className="size-5" />
          Shuffle the choices of each question
        </label>
      </fieldset>
      <fieldset aria-describedby={state.errors?.feedback ? "feedback-hint feedback-error" : "feedback-hint"}>
        <legend className="mb-1 font-medium">When students see answers and explanations</legend>
        <p id="feedback-hint" className="mb-1 text-sm text-slate-700">
          With more than one attempt, students see their score after each attempt, but the correct answers only once
          they have no attempt left or the due date has passed, so a retake cannot be copied from them. Feedback
          after each answer shows the answers during the attempt, so it allows only 1 attempt.
        </p>
        {FEEDBACK.map((f) => (
          <label key={f.value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="feedback" value={f.value} defaultChecked={(v?.feedback ?? "AFTER_SUBMIT") === f.value} className="size-5" />
            {f.label}
          </label>
        ))}
        <Errors id="feedback-error" errors={state.errors?.feedback} />
      </fieldset>
      <fieldset aria-describedby={state.errors?.scorePolicy ? "scorePolicy-error" : undefined}>
        <legend className="mb-1 font-medium">Which score counts when a student makes several attempts</legend>
        {POLICIES.map((p) => (
          <label key={p.value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="scorePolicy" value={p.value} defaultChecked={(v?.scorePolicy ?? "BEST") === p.value} className="size-5" />
            {p.label}
          </label>
        ))}
        <Errors id="scorePolicy-error" errors={state.errors?.scorePolicy} />
      </fieldset>
      <div>
        <SubmitButton pendingText="Assigning…">Assign</SubmitButton>
      </div>
    </form>
  );
}
