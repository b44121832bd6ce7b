import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignForm } from "@/components/teacher/assign-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { listClasses } from "@/lib/data/classes";
import { setTitleAndStatus } from "@/lib/data/question-sets";

export const metadata: Metadata = { title: "Assign" };

export default async function AssignPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const teacher = await requireTeacher();
  const set = await setTitleAndStatus(teacher, setId);
  if (!set) notFound();
  const classes = await listClasses(teacher);
  return (
    <>
      <PageHeader title={`Assign “${set.title}”`} description="Students in each class you choose see it on their page." />
      {set.status === "PUBLISHED" ? (
        <div className="mb-4">
          <Notice>
            This set is published for self-study, where practice shows the answers. While this assignment is open,
            nobody can practise it, signed in or not; it opens for practice again after the due date (without a due
            date, not while it is assigned).
          </Notice>
        </div>
      ) : null}
      {classes.length === 0 ? (
        <p className="text-slate-700">
          You have no active classes. <Link href="/teacher" className="text-brand-800 underline">Create a class</Link> first.
        </p>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <AssignForm setId={set.id} classes={classes.map((c) => ({ id: c.id, name: c.name }))} />
        </div>
      )}
    </>
  );
}
