import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { getQuiz } from "@/lib/data/attempts";
import { requireReadyStudent } from "@/lib/data/student-session";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const student = await requireReadyStudent();
  const { attemptId } = await params;
  const quiz = await getQuiz(student, attemptId);
  if (!quiz) notFound();
  if (quiz === "submitted") redirect(`/student/attempts/${attemptId}/results`);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{quiz.title}</h1>
      <p className="mb-4 mt-1 text-slate-700">
        {quiz.className}
        {quiz.number > 1 ? ` · attempt ${quiz.number}` : ""}
      </p>
      <QuizRunner quiz={quiz} />
    </div>
  );
}
