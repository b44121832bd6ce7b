import "server-only";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { closeExpiredAttempts } from "@/lib/data/grading";
import { assignmentStatus, canStartAttempt, resultsVisible, type AssignmentStatus, type FeedbackTiming } from "@/lib/quiz/feedback";
import { countedAttempt, type ScorePolicy } from "@/lib/score-policy";

export type AttemptSummary = {
  id: string;
  number: number;
  submittedAt: Date | null;
  /** Null until the feedback setting lets the student see it. */
  score: number | null;
  maxScore: number | null;
  resultsVisible: boolean;
};

export type StudentAssignment = {
  id: string;
  title: string;
  opensAt: Date | null;
  dueAt: Date | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  feedback: FeedbackTiming;
  scorePolicy: ScorePolicy;
  questionCount: number;
  status: AssignmentStatus;
  canStart: boolean;
  openAttemptId: string | null;
  attempts: AttemptSummary[];
  /** The attempt whose score counts (best or latest), when its results are visible. */
  counted: AttemptSummary | null;
};

const assignmentSelect = (studentId: string) =>
  ({
    id: true,
    opensAt: true,
    dueAt: true,
    timeLimitMinutes: true,
    attemptsAllowed: true,
    feedback: true,
    scorePolicy: true,
    set: { select: { title: true, _count: { select: { questions: true } } } },
    attempts: {
      where: { studentId, kind: "ASSIGNMENT" },
      orderBy: { number: "asc" },
      select: { id: true, number: true, submittedAt: true, score: true, maxScore: true },
    },
  }) as const;

type AssignmentRow = {
  id: string;
  opensAt: Date | null;
  dueAt: Date | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  feedback: FeedbackTiming;
  scorePolicy: ScorePolicy;
  set: { title: string; _count: { questions: number } };
  attempts: { id: string; number: number; submittedAt: Date | null; score: number | null; maxScore: number | null }[];
};

function summarise(row: AssignmentRow, now: Date, joinedAt: Date | null): StudentAssignment {
  const attempts = row.attempts.map((a) => {
    const visible = resultsVisible(row, a, now);
    return { id: a.id, number: a.number, submittedAt: a.submittedAt, score: visible ? a.score : null, maxScore: visible ? a.maxScore : null, resultsVisible: visible };
  });
  const counted = countedAttempt(row.attempts, row.scorePolicy);
  return {
    id: row.id,
    title: row.set.title,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    timeLimitMinutes: row.timeLimitMinutes,
    attemptsAllowed: row.attemptsAllowed,
    feedback: row.feedback,
    scorePolicy: row.scorePolicy,
    questionCount: row.set._count.questions,
    status: assignmentStatus(row, row.attempts, now, joinedAt),
    canStart: canStartAttempt(row, row.attempts, now),
    openAttemptId: row.attempts.find((a) => !a.submittedAt)?.id ?? null,
    attempts,
    counted: counted ? (attempts.find((a) => a.id === counted.id && a.resultsVisible) ?? null) : null,
  };
}

export type DashboardClass = { id: string; name: string; joinCode: string; teacherName: string; assignments: StudentAssignment[] };

/**
 * The student's classes (enrolled, not archived) with each assignment's status for them: current work first,
 * soonest due first, then the ones whose due date has passed (most recent first).
 */
export async function getStudentDashboard(student: SessionUser, now: Date = new Date()): Promise<DashboardClass[]> {
  await closeExpiredAttempts({ studentId: student.id }, now);
  const enrolments = await db.enrolment.findMany({
    where: { studentId: student.id, class: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      class: {
        select: {
          id: true,
          name: true,
          joinCode: true,
          teacher: { select: { displayName: true } },
          assignments: { orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }], select: assignmentSelect(student.id) },
        },
      },
    },
  });
  return enrolments.map(({ joinedAt, class: c }) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    teacherName: c.teacher.displayName,
    assignments: [
      ...c.assignments.filter((a) => !a.dueAt || a.dueAt > now),
      ...c.assignments.filter((a) => a.dueAt && a.dueAt <= now).reverse(),
    ].map((a) => summarise(a, now, joinedAt)),
  }));
}

/** One assignment as its student sees it, or null when it is not in one of their (unarchived) classes. */
export async function getStudentAssignment(student: SessionUser, assignmentId: string, now: Date = new Date()) {
  await closeExpiredAttempts({ studentId: student.id, assignmentId }, now);
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { archivedAt: null, enrolments: { some: { studentId: student.id } } } },
    select: {
      ...assignmentSelect(student.id),
      class: { select: { name: true, teacher: { select: { displayName: true } }, enrolments: { where: { studentId: student.id }, select: { joinedAt: true } } } },
    },
  });
  if (!row) return null;
  return { ...summarise(row, now, row.class.enrolments[0]?.joinedAt ?? null), className: row.class.name, teacherName: row.class.teacher.displayName };
}
