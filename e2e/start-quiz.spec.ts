import { expect, test, type Page } from "@playwright/test";
import { actionIds, testDb } from "./helpers";
import { classWithAssignment, DEMO_QUIZ, joinAsNewStudent, quizReady } from "./student-helpers";

// Start (docs/decisions/026): the action makes or finds the attempt and answers with its id; the quiz page is
// fetched by a GET of its own. Next.js no longer renders the quiz page inside the action's answer.

const START = "app/student/assignments/[assignmentId]/actions.ts#startAttemptAction";

/** The action's own result in its RSC answer (row 1), not an id somewhere inside a rendered page. */
const startResult = (attemptId: string) => new RegExp(`^1:\\{"attemptId":"${attemptId}"\\}$`, "m");

async function attemptsOf(studentId: string, assignmentId: string) {
  const db = testDb();
  const rows = await db.attempt.findMany({ where: { studentId, assignmentId }, select: { id: true } });
  await db.$disconnect();
  return rows.map((r) => r.id);
}

/** A new student with an assignment of their own, on its page (where the Start button is). */
async function onAssignmentPage(page: Page) {
  const student = await joinAsNewStudent(page);
  const { assignmentId } = await classWithAssignment(student.id);
  await page.goto(`/student/assignments/${assignmentId}`);
  return { student, assignmentId };
}

/** The question prompts of the demo quiz: none may be in Start's answer. */
async function demoPrompts() {
  const db = testDb();
  const rows = await db.question.findMany({ where: { set: { title: DEMO_QUIZ } }, select: { prompt: true } });
  await db.$disconnect();
  return rows.map((r) => r.prompt);
}

test.describe("Start", () => {
  test("answers with the attempt, not the quiz page, and the router then GETs the page", async ({ page }) => {
    const { student, assignmentId } = await onAssignmentPage(page);
    // The action's answer, read on its way to the page (the browser drops a body once the page has moved on).
    const answered: { status: number; headers: Record<string, string>; body: string }[] = [];
    await page.route(`**/student/assignments/${assignmentId}`, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      const res = await route.fetch();
      const body = await res.text();
      answered.push({ status: res.status(), headers: res.headers(), body });
      await route.fulfill({ response: res, body });
    });
    const pageRequest = page.waitForRequest((r) => r.method() === "GET" && /\/student\/attempts\/[^/?]+(\?|$)/.test(r.url()));
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page).toHaveURL(/\/student\/attempts\/[^/]+$/);

    expect(answered).toHaveLength(1);
    const [{ status, headers, body }] = answered;
    const [attemptId] = await attemptsOf(student.id, assignmentId);
    expect(status).toBe(200);
    expect(headers["x-action-redirect"]).toBeUndefined();
    expect(body).toMatch(startResult(attemptId));
    // No page in it: not the quiz's title, not one of its questions, and small.
    expect(body).not.toContain(DEMO_QUIZ);
    for (const prompt of await demoPrompts()) expect(body).not.toContain(prompt.slice(0, 40));
    expect(body.length).toBeLessThan(1000);

    expect((await pageRequest).url()).toContain(`/student/attempts/${attemptId}`);
    await expect(page).toHaveURL(new RegExp(`/student/attempts/${attemptId}$`));
    await expect(page.getByRole("heading", { name: /Question 1 of \d+/ })).toBeVisible();
    await quizReady(page);
    expect(await attemptsOf(student.id, assignmentId)).toEqual([attemptId]);
  });

  test("a double click, and two Starts at once by script, make one attempt", async ({ page }) => {
    const { student, assignmentId } = await onAssignmentPage(page);
    await page.getByRole("button", { name: "Start quiz" }).dblclick();
    await expect(page).toHaveURL(/\/student\/attempts\/[^/]+$/);
    await quizReady(page);
    const [attemptId] = await attemptsOf(student.id, assignmentId);
    expect(page.url()).toContain(attemptId);

    // Two more Starts at the same moment, replayed as the page's script sends them: both get the open attempt.
    const actionId = actionIds().get(START)!;
    const origin = new URL(page.url()).origin;
    const press = () => {
      const form = new FormData();
      form.append("_1_assignmentId", assignmentId);
      form.append("0", JSON.stringify([{}, "$K1"]));
      return page.request.post(`/student/assignments/${assignmentId}`, { headers: { "next-action": actionId, accept: "text/x-component", origin }, multipart: form });
    };
    const answers = await Promise.all([press(), press()]);
    for (const res of answers) {
      expect(res.status()).toBe(200);
      expect(await res.text()).toMatch(startResult(attemptId));
    }
    expect(await attemptsOf(student.id, assignmentId)).toEqual([attemptId]);
  });

  test("without JavaScript, Start is a 303 to the quiz page", async ({ page, browser }) => {
    const { student, assignmentId } = await onAssignmentPage(page);
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noScript.newPage();
    await plain.goto(`/student/assignments/${assignmentId}`);
    const actionAnswer = plain.waitForResponse((r) => r.request().method() === "POST");
    await plain.getByRole("button", { name: "Start quiz" }).click();
    const res = await actionAnswer;
    const [attemptId] = await attemptsOf(student.id, assignmentId);
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe(`/student/attempts/${attemptId}`);
    await expect(plain).toHaveURL(new RegExp(`/student/attempts/${attemptId}$`));
    await expect(plain.getByRole("heading", { name: /Question 1 of \d+/ })).toBeVisible();
    await noScript.close();
  });
});
