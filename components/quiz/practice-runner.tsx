"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { PracticeProgress, PracticeSet } from "@/lib/data/practice";
import type { QuestionFeedback } from "@/lib/data/question-feedback";
import { LiveRegion, useAnnouncer } from "./announcer";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionCard } from "./question-card";
import { ShortcutSetting } from "./shortcut-setting";
import { useLetterShortcuts, useQuizKeys } from "./use-quiz-keys";
import { verdictMessage } from "./verdict";

type Progress = { round: string[]; index: number; results: Record<string, boolean> };

const storageKey = (setId: string) => `quorum:practice:${setId}`;

function parseStored(raw: string | null, known: Set<string>): Progress | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Progress>;
    const round = Array.isArray(v.round) ? v.round.filter((id): id is string => typeof id === "string" && known.has(id)) : [];
    if (round.length === 0) return null;
    const results: Record<string, boolean> = {};
    for (const [id, ok] of Object.entries(v.results ?? {})) if (known.has(id) && typeof ok === "boolean") results[id] = ok;
    return { round, index: typeof v.index === "number" ? Math.max(0, Math.min(v.index, round.length)) : 0, results };
  } catch {
    return null;
  }
}

async function postJson(url: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
  return { http: res.status, reply: (await res.json().catch(() => ({}))) as { feedback?: QuestionFeedback; message?: string } };
}

/**
 * Self-study: instant feedback after each answer, a summary after each round, then rounds of the missed questions
 * until all are right. Visitors keep their progress in localStorage; signed-in students on the server.
 */
export function PracticeRunner({ set, signedIn, initial }: { set: PracticeSet; signedIn: boolean; initial: PracticeProgress | null }) {
  const allIds = set.questions.map((q) => q.id);
  const byId = new Map(set.questions.map((q) => [q.id, q]));
  const [progress, setProgress] = useState<Progress>(() =>
    initial ? { round: initial.round, index: Math.min(initial.currentIndex, initial.round.length), results: initial.results } : { round: allIds, index: 0, results: {} },
  );
  const [current, setCurrent] = useState<{ questionId: string; answer: string; feedback: QuestionFeedback } | null>(null);
  const [checking, setChecking] = useState(false);
  // The chosen answer, before "Check answer" sends it (moving through the choices never does).
  const [picked, setPicked] = useState<{ questionId: string; answer: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const { message, announce } = useAnnouncer();
  const [lettersOn, setLettersOn] = useLetterShortcuts();

  /** Visitors only: the server keeps a signed-in student's progress as they answer. */
  const remember = useCallback(
    (next: Progress) => {
      if (signedIn) return;
      try {
        localStorage.setItem(storageKey(set.id), JSON.stringify(next));
      } catch {
        // Storage refused (private mode): practice still works, it just is not remembered.
      }
    },
    [set.id, signedIn],
  );

  // A visitor's progress from an earlier visit lives in this browser only.
  useEffect(() => {
    if (signedIn) return;
    const stored = parseStored(localStorage.getItem(storageKey(set.id)), new Set(set.questions.map((q) => q.id)));
    // localStorage only exists after hydration, so this sync from it cannot happen during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (stored) setProgress(stored);
  }, [set.id, set.questions, signedIn]);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [progress.index, progress.round]);

  const { round, index, results } = progress;
  const question = index < round.length ? byId.get(round[index]) : undefined;

  useEffect(() => {
    document.title = question ? `Question ${index + 1} of ${round.length} · ${set.title} · Quorum` : `Round summary · ${set.title} · Quorum`;
  }, [index, question, round.length, set.title]);
  const answered = current && question && current.questionId === question.id ? current : null;

  const select = useCallback(
    (answer: string) => {
      if (!question || answered || checking) return;
      setPicked({ questionId: question.id, answer });
    },
    [answered, checking, question],
  );

  const check = useCallback(
    async (answer: string) => {
      if (!question || answered || checking) return;
      setChecking(true);
      setProblem(null);
      setPicked({ questionId: question.id, answer });
      try {
        const { http, reply } = await postJson(`/api/practice/${set.id}/answers`, {
          questionId: question.id,
          answer,
          round,
          currentIndex: index + 1,
        });
        if (http !== 200 || !reply.feedback) {
          setProblem(reply.message ?? "That answer could not be checked. Try again.");
          return;
        }
        const nextResults = { ...results, [question.id]: reply.feedback.correct };
        setCurrent({ questionId: question.id, answer, feedback: reply.feedback });
        announce(verdictMessage(reply.feedback));
        // This screen stays to show the feedback until "Next"; a reload goes on to the next question.
        setProgress({ round, index, results: nextResults });
        remember({ round, index: index + 1, results: nextResults });
      } catch {
        setProblem("You seem to be offline, so the answer could not be checked. Try again when you are connected.");
      } finally {
        setChecking(false);
      }
    },
    [announce, answered, checking, index, question, remember, results, round, set.id],
  );

  // The key arrived: the verdict into view, focus on the way on (the live region reads the verdict).
  const answeredId = answered?.questionId;
  useEffect(() => {
    if (!answeredId) return;
    feedbackRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    nextRef.current?.focus({ preventScroll: true });
  }, [answeredId]);

  const next = useCallback(() => {
    moved.current = true;
    setCurrent(null);
    const advanced = { round, index: index + 1, results };
    setProgress(advanced);
    remember(advanced);
  }, [index, remember, results, round]);

  const startRound = async (ids: string[] | null) => {
    moved.current = true;
    setCurrent(null);
    setProblem(null);
    const fresh = ids ? { round: ids, index: 0, results } : { round: allIds, index: 0, results: {} };
    setProgress(fresh);
    remember(fresh);
    if (signedIn) {
      await postJson(`/api/practice/${set.id}/round`, { round: ids }).catch(() => {
        setProblem("Could not save your progress to your account; practice goes on in this page.");
      });
    }
  };

  useQuizKeys({
    choices: question && !answered ? question.choices : null,
    lettersOn,
    onPick: select,
    onNext: answered ? next : undefined,
  });

  if (!question) {
    const right = round.filter((id) => results[id]).length;
    const missed = round.filter((id) => !results[id]);
    return (
      <section aria-labelledby="summary-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="summary-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {missed.length === 0 ? "All right!" : "Round complete"}
        </h2>
        <p className="mt-2 text-lg" role="status">
          You got {right} of {round.length} right{round.length < allIds.length ? " in this round" : ""}.
        </p>
        {missed.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">To practise again</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
              {missed.map((id) => (
                <li key={id}>{byId.get(id)?.prompt}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-2 text-slate-700">You answered every question in this set correctly.</p>
        )}
        {problem ? (
          <div className="mt-4">
            <Notice tone="error">{problem}</Notice>
          </div>
        ) : null}
        <div className="mt-6 flex flex-wrap gap-2">
          {missed.length > 0 ? (
            <button type="button" onClick={() => void startRound(missed)} className={buttonClass("primary")}>
              Practise the {missed.length} I missed
            </button>
          ) : null}
          <button type="button" onClick={() => void startRound(null)} className={buttonClass("secondary")}>
            Start over
          </button>
          <Link href="/practice" className={buttonClass("ghost")}>
            Choose another quiz
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section aria-label={`Question ${index + 1} of ${round.length}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {round.length < allIds.length ? <p className="mb-2 text-sm font-medium text-slate-700">Practising the ones you missed</p> : null}
      <div className="mb-3 h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
        <div className="h-full bg-brand-700" style={{ width: `${((index + (answered ? 1 : 0)) / round.length) * 100}%` }} />
      </div>
      <LiveRegion message={message} />
      <QuestionCard
        key={`${question.id}-${round.length}`}
        question={question}
        number={index + 1}
        total={round.length}
        value={answered?.answer ?? (picked?.questionId === question.id ? picked.answer : undefined)}
        locked={Boolean(answered) || checking}
        needsCheck
        checking={checking}
        feedback={answered?.feedback}
        onSelect={select}
        onCheck={(a) => void check(a)}
        headingRef={headingRef}
      />
      {answered ? (
        <div ref={feedbackRef} className="scroll-mb-24">
          <FeedbackPanel feedback={answered.feedback} />
        </div>
      ) : null}
      {problem ? (
        <div className="mt-4">
          <Notice tone="error">{problem}</Notice>
        </div>
      ) : null}
      {answered ? (
        <div className="mt-6 flex justify-end">
          <button ref={nextRef} type="button" onClick={next} className={buttonClass("primary")}>
            {index + 1 < round.length ? "Next question" : "See summary"} <span aria-hidden="true">→</span>
          </button>
        </div>
      ) : null}
      <ShortcutSetting enabled={lettersOn} onChange={setLettersOn} />
    </section>
  );
}
