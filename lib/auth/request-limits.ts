import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";
import { consume, LIMITS, refund, tooManyMessage, type Limit } from "./rate-limit";

/** The address of the request being handled (a server action's or a page's). */
export async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}

/**
 * Counts `points` against one key; null when allowed, else the message to show. A refused request gives its points
 * back, so a teacher whose list is too big for what is left this hour can still add a shorter one.
 */
async function limited(key: string, limit: Limit, points = 1): Promise<string | null> {
  const verdict = await consume([{ key, limit }], points);
  if (verdict.allowed) return null;
  await refund([key], points);
  return tooManyMessage(verdict.retryAfterMs);
}

/** Teacher sign-up: each makes an account and an argon2 hash. */
export async function signUpRefusal(address: string): Promise<string | null> {
  return limited(`signup:addr:${address}`, LIMITS.signUpAddress);
}

/** A new student joining with a class code: an account and a hash. */
export async function joinRefusal(address: string): Promise<string | null> {
  return limited(`join:addr:${address}`, LIMITS.joinAddress);
}

/** A teacher's bulk add: one account and one hash per name. */
export async function bulkAddRefusal(teacherId: string, count: number): Promise<string | null> {
  return limited(`bulkadd:teacher:${teacherId}`, LIMITS.bulkAddTeacher, count);
}
