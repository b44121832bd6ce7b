"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { QuizView } from "@/lib/data/attempts";
import { LiveRegion, useAnnouncer } from "./announcer";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionCard } from "./question-card";
import { QuestionNavigator } from "./question-nav";
import { ReviewPanel } from "./review-panel";
import { ShortcutSetting } from "./shortcut-setting";
import { post, STATUS_TEXT, useAnswerSync, type SaveStatus } from "./use-answer-sync";
import { formatRemaining, useCountdown } from "./use-countdown";
import { useLetterShortcuts, useQuizKeys } from "./use-quiz-keys";
import { verdictMessage } from "./verdict";

const noSubscription = () => () => {};
const HOUR = 60 * 60 * 1000;

/** Check-each-answer quizzes: the choices made but never checked (no saved answer for that question). */
function uncheckedChoices(needsCheck: boolean, drafts: Record<string, string>, answers: Record<string, string>) {
  return needsCheck ? Object.fromEntries(Object.entries(drafts).filter(([id]) => answers[id] === undefined)) : {};
}

/**
 * Takes an assignment attempt: one question per screen, a navigator, a review screen and Submit. Saving lives in
 * useAnswerSync, the clock in useCountdown, the keys in useQuizKeys; everything said to a screen reader goes
 * through one live region.
 */
export function QuizRunner({ quiz }: { quiz: QuizView }) {
  const router = useRouter();
  const total = quiz.questions.length;
  const resultsUrl = `/student/attempts/${quiz.attemptId}/results`;
  // With the key shown after each answer, an answer is final once checked: choosing and checking are two steps.
  const needsCheck = quiz.feedback === "AFTER_EACH";
  const [index, setIndex] = useState(quiz.currentIndex);
  const [flagged, setFlagged] = useState<string[]>(quiz.flagged);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [fromReview, setFromReview] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const { message, announce } = useAnnouncer();
  const [lettersOn, setLettersOn] = useLetterShortcuts();
  // True once hydrated: before that, keys and buttons do nothing (the tests wait for it too).
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const submitted = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const lastStatus = useRef<SaveStatus>("idle");
  const justChecked = useRef<string | null>(null);

  const sync = useAnswerSync({
    attemptId: quiz.attemptId,
    initialAnswers: quiz.answers,
    initialRevealed: quiz.revealed,
    initialProgress: { currentIndex: quiz.currentIndex, flagged: quiz.flagged },
    onRestoredProgress: (progress) => {
      setIndex(Math.min(progress.currentIndex, total));
      setFlagged(progress.flagged);
    },
    onSettled: ({ status, feedback, sentAnswers }) => {
      if (feedback.length > 0) announce(feedback.map(verdictMessage).join(" "));
      else if (status !== "saving" && (status !== lastStatus.current || (status === "saved" && sentAnswers > 0))) announce(STATUS_TEXT[status]);
      lastStatus.current = status;
    },
  });
  const { answers, revealed, status, problem, setProblem, signInNeeded, closed, flushAll, saveAnswer, queueAnswers, saveProgress, unsent, clear } = sync;

  // Choices not yet checked (check-each-answer quizzes) are kept in this browser, so a reload does not lose them,
  // and count as the answers when the quiz is submitted (ADR 016).
  const draftsKey = `quorum:drafts:${quiz.attemptId}`;
  useEffect(() => {
    if (!needsCheck) return;
    try {
      const stored = JSON.parse(localStorage.getItem(draftsKey) ?? "{}") as Record<string, unknown>;
      const known = new Set(quiz.questions.map((q) => q.id));
      const kept = Object.fromEntries(Object.entries(stored).filter(([id, v]) => known.has(id) && typeof v === "string")) as Record<string, string>;
      // localStorage only exists after hydration, so this sync from it cannot happen during render.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (Object.keys(kept).length > 0) setDrafts(kept);
    } catch {
      // Nothing usable stored.
    }
  }, [draftsKey, needsCheck, quiz.questions]);
  const rememberDrafts = (next: Record<string, string>) => {
    try {
      localStorage.setItem(draftsKey, JSON.stringify(next));
    } catch {
      // Storage refused (private mode): the choice is still kept in this page.
    }
  };
  const unchecked = uncheckedChoices(needsCheck, drafts, answers);

  // After moving to another question, focus its heading so screen readers start there.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const question = quiz.questions[index];
  const onReview = index >= total;

  useEffect(() => {
    document.title = onReview ? `Review your answers · ${quiz.title} · Quorum` : `Question ${index + 1} of ${total} · ${quiz.title} · Quorum`;
  }, [index, onReview, quiz.title, total]);

  // After "Check answer" the key arrives: show the verdict, and put focus on the way on (the live region reads it).
  const shown = question ? revealed[question.id] : undefined;
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!shown || !question || justChecked.current !== question.id) return;
    justChecked.current = null;
    feedbackRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    nextRef.current?.focus({ preventScroll: true });
  }, [shown, question]);

  const canChange = (questionId: string) => !closed && !submitted.current && !revealed[questionId];

  const select = useCallback(
    (questionId: string, value: string) => {
      if (!canChange(questionId)) return;
      if (needsCheck) {
        if (answers[questionId] !== undefined) return; // checked, the key is on its way
        setDrafts((d) => {
          const next = { ...d, [questionId]: value };
          rememberDrafts(next);
          return next;
        });
      } else saveAnswer(questionId, value);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [answers, closed, needsCheck, revealed, saveAnswer],
  );

  const check = (questionId: string, value: string) => {
    if (!canChange(questionId) || answers[questionId] !== undefined) return;
    justChecked.current = questionId;
    saveAnswer(questionId, value);
  };

  const go = useCallback(
    (next: number, options: { fromReview?: boolean } = {}) => {
      const target = Math.max(0, Math.min(total, next));
      moved.current = true;
      setFromReview(target < total && Boolean(options.fromReview));
      setIndex(target);
      saveProgress({ currentIndex: target, flagged });
    },
    [flagged, saveProgress, total],
  );

  const toggleFlag = (questionId: string) => {
    const next = flagged.includes(questionId) ? flagged.filter((f) => f !== questionId) : [...flagged, questionId];
    setFlagged(next);
    announce(next.includes(questionId) ? "Flagged for review" : "Flag removed");
    // A flag is sent at once (it is rare, and another device should show it); a move waits for the next answer.
    saveProgress({ currentIndex: index, flagged: next }, { now: true });
  };

  const submit = useCallback(
    async (reason: "student" | "timer") => {
      if (submitted.current) return;
      submitted.current = true;
      setSubmitting(true);
      setProblem(null);
      // A choice made but never checked is what the student meant to answer: it is sent now, with the rest.
      queueAnswers(uncheckedChoices(needsCheck, drafts, answers));
      await flushAll();
      if (reason === "student" && unsent()) {
        submitted.current = false;
        setSubmitting(false);
        setProblem("Some answers have not reached the server yet (you seem to be offline). They are kept on this device: submit again when you are back online.");
        return;
      }
      const result = await post(`/api/attempts/${quiz.attemptId}/submit`, {});
      if (result === "network" || result.http !== 200) {
        submitted.current = false;
        setSubmitting(false);
        setProblem(result === "network" ? "Could not reach the server to submit. Check your connection and try again." : (result.reply.message ?? "Could not submit."));
        return;
      }
      clear();
      try {
        localStorage.removeItem(draftsKey);
      } catch {
        // Nothing to clean up.
      }
      router.replace(result.reply.resultsUrl ?? resultsUrl);
      router.refresh();
    },
    [answers, clear, drafts, draftsKey, flushAll, needsCheck, queueAnswers, quiz.attemptId, resultsUrl, router, setProblem, unsent],
  );

  const { remaining, expired, warning } = useCountdown(quiz.deadlineAt, quiz.serverNow);
  useEffect(() => {
    if (!expired || submitted.current) return;
    void submit("timer");
  }, [expired, submit]);
  useEffect(() => {
    if (warning) announce(warning);
  }, [announce, warning]);

  const pickByKey = useCallback((choice: string) => (question ? select(question.id, choice) : undefined), [question, select]);
  const previous = useCallback(() => go(index - 1), [go, index]);
  const nextQuestion = useCallback(() => go(index + 1), [go, index]);
  useQuizKeys({
    choices: question && !onReview ? question.choices : null,
    lettersOn,
    onPick: pickByKey,
    onPrevious: index > 0 ? previous : undefined,
    onNext: index < total ? nextQuestion : undefined,
  });

  const answeredCount = quiz.questions.filter((q) => answers[q.id] !== undefined).length;

  if (closed) {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="info">{closed}</Notice>
        <Link href={resultsUrl} className={buttonClass("primary", "self-start")}>
          See your results
        </Link>
      </div>
    );
  }

  const value = question ? (answers[question.id] ?? drafts[question.id]) : undefined;
  const checking = Boolean(question && needsCheck && answers[question.id] !== undefined && !revealed[question.id]);

  return (
    <div className="flex flex-col gap-3" data-testid="quiz" data-ready={ready}>
      <LiveRegion message={message} />
      <div>
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
          <p className="font-medium text-slate-800">
            {answeredCount} of {total} answered
          </p>
          <p className="min-h-5 text-slate-700" data-testid="save-status">
            {status === "offline" ? <span aria-hidden="true">⚠ </span> : status === "saved" ? <span aria-hidden="true">✓ </span> : null}
            {STATUS_TEXT[status]}
          </p>
          {remaining !== null && (quiz.timed || remaining < HOUR) ? (
            <p className={`font-semibold ${remaining < 60_000 ? "text-red-800" : "text-slate-900"}`}>
              Time left: <span className="font-mono">{formatRemaining(remaining)}</span>
            </p>
          ) : null}
        </div>
        <div className="mt-1 h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true" data-testid="answered-bar">
          <div className="h-full bg-brand-700" style={{ width: `${total ? (answeredCount / total) * 100 : 0}%` }} />
        </div>
      </div>

      {problem ? (
        <Notice tone="error">
          {problem}
          {signInNeeded ? (
            <>
              {" "}
              {/* A new tab: this page keeps the answers waiting, and sends them once the session is back. */}
              <a href={`/signin?callbackUrl=${encodeURIComponent(`/student/attempts/${quiz.attemptId}`)}`} target="_blank" rel="noopener" className="font-semibold underline">
                Sign in again (opens a new tab)
              </a>
            </>
          ) : null}
        </Notice>
      ) : null}

      {!onReview && question ? (
        <section aria-label={`Question ${index + 1} of ${total}`} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-6">
          <QuestionCard
            key={question.id}
            question={question}
            number={index + 1}
            total={total}
            value={value}
            locked={Boolean(revealed[question.id]) || submitting || checking}
            needsCheck={needsCheck}
            checking={checking}
            feedback={revealed[question.id]}
            onSelect={(v) => select(question.id, v)}
            onCheck={(v) => check(question.id, v)}
            headingRef={headingRef}
          />
          {unchecked[question.id] !== undefined ? (
            <p className="mt-2 text-sm text-slate-700" data-testid="unchecked-note">
              Not checked yet. Your choice is kept: it counts as your answer when you submit, unless you change it.
            </p>
          ) : null}
          {revealed[question.id] ? (
            <div ref={feedbackRef} className="scroll-mb-24">
              <FeedbackPanel feedback={revealed[question.id]} />
            </div>
          ) : null}
          <div className="mt-3">
            <button
              type="button"
              aria-pressed={flagged.includes(question.id)}
              onClick={() => toggleFlag(question.id)}
              className={buttonClass("secondary", "text-sm")}
            >
              <span aria-hidden="true">{flagged.includes(question.id) ? "⚑" : "⚐"}</span>
              {flagged.includes(question.id) ? "Flagged for review" : "Flag for review"}
            </button>
          </div>
          <nav aria-label="Questions" className="mt-4 flex flex-wrap justify-between gap-2">
            <button type="button" onClick={() => go(index - 1)} disabled={index === 0} className={buttonClass("secondary")}>
              <span aria-hidden="true">←</span> Previous
            </button>
            {fromReview ? (
              <button type="button" onClick={() => go(total)} className={buttonClass("secondary")}>
                Back to review
              </button>
            ) : null}
            <button ref={nextRef} type="button" onClick={() => go(index + 1)} className={buttonClass("primary")}>
              {index === total - 1 ? "Review answers" : "Next"} <span aria-hidden="true">→</span>
            </button>
          </nav>
          <details className="mt-4">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">All questions</summary>
            <div className="mt-2">
              <QuestionNavigator questions={quiz.questions} answers={answers} flagged={flagged} current={index} onPick={(i) => go(i)} />
            </div>
          </details>
          <ShortcutSetting enabled={lettersOn} onChange={setLettersOn} movesQuestions />
        </section>
      ) : (
        <ReviewPanel
          questions={quiz.questions}
          answers={answers}
          unchecked={Object.keys(unchecked)}
          flagged={flagged}
          submitting={submitting}
          headingRef={headingRef}
          onPick={(i) => go(i, { fromReview: true })}
          onBack={() => go(total - 1)}
          onSubmit={() => void submit("student")}
        />
      )}
    </div>
  );
}
