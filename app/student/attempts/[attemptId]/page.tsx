import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { getQuiz } from "@/lib/data/attempts";
import { requireReadyStudent } from "@/lib/data/student-session";

// One read per request for the title and the page.
const loadQuiz = cache(async (attemptId: string) => getQuiz(await requireReadyStudent(), attemptId));

/** "Question 3 of 20 · <set title> · Quorum": the runner keeps it current as the student moves. */
export async function generateMetadata({ params }: { params: Promise<{ attemptId: string }> }): Promise<Metadata> {
  const quiz = await loadQuiz((await params).attemptId);
  if (!quiz || quiz === "submitted") return { title: "Quiz" };
  const total = quiz.questions.length;
  return { title: quiz.currentIndex < total ? `Question ${quiz.currentIndex + 1} of ${total} · ${quiz.title}` : `Review your answers · ${quiz.title}` };
}

export default async function QuizPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const quiz = await loadQuiz(attemptId);
  if (!quiz) notFound();
  if (quiz === "submitted") redirect(`/student/attempts/${attemptId}/results`);
  return (
    <div className="mx-auto max-w-2xl">
      {/* On a phone the title keeps to one line (the tab title and the results page give it in full). */}
      <h1 className="truncate text-lg font-bold tracking-tight sm:whitespace-normal sm:text-3xl" title={quiz.title}>
        {quiz.title}
      </h1>
      <p className="mb-3 text-sm text-slate-700 sm:mb-4 sm:mt-1 sm:text-base">
        {quiz.className}
        {quiz.number > 1 ? ` · attempt ${quiz.number}` : ""}
      </p>
      <QuizRunner quiz={quiz} />
    </div>
  );
}
