import type { Metadata } from "next";
import Link from "next/link";
import { PracticeReopens } from "@/components/quiz/practice-reopens";
import { PageHeader } from "@/components/ui/page-header";
import { listPublishedSets } from "@/lib/data/practice";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticeListPage() {
  const sets = await listPublishedSets();
  return (
    <>
      <PageHeader
        title="Practice"
        description="Practise any published quiz on your own, with the answer and the article's evidence after each question. No account needed. A quiz a class is taking as an assignment opens here once its due date has passed."
      />
      {sets.length === 0 ? (
        <EmptyState title="No quizzes are published yet">
          <p>Teachers publish quizzes for practice from their question sets. Check back later, or join your class with its code from the home page.</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {sets.map((s) => (
            <li key={s.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="min-w-0 break-words text-lg font-semibold">
                <Link href={`/practice/${s.id}`} className="text-brand-800 underline-offset-4 hover:underline">
                  {s.title}
                </Link>
              </h2>
              {s.closed ? (
                <p className="text-sm font-medium text-amber-900" data-testid="practice-closed">
                  Closed for now: a class is taking it as an assignment. <PracticeReopens reopensAt={s.closed.reopensAt} />
                </p>
              ) : null}
              {s.articleTitle !== s.title ? <p className="text-slate-700">From “{s.articleTitle}”</p> : null}
              {s.source ? <p className="text-sm text-slate-700">{s.source}</p> : null}
              <p className="text-sm text-slate-700">{s.questionCount} questions</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
