"use client";
import { useActionState } from "react";
import { startAttemptAction } from "@/app/student/assignments/[assignmentId]/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/validation/form-state";

export function StartAttemptForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action] = useActionState(startAttemptAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton pendingText="Starting…" className="self-start">
        {label}
      </SubmitButton>
    </form>
  );
}
