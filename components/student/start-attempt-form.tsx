"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useTransition } from "react";
import { startAttemptAction, type StartState } from "@/app/student/assignments/[assignmentId]/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

const initialStartState: StartState = {};

/**
 * Start (or Retake): the action makes or finds the attempt and answers with its id; the quiz page is then opened
 * by the router, a GET of its own (docs/decisions/026). Without JavaScript the form posts to the same action,
 * which redirects (a 303) instead. The button stays "Starting…" until the quiz page is shown.
 */
export function StartAttemptForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action, starting] = useActionState(startAttemptAction, initialStartState);
  const router = useRouter();
  const [opening, startOpening] = useTransition();
  useEffect(() => {
    const { attemptId } = state;
    if (attemptId) startOpening(() => router.push(`/student/attempts/${attemptId}`));
  }, [state, router]);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state.message ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton pendingText="Starting…" className="self-start" pending={starting || opening}>
        {label}
      </SubmitButton>
    </form>
  );
}
