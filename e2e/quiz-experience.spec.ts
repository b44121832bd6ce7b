import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, testDb } from "./helpers";
import { classWithAssignment, DEMO_QUIZ, joinAsNewStudent, noHorizontalScroll, quizReady, startQuiz, DEMO_COUNT } from "./student-helpers";

test.describe("the quiz on a phone and with a navigator", () => {
  test("at 360 × 640 the question and all four choices fit the first screen", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await joinAsNewStudent(page);
    await startQuiz(page);
    // Several questions: prompts and choices differ in length.
    for (let n = 1; n <= 5; n++) {
      await expect(page.getByRole("heading", { name: `Question ${n} of ${DEMO_COUNT}` })).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      const radios = page.getByRole("radio");
      if ((await radios.count()) === 4) {
        const fourth = await radios.nth(3).locator("xpath=ancestor::label").boundingBox();
        expect(fourth, `question ${n}`).not.toBeNull();
        expect(fourth!.y + fourth!.height, `question ${n}: the fourth choice ends below the first screen`).toBeLessThanOrEqual(640);
        const legend = await page.locator("legend").boundingBox();
        expect(legend!.y).toBeGreaterThanOrEqual(0);
      }
      await page.getByRole("button", { name: /^Next/ }).click();
    }
    await noHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test("the navigator shows answered and flagged questions, and a question opened from the review goes back to it", async ({ page }) => {
    await joinAsNewStudent(page);
    await startQuiz(page);
    await expect(page).toHaveTitle(`Question 1 of ${DEMO_COUNT} · ${DEMO_QUIZ} · Quorum`);
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("button", { name: "Flag for review" }).click();

    // By keyboard: open the list of all questions and jump to question 5.
    await page.getByText("All questions").focus();
    await page.keyboard.press("Enter");
    const grid = page.getByTestId("question-navigator");
    await expect(grid.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
    await expect(grid.getByRole("button", { name: "Question 2, not answered, flagged" })).toHaveAttribute("aria-current", "step");
    await grid.getByRole("button", { name: "Question 5, not answered" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: `Question 5 of ${DEMO_COUNT}` })).toBeVisible();
    await expect(page).toHaveTitle(`Question 5 of ${DEMO_COUNT} · ${DEMO_QUIZ} · Quorum`);
    await expect(page.getByRole("button", { name: "Back to review" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // From the review: open a question, answer it, and go straight back.
    await grid.getByRole("button", { name: `Question ${DEMO_COUNT}, not answered` }).click();
    await page.getByRole("button", { name: /^Review answers/ }).click();
    await expect(page.getByRole("heading", { name: "Review before submitting" })).toBeVisible();
    await page.getByRole("button", { name: /^Question 3:/ }).click();
    await expect(page.getByRole("heading", { name: `Question 3 of ${DEMO_COUNT}` })).toBeVisible();
    await page.getByRole("radio").nth(1).check();
    await page.getByRole("button", { name: "Back to review" }).click();
    await expect(page.getByRole("heading", { name: "Review before submitting" })).toBeVisible();
    await expect(page.getByText(`2 of ${DEMO_COUNT} questions answered.`)).toBeVisible();
    await expect(page.getByTestId("question-navigator").getByRole("button", { name: "Question 3, answered" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("feedback marks the chosen answer right or wrong and the correct one, in words, and shows the evidence once", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const { assignmentId, setId } = await classWithAssignment(student.id, { feedback: "AFTER_EACH" });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`/student/assignments/${assignmentId}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await quizReady(page);
    const db = testDb();
    // Answer wrong on purpose: the list then marks both the given and the correct answer.
    const prompt = (await page.locator("legend").innerText()).trim();
    const question = await db.question.findFirstOrThrow({ where: { setId, prompt }, select: { answer: true, evidence: true } });
    await db.$disconnect();
    const values = await page.getByRole("radio").evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
    const wrong = values.findIndex((v) => v !== question.answer);
    await page.getByRole("radio").nth(wrong).check();
    await page.getByRole("button", { name: "Check answer" }).click();

    const given = page.getByRole("radio").nth(wrong).locator("xpath=ancestor::label");
    const right = page.getByRole("radio").nth(values.indexOf(question.answer)).locator("xpath=ancestor::label");
    await expect(given).toContainText("✗ Your answer");
    await expect(right).toContainText("✓ Correct answer");
    await expect(page.getByRole("radio", { name: /Correct answer/ })).toHaveCount(1);
    // The verdict is scrolled into view, and the evidence appears once in the panel.
    await expect(page.getByText(/^✗ Not quite/)).toBeInViewport();
    const panel = page.getByTestId("feedback");
    // Whitespace as rendered (evidence that spans two paragraphs is shown with one space between them).
    const flat = (x: string) => x.replace(/\s+/g, " ").trim();
    expect(flat(await panel.innerText()).split(flat(question.evidence)).length - 1).toBe(1);
    await expectNoAxeViolations(page);
  });

  test("results start with a summary, can show only the missed questions, and the dashboard card links to them", async ({ page }) => {
    // One attempt allowed: answers are shown only when no further attempt is possible (issue 9, hole 6).
    const student = await joinAsNewStudent(page);
    const { assignmentId } = await classWithAssignment(student.id, { attemptsAllowed: 1 });
    await page.goto(`/student/assignments/${assignmentId}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await quizReady(page);
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("radio").nth(1).check();
    await page.getByText("All questions").click();
    await page.getByTestId("question-navigator").getByRole("button", { name: `Question ${DEMO_COUNT}, not answered` }).click();
    await page.getByRole("button", { name: /^Review answers/ }).click();
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page).toHaveTitle(/^Results: /);

    const summary = page.getByTestId("results-summary");
    await expect(summary).toContainText("Time taken");
    const score = Number((await page.getByTestId("score").innerText()).split(" / ")[0]);
    const missed = summary.getByRole("link", { name: /^Question \d+$/ });
    await expect(missed).toHaveCount(DEMO_COUNT - score);
    // Each missed question links to its place in the list.
    const first = await missed.first().getAttribute("href");
    await missed.first().click();
    await expect(page.locator(first!)).toBeInViewport();

    const items = page.locator("ol > li[id^=result-]");
    await expect(items).toHaveCount(DEMO_COUNT);
    await page.getByRole("checkbox", { name: `Show only the ones I missed (${DEMO_COUNT - score})` }).check();
    await expect(items.filter({ visible: true })).toHaveCount(DEMO_COUNT - score);
    await expect(items.filter({ visible: true }).filter({ hasText: "✓ Correct" })).toHaveCount(0);

    const resultsUrl = page.url().split("#")[0];
    await page.goto("/student");
    await page.getByRole("link", { name: "See your results" }).click();
    await expect(page).toHaveURL(resultsUrl);
  });
});
