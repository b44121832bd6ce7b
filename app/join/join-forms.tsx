"use client";
import { joinAsExistingStudentAction, joinAsNewStudentAction, joinSignedInAction } from "./actions";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { PASSWORD_MIN } from "@/lib/validation/auth";
import { initialFormState } from "@/lib/validation/form-state";

export function NewStudentForm({ code }: { code: string }) {
  const { state, pending, formProps } = useFormAction(joinAsNewStudentAction, initialFormState);
  return (
    <form {...formProps} className="flex flex-col gap-4" noValidate>
      {state.message ? (
        <Notice tone="error" formMessage>
          {state.message}
        </Notice>
      ) : null}
      {state.errors?.code ? (
        <Notice tone="error" formMessage>
          {state.errors.code.join(" ")}
        </Notice>
      ) : null}
      <input type="hidden" name="code" value={code} />
      <TextField
        id="new-displayName"
        label="Your name"
        name="displayName"
        autoComplete="name"
        required
        hint="Your teacher sees this name, e.g. Maya R."
        defaultValue={state.values?.displayName}
        errors={state.errors?.displayName}
      />
      <TextField
        id="new-username"
        label="Choose a username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="You sign in with it. Letters, numbers, dots, dashes or underscores; no email needed."
        defaultValue={state.values?.username}
        errors={state.errors?.username}
      />
      <TextField
        id="new-password"
        label="Choose a password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        errors={state.errors?.password}
      />
      <SubmitButton pendingText="Joining…" pending={pending}>
        Create account and join
      </SubmitButton>
    </form>
  );
}

export function ExistingStudentForm({ code }: { code: string }) {
  const { state, pending, formProps } = useFormAction(joinAsExistingStudentAction, initialFormState);
  return (
    <form {...formProps} className="flex flex-col gap-4" noValidate>
      {state.message ? (
        <Notice tone="error" formMessage>
          {state.message}
        </Notice>
      ) : null}
      <input type="hidden" name="code" value={code} />
      <TextField
        id="existing-username"
        label="Username"
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={state.values?.username}
        errors={state.errors?.username}
      />
      <TextField id="existing-password" label="Password" name="password" type="password" autoComplete="current-password" required errors={state.errors?.password} />
      <SubmitButton pendingText="Signing in…" variant="secondary" pending={pending}>
        Sign in and join
      </SubmitButton>
    </form>
  );
}

export function SignedInJoinForm({ code, className }: { code: string; className: string }) {
  const { state, pending, formProps } = useFormAction(joinSignedInAction, initialFormState);
  return (
    <form {...formProps} className="flex flex-col gap-4">
      {state.message ? (
        <Notice tone="error" formMessage>
          {state.message}
        </Notice>
      ) : null}
      <input type="hidden" name="code" value={code} />
      <SubmitButton pendingText="Joining…" className="self-start" pending={pending}>
        Join {className}
      </SubmitButton>
    </form>
  );
}
