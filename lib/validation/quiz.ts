import "./zod-config";
import { z } from "zod";

const Id = z.string().min(1).max(64);
const AnswerText = z.string().trim().min(1, "Choose or type an answer.").max(500, "Keep answers under 500 characters.");

export const SaveProgressSchema = z.object({
  currentIndex: z.number().int().min(0).max(10_000),
  flagged: z.array(Id).max(1000),
});

/**
 * One answer, and where the student is (index and flags) when it is sent: the quiz sends its progress with each
 * answer instead of a progress request of its own (docs/decisions/024). `progress` is optional so that a save
 * without it (an older page still open) is still taken.
 */
export const SaveAnswerSchema = z.object({
  questionId: Id,
  answer: AnswerText,
  progress: SaveProgressSchema.optional(),
});

export const PracticeAnswerSchema = z.object({
  questionId: Id,
  answer: AnswerText,
  /** The round being practised (all questions, then the ones missed), so a signed-in student resumes it. */
  round: z.array(Id).min(1).max(1000),
  currentIndex: z.number().int().min(0).max(10_000),
});

/** The next round to practise (the ones missed), or null to start over. */
export const PracticeRoundSchema = z.object({
  round: z.array(Id).min(1).max(1000).nullable(),
});
