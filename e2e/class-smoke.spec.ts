import { expect, test } from "@playwright/test";
import { databaseProvider } from "@/lib/env-db";
import { signUpTeacher, testDb } from "./helpers";
import { createClassThroughUi, studentJoinsAndSubmits } from "./teacher-helpers";

// The journey every installation must get right, short enough to run on each database: `npm run test:e2e` runs it
// on SQLite, `npm run test:pg` on PostgreSQL (docs/decisions/018). A teacher assigns, two students take and submit,
// the teacher reads the results.
test(`a class takes a quiz end to end (${databaseProvider(process.env.E2E_DATABASE_URL)})`, async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signUpTeacher(page, "Mr. Okoye");
  const classId = await createClassThroughUi(page, "Civics smoke");
  const joinUrl = await page.getByLabel("Join link for students").inputValue();

  await page.goto("/teacher/articles");
  await page.getByRole("link", { name: /Blinken and Xi/ }).first().click();
  await page.getByRole("button", { name: "Generate a question set" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  const setUrl = page.url();
  const setTitle = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.goto(setUrl + "/assign");
  await page.getByLabel("Civics smoke").check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/classes/${classId}/assignments/[^/]+$`));
  const assignmentId = page.url().split("/").pop()!;
  await expect(page.getByText("0 of 0 submitted")).toBeVisible();

  const ava = await studentJoinsAndSubmits(browser, { joinUrl, setTitle, displayName: "Ava Smoke", answers: (q) => q.answer });
  const ben = await studentJoinsAndSubmits(browser, {
    joinUrl,
    setTitle,
    displayName: "Ben Smoke",
    answers: (q) => (q.position % 2 === 0 ? q.answer : q.choices.find((c) => c !== q.answer) ?? null),
  });
  expect(ava.correct).toBe(ava.total);
  expect(ben.correct).toBeLessThan(ben.total);

  // The results page picks the submissions up without a reload, and shows each student's score.
  await expect(page.getByText("2 of 2 submitted")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  for (const s of [
    { name: "Ava Smoke", ...ava },
    { name: "Ben Smoke", ...ben },
  ]) {
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(s.name) }) });
    await expect(row).toContainText(`${s.correct}/${s.total}`);
  }

  // What the server stored: one submitted attempt each, graded from every answer saved.
  const db = testDb();
  try {
    const attempts = await db.attempt.findMany({
      where: { assignmentId },
      select: { studentId: true, score: true, maxScore: true, submittedAt: true, _count: { select: { responses: true } } },
    });
    expect(attempts).toHaveLength(2);
    for (const s of [ava, ben]) {
      const a = attempts.find((x) => x.studentId === s.id)!;
      expect(a.submittedAt).not.toBeNull();
      expect(a).toMatchObject({ score: s.correct, maxScore: s.total });
    }
  } finally {
    await db.$disconnect();
  }
});
