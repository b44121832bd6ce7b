"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { createTeacher, DuplicateAccountError } from "@/lib/data/users";
import { safeCallbackUrl, SignInSchema, TeacherSignUpSchema, TOO_MANY_ATTEMPTS_MESSAGE } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

const WRONG_CREDENTIALS = "That email or username and password do not match an account. Check them and try again.";

async function signInOrMessage(identifier: string, password: string, redirectTo: string): Promise<FormState | undefined> {
  try {
    await signIn("credentials", { identifier, password, redirectTo });
  } catch (err) {
    // signIn throws Next's redirect on success: only Auth.js's own errors are ours to report.
    if (err instanceof CredentialsSignin && err.code === "too_many_attempts") return { message: TOO_MANY_ATTEMPTS_MESSAGE, values: { identifier } };
    if (err instanceof AuthError) return { message: WRONG_CREDENTIALS, values: { identifier } };
    throw err;
  }
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInSchema.safeParse({ identifier: formData.get("identifier"), password: formData.get("password") });
  const identifier = String(formData.get("identifier") ?? "");
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values: { identifier } };
  // Where to go afterwards: the page that sent the user here, else their own home (decided by /after-sign-in).
  const redirectTo = safeCallbackUrl(formData.get("callbackUrl"), "/after-sign-in");
  return (await signInOrMessage(parsed.data.identifier, parsed.data.password, redirectTo)) ?? {};
}

export async function teacherSignUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = { displayName: formData.get("displayName"), email: formData.get("email"), password: formData.get("password") };
  const values = { displayName: String(raw.displayName ?? ""), email: String(raw.email ?? "") };
  const parsed = TeacherSignUpSchema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  try {
    await createTeacher(parsed.data);
  } catch (err) {
    if (err instanceof DuplicateAccountError) {
      return { errors: { email: ["An account with this email already exists. Sign in instead."] }, values };
    }
    throw err;
  }
  return (await signInOrMessage(parsed.data.email, parsed.data.password, "/teacher")) ?? {};
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
