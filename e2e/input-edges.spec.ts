import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signUpTeacher, testDb, unique } from "./helpers";
import { DEMO_CODE } from "./student-helpers";

const MUNICH = fs.readFileSync("lib/questions/fixtures/02-vp-harris-munich-security-conference-2024.txt", "utf8");

test.describe("bad input gets a clear message and changes nothing", () => {
  test("display names of only zero-width characters, with a direction override or a NUL are refused", async ({ page }) => {
    // Three sign-up attempts and an axe run.
    test.slow();
    for (const [name, message] of [
      ["\u200b\u200b\u200b", "A name needs at least one letter or number"],
      ["Ava\u202egnp.exe", "cannot contain characters that change the direction of text"],
      ["Ch\u0000en", "cannot contain control characters"],
    ]) {
      const username = unique("edge").toLowerCase();
      await page.goto(`/join?code=${DEMO_CODE}`);
      await page.getByLabel("Your name").fill(name);
      await page.getByLabel("Choose a username").fill(username);
      await page.getByLabel("Choose a password").fill("edge case password");
      await page.getByRole("button", { name: "Create account and join" }).click();
      await expect(page.getByText(message)).toBeVisible();
      const db = testDb();
      expect(await db.user.count({ where: { username } })).toBe(0);
      await db.$disconnect();
    }
    await expectNoAxeViolations(page);
  });

  test("a 2 MB article paste says the article is too long and keeps the text", async ({ page }) => {
    // Typing 2 MB into a textarea takes a while on a busy machine.
    test.slow();
    await signUpTeacher(page);
    await page.goto("/teacher/articles");
    const text = "The Senate passed the bill on Tuesday. ".repeat(Math.ceil((2 * 1024 * 1024) / 39));
    await page.getByLabel("Title").fill("A very long article");
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByText(/The article is too long \([\d,]+ characters; the limit is 200,000\)/)).toBeVisible();
    await expect(page).toHaveURL(/\/teacher\/articles$/);
    expect(await page.getByLabel("Article text").evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(text.length);
    await expect(page.getByLabel("Title")).toHaveValue("A very long article");
  });

  test("a UTF-16 text file (with a byte-order mark) is read as text", async ({ page }) => {
    await signUpTeacher(page);
    await page.goto("/teacher/articles");
    const body = MUNICH.split("\n").slice(2).join("\n");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]);
    await page.getByLabel("Title").fill("Munich, saved as Unicode");
    await page.getByLabel("Or upload a file").setInputFiles({ name: "munich.txt", mimeType: "text/plain", buffer: utf16 });
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page).toHaveURL(/\/teacher\/articles\/[^/]+$/);
    await expect(page.getByText("Vice President Kamala Harris made a forceful case").first()).toBeVisible();
  });

  test("JSON endpoints refuse a 10 MB body with 413, and a bad percent-encoding is a 400", async ({ request }) => {
    const big = JSON.stringify({ questionId: "x", answer: "y".repeat(10 * 1024 * 1024), round: ["x"], currentIndex: 0 });
    const started = Date.now();
    const response = await request.post("/api/practice/nope/answers", { data: big, headers: { "Content-Type": "application/json" } });
    expect(response.status()).toBe(413);
    expect(await response.json()).toEqual({ status: "too_large", message: "That request is too large (at most 64 KB)." });
    expect(Date.now() - started).toBeLessThan(10_000);

    const page = await request.get("/practice/%E0%A4%A");
    expect(page.status()).toBe(400);
    expect(await page.text()).toContain("bad percent-encoding");
    const api = await request.post("/api/attempts/%zz/answers", { data: { questionId: "x", answer: "y" } });
    expect(api.status()).toBe(400);
    expect(await api.json()).toEqual({ error: "That address is not valid (bad percent-encoding)." });
  });
});
