import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, testDb } from "./helpers";
import { classWithAssignment, joinAsNewStudent, quizReady, DEMO_COUNT } from "./student-helpers";

// ADR 016: in a check-each-answer quiz, a choice made but never checked is kept and submitted as the answer.
test("a choice made but not checked is kept through a reload, listed in the review, and submitted as the answer", async ({ page }) => {
  test.slow();
  const student = await joinAsNewStudent(page);
  const { assignmentId, setId } = await classWithAssignment(student.id, { feedback: "AFTER_EACH" });
  await page.goto(`/student/assignments/${assignmentId}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
  await quizReady(page);

  // Question 1: chosen with a click, never checked, then on to question 2.
  await page.getByRole("radio").nth(1).check();
  const chosen = await page.getByRole("radio").nth(1).inputValue();
  await expect(page.getByTestId("unchecked-note")).toContainText("it counts as your answer when you submit");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: `Question 2 of ${DEMO_COUNT}` })).toBeVisible();

  // Nothing was sent (no key came back), and a reload keeps the choice.
  const db = testDb();
  const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id, assignmentId }, select: { id: true } });
  expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(0);
  await page.reload();
  await quizReady(page);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
  await expect(page.getByRole("radio").nth(1)).toBeChecked();
  await expect(page.getByRole("radio").nth(1)).toHaveValue(chosen);
  await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toHaveCount(0);

  // The review lists it apart from the unanswered ones, and says what will happen.
  // ← and → move between questions when no choice has focus (ADR 009): twenty of them reach the review.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByText(`0 of ${DEMO_COUNT} questions answered, 1 chosen but not checked.`)).toBeVisible();
  const unchecked = page.getByTestId("unchecked");
  await expect(unchecked.getByRole("heading", { name: "Chosen but not checked (1)" })).toBeVisible();
  await expect(unchecked).toContainText("is submitted as your answer");
  await expect(page.getByRole("heading", { name: `Not answered (${DEMO_COUNT - 1})` })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/results$/);
  const questions = await db.question.findMany({ where: { setId }, select: { id: true, answer: true } });
  const submitted = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { submittedAt: true, score: true, questionOrder: true, responses: { select: { questionId: true, answer: true, correct: true } } } });
  await db.$disconnect();
  const first = (JSON.parse(submitted.questionOrder) as string[])[0];
  expect(submitted.submittedAt).not.toBeNull();
  expect(submitted.responses).toHaveLength(1);
  expect(submitted.responses[0]).toMatchObject({ questionId: first, answer: chosen });
  const right = questions.find((q) => q.id === first)!.answer === chosen;
  expect(submitted.responses[0].correct).toBe(right);
  expect(submitted.score).toBe(right ? 1 : 0);
});
