import type { Analysis } from "./analysis";
import type { Candidate } from "./types";
import { wordCount } from "./util";

/** Quotes, decisions and numbers first; types a teacher keeps more often score higher. */
const TYPE_BONUS: Record<Candidate["type"], number> = {
  quote_attribution: 0.12,
  multiple_choice: 0.1,
  numeric: 0.08,
  fill_in_blank: 0.04,
  true_false: 0.02,
};

const DECISION = /\b(?:announced|agreed|decided|ruled|held|signed|approved|passed|enacted|vetoed|voted|ordered|banned|required|established|denied|accused|threatened|rejected|affirmed|reversed|invest\w*|sanction\w*)\b/i;

export function scoreCandidate(c: Candidate, a: Analysis): number {
  const first = c.facts[0];
  const centrality = a.centrality[first] ?? 0;
  const s = a.sentences[first];
  const position = a.usable.length ? a.usable.findIndex((u) => u.index === first) / a.usable.length : 0;
  let score = 0.55 * c.base + 0.25 * centrality + TYPE_BONUS[c.type];
  if (position < 0.15) score += 0.04;
  if (s && DECISION.test(s.norm)) score += 0.04;
  const w = wordCount(c.prompt);
  if (w > 30) score -= 0.004 * (w - 30);
  return Math.round(score * 1000) / 1000;
}
