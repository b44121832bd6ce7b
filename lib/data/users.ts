import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export class DuplicateAccountError extends Error {}

/** Anyone may create a teacher account; nothing else is created here. */
export async function createTeacher(input: { displayName: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { role: "TEACHER", displayName: input.displayName, email: input.email, passwordHash },
      select: { id: true },
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new DuplicateAccountError();
    throw err;
  }
}
