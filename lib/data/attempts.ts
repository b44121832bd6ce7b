import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { closeExpiredAttempts, parseIdList, submitAttempt } from "@/lib/data/grading";
import { inGroupCommit, type Tx } from "@/lib/data/group-commit";
import { newRowId } from "@/lib/data/row-id";
import { parseChoices } from "@/lib/question-rows";
import { isCorrectAnswer } from "@/lib/quiz/answers";
import { questionFeedback, type QuestionFeedback } from "@/lib/data/question-feedback";
import { evidenceInParagraph, locateEvidence, markArticle, type ArticleSegment, type EvidenceParagraph } from "@/lib/quiz/evidence";
import { answersVisible, attemptDeadline, canStartAttempt, resultsVisible, type FeedbackTiming } from "@/lib/quiz/feedback";
import { projectQuestionForStudent, type StudentQuestion } from "@/lib/quiz/projection";
import { seededShuffle } from "@/lib/quiz/shuffle";

/** Every assignment query goes through the student's enrolment in a class that is not archived. */
function enrolledIn(studentId: string): Prisma.AssignmentWhereInput {
  return { class: { archivedAt: null, enrolments: { some: { studentId } } } };
}

function ownAttempt(student: SessionUser, attemptId: string): Prisma.AttemptWhereInput {
  return { id: attemptId, studentId: student.id, kind: "ASSIGNMENT", assignment: enrolledIn(student.id) };
}

function parseChoiceOrder(json: string): Record<string, string[]> {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const out: Record<string, string[]> = {};
    for (const [id, list] of Object.entries(value)) if (Array.isArray(list)) out[id] = list.filter((c): c is string => typeof c === "string");
    return out;
  } catch {
    return {};
  }
}

export type StartResult = { ok: true; attemptId: string } | { ok: false; reason: "not_found" | "not_open" | "closed" | "no_attempts_left" };

export const START_MESSAGES = {
  not_found: "That assignment is not in any of your classes.",
  not_open: "This quiz has not opened yet.",
  closed: "This quiz is past its due date and can no longer be started.",
  no_attempts_left: "You have used all your attempts at this quiz.",
} as const;

/** Resumes the open attempt, or starts the next one if the assignment is open and attempts are left. */
export async function startAttempt(student: SessionUser, assignmentId: string, now: Date = new Date()): Promise<StartResult> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...enrolledIn(student.id) },
    select: {
      id: true,
      setId: true,
      opensAt: true,
      dueAt: true,
      timeLimitMinutes: true,
      shuffleQuestions: true,
      shuffleChoices: true,
      attemptsAllowed: true,
    },
  });
  if (!assignment) return { ok: false, reason: "not_found" };
  await closeExpiredAttempts({ studentId: student.id, assignmentId }, now);
  const attempts = await db.attempt.findMany({
    where: { assignmentId, studentId: student.id, kind: "ASSIGNMENT" },
    select: { id: true, number: true, submittedAt: true },
  });
  const open = attempts.find((a) => !a.submittedAt);
  if (open) return { ok: true, attemptId: open.id };
  if (!canStartAttempt(assignment, attempts, now)) {
    if (assignment.opensAt && assignment.opensAt > now) return { ok: false, reason: "not_open" };
    if (assignment.dueAt && assignment.dueAt <= now) return { ok: false, reason: "closed" };
    return { ok: false, reason: "no_attempts_left" };
  }

  const questions = await db.question.findMany({
    where: { setId: assignment.setId },
    orderBy: { position: "asc" },
    select: { id: true, type: true, choices: true },
  });
  const number = attempts.reduce((max, a) => Math.max(max, a.number), 0) + 1;
  // Seeded by student, assignment and attempt number: stable for this attempt, different for a retake.
  const seed = `${student.id}:${assignment.id}:${number}`;
  const ids = questions.map((q) => q.id);
  const questionOrder = assignment.shuffleQuestions ? seededShuffle(ids, seed) : ids;
  const choiceOrder: Record<string, string[]> = {};
  if (assignment.shuffleChoices) {
    for (const q of questions) {
      const choices = parseChoices(q.choices);
      // "True, False" keeps its conventional order: shuffling it only confuses.
      if (q.type !== "true_false" && choices.length > 1) choiceOrder[q.id] = seededShuffle(choices, `${seed}:${q.id}`);
    }
  }
  const openKey = `${student.id}:${assignment.id}`;
  try {
    const created = await db.attempt.create({
      data: {
        kind: "ASSIGNMENT",
        studentId: student.id,
        setId: assignment.setId,
        assignmentId: assignment.id,
        number,
        openKey,
        startedAt: now,
        deadlineAt: attemptDeadline(now, assignment.timeLimitMinutes, assignment.dueAt),
        questionOrder: JSON.stringify(questionOrder),
        choiceOrder: JSON.stringify(choiceOrder),
      },
      select: { id: true },
    });
    return { ok: true, attemptId: created.id };
  } catch (err) {
    // Two tabs pressed Start at once: the unique open key let one of them in; both go to that attempt.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const existing = await db.attempt.findUnique({ where: { openKey }, select: { id: true } });
      if (existing) return { ok: true, attemptId: existing.id };
    }
    throw err;
  }
}

export type QuizView = {
  attemptId: string;
  assignmentId: string;
  title: string;
  className: string;
  number: number;
  feedback: FeedbackTiming;
  questions: StudentQuestion[];
  answers: Record<string, string>;
  flagged: string[];
  currentIndex: number;
  deadlineAt: string | null;
  /** A time limit always shows its countdown; a due date only in its last hour. */
  timed: boolean;
  /** So the browser's countdown can correct for a wrong clock. */
  serverNow: string;
  /** AFTER_EACH only: the key for questions already answered (the student has seen it). */
  revealed: Record<string, QuestionFeedback>;
};

/**
 * What the quiz page sends to the browser. Questions go through projectQuestionForStudent only; null when the
 * attempt is not this student's (or they left the class); "submitted" once it is done.
 */
export async function getQuiz(student: SessionUser, attemptId: string, now: Date = new Date()): Promise<QuizView | "submitted" | null> {
  await closeExpiredAttempts({ studentId: student.id }, now);
  const attempt = await db.attempt.findFirst({
    where: ownAttempt(student, attemptId),
    select: {
      id: true,
      setId: true,
      number: true,
      submittedAt: true,
      deadlineAt: true,
      questionOrder: true,
      choiceOrder: true,
      flagged: true,
      currentIndex: true,
      responses: { select: { questionId: true, answer: true } },
      assignment: { select: { id: true, feedback: true, timeLimitMinutes: true, set: { select: { title: true } }, class: { select: { name: true } } } },
    },
  });
  if (!attempt?.assignment) return null;
  if (attempt.submittedAt) return "submitted";
  const order = parseIdList(attempt.questionOrder);
  const rows = await db.question.findMany({
    where: { id: { in: order }, setId: attempt.setId },
    select: { id: true, type: true, prompt: true, choices: true },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const choiceOrder = parseChoiceOrder(attempt.choiceOrder);
  const questions = order.flatMap((id) => {
    const q = byId.get(id);
    return q ? [projectQuestionForStudent({ ...q, choices: parseChoices(q.choices) }, choiceOrder[id])] : [];
  });
  const answers = Object.fromEntries(attempt.responses.map((r) => [r.questionId, r.answer]));
  const revealed = attempt.assignment.feedback === "AFTER_EACH" ? await questionFeedback(Object.keys(answers), answers) : {};
  return {
    attemptId: attempt.id,
    assignmentId: attempt.assignment.id,
    title: attempt.assignment.set.title,
    className: attempt.assignment.class.name,
    number: attempt.number,
    feedback: attempt.assignment.feedback,
    questions,
    answers,
    flagged: parseIdList(attempt.flagged).filter((id) => byId.has(id)),
    currentIndex: Math.min(attempt.currentIndex, questions.length),
    deadlineAt: attempt.deadlineAt?.toISOString() ?? null,
    timed: attempt.assignment.timeLimitMinutes !== null,
    serverNow: now.toISOString(),
    revealed,
  };
}

export type SaveResult =
  | { status: "saved"; feedback: QuestionFeedback | null }
  | { status: "not_found" }
  | { status: "invalid"; message: string }
  | { status: "locked"; message: string }
  | { status: "closed"; reason: "submitted" | "expired"; message: string };

const CLOSED = {
  submitted: "This attempt has already been submitted, so answers can no longer change.",
  expired: "Time is up: your attempt was submitted with the answers saved before the deadline.",
} as const;

/**
 * The one read of a save, one statement: the attempt, only if it is this student's, at an assignment of a class that
 * is not archived and that they are still in (ownership in the query, as `ownAttempt`), with its deadline, state,
 * question order and feedback setting; and, by primary key, the question's set and key (null when there is none).
 * Raw SQL, portable to PostgreSQL: a save is the request a class sends most, and Prisma's query layer cost four
 * times the read itself (docs/decisions/031). Its tests are those of saveAnswer and saveProgress, on both databases.
 */
async function readForSave(student: SessionUser, attemptId: string, questionId: string | null) {
  const rows = await db.$queryRaw<SaveRow[]>`
    SELECT a."id", a."setId", a."submittedAt", a."deadlineAt", a."questionOrder", s."feedback",
           q."setId" AS "questionSetId", q."answer", q."choices"
    FROM "Attempt" a
    JOIN "Assignment" s ON s."id" = a."assignmentId"
    JOIN "Class" c ON c."id" = s."classId" AND c."archivedAt" IS NULL
    LEFT JOIN "Question" q ON q."id" = ${questionId}
    WHERE a."id" = ${attemptId} AND a."studentId" = ${student.id} AND a."kind" = 'ASSIGNMENT'
      AND EXISTS (SELECT 1 FROM "Enrolment" e WHERE e."classId" = c."id" AND e."studentId" = ${student.id})`;
  const row = rows[0];
  if (!row) return { attempt: null, question: null };
  const { questionSetId, answer, choices, ...attempt } = row;
  return { attempt, question: questionSetId === null ? null : { setId: questionSetId, answer: answer!, choices: choices! } };
}

/** One row of readForSave; both drivers return its columns as their Prisma types (DateTime as Date). */
type SaveRow = {
  id: string;
  setId: string;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  questionOrder: string;
  feedback: FeedbackTiming;
  questionSetId: string | null;
  answer: string | null;
  choices: string | null;
};

type LoadedAttempt = NonNullable<Awaited<ReturnType<typeof readForSave>>["attempt"]>;

/** Why an attempt can take no answer (an expired one is submitted now), or null when it is open. */
async function closedReason(attempt: LoadedAttempt | null, now: Date): Promise<Exclude<SaveResult, { status: "saved" | "invalid" | "locked" }> | null> {
  if (!attempt) return { status: "not_found" };
  if (attempt.submittedAt) return { status: "closed", reason: "submitted", message: CLOSED.submitted };
  if (attempt.deadlineAt && attempt.deadlineAt <= now) {
    await submitAttempt(attempt.id, now);
    return { status: "closed", reason: "expired", message: CLOSED.expired };
  }
  return null;
}

/**
 * Writing the attempt row first (still open, still in time) takes the write lock, so a submission cannot slip between
 * this check and the save; in a shared commit (lib/data/group-commit.ts) it also re-checks what an earlier write of
 * the same group did. Raw SQL like readForSave; it sets updatedAt as Prisma's @updatedAt would.
 */
async function stillOpen(tx: Tx, attemptId: string, now: Date, progress?: StoredProgress) {
  const position = progress ? Prisma.sql`, "currentIndex" = ${progress.currentIndex}, "flagged" = ${progress.flagged}` : Prisma.empty;
  const changed = await tx.$executeRaw`UPDATE "Attempt" SET "updatedAt" = ${now}${position}
    WHERE "id" = ${attemptId} AND "submittedAt" IS NULL AND ("deadlineAt" IS NULL OR "deadlineAt" > ${now})`;
  return changed > 0;
}

export type ProgressInput = { currentIndex: number; flagged: string[] };
type StoredProgress = { currentIndex: number; flagged: string };

/** Progress as stored: the index capped at the review screen (the number of questions), only this attempt's flags. */
function storedProgress(input: ProgressInput, order: string[]): StoredProgress {
  const flagged = [...new Set(input.flagged.filter((id) => order.includes(id)))];
  return { currentIndex: Math.min(input.currentIndex, order.length), flagged: JSON.stringify(flagged) };
}

/**
 * Saves one answer (one row per attempt and question, replaced on change), graded here against the key.
 * Refused once the attempt is submitted or out of time. AFTER_EACH attempts return the key for this question,
 * and then the answer is final: changing it after seeing the key would make the score meaningless.
 * Two reads (the attempt with its ownership and deadline; the question's key), then the write, in a commit shared
 * with the other saves of the moment.
 * `progress`, when given, is stored by the same write that locks the attempt (same ownership, open and deadline
 * checks, same commit): the quiz sends it with each answer instead of a progress request of its own
 * (docs/decisions/024). It is stored also when the answer itself is refused as locked (it is the student's
 * position, not part of the answer), but not when the request is invalid or the attempt is closed.
 */
export async function saveAnswer(
  student: SessionUser,
  attemptId: string,
  input: { questionId: string; answer: string; progress?: ProgressInput },
  now: Date = new Date(),
): Promise<SaveResult> {
  const { attempt, question } = await readForSave(student, attemptId, input.questionId);
  const closed = await closedReason(attempt, now);
  if (closed) return closed;
  const open = attempt!;
  // The question must be one of this attempt's (in its stored order, from its set).
  if (!question || question.setId !== open.setId || !parseIdList(open.questionOrder).includes(input.questionId)) {
    return { status: "invalid", message: "That question is not part of this quiz." };
  }
  const choices = parseChoices(question.choices);
  if (choices.length > 0 && !choices.includes(input.answer)) return { status: "invalid", message: "That is not one of the choices." };
  const correct = isCorrectAnswer({ answer: question.answer, choices }, input.answer);
  const afterEach = open.feedback === "AFTER_EACH";
  const progress = input.progress ? storedProgress(input.progress, parseIdList(open.questionOrder)) : undefined;

  const outcome = await inGroupCommit(async (tx) => {
    if (!(await stillOpen(tx, open.id, now, progress))) return "closed" as const;
    if (afterEach) {
      const [earlier] = await tx.$queryRaw<{ answer: string }[]>`SELECT "answer" FROM "Response" WHERE "attemptId" = ${open.id} AND "questionId" = ${input.questionId}`;
      if (earlier && earlier.answer !== input.answer) return "locked" as const;
    }
    // One row per attempt and question: the unique index decides between insert and update, in one statement. The
    // id is made here, as Prisma's @default(cuid()) is made by the client, not the database.
    await tx.$executeRaw`INSERT INTO "Response" ("id", "attemptId", "questionId", "answer", "correct", "answeredAt")
      VALUES (${newRowId()}, ${open.id}, ${input.questionId}, ${input.answer}, ${correct}, ${now})
      ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "answer" = excluded."answer", "correct" = excluded."correct", "answeredAt" = excluded."answeredAt"`;
    return "saved" as const;
  });
  if (outcome === "closed") return closedAfterAll(open, now);
  if (outcome === "locked") return { status: "locked", message: "You have already seen the answer to this question, so your answer is final." };
  const feedback = afterEach ? (await questionFeedback([input.questionId], { [input.questionId]: input.answer }))[input.questionId] ?? null : null;
  return { status: "saved", feedback };
}

/** The write found the attempt closed after the read said open: submitted meanwhile, or its time ran out. */
async function closedAfterAll(attempt: LoadedAttempt, now: Date): Promise<Exclude<SaveResult, { status: "saved" | "invalid" | "locked" | "not_found" }>> {
  if (attempt.deadlineAt && attempt.deadlineAt <= now) {
    await submitAttempt(attempt.id, now);
    return { status: "closed", reason: "expired", message: CLOSED.expired };
  }
  return { status: "closed", reason: "submitted", message: CLOSED.submitted };
}

/** Where the student is (index, or the number of questions for the review screen) and what they flagged. */
export async function saveProgress(
  student: SessionUser,
  attemptId: string,
  input: ProgressInput,
  now: Date = new Date(),
): Promise<Exclude<SaveResult, { status: "invalid" | "locked" | "saved" }> | { status: "saved" }> {
  const { attempt } = await readForSave(student, attemptId, null);
  const closed = await closedReason(attempt, now);
  if (closed) return closed;
  const progress = storedProgress(input, parseIdList(attempt!.questionOrder));
  const open = await inGroupCommit((tx) => stillOpen(tx, attempt!.id, now, progress));
  if (!open) return closedAfterAll(attempt!, now);
  return { status: "saved" };
}

/** Submits the student's own attempt through the one race-safe submission; a second call changes nothing. */
export async function submitOwnAttempt(student: SessionUser, attemptId: string, now: Date = new Date()) {
  const attempt = await db.attempt.findFirst({ where: ownAttempt(student, attemptId), select: { id: true } });
  if (!attempt) return null;
  return submitAttempt(attempt.id, now);
}

export type ResultQuestion = {
  number: number;
  id: string;
  prompt: string;
  choices: string[];
  given: string | null;
  correct: boolean;
  answer: string;
  explanation: string;
  evidence: EvidenceParagraph | null;
};

export type AttemptResults =
  | { state: "open"; attemptId: string }
  | {
      /** hidden: nothing yet; score: the score, but not the answers (another attempt is possible); visible: all. */
      state: "hidden" | "score" | "visible";
      attemptId: string;
      assignmentId: string;
      setId: string;
      /** Whether the set is published, so its missed questions can be practised (once no assignment of it is open). */
      setPublished: boolean;
      title: string;
      className: string;
      number: number;
      startedAt: Date;
      submittedAt: Date;
      availableAt: Date | null;
      /** When the answers appear if the student makes no further attempt (the due date), for state "score". */
      answersAt: Date | null;
      canRetake: boolean;
      attemptsLeft: number;
      score: number | null;
      maxScore: number | null;
      questions: ResultQuestion[];
      article: { title: string; source: string | null; segments: ArticleSegment[] } | null;
    };

/**
 * A submitted attempt's results for its own student, or null if it is not theirs. The score, answers and key are
 * only filled in once the assignment's feedback setting allows ("hidden" before that).
 */
export async function getAttemptResults(student: SessionUser, attemptId: string, now: Date = new Date()): Promise<AttemptResults | null> {
  await closeExpiredAttempts({ studentId: student.id }, now);
  const attempt = await db.attempt.findFirst({
    where: ownAttempt(student, attemptId),
    select: {
      id: true,
      number: true,
      startedAt: true,
      submittedAt: true,
      score: true,
      maxScore: true,
      questionOrder: true,
      choiceOrder: true,
      setId: true,
      responses: { select: { questionId: true, answer: true, correct: true } },
      assignment: {
        select: {
          id: true,
          feedback: true,
          opensAt: true,
          dueAt: true,
          attemptsAllowed: true,
          set: { select: { title: true, status: true, article: { select: { title: true, source: true, text: true } } } },
          class: { select: { name: true } },
          attempts: { where: { studentId: student.id }, select: { submittedAt: true } },
        },
      },
    },
  });
  if (!attempt?.assignment) return null;
  if (!attempt.submittedAt) return { state: "open", attemptId: attempt.id };
  const a = attempt.assignment;
  const visible = resultsVisible(a, attempt, now);
  const base = {
    attemptId: attempt.id,
    assignmentId: a.id,
    setId: attempt.setId,
    setPublished: a.set.status === "PUBLISHED",
    title: a.set.title,
    className: a.class.name,
    number: attempt.number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    availableAt: a.feedback === "AFTER_DUE" ? a.dueAt : null,
    answersAt: a.dueAt,
    canRetake: canStartAttempt(a, a.attempts, now),
    attemptsLeft: Math.max(0, a.attemptsAllowed - a.attempts.length),
  };
  if (!visible) return { state: "hidden", ...base, score: null, maxScore: null, questions: [], article: null };
  // Not even which questions were right: on a true/false question that is the answer.
  if (!answersVisible(a, a.attempts, now)) return { state: "score", ...base, score: attempt.score, maxScore: attempt.maxScore, questions: [], article: null };

  const order = parseIdList(attempt.questionOrder);
  const rows = await db.question.findMany({
    where: { id: { in: order }, setId: attempt.setId },
    select: { id: true, type: true, prompt: true, choices: true, answer: true, explanation: true, evidence: true, evidenceStart: true },
  });
  const byId = new Map(rows.map((q) => [q.id, q]));
  const given = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const choiceOrder = parseChoiceOrder(attempt.choiceOrder);
  const text = a.set.article.text;
  const ranges: { start: number; end: number; question: number }[] = [];
  const questions = order.flatMap((id, i): ResultQuestion[] => {
    const q = byId.get(id);
    if (!q) return [];
    const at = locateEvidence(text, q.evidence, q.evidenceStart);
    if (at) ranges.push({ ...at, question: i + 1 });
    const response = given.get(id);
    return [
      {
        number: i + 1,
        id,
        prompt: q.prompt,
        choices: projectQuestionForStudent({ ...q, choices: parseChoices(q.choices) }, choiceOrder[id]).choices,
        given: response?.answer ?? null,
        correct: response?.correct ?? false,
        answer: q.answer,
        explanation: q.explanation,
        evidence: evidenceInParagraph(text, q.evidence, q.evidenceStart),
      },
    ];
  });
  return {
    state: "visible",
    ...base,
    score: attempt.score,
    maxScore: attempt.maxScore,
    questions,
    article: { title: a.set.article.title, source: a.set.article.source, segments: markArticle(text, ranges) },
  };
}
