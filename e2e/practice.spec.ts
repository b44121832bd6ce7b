import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, testDb } from "./helpers";
import { DEMO_QUIZ, joinAsNewStudent, noHorizontalScroll } from "./student-helpers";

/** The sample data's second published set: never assigned, so open to practice (the demo quiz is an assignment). */
const PRACTICE_SET = "The Constitution: Preamble and Article I (Congress)";

async function answerKey(title = PRACTICE_SET) {
  const db = testDb();
  const set = await db.questionSet.findFirstOrThrow({ where: { title, status: "PUBLISHED" }, select: { id: true, questions: { select: { prompt: true, answer: true } } } });
  await db.$disconnect();
  return { setId: set.id, count: set.questions.length, answers: new Map(set.questions.map((q) => [q.prompt, q.answer])) };
}

async function currentPrompt(page: Page) {
  return (await page.locator("legend").innerText()).trim();
}

test.describe("self-study practice", () => {
  test("on a 360-px phone the right/wrong marks wrap under a choice instead of squeezing its text", async ({ page }) => {
    // Found by an exploratory test: "✓ Your answer, correct" beside "House of Representatives" left the choice's
    // text 12 px wide, one letter a line.
    const key = await answerKey();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto("/practice");
    await page.getByRole("link", { name: PRACTICE_SET }).click();
    for (let n = 1; n <= 4; n++) {
      await expect(page.getByRole("heading", { name: `Question ${n} of ${key.count}` })).toBeVisible();
      const answer = key.answers.get(await currentPrompt(page))!;
      // Odd questions right (one mark, "Your answer, correct"), even ones wrong (two marks).
      if (n % 2) await page.getByRole("radio", { name: answer, exact: true }).check();
      else {
        const values = await page.getByRole("radio").evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
        await page.getByRole("radio").nth(values.findIndex((v) => v !== answer)).check();
      }
      await page.getByRole("button", { name: "Check answer" }).click();
      const marked = page.locator("label[data-mark]");
      await expect(marked).toHaveCount(n % 2 ? 1 : 2);
      for (const label of await marked.all()) {
        const text = await label.locator("[data-choice-text]").boundingBox();
        expect(text!.width, `the text of "${await label.innerText()}"`).toBeGreaterThan(120);
        await expect(label.getByText(/Your answer|Correct answer/)).toBeVisible();
      }
      await noHorizontalScroll(page);
      await page.getByRole("button", { name: /Next question|See summary/ }).click();
    }
  });

  test("a visitor practises a set, sees feedback, then practises the ones missed until all are right", async ({ page }) => {
    // Twenty questions plus the rounds of missed ones: longer than the default minute on a busy CI machine.
    test.slow();
    const key = await answerKey();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/practice");
    await expectNoAxeViolations(page);
    await noHorizontalScroll(page);
    await page.getByRole("link", { name: PRACTICE_SET }).click();
    const total = key.count;
    await expect(page.getByRole("heading", { name: `Question 1 of ${total}` })).toBeVisible();
    await expectNoAxeViolations(page);

    // Round 1: get the first question right and the second wrong on purpose, then the rest by first choice.
    for (let n = 1; n <= total; n++) {
      await expect(page.getByRole("heading", { name: `Question ${n} of ${total}` })).toBeVisible();
      const answer = key.answers.get(await currentPrompt(page))!;
      if (n === 1) await page.getByRole("radio", { name: answer, exact: true }).check();
      else if (n === 2) {
        const values = await page.getByRole("radio").evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value));
        await page.getByRole("radio").nth(values.findIndex((v) => v !== answer)).check();
      }
      else await page.getByRole("radio").first().check();
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByText(/^✓ Correct$|^✗ Not quite/)).toBeVisible();
      if (n === 1) {
        await expect(page.getByText(/^✓ Correct$/)).toBeVisible();
        await expect(page.locator("mark")).toBeVisible();
        await expectNoAxeViolations(page);
        await noHorizontalScroll(page);
      }
      if (n === 2) await expect(page.getByText("Not quite. The answer is:")).toBeVisible();
      if (n === 3) {
        // A visitor's progress is kept in the browser: a reload goes on to the next question.
        await page.reload();
        await expect(page.getByRole("heading", { name: `Question 4 of ${total}` })).toBeVisible();
        n = 3;
        continue;
      }
      await page.getByRole("button", { name: /Next question|See summary/ }).click();
    }
    await expect(page.getByText(new RegExp(`You got \\d+ of ${total} right`))).toBeVisible();
    await expectNoAxeViolations(page);

    // Rounds of the missed questions, answered right, until everything is right.
    for (let round = 0; round < 3; round++) {
      const missedButton = page.getByRole("button", { name: /Practise the \d+ I missed/ });
      if (!(await missedButton.isVisible())) break;
      const count = Number((await missedButton.innerText()).match(/\d+/)![0]);
      await missedButton.click();
      for (let n = 1; n <= count; n++) {
        await expect(page.getByRole("heading", { name: `Question ${n} of ${count}` })).toBeVisible();
        await page.getByRole("radio", { name: key.answers.get(await currentPrompt(page))!, exact: true }).check();
        await page.getByRole("button", { name: "Check answer" }).click();
        await expect(page.getByText(/^✓ Correct$/)).toBeVisible();
        await page.getByRole("button", { name: /Next question|See summary/ }).click();
      }
    }
    await expect(page.getByRole("heading", { name: "All right!" })).toBeVisible();
    await page.getByRole("button", { name: "Start over" }).click();
    await expect(page.getByRole("heading", { name: `Question 1 of ${total}` })).toBeVisible();
  });

  test("a visitor cannot practise (or read the key of) a set that a class has as an open assignment", async ({ page, request }) => {
    // Two axe runs and twenty requests: more than a minute on a busy machine.
    test.slow();
    const key = await answerKey(DEMO_QUIZ);
    await page.goto("/practice");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: DEMO_QUIZ }) });
    // Other tests running beside this one may assign the demo quiz with no due date: then it "stays closed".
    await expect(card.getByTestId("practice-closed")).toContainText(/Closed for now: a class is taking it as an assignment\. (?:Practice opens again \w{3}, |.*stays closed)/);
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PRACTICE_SET }) }).getByTestId("practice-closed")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`/practice/${key.setId}`);
    await expect(page.getByText("A class is taking this quiz as an assignment.")).toBeVisible();
    await expect(page.getByText(/Practice opens again|Practice stays closed while it is assigned/)).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The endpoint that leaked the key: every question answers 409 with no key in it.
    const db = testDb();
    const questions = await db.question.findMany({ where: { setId: key.setId }, select: { id: true, answer: true, choices: true } });
    await db.$disconnect();
    for (const q of questions) {
      const wrong = (JSON.parse(q.choices) as string[]).find((c) => c !== q.answer) ?? "x";
      const response = await request.post(`/api/practice/${key.setId}/answers`, { data: { questionId: q.id, answer: wrong, round: [q.id], currentIndex: 0 } });
      expect(response.status()).toBe(409);
      const body = await response.text();
      expect(body).not.toContain(`"answer"`);
      expect(body).not.toContain("feedback");
    }
  });

  test("a student whose class has the set open as an assignment cannot practise it yet", async ({ page }) => {
    await joinAsNewStudent(page);
    const key = await answerKey(DEMO_QUIZ);
    await page.goto(`/practice/${key.setId}`);
    await expect(page.getByText(/This quiz is assigned to you in Civics, Period 3/)).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("a signed-in student's practice is kept on the server and never counts as a class attempt", async ({ page }) => {
    const setup = testDb();
    const teacher = await setup.user.findUniqueOrThrow({ where: { email: "teacher@quorum.test" }, select: { id: true } });
    const code = `P${Date.now().toString(36)}`.toUpperCase().slice(0, 8);
    await setup.class.create({ data: { name: "Practice club", joinCode: code, teacherId: teacher.id } });
    await setup.$disconnect();
    const student = await joinAsNewStudent(page, code);
    const key = await answerKey();
    await page.goto(`/practice/${key.setId}`);
    await expect(page.getByText("Your progress is saved to your account.")).toBeVisible();
    await page.getByRole("radio", { name: key.answers.get(await currentPrompt(page))!, exact: true }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(/^✓ Correct$/)).toBeVisible();

    const db = testDb();
    const attempts = await db.attempt.findMany({ where: { studentId: student.id }, select: { kind: true, assignmentId: true, _count: { select: { responses: true } } } });
    expect(attempts).toEqual([{ kind: "PRACTICE", assignmentId: null, _count: { responses: 1 } }]);
    await page.goto(`/practice/${key.setId}`);
    await expect(page.getByRole("heading", { name: `Question 2 of ${key.count}` })).toBeVisible();
    await db.$disconnect();
  });
});
