"use client";
import { teacherSignUpAction } from "../actions";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { initialFormState } from "@/lib/validation/form-state";

export function SignUpForm() {
  const { state, pending, formProps } = useFormAction(teacherSignUpAction, initialFormState);
  return (
    <form {...formProps} className="flex flex-col gap-4" noValidate>
      {state.message ? (
        <Notice tone="error" formMessage>
          {state.message}
        </Notice>
      ) : null}
      <TextField
        label="Your name"
        name="displayName"
        autoComplete="name"
        required
        hint="Students see this name on their assignments, e.g. Ms. Rivera."
        defaultValue={state.values?.displayName}
        errors={state.errors?.displayName}
      />
      <TextField
        label="School email"
        name="email"
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={state.errors?.password}
      />
      <SubmitButton pendingText="Creating account…" pending={pending}>Create teacher account</SubmitButton>
    </form>
  );
}
