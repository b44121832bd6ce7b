import "server-only";
import { db } from "@/lib/db";
import { parseChoices } from "@/lib/question-rows";
import { isCorrectAnswer } from "@/lib/quiz/answers";
import { evidenceInParagraph, type EvidenceParagraph } from "@/lib/quiz/evidence";

export type QuestionFeedback = { correct: boolean; answer: string; explanation: string; evidence: EvidenceParagraph | null };

/** The answer key for questions the student has already answered: only for AFTER_EACH attempts and practice. */
export async function questionFeedback(questionIds: string[], given: Record<string, string>): Promise<Record<string, QuestionFeedback>> {
  if (questionIds.length === 0) return {};
  const rows = await db.question.findMany({
    where: { id: { in: questionIds } },
    select: { id: true, answer: true, choices: true, explanation: true, evidence: true, evidenceStart: true, set: { select: { article: { select: { text: true } } } } },
  });
  const out: Record<string, QuestionFeedback> = {};
  for (const q of rows) {
    out[q.id] = {
      correct: isCorrectAnswer({ answer: q.answer, choices: parseChoices(q.choices) }, given[q.id] ?? ""),
      answer: q.answer,
      explanation: q.explanation,
      evidence: evidenceInParagraph(q.set.article.text, q.evidence, q.evidenceStart),
    };
  }
  return out;
}

