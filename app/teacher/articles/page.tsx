import type { Metadata } from "next";
import Link from "next/link";
import { AddArticleForm } from "@/components/teacher/article-forms";
import { LocalTime } from "@/components/teacher/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireTeacher } from "@/lib/auth/guards";
import { ensureSampleArticle, listArticles } from "@/lib/data/articles";
import { MAX_ARTICLE_CHARS } from "@/lib/questions";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const teacher = await requireTeacher();
  await ensureSampleArticle(teacher);
  const articles = await listArticles(teacher);
  return (
    <>
      <PageHeader title="Articles" description="Quorum writes questions only from the articles you give it." />
      <ul className="mb-8 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {articles.map((a) => (
          <li key={a.id} className="p-3">
            <Link href={`/teacher/articles/${a.id}`} className="font-medium text-brand-800 underline">
              {a.title}
            </Link>
            <p className="text-sm text-slate-600">
              {a.source ? `${a.source} · ` : ""}
              {a.wordCount.toLocaleString("en-US")} words · added <LocalTime date={a.createdAt} withTime={false} /> · {a._count.questionSets}{" "}
              {a._count.questionSets === 1 ? "question set" : "question sets"}
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-article" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="add-article" className="mb-3 text-xl font-semibold">
          Add an article
        </h2>
        <AddArticleForm maxChars={MAX_ARTICLE_CHARS} />
      </section>
    </>
  );
}
