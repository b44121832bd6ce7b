import type { Metadata } from "next";
import Link from "next/link";
import { AssignmentCard } from "@/components/student/assignment-card";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getStudentDashboard } from "@/lib/data/student-dashboard";
import { requireReadyStudent } from "@/lib/data/student-session";
import { normaliseJoinCode } from "@/lib/join-code";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Your classes" };

export default async function StudentDashboard({ searchParams }: { searchParams: Promise<{ joined?: string; password?: string }> }) {
  const student = await requireReadyStudent();
  const classes = await getStudentDashboard(student);
  const { joined, password } = await searchParams;
  const joinedCode = typeof joined === "string" ? normaliseJoinCode(joined) : "";
  const joinedClass = joinedCode ? classes.find((c) => c.joinCode === joinedCode) : undefined;
  return (
    <>
      <PageHeader
        title="Your classes"
        description={`Hi, ${student.name}${/[.!?]$/.test(student.name) ? "" : "."}`}
        actions={
          <ButtonLink href="/join" variant="secondary">
            Join another class
          </ButtonLink>
        }
      />
      {password === "changed" ? (
        <div className="mb-6">
          <Notice tone="success">Your new password is saved.</Notice>
        </div>
      ) : null}
      {joinedClass ? (
        <div className="mb-6">
          <Notice tone="success">You joined {joinedClass.name}.</Notice>
        </div>
      ) : null}
      {classes.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          <h2 className="text-lg font-semibold text-slate-900">No classes yet</h2>
          <p className="mt-1">
            Your teacher gives you a class code. <Link href="/join" className="text-brand-800 underline">Enter it here</Link>.
          </p>
        </div>
      ) : (
        <div className="flex flex-col gap-8">
          {classes.map((c) => (
            <section key={c.id} aria-labelledby={`class-${c.id}`}>
              <h2 id={`class-${c.id}`} className="text-xl font-semibold">
                {c.name}
              </h2>
              <p className="mb-3 text-sm text-slate-700">Teacher: {c.teacherName}</p>
              {c.assignments.length === 0 ? (
                <EmptyState title="No assignments yet" headingLevel={3} action={{ href: "/practice", label: "Practise a quiz meanwhile" }}>
                  <p>When {c.teacherName} assigns a quiz, it appears here with its due date.</p>
                </EmptyState>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2">
                  {c.assignments.map((a) => (
                    <AssignmentCard key={a.id} assignment={a} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
      <p className="mt-8 text-slate-700">
        Want more practice? <Link href="/practice" className="text-brand-800 underline">Practise any published quiz</Link>.
      </p>
    </>
  );
}
