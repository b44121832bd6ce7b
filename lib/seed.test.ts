import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";
import { parseChoices } from "@/lib/question-rows";
import { ENGINE_VERSION } from "@/lib/questions";
import { DEMO, seedDemo } from "@/lib/seed";

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

describe("sample data", () => {
  it("loads the demo teacher, class, students and a published, assigned question set, once", async () => {
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

    expect(await db.article.count({ where: { ownerId: teacher.id } })).toBe(1);
    const sets = await db.questionSet.findMany({ where: { ownerId: teacher.id }, include: { questions: true, assignments: true } });
    expect(sets).toHaveLength(1);
    const [set] = sets;
    expect(set.status).toBe("PUBLISHED");
    expect(set.assignments).toHaveLength(1);
    expect(set.questions.length).toBeGreaterThanOrEqual(10);
    const article = await db.article.findFirstOrThrow({ where: { ownerId: teacher.id } });
    for (const q of set.questions) {
      const choices = parseChoices(q.choices);
      expect(choices).toContain(q.answer);
      expect(article.text).toContain(q.evidence);
    }
    expect(new Set(set.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    // Its bank is stored with it (the editor reads it), holding every question in the set and more.
    expect(set.bankEngineVersion).toBe(ENGINE_VERSION);
    const bank = new Set((await db.questionBankItem.findMany({ where: { setId: set.id }, select: { engineId: true } })).map((q) => q.engineId));
    expect(bank.size).toBeGreaterThan(set.questions.length);
    expect(set.questions.filter((q) => !bank.has(q.engineId!))).toEqual([]);
  });
});
