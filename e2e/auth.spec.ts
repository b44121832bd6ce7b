import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, expectNoAxeViolations, signIn, signOut, signUpTeacher } from "./helpers";

test.describe("signing up and in", () => {
  test("a teacher signs up, signs out and signs in again", async ({ page }) => {
    const teacher = await signUpTeacher(page, "Mr. Okafor");
    await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
    await expect(page.getByText("Signed in as")).toContainText("Mr. Okafor");

    await signOut(page);
    await page.goto("/teacher");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fteacher/);

    await signIn(page, teacher.email.toUpperCase(), teacher.password);
    await expect(page).toHaveURL(/\/teacher$/);
    await expect(page.getByText("Signed in as")).toContainText("Mr. Okafor");
  });

  test("a wrong password shows a clear error and signs nobody in", async ({ page }) => {
    await signIn(page, DEMO_TEACHER.email, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByLabel("Email or username")).toHaveValue(DEMO_TEACHER.email);
    await page.goto("/teacher");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("five wrong passwords lock the account for a while, even against the right password", async ({ page }) => {
    const teacher = await signUpTeacher(page);
    await signOut(page);
    for (let i = 0; i < 5; i++) {
      await signIn(page, teacher.email, `wrong-${i}`);
      await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    }
    await signIn(page, teacher.email, teacher.password);
    await expect(page.getByRole("alert").filter({ hasText: "Too many attempts. Try again in 15 minutes." })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });

  test("signing up twice with one email is refused with a message", async ({ page, browser }) => {
    const teacher = await signUpTeacher(page);
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto("/signup");
    await second.getByLabel("Your name").fill("Someone Else");
    await second.getByLabel("School email").fill(teacher.email);
    await second.getByLabel("Password").fill("another password");
    await second.getByRole("button", { name: "Create teacher account" }).click();
    await expect(second.getByText("An account with this email already exists")).toBeVisible();
    await expect(second).toHaveURL(/\/signup/);
    await other.close();
  });

  test("sign-up checks its fields and keeps what was typed", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Ms. Short");
    await page.getByLabel("School email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create teacher account" }).click();
    await expect(page.getByText("Enter an email address")).toBeVisible();
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Ms. Short");
    await expect(page.getByLabel("School email")).toHaveAttribute("aria-invalid", "true");
  });

  test("a signed-out visit to a teacher page lands on sign-in and returns there after", async ({ page }) => {
    await page.goto("/teacher?tab=classes");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await expect(page.getByText("Sign in to continue where you were going.")).toBeVisible();
    await page.getByLabel("Email or username").fill(DEMO_TEACHER.email);
    await page.getByLabel("Password").fill(DEMO_TEACHER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/teacher\?tab=classes$/);
  });

  test("a student account cannot open teacher pages", async ({ page }) => {
    await signIn(page, "ava", "quorum-student");
    await expect(page).toHaveURL(/\/student$/);
    await page.goto("/teacher");
    await expect(page).toHaveURL(/\/student$/);
  });

  test("an off-site callback URL is ignored", async ({ page }) => {
    await page.goto("/signin?callbackUrl=https://evil.example/steal");
    await page.getByLabel("Email or username").fill(DEMO_TEACHER.email);
    await page.getByLabel("Password").fill(DEMO_TEACHER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/teacher$/);
  });
});

test.describe("first pages", () => {
  test("the landing page shows the three ways in", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "I’m a teacher" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "I’m a student" })).toBeVisible();
    await expect(page.getByLabel("Class code")).toBeVisible();
    await expect(page.getByRole("link", { name: "Browse practice quizzes" })).toBeVisible();
    // What a question looks like: the question, its choices with the right one marked in words, and its evidence.
    const example = page.getByTestId("example-question");
    await expect(example.getByRole("heading", { name: "What a question looks like" })).toBeVisible();
    await expect(example.getByRole("listitem")).toHaveCount(4);
    await expect(example.getByRole("listitem").filter({ hasText: "✓ Correct answer" })).toHaveCount(1);
    await expect(example.locator("mark")).toHaveText(/^All legislative Powers herein granted shall be vested in a Congress/);
  });

  test("a new teacher's empty pages say what to do next", async ({ page }) => {
    await signUpTeacher(page);
    const classes = page.getByTestId("empty-state");
    await expect(classes.getByRole("heading", { name: "No classes yet" })).toBeVisible();
    await classes.getByRole("link", { name: "Create your first class" }).click();
    await expect(page).toHaveURL(/#new-class$/);
    await page.goto("/teacher/sets");
    const sets = page.getByTestId("empty-state");
    await expect(sets.getByRole("heading", { name: "No question sets yet" })).toBeVisible();
    await expectNoAxeViolations(page);
    await sets.getByRole("link", { name: "Make a quiz from an article" }).click();
    await expect(page).toHaveURL(/\/teacher\/articles$/);
  });

  test("an unknown address shows a helpful 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const path of ["/", "/signin", "/signup"]) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test("the dashboards have no axe violations", async ({ page }) => {
    await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
    await expect(page).toHaveURL(/\/teacher$/);
    await expectNoAxeViolations(page);
    await signOut(page);
    await signIn(page, "ben", "quorum-student");
    await expect(page).toHaveURL(/\/student$/);
    await expectNoAxeViolations(page);
  });

  test("pages fit a 360-px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/signin", "/signup"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });
});
