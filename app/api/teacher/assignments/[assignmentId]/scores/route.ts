import { csvFileName, toCsv } from "@/lib/csv";
import { assignmentResults, scoresCsvRows } from "@/lib/data/results";
import { asTeacher } from "../../respond";

export async function GET(_req: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return asTeacher(async (teacher) => {
    const results = await assignmentResults(teacher, assignmentId);
    if (!results) return null;
    return new Response(toCsv(scoresCsvRows(results)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName(results.class.name, results.set.title, "scores")}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
