import type { QuestionType } from "@/generated/prisma/enums";

/** Everything a student's browser may know about a question before the feedback setting allows more. */
export type StudentQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  /** In the order this student sees them; empty for a typed answer. */
  choices: string[];
};

/**
 * THE one place a question is turned into what goes to a student's browser. It copies the four safe fields by name,
 * so the answer, explanation, evidence and anything added to the row later can never leak by accident.
 * `choiceOrder` is this attempt's order of the choices; choices it does not list keep their place at the end.
 */
export function projectQuestionForStudent(
  question: { id: string; type: QuestionType; prompt: string; choices: string[] },
  choiceOrder?: string[],
): StudentQuestion {
  const choices = choiceOrder
    ? [...choiceOrder.filter((c) => question.choices.includes(c)), ...question.choices.filter((c) => !choiceOrder.includes(c))]
    : question.choices.slice();
  return { id: question.id, type: question.type, prompt: question.prompt, choices };
}
