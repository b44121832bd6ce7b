import { expect, test, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { hashPassword } from "@/lib/auth/password";
import { signIn, signUpTeacher, testDb, unique } from "./helpers";
import { classWithAssignment, DEMO_COUNT, quizReady, saveStatus } from "./student-helpers";

// The bad inputs of docs/security/bad-input.md that no other spec covered: each gets a clear message, changes
// nothing and loses nothing. (The catalogue cites the specs that cover the rest.)

const AUTH_SECRET = "e2e-secret-not-for-production-0123456789abcdef"; // playwright.config.ts gives the server this one
const COOKIE = "authjs.session-token"; // plain HTTP: no __Secure- prefix
const PASSWORD = "a-bad-input-password";

async function newStudent() {
  const db = testDb();
  const username = unique("bad").toLowerCase();
  const user = await db.user.create({
    data: { role: "STUDENT", displayName: "Bad Input Student", username, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, sessionVersion: true },
  });
  await db.$disconnect();
  return { ...user, username };
}

test.describe("bad input: a clear message, nothing changed, nothing lost", () => {
  test("an empty (or only blank) article is refused with a message and keeps the title", async ({ page }) => {
    const teacher = await signUpTeacher(page);
    await page.goto("/teacher/articles");
    const db = testDb();
    // The first visit gives a new teacher the sample article.
    const before = await db.article.count({ where: { owner: { email: teacher.email } } });
    await page.getByLabel("Title").fill("Nothing in it");
    await page.getByLabel("Article text").fill("   \n\t  \n ");
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText("Paste the article's text, or choose a file to upload.")).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("Nothing in it");
    expect(await db.article.count({ where: { owner: { email: teacher.email } } })).toBe(before);
    await db.$disconnect();
  });

  test("HTML with scripts in a pasted article, a class name and a student's name is shown as text and never runs", async ({ page, browser }) => {
    test.slow();
    const teacher = await signUpTeacher(page);
    await page.addInitScript(() => {
      (window as unknown as { __ran: string[] }).__ran = [];
    });
    const payload = `<img src=x onerror="window.__ran.push('img')"><script>window.__ran.push('script')</script>`;
    const sentences = Array.from({ length: 12 }, (_, i) => `The Senate voted ${i + 50} to ${40 - i} on the measure in session ${i + 1}, Senator Maria Lopez said on Tuesday.`);
    await page.goto("/teacher/articles");
    await page.getByLabel("Title").fill(`Title ${payload}`);
    await page.getByLabel("Article text").fill(`${sentences.slice(0, 6).join(" ")}\n\n${payload}\n\n${sentences.slice(6).join(" ")}`);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(/\/teacher\/articles\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Title <img src=x");
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    expect(await page.locator("main img[src=x], main script:not([nonce])").count()).toBe(0);

    // A class named with markup, and a student whose display name is markup, on the teacher's roster.
    const db = testDb();
    const owner = await db.user.findUniqueOrThrow({ where: { email: teacher.email }, select: { id: true } });
    const code = unique("H").replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(-10);
    const student = await newStudent();
    await db.user.update({ where: { id: student.id }, data: { displayName: `Eve ${payload}` } });
    const klass = await db.class.create({ data: { name: `Class ${payload}`, joinCode: code, teacherId: owner.id, enrolments: { create: { studentId: student.id } } } });
    await db.$disconnect();
    await page.goto(`/teacher/classes/${klass.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Class <img src=x");
    await expect(page.getByText(`Eve ${payload}`).first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);

    // The student sees the class name as text on their dashboard too.
    const context = await browser.newContext();
    const studentPage = await context.newPage();
    await studentPage.addInitScript(() => {
      (window as unknown as { __ran: string[] }).__ran = [];
    });
    await signIn(studentPage, student.username, PASSWORD);
    await expect(studentPage).toHaveURL(/\/student$/, { timeout: 30_000 });
    await expect(studentPage.getByText(`Class ${payload}`).first()).toBeVisible();
    expect(await studentPage.evaluate(() => (window as unknown as { __ran: string[] }).__ran)).toEqual([]);
    await context.close();
  });

  test("a session cookie older than its maxAge is refused everywhere; the same cookie within maxAge works", async ({ browser, baseURL }) => {
    const student = await newStudent();
    const url = new URL(baseURL!);
    const cookieFor = async (maxAge: number) =>
      encode({ token: { sub: student.id, sv: student.sessionVersion }, secret: AUTH_SECRET, salt: COOKIE, maxAge });

    // Control: a cookie made the way Auth.js makes it, still valid, signs the student in (so the test can fail).
    const fresh = await browser.newContext();
    await fresh.addCookies([{ name: COOKIE, value: await cookieFor(3600), domain: url.hostname, path: "/" }]);
    const ok = await fresh.newPage();
    await ok.goto("/student");
    await expect(ok).toHaveURL(/\/student$/);
    await fresh.close();

    // Eight days old with the seven-day maxAge: expired an hour ago.
    const old = await browser.newContext();
    await old.addCookies([{ name: COOKIE, value: await cookieFor(-3600), domain: url.hostname, path: "/" }]);
    const page = await old.newPage();
    await page.goto("/student");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstudent$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin$/);
    const res = await page.request.post("/api/attempts/x/progress", { data: { currentIndex: 0, flagged: [] } });
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { message: string }).message).toBe("Your session has ended. Sign in again to continue.");
    await old.close();
  });

  /** A student in a quiz whose session then ends (sign-out everywhere on another device, a password change...) before they answer. */
  async function answerAfterSessionEnded(page: Page) {
    const student = await newStudent();
    const { assignmentId } = await classWithAssignment(student.id);
    await signIn(page, student.username, PASSWORD);
    await expect(page).toHaveURL(/\/student$/, { timeout: 30_000 });
    await page.goto(`/student/assignments/${assignmentId}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await quizReady(page);
    const attemptId = page.url().split("/").pop()!;
    const db = testDb();
    await db.user.update({ where: { id: student.id }, data: { sessionVersion: { increment: 1 } } });
    await page.getByRole("radio").first().check();
    const notice = page.getByText("Your session has ended. Sign in again to continue. Your answers are kept on this device until then.");
    await expect(notice).toBeVisible();
    await expect(await saveStatus(page)).toHaveText(/Not saved/);
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
    return { student, attemptId, db, notice };
  }

  test("a session ended mid-quiz keeps the answer on the device and saves it after signing in again", async ({ page }) => {
    const { student, attemptId, db } = await answerAfterSessionEnded(page);

    await signIn(page, student.username, PASSWORD);
    await expect(page).toHaveURL(/\/student$/, { timeout: 30_000 });
    await page.goto(`/student/attempts/${attemptId}`);
    await quizReady(page);
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    await expect.poll(() => db.response.count({ where: { attemptId } })).toBe(1);
    await expect(page.getByText(`1 of ${DEMO_COUNT} answered`)).toBeVisible();
    await db.$disconnect();
  });

  test("signing in again from the notice's link, in a new tab, saves the waiting answer and clears the notice", async ({ page }) => {
    // Found by an exploratory test: the answers went through after signing in again, and the red notice stayed.
    const { student, attemptId, db, notice } = await answerAfterSessionEnded(page);

    const [tab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("link", { name: "Sign in again (opens a new tab)" }).click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe("/signin");
    await tab.getByLabel("Email or username").fill(student.username);
    await tab.getByLabel("Password").fill(PASSWORD);
    await tab.getByRole("button", { name: "Sign in" }).click();
    await expect(tab).toHaveURL(new RegExp(`/student/attempts/${attemptId}$`), { timeout: 30_000 });
    await tab.close();

    // Back on the quiz, without a reload: the waiting answer is sent, and the notice is gone.
    await page.bringToFront();
    await expect.poll(() => db.response.count({ where: { attemptId } }), { timeout: 20_000 }).toBe(1);
    await expect(await saveStatus(page)).toHaveText(/Saved/, { timeout: 20_000 });
    await expect(notice).toBeHidden();
    await db.$disconnect();
  });
});
