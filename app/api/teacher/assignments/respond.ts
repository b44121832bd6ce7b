import "server-only";
import { HttpError, teacherForApi, type SessionUser } from "@/lib/auth/guards";

/** Runs a teacher-only route handler: 401/403 from the session check, 404 when the handler finds nothing of theirs. */
export async function asTeacher(handle: (teacher: SessionUser) => Promise<Response | null>): Promise<Response> {
  try {
    const teacher = await teacherForApi();
    return (await handle(teacher)) ?? Response.json({ error: "Not found." }, { status: 404 });
  } catch (err) {
    if (err instanceof HttpError) return Response.json({ error: err.message }, { status: err.status });
    throw err;
  }
}
