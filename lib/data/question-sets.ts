import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { bankIsStale, bankRowsFromEngine, parseChoices, questionRowsFromEngine } from "@/lib/question-rows";
import { ArticleError, ENGINE_VERSION, generateQuestions, type GeneratedQuestion } from "@/lib/questions";
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

/**
 * Runs the question engine for a set, once: its default quiz (the questions the engine is confident a teacher keeps,
 * fewer than 20 for a short or quote-only text, never topped up with weaker ones) and its whole bank, best first.
 * The only place in the data layer that runs the engine, and only when a bank is made: a new set, "Regenerate", or a
 * set made before banks were stored.
 */
function runEngine(text: string, seed: string, title: string): { quiz: GeneratedQuestion[]; bank: GeneratedQuestion[] } {
  const r = generateQuestions(text, { count: DEFAULT_SET_SIZE, bank: true, seed, title });
  return { quiz: r.questions, bank: r.bank ?? [] };
}

/** What a set stores about its bank besides the items: which engine made it, and when. */
function bankStamp() {
  return { bankEngineVersion: ENGINE_VERSION, bankGeneratedAt: new Date() };
}

/** A new set from the article's top-ranked questions, stored with the whole bank. Null when the article is not this teacher's. */
export async function createSetFromArticle(teacher: Teacher, articleId: string) {
  const article = await db.article.findFirst({ where: { id: articleId, ownerId: teacher.id }, select: { id: true, title: true, text: true } });
  if (!article) return null;
  const seed = "1";
  const { quiz, bank } = runEngine(article.text, seed, article.title);
  // One create with nested writes: the set, its questions and its bank are stored together or not at all.
  return db.questionSet.create({
    data: {
      articleId: article.id,
      ownerId: teacher.id,
      title: article.title,
      seed,
      ...bankStamp(),
      questions: { create: questionRowsFromEngine(quiz) },
      bank: { createMany: { data: bankRowsFromEngine(bank) } },
    },
    select: { id: true },
  });
}

/**
 * Sets made before banks were stored have none: make it once, from the set's seed, and store it. If two requests
 * race, the conditional update lets only the first store its bank. An article the engine now refuses gets an empty
 * bank (its set's questions are already stored; the teacher can still write their own).
 */
async function backfillBank(set: { id: string; seed: string; articleId: string }) {
  const article = await db.article.findUniqueOrThrow({ where: { id: set.articleId }, select: { text: true, title: true } });
  let bank: GeneratedQuestion[];
  try {
    bank = runEngine(article.text, set.seed, article.title).bank;
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    bank = [];
  }
  const rows = bankRowsFromEngine(bank);
  await db.$transaction(async (tx) => {
    const { count } = await tx.questionSet.updateMany({ where: { id: set.id, bankEngineVersion: null }, data: bankStamp() });
    if (count === 1 && rows.length > 0) await tx.questionBankItem.createMany({ data: rows.map((row) => ({ ...row, setId: set.id })) });
  });
}

/**
 * Everything the editor shows: the set, its questions in order, and the rest of its stored bank to add from. Reads
 * only the database (the engine runs here once for a set that has no stored bank yet).
 */
export async function getSetForEditor(teacher: Teacher, setId: string) {
  const select = {
    id: true,
    title: true,
    status: true,
    seed: true,
    publishedAt: true,
    bankEngineVersion: true,
    bankGeneratedAt: true,
    article: { select: { id: true, title: true } },
    questions: { orderBy: { position: "asc" }, select: { ...QUESTION_SELECT, _count: { select: { responses: true } } } },
    bank: { orderBy: { rank: "asc" }, select: { engineId: true, type: true, prompt: true, answer: true, evidence: true } },
    _count: { select: { assignments: true, attempts: true } },
  } as const;
  let set = await db.questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select });
  if (!set) return null;
  if (set.bankEngineVersion === null) {
    await backfillBank({ id: set.id, seed: set.seed, articleId: set.article.id });
    set = await db.questionSet.findFirst({ where: { id: setId, ownerId: teacher.id }, select });
    if (!set) return null;
  }
  const submittedAttempts = await db.attempt.count({ where: { setId: set.id, submittedAt: { not: null } } });
  const inSet = new Set(set.questions.map((q) => q.engineId).filter(Boolean));
  return {
    id: set.id,
    title: set.title,
    status: set.status,
    publishedAt: set.publishedAt,
    article: set.article,
    assignmentCount: set._count.assignments,
    attemptCount: set._count.attempts,
    submittedAttempts,
    questions: set.questions.map(({ _count, ...q }) => ({ ...q, choices: parseChoices(q.choices), responseCount: _count.responses })),
    bank: set.bank.filter((q) => !inSet.has(q.engineId)),
    bankInfo: {
      engineVersion: set.bankEngineVersion,
      currentEngineVersion: ENGINE_VERSION,
      generatedAt: set.bankGeneratedAt,
      stale: bankIsStale(set.bankEngineVersion, ENGINE_VERSION),
    },
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

/** Adds one question from the set's stored bank to the end of the set (never twice). */
export async function addBankQuestion(teacher: Teacher, setId: string, engineId: string): Promise<boolean> {
  const find = () =>
    db.questionSet.findFirst({
      where: { id: setId, ownerId: teacher.id },
      select: {
        id: true,
        seed: true,
        articleId: true,
        bankEngineVersion: true,
        questions: { where: { engineId }, select: { id: true } },
        bank: {
          where: { engineId },
          select: {
            engineId: true,
            type: true,
            prompt: true,
            choices: true,
            answer: true,
            evidence: true,
            evidenceStart: true,
            explanation: true,
            difficulty: true,
            entities: true,
            score: true,
          },
        },
      },
    });
  let set = await find();
  if (!set || set.questions.length > 0) return false;
  if (set.bankEngineVersion === null) {
    // An editor page opened before banks were stored: make this set's bank now, as its first editor load would.
    await backfillBank(set);
    set = await find();
    if (!set || set.questions.length > 0) return false;
  }
  const [item] = set.bank;
  if (!item) return false;
  // The bank item's columns are a Question's; it keeps the engine's id and counts as generated.
  await db.question.create({ data: { ...item, setId: set.id, position: await nextPosition(set.id), origin: "GENERATED" } });
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
 * A new bank from the current engine under a new seed, replacing the stored one, and every question replaced by its
 * top-ranked questions. Only ever at the teacher's request: it discards their edits. Refused once students have
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
  const { quiz, bank } = runEngine(set.article.text, seed, set.article.title);
  // One transaction, which checks again that nobody has started the set: a student may have while the engine ran.
  return db.$transaction(async (tx): Promise<RegenerateResult> => {
    const { count } = await tx.questionSet.updateMany({ where: { id: set.id, attempts: { none: {} } }, data: { seed, ...bankStamp() } });
    if (count === 0) return "has_attempts";
    await tx.questionSet.update({
      where: { id: set.id },
      data: {
        questions: { deleteMany: {}, create: questionRowsFromEngine(quiz) },
        bank: { deleteMany: {}, createMany: { data: bankRowsFromEngine(bank) } },
      },
    });
    return "regenerated";
  });
}

export async function setSetStatus(teacher: Teacher, setId: string, status: "DRAFT" | "PUBLISHED"): Promise<boolean> {
  const { count } = await db.questionSet.updateMany({
    where: { id: setId, ownerId: teacher.id },
    data: { status, publishedAt: status === "PUBLISHED" ? new Date() : null },
  });
  return count === 1;
}
