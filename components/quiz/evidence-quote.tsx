import type { EvidenceParagraph } from "@/lib/quiz/evidence";

/** The evidence sentence in its paragraph, as plain text with a <mark> (never as HTML). */
export function EvidenceQuote({ evidence }: { evidence: EvidenceParagraph }) {
  return (
    <blockquote className="border-l-4 border-slate-300 pl-3 text-slate-800">
      {evidence.before}
      <mark className="rounded bg-yellow-200 px-0.5 text-slate-900">{evidence.evidence}</mark>
      {evidence.after}
    </blockquote>
  );
}
