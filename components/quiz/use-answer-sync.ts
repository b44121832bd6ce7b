"use client";
import { useCallback, useEffect, useRef, useState } from "react";
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

export type SaveStatus = "idle" | "saving" | "saved" | "offline" | "error";

export const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: "Answers save as you go",
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline, will retry",
  error: "Not saved",
};

const RETRY_MS = 5_000;
/**
 * A move between questions is saved with the next answer. If none comes, it is sent on its own after this long
 * without another move (or when the page is hidden or left): a student who has not answered for that long is not
 * in the class-wide rush of answers that this saves requests for (docs/decisions/024).
 */
export const PROGRESS_IDLE_MS = 30_000;

type ServerReply = { status: string; message?: string; feedback?: QuestionFeedback | null; resultsUrl?: string };

export async function post(url: string, body: unknown, keepalive = false): Promise<{ http: number; reply: ServerReply } | "network"> {
  try {
    // keepalive lets a save sent while the page is being left (pagehide) finish after the page is gone.
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store", keepalive });
    const reply = (await res.json().catch(() => ({ status: "error" }))) as ServerReply;
    return { http: res.status, reply };
  } catch {
    return "network";
  }
}

type Progress = { currentIndex: number; flagged: string[] };

/**
 * Answer syncing for one attempt: every answer goes to the server at once, with the student's position and flags
 * in the same request (docs/decisions/024), and waits in localStorage (lib/quiz/offline-queue) until the server has
 * it, so going offline or reloading loses nothing. A change of position alone (moving between questions) waits in
 * the same queue for the next answer, and is sent on its own only after PROGRESS_IDLE_MS without one, when the page
 * is hidden or left, or when the queue is restored after a reload; a flag is sent at once.
 * `onSettled` hears what each round of saving ended with (for the one live region): the keys that came back, or
 * the save status.
 */
export function useAnswerSync({
  attemptId,
  initialAnswers,
  initialRevealed,
  initialProgress,
  onRestoredProgress,
  onSettled,
}: {
  attemptId: string;
  initialAnswers: Record<string, string>;
  initialRevealed: Record<string, QuestionFeedback>;
  /** Where the server says the student is: what answer saves carry until the student moves. */
  initialProgress: Progress;
  onRestoredProgress: (progress: Progress) => void;
  onSettled: (outcome: { status: SaveStatus; feedback: QuestionFeedback[]; sentAnswers: number }) => void;
}) {
  const [answers, setAnswers] = useState<Record<string, string>>(initialAnswers);
  const [revealed, setRevealed] = useState<Record<string, QuestionFeedback>>(initialRevealed);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  /** A save was refused because the session ended: the notice says so (with a sign-in link) until a save succeeds. */
  const [signInNeeded, setSignInNeeded] = useState(false);
  const sessionLost = useRef(false);

  const queue = useRef<AnswerQueue>(emptyQueue());
  const saved = useRef<Record<string, string>>(initialAnswers);
  const flushAgain = useRef(false);
  /** The student's position and flags now: sent with every answer. */
  const progressNow = useRef<Progress>(initialProgress);
  /** The queued progress is to be sent on its own, without waiting for an answer (a flag, idle, leaving). */
  const progressDue = useRef(false);
  /** The page is being hidden or left: saves go out with keepalive. */
  const leaving = useRef(false);
  const settled = useRef(onSettled);
  const restored = useRef(onRestoredProgress);
  useEffect(() => {
    settled.current = onSettled;
    restored.current = onRestoredProgress;
  });

  const storeQueue = useCallback(
    (next: AnswerQueue) => {
      queue.current = next;
      try {
        if (isEmptyQueue(next)) localStorage.removeItem(queueKey(attemptId));
        else localStorage.setItem(queueKey(attemptId), JSON.stringify(next));
      } catch {
        // Private browsing can refuse storage; the answer is still on its way to the server.
      }
    },
    [attemptId],
  );

  /** Whether anything must be sent now: an answer, or progress that is due (not progress waiting for an answer). */
  const somethingDue = useCallback(() => Object.keys(queue.current.answers).length > 0 || (queue.current.progress !== null && progressDue.current), []);

  /** One pass over the queue: sends what waits, in order, and stops at the first failure. */
  const sendQueue = useCallback(async () => {
    if (!somethingDue() || closed) return;
    let sentAnswers = 0;
    const end = (s: SaveStatus, feedback: QuestionFeedback[] = []) => {
      setStatus(s);
      settled.current({ status: s, feedback, sentAnswers });
    };
    if (!navigator.onLine) {
      end("offline");
      return;
    }
    setStatus("saving");
    const keys: QuestionFeedback[] = [];
    for (const [questionId, answer] of Object.entries(queue.current.answers)) {
      const progress = progressNow.current;
      const result = await post(`/api/attempts/${attemptId}/answers`, { questionId, answer, progress }, leaving.current);
      if (result === "network" || result.http >= 500) {
        end("offline", keys);
        return;
      }
      const { http, reply } = result;
      if (http === 409 && reply.status === "closed") {
        storeQueue(emptyQueue());
        setClosed(reply.message ?? "This attempt is closed.");
        return;
      }
      if (http === 401 || http === 403) {
        setProblem(`${reply.message ?? "Sign in again."} Your answers are kept on this device until then.`);
        sessionLost.current = true;
        setSignInNeeded(true);
        end("error", keys);
        return;
      }
      sentAnswers += 1;
      if (http === 200 && sessionLost.current) {
        // Signed in again (in another tab): the waiting answers are going through, so the notice is no longer true.
        sessionLost.current = false;
        setSignInNeeded(false);
        setProblem(null);
      }
      if (http === 200) {
        // The server stored the position with the answer: it no longer waits, unless the student moved meanwhile.
        storeQueue(withoutProgress(withoutAnswer(queue.current, questionId, answer), progress));
        saved.current = { ...saved.current, [questionId]: answer };
        const feedback = reply.feedback;
        if (feedback) {
          keys.push(feedback);
          setRevealed((r) => ({ ...r, [questionId]: feedback }));
        }
      } else {
        // Refused (locked after feedback, or not a valid choice): show what the server holds.
        storeQueue(withoutAnswer(queue.current, questionId, answer));
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
    if (progress && progressDue.current) {
      const result = await post(`/api/attempts/${attemptId}/progress`, progress, leaving.current);
      if (result === "network" || result.http >= 500) {
        end("offline", keys);
        return;
      }
      if (result.http === 409 && result.reply.status === "closed") {
        storeQueue(emptyQueue());
        setClosed(result.reply.message ?? "This attempt is closed.");
        return;
      }
      storeQueue(withoutProgress(queue.current, progress));
    }
    if (queue.current.progress === null) progressDue.current = false;
    end(somethingDue() ? "saving" : "saved", keys);
  }, [attemptId, closed, somethingDue, storeQueue]);

  /**
   * Sends the queue. A call made while a pass is under way does not start a second one: it asks for one more pass
   * and gets the promise of the run in progress, which settles only after that pass too. So whoever awaits flush()
   * (Submit) waits for every save that was on its way, never just for the call that happened to be first.
   */
  const running = useRef<Promise<void> | null>(null);
  const flush = useCallback((): Promise<void> => {
    if (running.current) {
      flushAgain.current = true;
      return running.current;
    }
    const run = (async () => {
      try {
        do {
          flushAgain.current = false;
          await sendQueue();
        } while (flushAgain.current);
      } finally {
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }, [sendQueue]);

  // Answers given offline before a reload are still in localStorage: they are newer than the server's.
  useEffect(() => {
    const pending = parseQueue(localStorage.getItem(queueKey(attemptId)));
    queue.current = pending;
    if (isEmptyQueue(pending)) return;
    // localStorage only exists after hydration, so this sync from it cannot happen during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAnswers((a) => ({ ...a, ...pending.answers }));
    if (pending.progress) {
      // Left on a page that may not have sent it: send it now, so another device resumes there too.
      progressNow.current = pending.progress;
      progressDue.current = true;
      restored.current(pending.progress);
    }
    void flush();
  }, [attemptId, flush]);

  useEffect(() => {
    const retry = () => {
      if (somethingDue()) void flush();
    };
    const offline = () => {
      if (somethingDue()) setStatus("offline");
    };
    window.addEventListener("online", retry);
    window.addEventListener("offline", offline);
    const timer = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("offline", offline);
      window.clearInterval(timer);
    };
  }, [flush, somethingDue]);

  // Leaving the page, or hiding it (another tab, the phone locked, the lid closed): the position that waits for an
  // answer is sent now. If the request does not make it, the queue in localStorage still has it for this browser.
  useEffect(() => {
    const leave = () => {
      if (queue.current.progress === null && Object.keys(queue.current.answers).length === 0) return;
      leaving.current = true;
      if (queue.current.progress !== null) progressDue.current = true;
      void flush();
    };
    const visibility = () => {
      if (document.visibilityState === "hidden") leave();
      else {
        leaving.current = false;
        // Back from another tab (where the student may just have signed in again): send what waits now.
        if (somethingDue()) void flush();
      }
    };
    const back = () => {
      leaving.current = false;
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("pageshow", back);
    document.addEventListener("visibilitychange", visibility);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("pageshow", back);
      document.removeEventListener("visibilitychange", visibility);
    };
  }, [flush, somethingDue]);

  const idleTimer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (idleTimer.current !== null) window.clearTimeout(idleTimer.current);
    },
    [],
  );

  const saveAnswer = useCallback(
    (questionId: string, value: string) => {
      setProblem(null);
      setAnswers((a) => ({ ...a, [questionId]: value }));
      storeQueue(withAnswer(queue.current, questionId, value));
      void flush();
    },
    [flush, storeQueue],
  );

  /**
   * Records where the student is. Queued (so a reload resumes there) and sent with the next answer; `now` (a flag)
   * sends it at once, otherwise it goes on its own after PROGRESS_IDLE_MS without an answer or another move.
   */
  const saveProgress = useCallback(
    (progress: Progress, options: { now?: boolean } = {}) => {
      progressNow.current = progress;
      storeQueue(withProgress(queue.current, progress));
      if (idleTimer.current !== null) window.clearTimeout(idleTimer.current);
      idleTimer.current = null;
      if (options.now) {
        progressDue.current = true;
        void flush();
        return;
      }
      idleTimer.current = window.setTimeout(() => {
        idleTimer.current = null;
        if (queue.current.progress === null) return;
        progressDue.current = true;
        void flush();
      }, PROGRESS_IDLE_MS);
    },
    [flush, storeQueue],
  );

  /** Queues answers without sending them yet (the caller flushes): the unchecked choices sent on submission. */
  const queueAnswers = useCallback(
    (entries: Record<string, string>) => {
      if (Object.keys(entries).length === 0) return;
      setAnswers((a) => ({ ...a, ...entries }));
      let next = queue.current;
      for (const [questionId, value] of Object.entries(entries)) next = withAnswer(next, questionId, value);
      storeQueue(next);
    },
    [storeQueue],
  );

  /**
   * Sends everything queued, waiting for a send already under way to finish first (a submission must not skip it):
   * flush() joins a run in progress and asks it for one more pass, so this is flush() itself.
   */
  const flushAll = useCallback(() => flush(), [flush]);

  /** Whether answers are still waiting for the server (after a flush). */
  const unsent = useCallback(() => Object.keys(queue.current.answers).length > 0, []);
  const clear = useCallback(() => storeQueue(emptyQueue()), [storeQueue]);

  return { answers, revealed, status, problem, setProblem, signInNeeded, closed, flush, flushAll, saveAnswer, queueAnswers, saveProgress, unsent, clear };
}
