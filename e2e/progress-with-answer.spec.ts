import { expect, test, type Page } from "@playwright/test";
import { signIn, testDb } from "./helpers";
import { joinAsNewStudent, quizReady, saveStatus, startQuiz, DEMO_COUNT } from "./student-helpers";

// docs/decisions/024: the quiz sends the student's position with each answer, not in a request of its own.

/** Every save request the page sends, as "answers" or "progress". */
function saveRequests(page: Page) {
  const sent: string[] = [];
  page.on("request", (request) => {
    const m = /\/api\/attempts\/[^/]+\/(answers|progress)$/.exec(new URL(request.url()).pathname);
    if (m && request.method() === "POST") sent.push(m[1]);
  });
  return sent;
}

const heading = (page: Page, n: number) => page.getByRole("heading", { name: `Question ${n} of ${DEMO_COUNT}` });

test.describe("progress saved with the answer", () => {
  test("an answered question costs one request, and the position goes with the next answer", async ({ page }) => {
    await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    const sent = saveRequests(page);
    const status = await saveStatus(page);

    await page.getByRole("radio").nth(0).check();
    await expect(status).toHaveText(/Saved/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(heading(page, 2)).toBeVisible();
    await page.getByRole("radio").nth(1).check();
    await expect(status).toHaveText(/Saved/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(heading(page, 3)).toBeVisible();
    // Nothing more goes out for the moves alone (a position waits up to 30 s for an answer).
    await page.waitForTimeout(1_500);
    expect(sent).toEqual(["answers", "answers"]);

    const db = testDb();
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { currentIndex: true, _count: { select: { responses: true } } } });
    // Stored with the second answer: the student was on question 2 when they answered it.
    expect(attempt).toEqual({ currentIndex: 1, _count: { responses: 2 } });
    // The move to question 3 waits in the queue in this browser, so a reload would resume there.
    const queued = await page.evaluate((id) => localStorage.getItem(`quorum:attempt:${id}:pending`), attemptId);
    expect(JSON.parse(queued ?? "{}")).toEqual({ answers: {}, progress: { currentIndex: 2, flagged: [] } });
    await db.$disconnect();
  });

  test("a reload after moving without answering resumes at the question the student was on, and the server has it", async ({ page, browser }) => {
    const student = await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    await page.getByRole("radio").nth(0).check();
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(heading(page, 4)).toBeVisible();

    await page.reload();
    await expect(heading(page, 4)).toBeVisible();
    await quizReady(page);
    await expect(page.getByRole("radio").nth(0)).not.toBeChecked();

    // Sent when the page was left, or by the reloaded page from its queue: another device resumes there too.
    const db = testDb();
    await expect.poll(async () => (await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { currentIndex: true } })).currentIndex).toBe(3);
    await expect.poll(() => page.evaluate((id) => localStorage.getItem(`quorum:attempt:${id}:pending`), attemptId)).toBeNull();
    await db.$disconnect();

    const other = await browser.newContext();
    const second = await other.newPage();
    await signIn(second, student.username, student.password);
    await expect(second).toHaveURL(/\/student$/);
    await second.goto(`/student/attempts/${attemptId}`);
    await expect(heading(second, 4)).toBeVisible();
    await other.close();
  });

  test("a move alone is sent on its own after the idle time", async ({ page }) => {
    await page.clock.install();
    await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    const sent = saveRequests(page);
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(heading(page, 2)).toBeVisible();
    await page.clock.fastForward(10_000);
    expect(sent).toEqual([]);
    await page.clock.fastForward(25_000);
    await expect.poll(() => sent).toEqual(["progress"]);
    const db = testDb();
    await expect.poll(async () => (await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { currentIndex: true } })).currentIndex).toBe(1);
    await db.$disconnect();
  });
});
