import { studentForApi } from "@/lib/auth/guards";
import { submitOwnAttempt } from "@/lib/data/attempts";
import { handleJson, NOT_FOUND, reply } from "../../json";

/** Submits once however often it is called (double clicks, two tabs, the timer, a retry). */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleJson(request, async () => {
    const student = await studentForApi();
    const { attemptId } = await params;
    const submitted = await submitOwnAttempt(student, attemptId);
    if (!submitted) return reply(404, NOT_FOUND);
    return reply(200, { status: "submitted", resultsUrl: `/student/attempts/${attemptId}/results` });
  });
}
