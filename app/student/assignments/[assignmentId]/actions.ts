"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { START_MESSAGES, startAttempt } from "@/lib/data/attempts";
import { requireReadyStudent } from "@/lib/data/student-session";
import type { FormState } from "@/lib/validation/form-state";

/** The form's state: a refusal's message, or the attempt the page's script then opens. */
export type StartState = FormState & { attemptId?: string };

/**
 * Starts the next attempt (or resumes the open one: two tabs pressing Start land on the same attempt).
 * Called by the page's script (React sends the Next-Action header, which is how Next.js itself tells such a call
 * from a form posted without JavaScript), it answers with the attempt's id and the form opens the quiz with a GET
 * of its own: a redirect() here would make Next.js render the whole quiz page inside this answer, through a
 * request to itself, while the class waits (docs/decisions/026). Posted without JavaScript, it redirects: Next.js
 * answers that with a plain 303 and the browser GETs the quiz page.
 */
export async function startAttemptAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const student = await requireReadyStudent();
  const parsed = z.string().min(1).max(64).safeParse(formData.get("assignmentId"));
  if (!parsed.success) return { message: START_MESSAGES.not_found };
  const result = await startAttempt(student, parsed.data);
  if (!result.ok) return { message: START_MESSAGES[result.reason] };
  if ((await headers()).has("next-action")) return { attemptId: result.attemptId };
  redirect(`/student/attempts/${result.attemptId}`);
}
