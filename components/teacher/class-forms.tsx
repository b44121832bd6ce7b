"use client";
import { useActionState } from "react";
import {
  archiveClassAction,
  bulkAddAction,
  createClassAction,
  regenerateCodeAction,
  removeStudentAction,
  renameClassAction,
  temporaryPasswordAction,
  type BulkAddState,
  type TemporaryPasswordState,
} from "@/app/teacher/classes/actions";
import { buttonClass } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { MAX_BULK_NAMES, MAX_STUDENT_NAME } from "@/lib/validation/teacher";

function StateNotice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice>;
}

export function CreateClassForm() {
  const [state, action] = useActionState(createClassAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <TextField
        className="flex-1"
        label="New class name"
        name="name"
        required
        maxLength={80}
        hint="For example: Civics, Period 3"
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <SubmitButton pendingText="Creating…">Create class</SubmitButton>
    </form>
  );
}

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const [state, action] = useActionState(renameClassAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <StateNotice state={state} />
      <input type="hidden" name="classId" value={classId} />
      <TextField label="Class name" name="name" required maxLength={80} defaultValue={state.values?.name ?? name} errors={state.errors?.name} />
      <div>
        <SubmitButton variant="secondary" pendingText="Saving…">
          Rename class
        </SubmitButton>
      </div>
    </form>
  );
}

export function ArchiveClassForm({ classId, archived }: { classId: string; archived: boolean }) {
  const [state, action] = useActionState(archiveClassAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-3">
      <StateNotice state={state} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="archive" value={archived ? "false" : "true"} />
      <p className="text-sm text-slate-700">
        {archived
          ? "Restoring the class lets students join it again with its code."
          : "Archiving hides the class from your list and stops new students joining. Its results stay readable."}
      </p>
      <div>
        <SubmitButton variant="secondary" pendingText="Saving…">
          {archived ? "Restore class" : "Archive class"}
        </SubmitButton>
      </div>
    </form>
  );
}

export function RegenerateCodeForm({ classId }: { classId: string }) {
  const [state, action] = useActionState(regenerateCodeAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("Make a new join code? The current code and join link will stop working.")) e.preventDefault();
      }}
      className="flex flex-col gap-2"
    >
      <StateNotice state={state} />
      <input type="hidden" name="classId" value={classId} />
      <div>
        <SubmitButton variant="secondary" pendingText="Making a new code…">
          New join code
        </SubmitButton>
      </div>
    </form>
  );
}

export function RemoveStudentForm({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  const [state, action] = useActionState(removeStudentAction, initialFormState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Remove ${name} from this class? Their account and past results are kept.`)) e.preventDefault();
      }}
    >
      {state.message && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <button type="submit" className={buttonClass("ghost", "text-sm")}>
        Remove<span className="sr-only"> {name}</span>
      </button>
    </form>
  );
}

export function TemporaryPasswordForm({ classId, studentId, name }: { classId: string; studentId: string; name: string }) {
  const [state, action] = useActionState<TemporaryPasswordState, FormData>(temporaryPasswordAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-2">
      {state.message && !state.ok ? <Notice tone="error">{state.message}</Notice> : null}
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      {state.temporary ? (
        <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-2 text-sm text-emerald-950">
          Temporary password for {state.temporary.displayName}:{" "}
          <strong className="font-mono text-base" data-testid="temporary-password">
            {state.temporary.password}
          </strong>
          <br />
          It is shown only now. {state.temporary.displayName} must choose a new one at next sign-in.
        </div>
      ) : (
        <SubmitButton variant="secondary" pendingText="Setting…" className="text-sm">
          Temporary password<span className="sr-only"> for {name}</span>
        </SubmitButton>
      )}
    </form>
  );
}

export function BulkAddForm({ classId, signInUrl }: { classId: string; signInUrl: string }) {
  const [state, action] = useActionState<BulkAddState, FormData>(bulkAddAction, initialFormState);
  if (state.cards && state.joinCode) {
    return <LoginCards cards={state.cards} joinCode={state.joinCode} signInUrl={signInUrl} skipped={state.skipped ?? []} />;
  }
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <StateNotice state={state} />
      <input type="hidden" name="classId" value={classId} />
      <TextAreaField
        id="bulk-names"
        label="Student names, one per line"
        name="names"
        rows={6}
        hint={`Up to ${MAX_BULK_NAMES} names of at most ${MAX_STUDENT_NAME} characters. Each student gets a username and a password to print on a login card. Empty lines and repeated names are skipped.`}
        defaultValue={state.values?.names}
        errors={state.errors?.names}
      />
      <div>
        <SubmitButton pendingText="Creating accounts…">Add students</SubmitButton>
      </div>
    </form>
  );
}

const PRINT_ONLY_CARDS = `@media print {
  body * { visibility: hidden; }
  #login-cards, #login-cards * { visibility: visible; }
  #login-cards { position: absolute; inset: 0 auto auto 0; width: 100%; }
}`;

function LoginCards({ cards, joinCode, signInUrl, skipped }: { cards: BulkAddState["cards"] & {}; joinCode: string; signInUrl: string; skipped: string[] }) {
  return (
    <div className="flex flex-col gap-3">
      <style>{PRINT_ONLY_CARDS}</style>
      <Notice tone="success">
        {cards.length} {cards.length === 1 ? "student" : "students"} added.
        {skipped.length > 0 ? ` Skipped repeated ${skipped.length === 1 ? "name" : "names"}: ${skipped.join(", ")}.` : ""} Print
        the login cards now: the passwords are shown only this once.
      </Notice>
      <div className="flex flex-wrap gap-2 print:hidden">
        <button type="button" className={buttonClass("primary")} onClick={() => window.print()}>
          Print login cards
        </button>
        <a href="" className={buttonClass("secondary")}>
          Done
        </a>
      </div>
      <section id="login-cards" aria-label="Login cards">
        <ul className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
          {cards.map((card) => (
            <li key={card.username} className="break-inside-avoid rounded-md border-2 border-dashed border-slate-500 bg-white p-3">
              <p className="text-lg font-bold">{card.displayName}</p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt>Sign in at</dt>
                <dd className="font-mono break-all">{signInUrl}</dd>
                <dt>Username</dt>
                <dd className="font-mono text-base font-semibold">{card.username}</dd>
                <dt>Password</dt>
                <dd className="font-mono text-base font-semibold">{card.password}</dd>
                <dt>Class code</dt>
                <dd className="font-mono">{joinCode}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
