import { buttonClass } from "@/components/ui/button";
import { QuestionNavigator } from "./question-nav";

type Item = { q: { id: string; prompt: string }; i: number };

/** The last screen before submitting: what is unanswered or flagged, a way back to each, and Submit. */
export function ReviewPanel({
  questions,
  answers,
  unchecked = [],
  flagged,
  submitting,
  headingRef,
  onPick,
  onBack,
  onSubmit,
}: {
  questions: { id: string; prompt: string }[];
  answers: Record<string, string>;
  /** Questions with a choice made but not checked: they are submitted as answers (ADR 016). */
  unchecked?: string[];
  flagged: string[];
  submitting: boolean;
  headingRef: React.Ref<HTMLHeadingElement>;
  onPick: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const total = questions.length;
  const items = questions.map((q, i) => ({ q, i }));
  const uncheckedList = items.filter(({ q }) => unchecked.includes(q.id));
  const unanswered = items.filter(({ q }) => answers[q.id] === undefined && !unchecked.includes(q.id));
  const flaggedList = items.filter(({ q }) => flagged.includes(q.id));
  const answeredCount = total - unanswered.length;

  return (
    <section aria-labelledby="review-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="review-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Review before submitting
      </h2>
      <p className="mt-2 text-slate-700">
        {answeredCount - uncheckedList.length} of {total} questions answered{uncheckedList.length > 0 ? `, ${uncheckedList.length} chosen but not checked` : ""}.
        {unanswered.length > 0 ? ` ${unanswered.length} not answered yet.` : " All questions answered."}
      </p>
      {uncheckedList.length > 0 ? (
        <div data-testid="unchecked">
          <QuestionLinks heading="Chosen but not checked" items={uncheckedList} onPick={onPick} />
          <p className="mt-1 text-sm text-slate-700">
            Your choice on {uncheckedList.length === 1 ? "this question is" : "these questions is"} kept and is submitted as your answer. Open one and
            press Check answer to see its feedback first, or change the choice.
          </p>
        </div>
      ) : null}
      {unanswered.length > 0 ? <QuestionLinks heading="Not answered" items={unanswered} onPick={onPick} /> : null}
      {flaggedList.length > 0 ? <QuestionLinks heading="Flagged for review" items={flaggedList} onPick={onPick} /> : null}
      <h3 className="mt-4 font-semibold">All questions</h3>
      <div className="mt-2">
        <QuestionNavigator questions={questions} answers={answers} flagged={flagged} current={null} onPick={onPick} />
      </div>
      <div className="mt-6 flex flex-wrap gap-2">
        <button type="button" onClick={onBack} className={buttonClass("secondary")}>
          <span aria-hidden="true">←</span> Back to questions
        </button>
        <button type="button" onClick={onSubmit} disabled={submitting} className={buttonClass("primary")}>
          {submitting ? "Submitting…" : "Submit quiz"}
        </button>
      </div>
      {unanswered.length > 0 ? <p className="mt-3 text-sm text-slate-700">Unanswered questions count as wrong.</p> : null}
    </section>
  );
}

function QuestionLinks({ heading, items, onPick }: { heading: string; items: Item[]; onPick: (i: number) => void }) {
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
