/**
 * Answers the browser has not yet seen the server accept. Kept in localStorage per attempt, so that answers given
 * offline survive a reload and are sent when the network returns. Only the latest answer per question matters.
 */
export type PendingProgress = { currentIndex: number; flagged: string[] };
export type AnswerQueue = { answers: Record<string, string>; progress: PendingProgress | null };

export const emptyQueue = (): AnswerQueue => ({ answers: {}, progress: null });

export function queueKey(attemptId: string) {
  return `quorum:attempt:${attemptId}:pending`;
}

export function parseQueue(raw: string | null): AnswerQueue {
  if (!raw) return emptyQueue();
  try {
    const value = JSON.parse(raw) as Partial<AnswerQueue> | null;
    const answers: Record<string, string> = {};
    if (value && typeof value.answers === "object" && value.answers) {
      for (const [id, answer] of Object.entries(value.answers)) if (typeof answer === "string") answers[id] = answer;
    }
    const p = value?.progress;
    const progress =
      p && typeof p.currentIndex === "number" && Array.isArray(p.flagged)
        ? { currentIndex: p.currentIndex, flagged: p.flagged.filter((f): f is string => typeof f === "string") }
        : null;
    return { answers, progress };
  } catch {
    return emptyQueue();
  }
}

export function withAnswer(queue: AnswerQueue, questionId: string, answer: string): AnswerQueue {
  return { ...queue, answers: { ...queue.answers, [questionId]: answer } };
}

export function withProgress(queue: AnswerQueue, progress: PendingProgress): AnswerQueue {
  return { ...queue, progress };
}

/** Drops an answer once the server has it, unless the student changed it again while it was on its way. */
export function withoutAnswer(queue: AnswerQueue, questionId: string, sent: string): AnswerQueue {
  if (queue.answers[questionId] !== sent) return queue;
  const answers = { ...queue.answers };
  delete answers[questionId];
  return { ...queue, answers };
}

export function withoutProgress(queue: AnswerQueue, sent: PendingProgress): AnswerQueue {
  const p = queue.progress;
  if (!p || p.currentIndex !== sent.currentIndex || p.flagged.join() !== sent.flagged.join()) return queue;
  return { ...queue, progress: null };
}

export function isEmptyQueue(queue: AnswerQueue) {
  return Object.keys(queue.answers).length === 0 && queue.progress === null;
}
