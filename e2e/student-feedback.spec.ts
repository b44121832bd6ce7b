import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, testDb } from "./helpers";
import { classWithAssignment, joinAsNewStudent, quizReady, saveStatus, DEMO_COUNT } from "./student-helpers";

test.describe("feedback settings", () => {
  test("AFTER_EACH shows the answer, explanation and evidence once a question is answered, and then the answer is final", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const { assignmentId, setId } = await classWithAssignment(student.id, { feedback: "AFTER_EACH" });
    await page.goto(`/student/assignments/${assignmentId}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    await quizReady(page);

    const db = testDb();
    const prompt = (await page.locator("legend").innerText()).trim();
    const question = await db.question.findFirstOrThrow({ where: { setId, prompt }, select: { answer: true, evidence: true } });
    const saved = page.waitForResponse((r) => r.url().includes("/answers"));
    // "1" chooses the first answer; it is final only once checked (the key comes back with it).
    await page.keyboard.press("1");
    await expect(page.getByRole("radio").nth(0)).toBeChecked();
    await page.getByRole("button", { name: "Check answer" }).click();
    const body = await (await saved).json();
    expect(body.feedback.answer).toBe(question.answer);
    await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toBeVisible();
    await expect(page.locator("mark")).toHaveText(question.evidence);
    await expectNoAxeViolations(page);

    const chosen = await page.getByRole("radio").nth(0).inputValue();
    await page.keyboard.press("2");
    await expect(page.getByRole("radio").nth(0)).toBeChecked();
    await page.reload();
    await quizReady(page);
    await expect(page.getByRole("radio").nth(0)).toBeChecked();
    await expect(page.locator("mark")).toHaveText(question.evidence);
    await expect(await saveStatus(page)).not.toHaveText(/Offline/);
    const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id, assignmentId }, select: { responses: { select: { answer: true } } } });
    expect(attempt.responses).toEqual([{ answer: chosen }]);
    await db.$disconnect();
  });

  test("AFTER_DUE keeps the score and answers back until the due date", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const due = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
    const { assignmentId } = await classWithAssignment(student.id, { feedback: "AFTER_DUE", dueAt: due });
    await page.goto(`/student/assignments/${assignmentId}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    await quizReady(page);
    await page.keyboard.press("1");
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByText("Results appear after")).toBeVisible();
    await expect(page.getByTestId("score")).toHaveCount(0);
    await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("a blank attempt does not reveal the key for the retake (feedback after submission, two attempts, best score)", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const due = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const { assignmentId, setId } = await classWithAssignment(student.id, { feedback: "AFTER_SUBMIT", attemptsAllowed: 2, dueAt: due });
    const db = testDb();
    const key = await db.question.findMany({ where: { setId }, select: { answer: true, explanation: true, evidence: true } });
    await db.$disconnect();

    await page.goto(`/student/assignments/${assignmentId}`);
    await expect(page.getByText("the correct answers once you have no attempts left")).toBeVisible();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await quizReady(page);
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByTestId("score")).toContainText(`0 / ${DEMO_COUNT}`);
    await expect(page.getByTestId("answers-later")).toBeVisible();
    await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(0);
    // Nothing of the key is in the page, not even in its data for the browser.
    const html = await page.content();
    for (const q of key) {
      expect(html).not.toContain(q.explanation);
      expect(html).not.toContain(q.evidence);
    }
    await expectNoAxeViolations(page);

    // The retake is answered blind; once it is submitted no attempt is left and the answers appear.
    await page.getByRole("button", { name: "Retake quiz" }).click();
    await quizReady(page);
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByText("Correct answer", { exact: true }).first()).toBeVisible();
    await expect(page.locator("#article-heading ~ div mark").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Retake quiz" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
