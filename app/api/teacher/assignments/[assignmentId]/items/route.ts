import { csvFileName, toCsv } from "@/lib/csv";
import { assignmentResults, itemAnalysisCsvRows } from "@/lib/data/results";
import { asTeacher } from "../../respond";

export async function GET(_req: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return asTeacher(async (teacher) => {
    const results = await assignmentResults(teacher, assignmentId);
    if (!results) return null;
    return new Response(toCsv(itemAnalysisCsvRows(results)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${csvFileName(results.class.name, results.set.title, "item-analysis")}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
