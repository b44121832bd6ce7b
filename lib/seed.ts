import fs from "node:fs";
import path from "node:path";
import { contentHash, countWords } from "@/lib/articles";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/prisma-client";
import { bankRowsFromEngine, questionRowsFromEngine } from "@/lib/question-rows";
import { cleanArticleText, ENGINE_VERSION, generateQuestions } from "@/lib/questions";

/** The demo accounts every new install has. Printed by `npm start` and listed in the README. */
export const DEMO = {
  teacher: { email: "teacher@quorum.test", password: "quorum-teacher", displayName: "Ms. Rivera" },
  className: "Civics, Period 3",
  joinCode: "DEMO24",
  studentPassword: "quorum-student",
  students: [
    { username: "ava", displayName: "Ava" },
    { username: "ben", displayName: "Ben" },
    { username: "chen", displayName: "Chen" },
  ],
  article: {
    file: "prisma/sample/blinken-xi-beijing-2024.txt",
    title: "Blinken and Xi Meet in Beijing as U.S.-China Tensions Grow",
    source: "The New York Times, April 26, 2024",
  },
  questionCount: 20,
  /**
   * A second published set, never assigned, so a visitor always finds something to practise: the demo class's
   * quiz is an open assignment, and practice (which shows the answers) is closed to everyone while it is.
   * Public domain (National Archives transcription); copied from lib/questions/fixtures/07 without its title line.
   */
  practice: {
    file: "prisma/sample/us-constitution-preamble-and-article-i-1787.txt",
    title: "The Constitution: Preamble and Article I (Congress)",
    source: "The Constitution of the United States, 1787 (National Archives transcription)",
    questionCount: 15,
  },
} as const;

/**
 * Loads the sample data. Idempotent: every step finds what an earlier run made before creating anything,
 * so running it twice leaves one of each.
 */
export async function seedDemo(db: Db, root: string = process.cwd()) {
  const passwordHash = await hashPassword(DEMO.teacher.password);
  const teacher = await db.user.upsert({
    where: { email: DEMO.teacher.email },
    update: {},
    create: { role: "TEACHER", email: DEMO.teacher.email, displayName: DEMO.teacher.displayName, passwordHash },
    select: { id: true },
  });

  const klass = await db.class.upsert({
    where: { joinCode: DEMO.joinCode },
    update: {},
    create: { name: DEMO.className, joinCode: DEMO.joinCode, teacherId: teacher.id },
    select: { id: true },
  });

  const studentHash = await hashPassword(DEMO.studentPassword);
  for (const s of DEMO.students) {
    const student = await db.user.upsert({
      where: { username: s.username },
      update: {},
      create: { role: "STUDENT", username: s.username, displayName: s.displayName, passwordHash: studentHash },
      select: { id: true },
    });
    await db.enrolment.upsert({
      where: { classId_studentId: { classId: klass.id, studentId: student.id } },
      update: {},
      create: { classId: klass.id, studentId: student.id },
    });
  }

  const set = await publishedSetFromFile(db, teacher.id, root, DEMO.article, DEMO.questionCount);
  const practiceSet = await publishedSetFromFile(db, teacher.id, root, DEMO.practice, DEMO.practice.questionCount);

  const assignment = await db.assignment.findFirst({ where: { setId: set.id, classId: klass.id }, select: { id: true } });
  if (!assignment) {
    // Last week's run of the quiz first (as a teacher would have made them), then this week's, still open.
    await closedAssignmentWithAttempts(db, set.id, klass.id);
    await db.assignment.create({
      data: {
        setId: set.id,
        classId: klass.id,
        opensAt: new Date(),
        dueAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000),
        shuffleChoices: true,
        feedback: "AFTER_SUBMIT",
        attemptsAllowed: 2,
        scorePolicy: "BEST",
      },
    });
  }
  return { teacherId: teacher.id, classId: klass.id, setId: set.id, practiceSetId: practiceSet.id };
}

/**
 * How the demo students did on last week's run of the sample quiz, question by question (by position): "-" right,
 * a letter wrong. Ava strong, Ben middling, Chen weaker; the wrong ones pick the same distractor on the hard
 * questions, so the item analysis has a clear "most common wrong answer", a hardest-questions list and a spread.
 */
const PAST_RESULTS: Record<string, { wrong: number[]; minutes: number }> = {
  ava: { wrong: [4, 11, 16], minutes: 14 },
  ben: { wrong: [2, 4, 7, 11, 13, 16, 18], minutes: 19 },
  chen: { wrong: [1, 2, 4, 7, 9, 11, 13, 15, 16, 18, 19], minutes: 23 },
};

/**
 * An already-closed assignment of the sample quiz (opened three weeks ago, due two weeks ago) that the demo students
 * took, so the demo teacher's results and item analysis show something on a first visit. The open assignment stays
 * untaken. Attempts are written as the app would have graded them (score = right answers).
 */
async function closedAssignmentWithAttempts(db: Db, setId: string, classId: string) {
  const day = 24 * 60 * 60 * 1000;
  const opensAt = new Date(Date.now() - 21 * day);
  const assignment = await db.assignment.create({
    data: { setId, classId, opensAt, dueAt: new Date(Date.now() - 14 * day), shuffleChoices: false, feedback: "AFTER_SUBMIT", attemptsAllowed: 1, scorePolicy: "BEST", createdAt: opensAt },
    select: { id: true },
  });
  const questions = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true, choices: true, answer: true } });
  const students = await db.user.findMany({ where: { username: { in: Object.keys(PAST_RESULTS) } }, select: { id: true, username: true } });
  for (const [k, student] of students.entries()) {
    const plan = PAST_RESULTS[student.username!];
    const startedAt = new Date(opensAt.getTime() + (k + 1) * 3_600_000);
    const responses = questions.map((q, i) => {
      const wrong = plan.wrong.includes(i);
      const distractors = (JSON.parse(q.choices) as string[]).filter((c) => c !== q.answer);
      // The same wrong choice for everyone who missed it, except Chen on every third miss (a second distractor).
      const pick = wrong && distractors.length > 0 ? distractors[student.username === "chen" && i % 3 === 0 ? Math.min(1, distractors.length - 1) : 0] : q.answer;
      return { questionId: q.id, answer: pick, correct: !wrong || distractors.length === 0, answeredAt: new Date(startedAt.getTime() + (i + 1) * 40_000) };
    });
    const score = responses.filter((r) => r.correct).length;
    await db.attempt.create({
      data: {
        kind: "ASSIGNMENT",
        studentId: student.id,
        setId,
        assignmentId: assignment.id,
        number: 1,
        startedAt,
        submittedAt: new Date(startedAt.getTime() + plan.minutes * 60_000),
        score,
        maxScore: questions.length,
        questionOrder: JSON.stringify(questions.map((q) => q.id)),
        currentIndex: questions.length - 1,
        responses: { createMany: { data: responses } },
      },
      select: { id: true },
    });
  }
}

/** The teacher's article from a sample file and a published question set from it, each made only once. */
async function publishedSetFromFile(db: Db, ownerId: string, root: string, sample: { file: string; title: string; source: string }, count: number) {
  const raw = fs.readFileSync(path.join(root, sample.file), "utf8");
  const text = cleanArticleText(raw, "text");
  const hash = contentHash(text);
  const article =
    (await db.article.findUnique({ where: { ownerId_contentHash: { ownerId, contentHash: hash } }, select: { id: true } })) ??
    (await db.article.create({
      data: { ownerId, title: sample.title, source: sample.source, text, wordCount: countWords(text), contentHash: hash },
      select: { id: true },
    }));
  const existing = await db.questionSet.findFirst({ where: { articleId: article.id, ownerId }, select: { id: true } });
  if (existing) return existing;
  // One engine run for the quiz and its bank: the bank is stored with the set, as for a set a teacher makes, so the
  // editor never runs the engine.
  const run = generateQuestions(text, { count, bank: true, seed: "1", title: sample.title });
  const questions = run.questions;
  const bank = run.bank ?? [];
  return db.questionSet.create({
    data: {
      articleId: article.id,
      ownerId,
      title: sample.title,
      status: "PUBLISHED",
      publishedAt: new Date(),
      seed: "1",
      bankEngineVersion: ENGINE_VERSION,
      bankGeneratedAt: new Date(),
      questions: { create: questionRowsFromEngine(questions) },
      bank: { createMany: { data: bankRowsFromEngine(bank) } },
    },
    select: { id: true },
  });
}
