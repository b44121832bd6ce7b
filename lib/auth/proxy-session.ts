import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import type { Role } from "./config";
import { sessionUserFor } from "./session";

/**
 * The role of the signed-in user for proxy.ts, or null. Reads the session cookie without writing one (Auth.js's
 * own middleware wrapper re-issues the cookie on every request, so a link prefetch still in flight while someone
 * signs out could sign them back in), then makes the same database check as every other reader of a session.
 */
export async function proxySessionRole(req: NextRequest): Promise<Role | null> {
  const secret = env().authSecret;
  if (!secret) return null;
  // The cookie's name depends on whether Auth.js saw https; accept either.
  for (const secureCookie of [req.nextUrl.protocol === "https:", req.nextUrl.protocol !== "https:"]) {
    const token = await getToken({ req, secret, secureCookie });
    if (token) return (await sessionUserFor(token))?.role ?? null;
  }
  return null;
}
