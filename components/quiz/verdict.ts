import type { QuestionFeedback } from "@/lib/data/question-feedback";

/** What the live region says after an answer is checked: the verdict and the right answer, nothing more. */
export function verdictMessage(feedback: Pick<QuestionFeedback, "correct" | "answer">) {
  return feedback.correct ? `Correct. The answer is: ${feedback.answer}.` : `Not quite. The right answer is: ${feedback.answer}.`;
}
