import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, expectNoAxeViolations, signIn, testDb } from "./helpers";
import { classWithAssignment, DEMO_QUIZ, joinAsNewStudent, openPracticeCopy, quizReady, DEMO_COUNT } from "./student-helpers";

// The system asks for dark: every page follows, and keeps its contrast (axe checks it).
test.use({ colorScheme: "dark" });

async function expectDark(page: Page) {
  const [r, g, b] = await page.evaluate(() =>
    getComputedStyle(document.body)
      .backgroundColor.match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number),
  );
  expect(r + g + b, `the page background on ${page.url()} is dark`).toBeLessThan(120);
}

test.describe("dark theme", () => {
  test("visitor pages and practice with its feedback", async ({ page }) => {
    test.slow();
    const practice = await openPracticeCopy();
    for (const url of ["/", "/signin", "/signup", "/join?code=DEMO24", "/practice"]) {
      await page.goto(url);
      await expectDark(page);
      await expectNoAxeViolations(page);
    }
    await page.getByRole("link", { name: practice.title }).click();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    await page.getByRole("radio").first().check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("feedback")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a student's dashboard, quiz with feedback, review and results", async ({ page }) => {
    test.slow();
    const student = await joinAsNewStudent(page);
    await expectDark(page);
    await expectNoAxeViolations(page);
    const { assignmentId } = await classWithAssignment(student.id, { feedback: "AFTER_EACH" });
    await page.goto(`/student/assignments/${assignmentId}`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await quizReady(page);
    await page.getByRole("radio").nth(1).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("feedback")).toBeVisible();
    await page.getByText("All questions").click();
    await expectNoAxeViolations(page);
    await page.getByTestId("question-navigator").getByRole("button", { name: `Question ${DEMO_COUNT}, not answered` }).click();
    await page.getByRole("button", { name: /^Review answers/ }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await expectNoAxeViolations(page);
  });

  test("the teacher's dashboard, class, set and results", async ({ page }) => {
    // Five server-rendered pages and five axe scans: minutes on a busy two-core machine.
    test.setTimeout(300_000);
    await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
    await expect(page).toHaveURL(/\/teacher$/);
    await expectDark(page);
    await expectNoAxeViolations(page);
    const db = testDb();
    const assignment = await db.assignment.findFirstOrThrow({ where: { set: { title: DEMO_QUIZ }, class: { joinCode: "DEMO24" }, dueAt: { lte: new Date() } }, select: { id: true, classId: true, setId: true } });
    await db.$disconnect();
    for (const url of [
      `/teacher/classes/${assignment.classId}`,
      `/teacher/classes/${assignment.classId}/assignments/${assignment.id}`,
      `/teacher/sets/${assignment.setId}`,
    ]) {
      await page.goto(url);
      await expectNoAxeViolations(page);
    }
  });
});
