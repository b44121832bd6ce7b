/** The switch for the single-key shortcuts (WCAG 2.1.4), with a line about the keys on wide screens. */
export function ShortcutSetting({ enabled, onChange, movesQuestions = false }: { enabled: boolean; onChange: (on: boolean) => void; movesQuestions?: boolean }) {
  return (
    <div className="mt-3 text-sm text-slate-700">
      <label className="inline-flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={enabled} onChange={(e) => onChange(e.target.checked)} className="size-5 accent-brand-700" />
        Letter and number keys choose an answer (A–D, 1–4)
      </label>
      <p className="hidden sm:block">
        {enabled ? "In the list of answers, or anywhere but a button or link, A–D or 1–4 choose an answer. " : ""}
        ↑ and ↓ move between answers{movesQuestions ? "; ← and → move between questions when no answer has focus" : ""}.
      </p>
    </div>
  );
}
