import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/prisma-client";

/** The same database the server under test uses (a fresh file per run, made by scripts/e2e.mjs). */
export function testDb() {
  return createPrismaClient(process.env.E2E_DATABASE_URL);
}

/**
 * A set of one true/false question (answer "True") on a new article of `ownerId`'s, assigned to `classId`, straight in
 * the database: for specs about what comes after (the journey specs make these through the UI).
 */
export async function oneQuestionAssignment(
  db: ReturnType<typeof testDb>,
  o: { ownerId: string; classId: string; article: { title: string; text: string; contentHash: string }; title: string; prompt: string },
) {
  const article = await db.article.create({ data: { ownerId: o.ownerId, ...o.article, wordCount: 100 } });
  const set = await db.questionSet.create({
    data: {
      ownerId: o.ownerId,
      articleId: article.id,
      title: o.title,
      questions: { create: [{ type: "true_false", prompt: o.prompt, choices: '["True","False"]', answer: "True", evidence: "", explanation: "", position: 0 }] },
    },
    include: { questions: true },
  });
  const assignment = await db.assignment.create({ data: { setId: set.id, classId: o.classId } });
  return { article, set, assignment };
}

export const DEMO_TEACHER = { email: "teacher@quorum.test", password: "quorum-teacher" };
export const DEMO_STUDENT_PASSWORD = "quorum-student";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** Every server action of app/ by "file#export", with the id the build gave it (what a form posts as Next-Action). */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const map = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) if (entry.filename.startsWith("app/")) map.set(`${entry.filename}#${entry.exportedName}`, id);
  return map;
}

let counter = 0;
export function unique(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}`;
}

/** Fails with the list of violations: WCAG 2.0/2.1 A and AA rules. */
export async function expectNoAxeViolations(page: Page) {
  // A page re-rendered by a server action (a saved question refreshes the editor) has its <title> back a moment after
  // its body: scanning in between reported "document-title" once in CI (d11acf5, passed on retry). Wait for a title
  // first; a page that never gets one still fails, here.
  await expect(page, `no <title> on ${page.url()}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signUpTeacher(page: Page, name = "Test Teacher") {
  const email = `${unique("t")}@school.test`;
  const password = "correct horse battery";
  // Each sign-up from an address of its own (the server trusts X-Forwarded-For in e2e, playwright.config.ts): the
  // whole suite makes more teacher accounts than one address may make in 15 minutes (lib/auth/rate-limit.ts), and the
  // specs that test that limit set their addresses themselves.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `10.77.${process.pid % 250}.${(counter % 250) + 1}` });
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("School email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page).toHaveURL(/\/teacher$/);
  return { email, password, name };
}

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
}
