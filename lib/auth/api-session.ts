import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionUserFor, type SessionUser } from "./session";

/** Auth.js's session cookie: the __Secure- name when it saw HTTPS, the plain one otherwise (lib/auth/proxy-session.ts). */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The session check of the JSON routes (saving answers, progress, submitting, polling results): the cookie is
 * decrypted and verified (JWE, expiry) exactly as Auth.js does it, and the same one database check decides
 * (sessionUserFor, docs/decisions/005). What it leaves out is the rest of `auth()`: building a Request for Auth.js's
 * handler, its callbacks, and encrypting a fresh cookie for every call (docs/decisions/014). The cookie is still
 * re-issued by every page the student opens, so a session stays alive while it is used.
 */
export async function apiSessionUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = chunked(name, (n) => jar.get(n)?.value);
    if (value) return sessionFromCookieValue(value, name);
  }
  return null;
}

/** A cookie Auth.js may have split into name.0, name.1, … when it was longer than a browser keeps. */
export function chunked(name: string, get: (name: string) => string | undefined): string | undefined {
  const whole = get(name);
  if (whole) return whole;
  let value = "";
  for (let i = 0; ; i++) {
    const part = get(`${name}.${i}`);
    if (part === undefined) break;
    value += part;
  }
  return value || undefined;
}

/** The user of a session cookie's value, or null when it is not valid (forged, expired, or its version ended). */
export async function sessionFromCookieValue(value: string, cookieName: string = SESSION_COOKIES[1]): Promise<SessionUser | null> {
  const secret = env().authSecret;
  if (!secret) return null;
  try {
    // Auth.js salts the key with the cookie's name.
    const claims = await decode({ token: value, secret, salt: cookieName });
    return await sessionUserFor(claims);
  } catch {
    return null;
  }
}
