import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";

const run = promisify(execFile);
const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

function resetPassword(identifier?: string) {
  return run(path.resolve("node_modules/.bin/tsx"), ["scripts/reset-password.ts", ...(identifier ? [identifier] : [])], {
    env: { ...process.env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe("reset-password", () => {
  it("gives a teacher a new password that signs in, and the old one stops working", async () => {
    const email = `reset-${Date.now()}@school.test`;
    const user = await db.user.create({ data: { role: "TEACHER", displayName: "Ms. Lost", email, passwordHash: await hashPassword("old password") } });
    const result = await resetPassword(email.toUpperCase());
    expect(result.code).toBe(0);
    const password = /: (\S+)$/m.exec(result.stdout)![1];
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "old password")).toBe(false);
  });

  it("makes a student choose their own password next time", async () => {
    const username = `reset${Date.now()}`;
    await db.user.create({ data: { role: "STUDENT", displayName: "Sam", username, passwordHash: "x" } });
    expect((await resetPassword(username)).code).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { username } })).mustChangePassword).toBe(true);
  });

  it("changes nothing for an unknown account and says so", async () => {
    const result = await resetPassword("nobody@school.test");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Nothing was changed");
    expect((await resetPassword()).code).toBe(2);
  });
});
