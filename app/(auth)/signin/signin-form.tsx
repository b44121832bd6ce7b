"use client";
import { useActionState } from "react";
import { signInAction } from "../actions";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/validation/form-state";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.message ? <Notice tone="error">{state.message}</Notice> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        label="Email or username"
        name="identifier"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="Teachers use their email. Students use the username they chose when joining."
        defaultValue={state.values?.identifier}
        errors={state.errors?.identifier}
      />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
