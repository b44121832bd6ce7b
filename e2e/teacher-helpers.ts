import { expect, type Page } from "@playwright/test";
import { testDb, unique } from "./helpers";

/** Returns the new class's id, from the class page the form leads to. */
export async function createClassThroughUi(page: Page, name: string) {
  await page.goto("/teacher");
  await page.getByLabel("New class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/").pop()!;
}

export async function addArticleByPaste(page: Page, title: string, text: string) {
  await page.goto("/teacher/articles");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/[^/]+$/);
  return page.url().split("/").pop()!;
}

/** Fails naming the elements that stick out past the right edge, so the culprit is in the message. */
export async function expectNoHorizontalScroll(page: Page) {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").slice(0, 40)}"`);
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  });
  expect(overflow, `horizontal overflow on ${page.url()}: ${culprits.join(" | ")}`).toBeLessThanOrEqual(0);
}

/**
 * A student joins the class and submits the assignment, written straight into the database.
 * Replaced by the student journey once the student UI lands: it stands in for joining with the code, starting the
 * attempt, answering and submitting, so the teacher's side can be tested now. Plain Prisma writes only.
 * `answers` maps a question position (0-based) to the answer given; questions not in it are left unanswered.
 */
export async function studentSubmitsThroughDatabase(opts: {
  classId: string;
  assignmentId: string;
  displayName: string;
  answers: (question: { position: number; choices: string[]; answer: string }) => string | null;
}) {
  const db = testDb();
  try {
    const assignment = await db.assignment.findUniqueOrThrow({
      where: { id: opts.assignmentId },
      select: { setId: true, set: { select: { questions: { orderBy: { position: "asc" }, select: { id: true, position: true, choices: true, answer: true } } } } },
    });
    const student = await db.user.create({
      data: { role: "STUDENT", displayName: opts.displayName, username: unique("s").toLowerCase(), passwordHash: "not-used-in-this-test" },
      select: { id: true, username: true },
    });
    await db.enrolment.create({ data: { classId: opts.classId, studentId: student.id } });
    const questions = assignment.set.questions;
    const responses = questions
      .map((q) => {
        const answer = opts.answers({ position: q.position, choices: JSON.parse(q.choices) as string[], answer: q.answer });
        return answer === null ? null : { questionId: q.id, answer, correct: answer === q.answer };
      })
      .filter((r) => r !== null);
    const startedAt = new Date(Date.now() - 7 * 60_000);
    await db.attempt.create({
      data: {
        kind: "ASSIGNMENT",
        studentId: student.id,
        setId: assignment.setId,
        assignmentId: opts.assignmentId,
        number: 1,
        startedAt,
        submittedAt: new Date(),
        score: responses.filter((r) => r.correct).length,
        maxScore: questions.length,
        questionOrder: JSON.stringify(questions.map((q) => q.id)),
        responses: { create: responses },
      },
    });
    return { ...student, correct: responses.filter((r) => r.correct).length, total: questions.length };
  } finally {
    await db.$disconnect();
  }
}
