import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, oneQuestionAssignment, signUpTeacher, testDb, unique } from "./helpers";

// The teacher's live results with a class watching (docs/decisions/029): a compact student table the browser renders,
// and a poller that waits for its refresh to finish before it checks again.

/** A class of `students` (the first `submitted` of them submitted), a one-question set assigned to it, on this teacher. */
async function classWithResults(email: string, students: number, submitted: number) {
  const db = testDb();
  try {
    const teacher = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const tag = unique("lr");
    const klass = await db.class.create({ data: { name: "Live results", joinCode: tag.slice(-8).toUpperCase().replace(/[^A-Z0-9]/g, "X"), teacherId: teacher.id } });
    const { set, assignment } = await oneQuestionAssignment(db, {
      ownerId: teacher.id,
      classId: klass.id,
      article: { title: "Live", text: "The Senate passed the bill. ".repeat(20), contentHash: tag },
      title: "Live results quiz",
      prompt: "The Senate passed the bill?",
    });
    const people: { id: string; displayName: string; attemptId: string | null }[] = [];
    for (let i = 0; i < students; i++) {
      const displayName = `Student ${String(i).padStart(3, "0")}`;
      const user = await db.user.create({ data: { role: "STUDENT", displayName, username: `${tag}-${i}`.toLowerCase(), passwordHash: "x", enrolments: { create: { classId: klass.id } } } });
      let attemptId: string | null = null;
      if (i < submitted) {
        const attempt = await db.attempt.create({
          data: {
            kind: "ASSIGNMENT",
            studentId: user.id,
            setId: set.id,
            assignmentId: assignment.id,
            questionOrder: JSON.stringify([set.questions[0].id]),
            startedAt: new Date(Date.now() - 95_000),
            submittedAt: new Date(),
            score: i % 2 === 0 ? 1 : 0,
            maxScore: 1,
            responses: { create: [{ questionId: set.questions[0].id, answer: i % 2 === 0 ? "True" : "False", correct: i % 2 === 0 }] },
          },
        });
        attemptId = attempt.id;
      }
      people.push({ id: user.id, displayName, attemptId });
    }
    return { classId: klass.id, assignmentId: assignment.id, people, url: `/teacher/classes/${klass.id}/assignments/${assignment.id}` };
  } finally {
    await db.$disconnect();
  }
}

/** A student added to the class straight in the database: the results' version changes. */
async function enrolNewStudent(classId: string) {
  const db = testDb();
  try {
    await db.user.create({ data: { role: "STUDENT", displayName: "Late joiner", username: unique("late").toLowerCase(), passwordHash: "x", enrolments: { create: { classId } } } });
  } finally {
    await db.$disconnect();
  }
}

type Req = { url(): string; headers(): Record<string, string> };
/** The page's router.refresh(): an RSC request for the page itself. */
const isRefresh = (path: string) => (request: Req) => new URL(request.url()).pathname === path && request.headers()["rsc"] === "1";

test("the student table: every column, link and label, by keyboard, no axe violations; a refresh sends data, not rendered rows", async ({ page }) => {
  test.slow(); // an axe scan of a long page, and classes made row by row
  const teacher = await signUpTeacher(page, "Ms. Compact");
  const small = await classWithResults(teacher.email, 5, 5);
  const large = await classWithResults(teacher.email, 45, 40);

  await page.goto(large.url);
  const table = page.getByRole("region", { name: "Student results table" });
  await expect(table.getByRole("row")).toHaveCount(46);
  await expect(table.getByRole("columnheader")).toHaveText(["Student", "Status", "Score", "Time taken", "Submitted at", "Attempt"]);
  const first = large.people[0];
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: first.displayName }) });
  await expect(row.getByRole("cell")).toHaveText(["Submitted", "1/1 (100%)", "1 min 35 s", /\d/, "View Student 000’s attempt"]);
  await expect(row.getByRole("link", { name: first.displayName, exact: true })).toHaveAttribute("href", `/teacher/classes/${large.classId}/students/${first.id}`);
  await expect(row.getByRole("link", { name: "View Student 000’s attempt" })).toHaveAttribute("href", `${large.url}/attempts/${first.attemptId}`);
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  const notStarted = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Student 044" }) });
  await expect(notStarted.getByRole("cell")).toHaveText(["Not started", "–", "–", "–", "–"]);

  // By keyboard: the scrollable table takes focus, then its links in order, and a link opens the student's page.
  await table.focus();
  await page.keyboard.press("Tab");
  await expect(row.getByRole("link", { name: first.displayName, exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/students/${first.id}$`));

  // What a live refresh costs per student: the RSC payload of the page (what router.refresh() fetches) grows by a
  // compact row of data per student, not by a rendered table row (about 1.1 kB a student before, docs/performance.md).
  const rscSize = async (url: string) => {
    const res = await page.request.get(url, { headers: { RSC: "1" } });
    expect(res.ok()).toBe(true);
    const body = await res.text();
    expect(body).toContain("Student 000");
    return Buffer.byteLength(body);
  };
  const perStudent = ((await rscSize(large.url)) - (await rscSize(small.url))) / (large.people.length - small.people.length);
  expect(perStudent).toBeGreaterThan(50);
  expect(perStudent).toBeLessThan(300);
});

test("the poller waits for a slow refresh to finish before it checks again, so refreshes never pile up", async ({ page }) => {
  test.setTimeout(120_000);
  const teacher = await signUpTeacher(page, "Mr. Patient");
  const klass = await classWithResults(teacher.email, 2, 1);
  const path = new URL(klass.url, "http://x").pathname;
  const versionPath = `/api/teacher/assignments/${klass.assignmentId}/version`;

  // Every refresh of this page is answered by the real server, 8 s late: longer than the poller's 5-s tick.
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().headers()["rsc"] === "1") await new Promise((resolve) => setTimeout(resolve, 8000));
      await route.continue();
    },
  );
  const events: { what: "check" | "refresh" | "refreshed"; at: number }[] = [];
  const refresh = isRefresh(path);
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === versionPath) events.push({ what: "check", at: Date.now() });
    else if (refresh(r)) events.push({ what: "refresh", at: Date.now() });
  });
  const done = (r: Req) => {
    if (refresh(r)) events.push({ what: "refreshed", at: Date.now() });
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);

  await page.goto(klass.url);
  await expect(page.getByText("1 of 2 submitted")).toBeVisible();
  await enrolNewStudent(klass.classId); // the next check sees a new version and refreshes
  await page.waitForRequest(refresh, { timeout: 15_000 });
  await enrolNewStudent(klass.classId); // changed again while that refresh is slow
  await expect(page.getByText("1 of 4 submitted")).toBeVisible({ timeout: 30_000 });
  // The poller goes on after the refresh: one more check, which finds the version the refresh showed.
  const refreshedAt = events.find((e) => e.what === "refreshed")!.at;
  await expect.poll(() => events.filter((e) => e.what === "check" && e.at > refreshedAt).length, { timeout: 15_000 }).toBeGreaterThan(0);

  // No check while a refresh was in flight, and never two refreshes at once.
  let inFlight = 0;
  for (const e of events) {
    if (e.what === "refresh") inFlight += 1;
    if (e.what === "refreshed") inFlight -= 1;
    expect(inFlight, JSON.stringify(events)).toBeLessThanOrEqual(1);
    if (e.what === "check") expect(inFlight, `a check during a refresh: ${JSON.stringify(events)}`).toBe(0);
  }
  expect(events.filter((e) => e.what === "refresh").length).toBeGreaterThanOrEqual(1);
});
