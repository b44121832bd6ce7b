import { studentForApi } from "@/lib/auth/guards";
import { setPracticeRound } from "@/lib/data/practice";
import { PracticeRoundSchema } from "@/lib/validation/quiz";
import { handleJson, reply } from "../../../attempts/json";

/** A signed-in student moves on to the questions they missed, or starts over (visitors keep this in the browser). */
export async function POST(request: Request, { params }: { params: Promise<{ setId: string }> }) {
  return handleJson(request, async (body) => {
    const student = await studentForApi();
    const parsed = PracticeRoundSchema.safeParse(body);
    if (!parsed.success) return reply(400, { status: "invalid", message: "Invalid round." });
    const { setId } = await params;
    await setPracticeRound(student, setId, parsed.data.round);
    return reply(200, { status: "saved" });
  });
}
