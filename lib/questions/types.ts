export type QuestionType = "multiple_choice" | "fill_in_blank" | "true_false" | "quote_attribution" | "numeric";

export interface GeneratedQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  answer: string;
  evidence: string;
  evidenceStart: number;
  explanation: string;
  difficulty: 1 | 2 | 3;
  entities: string[];
  score: number;
}

export interface ArticleInfo {
  title: string;
  words: number;
  sentences: number;
}

export interface GenerateOptions {
  count?: number;
  all?: boolean;
  seed?: string | number;
  title?: string;
  /** Also return the whole bank (as `all` would), from the same run: a new set needs both. */
  bank?: boolean;
}

/** A question before gates, ranking and choice shuffling. */
export interface Candidate {
  type: QuestionType;
  prompt: string;
  /** correct answer first; shuffled at assembly */
  choices: string[];
  answer: string;
  evidenceStart: number;
  evidenceEnd: number;
  explanation: string;
  difficulty: 1 | 2 | 3;
  entities: string[];
  /** sentence indexes this question is about: at most one question per fact */
  facts: number[];
  /**
   * The part of its (first) sentence the stem covers, as [start, end) in the sentence, where it is one clause of a
   * long sentence: two questions whose parts do not overlap, and whose stems do not print each other's answers, ask
   * two facts ("… asked the _____ and the Department of Homeland Security to …" and "… asked the _____ to work with
   * Louisiana …").
   */
  span?: [number, number];
  /** generator's own confidence and importance, 0..1 */
  base: number;
  /** for balancing: the thing being asked (speaker, answer entity) */
  answerKey: string;
  /** true/false variant marker, used to balance the quiz */
  truth?: boolean;
  /**
   * Kept in the bank for a teacher to add, never in the default quiz: a true/false statement that is the article's
   * sentence again or swaps a detail (ADR 017, 020), one amount of a list (ADR 021).
   */
  bankOnly?: boolean;
  /** text of the blanked phrase, for the function-word gate */
  blank?: string;
  /**
   * A transcript's words attributed by their speaker label (turns.ts): its evidence may run through the turns of a
   * speaker the rest of the engine leaves out (an interlocutor's), which are not boilerplate for this question.
   */
  transcript?: boolean;
  /**
   * A nominee's heading ("Tana Lin, Nominee for …", nominations.ts) or a readout's list of participants by state
   * (wh.ts): the lines the quiz leaves out as headings are this question's evidence, read by the generator that asks it.
   */
  heading?: boolean;
  /** A Supreme Court decision's own fact (court.ts): its stem names the case ("… in Wooley v. Maynard?"), no citation. */
  court?: boolean;
}
