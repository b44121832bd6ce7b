import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/teacher/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { ScrollTable } from "@/components/ui/scroll-table";
import { requireTeacher } from "@/lib/auth/guards";
import { studentReport } from "@/lib/data/results";
import { formatPercent } from "@/lib/format";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await params;
  const teacher = await requireTeacher();
  const report = await studentReport(teacher, classId, studentId);
  if (!report) notFound();
  const base = `/teacher/classes/${classId}`;
  return (
    <>
      <PageHeader
        title={report.student.displayName}
        description={
          <>
            Username <span className="font-mono">{report.student.username}</span> ·{" "}
            <Link href={base} className="text-brand-800 underline">
              {report.class.name}
            </Link>
          </>
        }
      />
      {report.assignments.length === 0 ? (
        <p className="text-slate-700">This class has no assignments yet.</p>
      ) : (
        <ScrollTable label="Assignments and scores" minWidth="min-w-[32rem]" columns={["Assignment", "Score", "Attempts", "Submitted at"]}>
          {report.assignments.map((a) => (
            <tr key={a.id} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-medium">
                <Link href={`${base}/assignments/${a.id}`} className="text-brand-800 underline">
                  {a.title}
                </Link>
              </th>
              <td className="p-2 tabular-nums">
                {a.counted ? (
                  <Link href={`${base}/assignments/${a.id}/attempts/${a.counted.id}`} className="text-brand-800 underline">
                    {a.counted.score}/{a.counted.maxScore} ({formatPercent(a.counted.percent)})
                  </Link>
                ) : a.inProgress ? (
                  "In progress"
                ) : (
                  "Not started"
                )}
              </td>
              <td className="p-2 tabular-nums">{a.attemptsUsed}</td>
              <td className="p-2">{a.counted ? <LocalTime date={a.counted.submittedAt} /> : "–"}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </>
  );
}
