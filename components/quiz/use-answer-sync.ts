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

type ServerReply = { status: string; message?: string; feedback?: QuestionFeedback | null; resultsUrl?: string };

export async function post(url: string, body: unknown): Promise<{ http: number; reply: ServerReply } | "network"> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), cache: "no-store" });
    const reply = (await res.json().catch(() => ({ status: "error" }))) as ServerReply;
    return { http: res.status, reply };
  } catch {
    return "network";
  }
}

type Progress = { currentIndex: number; flagged: string[] };

/**
 * Answer syncing for one attempt: every answer and the position go to the server at once, and wait in localStorage
 * (lib/quiz/offline-queue) until the server has them, so going offline or reloading loses nothing.
 * `onSettled` hears what each round of saving ended with (for the one live region): the keys that came back, or
 * the save status.
 */
export function useAnswerSync({
  attemptId,
  initialAnswers,
  initialRevealed,
  onRestoredProgress,
  onSettled,
}: {
  attemptId: string;
  initialAnswers: Record<string, string>;
  initialRevealed: Record<string, QuestionFeedback>;
  onRestoredProgress: (progress: Progress) => void;
  onSettled: (outcome: { status: SaveStatus; feedback: QuestionFeedback[]; sentAnswers: number }) => void;
}) {
  const [answers, setAnswers] = useState<Record<string, string>>(initialAnswers);
  const [revealed, setRevealed] = useState<Record<string, QuestionFeedback>>(initialRevealed);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);

  const queue = useRef<AnswerQueue>(emptyQueue());
  const saved = useRef<Record<string, string>>(initialAnswers);
  const flushAgain = useRef(false);
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

  /** One pass over the queue: sends what waits, in order, and stops at the first failure. */
  const sendQueue = useCallback(async () => {
    if (isEmptyQueue(queue.current) || closed) return;
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
      const result = await post(`/api/attempts/${attemptId}/answers`, { questionId, answer });
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
        end("error", keys);
        return;
      }
      storeQueue(withoutAnswer(queue.current, questionId, answer));
      sentAnswers += 1;
      if (http === 200) {
        saved.current = { ...saved.current, [questionId]: answer };
        const feedback = reply.feedback;
        if (feedback) {
          keys.push(feedback);
          setRevealed((r) => ({ ...r, [questionId]: feedback }));
        }
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
      const result = await post(`/api/attempts/${attemptId}/progress`, progress);
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
    end(isEmptyQueue(queue.current) ? "saved" : "saving", keys);
  }, [attemptId, closed, storeQueue]);

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
    if (pending.progress) restored.current(pending.progress);
    void flush();
  }, [attemptId, flush]);

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

  const saveAnswer = useCallback(
    (questionId: string, value: string) => {
      setProblem(null);
      setAnswers((a) => ({ ...a, [questionId]: value }));
      storeQueue(withAnswer(queue.current, questionId, value));
      void flush();
    },
    [flush, storeQueue],
  );

  const saveProgress = useCallback(
    (progress: Progress) => {
      storeQueue(withProgress(queue.current, progress));
      void flush();
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

  return { answers, revealed, status, problem, setProblem, closed, flush, flushAll, saveAnswer, queueAnswers, saveProgress, unsent, clear };
}
