import "server-only";
import { redirect } from "next/navigation";
import { requireStudent, type SessionUser } from "@/lib/auth/guards";

/**
 * For every student page except /student/password: a student given a temporary password by their teacher must
 * choose their own before anything else.
 */
export async function requireReadyStudent(): Promise<SessionUser> {
  const student = await requireStudent();
  if (student.mustChangePassword) redirect("/student/password");
  return student;
}
