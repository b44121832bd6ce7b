import "server-only";
import { hkdfSync, randomUUID } from "node:crypto";
import { base64url, calculateJwkThumbprint, EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { sessionUserFor, type SessionUser } from "./session";

/** Auth.js's session cookie: the __Secure- name when it saw HTTPS, the plain one otherwise (lib/auth/proxy-session.ts). */
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The session check of the JSON routes (saving answers, progress, submitting, polling results): the cookie is
 * decrypted and verified (JWE, expiry) as Auth.js does it (decodeSessionCookie below), and the same one database check decides
 * (sessionUserFor, docs/decisions/005). What it leaves out is the rest of `auth()`: building a Request for Auth.js's
 * handler, its callbacks, and encrypting a fresh cookie for every call (docs/decisions/014). No route re-issues the
 * cookie: a session lasts seven days from sign-in (docs/decisions/032).
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
    const claims = await decodedSessionCookie(value, secret, cookieName);
    return await sessionUserFor(claims);
  } catch {
    return null;
  }
}

/** Cookies already decrypted and verified, by value: a student's quiz sends the same cookie with every save. */
const decoded = new Map<string, JWTPayload>();
/** About 1 kB each: a few megabytes at most, for a few thousand signed-in students of one process. */
export const DECODED_COOKIES_KEPT = 5_000;
/** Sets a key of one of the maps above, last in order; when the map is full, its oldest entry goes first. */
function keepBounded<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  if (map.size >= DECODED_COOKIES_KEPT) map.delete(map.keys().next().value!);
  map.set(key, value);
}

/** Auth.js's tolerance on `exp` (decodeSessionCookie below). */
const CLOCK_TOLERANCE_S = 15;

/**
 * decodeSessionCookie, remembered (docs/decisions/031): the claims of a cookie value that verified once, checked
 * again only for expiry. A value is a ciphertext authenticated under the secret and the cookie's name, so the same
 * value always decrypts to the same claims; a forged or changed value is not in the map and is decrypted (and
 * refused) as before. Whether the session is still valid is not cached: the version read of sessionUserFor decides
 * that on every call. The oldest entries go first when the map is full.
 */
export async function decodedSessionCookie(token: string, secret: string, salt: string, now: number = Date.now()): Promise<JWTPayload> {
  const id = `${salt}\n${secret}\n${token}`;
  let claims = decoded.get(id);
  if (!claims) {
    claims = await decodeSessionCookie(token, secret, salt);
    keepBounded(decoded, id, claims);
  }
  if (typeof claims.exp === "number" && claims.exp + CLOCK_TOLERANCE_S <= now / 1000) {
    decoded.delete(id);
    throw new Error("The session cookie has expired.");
  }
  return claims;
}

type DerivedKey = { key: Uint8Array; thumbprint: Promise<string> };
const derivedKeys = new Map<string, DerivedKey>();

/**
 * Auth.js's encryption key for a cookie name (`getDerivedEncryptionKey` in @auth/core/jwt: HKDF-SHA-256 of the
 * secret, salted with the cookie's name), and the thumbprint Auth.js writes as the token's `kid`. Auth.js derives
 * both again for every cookie it decodes; they depend only on the secret, the cookie name and the algorithm, so
 * here they are derived once per process (docs/decisions/024). At most a handful: two cookie names, two algorithms.
 */
export function derivedKey(enc: string, secret: string, salt: string): DerivedKey {
  const id = `${enc}\n${salt}\n${secret}`;
  let found = derivedKeys.get(id);
  if (!found) {
    const length = enc === "A256CBC-HS512" ? 64 : enc === "A256GCM" ? 32 : 0;
    if (length === 0) throw new Error("Unsupported JWT Content Encryption Algorithm");
    const key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, length));
    found = { key, thumbprint: calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) }, length === 64 ? "sha512" : "sha256") };
    derivedKeys.set(id, found);
  }
  return found;
}

/**
 * Auth.js's `decode` (next-auth/jwt) with the key derived once: the same JWE checks (direct encryption,
 * A256CBC-HS512 or A256GCM, the `kid` must be the key's thumbprint when present) and the same 15 s of clock
 * tolerance on `exp`. Throws when the cookie is not valid.
 */
export async function decodeSessionCookie(token: string, secret: string, salt: string): Promise<JWTPayload> {
  const { payload } = await jwtDecrypt(
    token,
    async ({ kid, enc }) => {
      const { key, thumbprint } = derivedKey(enc, secret, salt);
      if (kid === undefined || kid === (await thumbprint)) return key;
      throw new Error("no matching decryption secret");
    },
    { clockTolerance: CLOCK_TOLERANCE_S, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256CBC-HS512", "A256GCM"] },
  );
  return payload;
}

/** Cookies this process issued lately, by what they carry: the value and when it was made. */
const issued = new Map<string, { value: string; at: number }>();
/**
 * How long an issued cookie is handed out again for the same claims instead of a new one. Auth.js encodes a new
 * cookie on every `auth()` (its sliding expiry); in pages and actions next-auth then drops it (docs/decisions/032),
 * and where it is sent (sign-in, /api/auth/session) its expiry now slides in steps of this length.
 */
export const REISSUE_AFTER_S = 10 * 60;
/** Auth.js's default lifetime of a JWT when none is given (30 days). */
const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60;
/** The claims Auth.js's encoder writes itself: a token decoded from a cookie carries them, the callbacks' does not. */
const REGISTERED = new Set(["iat", "exp", "jti"]);

/**
 * Auth.js's `encode` (next-auth/jwt), for its `jwt.encode` option (lib/auth/index.ts, docs/decisions/032): the same
 * JWE (direct encryption, A256CBC-HS512, the key's thumbprint as `kid`, `iat`, `exp` = now + maxAge, a random `jti`),
 * with the key derived once (derivedKey) instead of on every call, and the same value handed out again for the same
 * claims, secret, cookie name and lifetime for REISSUE_AFTER_S. Every `auth()` of a page or server action encodes the
 * session again (and next-auth throws the result away); with this, one a few minutes old is reused. A change of any
 * claim (the session version after "Sign out everywhere", the role, the name, a temporary password) gives a new
 * value at once.
 */
export async function encodeSessionCookie(
  params: { token?: Record<string, unknown>; secret: string | string[]; salt: string; maxAge?: number },
  now: number = Date.now(),
): Promise<string> {
  const secret = Array.isArray(params.secret) ? params.secret[0] : params.secret;
  const maxAge = params.maxAge ?? DEFAULT_MAX_AGE_S;
  const claims = Object.fromEntries(
    Object.entries(params.token ?? {})
      .filter(([name, value]) => !REGISTERED.has(name) && value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const id = JSON.stringify([params.salt, secret, maxAge, claims]);
  const found = issued.get(id);
  if (found && now >= found.at && now - found.at < REISSUE_AFTER_S * 1000) return found.value;
  const { key, thumbprint } = derivedKey("A256CBC-HS512", secret, params.salt);
  const seconds = Math.floor(now / 1000);
  const value = await new EncryptJWT(claims)
    .setProtectedHeader({ alg: "dir", enc: "A256CBC-HS512", kid: await thumbprint })
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + maxAge)
    .setJti(randomUUID())
    .encrypt(key);
  keepBounded(issued, id, { value, at: now });
  return value;
}

/** Auth.js's `decode`, for its `jwt.decode` option: decodedSessionCookie (the key derived once, a verified value remembered). */
export async function decodeSessionCookieForAuth(params: { token?: string; secret: string | string[]; salt: string }): Promise<JWTPayload | null> {
  if (!params.token) return null;
  // Several secrets (a rotation): each is tried in turn, as Auth.js does; new cookies use the first (encodeSessionCookie).
  const secrets = Array.isArray(params.secret) ? params.secret : [params.secret];
  for (const [i, secret] of secrets.entries()) {
    try {
      return await decodedSessionCookie(params.token, secret, params.salt);
    } catch (error) {
      if (i === secrets.length - 1) throw error;
    }
  }
  return null;
}
