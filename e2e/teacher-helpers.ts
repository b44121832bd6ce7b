import { expect, type Browser, type Page } from "@playwright/test";
import { testDb, unique } from "./helpers";
import { startQuiz } from "./student-helpers";

/** Returns the new class's id, from the class page the form leads to. */
export async function createClassThroughUi(page: Page, name: string) {
  await page.goto("/teacher");
  await page.getByLabel("New class name").fill(name);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/").pop()!;
}

export async function addArticleByPaste(page: Page, title: string, text: string) {
  await page.goto("/teacher/articles");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/[^/]+$/);
  return page.url().split("/").pop()!;
}

/** Fails naming the elements that stick out past the right edge, so the culprit is in the message. */
export async function expectNoHorizontalScroll(page: Page) {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true;
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").slice(0, 40)}"`);
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  });
  expect(overflow, `horizontal overflow on ${page.url()}: ${culprits.join(" | ")}`).toBeLessThanOrEqual(0);
}

/**
 * A student joins with the teacher's join link in a browser of their own, takes the quiz and submits it, through
 * the real student pages. `answers` picks each question's answer (null leaves it unanswered).
 */
export async function studentJoinsAndSubmits(
  browser: Browser,
  opts: {
    joinUrl: string;
    displayName: string;
    setTitle: string;
    answers: (question: { position: number; choices: string[]; answer: string }) => string | null;
  },
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const db = testDb();
  try {
    const username = unique("s").toLowerCase();
    await page.goto(opts.joinUrl);
    await page.getByLabel("Your name").fill(opts.displayName);
    await page.getByLabel("Choose a username").fill(username);
    await page.getByLabel("Choose a password").fill("student password");
    await page.getByRole("button", { name: "Create account and join" }).click();
    await expect(page).toHaveURL(/\/student\?joined=/);
    const attemptId = await startQuiz(page, opts.setTitle);

    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionOrder: true } });
    const order = JSON.parse(attempt.questionOrder) as string[];
    const questions = await db.question.findMany({ where: { id: { in: order } }, select: { id: true, position: true, choices: true, answer: true } });
    const byId = new Map(questions.map((q) => [q.id, q]));
    let correct = 0;
    for (let i = 0; i < order.length; i++) {
      await expect(page.getByRole("heading", { name: `Question ${i + 1} of ${order.length}` })).toBeVisible();
      const q = byId.get(order[i])!;
      const answer = opts.answers({ position: q.position, choices: JSON.parse(q.choices) as string[], answer: q.answer });
      if (answer !== null) {
        await page.getByRole("radio", { name: answer, exact: true }).check();
        await expect(page.getByTestId("save-status")).toHaveText(/Saved/);
        if (answer === q.answer) correct += 1;
      }
      await page.getByRole("button", { name: i === order.length - 1 ? /^Review answers/ : /^Next/ }).click();
    }
    await expect(page.getByRole("heading", { name: "Review before submitting" })).toBeVisible();
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true, username: true } });
    return { ...user, correct, total: order.length };
  } finally {
    await db.$disconnect();
    await context.close();
  }
}
