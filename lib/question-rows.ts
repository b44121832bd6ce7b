import type { GeneratedQuestion } from "@/lib/questions";

/** The columns a Question and a QuestionBankItem share, from one engine question. Lists are JSON text (portable). */
function engineColumns(q: GeneratedQuestion) {
  return {
    type: q.type,
    prompt: q.prompt,
    choices: JSON.stringify(q.choices),
    answer: q.answer,
    evidence: q.evidence,
    evidenceStart: q.evidenceStart,
    explanation: q.explanation,
    difficulty: q.difficulty,
    entities: JSON.stringify(q.entities),
    engineId: q.id,
    score: q.score,
  };
}

/** The database row for each question the engine made, in ranked order. */
export function questionRowsFromEngine(questions: GeneratedQuestion[]) {
  return questions.map((q, position) => ({ ...engineColumns(q), position, origin: "GENERATED" as const }));
}

export function parseChoices(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The stored bank's rows for everything the engine made, best first (rank 0). A repeated engine id keeps its first,
 * best-ranked copy, so the bank's (setId, engineId) key holds whatever the engine returns.
 */
export function bankRowsFromEngine(questions: GeneratedQuestion[]) {
  const byId = new Map<string, GeneratedQuestion>();
  for (const q of questions) if (!byId.has(q.id)) byId.set(q.id, q);
  return [...byId.values()].map((q, rank) => ({ ...engineColumns(q), rank }));
}

/**
 * Whether a stored bank was made by an earlier engine than this one (versions are whole numbers). A bank from a newer
 * engine (a downgrade) is not "stale": regenerating would only make older questions.
 */
export function bankIsStale(bankVersion: string | null, engineVersion: string): boolean {
  if (bankVersion === null) return false;
  const stored = Number(bankVersion);
  const current = Number(engineVersion);
  if (!Number.isFinite(stored) || !Number.isFinite(current)) return bankVersion !== engineVersion;
  return stored < current;
}
