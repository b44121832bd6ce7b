"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/guards";
import { createAssignments } from "@/lib/data/assignments";
import { addBankQuestion, addManualQuestion, moveQuestion, regenerateSet, removeQuestion, setSetStatus, updateQuestion } from "@/lib/data/question-sets";
import type { FormState } from "@/lib/validation/form-state";
import {
  AssignmentSchema,
  BankQuestionSchema,
  MoveQuestionSchema,
  QuestionFieldsSchema,
  QuestionIdSchema,
  SetIdSchema,
  SetStatusSchema,
} from "@/lib/validation/teacher";

const SET_NOT_FOUND = "That question set was not found. It may belong to another teacher.";
const QUESTION_NOT_FOUND = "That question was not found. It may have been removed, or belong to another teacher.";

function revalidateEditor() {
  revalidatePath("/teacher/sets/[setId]", "page");
}

/** The question form's fields as typed, to give back on a validation error. */
function questionValues(formData: FormData) {
  const field = (name: string) => String(formData.get(name) ?? "");
  const values: Record<string, string> = {};
  for (const name of ["type", "prompt", "choice0", "choice1", "choice2", "choice3", "answerIndex", "explanation", "evidence"]) values[name] = field(name);
  return values;
}

function parseQuestion(values: Record<string, string>) {
  return QuestionFieldsSchema.safeParse({
    type: values.type,
    prompt: values.prompt,
    choices: [values.choice0, values.choice1, values.choice2, values.choice3],
    answerIndex: values.answerIndex === "" ? -1 : values.answerIndex,
    explanation: values.explanation,
    evidence: values.evidence,
  });
}

export async function saveQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const values = questionValues(formData);
  const id = QuestionIdSchema.safeParse({ questionId: formData.get("questionId") });
  if (!id.success) return { message: QUESTION_NOT_FOUND, values };
  const parsed = parseQuestion(values);
  if (!parsed.success) return { message: "Check the highlighted fields: nothing was saved yet.", errors: z.flattenError(parsed.error).fieldErrors, values };
  if (!(await updateQuestion(teacher, id.data.questionId, parsed.data))) return { message: QUESTION_NOT_FOUND, values };
  revalidateEditor();
  return { ok: true, message: "Question saved." };
}

export async function addManualQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const values = questionValues(formData);
  const set = SetIdSchema.safeParse({ setId: formData.get("setId") });
  if (!set.success) return { message: SET_NOT_FOUND, values };
  const parsed = parseQuestion(values);
  if (!parsed.success) return { message: "Check the highlighted fields: nothing was added yet.", errors: z.flattenError(parsed.error).fieldErrors, values };
  if (!(await addManualQuestion(teacher, set.data.setId, parsed.data))) return { message: SET_NOT_FOUND, values };
  revalidateEditor();
  return { ok: true, message: "Question added at the end of the set." };
}

export async function addBankQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = BankQuestionSchema.safeParse({ setId: formData.get("setId"), engineId: formData.get("engineId") });
  if (!parsed.success || !(await addBankQuestion(teacher, parsed.data.setId, parsed.data.engineId))) {
    return { message: "That question could not be added: it is already in the set, or the set was not found." };
  }
  revalidateEditor();
  return { ok: true, message: "Added to the end of the set." };
}

export async function removeQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = QuestionIdSchema.safeParse({ questionId: formData.get("questionId") });
  if (!parsed.success) return { message: QUESTION_NOT_FOUND };
  const result = await removeQuestion(teacher, parsed.data.questionId);
  if (result === "not_found") return { message: QUESTION_NOT_FOUND };
  if (result === "answered") return { message: "Students have answered this question, so it stays in the set (their answers are kept). You can still edit it." };
  revalidateEditor();
  return { ok: true, message: "Question removed." };
}

export async function moveQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = MoveQuestionSchema.safeParse({ questionId: formData.get("questionId"), direction: formData.get("direction") });
  if (!parsed.success || !(await moveQuestion(teacher, parsed.data.questionId, parsed.data.direction))) return { message: QUESTION_NOT_FOUND };
  revalidateEditor();
  return { ok: true, message: `Question moved ${parsed.data.direction}.` };
}

export async function regenerateSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = SetIdSchema.safeParse({ setId: formData.get("setId") });
  if (!parsed.success) return { message: SET_NOT_FOUND };
  const result = await regenerateSet(teacher, parsed.data.setId);
  if (result === "not_found") return { message: SET_NOT_FOUND };
  if (result === "has_attempts") return { message: "Students have already started this set, so its questions cannot be replaced. Generate a new set from the article instead." };
  revalidateEditor();
  return { ok: true, message: "New questions generated." };
}

export async function setStatusAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const parsed = SetStatusSchema.safeParse({ setId: formData.get("setId"), status: formData.get("status") });
  if (!parsed.success || !(await setSetStatus(teacher, parsed.data.setId, parsed.data.status))) return { message: SET_NOT_FOUND };
  revalidateEditor();
  revalidatePath("/teacher/sets");
  return {
    ok: true,
    message: parsed.data.status === "PUBLISHED" ? "Published: anyone can now practise this set in self-study." : "The set is private again.",
  };
}

export async function assignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const raw = {
    setId: formData.get("setId"),
    classIds: formData.getAll("classIds"),
    opensAt: formData.get("opensAt") ?? "",
    dueAt: formData.get("dueAt") ?? "",
    timeZone: formData.get("timeZone"),
    timeLimitMinutes: formData.get("timeLimitMinutes") ?? "",
    shuffleQuestions: formData.get("shuffleQuestions"),
    shuffleChoices: formData.get("shuffleChoices"),
    feedback: formData.get("feedback"),
    attemptsAllowed: formData.get("attemptsAllowed"),
    scorePolicy: formData.get("scorePolicy"),
  };
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) values[key] = Array.isArray(value) ? value.join(",") : String(value ?? "");
  const parsed = AssignmentSchema.safeParse(raw);
  if (!parsed.success) return { message: "Check the highlighted fields: nothing was assigned yet.", errors: z.flattenError(parsed.error).fieldErrors, values };
  const created = await createAssignments(teacher, parsed.data.setId, parsed.data.classIds, parsed.data.settings);
  if (!created) return { message: "That set or one of those classes was not found (or the class is archived). Nothing was assigned.", values };
  if (created === "empty") return { message: "This set has no questions yet. Add some from the question bank (or write your own), then assign it. Nothing was assigned.", values };
  revalidatePath("/teacher");
  for (const a of created) revalidatePath(`/teacher/classes/${a.classId}`);
  redirect(created.length === 1 ? `/teacher/classes/${created[0].classId}/assignments/${created[0].id}` : "/teacher");
}
