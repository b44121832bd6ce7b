import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./helpers";
import { classWithAssignment, joinAsNewStudent, openPracticeCopy, quizReady, startQuiz, DEMO_COUNT } from "./student-helpers";

/** A graded quiz that shows the key after each answer (the mode where an answer is final once checked). */
async function startAfterEachQuiz(page: Page) {
  const student = await joinAsNewStudent(page);
  const { assignmentId, setId } = await classWithAssignment(student.id, { feedback: "AFTER_EACH" });
  await page.goto(`/student/assignments/${assignmentId}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
  await quizReady(page);
  return { student, assignmentId, setId };
}

async function publishedSetId() {
  return (await openPracticeCopy()).setId;
}

/** Where the mode asks for an explicit "Check answer" (the old code answered on choosing). */
async function checkIfAsked(page: Page) {
  const check = page.getByRole("button", { name: "Check answer" });
  if (await check.count()) await check.click();
}

/** Every live region on the page whose text matches: what a screen reader would announce. */
function liveRegions(page: Page, text: RegExp) {
  return page.locator('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]').filter({ hasText: text });
}

test.describe("quiz keyboard", () => {
  test("bug 1: with feedback after each answer, arrow keys only move between choices; Check locks the one chosen", async ({ page }) => {
    const { student, assignmentId } = await startAfterEachQuiz(page);
    let answerPosts = 0;
    page.on("request", (r) => {
      if (r.url().includes("/answers") && r.method() === "POST") answerPosts += 1;
    });
    const radios = page.getByRole("radio");
    await radios.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(radios.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(radios.nth(2)).toBeFocused();
    await expect(radios.nth(2)).toBeChecked();
    // Nothing is sent or final yet: no request (given a second to happen), no key, and going back up still works.
    await page.waitForTimeout(1_000);
    expect(answerPosts).toBe(0);
    await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toHaveCount(0);
    await page.keyboard.press("ArrowUp");
    await expect(radios.nth(1)).toBeChecked();
    const chosen = await radios.nth(1).inputValue();

    const saved = page.waitForResponse((r) => r.url().includes("/answers") && r.request().method() === "POST");
    await page.getByRole("button", { name: "Check answer" }).click();
    expect((await saved).request().postDataJSON()).toMatchObject({ answer: chosen });
    await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toBeVisible();

    const db = testDb();
    const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id, assignmentId }, select: { responses: { select: { answer: true } } } });
    expect(attempt.responses).toEqual([{ answer: chosen }]);
    await db.$disconnect();
  });

  test("bug 1 in practice: arrows move, Enter on the chosen answer checks it", async ({ page }) => {
    const setId = await publishedSetId();
    await page.goto(`/practice/${setId}`);
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    const radios = page.getByRole("radio");
    await radios.first().focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(radios.nth(2)).toBeChecked();
    await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Check answer" })).toBeVisible();
    const chosen = await radios.nth(2).inputValue();
    const checked = page.waitForRequest((r) => r.url().includes("/answers") && r.method() === "POST");
    await page.keyboard.press("Enter");
    expect((await checked).postDataJSON()).toMatchObject({ answer: chosen });
    await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toBeVisible();
  });

  test("bug 2: Left and Right on a focused choice move between choices, not questions", async ({ page }) => {
    await joinAsNewStudent(page);
    await startQuiz(page);
    const radios = page.getByRole("radio");
    await radios.first().focus();
    await page.keyboard.press("ArrowRight");
    await expect(radios.nth(1)).toBeFocused();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(radios.nth(0)).toBeFocused();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
  });

  test("bug 3: letter keys do nothing on a button, and can be turned off (remembered)", async ({ page }) => {
    await joinAsNewStudent(page);
    await startQuiz(page);
    const radios = page.getByRole("radio");
    await page.getByRole("button", { name: "Flag for review" }).focus();
    await page.keyboard.press("c");
    await page.keyboard.press("3");
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);

    // In the choice list they do work.
    await radios.first().focus();
    await page.keyboard.press("c");
    await expect(radios.nth(2)).toBeChecked();

    // Turned off: nothing, even in the choice list; and it stays off after a reload.
    const setting = page.getByRole("checkbox", { name: /Letter and number keys choose an answer/ });
    await setting.uncheck();
    await radios.first().focus();
    await page.keyboard.press("b");
    await expect(radios.nth(2)).toBeChecked();
    await page.reload();
    await quizReady(page);
    await expect(setting).not.toBeChecked();
    await radios.nth(2).focus();
    await page.keyboard.press("a");
    await expect(radios.nth(2)).toBeChecked();
    await setting.check();
    await radios.nth(2).focus();
    await page.keyboard.press("a");
    await expect(radios.nth(0)).toBeChecked();
  });

  test("bug 4: the verdict and the right answer are announced once, in one short message", async ({ page }) => {
    const { setId } = await startAfterEachQuiz(page);
    const db = testDb();
    const prompt = (await page.locator("legend").innerText()).trim();
    const question = await db.question.findFirstOrThrow({ where: { setId, prompt }, select: { answer: true, evidence: true } });
    await db.$disconnect();
    await page.getByRole("radio").first().check();
    await checkIfAsked(page);
    const verdict = /Correct|Not quite/;
    await expect(liveRegions(page, verdict)).toHaveCount(1);
    const said = await liveRegions(page, verdict).innerText();
    expect(said).toContain(question.answer);
    expect(said).not.toContain(question.evidence);
  });

  test("bug 4 in practice: the verdict is announced without reading the whole panel and its quote", async ({ page }) => {
    const setId = await publishedSetId();
    await page.goto(`/practice/${setId}`);
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    const prompt = (await page.locator("legend").innerText()).trim();
    const db = testDb();
    const question = await db.question.findFirstOrThrow({ where: { setId, prompt }, select: { answer: true, evidence: true } });
    await db.$disconnect();
    await page.getByRole("radio").first().check();
    await checkIfAsked(page);
    const verdict = /Correct|Not quite/;
    await expect(liveRegions(page, verdict)).toHaveCount(1);
    const said = await liveRegions(page, verdict).innerText();
    expect(said).toContain(question.answer);
    expect(said).not.toContain(question.evidence);
  });

  test("bug 6: the progress bar counts answers, like its label", async ({ page }) => {
    await joinAsNewStudent(page);
    await startQuiz(page);
    await page.getByRole("radio").first().check();
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: /^Next/ }).click();
    await expect(page.getByRole("heading", { name: `Question 5 of ${DEMO_COUNT}` })).toBeVisible();
    await expect(page.getByText(`1 of ${DEMO_COUNT} answered`)).toBeVisible();
    // The bar is drawn for sighted users only (the label says it in words): a track and its fill.
    const bar = page.locator('div[aria-hidden="true"]').filter({ has: page.locator("div.bg-brand-700") }).first();
    const track = await bar.boundingBox();
    const fill = await bar.locator("div").first().boundingBox();
    expect(fill!.width / track!.width).toBeCloseTo(1 / DEMO_COUNT, 2);
  });
});
