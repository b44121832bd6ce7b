import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signUpTeacher, testDb } from "./helpers";
import { createClassThroughUi } from "./teacher-helpers";

test("a teacher adds students in bulk, prints cards, resets a password, removes a student and manages the code", async ({ page }) => {
  test.setTimeout(120_000);
  page.on("dialog", (dialog) => dialog.accept());
  await signUpTeacher(page);
  const classId = await createClassThroughUi(page, "Period 4");

  await page.getByLabel("Student names, one per line").fill("Zoë Ölberg\n\nSam Lee\nsam lee\nSam Long\n");
  await page.getByRole("button", { name: "Add students" }).click();
  const cards = page.getByRole("region", { name: "Login cards" });
  await expect(cards.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText("Skipped repeated name: sam lee")).toBeVisible();
  await expect(cards).toContainText("zoe.o");
  await expect(cards).toContainText(/sam\.l\d?/);
  await expect(cards).toContainText(/[a-z2-9]{5}-[a-z2-9]{5}/);
  await expectNoAxeViolations(page);

  await page.reload();
  const roster = page.getByRole("region", { name: "Students" });
  await expect(roster.getByRole("listitem")).toHaveCount(3);
  await roster.getByRole("button", { name: "Temporary password for Sam Lee" }).click();
  const temporary = await page.getByTestId("temporary-password").textContent();
  expect(temporary).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  const db = testDb();
  const sam = await db.user.findFirstOrThrow({ where: { displayName: "Sam Lee", enrolments: { some: { classId } } } });
  expect(sam.mustChangePassword).toBe(true);

  await roster.getByRole("button", { name: "Remove Sam Long" }).click();
  await expect(roster.getByRole("listitem")).toHaveCount(2);
  expect(await db.user.count({ where: { displayName: "Sam Long" } })).toBe(1);

  const oldCode = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  await page.getByRole("button", { name: "New join code" }).click();
  await expect(page.getByText(/New join code: [A-Z2-9]{6}\. The old code no longer works\./)).toBeVisible();
  const newCode = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  expect(newCode).not.toBe(oldCode);
  await expect(page.getByLabel("Join link for students")).toHaveValue(new RegExp(`/join\\?code=${newCode}$`));

  await page.getByRole("button", { name: "Copy join link" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Copied|Could not copy/ })).toBeVisible();

  await page.getByRole("button", { name: "Archive class" }).click();
  await expect(page.getByText("This class is archived")).toBeVisible();
  expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).archivedAt).not.toBeNull();
  await page.goto("/teacher");
  await expect(page.getByRole("heading", { name: "Archived classes" })).toBeVisible();
  await page.goto(`/teacher/classes/${classId}`);
  await page.getByRole("button", { name: "Restore class" }).click();
  await expect(page.getByText("Class restored.")).toBeVisible();
  await db.$disconnect();
});
