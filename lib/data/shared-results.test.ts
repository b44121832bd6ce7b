import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { classWithSet, senateQuestion, startedByAll, type ClassFixture } from "@/test/class-fixture";
import { saveAnswer, startAttempt, submitOwnAttempt } from "./attempts";
import { renameClass } from "./classes";
import { removeStudent } from "./roster";
import { assignmentResults, resultsVersion, sharedResultsStats } from "./results";
import { SharedByVersion } from "./shared-by-version";

// The results shared between the requests that watch one assignment (docs/decisions/029), on the real database.
let ctx: ClassFixture;

beforeAll(async () => {
  ctx = await classWithSet("sr", 5, 4);
});
afterAll(() => db.$disconnect());

/** How many results were computed while `run` ran. */
async function computedDuring<T>(run: () => Promise<T>) {
  const before = sharedResultsStats.computed;
  const value = await run();
  return { value, computed: sharedResultsStats.computed - before };
}

async function answerAllAndSubmit(studentIndex: number, attemptId: string) {
  for (const questionId of ctx.questionIds) await saveAnswer(ctx.students[studentIndex], attemptId, { questionId, answer: "Senate" });
  await submitOwnAttempt(ctx.students[studentIndex], attemptId);
}

describe("one results computation per assignment and version", () => {
  it("serves concurrent requests from one computation, and computes again only when the version changes", async () => {
    const { assignmentId, attempts } = await startedByAll(ctx);
    await answerAllAndSubmit(0, attempts[0]);

    const ten = await computedDuring(() => Promise.all(Array.from({ length: 10 }, () => assignmentResults(ctx.teacher, assignmentId))));
    expect(ten.computed).toBe(1);
    expect(new Set(ten.value).size).toBe(1); // the same object for every request
    expect(ten.value[0]!.counts).toMatchObject({ submitted: 1, inProgress: 4 });
    expect(ten.value[0]!.version).toBe(await resultsVersion(ctx.teacher, assignmentId));

    // An answer inside an open attempt is not on the page: same version, nothing computed.
    await saveAnswer(ctx.students[1], attempts[1], { questionId: ctx.questionIds[0], answer: "House" });
    const again = await computedDuring(() => assignmentResults(ctx.teacher, assignmentId));
    expect(again.computed).toBe(0);
    expect(again.value).toBe(ten.value[0]);

    // A submission is: the next request computes the results anew and sees it.
    await submitOwnAttempt(ctx.students[1], attempts[1]);
    const after = await computedDuring(() => assignmentResults(ctx.teacher, assignmentId));
    expect(after.computed).toBe(1);
    expect(after.value!.counts).toMatchObject({ submitted: 2, inProgress: 3 });
    const ben = after.value!.students.find((s) => s.id === ctx.students[1].id)!;
    expect(ben.counted).toMatchObject({ score: 0, maxScore: 4 });
  });

  it("never serves results older than the database: every change to what the page shows is seen at once", async () => {
    const { assignmentId, attempts } = await startedByAll(ctx, { timeLimitMinutes: 30 });
    await answerAllAndSubmit(0, attempts[0]);
    const first = (await assignmentResults(ctx.teacher, assignmentId))!;
    const fresh = async () => (await assignmentResults(ctx.teacher, assignmentId))!;

    // A question edited, added, deleted; the set and the class renamed; the due date moved.
    await db.question.update({ where: { id: ctx.questionIds[0] }, data: { prompt: "Edited prompt" } });
    expect((await fresh()).questions[0].prompt).toBe("Edited prompt");
    const added = await db.question.create({ data: { ...senateQuestion(99), setId: ctx.setId }, select: { id: true } });
    expect((await fresh()).questions.map((q) => q.id)).toContain(added.id);
    await db.question.delete({ where: { id: added.id } });
    expect((await fresh()).questions.map((q) => q.id)).not.toContain(added.id);
    await db.questionSet.update({ where: { id: ctx.setId }, data: { title: "Renamed set" } });
    expect((await fresh()).set.title).toBe("Renamed set");
    expect(await renameClass(ctx.teacher, ctx.classId, "Renamed class")).toBe(true);
    expect((await fresh()).class.name).toBe("Renamed class");
    const due = new Date(Date.now() + 86_400_000);
    await db.assignment.update({ where: { id: assignmentId }, data: { dueAt: due } });
    expect((await fresh()).assignment.dueAt).toEqual(due);

    // The roster: a student removed (kept as "no longer in the class", with their attempt), one who joins.
    expect(await removeStudent(ctx.teacher, ctx.classId, ctx.students[4].id)).toBe(true);
    const removed = await fresh();
    expect(removed.counts.enrolled).toBe(4);
    expect(removed.students.find((s) => s.id === ctx.students[4].id)!.enrolled).toBe(false);
    const newcomer = await db.user.create({ data: { role: "STUDENT", displayName: "Newcomer", username: `sr-new-${Date.now()}`, passwordHash: "x" } });
    await db.enrolment.create({ data: { classId: ctx.classId, studentId: newcomer.id } });
    const joined = await fresh();
    expect(joined.counts.enrolled).toBe(5);
    expect(joined.students.find((s) => s.id === newcomer.id)!.status).toBe("not_started");

    // Time runs out for the open attempts: the next request closes them and counts them submitted.
    await db.attempt.updateMany({ where: { assignmentId, submittedAt: null }, data: { deadlineAt: new Date(Date.now() - 1000) } });
    const closed = await fresh();
    expect(closed.counts.inProgress).toBe(0);
    expect(closed.counts.submitted).toBe(4); // students 0-3; the removed student’s attempt is closed too, but not enrolled
    expect(await db.attempt.count({ where: { assignmentId, submittedAt: null } })).toBe(0);
    expect(closed).not.toBe(first);
    await db.enrolment.create({ data: { classId: ctx.classId, studentId: ctx.students[4].id } });
    await db.enrolment.delete({ where: { classId_studentId: { classId: ctx.classId, studentId: newcomer.id } } });
  });

  it("checks who is asking on every request, also when the results are already computed", async () => {
    const { assignmentId, attempts } = await startedByAll(ctx);
    await answerAllAndSubmit(0, attempts[0]);
    expect(await assignmentResults(ctx.teacher, assignmentId)).not.toBeNull();
    const otherTeacher = await db.user.create({ data: { role: "TEACHER", displayName: "Other", email: `sr-${Date.now()}@t.test`, passwordHash: "x" } });
    const asOther = { id: otherTeacher.id, role: "TEACHER" as const, name: "Other", mustChangePassword: false };
    const refused = await computedDuring(() => Promise.all([assignmentResults(asOther, assignmentId), assignmentResults(ctx.students[0], assignmentId)]));
    expect(refused.value).toEqual([null, null]);
    expect(refused.computed).toBe(0);
    expect(await resultsVersion(asOther, assignmentId)).toBeNull();
    // The owner still gets them.
    expect((await assignmentResults(ctx.teacher, assignmentId))!.counts.submitted).toBe(1);
  });

  it("starts that leave the page's rows as they were still change the version, so the poll sees a new student in progress", async () => {
    const a = await db.assignment.create({ data: { setId: ctx.setId, classId: ctx.classId }, select: { id: true } });
    const before = (await assignmentResults(ctx.teacher, a.id))!;
    expect(before.counts.inProgress).toBe(0);
    const started = await startAttempt(ctx.students[3], a.id);
    if (!started.ok) throw new Error(started.reason);
    const after = (await assignmentResults(ctx.teacher, a.id))!;
    expect(after.version).not.toBe(before.version);
    expect(after.counts.inProgress).toBe(1);
  });
});

describe("SharedByVersion", () => {
  it("shares a pending computation, keeps the newest version per key, forgets failures and keeps at most N keys", async () => {
    const cache = new SharedByVersion<string>(2);
    let calls = 0;
    let release!: (v: string) => void;
    const slow = () => {
      calls += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const a = cache.get("a", "1", slow);
    const b = cache.get("a", "1", slow);
    expect(calls).toBe(1);
    release("a1");
    expect(await Promise.all([a, b])).toEqual(["a1", "a1"]);
    expect(await cache.get("a", "2", async () => "a2")).toBe("a2");
    expect(await cache.get("a", "2", async () => "never")).toBe("a2");
    // A request that read an older version gets that version's own computation, never the stored newer one's... and
    // a version never gets a value computed for another.
    expect(await cache.get("a", "1", async () => "a1 again")).toBe("a1 again");

    await expect(cache.get("f", "1", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("f", "1", async () => "f1")).toBe("f1");

    await cache.get("c", "1", async () => "c1");
    expect(cache.size).toBe(2); // "a" was the least recently used
    expect(await cache.get("a", "1", async () => "a recomputed")).toBe("a recomputed");
  });
});
