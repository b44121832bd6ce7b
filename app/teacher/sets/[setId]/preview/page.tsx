import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { getSetPreview } from "@/lib/data/question-sets";

export const metadata: Metadata = { title: "Preview" };

/** Exactly what a student is asked: prompts and choices, nothing marked. */
export default async function PreviewPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const teacher = await requireTeacher();
  const set = await getSetPreview(teacher, setId);
  if (!set) notFound();
  return (
    <>
      <PageHeader
        title={`Preview: ${set.title}`}
        description="What students see. Answers are not marked here."
        actions={
          <ButtonLink href={`/teacher/sets/${set.id}`} variant="secondary">
            Back to the editor
          </ButtonLink>
        }
      />
      <ol className="flex flex-col gap-4">
        {set.questions.map((q, i) => (
          <li key={q.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="text-sm text-slate-600">
              Question {i + 1} of {set.questions.length}
            </p>
            <p className="mt-1 text-lg font-medium">{q.prompt}</p>
            <ul className="mt-3 flex flex-col gap-2">
              {q.choices.map((c) => (
                <li key={c} className="rounded-md border border-slate-300 px-3 py-2">
                  {c}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
