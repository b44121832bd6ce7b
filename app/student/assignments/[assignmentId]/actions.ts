"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { START_MESSAGES, startAttempt } from "@/lib/data/attempts";
import { requireReadyStudent } from "@/lib/data/student-session";
import type { FormState } from "@/lib/validation/form-state";

/** Starts the next attempt (or resumes the open one: two tabs pressing Start land on the same attempt). */
export async function startAttemptAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const student = await requireReadyStudent();
  const parsed = z.string().min(1).max(64).safeParse(formData.get("assignmentId"));
  if (!parsed.success) return { message: START_MESSAGES.not_found };
  const result = await startAttempt(student, parsed.data);
  if (!result.ok) return { message: START_MESSAGES[result.reason] };
  redirect(`/student/attempts/${result.attemptId}`);
}
