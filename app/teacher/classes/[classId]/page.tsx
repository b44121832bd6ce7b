import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  ArchiveClassForm,
  BulkAddForm,
  RegenerateCodeForm,
  RemoveStudentForm,
  RenameClassForm,
  TemporaryPasswordForm,
} from "@/components/teacher/class-forms";
import { CopyLink } from "@/components/teacher/copy-link";
import { LocalTime } from "@/components/teacher/local-time";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { listAssignmentsForClass } from "@/lib/data/assignments";
import { getClass } from "@/lib/data/classes";
import { listRoster } from "@/lib/data/roster";
import { requestOrigin } from "@/lib/request-origin";
import { EmptyState } from "@/components/ui/empty-state";

// One read per request for the title and the page.
const loadClass = cache(async (classId: string) => getClass(await requireTeacher(), classId));

export async function generateMetadata({ params }: { params: Promise<{ classId: string }> }): Promise<Metadata> {
  const klass = await loadClass((await params).classId);
  return { title: klass ? klass.name : "Class" };
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const teacher = await requireTeacher();
  const klass = await loadClass(classId);
  if (!klass) notFound();
  const [roster, assignments, origin] = await Promise.all([listRoster(teacher, classId), listAssignmentsForClass(teacher, classId), requestOrigin()]);
  const joinUrl = `${origin}/join?code=${klass.joinCode}`;
  return (
    <>
      <PageHeader
        title={klass.name}
        description={`${roster?.length ?? 0} ${roster?.length === 1 ? "student" : "students"}`}
        actions={
          <ButtonLink href="/teacher/sets" variant="secondary">
            Assign a quiz
          </ButtonLink>
        }
      />
      {klass.archivedAt ? (
        <div className="mb-6">
          <Notice>This class is archived: students cannot join it. Its results stay readable.</Notice>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="join" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="join" className="text-lg font-semibold">
            Join code
          </h2>
          <p className="my-3 font-mono text-4xl font-bold tracking-[0.3em] text-slate-900">
            {klass.joinCode}
          </p>
          <div className="flex flex-col gap-3">
            <CopyLink url={joinUrl} label="Join link for students" />
            <div className="flex flex-wrap gap-2">
              <ButtonLink href={`/teacher/classes/${klass.id}/code`} variant="secondary">
                Show code on a projector
              </ButtonLink>
            </div>
            <RegenerateCodeForm classId={klass.id} />
          </div>
        </section>

        <section aria-labelledby="settings" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="settings" className="text-lg font-semibold">
            Class settings
          </h2>
          <RenameClassForm classId={klass.id} name={klass.name} />
          <ArchiveClassForm classId={klass.id} archived={Boolean(klass.archivedAt)} />
        </section>
      </div>

      <section aria-labelledby="assignments" className="mt-8">
        <h2 id="assignments" className="mb-3 text-xl font-semibold">
          Assignments
        </h2>
        {assignments.length === 0 ? (
          <EmptyState title="Nothing assigned yet" headingLevel={3} action={{ href: "/teacher/sets", label: "Choose a question set" }}>
            <p>Open a question set and choose “Assign to classes”: you set when it opens, when it is due and when students see the answers.</p>
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <div>
                  <Link href={`/teacher/classes/${klass.id}/assignments/${a.id}`} className="font-medium text-brand-800 underline">
                    {a.set.title}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {a.dueAt ? (
                      <>
                        Due <LocalTime date={a.dueAt} />
                      </>
                    ) : (
                      "No due date"
                    )}{" "}
                    · {a._count.attempts} submitted
                  </p>
                </div>
                <Link href={`/teacher/classes/${klass.id}/assignments/${a.id}`} className="text-sm text-brand-800 underline">
                  Results<span className="sr-only"> for {a.set.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roster" className="mt-8">
        <h2 id="roster" className="mb-3 text-xl font-semibold">
          Students
        </h2>
        {roster && roster.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {roster.map((s) => (
              <li key={s.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link href={`/teacher/classes/${klass.id}/students/${s.id}`} className="font-medium text-brand-800 underline">
                    {s.displayName}
                  </Link>
                  <p className="text-sm text-slate-600">
                    Username <span className="font-mono">{s.username}</span>
                    {s.mustChangePassword ? " · must choose a new password" : ""}
                  </p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <TemporaryPasswordForm classId={klass.id} studentId={s.id} name={s.displayName} />
                  <RemoveStudentForm classId={klass.id} studentId={s.id} name={s.displayName} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No students yet" headingLevel={3}>
            <p>
              Give students the join code <span className="font-mono font-semibold tracking-widest">{klass.joinCode}</span> (they enter it on
              Quorum’s home page and choose a username), or add them by name below and print their login cards.
            </p>
          </EmptyState>
        )}
      </section>

      {klass.archivedAt ? null : (
        <section aria-labelledby="bulk" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="bulk" className="mb-3 text-xl font-semibold">
            Add students
          </h2>
          <BulkAddForm classId={klass.id} signInUrl={`${origin}/signin`} />
        </section>
      )}
    </>
  );
}
