import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";
import { parseChoices } from "@/lib/question-rows";
import { ENGINE_VERSION } from "@/lib/questions";
import { DEMO, seedDemo } from "@/lib/seed";

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

describe("sample data", () => {
  // Two articles through the question engine and two argon2 hashes, twice: slow on a busy two-core machine.
  it("loads the demo teacher, class, students, a published and assigned question set and one to practise, once", async () => {
    const first = await seedDemo(db);
    const second = await seedDemo(db);
    expect(second).toEqual(first);

    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO.teacher.email } });
    expect(teacher.role).toBe("TEACHER");
    expect(await verifyPassword(teacher.passwordHash, DEMO.teacher.password)).toBe(true);
    expect(teacher.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await db.class.count({ where: { joinCode: DEMO.joinCode } })).toBe(1);
    expect(await db.enrolment.count({ where: { classId: first.classId } })).toBe(DEMO.students.length);
    const students = await db.user.findMany({ where: { username: { in: DEMO.students.map((s) => s.username) } } });
    expect(students.every((s) => s.role === "STUDENT" && s.email === null)).toBe(true);

    expect(await db.article.count({ where: { ownerId: teacher.id } })).toBe(2);
    const sets = await db.questionSet.findMany({ where: { ownerId: teacher.id }, include: { questions: true, assignments: true, article: true } });
    expect(sets).toHaveLength(2);
    const assigned = sets.find((x) => x.id === first.setId)!;
    const practice = sets.find((x) => x.id === first.practiceSetId)!;
    expect(assigned.status).toBe("PUBLISHED");
    // This week's assignment is open and untaken; last week's is closed, with the demo students' graded attempts.
    expect(assigned.assignments).toHaveLength(2);
    const now = new Date();
    const open = assigned.assignments.filter((a) => a.dueAt! > now);
    const closed = assigned.assignments.filter((a) => a.dueAt! <= now);
    expect(open).toHaveLength(1);
    expect(closed).toHaveLength(1);
    expect(await db.attempt.count({ where: { assignmentId: open[0].id } })).toBe(0);
    const attempts = await db.attempt.findMany({ where: { assignmentId: closed[0].id }, include: { responses: true } });
    expect(attempts).toHaveLength(DEMO.students.length);
    for (const a of attempts) {
      expect(a.submittedAt).not.toBeNull();
      expect(a.submittedAt! <= closed[0].dueAt!).toBe(true);
      expect(a.maxScore).toBe(assigned.questions.length);
      expect(a.score).toBe(a.responses.filter((r) => r.correct).length);
      const byId = new Map(assigned.questions.map((q) => [q.id, q]));
      for (const r of a.responses) expect(r.correct).toBe(r.answer === byId.get(r.questionId)!.answer);
    }
    // A spread of scores, and at least one question where two students chose the same wrong answer.
    expect(new Set(attempts.map((a) => a.score)).size).toBe(DEMO.students.length);
    const wrongPicks = attempts.flatMap((a) => a.responses.filter((r) => !r.correct).map((r) => `${r.questionId}:${r.answer}`));
    expect(wrongPicks.length).toBeGreaterThan(new Set(wrongPicks).size);
    // The demo quiz is an open assignment, so practice of it is closed; the second set is there for visitors.
    expect(practice.status).toBe("PUBLISHED");
    expect(practice.assignments).toHaveLength(0);
    for (const set of [assigned, practice]) {
      // Engine 4 keeps only what it is confident in (the Constitution gives 5).
      expect(set.questions.length).toBeGreaterThanOrEqual(5);
      for (const q of set.questions) {
        const choices = parseChoices(q.choices);
        expect(choices).toContain(q.answer);
        expect(set.article.text).toContain(q.evidence);
      }
    }
    expect(new Set(assigned.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    // Each set's bank is stored with it (the editor reads it), holding every question in the set.
    for (const set of [assigned, practice]) {
      expect(set.bankEngineVersion).toBe(ENGINE_VERSION);
      const bank = new Set((await db.questionBankItem.findMany({ where: { setId: set.id }, select: { engineId: true } })).map((q) => q.engineId));
      expect(bank.size).toBeGreaterThanOrEqual(set.questions.length);
      expect(set.questions.filter((q) => !bank.has(q.engineId!))).toEqual([]);
    }
  }, 120_000);
});
