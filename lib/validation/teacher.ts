import "./zod-config";
import { z } from "zod";
import { isTimeZone, zonedDateTimeToInstant } from "@/lib/time-zone";
import { cleanName, NAME_MESSAGES } from "./names";

export const ClassNameSchema = z.string().trim().min(1, "Give the class a name.").max(80, "Use 80 characters or fewer.");
const IdSchema = z.string().trim().min(1, "Missing id.").max(64);

export const CreateClassSchema = z.object({ name: ClassNameSchema });
export const RenameClassSchema = z.object({ classId: IdSchema, name: ClassNameSchema });
export const ClassIdSchema = z.object({ classId: IdSchema });
export const RosterStudentSchema = z.object({ classId: IdSchema, studentId: IdSchema });

export const MAX_BULK_NAMES = 100;
export const MAX_STUDENT_NAME = 60;

/**
 * One student name per line. Blank lines are ignored; a name repeated in the same paste is added once (two students
 * with one name should be told apart, e.g. by an initial, or they could not tell their cards apart either).
 */
export function parseNameList(text: string): { names: string[]; duplicates: string[]; errors: string[] } {
  const seen = new Set<string>();
  const names: string[] = [];
  const duplicates: string[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const checked = cleanName(line, MAX_STUDENT_NAME);
    if (!checked.ok) {
      if (checked.message === NAME_MESSAGES.empty) continue;
      const long = checked.message.startsWith("Use ");
      errors.push(long ? `“${line.trim().slice(0, 30)}…” is longer than ${MAX_STUDENT_NAME} characters.` : `Line ${i + 1}: ${checked.message}`);
      continue;
    }
    const name = checked.name;
    const key = name.toLowerCase();
    if (seen.has(key)) {
      duplicates.push(name);
      continue;
    }
    seen.add(key);
    names.push(name);
  }
  if (names.length === 0 && errors.length === 0) errors.push("Paste at least one name, one per line.");
  if (names.length > MAX_BULK_NAMES) errors.push(`Add at most ${MAX_BULK_NAMES} students at a time (you pasted ${names.length}).`);
  return { names, duplicates, errors };
}

export const ArticleFieldsSchema = z.object({
  title: z.string().trim().min(1, "Give the article a title.").max(200, "Use 200 characters or fewer."),
  source: z
    .string()
    .trim()
    .max(200, "Use 200 characters or fewer.")
    .transform((s) => (s === "" ? null : s)),
});

export const MAX_UPLOAD_BYTES = 1024 * 1024;
export const UPLOAD_FORMATS = { txt: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html" } as const;

export const SetIdSchema = z.object({ setId: IdSchema });
export const QuestionIdSchema = z.object({ questionId: IdSchema });
export const MoveQuestionSchema = z.object({ questionId: IdSchema, direction: z.enum(["up", "down"]) });
export const BankQuestionSchema = z.object({ setId: IdSchema, engineId: z.string().min(1).max(200) });
export const SetStatusSchema = z.object({ setId: IdSchema, status: z.enum(["DRAFT", "PUBLISHED"]) });

export const QUESTION_TYPES = ["multiple_choice", "fill_in_blank", "true_false", "quote_attribution", "numeric"] as const;
export const TRUE_FALSE = ["True", "False"];

/**
 * What the question form sends: choices as separate fields (blank ones dropped) and the index of the correct one.
 * True/false questions always have the choices True and False.
 */
export const QuestionFieldsSchema = z
  .object({
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().trim().min(1, "Write the question.").max(500, "Use 500 characters or fewer."),
    choices: z.array(z.string().trim().max(200, "Keep each choice to 200 characters or fewer.")),
    answerIndex: z.coerce.number().int().min(0, "Choose the correct answer.").max(3, "Choose the correct answer."),
    explanation: z.string().trim().max(1000, "Use 1,000 characters or fewer."),
    evidence: z.string().trim().max(2000, "Use 2,000 characters or fewer."),
  })
  .transform((q, ctx) => {
    const typed = q.type === "true_false" ? TRUE_FALSE : q.choices;
    const answer = typed[q.answerIndex]?.trim() ?? "";
    const choices = typed.map((c) => c.trim()).filter(Boolean);
    if (!answer) ctx.addIssue({ code: "custom", path: ["answerIndex"], message: "The correct answer must be one of the filled-in choices." });
    if (new Set(choices.map((c) => c.toLowerCase())).size !== choices.length) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: "Each choice must be different." });
    }
    const min = q.type === "multiple_choice" ? 3 : 2;
    if (choices.length < min) ctx.addIssue({ code: "custom", path: ["choices"], message: `Give at least ${min} different choices.` });
    if (choices.length > 4) ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at most 4 choices." });
    return { type: q.type, prompt: q.prompt, choices, answer, explanation: q.explanation, evidence: q.evidence };
  });
export type QuestionFields = z.output<typeof QuestionFieldsSchema>;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : v), z.coerce.number().int(message).min(min, message).max(max, message).optional());
const localDateTime = z.string().trim().regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, "Enter a date and time.");

/**
 * A `datetime-local` value is wall-clock time in the teacher's time zone. The browser sends the zone's IANA name
 * (Intl's resolvedOptions().timeZone) and each date is converted with that zone's rules on that date, so an
 * assignment that opens before a change of the clocks and is due after it is right at both ends.
 */
export function fromLocalDateTime(value: string, timeZone: string): Date | null {
  return zonedDateTimeToInstant(value, timeZone);
}

/**
 * Feedback after each answer shows the key during an attempt, so a retake could be answered from it and the best
 * (or latest) score would mean nothing: that combination is refused. (With feedback after submission, the answers
 * of an attempt stay hidden while another attempt is possible: lib/quiz/feedback.ts.)
 */
export const RETAKE_AFTER_EACH_MESSAGE =
  "With feedback after each answer, students see the correct answers during their first attempt, so a retake would be answered from them. Allow 1 attempt, or choose feedback after the student submits.";

export const AssignmentSchema = z
  .object({
    setId: IdSchema,
    classIds: z.array(IdSchema).min(1, "Choose at least one class.").max(50),
    opensAt: localDateTime,
    dueAt: localDateTime,
    timeZone: z.string().trim().max(64).catch(""),
    timeLimitMinutes: optionalInt(1, 300, "Use a whole number of minutes from 1 to 300, or leave it empty."),
    shuffleQuestions: checkbox,
    shuffleChoices: checkbox,
    feedback: z.enum(["AFTER_EACH", "AFTER_SUBMIT", "AFTER_DUE"], "Choose when students see feedback."),
    attemptsAllowed: z.coerce.number().int("Use a whole number from 1 to 10.").min(1, "Use a whole number from 1 to 10.").max(10, "Use a whole number from 1 to 10."),
    scorePolicy: z.enum(["BEST", "LATEST"], "Choose which score counts."),
  })
  .transform((a, ctx) => {
    if ((a.opensAt || a.dueAt) && !isTimeZone(a.timeZone)) {
      ctx.addIssue({
        code: "custom",
        path: ["timeZone"],
        message: a.timeZone
          ? `Your browser gave a time zone Quorum does not know (“${a.timeZone}”), so the dates cannot be read. Nothing was assigned: reload the page and try again.`
          : "Your browser did not say which time zone it is in, so the dates cannot be read. Nothing was assigned: reload the page (with JavaScript on) and try again.",
      });
      return z.NEVER;
    }
    const read = (field: "opensAt" | "dueAt") => {
      try {
        return fromLocalDateTime(a[field], a.timeZone || "UTC");
      } catch {
        ctx.addIssue({ code: "custom", path: [field], message: "Enter a date and time." });
        return null;
      }
    };
    const opensAt = read("opensAt");
    const dueAt = read("dueAt");
    if (opensAt && dueAt && dueAt <= opensAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
    if (a.feedback === "AFTER_EACH" && a.attemptsAllowed > 1) {
      ctx.addIssue({ code: "custom", path: ["attemptsAllowed"], message: RETAKE_AFTER_EACH_MESSAGE });
    }
    if (a.feedback === "AFTER_DUE" && !dueAt) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "Set a due date to show feedback after it, or choose another feedback option." });
    }
    return {
      setId: a.setId,
      classIds: [...new Set(a.classIds)],
      settings: {
        opensAt,
        dueAt,
        timeLimitMinutes: a.timeLimitMinutes ?? null,
        shuffleQuestions: a.shuffleQuestions,
        shuffleChoices: a.shuffleChoices,
        feedback: a.feedback,
        attemptsAllowed: a.attemptsAllowed,
        scorePolicy: a.scorePolicy,
      },
    };
  });
export type AssignmentSettings = z.output<typeof AssignmentSchema>["settings"];
