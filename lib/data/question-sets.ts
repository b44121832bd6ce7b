import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { parseChoices, questionRowsFromEngine } from "@/lib/question-rows";
import { generateQuestions, type GeneratedQuestion } from "@/lib/questions";
import type { QuestionFields } from "@/lib/validation/teacher";
import type { Teacher } from "./classes";

/** How many of the engine's ranked questions a new set starts with. */
export const DEFAULT_SET_SIZE = 20;

const QUESTION_SELECT = {
  id: true,
  type: true,
  prompt: true,
  choices: true,
  answer: true,
  evidence: true,
  explanation: true,
  position: true,
  engineId: true,
  origin: true,
} as const;

export async function listSets(teacher: Teacher) {
  return db.questionSet.findMany({
    where: { ownerId: teacher.id },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      updatedAt: true,
      article: { select: { id: true, title: true } },
      _count: { select: { questions: true, assignments: true } },
    },
  });
}

function bankFor(text: string, seed: string, title: string): GeneratedQuestion[] {
  return generateQuestions(text, { all: true, seed, title }).questions;
}

/** A new set from the article's top-ranked questions. Null when the article is not this teacher's. */
export async function createSetFromArticle(teacher: Teacher, articleId: string) {
  const article = await db.article.findFirst({ where: { id: articleId, ownerId: teacher.id }, select: { id: true, title: true, text: true } });
  if (!article) return null;
  const seed = "1";
  const chosen = bankFor(article.text, seed, article.title).slice(0, DEFAULT_SET_SIZE);
  return db.questionSet.create({
    data: { articleId: article.id, ownerId: teacher.id, title: article.title, seed, questions: { create: questionRowsFromEngine(chosen) } },
    select: { id: true },
  });
}

/** Everything the editor shows: the set, its questions in order, and the rest of the engine's bank to add from. */
export async function getSetForEditor(teacher: Teacher, setId: string) {
  const set = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: {
      id: true,
      title: true,
      status: true,
      seed: true,
      publishedAt: true,
      article: { select: { id: true, title: true, text: true } },
      questions: { orderBy: { position: "asc" }, select: { ...QUESTION_SELECT, _count: { select: { responses: true } } } },
      _count: { select: { assignments: true } },
    },
  });
  if (!set) return null;
  const submittedAttempts = await db.attempt.count({ where: { setId: set.id, submittedAt: { not: null } } });
  const inSet = new Set(set.questions.map((q) => q.engineId).filter(Boolean));
  const bank = bankFor(set.article.text, set.seed, set.article.title).filter((q) => !inSet.has(q.id));
  return {
    id: set.id,
    title: set.title,
    status: set.status,
    publishedAt: set.publishedAt,
    article: { id: set.article.id, title: set.article.title },
    assignmentCount: set._count.assignments,
    submittedAttempts,
    questions: set.questions.map(({ _count, ...q }) => ({ ...q, choices: parseChoices(q.choices), responseCount: _count.responses })),
    bank,
  };
}

/** What a student sees: prompts and choices, no answers, no evidence. */
export async function getSetPreview(teacher: Teacher, setId: string) {
  const set = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: {
      id: true,
      title: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, type: true, prompt: true, choices: true } },
    },
  });
  if (!set) return null;
  return { ...set, questions: set.questions.map((q) => ({ ...q, choices: parseChoices(q.choices) })) };
}

export async function setTitleAndStatus(teacher: Teacher, setId: string) {
  return db.questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select: { id: true, title: true, status: true } });
}

/**
 * Saves a teacher's edit of one question. Generated questions become EDITED (hand-written ones stay MANUAL).
 * False, changing nothing, when the question is not in one of this teacher's sets.
 */
export async function updateQuestion(teacher: Teacher, questionId: string, fields: QuestionFields): Promise<boolean> {
  const question = await db.question.findFirst({ where: { id: questionId, set: { ownerId: teacher.id } }, select: { id: true, origin: true } });
  if (!question) return false;
  await db.question.update({
    where: { id: question.id },
    data: {
      type: fields.type,
      prompt: fields.prompt,
      choices: JSON.stringify(fields.choices),
      answer: fields.answer,
      explanation: fields.explanation,
      evidence: fields.evidence,
      origin: question.origin === "MANUAL" ? "MANUAL" : "EDITED",
    },
  });
  return true;
}

async function nextPosition(setId: string) {
  const last = await db.question.findFirst({ where: { setId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

export async function addManualQuestion(teacher: Teacher, setId: string, fields: QuestionFields): Promise<boolean> {
  const set = await db.questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select: { id: true } });
  if (!set) return false;
  await db.question.create({
    data: {
      setId: set.id,
      type: fields.type,
      prompt: fields.prompt,
      choices: JSON.stringify(fields.choices),
      answer: fields.answer,
      explanation: fields.explanation,
      evidence: fields.evidence,
      position: await nextPosition(set.id),
      origin: "MANUAL",
    },
  });
  return true;
}

/** Adds one question from the engine's bank (the same seed gives the same bank) to the end of the set. */
export async function addBankQuestion(teacher: Teacher, setId: string, engineId: string): Promise<boolean> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: { id: true, seed: true, article: { select: { text: true, title: true } }, questions: { where: { engineId }, select: { id: true } } },
  });
  if (!set || set.questions.length > 0) return false;
  const generated = bankFor(set.article.text, set.seed, set.article.title).find((q) => q.id === engineId);
  if (!generated) return false;
  const [row] = questionRowsFromEngine([generated]);
  await db.question.create({ data: { ...row, setId: set.id, position: await nextPosition(set.id) } });
  return true;
}

export type RemoveResult = "removed" | "not_found" | "answered";

/** Students' answers are never deleted behind a teacher's back: a question someone has answered stays (edit it instead). */
export async function removeQuestion(teacher: Teacher, questionId: string): Promise<RemoveResult> {
  const question = await db.question.findFirst({
    where: { id: questionId, set: { ownerId: teacher.id } },
    select: { id: true, setId: true, _count: { select: { responses: true } } },
  });
  if (!question) return "not_found";
  if (question._count.responses > 0) return "answered";
  await db.$transaction(async (tx) => {
    await tx.question.delete({ where: { id: question.id } });
    const rest = await tx.question.findMany({ where: { setId: question.setId }, orderBy: { position: "asc" }, select: { id: true } });
    for (const [position, q] of rest.entries()) await tx.question.update({ where: { id: q.id }, data: { position } });
  });
  return "removed";
}

export async function moveQuestion(teacher: Teacher, questionId: string, direction: "up" | "down"): Promise<boolean> {
  const question = await db.question.findFirst({ where: { id: questionId, set: { ownerId: teacher.id } }, select: { id: true, setId: true } });
  if (!question) return false;
  await db.$transaction(async (tx) => {
    const ordered = await tx.question.findMany({ where: { setId: question.setId }, orderBy: { position: "asc" }, select: { id: true } });
    const from = ordered.findIndex((q) => q.id === question.id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= ordered.length) return;
    [ordered[from], ordered[to]] = [ordered[to], ordered[from]];
    for (const [position, q] of ordered.entries()) await tx.question.update({ where: { id: q.id }, data: { position } });
  });
  return true;
}

export type RegenerateResult = "regenerated" | "not_found" | "has_attempts";

/**
 * Replaces every question with a fresh selection from the engine under a new seed. Refused once students have
 * started the set, because replacing its questions would delete their answers.
 */
export async function regenerateSet(teacher: Teacher, setId: string): Promise<RegenerateResult> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, ownerId: teacher.id },
    select: { id: true, article: { select: { text: true, title: true } }, _count: { select: { attempts: true } } },
  });
  if (!set) return "not_found";
  if (set._count.attempts > 0) return "has_attempts";
  const seed = String(randomInt(1, 1_000_000_000));
  const chosen = bankFor(set.article.text, seed, set.article.title).slice(0, DEFAULT_SET_SIZE);
  await db.$transaction([
    db.question.deleteMany({ where: { setId: set.id } }),
    db.questionSet.update({ where: { id: set.id }, data: { seed, questions: { create: questionRowsFromEngine(chosen) } } }),
  ]);
  return "regenerated";
}

export async function setSetStatus(teacher: Teacher, setId: string, status: "DRAFT" | "PUBLISHED"): Promise<boolean> {
  const { count } = await db.questionSet.updateMany({
    where: { id: setId, ownerId: teacher.id },
    data: { status, publishedAt: status === "PUBLISHED" ? new Date() : null },
  });
  return count === 1;
}
