import { anyoneForApi } from "@/lib/auth/guards";
import { checkPracticeAnswer } from "@/lib/data/practice";
import { PracticeAnswerSchema } from "@/lib/validation/quiz";
import { handleJson, reply, statusFor } from "../../../attempts/json";

/** Practice feedback for anyone; a signed-in student's progress is also kept on the server. */
export async function POST(request: Request, { params }: { params: Promise<{ setId: string }> }) {
  return handleJson(request, async (body) => {
    const user = await anyoneForApi();
    const parsed = PracticeAnswerSchema.safeParse(body);
    if (!parsed.success) return reply(400, { status: "invalid", message: parsed.error.issues[0]?.message ?? "Invalid answer." });
    const { setId } = await params;
    const result = await checkPracticeAnswer(user, setId, parsed.data);
    return reply(statusFor(result), result);
  });
}
