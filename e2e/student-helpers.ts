import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { cleanArticleText, generateQuestions } from "../lib/questions";
import { testDb, unique } from "./helpers";

export const DEMO_CODE = "DEMO24";
export const DEMO_QUIZ = "Blinken and Xi Meet in Beijing as U.S.-China Tensions Grow";
/** How many questions the demo quiz has: what the engine makes of the sample article, as lib/seed.ts does. */
export const DEMO_COUNT = generateQuestions(cleanArticleText(readFileSync("prisma/sample/blinken-xi-beijing-2024.txt", "utf8"), "text"), {
  count: 20,
  seed: "1",
  title: DEMO_QUIZ,
}).questions.length;
export const STUDENT_PASSWORD = "my secret pass 42";

/** A brand-new student, made the way a student does it: /join?code=..., new account form. */
export async function joinAsNewStudent(page: Page, code = DEMO_CODE, displayName = "Test Student") {
  const username = unique("s").toLowerCase();
  await page.goto(`/join?code=${code}`);
  await page.getByLabel("Your name").fill(displayName);
  await page.getByLabel("Choose a username").fill(username);
  await page.getByLabel("Choose a password").fill(STUDENT_PASSWORD);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/student\?joined=/);
  const db = testDb();
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  await db.$disconnect();
  return { id: user.id, username, password: STUDENT_PASSWORD, displayName };
}

/** From the dashboard: opens the assignment and starts (or resumes) it; returns the attempt id. */
export async function startQuiz(page: Page, title = DEMO_QUIZ) {
  await page.getByRole("link", { name: title }).first().click();
  await page.getByRole("button", { name: /Start quiz|Retake quiz/ }).click();
  await expect(page).toHaveURL(/\/student\/attempts\/[^/]+$/);
  await expect(page.getByRole("heading", { name: /Question 1 of \d+/ })).toBeVisible();
  await quizReady(page);
  return page.url().split("/").pop()!;
}

/** The quiz answers keys and clicks only once hydrated. */
export async function quizReady(page: Page) {
  await expect(page.getByTestId("quiz")).toHaveAttribute("data-ready", "true");
}

export async function saveStatus(page: Page) {
  return page.getByTestId("save-status");
}

/** A class of the demo teacher with one assignment of the demo set, and the student enrolled. */
export async function classWithAssignment(studentId: string, assignment: { timeLimitMinutes?: number; feedback?: "AFTER_EACH" | "AFTER_SUBMIT" | "AFTER_DUE"; dueAt?: Date; attemptsAllowed?: number } = {}) {
  const db = testDb();
  const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@quorum.test" }, select: { id: true } });
  const set = await db.questionSet.findFirstOrThrow({ where: { ownerId: teacher.id, title: DEMO_QUIZ }, select: { id: true } });
  const code = unique("C").replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(-10);
  const klass = await db.class.create({
    data: { name: `Class ${code}`, joinCode: code, teacherId: teacher.id, enrolments: { create: { studentId } } },
    select: { id: true, name: true },
  });
  const created = await db.assignment.create({
    data: { setId: set.id, classId: klass.id, opensAt: new Date(Date.now() - 60_000), ...assignment },
    select: { id: true },
  });
  await db.$disconnect();
  return { classId: klass.id, className: klass.name, code, assignmentId: created.id, setId: set.id };
}

export async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/**
 * A published, never-assigned copy of the demo quiz, for tests of practice itself: the demo quiz is an open
 * assignment, so practice of it is closed to everyone (answer-key secrecy).
 */
export async function openPracticeCopy(): Promise<{ setId: string; title: string }> {
  const db = testDb();
  const demo = await db.questionSet.findFirstOrThrow({ where: { title: DEMO_QUIZ }, include: { questions: { orderBy: { position: "asc" } } } });
  const title = `${DEMO_QUIZ} (practice ${unique("p")})`;
  const copy = await db.questionSet.create({
    data: {
      articleId: demo.articleId,
      ownerId: demo.ownerId,
      title,
      status: "PUBLISHED",
      publishedAt: new Date(),
      seed: demo.seed,
      questions: {
        create: demo.questions.map((q) => ({
          type: q.type, prompt: q.prompt, choices: q.choices, answer: q.answer, evidence: q.evidence, evidenceStart: q.evidenceStart,
          explanation: q.explanation, position: q.position, difficulty: q.difficulty, entities: q.entities, engineId: q.engineId, score: q.score, origin: q.origin,
        })),
      },
    },
    select: { id: true },
  });
  await db.$disconnect();
  return { setId: copy.id, title };
}
