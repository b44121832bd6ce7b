import { expect, test } from "@playwright/test";
import { DEMO_STUDENT_PASSWORD, expectNoAxeViolations, signIn, testDb, unique } from "./helpers";
import { DEMO_QUIZ, joinAsNewStudent, openPracticeCopy } from "./student-helpers";

/**
 * A closed assignment of an unassigned published copy of the demo quiz, in a class of its own, and a submitted
 * attempt in which the student got question 2 wrong and left question 3 unanswered (the rest right).
 */
async function closedAttemptWithMisses(studentId: string) {
  const copy = await openPracticeCopy();
  const db = testDb();
  const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@quorum.test" }, select: { id: true } });
  const code = unique("M").replace(/[^A-Z0-9]/gi, "").toUpperCase().slice(-10);
  const day = 24 * 60 * 60 * 1000;
  const assignment = await db.assignment.create({
    data: {
      set: { connect: { id: copy.setId } },
      class: { create: { name: `Class ${code}`, joinCode: code, teacherId: teacher.id, enrolments: { create: { studentId } } } },
      opensAt: new Date(Date.now() - 3 * day),
      dueAt: new Date(Date.now() - day),
      feedback: "AFTER_SUBMIT",
    },
    select: { id: true },
  });
  const questions = await db.question.findMany({ where: { setId: copy.setId }, orderBy: { position: "asc" } });
  const startedAt = new Date(Date.now() - 2 * day);
  const responses = questions
    .filter((_, i) => i !== 2)
    .map((q, i) => {
      const wrong = (JSON.parse(q.choices) as string[]).find((c) => c !== q.answer)!;
      return { questionId: q.id, answer: i === 1 ? wrong : q.answer, correct: i !== 1 };
    });
  const attempt = await db.attempt.create({
    data: {
      kind: "ASSIGNMENT",
      studentId,
      setId: copy.setId,
      assignmentId: assignment.id,
      startedAt,
      submittedAt: new Date(startedAt.getTime() + 600_000),
      score: questions.length - 2,
      maxScore: questions.length,
      questionOrder: JSON.stringify(questions.map((q) => q.id)),
      responses: { createMany: { data: responses } },
    },
    select: { id: true },
  });
  await db.$disconnect();
  return { setId: copy.setId, attemptId: attempt.id, missed: [questions[1], questions[2]] };
}

test.describe("practising the questions missed in a graded attempt", () => {
  test("the results page starts a practice run of only the missed questions, with no key before each answer", async ({ page }) => {
    // Three axe scans and a few server-rendered pages: slow on a busy two-core machine.
    test.slow();
    const student = await joinAsNewStudent(page);
    const { setId, attemptId, missed } = await closedAttemptWithMisses(student.id);

    await page.goto(`/student/attempts/${attemptId}/results`);
    const start = page.getByRole("link", { name: "Practise the 2 I missed" });
    await expect(start).toBeVisible();
    await expectNoAxeViolations(page);
    await start.click();
    await expect(page).toHaveURL(new RegExp(`/practice/${setId}\\?missed=${attemptId}$`));
    await expect(page.getByTestId("missed-practice")).toContainText("The 2 questions you missed in attempt 1");

    // Before answering, the page as served holds neither question's explanation or evidence (the results page it
    // came from did, so read the practice page afresh rather than this tab's DOM).
    const html = await (await page.request.get(page.url())).text();
    expect(html).toContain(`name="q-${missed[0].id}"`);
    for (const q of missed) {
      expect(html).not.toContain(q.explanation);
      expect(html).not.toContain(q.evidence);
    }
    await expectNoAxeViolations(page);

    for (const [n, q] of missed.entries()) {
      await expect(page.getByRole("heading", { name: `Question ${n + 1} of 2` })).toBeVisible();
      await expect(page.locator("legend")).toHaveText(q.prompt);
      await page.getByRole("radio", { name: q.answer, exact: true }).check();
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByText(/^✓ Correct$/)).toBeVisible();
      await page.getByRole("button", { name: /Next question|See summary/ }).click();
    }
    await expect(page.getByText("You got 2 of 2 right.")).toBeVisible();

    // The practice never counts as a class attempt, and its round is the two missed questions.
    const db = testDb();
    const practice = await db.attempt.findFirstOrThrow({ where: { studentId: student.id, setId, kind: "PRACTICE" }, include: { responses: true } });
    expect(JSON.parse(practice.questionOrder)).toEqual(missed.map((q) => q.id));
    expect(practice.responses.map((r) => r.questionId).sort()).toEqual(missed.map((q) => q.id).sort());
    expect(await db.attempt.count({ where: { studentId: student.id, kind: "ASSIGNMENT" } })).toBe(1);

    // Someone else's attempt (a demo student's) is not found, even with the right set.
    const ava = await db.attempt.findFirstOrThrow({ where: { student: { username: "ava" }, kind: "ASSIGNMENT" }, select: { id: true, setId: true } });
    await db.$disconnect();
    const other = await page.goto(`/practice/${ava.setId}?missed=${ava.id}`);
    expect(other?.status()).toBe(404);
    const wrongSet = await page.goto(`/practice/${ava.setId}?missed=${attemptId}`);
    expect(wrongSet?.status()).toBe(404);
  });

  test("while the quiz is still an open assignment, the results page says practice is closed and when it opens", async ({ page }) => {
    test.slow();
    // Ava took last week's closed run of the sample quiz; this week's run of it is still open.
    await signIn(page, "ava", DEMO_STUDENT_PASSWORD);
    await expect(page).toHaveURL(/\/student$/);
    const db = testDb();
    const attempt = await db.attempt.findFirstOrThrow({ where: { student: { username: "ava" }, kind: "ASSIGNMENT", set: { title: DEMO_QUIZ } }, select: { id: true, setId: true } });
    // The sample data's misses are by position; how many fall inside the quiz depends on its size.
    const missed = await db.response.count({ where: { attemptId: attempt.id, correct: false } });
    await db.$disconnect();
    await page.getByRole("link", { name: "See your results" }).click();
    await expect(page).toHaveURL(new RegExp(`/student/attempts/${attempt.id}/results$`));
    const closed = page.getByTestId("practise-missed-closed");
    await expect(closed).toContainText(`Practising the ${missed} you missed is closed while Civics, Period 3 still has this quiz as an open assignment`);
    // Other tests running beside this one may assign the sample quiz with no due date: then it "stays closed".
    await expect(closed).toContainText(/Practice opens again \w{3}, |Practice stays closed while it is assigned/);
    await expect(page.getByRole("link", { name: /Practise the \d+ I missed/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The practice page itself stays closed: no question, no key.
    await page.goto(`/practice/${attempt.setId}?missed=${attempt.id}`);
    await expect(page.getByText(/This quiz is assigned to you in Civics, Period 3/)).toBeVisible();
    await expect(page.getByRole("radio")).toHaveCount(0);
  });
});
