import "server-only";
import type { NextRequest } from "next/server";
import { chunked, SESSION_COOKIES, sessionFromCookieValue } from "./api-session";
import type { Role } from "./config";

/**
 * The role of the signed-in user for proxy.ts, or null. Reads the session cookie without writing one (Auth.js's
 * own middleware wrapper re-issues the cookie on every request, so a link prefetch still in flight while someone
 * signs out could sign them back in), with the JSON routes' verification (Auth.js's decoding, the key derived once,
 * a verified cookie remembered: lib/auth/api-session.ts), then makes the same database check as every other reader
 * of a session.
 */
export async function proxySessionRole(req: NextRequest): Promise<Role | null> {
  // The cookie's name depends on whether Auth.js saw https; either is accepted, as Auth.js's getToken does.
  for (const name of SESSION_COOKIES) {
    const value = chunked(name, (n) => req.cookies.get(n)?.value);
    if (value) return (await sessionFromCookieValue(value, name))?.role ?? null;
  }
  return null;
}
