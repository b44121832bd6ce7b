"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { FormState } from "@/lib/validation/form-state";

/**
 * useActionState for a form that must not lose what was typed and must say what went wrong:
 * - submitted through a transition, so React does not reset the form afterwards (a refused password stays);
 * - after a refused submission, focus goes to the first invalid field (a screen reader then reads its label and
 *   its error, wired by aria-describedby) or else to the form's message (`data-form-message`, an alert).
 * Without JavaScript the form still posts to the action (React's progressive enhancement).
 */
export function useFormAction(action: (prev: FormState, data: FormData) => Promise<FormState>, initial: FormState) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => dispatch(data));
  };
  useEffect(() => {
    if (state === initial || !formRef.current) return;
    const target = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current.querySelector<HTMLElement>("[data-form-message]");
    target?.focus();
  }, [state, initial]);
  return { state, pending, formProps: { ref: formRef, action: dispatch, onSubmit } };
}
