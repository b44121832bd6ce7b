"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { QuizView } from "@/lib/data/attempts";
import type { QuestionFeedback } from "@/lib/data/question-feedback";
import {
  emptyQueue,
  isEmptyQueue,
  parseQueue,
  queueKey,
  withAnswer,
  withoutAnswer,
  withoutProgress,
  withProgress,
  type AnswerQueue,
} from "@/lib/quiz/offline-queue";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionCard } from "./question-card";
import { LETTERS } from "./read-aloud";

type SaveStatus = "idle" | "saving" | "saved" | "offline" | "error";

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: "Answers save as you go",
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline, will retry",
  error: "Not saved",
};

const RETRY_MS = 5_000;

const noSubscription = () => () => {};

type ServerReply = { status: string; message?: string; feedback?: QuestionFeedback | null; resultsUrl?: string };

async function post(url: string, body: unknown): Promise<{ http: number; reply: ServerReply } | "network"> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
    const reply = (await res.json().catch(() => ({ status: "error" }))) as ServerReply;
    return { http: res.status, reply };
  } catch {
    return "network";
  }
}

function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type);
}

function formatRemaining(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

const HOUR = 60 * 60 * 1000;

/**
 * Takes an assignment attempt: one question per screen, every answer saved to the server at once, and kept in
 * localStorage until the server has it, so going offline or reloading loses nothing.
 */
export function QuizRunner({ quiz }: { quiz: QuizView }) {
  const router = useRouter();
  const total = quiz.questions.length;
  const resultsUrl = `/student/attempts/${quiz.attemptId}/results`;
  const [index, setIndex] = useState(quiz.currentIndex);
  const [answers, setAnswers] = useState<Record<string, string>>(quiz.answers);
  const [flagged, setFlagged] = useState<string[]>(quiz.flagged);
  const [revealed, setRevealed] = useState<Record<string, QuestionFeedback>>(quiz.revealed);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  // True once hydrated: before that, keys and buttons do nothing (the tests wait for it too).
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const queue = useRef<AnswerQueue>(emptyQueue());
  const saved = useRef<Record<string, string>>(quiz.answers);
  const flushing = useRef(false);
  const flushAgain = useRef(false);
  const submitted = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const storeQueue = useCallback(
    (next: AnswerQueue) => {
      queue.current = next;
      try {
        if (isEmptyQueue(next)) localStorage.removeItem(queueKey(quiz.attemptId));
        else localStorage.setItem(queueKey(quiz.attemptId), JSON.stringify(next));
      } catch {
        // Private browsing can refuse storage; the answer is still on its way to the server.
      }
    },
    [quiz.attemptId],
  );

  const flush = useCallback(async () => {
    if (flushing.current) {
      flushAgain.current = true;
      return;
    }
    if (isEmptyQueue(queue.current) || closed) return;
    if (!navigator.onLine) {
      setStatus("offline");
      return;
    }
    flushing.current = true;
    setStatus("saving");
    try {
      for (const [questionId, answer] of Object.entries(queue.current.answers)) {
        const result = await post(`/api/attempts/${quiz.attemptId}/answers`, { questionId, answer });
        if (result === "network" || result.http >= 500) {
          setStatus("offline");
          return;
        }
        const { http, reply } = result;
        if (http === 409 && reply.status === "closed") {
          storeQueue(emptyQueue());
          setClosed(reply.message ?? "This attempt is closed.");
          return;
        }
        if (http === 401 || http === 403) {
          setStatus("error");
          setProblem(`${reply.message ?? "Sign in again."} Your answers are kept on this device until then.`);
          return;
        }
        storeQueue(withoutAnswer(queue.current, questionId, answer));
        if (http === 200) {
          saved.current = { ...saved.current, [questionId]: answer };
          const feedback = reply.feedback;
          if (feedback) setRevealed((r) => ({ ...r, [questionId]: feedback }));
        } else {
          // Refused (locked after feedback, or not a valid choice): show what the server holds.
          setProblem(reply.message ?? "That answer was not accepted.");
          setAnswers((a) => {
            const next = { ...a };
            if (saved.current[questionId] !== undefined) next[questionId] = saved.current[questionId];
            else delete next[questionId];
            return next;
          });
        }
      }
      const progress = queue.current.progress;
      if (progress) {
        const result = await post(`/api/attempts/${quiz.attemptId}/progress`, progress);
        if (result === "network" || result.http >= 500) {
          setStatus("offline");
          return;
        }
        if (result.http === 409 && result.reply.status === "closed") {
          storeQueue(emptyQueue());
          setClosed(result.reply.message ?? "This attempt is closed.");
          return;
        }
        storeQueue(withoutProgress(queue.current, progress));
      }
      setStatus(isEmptyQueue(queue.current) ? "saved" : "saving");
    } finally {
      flushing.current = false;
      if (flushAgain.current) {
        flushAgain.current = false;
        void flush();
      }
    }
  }, [closed, quiz.attemptId, storeQueue]);

  // Answers given offline before a reload are still in localStorage: they are newer than the server's.
  useEffect(() => {
    const pending = parseQueue(localStorage.getItem(queueKey(quiz.attemptId)));
    queue.current = pending;
    if (isEmptyQueue(pending)) return;
    // localStorage only exists after hydration, so this sync from it cannot happen during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnswers((a) => ({ ...a, ...pending.answers }));
    if (pending.progress) {
      setIndex(Math.min(pending.progress.currentIndex, total));
      setFlagged(pending.progress.flagged);
    }
    void flush();
  }, [quiz.attemptId, total, flush]);

  useEffect(() => {
    const retry = () => {
      if (!isEmptyQueue(queue.current)) void flush();
    };
    const offline = () => {
      if (!isEmptyQueue(queue.current)) setStatus("offline");
    };
    window.addEventListener("online", retry);
    window.addEventListener("offline", offline);
    const timer = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("offline", offline);
      window.clearInterval(timer);
    };
  }, [flush]);

  // After moving to another question, focus its heading so screen readers start there.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const answer = useCallback(
    (questionId: string, value: string) => {
      if (closed || submitted.current) return;
      if (revealed[questionId]) return;
      setProblem(null);
      setAnswers((a) => ({ ...a, [questionId]: value }));
      storeQueue(withAnswer(queue.current, questionId, value));
      void flush();
    },
    [closed, flush, revealed, storeQueue],
  );

  const go = useCallback(
    (next: number, nextFlagged: string[] = flagged) => {
      const target = Math.max(0, Math.min(total, next));
      moved.current = true;
      setIndex(target);
      storeQueue(withProgress(queue.current, { currentIndex: target, flagged: nextFlagged }));
      void flush();
    },
    [flagged, flush, storeQueue, total],
  );

  const toggleFlag = (questionId: string) => {
    const next = flagged.includes(questionId) ? flagged.filter((f) => f !== questionId) : [...flagged, questionId];
    setFlagged(next);
    setAnnouncement(next.includes(questionId) ? "Flagged for review" : "Flag removed");
    storeQueue(withProgress(queue.current, { currentIndex: index, flagged: next }));
    void flush();
  };

  const submit = useCallback(
    async (reason: "student" | "timer") => {
      if (submitted.current) return;
      submitted.current = true;
      setSubmitting(true);
      setProblem(null);
      await flush();
      if (reason === "student" && Object.keys(queue.current.answers).length > 0) {
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
      storeQueue(emptyQueue());
      router.replace(result.reply.resultsUrl ?? resultsUrl);
      router.refresh();
    },
    [flush, quiz.attemptId, resultsUrl, router, storeQueue],
  );

  // The countdown. The server enforces the deadline; this only shows it and submits when it passes.
  const [clockOffset] = useState(() => new Date(quiz.serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  const deadline = quiz.deadlineAt ? new Date(quiz.deadlineAt).getTime() : null;
  useEffect(() => {
    if (deadline === null) return;
    const tick = window.setInterval(() => setNow(Date.now() + clockOffset), 1000);
    return () => window.clearInterval(tick);
  }, [clockOffset, deadline]);
  const remaining = deadline === null ? null : deadline - now;
  const expired = remaining !== null && remaining <= 0;
  useEffect(() => {
    if (!expired || submitted.current) return;
    void submit("timer");
  }, [expired, submit]);
  const minutesLeft = remaining === null ? null : Math.ceil(remaining / 60_000);
  const warning = minutesLeft === 5 ? "5 minutes left." : minutesLeft === 1 ? "1 minute left." : "";

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === "ArrowRight") {
        e.preventDefault();
        if (index < total) go(index + 1);
        return;
      }
      if (e.key === "ArrowLeft") {
        e.preventDefault();
        if (index > 0) go(index - 1);
        return;
      }
      const question = quiz.questions[index];
      if (!question) return;
      const key = e.key.toUpperCase();
      const pick = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
      if (pick >= 0 && pick < question.choices.length) {
        e.preventDefault();
        answer(question.id, question.choices[pick]);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [answer, go, index, quiz.questions, total]);

  const answeredCount = quiz.questions.filter((q) => answers[q.id] !== undefined).length;
  const unanswered = quiz.questions.map((q, i) => ({ q, i })).filter(({ q }) => answers[q.id] === undefined);
  const flaggedList = quiz.questions.map((q, i) => ({ q, i })).filter(({ q }) => flagged.includes(q.id));
  const question = quiz.questions[index];
  const onReview = index >= total;

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

  return (
    <div className="flex flex-col gap-4" data-testid="quiz" data-ready={ready}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-md border border-slate-200 bg-white px-3 py-2">
        <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-slate-700" data-testid="save-status">
          {status === "offline" ? <span aria-hidden="true">⚠ </span> : status === "saved" ? <span aria-hidden="true">✓ </span> : null}
          {STATUS_TEXT[status]}
        </p>
        {remaining !== null && (quiz.timed || remaining < HOUR) ? (
          <p className={`text-sm font-semibold ${remaining < 60_000 ? "text-red-800" : "text-slate-900"}`}>
            Time left: <span className="font-mono">{formatRemaining(remaining)}</span>
          </p>
        ) : null}
        <p className="sr-only" role="status">
          {warning || announcement}
        </p>
      </div>

      <div>
        <p className="mb-1 text-sm text-slate-700">
          {answeredCount} of {total} answered
        </p>
        <div className="h-2 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
          <div className="h-full bg-brand-700" style={{ width: `${total ? (Math.min(index + 1, total) / total) * 100 : 0}%` }} />
        </div>
      </div>

      {problem ? <Notice tone="error">{problem}</Notice> : null}

      {!onReview && question ? (
        <section aria-label={`Question ${index + 1} of ${total}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <QuestionCard
            key={question.id}
            question={question}
            number={index + 1}
            total={total}
            value={answers[question.id]}
            locked={Boolean(revealed[question.id]) || submitting}
            onAnswer={(value) => answer(question.id, value)}
            headingRef={headingRef}
          />
          {revealed[question.id] ? <FeedbackPanel feedback={revealed[question.id]} /> : null}
          <div className="mt-4">
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
          <nav aria-label="Questions" className="mt-6 flex flex-wrap justify-between gap-2">
            <button type="button" onClick={() => go(index - 1)} disabled={index === 0} className={buttonClass("secondary")}>
              <span aria-hidden="true">←</span> Previous
            </button>
            <button type="button" onClick={() => go(index + 1)} className={buttonClass("primary")}>
              {index === total - 1 ? "Review answers" : "Next"} <span aria-hidden="true">→</span>
            </button>
          </nav>
          <p className="mt-4 hidden text-sm text-slate-600 sm:block">Keys: 1–4 or A–D choose an answer; ← and → move between questions.</p>
        </section>
      ) : (
        <section aria-labelledby="review-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="review-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
            Review before submitting
          </h2>
          <p className="mt-2 text-slate-700">
            {answeredCount} of {total} questions answered.
            {unanswered.length > 0 ? ` ${unanswered.length} not answered yet.` : " All questions answered."}
          </p>
          {unanswered.length > 0 ? <QuestionLinks heading="Not answered" items={unanswered} onPick={go} /> : null}
          {flaggedList.length > 0 ? <QuestionLinks heading="Flagged for review" items={flaggedList} onPick={go} /> : null}
          <div className="mt-6 flex flex-wrap gap-2">
            <button type="button" onClick={() => go(total - 1)} className={buttonClass("secondary")}>
              <span aria-hidden="true">←</span> Back to questions
            </button>
            <button type="button" onClick={() => void submit("student")} disabled={submitting} className={buttonClass("primary")}>
              {submitting ? "Submitting…" : "Submit quiz"}
            </button>
          </div>
          {unanswered.length > 0 ? <p className="mt-3 text-sm text-slate-700">Unanswered questions count as wrong.</p> : null}
        </section>
      )}
    </div>
  );
}

function QuestionLinks({ heading, items, onPick }: { heading: string; items: { q: { id: string; prompt: string }; i: number }[]; onPick: (i: number) => void }) {
  return (
    <div className="mt-4">
      <h3 className="font-semibold">
        {heading} ({items.length})
      </h3>
      <ul className="mt-2 flex flex-col gap-1">
        {items.map(({ q, i }) => (
          <li key={q.id}>
            <button type="button" onClick={() => onPick(i)} className="min-h-11 text-left text-brand-800 underline">
              Question {i + 1}: <span className="text-slate-800">{q.prompt.length > 80 ? `${q.prompt.slice(0, 80)}…` : q.prompt}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
