import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, testDb } from "./helpers";
import { classWithAssignment, DEMO_QUIZ, joinAsNewStudent, noHorizontalScroll, quizReady, saveStatus, startQuiz, DEMO_COUNT } from "./student-helpers";

async function goToReview(page: Page) {
  for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Review before submitting" })).toBeVisible();
}

test.describe("submitting", () => {
  test("a double click on Submit (and a second tab) records one submission", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    await page.keyboard.press("1");
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    await goToReview(page);
    // A second tab submitting at the same moment.
    const otherTab = page.evaluate((id) => fetch(`/api/attempts/${id}/submit`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).then((r) => r.status), attemptId);
    await page.getByRole("button", { name: "Submit quiz" }).dblclick();
    expect(await otherTab).toBe(200);
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByTestId("score")).toBeVisible();

    const db = testDb();
    const attempts = await db.attempt.findMany({ where: { studentId: student.id }, select: { id: true, submittedAt: true, number: true } });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ id: attemptId, number: 1 });
    expect(attempts[0].submittedAt).not.toBeNull();
    await page.goto("/student");
    await page.getByRole("link", { name: DEMO_QUIZ }).first().click();
    await expect(page.getByText("1 of 2 used")).toBeVisible();
    await db.$disconnect();
  });

  test("Submit waits for the last answer still on its way: nothing lost, no 'not reached the server' message", async ({ page }) => {
    // The flaky "results start with a summary" run (issue 9): Submit flushed the queue, but a save was already on
    // its way, so the flush returned at once and the answer still looked unsent. A slow save route makes it certain.
    const student = await joinAsNewStudent(page);
    const attemptId = await startQuiz(page);
    await page.keyboard.press("1");
    await expect(await saveStatus(page)).toHaveText(/Saved/);

    let delayed = 0;
    await page.route("**/api/attempts/*/answers", async (route) => {
      delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await route.continue();
    });
    for (let i = 0; i < DEMO_COUNT - 1; i++) await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { name: `Question ${DEMO_COUNT} of ${DEMO_COUNT}` })).toBeVisible();
    await page.keyboard.press("2");
    await expect(await saveStatus(page)).toHaveText(/Saving/);
    // Straight on to the review and Submit while the last answer is still being saved.
    await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/, { timeout: 20_000 });
    await expect(page.getByText("Some answers have not reached the server yet")).toHaveCount(0);
    expect(delayed).toBeGreaterThanOrEqual(1);

    const db = testDb();
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { studentId: true, submittedAt: true, responses: { select: { questionId: true } } } });
    await db.$disconnect();
    expect(attempt.studentId).toBe(student.id);
    expect(attempt.submittedAt).not.toBeNull();
    expect(attempt.responses).toHaveLength(2);
  });

  test("when the time limit runs out the attempt is submitted with the answers given", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const timed = await classWithAssignment(student.id, { timeLimitMinutes: 1 });
    await page.goto(`/student/assignments/${timed.assignmentId}`);
    await expect(page.getByText("1 minute, from when you start")).toBeVisible();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByText("Time left:")).toBeVisible();
    await quizReady(page);
    await page.keyboard.press("1");
    await expect(await saveStatus(page)).toHaveText(/Saved/);

    // Bring the deadline a few seconds closer instead of waiting a minute.
    const db = testDb();
    const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id, assignmentId: timed.assignmentId }, select: { id: true } });
    const deadline = new Date(Date.now() + 4_000);
    await db.attempt.update({ where: { id: attempt.id }, data: { deadlineAt: deadline } });
    await page.reload();
    await expect(page.getByText("Time left:")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/student/attempts/${attempt.id}/results$`), { timeout: 15_000 });
    await expect(page.getByTestId("score")).toContainText(`/ ${DEMO_COUNT}`);

    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { submittedAt: true, score: true } });
    expect(stored.submittedAt?.getTime()).toBe(deadline.getTime());
    expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(1);
    // The server refuses anything late.
    const question = await db.question.findFirstOrThrow({ where: { setId: timed.setId }, select: { id: true, choices: true } });
    const late = await page.request.post(`/api/attempts/${attempt.id}/answers`, {
      data: { questionId: question.id, answer: JSON.parse(question.choices)[0] },
    });
    expect(late.status()).toBe(409);
    await db.$disconnect();
  });

  test("a student cannot open another student's attempt or results", async ({ page, browser }) => {
    await joinAsNewStudent(page, "DEMO24", "Owner");
    const attemptId = await startQuiz(page);

    const other = await browser.newContext();
    const intruder = await other.newPage();
    await joinAsNewStudent(intruder, "DEMO24", "Intruder");
    for (const path of [`/student/attempts/${attemptId}`, `/student/attempts/${attemptId}/results`]) {
      const response = await intruder.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(intruder.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
    await expectNoAxeViolations(intruder);
    const api = await intruder.request.post(`/api/attempts/${attemptId}/submit`, { data: {} });
    expect(api.status()).toBe(404);

    await goToReview(page);
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    const results = await intruder.goto(`/student/attempts/${attemptId}/results`);
    expect(results?.status()).toBe(404);
    await other.close();
  });

  test("the quiz page and everything sent before the feedback setting allows carry no answer key", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const bodies: { url: string; body: string }[] = [];
    page.on("response", async (response) => {
      const type = response.headers()["content-type"] ?? "";
      if (type.includes("json") || type.includes("x-component")) bodies.push({ url: response.url(), body: await response.text().catch(() => "") });
    });
    await startQuiz(page);
    const quizUrl = page.url();
    const html = await (await page.request.get(quizUrl)).text();
    await page.setViewportSize({ width: 360, height: 740 });
    await noHorizontalScroll(page);

    // Answer every question (feedback is AFTER_SUBMIT here), so every save response is checked too.
    for (let n = 1; n <= DEMO_COUNT; n++) {
      await page.keyboard.press("1");
      await page.keyboard.press("ArrowRight");
    }
    await expect(await saveStatus(page)).toHaveText(/Saved/);

    const db = testDb();
    const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id }, select: { setId: true } });
    const questions = await db.question.findMany({ where: { setId: attempt.setId }, select: { evidence: true, explanation: true } });
    const secretKeys = /\\?"(answer|correct|explanation|evidence|evidenceStart)\\?"\s*:/;
    // A sentence the prompt itself quotes (a true/false statement) is not a secret; every other one is.
    const prompts = (await db.question.findMany({ where: { setId: attempt.setId }, select: { prompt: true } })).map((q) => q.prompt).join("\n");
    const secrets = questions.flatMap((q) => [q.evidence, ...(q.explanation.length > 40 ? [q.explanation] : [])]).filter((text) => !prompts.includes(text));
    expect(secrets.length).toBeGreaterThan(0);
    // As plain text, inside JSON, and inside the JSON string of the page's React payload.
    const encodings = (text: string) => {
      const json = JSON.stringify(text).slice(1, -1);
      return [text, json, JSON.stringify(json).slice(1, -1)];
    };
    for (const { url, body } of [{ url: quizUrl, body: html }, ...bodies]) {
      expect(body, url).not.toMatch(secretKeys);
      for (const secret of secrets) {
        for (const encoded of encodings(secret)) expect(body.includes(encoded), `"${secret.slice(0, 50)}…" in ${url}`).toBe(false);
      }
    }
    expect(bodies.some((b) => b.url.includes("/answers"))).toBe(true);
    await db.$disconnect();
  });
});
