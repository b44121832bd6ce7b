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
    expect(assigned.assignments).toHaveLength(1);
    // The demo quiz is an open assignment, so practice of it is closed; the second set is there for visitors.
    expect(practice.status).toBe("PUBLISHED");
    expect(practice.assignments).toHaveLength(0);
    for (const set of [assigned, practice]) {
      expect(set.questions.length).toBeGreaterThanOrEqual(6);
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
