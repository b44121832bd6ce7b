import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { PracticeRunner } from "@/components/quiz/practice-runner";
import { PracticeReopens } from "@/components/quiz/practice-reopens";
import { currentUser } from "@/lib/auth/guards";
import { Notice } from "@/components/ui/notice";
import { assignmentBlockingPractice, getPracticeProgress, getPracticeSet, missedInAttempt, onlyQuestions } from "@/lib/data/practice";

// One read per request for the title and the page.
const loadSet = cache(getPracticeSet);

export async function generateMetadata({ params }: { params: Promise<{ setId: string }> }): Promise<Metadata> {
  const set = await loadSet((await params).setId);
  return { title: set ? `Practise: ${set.title}` : "Practice" };
}

export default async function PracticeSetPage({
  params,
  searchParams,
}: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<{ missed?: string | string[] }>;
}) {
  const { setId } = await params;
  const { missed: missedParam } = await searchParams;
  const [full, user] = await Promise.all([loadSet(setId), currentUser()]);
  if (!full) notFound();
  // As on every student page: a temporary password is replaced before anything else.
  if (user?.mustChangePassword) redirect("/student/password");
  const student = user?.role === "STUDENT" ? user : null;
  // "Practise the ones I missed" from a results page: only that attempt's missed questions, checked on the server.
  const fromAttempt = typeof missedParam === "string" ? missedParam : null;
  if (fromAttempt && !student) redirect(`/signin?callbackUrl=${encodeURIComponent(`/practice/${setId}?missed=${fromAttempt}`)}`);
  const missed = student && fromAttempt ? await missedInAttempt(student, fromAttempt) : null;
  if (fromAttempt && (!missed || missed.setId !== full.id)) notFound();
  const set = missed ? onlyQuestions(full, missed.questionIds) : full;
  // Closed to everyone while any class has it as an open assignment: practice shows the answers.
  const block = await assignmentBlockingPractice(user, set.id);
  const progress = student && !block && !missed ? await getPracticeProgress(student, set.id) : null;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2">
        <Link href="/practice" className="text-brand-800 underline">
          All practice quizzes
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Practise: {set.title}</h1>
      {set.source ? <p className="mt-1 text-slate-700">{set.source}</p> : null}
      {missed ? (
        <p className="mt-2 font-medium text-slate-800" data-testid="missed-practice">
          The {missed.questionIds.length} {missed.questionIds.length === 1 ? "question" : "questions"} you missed in attempt {missed.number} ({missed.className}).{" "}
          <Link href={`/student/attempts/${missed.attemptId}/results`} className="text-brand-800 underline">
            Back to your results
          </Link>
        </p>
      ) : null}
      {missed && missed.questionIds.length === 0 ? (
        <div className="mt-4">
          <Notice tone="success">You missed none of the questions in that attempt: nothing to practise.</Notice>
        </div>
      ) : set.questions.length === 0 ? (
        <div className="mt-4">
          <Notice>The questions you missed are no longer in this quiz (your teacher changed it).</Notice>
        </div>
      ) : block ? (
        <div className="mt-4">
          <Notice>
            {block.yourClass ? `This quiz is assigned to you in ${block.yourClass}. ` : "A class is taking this quiz as an assignment. "}
            Practice shows the answers, so it is closed until the assignment is over. <PracticeReopens reopensAt={block.reopensAt} />{" "}
            {block.yourClass ? (
              <Link href="/student" className="underline">
                Go to your classes
              </Link>
            ) : (
              <Link href="/practice" className="underline">
                Practise another quiz
              </Link>
            )}
          </Notice>
        </div>
      ) : (
        <>
          <p className="mb-4 mt-1 text-sm text-slate-700">
            {student ? "Your progress is saved to your account." : "Your progress is kept in this browser. Practice never counts toward a class grade."}
          </p>
          <PracticeRunner key={missed ? `missed-${missed.attemptId}` : "all"} set={set} signedIn={Boolean(student)} initial={progress} />
        </>
      )}
    </div>
  );
}
