import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { sqliteFilePath } from "@/lib/env-db";
import { createPrismaClient } from "@/lib/prisma-client";
import { unique } from "./helpers";

// A second production server of the build under test, on its own copy of the database, that this test kills.
const port = Number(process.env.E2E_PORT ?? 3100) + 10;
const origin = `http://localhost:${port}`;

function startServer(databaseFile: string): ChildProcess {
  return spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
}

async function untilServing() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${origin}/signin`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server on ${origin} did not start`);
}

/** SIGKILL to the server's whole process group: no shutdown hook, no flush, like a power cut to the process. */
function hardKill(server: ChildProcess) {
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {
    /* already gone */
  }
}

test("a server killed with SIGKILL while students save loses no acknowledged answer", async ({ browser }) => {
  test.setTimeout(240_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-crash-"));
  const file = path.join(dir, "crash.db");
  const source = new Database(sqliteFilePath(process.env.E2E_DATABASE_URL!));
  source.prepare("VACUUM INTO ?").run(file);
  source.close();

  // A student of the demo class, made directly in the copy.
  const db = createPrismaClient(`file:${file}`);
  const username = unique("crash").toLowerCase();
  const password = "crash test password";
  // The demo class's open assignment (the sample data also has last week's, closed).
  const klass = await db.class.findUniqueOrThrow({
    where: { joinCode: "DEMO24" },
    select: { id: true, assignments: { where: { OR: [{ dueAt: null }, { dueAt: { gt: new Date() } }] }, select: { id: true } } },
  });
  // The copy carries the sign-in counters of every test before this one; this server starts with none.
  await db.rateLimit.deleteMany({});
  await db.user.create({
    data: { role: "STUDENT", username, displayName: "Crash Test", passwordHash: await hashPassword(password), enrolments: { create: { classId: klass.id } } },
  });
  await db.$disconnect();

  let server = startServer(file);
  const context = await browser.newContext({ baseURL: origin });
  try {
    await untilServing();
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByLabel("Email or username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/student$/, { timeout: 30_000 });
    await page.goto(`/student/assignments/${klass.assignments[0].id}`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page).toHaveURL(/\/student\/attempts\/[^/]+$/, { timeout: 30_000 });
    const attemptId = page.url().split("/").pop()!;

    const check = createPrismaClient(`file:${file}`);
    const attempt = await check.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionOrder: true } });
    const questions = await check.question.findMany({ where: { id: { in: JSON.parse(attempt.questionOrder) as string[] } }, select: { id: true, choices: true } });
    await check.$disconnect();

    // Every answer at once, as a class saving together would; the server is killed when the fifth is acknowledged.
    const acknowledged = new Map<string, string>();
    let killed = false;
    await Promise.all(
      questions.map(async (q, i) => {
        const choices = JSON.parse(q.choices) as string[];
        const answer = choices[i % choices.length];
        try {
          const response = await context.request.post(`/api/attempts/${attemptId}/answers`, { data: { questionId: q.id, answer }, timeout: 15_000 });
          if (response.status() === 200) acknowledged.set(q.id, answer);
        } catch {
          /* cut off by the kill: not acknowledged, so the student's browser still has it queued */
        }
        if (acknowledged.size >= 5 && !killed) {
          killed = true;
          hardKill(server);
        }
      }),
    );
    expect(killed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(5);

    // Restarted on the same files, the server has every acknowledged answer, and the database is sound.
    server = startServer(file);
    await untilServing();
    const after = new Database(file);
    expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = after.prepare(`SELECT "questionId", "answer" FROM "Response" WHERE "attemptId" = ?`).all(attemptId) as { questionId: string; answer: string }[];
    after.close();
    const stored = new Map(rows.map((r) => [r.questionId, r.answer]));
    for (const [questionId, answer] of acknowledged) expect(stored.get(questionId), `answer to ${questionId}`).toBe(answer);
    // And the student sees them when they come back.
    await page.goto(`/student/attempts/${attemptId}`);
    await expect(page.getByRole("heading", { name: /Question 1 of \d+/ })).toBeVisible();
  } finally {
    // The server first: a context that fails to close must not leave it holding the port for the next run.
    hardKill(server);
    await context.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
