import { expect, test } from "@playwright/test";
import { oneQuestionAssignment, signUpTeacher, testDb } from "./helpers";
import { createClassThroughUi, studentJoinsAndSubmits } from "./teacher-helpers";

test("a second teacher is refused everything of the first", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // Teacher A's class through the UI, the rest straight into the database (the journey spec covers the UI).
  const a = await signUpTeacher(page, "Teacher A");
  const classId = await createClassThroughUi(page, "A's class");
  const db = testDb();
  const teacherA = await db.user.findUniqueOrThrow({ where: { email: a.email } });
  const { article, set, assignment } = await oneQuestionAssignment(db, {
    ownerId: teacherA.id,
    classId,
    article: { title: "A's article", text: "Private text. ".repeat(50), contentHash: `iso-${classId}` },
    title: "A's set",
    prompt: "A's question?",
  });
  const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: classId }, select: { joinCode: true } });
  const student = await studentJoinsAndSubmits(browser, { joinUrl: `/join?code=${joinCode}`, setTitle: "A's set", displayName: "A's student", answers: (q) => q.answer });
  const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id } });

  const other = await browser.newContext();
  const b = await other.newPage();
  await signUpTeacher(b, "Teacher B");
  const pages = [
    `/teacher/classes/${classId}`,
    `/teacher/classes/${classId}/code`,
    `/teacher/classes/${classId}/students/${student.id}`,
    `/teacher/classes/${classId}/assignments/${assignment.id}`,
    `/teacher/classes/${classId}/assignments/${assignment.id}/attempts/${attempt.id}`,
    `/teacher/articles/${article.id}`,
    `/teacher/sets/${set.id}`,
    `/teacher/sets/${set.id}/preview`,
    `/teacher/sets/${set.id}/assign`,
  ];
  for (const path of pages) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(b.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(b.getByText("A's")).toHaveCount(0);
  }
  for (const kind of ["scores", "items", "version"]) {
    const response = await b.request.get(`/api/teacher/assignments/${assignment.id}/${kind}`);
    expect(response.status(), kind).toBe(404);
  }
  // Signed out, the CSV route refuses too.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/api/teacher/assignments/${assignment.id}/scores`)).status()).toBe(401);
  await anonymous.close();

  // Replaying B's own rename action with A's class id changes nothing.
  const bClassId = await createClassThroughUi(b, "B's class");
  const rename = b.locator("form").filter({ has: b.getByRole("button", { name: "Rename class" }) });
  await rename.locator('input[name="classId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), classId);
  await rename.getByLabel("Class name").fill("Taken over by B");
  await rename.getByRole("button", { name: "Rename class" }).click();
  await expect(b.getByText("That class was not found.")).toBeVisible();
  expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).name).toBe("A's class");
  expect((await db.class.findUniqueOrThrow({ where: { id: bClassId } })).name).toBe("B's class");

  await b.goto(`/teacher/articles`);
  await b.getByRole("link", { name: /Blinken and Xi/ }).click();
  await b.getByRole("button", { name: "Generate a question set" }).click();
  await expect(b).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  const publish = b.locator("form").filter({ has: b.getByRole("button", { name: "Publish to self-study" }) });
  await publish.locator('input[name="setId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), set.id);
  await publish.getByRole("button", { name: "Publish to self-study" }).click();
  await expect(b.getByText("That question set was not found.")).toBeVisible();
  expect((await db.questionSet.findUniqueOrThrow({ where: { id: set.id } })).status).toBe("DRAFT");

  expect(await db.question.findFirstOrThrow({ where: { setId: set.id } })).toMatchObject({ prompt: "A's question?" });
  await db.$disconnect();
  await other.close();
});
