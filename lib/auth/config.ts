import type { NextAuthConfig } from "next-auth";

export type Role = "TEACHER" | "STUDENT";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string; mustChangePassword: boolean };
  }
  interface User {
    role?: Role;
    mustChangePassword?: boolean;
  }
}

// The part of the Auth.js config that proxy.ts can load without argon2 or the database.
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/signin" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 7 },
  providers: [],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.name = user.name;
        token.mustChangePassword = user.mustChangePassword ?? false;
      }
      // updateSession({ user: { ... } }) from a server action: only these two fields may change this way.
      if (trigger === "update" && session && typeof session === "object") {
        const s = (session as { user?: { name?: unknown; mustChangePassword?: unknown } }).user ?? {};
        if (typeof s.name === "string") token.name = s.name;
        if (typeof s.mustChangePassword === "boolean") token.mustChangePassword = s.mustChangePassword;
      }
      return token;
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
  },
} satisfies NextAuthConfig;
