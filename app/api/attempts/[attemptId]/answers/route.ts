import { studentForApi } from "@/lib/auth/guards";
import { saveAnswer } from "@/lib/data/attempts";
import { SaveAnswerSchema } from "@/lib/validation/quiz";
import { handleJson, reply, statusFor } from "../../json";

/** Saves one answer as soon as it is chosen (and again whenever it changes). */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleJson(request, async (body) => {
    const student = await studentForApi();
    const parsed = SaveAnswerSchema.safeParse(body);
    if (!parsed.success) return reply(400, { status: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid answer." });
    const { attemptId } = await params;
    const result = await saveAnswer(student, attemptId, parsed.data);
    return reply(statusFor(result), result);
  });
}
