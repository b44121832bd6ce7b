import { studentForApi } from "@/lib/auth/guards";
import { saveProgress } from "@/lib/data/attempts";
import { SaveProgressSchema } from "@/lib/validation/quiz";
import { handleJson, reply, statusFor } from "../../json";

/** Where the student is and what they flagged, so another device or a reload resumes exactly there. */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleJson(request, async (body) => {
    const student = await studentForApi();
    const parsed = SaveProgressSchema.safeParse(body);
    if (!parsed.success) return reply(400, { status: "invalid", message: "Invalid progress." });
    const { attemptId } = await params;
    const result = await saveProgress(student, attemptId, parsed.data);
    return reply(statusFor(result), result);
  });
}
