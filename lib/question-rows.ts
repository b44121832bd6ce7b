import type { GeneratedQuestion } from "@/lib/questions";

/** The database row for each question the engine made, in ranked order. Lists are JSON text (portable). */
export function questionRowsFromEngine(questions: GeneratedQuestion[]) {
  return questions.map((q, position) => ({
    type: q.type,
    prompt: q.prompt,
    choices: JSON.stringify(q.choices),
    answer: q.answer,
    evidence: q.evidence,
    evidenceStart: q.evidenceStart,
    explanation: q.explanation,
    position,
    difficulty: q.difficulty,
    entities: JSON.stringify(q.entities),
    engineId: q.id,
    score: q.score,
    origin: "GENERATED" as const,
  }));
}

export function parseChoices(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
