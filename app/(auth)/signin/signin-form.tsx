"use client";
import { signInAction } from "../actions";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { initialFormState } from "@/lib/validation/form-state";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { state, pending, formProps } = useFormAction(signInAction, initialFormState);
  return (
    <form {...formProps} className="flex flex-col gap-4" noValidate>
      {state.message ? (
        <Notice tone="error" formMessage>
          {state.message}
        </Notice>
      ) : null}
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
      <SubmitButton pendingText="Signing in…" pending={pending}>Sign in</SubmitButton>
    </form>
  );
}
