/**
 * A grid of question numbers: answered ones carry a tick and flagged ones a flag (icon and words, not colour
 * alone); the current one is marked. Each is a button, so the grid is reachable by Tab.
 */
export function QuestionNavigator({
  questions,
  answers,
  flagged,
  current,
  onPick,
}: {
  questions: { id: string }[];
  answers: Record<string, string>;
  flagged: string[];
  current: number | null;
  onPick: (index: number) => void;
}) {
  return (
    <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-2" data-testid="question-navigator">
      {questions.map((q, i) => {
        const answered = answers[q.id] !== undefined;
        const isFlagged = flagged.includes(q.id);
        const state = [answered ? "answered" : "not answered", isFlagged ? "flagged" : null].filter(Boolean).join(", ");
        return (
          <li key={q.id}>
            <button
              type="button"
              onClick={() => onPick(i)}
              aria-label={`Question ${i + 1}, ${state}`}
              aria-current={current === i ? "step" : undefined}
              className={`relative flex min-h-11 w-full flex-col items-center justify-center rounded-md border-2 text-sm font-semibold ${
                current === i ? "border-brand-700 ring-2 ring-brand-700" : answered ? "border-slate-500" : "border-dashed border-slate-400"
              } ${answered ? "bg-brand-50 text-brand-900" : "bg-white text-slate-800"}`}
            >
              <span>{i + 1}</span>
              <span aria-hidden="true" className="text-xs leading-none">
                {answered ? "✓" : ""}
                {isFlagged ? "⚑" : ""}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
