/** What every server action returns to its form (for useActionState). */
export type FormState = {
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** Echo of what the user typed, so a failed submission does not empty the form. Never passwords. */
  values?: Record<string, string>;
  ok?: boolean;
};

export const initialFormState: FormState = {};
