import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GenerateSetForm } from "@/components/teacher/article-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { getArticle } from "@/lib/data/articles";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const teacher = await requireTeacher();
  const article = await getArticle(teacher, articleId);
  if (!article) notFound();
  return (
    <>
      <PageHeader title={article.title} description={`${article.source ? `${article.source} · ` : ""}${article.wordCount.toLocaleString("en-US")} words`} />
      <section aria-labelledby="sets" className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="sets" className="mb-2 text-lg font-semibold">
          Question sets from this article
        </h2>
        {article.questionSets.length > 0 ? (
          <ul className="mb-4 list-disc space-y-1 pl-6">
            {article.questionSets.map((s) => (
              <li key={s.id}>
                <Link href={`/teacher/sets/${s.id}`} className="text-brand-800 underline">
                  {s.title}
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  ({s._count.questions} questions, {s.status === "PUBLISHED" ? "published" : "private draft"})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-slate-700">None yet. Quorum reads the article and ranks every question it can prove from the text.</p>
        )}
        <GenerateSetForm articleId={article.id} />
      </section>
      <section aria-labelledby="text">
        <h2 id="text" className="mb-2 text-lg font-semibold">
          Text
        </h2>
        <div className="max-h-[32rem] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 whitespace-pre-wrap" tabIndex={0} role="region" aria-label="Article text">
          {article.text}
        </div>
      </section>
    </>
  );
}
