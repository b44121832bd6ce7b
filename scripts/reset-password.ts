// `npm run -s reset-password -- <email or username>`: for an administrator at the server's console.
// Quorum sends no email, so a teacher who forgets their password has no other way back in. Prints a new temporary
// password. A student must choose their own at next sign-in (teachers have no change-password page yet).
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";
import { readablePassword } from "@/lib/roster-credentials";

async function main() {
  const identifier = process.argv[2]?.trim().toLowerCase();
  if (!identifier) {
    console.error("Usage: npm run -s reset-password -- <email or username>");
    process.exit(2);
  }
  const db = createPrismaClient();
  try {
    const where = identifier.includes("@") ? { email: identifier } : { username: identifier };
    const user = await db.user.findUnique({ where, select: { id: true, displayName: true, role: true } });
    if (!user) {
      console.error(`No account has the ${identifier.includes("@") ? "email" : "username"} "${identifier}". Nothing was changed.`);
      process.exit(1);
    }
    const password = readablePassword();
    const student = user.role === "STUDENT";
    // A new password ends every session of the account (docs/decisions/005) and lifts its sign-in locks (006).
    await db.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(password), mustChangePassword: student, sessionVersion: { increment: 1 } },
    });
    await db.rateLimit.deleteMany({
      where: { OR: [{ key: `signin:acct:${identifier}` }, { key: { startsWith: "signin:pair:", endsWith: `|${identifier}` } }] },
    });
    console.log(`New password for ${user.displayName} (${identifier}): ${password}`);
    if (student) console.log("They will be asked to choose their own password after signing in.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
