import type { AssignmentStatus } from "@/lib/quiz/feedback";

const LABELS: Record<AssignmentStatus, { text: string; icon: string; style: string }> = {
  not_started: { text: "Not started", icon: "○", style: "border-slate-400 bg-white text-slate-800" },
  in_progress: { text: "In progress", icon: "◐", style: "border-amber-500 bg-amber-50 text-amber-900" },
  submitted: { text: "Submitted", icon: "✓", style: "border-emerald-600 bg-emerald-50 text-emerald-900" },
  overdue: { text: "Overdue", icon: "!", style: "border-red-600 bg-red-50 text-red-900" },
  opens_later: { text: "Opens later", icon: "◷", style: "border-sky-500 bg-sky-50 text-sky-900" },
  closed_before_joined: { text: "Closed before you joined", icon: "–", style: "border-slate-300 bg-slate-50 text-slate-700" },
};

/** The status in words with an icon, so colour is never the only signal. */
export function StatusBadge({ status }: { status: AssignmentStatus }) {
  const l = LABELS[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-medium ${l.style}`}>
      <span aria-hidden="true">{l.icon}</span>
      {l.text}
    </span>
  );
}
