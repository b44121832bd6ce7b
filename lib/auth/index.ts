import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SignInSchema } from "@/lib/validation/auth";
import { signInLimiter } from "./attempt-limiter";
import { authConfig } from "./config";
import { dummyPasswordHash, verifyPassword } from "./password";

/** Thrown (instead of a plain failure) while an account is locked after too many wrong passwords. */
export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
}

export const { handlers, auth, signIn, signOut, unstable_update: updateSession } = NextAuth({
  ...authConfig,
  secret: env().authSecret,
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw) {
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { identifier, password } = parsed.data;
        if (signInLimiter.isLocked(identifier)) throw new TooManyAttempts();
        const user = await db.user.findUnique({
          where: identifier.includes("@") ? { email: identifier } : { username: identifier },
          select: { id: true, role: true, displayName: true, passwordHash: true, mustChangePassword: true },
        });
        if (!user) {
          await verifyPassword(await dummyPasswordHash(), password);
          signInLimiter.recordFailure(identifier);
          return null;
        }
        if (!(await verifyPassword(user.passwordHash, password))) {
          signInLimiter.recordFailure(identifier);
          return null;
        }
        signInLimiter.reset(identifier);
        return { id: user.id, name: user.displayName, role: user.role, mustChangePassword: user.mustChangePassword };
      },
    }),
  ],
});
