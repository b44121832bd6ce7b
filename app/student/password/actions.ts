"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { updateSession } from "@/lib/auth";
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
  // The session cookie still says "must change password" until it is re-issued. The jwt callback in
  // lib/auth/config.ts reads the flag from the top level of the update's data.
  await updateSession({ user: { mustChangePassword: false } });
  revalidatePath("/student");
  redirect("/student?password=changed");
}
