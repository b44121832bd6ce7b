"use client";
import { changePasswordAction } from "./actions";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { initialFormState } from "@/lib/validation/form-state";

export function PasswordForm({ askCurrent }: { askCurrent: boolean }) {
  const { state, pending, formProps } = useFormAction(changePasswordAction, initialFormState);
  return (
    <form {...formProps} className="flex flex-col gap-4" noValidate>
      {state.message ? (
        <Notice tone="error" formMessage>
          {state.message}
        </Notice>
      ) : null}
      {askCurrent ? (
        <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={state.errors?.currentPassword} />
      ) : null}
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={state.errors?.password}
      />
      <TextField label="Type it again" name="confirm" type="password" autoComplete="new-password" required errors={state.errors?.confirm} />
      <SubmitButton pendingText="Saving…" pending={pending}>Save new password</SubmitButton>
    </form>
  );
}
