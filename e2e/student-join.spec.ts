import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_TEACHER, expectNoAxeViolations, signIn, testDb, unique } from "./helpers";
import { classWithAssignment, DEMO_QUIZ, joinAsNewStudent, noHorizontalScroll, quizReady, saveStatus, DEMO_COUNT } from "./student-helpers";

test.describe("joining a class and taking the seed quiz", () => {
  test("a new student on a phone joins DEMO24, takes the sample quiz and sees results with evidence", async ({ page }) => {
    // Twenty questions and six axe scans: longer than the default minute on a busy CI machine.
    test.slow();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/join?code=demo-24");
    await expect(page.getByRole("heading", { name: "Join Civics, Period 3" })).toBeVisible();
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);

    const student = await joinAsNewStudent(page);
    await expect(page.getByText("You joined Civics, Period 3.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Civics, Period 3" })).toBeVisible();
    await expect(page.getByText("Not started")).toBeVisible();
    // Last week's run closed before this student joined: not theirs to take, so not "Overdue" (found by an
    // exploratory test), and its page says so.
    await expect(page.getByText("Closed before you joined")).toBeVisible();
    await expect(page.getByText("Overdue")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);
    await page.getByRole("link", { name: DEMO_QUIZ }).nth(1).click();
    await expect(page.getByText("This quiz closed before you joined the class, so there is nothing to do here.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start quiz" })).toHaveCount(0);
    await page.goBack();

    // The demo class also lists last week's closed run of the same quiz, after the open one.
    await page.getByRole("link", { name: DEMO_QUIZ }).first().click();
    await expect(page.getByText("0 of 2 used")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByRole("heading", { name: `Question 1 of ${DEMO_COUNT}` })).toBeVisible();
    await quizReady(page);
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);

    const db = testDb();
    const attempt = await db.attempt.findFirstOrThrow({ where: { studentId: student.id }, select: { id: true } });

    // Question 1 by keyboard ("1" picks the first choice), question 2 by click and flagged, 3 skipped.
    await page.keyboard.press("1");
    await expect(page.getByRole("radio").first()).toBeChecked();
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("heading", { name: `Question 2 of ${DEMO_COUNT}` })).toBeVisible();
    await page.getByRole("radio").nth(1).check();
    await page.getByRole("button", { name: "Flag for review" }).click();
    await expect(page.getByRole("button", { name: "Flagged for review" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: /^Next/ }).click();
    await expect(page.getByRole("heading", { name: `Question 3 of ${DEMO_COUNT}` })).toBeVisible();
    await page.getByRole("button", { name: /^Previous/ }).click();
    await expect(page.getByRole("heading", { name: `Question 2 of ${DEMO_COUNT}` })).toBeVisible();
    await expect(page.getByRole("radio").nth(1)).toBeChecked();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    for (let n = 4; n <= DEMO_COUNT; n++) {
      await expect(page.getByRole("heading", { name: `Question ${n} of ${DEMO_COUNT}` })).toBeVisible();
      await page.keyboard.press("A");
      await page.keyboard.press("ArrowRight");
    }
    await expect(page.getByRole("heading", { name: "Review before submitting" })).toBeVisible();
    await expect(page.getByText(`${DEMO_COUNT - 1} of ${DEMO_COUNT} questions answered. 1 not answered yet.`)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Not answered (1)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Flagged for review (1)" })).toBeVisible();
    await expect(await saveStatus(page)).toHaveText(/Saved/);
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);

    const saved = await db.response.findMany({ where: { attemptId: attempt.id }, select: { correct: true } });
    expect(saved).toHaveLength(DEMO_COUNT - 1);

    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(new RegExp(`/student/attempts/${attempt.id}/results$`));
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { score: true, maxScore: true, submittedAt: true } });
    expect(stored.submittedAt).not.toBeNull();
    expect(stored.score).toBe(saved.filter((r) => r.correct).length);
    await expect(page.getByTestId("score")).toContainText(`${stored.score} / ${DEMO_COUNT}`);
    // The demo assignment allows a retake, so the answers wait until none is left (or the due date).
    await expect(page.getByTestId("answers-later")).toBeVisible();
    await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Retake quiz" })).toBeVisible();
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);

    await page.getByRole("link", { name: "Back to your classes" }).click();
    await expect(page.getByText("Submitted")).toBeVisible();
    await expect(page.getByText(`${stored.score} / ${DEMO_COUNT}`)).toBeVisible();
    await db.$disconnect();
  });

  test("a wrong code and an archived class get clear messages and create nothing", async ({ page }) => {
    await page.goto("/join?code=NOPE99");
    await expect(page.getByText("No class has that code")).toBeVisible();
    await expect(page.getByLabel("Class code")).toHaveValue("NOPE99");
    await expectNoAxeViolations(page);

    const db = testDb();
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email }, select: { id: true } });
    const code = `AR${Date.now().toString(36).toUpperCase().slice(-6)}`;
    const klass = await db.class.create({ data: { name: "Old class", joinCode: code, teacherId: teacher.id }, select: { id: true } });
    await page.getByLabel("Class code").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { name: "Join Old class" })).toBeVisible();

    // The teacher archives the class while the student is filling in the form.
    await db.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    const username = unique("late").toLowerCase();
    await page.getByLabel("Your name").fill("Late Joiner");
    await page.getByLabel("Choose a username").fill(username);
    await page.getByLabel("Choose a password").fill("a fine password");
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page.getByText("archived by its teacher")).toBeVisible();
    expect(await db.user.count({ where: { username } })).toBe(0);
    expect(await db.enrolment.count({ where: { classId: klass.id } })).toBe(0);

    await page.goto(`/join?code=${code}`);
    await expect(page.getByText("archived by its teacher")).toBeVisible();
    await db.$disconnect();
  });

  test("bug 5: a taken username is announced, focus goes to it, and nothing typed is lost", async ({ page }) => {
    await page.goto("/join?code=DEMO24");
    await page.getByLabel("Your name").fill("Second Ava");
    await page.getByLabel("Choose a username").fill("ava");
    await page.getByLabel("Choose a password").fill("typed with care 42");
    await page.getByRole("button", { name: "Create account and join" }).click();
    const username = page.getByLabel("Choose a username");
    await expect(page.getByText("That username is taken")).toBeVisible();
    // Focus on the field reads its label and its error (aria-describedby) to a screen reader.
    await expect(username).toBeFocused();
    await expect(username).toHaveAttribute("aria-invalid", "true");
    await expect(username).toHaveAccessibleDescription(/That username is taken/);
    await expect(page.getByLabel("Choose a password")).toHaveValue("typed with care 42");
    await expect(page.getByLabel("Your name")).toHaveValue("Second Ava");
    await expectNoAxeViolations(page);

    // A form-wide error (wrong password for an existing account) is announced as an alert and keeps the username.
    await page.getByLabel("Username", { exact: true }).fill("ava");
    await page.getByLabel("Password", { exact: true }).fill("not her password");
    await page.getByRole("button", { name: "Sign in and join" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "do not match a student account" });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page.getByLabel("Username", { exact: true })).toHaveValue("ava");
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("not her password");
  });

  test("a student joins a second class, and joining twice is harmless", async ({ page }) => {
    const student = await joinAsNewStudent(page);
    const db = testDb();
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email }, select: { id: true } });
    const code = `J${Date.now().toString(36).toUpperCase().slice(-5)}`;
    const klass = await db.class.create({ data: { name: `Period ${code}`, joinCode: code, teacherId: teacher.id }, select: { id: true } });
    for (let i = 0; i < 2; i++) {
      await page.goto(`/join?code=${code}`);
      await page.getByRole("button", { name: `Join Period ${code}` }).click();
      await expect(page).toHaveURL(/\/student\?joined=/);
      await expect(page.getByText(`You joined Period ${code}.`)).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Civics, Period 3" })).toBeVisible();
    await expect(page.getByRole("heading", { name: `Period ${code}` })).toBeVisible();
    expect(await db.enrolment.count({ where: { classId: klass.id, studentId: student.id } })).toBe(1);
    await db.$disconnect();
  });

  test("an existing student signs in on the join page; a teacher is told they cannot join", async ({ page, browser }) => {
    const student = await joinAsNewStudent(page);
    const { code, className } = await classWithAssignment(student.id);
    const db = testDb();
    await db.enrolment.deleteMany({ where: { studentId: student.id, class: { joinCode: code } } });

    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(`/join?code=${code}`);
    await second.getByLabel("Username", { exact: true }).fill(student.username);
    await second.getByLabel("Password", { exact: true }).fill("wrong password");
    await second.getByRole("button", { name: "Sign in and join" }).click();
    await expect(second.getByText("do not match a student account")).toBeVisible();
    await second.getByLabel("Password", { exact: true }).fill(student.password);
    await second.getByRole("button", { name: "Sign in and join" }).click();
    await expect(second.getByText(`You joined ${className}.`)).toBeVisible();
    await other.close();

    const teacherContext = await browser.newContext();
    const teacherPage = await teacherContext.newPage();
    await signIn(teacherPage, DEMO_TEACHER.email, DEMO_TEACHER.password);
    await expect(teacherPage).toHaveURL(/\/teacher/);
    await teacherPage.goto("/join?code=DEMO24");
    await expect(teacherPage.getByText("Teacher accounts cannot join a class")).toBeVisible();
    await teacherContext.close();
    await db.$disconnect();
  });

  test("a student with a temporary password must choose a new one before anything else", async ({ page }) => {
    const db = testDb();
    const username = unique("tmp").toLowerCase();
    await db.user.create({
      data: { role: "STUDENT", displayName: "Temp", username, passwordHash: await hashPassword("temporary-123"), mustChangePassword: true },
    });
    await signIn(page, username, "temporary-123");
    await expect(page).toHaveURL(/\/student\/password$/);
    await expect(page.getByText("Your teacher gave you a temporary password")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("New password").fill("mine-and-only-mine");
    await page.getByLabel("Type it again").fill("not the same");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("The two passwords do not match.")).toBeVisible();
    await page.getByLabel("New password").fill("mine-and-only-mine");
    await page.getByLabel("Type it again").fill("mine-and-only-mine");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("Your new password is saved.")).toBeVisible();
    await page.goto("/student");
    await expect(page).toHaveURL(/\/student$/);
    expect(await db.user.findUniqueOrThrow({ where: { username }, select: { mustChangePassword: true } })).toEqual({ mustChangePassword: false });
    await db.$disconnect();
  });
});
