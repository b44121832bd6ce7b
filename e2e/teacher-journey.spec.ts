import { DEMO_COUNT } from "./student-helpers";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { ENGINE_VERSION } from "@/lib/questions";
import { DEMO_TEACHER, expectNoAxeViolations, signIn, signUpTeacher, testDb } from "./helpers";
import { addArticleByPaste, createClassThroughUi, expectNoHorizontalScroll, studentJoinsAndSubmits } from "./teacher-helpers";

const MUNICH = fs.readFileSync("lib/questions/fixtures/02-vp-harris-munich-security-conference-2024.txt", "utf8");

test("a new teacher turns an article into a quiz, assigns it and watches results arrive", async ({ page, browser }) => {
  test.setTimeout(300_000);
  await signUpTeacher(page, "Ms. Novak");
  await expectNoAxeViolations(page);

  const classId = await createClassThroughUi(page, "Civics 101");
  const joinLink = page.getByLabel("Join link for students");
  await expect(joinLink).toHaveValue(/\/join\?code=[A-Z2-9]{6}$/);
  const joinUrl = await joinLink.inputValue();
  await expectNoAxeViolations(page);

  // The library starts with the sample article; the teacher adds a new one.
  await page.goto("/teacher/articles");
  await expect(page.getByRole("link", { name: /Blinken and Xi/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await addArticleByPaste(page, "Harris at the Munich Security Conference", MUNICH);
  await expect(page.getByRole("heading", { level: 1, name: "Harris at the Munich Security Conference" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Generate a question set" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  const setUrl = page.url();
  await expect(page.getByRole("heading", { name: "Questions in this set" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();

  // Edit the first generated question.
  const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Question 1 ·/ }) });
  await first.getByText("Edit question 1").click();
  await first.getByLabel("Question", { exact: true }).fill("Edited: what did the Vice President speak about in Munich?");
  await first.getByRole("button", { name: "Save question" }).click();
  await expect(first.getByText("Question saved.")).toBeVisible();
  await expect(first.getByRole("heading", { name: /^Question 1 · .* · Edited by you$/ })).toBeVisible();
  await expect(first.getByText("Edited: what did the Vice President speak about in Munich?").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A hand-written question: a validation error keeps what was typed; unsaved typing is never dropped silently.
  const write = page.getByRole("region", { name: "Write a question" });
  await write.getByLabel("Question", { exact: true }).fill("Which city hosted the conference?");
  await write.getByLabel("Choice 1", { exact: true }).fill("Munich");
  await write.getByLabel("Choice 2", { exact: true }).fill("munich");
  await write.getByRole("button", { name: "Add question" }).click();
  await expect(write.getByText("Each choice must be different.")).toBeVisible();
  await expect(write.getByLabel("Question", { exact: true })).toHaveValue("Which city hosted the conference?");
  await write.getByLabel("Choice 2", { exact: true }).fill("Berlin");
  await write.getByLabel("Choice 3", { exact: true }).fill("Paris");
  await write.getByRole("button", { name: "Add question" }).click();
  await expect(write.getByText("Question added at the end of the set.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /· Multiple choice · Written by you$/ })).toBeVisible();

  await write.getByLabel("Question", { exact: true }).fill("Unsaved draft");
  const warned = page.waitForEvent("dialog").then(async (dialog) => {
    expect(dialog.message()).toContain("unsaved changes");
    await dialog.dismiss();
  });
  await page.getByRole("link", { name: "Preview as a student" }).click();
  await warned;
  await expect(page).toHaveURL(setUrl);
  await expect(write.getByLabel("Question", { exact: true })).toHaveValue("Unsaved draft");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("link", { name: "Preview as a student" }).click();
  await expect(page).toHaveURL(/\/preview$/);
  await expect(page.getByText("Edited: what did the Vice President speak about in Munich?")).toBeVisible();
  await expect(page.getByText("correct answer")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(setUrl + "/assign");
  await expect(page.getByText("This set is published for self-study")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel("Civics 101").check();
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page).toHaveURL(new RegExp(`/teacher/classes/${classId}/assignments/[^/]+$`));
  const assignmentId = page.url().split("/").pop()!;
  await expect(page.getByText("0 of 0 submitted")).toBeVisible();
  await expectNoAxeViolations(page);

  // Results arrive while the page is open, without a reload.
  await page.evaluate(() => ((window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
  // Two students join with the link the teacher was shown, in browsers of their own, and submit.
  const setTitle = "Harris at the Munich Security Conference";
  const ava = await studentJoinsAndSubmits(browser, {
    joinUrl,
    setTitle,
    displayName: "Ava Martinez",
    answers: (q) => (q.position === 0 ? q.choices.find((c) => c !== q.answer)! : q.answer),
  });
  await studentJoinsAndSubmits(browser, {
    joinUrl,
    setTitle,
    displayName: "Ben Okafor",
    answers: (q) => (q.position === 0 ? q.choices.find((c) => c !== q.answer)! : q.position % 2 === 0 ? q.answer : null),
  });
  await expect(page.getByText("2 of 2 submitted")).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await expect(page.getByRole("rowheader", { name: /Ava Martinez/ })).toBeVisible();

  // Item analysis: both chose the same wrong answer to question 1, flagged with words, not only colour.
  const q1 = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Question 1 ·/ }) });
  await expect(q1.getByTestId("popular-wrong")).toContainText("Most common wrong answer");
  await expect(q1.getByText("0% correct")).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download scores (CSV)" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toMatch(/^Student,Username,Q1,Q2(?:,Q\d+)*,Total,Out of,Percent,Submitted at$/);
  const avaRow = lines.find((l) => l.startsWith("Ava Martinez,"))!;
  expect(avaRow.split(",")).toEqual(
    expect.arrayContaining([ava.username, String(ava.correct), String(ava.total)]),
  );
  expect(avaRow.split(",")[2]).toBe("0");
  expect(avaRow).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  const itemsDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download item analysis (CSV)" }).click();
  const items = fs.readFileSync(await (await itemsDownload).path(), "utf8");
  expect(items.slice(1).split("\r\n")[0]).toMatch(/^Position,Type,Prompt,Correct answer,Percent correct,Option 1,/);

  // The attempt detail and the student's page.
  await page.getByRole("link", { name: "View Ava Martinez’s attempt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Ava Martinez/ })).toBeVisible();
  await expect(page.getByText("✗ Wrong").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/teacher/classes/${classId}`);
  await page.getByRole("link", { name: "Ava Martinez" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ava Martinez" })).toBeVisible();
  await expect(page.getByRole("cell", { name: `${ava.correct}/${ava.total}`, exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  for (const path of ["/teacher/sets", `/teacher/classes/${classId}/code`]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }

  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/teacher", `/teacher/classes/${classId}`, `/teacher/classes/${classId}/assignments/${assignmentId}`]) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
});

test("assigning a set that is published for self-study warns that practice shows its answers", async ({ page }) => {
  const db = testDb();
  const set = await db.questionSet.findFirstOrThrow({ where: { owner: { email: DEMO_TEACHER.email }, status: "PUBLISHED" }, select: { id: true } });
  await db.$disconnect();
  await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
  await expect(page).toHaveURL(/\/teacher$/);
  await page.goto(`/teacher/sets/${set.id}/assign`);
  await expect(page.getByText("This set is published for self-study")).toBeVisible();
  await expect(page.getByText("nobody can practise it, signed in or not")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the editor reads the stored bank, offers to regenerate one made by an older engine, and regenerates only when asked", async ({ page }) => {
  test.setTimeout(300_000);
  await signUpTeacher(page, "Mr. Okafor");
  await page.goto("/teacher/articles");
  await page.getByRole("link", { name: /Blinken and Xi/ }).click();
  await page.getByRole("button", { name: "Generate a question set" }).click();
  // Making a set runs the engine once (a second or more on a busy two-core machine).
  await expect(page).toHaveURL(/\/teacher\/sets\/[^/]+$/, { timeout: 60_000 });
  const setId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
  await expect(page.getByText("A newer question engine is available")).toHaveCount(0);

  // Add from the stored bank.
  const bankQuestion = page.getByRole("listitem").filter({ has: page.getByText(/^Bank question 1 ·/) });
  const bankPrompt = (await bankQuestion.locator("p").nth(1).textContent())!;
  await bankQuestion.getByRole("button", { name: /Add to set/ }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Question ${DEMO_COUNT + 1} ·`) })).toBeVisible();
  await expect(page.getByRole("region", { name: "Questions in this set" }).getByText(bankPrompt, { exact: true }).first()).toBeVisible();

  // As if the set had been made by the previous engine: the editor says so and changes nothing by itself.
  const db = testDb();
  const previous = String(Number(ENGINE_VERSION) - 1);
  await db.questionSet.update({ where: { id: setId }, data: { bankEngineVersion: previous } });
  const before = await db.question.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true, prompt: true } });
  await page.reload();
  const notice = page.getByRole("status").filter({ hasText: "A newer question engine is available" });
  await expect(notice).toContainText(`made by version ${previous}`);
  await expect(notice).toContainText(`the current version is ${ENGINE_VERSION}`);
  await expectNoAxeViolations(page);
  await page.reload();
  expect(await db.question.findMany({ where: { setId }, orderBy: { position: "asc" }, select: { id: true, prompt: true } })).toEqual(before);
  expect((await db.questionSet.findUniqueOrThrow({ where: { id: setId } })).bankEngineVersion).toBe(previous);

  // Regenerating asks first; dismissing it keeps everything.
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Regenerate questions" }).click();
  await expect(notice).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Regenerate questions" }).click();
  // Regenerating runs the engine (a second or more on a busy two-core machine).
  await expect(page.getByText("New questions generated.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("A newer question engine is available")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: new RegExp(`^Question ${DEMO_COUNT + 1} ·`) })).toHaveCount(0);
  const set = await db.questionSet.findUniqueOrThrow({ where: { id: setId } });
  expect(set.bankEngineVersion).toBe(ENGINE_VERSION);
  expect(await db.question.count({ where: { setId, id: { in: before.map((q) => q.id) } } })).toBe(0);
  await db.$disconnect();
});
