import { resultsVersion } from "@/lib/data/results";
import { asTeacher } from "../../respond";

/** Polled by the results page: a fingerprint that changes whenever students start, answer or submit. */
export async function GET(_req: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return asTeacher(async (teacher) => {
    const version = await resultsVersion(teacher, assignmentId);
    return version === null ? null : Response.json({ version }, { headers: { "Cache-Control": "no-store" } });
  });
}
