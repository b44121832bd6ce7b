import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_TEACHER, expectNoAxeViolations, signIn, testDb, unique } from "./helpers";
import { DEMO_QUIZ } from "./student-helpers";

// Several sign-ins per test, each an argon2 verification: give them room on a busy machine.
test.describe.configure({ timeout: 180_000 });

// Issue 9, holes 1-4: the open redirect, the client-made session update, sessions that could not be revoked, and
// sign-in throttling. Requests from a made-up client address carry it in X-Forwarded-For (lib/auth/client-address.ts).

const PASSWORD = "a-student-password-1";

async function newStudent(opts: { mustChangePassword?: boolean } = {}) {
  const db = testDb();
  const username = unique("sec").toLowerCase();
  const user = await db.user.create({
    data: { role: "STUDENT", displayName: "Sec Student", username, passwordHash: await hashPassword(PASSWORD), mustChangePassword: opts.mustChangePassword ?? false },
    select: { id: true },
  });
  await db.$disconnect();
  return { id: user.id, username };
}

async function contextFrom(browser: Browser, address: string) {
  return browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
}

async function csrf(request: APIRequestContext) {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

test.describe("hole 1: sign-in sends nobody to another site", () => {
  const hostile = [
    "%2F%09%2Fevil.example",
    "%2F%09%5Cevil.example",
    "%2F%5Cevil.example",
    "%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example%2F",
    "%2F%0D%0ASet-Cookie%3A%20stolen%3D1",
    "%2F%0Aevil",
    "%2F%00",
  ];

  test("a signed-in visit to /signin with a hostile callbackUrl goes home, never off-site, never a 500", async ({ page }) => {
    await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
    await expect(page).toHaveURL(/\/teacher$/, { timeout: 30_000 });
    for (const callbackUrl of hostile) {
      const res = await page.request.get(`/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
      expect(res.status(), callbackUrl).toBe(307);
      expect(res.headers()["location"], callbackUrl).toBe("/teacher");
    }
    const ok = await page.request.get(`/signin?callbackUrl=${encodeURIComponent("/teacher/sets?x=1")}`, { maxRedirects: 0 });
    expect(ok.headers()["location"]).toBe("/teacher/sets?x=1");
  });

  test("signed out, hostile callbackUrls show the plain sign-in page", async ({ request }) => {
    for (const callbackUrl of hostile) {
      const res = await request.get(`/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
      expect(res.status(), callbackUrl).toBe(200);
      // The plain page: no "continue where you were going", no callbackUrl carried into the form.
      const html = await res.text();
      expect(html, callbackUrl).toContain("Welcome back to Quorum.");
      expect(html, callbackUrl).not.toContain('name="callbackUrl"');
    }
  });

  test("the sign-in form refuses a tampered callbackUrl and lands on this site", async ({ page }) => {
    await page.goto("/signin?callbackUrl=%2F%09%2Fevil.example");
    await expect(page.getByText("Welcome back to Quorum.")).toBeVisible();
    // Put the hostile value back into the form, as an attacker's page would post it.
    await page.evaluate(() => {
      const form = document.querySelector("form")!;
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = "callbackUrl";
      input.value = "/\t/evil.example";
      form.appendChild(input);
    });
    await page.getByLabel("Email or username").fill(DEMO_TEACHER.email);
    await page.getByLabel("Password").fill(DEMO_TEACHER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/teacher$/, { timeout: 30_000 });
  });

  test("Auth.js's own endpoint keeps a hostile callbackUrl on this site", async ({ request }) => {
    const student = await newStudent();
    const csrfToken = await csrf(request);
    const res = await request.post("/api/auth/callback/credentials", {
      form: { identifier: student.username, password: PASSWORD, csrfToken, callbackUrl: "/\t/evil.example" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(302);
    expect(new URL(res.headers()["location"]).pathname).toBe("/");
    expect(res.headers()["location"]).not.toContain("evil");
  });
});

/** Every JSON route with a request that reaches its session check (ids need not exist: the check comes first). */
function jsonRoutes(setId: string): { file: string; method: "GET" | "POST"; url: string; body?: unknown }[] {
  return [
    { file: "attempts/[attemptId]/answers", method: "POST", url: "/api/attempts/x/answers", body: { questionId: "q", answer: "a" } },
    { file: "attempts/[attemptId]/progress", method: "POST", url: "/api/attempts/x/progress", body: { currentIndex: 0, flagged: [] } },
    { file: "attempts/[attemptId]/submit", method: "POST", url: "/api/attempts/x/submit", body: {} },
    { file: "practice/[setId]/answers", method: "POST", url: `/api/practice/${setId}/answers`, body: { questionId: "q", answer: "a" } },
    { file: "practice/[setId]/round", method: "POST", url: `/api/practice/${setId}/round`, body: { round: [] } },
    { file: "teacher/assignments/[assignmentId]/items", method: "GET", url: "/api/teacher/assignments/x/items" },
    { file: "teacher/assignments/[assignmentId]/scores", method: "GET", url: "/api/teacher/assignments/x/scores" },
    { file: "teacher/assignments/[assignmentId]/version", method: "GET", url: "/api/teacher/assignments/x/version" },
  ];
}

function routeFilesOnDisk(dir = path.join(process.cwd(), "app", "api"), prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === "auth" && prefix === "" ? [] : routeFilesOnDisk(path.join(dir, entry.name), prefix + entry.name + "/");
    return entry.name === "route.ts" ? [prefix.replace(/\/$/, "")] : [];
  });
}

async function callRoute(request: APIRequestContext, route: ReturnType<typeof jsonRoutes>[number]) {
  return route.method === "GET" ? request.get(route.url, { maxRedirects: 0 }) : request.post(route.url, { data: route.body, maxRedirects: 0 });
}

test.describe("hole 2: the session comes from the database, and a temporary password holds everywhere", () => {
  test("POST /api/auth/session cannot clear the forced password change; every JSON route refuses until it is changed", async ({ page }) => {
    const db = testDb();
    const set = await db.questionSet.findFirstOrThrow({ where: { title: DEMO_QUIZ, status: "PUBLISHED" }, select: { id: true } });
    await db.$disconnect();
    const student = await newStudent({ mustChangePassword: true });
    await signIn(page, student.username, PASSWORD);
    await expect(page).toHaveURL(/\/student\/password$/, { timeout: 30_000 });

    // The probe's request: the CSRF token and the client's own idea of the session.
    const csrfToken = await csrf(page.request);
    const update = await page.request.post("/api/auth/session", { data: { csrfToken, data: { user: { mustChangePassword: false, role: "TEACHER" } } } });
    expect(update.status()).toBe(200);
    expect(((await update.json()) as { user: { mustChangePassword: boolean; role: string } }).user).toMatchObject({ mustChangePassword: true, role: "STUDENT" });
    await page.goto("/student");
    await expect(page).toHaveURL(/\/student\/password$/, { timeout: 30_000 });
    await page.goto(`/practice/${set.id}`);
    await expect(page).toHaveURL(/\/student\/password$/, { timeout: 30_000 });

    // The list below is every route file under app/api (except Auth.js's own): a new one must be added here.
    const routes = jsonRoutes(set.id);
    expect(routeFilesOnDisk().sort()).toEqual(routes.map((r) => r.file).sort());
    for (const route of routes) {
      const res = await callRoute(page.request, route);
      expect(res.status(), `${route.method} ${route.url}`).toBe(403);
    }
    const progress = await page.request.post("/api/attempts/x/progress", { data: { currentIndex: 0, flagged: [] } });
    expect(((await progress.json()) as { message: string }).message).toMatch(/Choose a new password first/);
  });
});

async function copyCookies(from: Page, browser: Browser) {
  const thief = await browser.newContext();
  await thief.addCookies(await from.context().cookies());
  return thief.newPage();
}

test.describe("hole 3: sessions can be revoked", () => {
  test("sign out everywhere ends a copied cookie; the page says so", async ({ page, browser }) => {
    const student = await newStudent();
    await signIn(page, student.username, PASSWORD);
    await expect(page).toHaveURL(/\/student$/, { timeout: 30_000 });
    const thief = await copyCookies(page, browser);
    await thief.goto("/student");
    await expect(thief).toHaveURL(/\/student$/, { timeout: 30_000 });

    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin\?signedOut=everywhere$/, { timeout: 30_000 });
    await expect(page.getByText("You are signed out on every device and browser.")).toBeVisible();

    // The copy is refused by the proxy, by pages and by JSON routes alike.
    await thief.goto("/student");
    await expect(thief).toHaveURL(/\/signin\?callbackUrl=%2Fstudent$/, { timeout: 30_000 });
    await thief.goto("/account");
    await expect(thief).toHaveURL(/\/signin$/, { timeout: 30_000 });
    const res = await thief.request.post("/api/attempts/x/progress", { data: { currentIndex: 0, flagged: [] } });
    expect(res.status()).toBe(401);
    await thief.context().close();
  });

  test("a password change keeps this device signed in and ends every other session", async ({ page, browser }) => {
    const student = await newStudent();
    await signIn(page, student.username, PASSWORD);
    await expect(page).toHaveURL(/\/student$/, { timeout: 30_000 });
    const thief = await copyCookies(page, browser);

    await page.goto("/student/password");
    await page.getByLabel("Current password").fill(PASSWORD);
    await page.getByLabel("New password").fill("an-entirely-new-one");
    await page.getByLabel("Type it again").fill("an-entirely-new-one");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("Your new password is saved.")).toBeVisible();
    await page.goto("/student");
    await expect(page).toHaveURL(/\/student$/, { timeout: 30_000 });

    await thief.goto("/student");
    await expect(thief).toHaveURL(/\/signin/, { timeout: 30_000 });
    await thief.context().close();
  });

  test("a teacher's temporary password ends the student's session", async ({ page, browser }) => {
    const student = await newStudent();
    const db = testDb();
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email }, select: { id: true } });
    const code = unique("K").replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(-10);
    const klass = await db.class.create({ data: { name: `Revoke ${code}`, joinCode: code, teacherId: teacher.id, enrolments: { create: { studentId: student.id } } } });
    await db.$disconnect();

    const studentContext = await browser.newContext();
    const studentPage = await studentContext.newPage();
    await signIn(studentPage, student.username, PASSWORD);
    await expect(studentPage).toHaveURL(/\/student$/, { timeout: 30_000 });

    await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
    await expect(page).toHaveURL(/\/teacher$/, { timeout: 30_000 });
    page.on("dialog", (dialog) => dialog.accept());
    await page.goto(`/teacher/classes/${klass.id}`);
    await page.getByRole("region", { name: "Students" }).getByRole("button", { name: "Temporary password for Sec Student" }).click();
    await expect(page.getByTestId("temporary-password")).toHaveText(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    await studentPage.goto("/student");
    await expect(studentPage).toHaveURL(/\/signin/, { timeout: 30_000 });
    await studentContext.close();
  });
});

test.describe("hole 4: one sign-in limiter, per account and address, in the database", () => {
  test("a stranger's guesses lock only the stranger; the real user signs in from their usual address", async ({ browser }) => {
    const student = await newStudent();
    const strangerContext = await contextFrom(browser, "203.0.113.41");
    const stranger = await strangerContext.newPage();
    for (let i = 0; i < 5; i++) {
      await signIn(stranger, student.username, `wrong-${i}`);
      await expect(stranger.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    }
    await signIn(stranger, student.username, PASSWORD);
    await expect(stranger.getByRole("alert").filter({ hasText: /Too many attempts\. Try again in 15 minutes\./ })).toBeVisible();
    await expect(stranger).toHaveURL(/\/signin/, { timeout: 30_000 });

    const homeContext = await contextFrom(browser, "198.51.100.41");
    const home = await homeContext.newPage();
    await signIn(home, student.username, PASSWORD);
    await expect(home).toHaveURL(/\/student$/, { timeout: 30_000 });
    await strangerContext.close();
    await homeContext.close();
  });

  test("guesses through Auth.js's endpoint and through the form are counted together (5, not 10)", async ({ browser }) => {
    const student = await newStudent();
    const context = await contextFrom(browser, "203.0.113.42");
    const page = await context.newPage();
    for (let i = 0; i < 3; i++) {
      const csrfToken = await csrf(page.request);
      const res = await page.request.post("/api/auth/callback/credentials", {
        form: { identifier: student.username, password: `endpoint-${i}`, csrfToken, callbackUrl: "/" },
        maxRedirects: 0,
      });
      expect(res.headers()["location"]).toContain("error=CredentialsSignin");
    }
    for (let i = 0; i < 2; i++) {
      await signIn(page, student.username, `form-${i}`);
      await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    }
    await signIn(page, student.username, PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "Too many attempts" })).toBeVisible();
    await context.close();
  });

  test("sign-up and join are limited per address with a clear message, and a refused request creates nothing", async ({ browser }) => {
    const address = "203.0.113.43";
    const db = testDb();
    const expiresAt = new Date(Date.now() + 9 * 60_000 + 30_000);
    for (const key of [`signup:addr:${address}`, `join:addr:${address}`]) {
      await db.rateLimit.upsert({ where: { key }, create: { key, points: 1000, expiresAt }, update: { points: 1000, expiresAt } });
    }
    const context = await contextFrom(browser, address);
    const page = await context.newPage();
    const email = `${unique("lim")}@school.test`;
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Limited");
    await page.getByLabel("School email").fill(email);
    await page.getByLabel("Password").fill("long enough password");
    await page.getByRole("button", { name: "Create teacher account" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many attempts. Try again in 10 minutes." })).toBeVisible();
    expect(await db.user.count({ where: { email } })).toBe(0);

    const username = unique("lim").toLowerCase();
    await page.goto("/join?code=DEMO24");
    await page.getByLabel("Your name").fill("Limited Student");
    await page.getByLabel("Choose a username").fill(username);
    await page.getByLabel("Choose a password").fill("long enough password");
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Too many attempts. Try again in 10 minutes." })).toBeVisible();
    expect(await db.user.count({ where: { username } })).toBe(0);
    await context.close();
    await db.$disconnect();
  });
});
