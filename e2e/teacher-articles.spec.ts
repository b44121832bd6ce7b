import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signUpTeacher, testDb } from "./helpers";
import { addArticleByPaste, createClassThroughUi } from "./teacher-helpers";

const FDR = fs.readFileSync("lib/questions/fixtures/03-fdr-second-inaugural-address-1937.txt", "utf8");
const FEDERALIST = fs.readFileSync("lib/questions/fixtures/04-federalist-no-10-madison-1787.txt", "utf8");
const DEBT = fs.readFileSync("lib/questions/fixtures/06-crs-in-focus-the-debt-limit-2026.txt", "utf8");

test("an uploaded web page is cleaned to text and its script never runs", async ({ page }) => {
  await signUpTeacher(page);
  const paragraphs = FDR.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
  const html = `<!doctype html><html><head><title>FDR</title><style>p{color:red}</style>
    <script>window.__quorumPwned = true; document.title = "pwned";</script></head>
    <body><img src=x onerror="window.__quorumPwned = true">${paragraphs.join("\n")}</body></html>`;
  await page.goto("/teacher/articles");
  await page.getByLabel("Title").fill("FDR's second inaugural");
  await page.getByLabel("Source (optional)").fill("The American Presidency Project");
  await page.getByLabel("Or upload a file").setInputFiles({ name: "fdr.html", mimeType: "text/html", buffer: Buffer.from(html, "utf8") });
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/[^/]+$/);
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText(FDR.split(/\s+/).slice(0, 6).join(" "));
  await expect(text).not.toContainText("__quorumPwned");
  await expect(text).not.toContainText("color:red");
  expect(await page.evaluate(() => (window as unknown as { __quorumPwned?: boolean }).__quorumPwned)).toBeUndefined();
  await expect(page).not.toHaveTitle("pwned");

  const db = testDb();
  const stored = await db.article.findFirstOrThrow({ where: { title: "FDR's second inaugural" }, select: { text: true, source: true } });
  await db.$disconnect();
  expect(stored.text).not.toMatch(/<script|__quorumPwned|onerror/);
  expect(stored.source).toBe("The American Presidency Project");
});

test("a web page's source pasted into the text box is cleaned as an upload is, and a set can be made from it", async ({ page }) => {
  // Found by an exploratory test: pasted HTML was stored with its tags as words ("143 words"), then generating
  // said the article had "only 0 full sentences".
  await signUpTeacher(page);
  const DEBT_HTML = `<html><head><title>Debt page</title><script>window.__quorumPwned = true</script></head><body>\n${DEBT.split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n")}\n<script>window.__quorumPwned = true</script></body></html>`;
  await page.goto("/teacher/articles");
  await page.getByLabel("Title").fill("Debt limit, pasted as HTML");
  await page.getByLabel("Article text").fill(DEBT_HTML);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page).toHaveURL(/\/teacher\/articles\/[^/]+$/);
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text).toContainText(DEBT.split(/\s+/).slice(0, 6).join(" "));
  await expect(text).not.toContainText("<p>");
  await expect(text).not.toContainText("__quorumPwned");
  const db = testDb();
  const stored = await db.article.findFirstOrThrow({ where: { title: "Debt limit, pasted as HTML" }, select: { text: true } });
  await db.$disconnect();
  expect(stored.text).not.toMatch(/<\/?p>|<script|__quorumPwned|Debt page/);
  await page.getByRole("button", { name: /Generate a question set/ }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  const setId = page.url().split("/").pop()!;
  const db2 = testDb();
  const made = await db2.question.count({ where: { setId } });
  await db2.$disconnect();
  // The same text as the plain paste of the explainer: the engine finds its questions in it.
  expect(made).toBeGreaterThanOrEqual(5);
});

test("binary files, oversize files and the same article twice are refused with a clear message", async ({ page }) => {
  await signUpTeacher(page);
  await page.goto("/teacher/articles");
  await page.getByLabel("Title").fill("Not text");
  await page.getByLabel("Or upload a file").setInputFiles({ name: "scan.txt", mimeType: "text/plain", buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x00]) });
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByText("That file is not plain text")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Not text");

  await page.getByLabel("Or upload a file").setInputFiles({ name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(1024 * 1024 + 1, "a") });
  await expect(page.getByText("That file is larger than 1 MB")).toBeVisible();

  await addArticleByPaste(page, "Debt limit", DEBT);
  await page.goto("/teacher/articles");
  await page.getByLabel("Title").fill("Debt limit again");
  await page.getByLabel("Article text").fill(DEBT);
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.getByText("You have already added this article.")).toBeVisible();
  await page.getByRole("link", { name: "Open the article you added before" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Debt limit" })).toBeVisible();
});

test("an essay the engine is not confident about starts as an empty set that says why, and cannot be assigned empty", async ({ page }) => {
  await signUpTeacher(page);
  await createClassThroughUi(page, "Period 4");
  await addArticleByPaste(page, "Federalist No. 10", FEDERALIST);
  await page.getByRole("button", { name: "Generate a question set" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  const setUrl = page.url();
  await expect(page.getByText("found none in this text")).toBeVisible();
  // No way to assign it from the page; the form itself refuses too (below).
  await expect(page.getByRole("link", { name: "Assign to classes" })).toHaveCount(0);
  await expect(page.getByText("Add a question to assign this set.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question bank" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(setUrl + "/assign");
  await page.getByLabel("Period 4").check();
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText("This set has no questions yet.")).toBeVisible();
  await expect(page).toHaveURL(setUrl + "/assign");
  const db = testDb();
  const setId = setUrl.split("/").pop()!;
  expect(await db.assignment.count({ where: { setId } })).toBe(0);
  await db.$disconnect();
});

test("a short set says it is short, why, and where more questions come from", async ({ page }) => {
  await signUpTeacher(page);
  await addArticleByPaste(page, "The Debt Limit", DEBT);
  await page.getByRole("button", { name: "Generate a question set" }).click();
  await expect(page).toHaveURL(/\/teacher\/sets\/[^/]+$/);
  const setId = page.url().split("/").pop()!;
  const db = testDb();
  const [inSet, inBank] = await Promise.all([db.question.count({ where: { setId } }), db.questionBankItem.count({ where: { setId } })]);
  await db.$disconnect();
  expect(inSet).toBeGreaterThan(0);
  expect(inSet).toBeLessThan(12);
  const notice = page.getByText(`A short set: ${inSet} questions.`);
  await expect(notice).toBeVisible();
  await expect(page.getByText(/The question bank holds \d+ more that Quorum is less sure of/)).toBeVisible();
  await page.getByRole("link", { name: "write your own questions" }).click();
  await expect(page).toHaveURL(/#write$/);
  await expect(page.getByRole("heading", { name: "Write a question" })).toBeInViewport();
  await expectNoAxeViolations(page);
  expect(inBank).toBeGreaterThan(0);
});
