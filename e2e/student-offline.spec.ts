import { expect, test } from "@playwright/test";
import { testDb } from "./helpers";
import { joinAsNewStudent, quizReady, saveStatus, startQuiz, DEMO_COUNT } from "./student-helpers";

test.describe("no answer is lost", () => {
  test("answers given offline are queued, sent when the network returns, and still there after a reload", async ({ page, context }) => {
    const student = await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    const status = await saveStatus(page);

    await page.getByRole("radio").nth(0).check();
    await expect(status).toHaveText(/Saved/);
    await page.getByRole("button", { name: /^Next/ }).click();

    await context.setOffline(true);
    await page.getByRole("radio").nth(1).check();
    await expect(status).toHaveText(/Offline, will retry/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(page.getByRole("heading", { name: `Question 3 of ${DEMO_COUNT}` })).toBeVisible();
    await page.keyboard.press("3");
    await expect(status).toHaveText(/Offline, will retry/);
    const queued = await page.evaluate((id) => localStorage.getItem(`quorum:attempt:${id}:pending`), attemptId);
    expect(Object.keys(JSON.parse(queued ?? "{}").answers ?? {})).toHaveLength(2);

    await context.setOffline(false);
    await expect(status).toHaveText(/Saved/);
    const db = testDb();
    await expect.poll(() => db.response.count({ where: { attemptId } })).toBe(3);

    await page.reload();
    await expect(page.getByRole("heading", { name: `Question 3 of ${DEMO_COUNT}` })).toBeVisible();
    await quizReady(page);
    await expect(page.getByRole("radio").nth(2)).toBeChecked();
    await page.getByRole("button", { name: /^Previous/ }).click();
    await expect(page.getByRole("radio").nth(1)).toBeChecked();
    await page.getByRole("button", { name: /^Previous/ }).click();
    await expect(page.getByRole("radio").nth(0)).toBeChecked();
    expect(await db.attempt.count({ where: { studentId: student.id } })).toBe(1);
    await db.$disconnect();
  });

  test("the queue in localStorage survives a reload while the server cannot be reached", async ({ page }) => {
    await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    const status = await saveStatus(page);
    // The page itself still loads; only the save requests fail, as on a flaky school network.
    await page.route("**/api/attempts/**", (route) => route.abort("internetdisconnected"));
    await page.getByRole("radio").nth(1).check();
    await expect(status).toHaveText(/Offline, will retry/);

    await page.reload();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    await quizReady(page);
    await expect(page.getByRole("radio").nth(1)).toBeChecked();
    await expect(status).toHaveText(/Offline, will retry/);

    await page.unroute("**/api/attempts/**");
    // The retry timer sends it without any help from the student.
    await expect(status).toHaveText(/Saved/, { timeout: 15_000 });
    const db = testDb();
    expect(await db.response.count({ where: { attemptId } })).toBe(1);
    expect(await page.evaluate((id) => localStorage.getItem(`quorum:attempt:${id}:pending`), attemptId)).toBeNull();
    await db.$disconnect();
  });

  test("another device resumes exactly where the student was", async ({ page, browser }) => {
    const student = await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    await page.getByRole("radio").nth(0).check();
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("button", { name: "Flag for review" }).click();
    await expect(await saveStatus(page)).toHaveText(/Saved/);

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto("/signin");
    await second.getByLabel("Email or username").fill(student.username);
    await second.getByLabel("Password").fill(student.password);
    await second.getByRole("button", { name: "Sign in" }).click();
    await expect(second).toHaveURL(/\/student$/);
    await second.goto(`/student/attempts/${attemptId}`);
    await expect(second.getByRole("heading", { name: `Question 2 of ${DEMO_COUNT}` })).toBeVisible();
    await quizReady(second);
    await expect(second.getByRole("button", { name: "Flagged for review" })).toBeVisible();
    await second.getByRole("button", { name: /^Previous/ }).click();
    await expect(second.getByRole("radio").nth(0)).toBeChecked();
    await other.close();
  });
});
