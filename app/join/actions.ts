"use server";
import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, tooManyAttemptsMessage } from "@/lib/auth";
import { currentUser, PASSWORD_CHANGE_REQUIRED } from "@/lib/auth/guards";
import { joinRefusal, requestAddress } from "@/lib/auth/request-limits";
import { createStudentInClass, enrolByUsername, enrolStudent, findClassByCode, JOIN_MESSAGES, UsernameTakenError } from "@/lib/data/students";
import type { FormState } from "@/lib/validation/form-state";
import { ExistingStudentJoinSchema, NewStudentJoinSchema, SignedInJoinSchema } from "@/lib/validation/student";

const WRONG_CREDENTIALS = "That username and password do not match a student account. Check them and try again.";

function joinedUrl(code: string) {
  return `/student?joined=${encodeURIComponent(code)}`;
}

/** A new student: account and enrolment together, then signed in. */
export async function joinAsNewStudentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = { code: formData.get("code"), displayName: formData.get("displayName"), username: formData.get("username"), password: formData.get("password") };
  const values = { displayName: String(raw.displayName ?? ""), username: String(raw.username ?? "") };
  const parsed = NewStudentJoinSchema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  if (await currentUser()) return { message: "You are already signed in. Reload this page to join with your account.", values };
  const refused = await joinRefusal(await requestAddress());
  if (refused) return { message: refused, values };
  try {
    const joined = await createStudentInClass(parsed.data);
    if (!joined.ok) return { message: JOIN_MESSAGES[joined.reason], values };
  } catch (err) {
    if (err instanceof UsernameTakenError) {
      return { errors: { username: ["That username is taken. Choose another, or sign in below if it is yours."] }, values };
    }
    throw err;
  }
  revalidatePath("/student");
  try {
    await signIn("credentials", { identifier: parsed.data.username, password: parsed.data.password, redirectTo: joinedUrl(parsed.data.code) });
  } catch (err) {
    // signIn throws Next's redirect on success: only Auth.js's own errors are ours to report.
    if (err instanceof AuthError) return { message: "Your account was made but signing in failed. Sign in with your new username.", values };
    throw err;
  }
  return {};
}

/** A student with an account: signed in (which proves the password), then enrolled. */
export async function joinAsExistingStudentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = { code: formData.get("code"), username: formData.get("username"), password: formData.get("password") };
  const values = { username: String(raw.username ?? "") };
  const parsed = ExistingStudentJoinSchema.safeParse(raw);
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };
  // An email is a teacher's sign-in; teachers cannot join classes.
  if (parsed.data.username.includes("@")) return { message: JOIN_MESSAGES.teacher, values };
  const found = await findClassByCode(parsed.data.code);
  if (!found.ok) return { message: JOIN_MESSAGES[found.reason], values };
  try {
    await signIn("credentials", { identifier: parsed.data.username, password: parsed.data.password, redirect: false });
  } catch (err) {
    const tooMany = tooManyAttemptsMessage(err);
    if (tooMany) return { message: tooMany, values };
    if (err instanceof AuthError) return { message: WRONG_CREDENTIALS, values };
    throw err;
  }
  const joined = await enrolByUsername(parsed.data.username, parsed.data.code);
  if (!joined.ok) return { message: JOIN_MESSAGES[joined.reason], values };
  revalidatePath("/student");
  redirect(joinedUrl(parsed.data.code));
}

/** A signed-in student joins another class. */
export async function joinSignedInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) return { message: "Your session has ended. Reload the page and sign in again." };
  if (user.role !== "STUDENT") return { message: JOIN_MESSAGES.teacher };
  if (user.mustChangePassword) return { message: PASSWORD_CHANGE_REQUIRED };
  const parsed = SignedInJoinSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const joined = await enrolStudent(user, parsed.data.code);
  if (!joined.ok) return { message: JOIN_MESSAGES[joined.reason] };
  revalidatePath("/student");
  redirect(joinedUrl(parsed.data.code));
}
