import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./index";
import type { Role } from "./config";

export type SessionUser = { id: string; role: Role; name: string; mustChangePassword: boolean };

export function homeFor(role: Role): string {
  return role === "TEACHER" ? "/teacher" : "/student";
}

/** The signed-in user, or null. Never trusts anything but the signed session cookie. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || (user.role !== "TEACHER" && user.role !== "STUDENT")) return null;
  return { id: user.id, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword };
}

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

export async function teacherForApi(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new HttpError(401, "Sign in to continue.");
  if (user.role !== "TEACHER") throw new HttpError(403, "Only teachers can do that.");
  return user;
}

export async function studentForApi(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new HttpError(401, "Your session has ended. Sign in again to continue.");
  if (user.role !== "STUDENT") throw new HttpError(403, "Only students can do that.");
  return user;
}
