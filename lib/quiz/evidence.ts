/** Where the evidence sentence sits in the article: the stored offset if it still matches, else its first match. */
export function locateEvidence(text: string, evidence: string, evidenceStart: number | null): { start: number; end: number } | null {
  if (!evidence) return null;
  if (evidenceStart !== null && evidenceStart >= 0 && text.startsWith(evidence, evidenceStart)) {
    return { start: evidenceStart, end: evidenceStart + evidence.length };
  }
  const found = text.indexOf(evidence);
  return found === -1 ? null : { start: found, end: found + evidence.length };
}

export type EvidenceParagraph = { before: string; evidence: string; after: string };

const CONTEXT_CHARS = 280;

/**
 * The paragraph (line) that holds the evidence, split around it, so it can be shown in place with a <mark>.
 * An article pasted as one long line would make that the whole article: the context is cut at a word boundary.
 */
export function evidenceInParagraph(text: string, evidence: string, evidenceStart: number | null): EvidenceParagraph | null {
  const at = locateEvidence(text, evidence, evidenceStart);
  if (!at) return null;
  const lineStart = text.lastIndexOf("\n", at.start - 1) + 1;
  const lineEnd = text.indexOf("\n", at.end);
  let before = text.slice(lineStart, at.start);
  let after = text.slice(at.end, lineEnd === -1 ? text.length : lineEnd);
  if (before.length > CONTEXT_CHARS) before = `…${before.slice(before.indexOf(" ", before.length - CONTEXT_CHARS) + 1)}`;
  if (after.length > CONTEXT_CHARS) after = `${after.slice(0, after.lastIndexOf(" ", CONTEXT_CHARS))}…`;
  return { before, evidence: text.slice(at.start, at.end), after };
}

export type ArticleSegment = { text: string; questions: number[] };

/**
 * The whole article cut into plain and marked pieces, each mark naming the questions (1-based) it proves.
 * Two questions on one sentence share a mark; a range overlapping an earlier one is left unmarked.
 */
export function markArticle(text: string, ranges: { start: number; end: number; question: number }[]): ArticleSegment[] {
  const merged: { start: number; end: number; questions: number[] }[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && last.start === r.start && last.end === r.end) last.questions.push(r.question);
    else if (!last || r.start >= last.end) merged.push({ start: r.start, end: r.end, questions: [r.question] });
  }
  const segments: ArticleSegment[] = [];
  let at = 0;
  for (const m of merged) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start), questions: [] });
    segments.push({ text: text.slice(m.start, m.end), questions: m.questions.sort((a, b) => a - b) });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), questions: [] });
  return segments;
}
