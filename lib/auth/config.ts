import type { NextAuthConfig } from "next-auth";
import { safeCallbackUrl } from "./callback-url";
import { sessionUserFor } from "./session";

export type Role = "TEACHER" | "STUDENT";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; mustChangePassword: boolean };
  }
  interface User {
    role?: Role;
    mustChangePassword?: boolean;
    sessionVersion?: number;
  }
}

/**
 * Auth.js settings apart from the provider (lib/auth/index.ts). The session cookie is a signed JWT that carries the
 * user's id and session version; everything else is read from the database on every request (lib/auth/session.ts).
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 },
  providers: [],
  callbacks: {
    /**
     * Runs when a session is made (sign-in) and whenever one is read or "updated" (`auth()`, /api/auth/session).
     * An update's data comes from the client (POST /api/auth/session) and is never used: the session is rebuilt
     * from the database, and a version that no longer matches ends it (null clears the cookie).
     */
    async jwt({ token, user }) {
      const claims =
        user && typeof user.id === "string" && typeof user.sessionVersion === "number" ? { sub: user.id, sv: user.sessionVersion } : { sub: token.sub, sv: token.sv };
      const current = await sessionUserFor(claims);
      if (!current) return null;
      return { sub: current.id, sv: claims.sv, role: current.role, name: current.name, mustChangePassword: current.mustChangePassword };
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub ?? "",
        role: token.role as Role,
        name: (token.name as string) ?? "",
        mustChangePassword: Boolean(token.mustChangePassword),
      };
      return session;
    },
    /** Auth.js's own callbackUrl handling (its endpoints and cookie) goes through the same check as ours. */
    redirect({ url, baseUrl }) {
      return baseUrl + safeCallbackUrl(url, "/", baseUrl);
    },
  },
} satisfies NextAuthConfig;
