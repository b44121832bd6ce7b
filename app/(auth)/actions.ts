"use server";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut, tooManyAttemptsMessage } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/guards";
import { endAllSessions } from "@/lib/auth/session";
import { requestAddress, signUpRefusal } from "@/lib/auth/request-limits";
import { createTeacher, DuplicateAccountError } from "@/lib/data/users";
import { SignInSchema, TeacherSignUpSchema } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/form-state";

const TOO_MANY_HINT = "A student can also ask their teacher for a temporary password.";
const WRONG_CREDENTIALS = "That email or username and password do not match an account. Check them and try again.";

async function signInOrMessage(identifier: string, password: string, redirectTo: string): Promise<FormState | undefined> {
  try {
    await signIn("credentials", { identifier, password, redirectTo });
  } catch (err) {
    // signIn throws Next's redirect on success: only Auth.js's own errors are ours to report.
    const tooMany = tooManyAttemptsMessage(err);
    if (tooMany) return { message: `${tooMany} ${TOO_MANY_HINT}`, values: { identifier } };
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
  const refused = await signUpRefusal(await requestAddress());
  if (refused) return { message: refused, values };
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

/** Ends this browser's session only. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

/**
 * Ends every session of the signed-in user on every device, this one too, including any copy of the cookie
 * (docs/decisions/005). Signed out already: nothing to end.
 */
export async function signOutEverywhereAction() {
  const user = await currentUser();
  if (user) await endAllSessions(user.id);
  await signOut({ redirectTo: "/signin?signedOut=everywhere" });
}
