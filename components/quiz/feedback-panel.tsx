import type { QuestionFeedback } from "@/lib/data/question-feedback";
import { EvidenceQuote } from "./evidence-quote";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The key for one answered question: right or wrong in words and an icon (not colour alone), why, and where.
 * An explanation that only repeats the evidence sentence ("The article says: …") is left out: the quote shows it.
 */
export function FeedbackPanel({ feedback, headingId }: { feedback: QuestionFeedback; headingId?: string }) {
  const quote = feedback.evidence ? squash(feedback.evidence.evidence) : "";
  const explanationRepeatsQuote = quote !== "" && squash(feedback.explanation).includes(quote);
  return (
    <div className={`mt-4 rounded-md border-2 p-4 ${feedback.correct ? "border-emerald-600 bg-emerald-50" : "border-red-600 bg-red-50"}`} data-testid="feedback">
      <p id={headingId} className="text-lg font-semibold">
        {feedback.correct ? (
          <>
            <span aria-hidden="true">✓ </span>Correct
          </>
        ) : (
          <>
            <span aria-hidden="true">✗ </span>Not quite. The answer is: <span className="font-bold">{feedback.answer}</span>
          </>
        )}
      </p>
      {explanationRepeatsQuote ? null : <p className="mt-2 text-slate-800">{feedback.explanation}</p>}
      {feedback.evidence ? (
        <div className="mt-3">
          <p className="mb-1 text-sm font-medium text-slate-700">From the article:</p>
          <EvidenceQuote evidence={feedback.evidence} />
        </div>
      ) : null}
    </div>
  );
}
