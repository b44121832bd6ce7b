import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/teacher/class-forms";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { listClasses } from "@/lib/data/classes";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Teacher dashboard" };

export default async function TeacherDashboard() {
  const teacher = await requireTeacher();
  const [classes, archived] = await Promise.all([listClasses(teacher), listClasses(teacher, { archived: true })]);
  return (
    <>
      <PageHeader
        title="Your classes"
        description={`Welcome, ${teacher.name}.`}
        actions={
          <ButtonLink href="/teacher/articles" prefetch={false} variant="secondary">
            Make a quiz from an article
          </ButtonLink>
        }
      />
      {classes.length === 0 ? (
        <div className="mb-6">
          <EmptyState title="No classes yet" action={{ href: "#new-class", label: "Create your first class" }}>
            <p>
              Create a class for each group you teach (for example “Civics, Period 3”). Each gets a join code: students
              enter it at Quorum’s home page, with no email needed, or you add them by name.
            </p>
          </EmptyState>
        </div>
      ) : (
        <ul className="mb-6 grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/teacher/classes/${c.id}`} prefetch={false} className="text-brand-800 underline">
                  {c.name}
                </Link>
              </h2>
              <p className="mt-1 text-slate-700">
                Join code <span className="font-mono font-semibold tracking-widest">{c.joinCode}</span>
              </p>
              <p className="text-sm text-slate-600">
                {c._count.enrolments} {c._count.enrolments === 1 ? "student" : "students"} · {c._count.assignments}{" "}
                {c._count.assignments === 1 ? "assignment" : "assignments"}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-class" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="new-class" className="mb-3 text-lg font-semibold">
          Create a class
        </h2>
        <CreateClassForm />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived" className="mt-6">
          <h2 id="archived" className="mb-2 text-lg font-semibold">
            Archived classes
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {archived.map((c) => (
              <li key={c.id}>
                <Link href={`/teacher/classes/${c.id}`} prefetch={false} className="text-brand-800 underline">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
