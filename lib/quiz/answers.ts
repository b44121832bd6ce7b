/** How typed answers are compared: case, spacing, curly quotes and a final full stop do not matter. */
export function normaliseAnswer(answer: string): string {
  return answer
    .normalize("NFKC")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!]$/, "")
    .toLowerCase();
}

/** Graded on the server only. A choice must match exactly; a typed answer matches after normalising. */
export function isCorrectAnswer(question: { answer: string; choices: string[] }, given: string): boolean {
  if (question.choices.length > 0) return given === question.answer;
  return normaliseAnswer(given) === normaliseAnswer(question.answer);
}
