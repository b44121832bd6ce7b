import { expect, test } from "@playwright/test";
import { DEMO_TEACHER, expectNoAxeViolations, signIn, testDb, unique } from "./helpers";
import { DEMO_QUIZ } from "./student-helpers";

test("the demo teacher's closed assignment shows item analysis at once: hardest questions, sortable, a bar per option", async ({ page }) => {
  // Two axe scans on a long server-rendered page: slow on a busy two-core machine.
  test.slow();
  const db = testDb();
  const closed = await db.assignment.findFirstOrThrow({
    where: { set: { title: DEMO_QUIZ }, class: { joinCode: "DEMO24" }, dueAt: { lte: new Date() } },
    select: { id: true, classId: true, attempts: { select: { score: true, maxScore: true, responses: { select: { questionId: true, correct: true } } } } },
  });
  const questions = await db.question.findMany({ where: { set: { title: DEMO_QUIZ, assignments: { some: { id: closed.id } } } }, orderBy: { position: "asc" }, select: { id: true } });
  await db.$disconnect();
  // What the sample data's attempts say, computed here from the rows: the percent correct per question.
  const right = questions.map((q) => closed.attempts.filter((a) => a.responses.some((r) => r.questionId === q.id && r.correct)).length);
  const n = closed.attempts.length;
  expect(n).toBe(3);
  const hardestNumber = right.indexOf(Math.min(...right)) + 1;
  const easiestNumber = right.indexOf(Math.max(...right)) + 1;

  await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
  await expect(page).toHaveURL(/\/teacher$/);
  await page.goto(`/teacher/classes/${closed.classId}/assignments/${closed.id}`);
  await expect(page.getByTestId("stat-submitted")).toHaveText("3");

  // The score chart has a row per band someone is in, not ten rows of mostly zeros.
  const bands = new Set(closed.attempts.map((a) => Math.min(9, Math.floor((100 * a.score!) / a.maxScore! / 10))));
  await expect(page.getByTestId("score-distribution").locator("tbody tr")).toHaveCount(bands.size);
  await expect(page.getByTestId("score-distribution")).toContainText("bands with no one in them are left out");

  // "Hardest questions" at the top, with the wrong answer most chose, in words.
  const hardest = page.getByTestId("hardest");
  await expect(hardest.getByRole("listitem").first()).toContainText(`Question ${hardestNumber}`);
  await expect(hardest.getByRole("listitem").first()).toContainText(`${Math.round((100 * right[hardestNumber - 1]) / n)}% correct`);
  await expect(hardest.getByRole("listitem").first()).toContainText(/Most common wrong answer: “.+” \(\d of 3\)/);

  // The discrimination index is explained on the page, and each question says what its value means.
  await expect(page.locator("#discrimination-note")).toContainText("does this question tell the students who know the material from those who do not?");
  await expect(page.getByTestId("discrimination-words").first()).toHaveText(/tells stronger|does not tell|check the answer key|not enough data/);

  // Sorting by difficulty, by keyboard: the header says how the column is sorted, and the cards follow.
  const table = page.getByRole("region", { name: "Questions at a glance" });
  const correctHeader = table.getByRole("columnheader", { name: /Correct/ });
  await expect(correctHeader).toHaveAttribute("aria-sort", "none");
  await expect(table.getByRole("columnheader", { name: /No\./ })).toHaveAttribute("aria-sort", "ascending");
  await correctHeader.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(correctHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("item-sort")).toHaveText("hardest first (fewest correct)");
  await expect(page.getByTestId("item-row").first().locator("td").first()).toHaveText(String(hardestNumber));
  const cards = page.locator("ol > li[id^=item-]");
  await expect(cards.first().getByRole("heading")).toHaveText(new RegExp(`^Question ${hardestNumber} ·`));
  await page.keyboard.press("Space");
  await expect(correctHeader).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("item-row").first().locator("td").first()).toHaveText(String(easiestNumber));

  // A bar per option with its count as text: the options' counts add up to the students who answered.
  const card = page.locator(`#item-${hardestNumber}`);
  await expect(card.getByTestId("popular-wrong")).toContainText("Most common wrong answer");
  const counts = await card.getByTestId("option-count").allInnerTexts();
  const chosen = counts.map((t) => Number(t.match(/^(\d+) of 3/)![1])).reduce((a, b) => a + b, 0);
  expect(chosen).toBe(3);
  await expect(card.getByText("✓ Correct answer")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an assignment nobody has submitted says so instead of showing empty charts", async ({ page }) => {
  test.slow();
  const db = testDb();
  // A class of its own: other tests submit to the demo class's open assignment while this one runs.
  const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email }, select: { id: true } });
  const set = await db.questionSet.findFirstOrThrow({ where: { title: DEMO_QUIZ, ownerId: teacher.id }, select: { id: true } });
  const code = unique("E").replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(-10);
  const open = await db.assignment.create({
    data: { set: { connect: { id: set.id } }, class: { create: { name: `Class ${code}`, joinCode: code, teacherId: teacher.id } }, opensAt: new Date(), dueAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000) },
    select: { id: true, classId: true },
  });
  await db.$disconnect();
  await signIn(page, DEMO_TEACHER.email, DEMO_TEACHER.password);
  await expect(page).toHaveURL(/\/teacher$/);
  await page.goto(`/teacher/classes/${open.classId}/assignments/${open.id}`);
  await expect(page.getByTestId("no-scores")).toContainText("No scores yet.");
  await expect(page.getByTestId("hardest")).toContainText("No one has submitted yet.");
  await expectNoAxeViolations(page);
});
