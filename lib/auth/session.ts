import "server-only";
import { db } from "@/lib/db";
import type { Role } from "./config";

/** Who is asking, as the database says now. Nothing here is taken from the cookie except the id and version. */
export type SessionUser = { id: string; role: Role; name: string; mustChangePassword: boolean };

/** What a session cookie carries besides Auth.js's own fields (sub, iat, exp, jti). */
export type SessionClaims = { sub?: unknown; sv?: unknown };

/**
 * The one session check (docs/decisions/005). Every request that reads a session comes here: Auth.js's jwt callback
 * (so `auth()` in pages, server actions and route handlers, and /api/auth/session) and proxy.ts. One read of the
 * user's row by primary key: a session is valid only while its version equals the row's, so raising the version
 * ends every copy of every cookie the user has. Role, name and the forced password change come from the same row.
 */
export async function sessionUserFor(claims: SessionClaims | null | undefined): Promise<SessionUser | null> {
  if (!claims || typeof claims.sub !== "string" || claims.sub === "" || typeof claims.sv !== "number") return null;
  // Raw SQL: every request of every page and route comes here, and Prisma's query layer costs more than the read
  // itself (docs/decisions/031).
  const [user] = await db.$queryRaw<UserRow[]>`SELECT "id", "role", "displayName", "mustChangePassword", "sessionVersion" FROM "User" WHERE "id" = ${claims.sub}`;
  if (!user || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, role: user.role, name: user.displayName, mustChangePassword: user.mustChangePassword };
}

/** Both drivers return a raw row's columns as their Prisma types (Boolean, Int, DateTime as Date). */
type UserRow = { id: string; role: Role; displayName: string; mustChangePassword: boolean; sessionVersion: number };

/** Ends every session of these users, on every device. */
export async function endAllSessions(userIds: string | string[]): Promise<void> {
  const ids = Array.isArray(userIds) ? userIds : [userIds];
  if (ids.length === 0) return;
  await db.user.updateMany({ where: { id: { in: ids } }, data: { sessionVersion: { increment: 1 } } });
}

/** The `data` part of a Prisma user update that also ends the user's sessions (for updates that change more). */
export const END_SESSIONS = { sessionVersion: { increment: 1 } } as const;
