import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { listSets } from "@/lib/data/question-sets";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Question sets" };

export default async function SetsPage() {
  const teacher = await requireTeacher();
  const sets = await listSets(teacher);
  return (
    <>
      <PageHeader
        title="Question sets"
        description="Review a set, then assign it to your classes or publish it for self-study."
        actions={<ButtonLink href="/teacher/articles">New set from an article</ButtonLink>}
      />
      {sets.length === 0 ? (
        <EmptyState title="No question sets yet" action={{ href: "/teacher/articles", label: "Make a quiz from an article" }}>
          <p>
            Paste or upload a news article: Quorum writes questions about its facts, each with the sentence that proves the
            answer. You review them, then assign the set to a class or publish it for practice.
          </p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {sets.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div>
                <Link href={`/teacher/sets/${s.id}`} className="font-medium text-brand-800 underline">
                  {s.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {s._count.questions} questions · {s.status === "PUBLISHED" ? "published" : "private draft"} · assigned {s._count.assignments}{" "}
                  {s._count.assignments === 1 ? "time" : "times"}
                </p>
              </div>
              <Link href={`/teacher/sets/${s.id}/assign`} className="text-sm text-brand-800 underline">
                Assign<span className="sr-only"> {s.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
