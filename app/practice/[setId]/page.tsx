import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { PracticeRunner } from "@/components/quiz/practice-runner";
import { PracticeReopens } from "@/components/quiz/practice-reopens";
import { currentUser } from "@/lib/auth/guards";
import { Notice } from "@/components/ui/notice";
import { assignmentBlockingPractice, getPracticeProgress, getPracticeSet } from "@/lib/data/practice";

// One read per request for the title and the page.
const loadSet = cache(getPracticeSet);

export async function generateMetadata({ params }: { params: Promise<{ setId: string }> }): Promise<Metadata> {
  const set = await loadSet((await params).setId);
  return { title: set ? `Practise: ${set.title}` : "Practice" };
}

export default async function PracticeSetPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const [set, user] = await Promise.all([loadSet(setId), currentUser()]);
  if (!set) notFound();
  // As on every student page: a temporary password is replaced before anything else.
  if (user?.mustChangePassword) redirect("/student/password");
  const student = user?.role === "STUDENT" ? user : null;
  // Closed to everyone while any class has it as an open assignment: practice shows the answers.
  const block = await assignmentBlockingPractice(user, set.id);
  const progress = student && !block ? await getPracticeProgress(student, set.id) : null;
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2">
        <Link href="/practice" className="text-brand-800 underline">
          All practice quizzes
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Practise: {set.title}</h1>
      {set.source ? <p className="mt-1 text-slate-700">{set.source}</p> : null}
      {block ? (
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
          <PracticeRunner set={set} signedIn={Boolean(student)} initial={progress} />
        </>
      )}
    </div>
  );
}
