import "server-only";
import type { SessionUser } from "@/lib/auth/guards";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { getAttemptResults } from "@/lib/data/attempts";
import { parseIdList, submitAttempt } from "@/lib/data/grading";
import { questionFeedback, type QuestionFeedback } from "@/lib/data/question-feedback";
import { parseChoices } from "@/lib/question-rows";
import { isCorrectAnswer } from "@/lib/quiz/answers";
import { projectQuestionForStudent, type StudentQuestion } from "@/lib/quiz/projection";

/**
 * Practice shows the answer key, so a set that any class has as an open assignment (not yet due, or with no due
 * date, opened or not) cannot be practised by anyone, signed in or not: a visitor could be a student of that class
 * who is simply not signed in. Assignments of archived classes do not count (nobody can take them).
 */
function openAssignment(now: Date): Prisma.AssignmentWhereInput {
  return { class: { archivedAt: null }, OR: [{ dueAt: null }, { dueAt: { gt: now } }] };
}

/** Closed: practice opens again at `reopensAt` (the last open assignment's due date), or never if one has none. */
export type PracticeClosed = { reopensAt: Date | null };

function closedBy(assignments: { dueAt: Date | null }[]): PracticeClosed | null {
  if (assignments.length === 0) return null;
  if (assignments.some((a) => a.dueAt === null)) return { reopensAt: null };
  return { reopensAt: new Date(Math.max(...assignments.map((a) => a.dueAt!.getTime()))) };
}

/** Self-study is open to everyone, signed in or not, for PUBLISHED sets only; each says if it is closed for now. */
export async function listPublishedSets(now: Date = new Date()) {
  const sets = await db.questionSet.findMany({
    where: { status: "PUBLISHED", questions: { some: {} } },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      article: { select: { title: true, source: true } },
      _count: { select: { questions: true } },
      assignments: { where: openAssignment(now), select: { dueAt: true } },
    },
  });
  return sets.map((s) => ({
    id: s.id,
    title: s.title,
    articleTitle: s.article.title,
    source: s.article.source,
    questionCount: s._count.questions,
    closed: closedBy(s.assignments),
  }));
}

export type PracticeSet = { id: string; title: string; source: string | null; questions: StudentQuestion[] };

/** A published set's questions as a student may see them before answering (no key). */
export async function getPracticeSet(setId: string): Promise<PracticeSet | null> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, status: "PUBLISHED" },
    select: {
      id: true,
      title: true,
      article: { select: { source: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, type: true, prompt: true, choices: true } },
    },
  });
  if (!set || set.questions.length === 0) return null;
  return {
    id: set.id,
    title: set.title,
    source: set.article.source,
    questions: set.questions.map((q) => projectQuestionForStudent({ ...q, choices: parseChoices(q.choices) })),
  };
}

export type PracticeProgress = { round: string[]; currentIndex: number; answers: Record<string, string>; results: Record<string, boolean> };

async function openPracticeAttempt(student: SessionUser, setId: string) {
  return db.attempt.findFirst({
    where: { studentId: student.id, setId, kind: "PRACTICE", submittedAt: null, set: { status: "PUBLISHED" } },
    orderBy: { startedAt: "desc" },
    select: { id: true, questionOrder: true, currentIndex: true, responses: { select: { questionId: true, answer: true, correct: true } } },
  });
}

/** Where a signed-in student left this set's practice (kept on the server so another device resumes it). */
export async function getPracticeProgress(student: SessionUser, setId: string): Promise<PracticeProgress | null> {
  if (student.role !== "STUDENT") return null;
  const attempt = await openPracticeAttempt(student, setId);
  if (!attempt) return null;
  const round = parseIdList(attempt.questionOrder);
  if (round.length === 0) return null;
  return {
    round,
    currentIndex: attempt.currentIndex,
    answers: Object.fromEntries(attempt.responses.map((r) => [r.questionId, r.answer])),
    results: Object.fromEntries(attempt.responses.map((r) => [r.questionId, r.correct])),
  };
}

export type PracticeCheck =
  | { status: "not_found" }
  | { status: "invalid"; message: string }
  | { status: "locked"; message: string }
  | { status: "checked"; feedback: QuestionFeedback };

export type PracticeBlock = PracticeClosed & {
  /** The viewer's own class that has it as an assignment, if any (so the page can send them to it). */
  yourClass: string | null;
};

/** Why nobody may practise this set now (an open assignment anywhere), or null when practice is open. */
export async function assignmentBlockingPractice(viewer: SessionUser | null, setId: string, now: Date = new Date()): Promise<PracticeBlock | null> {
  const assignments = await db.assignment.findMany({
    where: { setId, ...openAssignment(now) },
    // A visitor's id matches no enrolment.
    select: { dueAt: true, class: { select: { name: true, enrolments: { where: { studentId: viewer?.role === "STUDENT" ? viewer.id : "" }, select: { id: true } } } } },
  });
  const closed = closedBy(assignments);
  if (!closed) return null;
  const yours = assignments.find((a) => a.class.enrolments.length > 0);
  return { ...closed, yourClass: yours?.class.name ?? null };
}

export const PRACTICE_CLOSED_MESSAGE = "This quiz is assigned to a class and still open, and practice shows the answers: practise it once the assignment has closed.";

/**
 * Grades one practice answer and returns the key for that question (instant feedback is the point of practice).
 * A signed-in student's answer is also kept in their PRACTICE attempt, which never counts toward class results.
 */
export async function checkPracticeAnswer(
  viewer: SessionUser | null,
  setId: string,
  input: { questionId: string; answer: string; round: string[]; currentIndex: number },
  now: Date = new Date(),
): Promise<PracticeCheck> {
  const question = await db.question.findFirst({
    where: { id: input.questionId, setId, set: { status: "PUBLISHED" } },
    select: { answer: true, choices: true },
  });
  if (!question) return { status: "not_found" };
  if (await assignmentBlockingPractice(viewer, setId, now)) return { status: "locked", message: PRACTICE_CLOSED_MESSAGE };
  const choices = parseChoices(question.choices);
  if (choices.length > 0 && !choices.includes(input.answer)) return { status: "invalid", message: "That is not one of the choices." };
  const feedback = (await questionFeedback([input.questionId], { [input.questionId]: input.answer }))[input.questionId];
  if (viewer?.role === "STUDENT") {
    const correct = isCorrectAnswer({ answer: question.answer, choices }, input.answer);
    const setQuestionIds = new Set((await db.question.findMany({ where: { setId }, select: { id: true } })).map((q) => q.id));
    const round = input.round.filter((id) => setQuestionIds.has(id));
    const progress = { questionOrder: JSON.stringify(round), currentIndex: Math.min(input.currentIndex, round.length) };
    const attempt =
      (await openPracticeAttempt(viewer, setId)) ??
      (await db.attempt.create({ data: { kind: "PRACTICE", studentId: viewer.id, setId, startedAt: now, ...progress }, select: { id: true } }));
    await db.attempt.update({ where: { id: attempt.id }, data: progress, select: { id: true } });
    await db.response.upsert({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: input.questionId } },
      create: { attemptId: attempt.id, questionId: input.questionId, answer: input.answer, correct, answeredAt: now },
      update: { answer: input.answer, correct, answeredAt: now },
      select: { id: true },
    });
  }
  return { status: "checked", feedback };
}

/** Moves a signed-in student's practice to another round (the ones they missed), or back to the start. */
export async function setPracticeRound(student: SessionUser, setId: string, round: string[] | null): Promise<boolean> {
  if (student.role !== "STUDENT") return false;
  const attempt = await openPracticeAttempt(student, setId);
  if (!attempt) return true;
  if (round === null) {
    // Starting over closes this practice attempt; the next answer opens a fresh one.
    await submitAttempt(attempt.id);
    return true;
  }
  const setQuestionIds = new Set((await db.question.findMany({ where: { setId }, select: { id: true } })).map((q) => q.id));
  const kept = round.filter((id) => setQuestionIds.has(id));
  await db.attempt.update({ where: { id: attempt.id }, data: { questionOrder: JSON.stringify(kept), currentIndex: 0 }, select: { id: true } });
  return true;
}

export type MissedQuestions = { attemptId: string; setId: string; title: string; className: string; number: number; questionIds: string[] };

/**
 * The questions a student missed (wrong or unanswered) in one of their own submitted assignment attempts, in the
 * order they saw them: only once the attempt's answers are visible to them (so practising them shows nothing the
 * results page does not), else null. Whether practice of the set is open is checked separately.
 */
export async function missedInAttempt(student: SessionUser, attemptId: string, now: Date = new Date()): Promise<MissedQuestions | null> {
  if (student.role !== "STUDENT") return null;
  const results = await getAttemptResults(student, attemptId, now);
  if (!results || results.state !== "visible") return null;
  return {
    attemptId: results.attemptId,
    setId: results.setId,
    title: results.title,
    className: results.className,
    number: results.number,
    questionIds: results.questions.filter((q) => !q.correct).map((q) => q.id),
  };
}

/** A practice set cut down to the given questions, in the given order (questions no longer in the set drop out). */
export function onlyQuestions(set: PracticeSet, ids: string[]): PracticeSet {
  const byId = new Map(set.questions.map((q) => [q.id, q]));
  return { ...set, questions: ids.flatMap((id) => byId.get(id) ?? []) };
}
