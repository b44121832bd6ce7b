import { expect, test, type Page } from "@playwright/test";
import { DEMO_TEACHER, signIn, testDb } from "./helpers";
import { DEMO_QUIZ, joinAsNewStudent, quizReady } from "./student-helpers";

const PRACTICE_SET = "The Constitution: Preamble and Article I (Congress)";

/**
 * Collects every Content-Security-Policy violation the page reports (the DOM event, and Chromium's console error
 * for blocked resources), across navigations.
 */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|CSP violation/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

/** Loads a page, waits for it to settle (scripts run, hydration done), and checks it carried a policy. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const csp = response!.headers()["content-security-policy"];
  expect(csp, `CSP on ${path}`).toContain("'strict-dynamic'");
  await page.waitForLoadState("networkidle");
  // React has hydrated: Next's router is on the page. A blocked script would leave it missing.
  await expect.poll(() => page.evaluate(() => "next" in window), { message: `scripts ran on ${path}` }).toBe(true);
}

test.describe("security headers", () => {
  test("every response carries a strict policy with a fresh nonce; HSTS only over HTTPS", async ({ request }) => {
    const first = await request.get("/");
    const second = await request.get("/practice");
    const policy = first.headers()["content-security-policy"];
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("upgrade-insecure-requests");
    const nonce = (p: string) => /'nonce-([^']+)'/.exec(p)?.[1];
    expect(nonce(second.headers()["content-security-policy"])).not.toBe(nonce(policy));
    // The nonce in the header is the one on the page's inline scripts.
    expect(await first.text()).toContain(`nonce="${nonce(policy)}"`);
    expect(first.headers()["strict-transport-security"]).toBeUndefined();

    // Behind a TLS-terminating proxy.
    const viaHttps = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
    expect(viaHttps.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(viaHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    // Route handlers and redirects too.
    expect((await request.get("/api/teacher/assignments/x/scores")).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const redirect = await request.get("/teacher", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("no page breaks the policy, for a visitor, a student and a teacher", async ({ page }) => {
    test.setTimeout(240_000);
    const violations = await watchCsp(page);
    const db = testDb();
    const practice = await db.questionSet.findFirstOrThrow({ where: { title: PRACTICE_SET }, select: { id: true } });
    const demo = await db.questionSet.findFirstOrThrow({ where: { title: DEMO_QUIZ }, select: { id: true } });

    // A visitor.
    for (const path of ["/", "/signin", "/signup", "/join", "/join?code=DEMO24", "/practice", `/practice/${demo.id}`, "/no-such-page"]) await visit(page, path);
    await visit(page, `/practice/${practice.id}`);
    await page.getByRole("radio").first().check();
    // Choosing is not answering in practice: "Check answer" sends it (ADR 009).
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toBeVisible();

    // A student: the dashboard, an assignment, the quiz (answering saves over fetch), results, practice, password.
    const student = await joinAsNewStudent(page);
    await visit(page, "/student");
    const assignment = await db.assignment.findFirstOrThrow({ where: { setId: demo.id, class: { joinCode: "DEMO24" }, dueAt: { gt: new Date() } }, select: { id: true, classId: true } });
    await visit(page, `/student/assignments/${assignment.id}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await quizReady(page);
    await page.keyboard.press("1");
    await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
    // ← and → change the question only when no choice has focus (ADR 009).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await page.waitForLoadState("networkidle");
    const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id, assignmentId: assignment.id }, select: { id: true } });
    await visit(page, `/practice/${practice.id}`);
    await visit(page, "/student/password");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);

    // A teacher: every page of theirs, with the student's attempt in the results.
    await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
    await expect(page).toHaveURL(/\/teacher$/);
    const article = await db.article.findFirstOrThrow({ where: { owner: { email: DEMO_TEACHER.email } }, select: { id: true } });
    const base = `/teacher/classes/${assignment.classId}`;
    for (const path of [
      "/teacher",
      base,
      `${base}/code`,
      `${base}/assignments/${assignment.id}`,
      `${base}/assignments/${assignment.id}/attempts/${attempt.id}`,
      `${base}/students/${student.id}`,
      "/teacher/articles",
      `/teacher/articles/${article.id}`,
      "/teacher/sets",
      `/teacher/sets/${demo.id}`,
      `/teacher/sets/${demo.id}/preview`,
      `/teacher/sets/${demo.id}/assign`,
    ]) {
      await visit(page, path);
    }
    await db.$disconnect();
    expect(violations).toEqual([]);
  });
});
