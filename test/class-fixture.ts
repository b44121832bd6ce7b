import type { SessionUser } from "@/lib/auth/guards";
import { startAttempt } from "@/lib/data/attempts";
import { db } from "@/lib/db";

export interface ClassFixture {
  teacher: SessionUser;
  students: SessionUser[];
  classId: string;
  setId: string;
  questionIds: string[];
}

const asUser = (id: string, role: "TEACHER" | "STUDENT"): SessionUser => ({ id, role, name: "x", mustChangePassword: false });

/** The article text of the fixtures, and its one question ("Which chamber passed the bill?", answer "Senate"). */
export const SENATE_TEXT = "Intro.\n\nThe Senate passed the bill on Tuesday. It now goes to the House.";

export function senateQuestion(position: number, explanation = "The article says so.") {
  return {
    type: "multiple_choice" as const,
    prompt: `Which chamber passed the bill? (${position})`,
    choices: JSON.stringify(["Senate", "House", "Court", "Cabinet"]),
    answer: "Senate",
    evidence: "The Senate passed the bill on Tuesday.",
    evidenceStart: SENATE_TEXT.indexOf("The Senate"),
    explanation,
    position,
  };
}

/**
 * A teacher, a class of `students` students and a set of `questions` identical multiple-choice questions ("Which
 * chamber passed the bill?", answer "Senate"), on the real database; `prefix` keeps usernames, emails and join codes
 * of parallel test files apart. For the data layer's tests of saves and races.
 */
export async function classWithSet(prefix: string, students: number, questions: number): Promise<ClassFixture> {
  const s = Math.random().toString(36).slice(2, 8);
  const teacher = await db.user.create({ data: { role: "TEACHER", displayName: "T", email: `${prefix}-${s}@t.test`, passwordHash: "x" } });
  const users = [];
  // One at a time: SQLite's single writer, and the order of `students` is the order of creation.
  for (let i = 0; i < students; i++) users.push(await db.user.create({ data: { role: "STUDENT", displayName: `S${i}`, username: `${prefix}-${s}-${i}`, passwordHash: "x" } }));
  const klass = await db.class.create({
    data: { name: "C", joinCode: `${prefix[0]}${s}`.toUpperCase(), teacherId: teacher.id, enrolments: { create: users.map((u) => ({ studentId: u.id })) } },
  });
  const article = await db.article.create({ data: { ownerId: teacher.id, title: "A", text: SENATE_TEXT, wordCount: 12, contentHash: `${prefix}-${s}` } });
  const set = await db.questionSet.create({
    data: { articleId: article.id, ownerId: teacher.id, title: "Set", questions: { create: Array.from({ length: questions }, (_, position) => senateQuestion(position)) } },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  return { teacher: asUser(teacher.id, "TEACHER"), students: users.map((u) => asUser(u.id, "STUDENT")), classId: klass.id, setId: set.id, questionIds: set.questions.map((q) => q.id) };
}

/** A new assignment of the fixture's set to its class (one attempt each), started by every student, in their order. */
export async function startedByAll(ctx: ClassFixture, data: { timeLimitMinutes?: number; feedback?: "AFTER_EACH" } = {}) {
  const a = await db.assignment.create({ data: { setId: ctx.setId, classId: ctx.classId, attemptsAllowed: 1, ...data }, select: { id: true } });
  const attempts: string[] = [];
  for (const s of ctx.students) {
    const r = await startAttempt(s, a.id);
    if (!r.ok) throw new Error(r.reason);
    attempts.push(r.attemptId);
  }
  return { assignmentId: a.id, attempts };
}
