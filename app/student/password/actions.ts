"use server";
import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { requireStudent } from "@/lib/auth/guards";
import { changeStudentPassword } from "@/lib/data/students";
import type { FormState } from "@/lib/validation/form-state";
import { ChangePasswordSchema } from "@/lib/validation/student";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const student = await requireStudent();
  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword") ?? undefined,
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors };
  const result = await changeStudentPassword(student, parsed.data);
  if (!result.ok) {
    return result.reason === "wrong_current"
      ? { errors: { currentPassword: ["That is not your current password."] } }
      : { message: "Your account could not be found. Sign in again." };
  }
  revalidatePath("/student");
  // The change ended every session of this account, this one too (docs/decisions/005): a fresh sign-in with the
  // new password gives this device a new one. A session is never re-issued from what a client sends.
  try {
    await signIn("credentials", { identifier: result.username, password: parsed.data.password, redirectTo: "/student?password=changed" });
  } catch (err) {
    // signIn throws Next's redirect on success: only Auth.js's own errors are ours to report.
    if (err instanceof AuthError) return { message: "Your password was changed. Sign in again with your new password." };
    throw err;
  }
  return {};
}
