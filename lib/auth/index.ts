import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SignInSchema } from "@/lib/validation/auth";
import { decodeSessionCookieForAuth, encodeSessionCookie } from "./api-session";
import { clientAddress } from "./client-address";
import { authConfig } from "./config";
import { dummyPasswordHash, verifyPassword } from "./password";
import { tooManyMessage } from "./rate-limit";
import { countSignInAttempt, signInSucceeded } from "./sign-in-limit";

/** Thrown (instead of a plain failure) while sign-in is locked after too many wrong passwords. */
export class TooManyAttempts extends CredentialsSignin {
  code = "too_many_attempts";
  constructor(readonly retryAfterMs: number) {
    super(tooManyMessage(retryAfterMs));
  }
}

/** The message for a refused sign-in, when `err` is the limiter's refusal; null for anything else. */
export function tooManyAttemptsMessage(err: unknown): string | null {
  return err instanceof TooManyAttempts ? tooManyMessage(err.retryAfterMs) : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env().authSecret,
  // Auth.js's own JWE, with the key derived once and an unchanged session not encrypted again on every request
  // (lib/auth/api-session.ts, docs/decisions/032).
  jwt: { encode: encodeSessionCookie, decode: decodeSessionCookieForAuth },
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      // The only place a password is checked, whether the sign-in comes from a form (server action) or from Auth.js's
      // own endpoint: one limiter for both, in the database (lib/auth/sign-in-limit.ts).
      async authorize(raw, request) {
        const parsed = SignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { identifier, password } = parsed.data;
        const address = clientAddress(request.headers);
        const verdict = await countSignInAttempt(identifier, address);
        if (!verdict.allowed) throw new TooManyAttempts(verdict.retryAfterMs);
        const user = await db.user.findUnique({
          where: identifier.includes("@") ? { email: identifier } : { username: identifier },
          select: { id: true, role: true, displayName: true, passwordHash: true, mustChangePassword: true, sessionVersion: true },
        });
        if (!user) {
          await verifyPassword(await dummyPasswordHash(), password);
          return null;
        }
        if (!(await verifyPassword(user.passwordHash, password))) return null;
        await signInSucceeded(identifier, address);
        return { id: user.id, name: user.displayName, role: user.role, mustChangePassword: user.mustChangePassword, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});
