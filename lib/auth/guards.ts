import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { apiSessionUser } from "./api-session";
import { auth } from "./index";
import type { Role } from "./config";
import type { SessionUser } from "./session";

export type { SessionUser } from "./session";

export function homeFor(role: Role): string {
  return role === "TEACHER" ? "/teacher" : "/student";
}

/**
 * The signed-in user, or null. Auth.js's jwt callback checks the cookie's session version against the database and
 * rebuilds the user from it (lib/auth/session.ts); nothing else in the cookie is trusted. Cached for one render,
 * so the header and the page of one request share one check.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || (user.role !== "TEACHER" && user.role !== "STUDENT")) return null;
  return { id: user.id, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages, server actions and route handlers that only teachers may use. */
export async function requireTeacher(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "TEACHER") redirect(homeFor(user.role));
  return user;
}

/** Any student, also one who must still replace a temporary password (the password page itself needs this). */
export async function requireStudent(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "STUDENT") redirect(homeFor(user.role));
  return user;
}

/** Route handlers answer 401/403 instead of redirecting. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const PASSWORD_CHANGE_REQUIRED = "Choose a new password first: your teacher gave you a temporary one. Your answers are kept until then.";

/**
 * The pages send a user with a temporary password to /student/password before anything else; every JSON route
 * refuses them the same way, through one of these three guards. They check the session with the same cookie
 * verification and the same database check as `auth()`, without the rest of Auth.js's work per call
 * (lib/auth/api-session.ts, docs/decisions/014).
 */
function ready(user: SessionUser): SessionUser {
  if (user.mustChangePassword) throw new HttpError(403, PASSWORD_CHANGE_REQUIRED);
  return user;
}

export async function teacherForApi(): Promise<SessionUser> {
  const user = await apiSessionUser();
  if (!user) throw new HttpError(401, "Sign in to continue.");
  if (user.role !== "TEACHER") throw new HttpError(403, "Only teachers can do that.");
  return ready(user);
}

export async function studentForApi(): Promise<SessionUser> {
  const user = await apiSessionUser();
  if (!user) throw new HttpError(401, "Your session has ended. Sign in again to continue.");
  if (user.role !== "STUDENT") throw new HttpError(403, "Only students can do that.");
  return ready(user);
}

/** Routes open to visitors too (practice): the signed-in user, or null for a visitor. */
export async function anyoneForApi(): Promise<SessionUser | null> {
  const user = await apiSessionUser();
  return user ? ready(user) : null;
}
