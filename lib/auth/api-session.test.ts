import { decode, encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { chunked, decodedSessionCookie, decodeSessionCookie, decodeSessionCookieForAuth, derivedKey, encodeSessionCookie, REISSUE_AFTER_S, sessionFromCookieValue } from "./api-session";
import { endAllSessions } from "./session";

const s = Math.random().toString(36).slice(2, 8);
const secret = process.env.AUTH_SECRET!;
const salt = "authjs.session-token";
afterAll(() => db.$disconnect());

describe("the JSON routes' session check (real cookie, real database)", () => {
  it("accepts Auth.js's cookie while its version holds, and refuses it after Sign out everywhere", async () => {
    const user = await db.user.create({ data: { role: "STUDENT", displayName: "Api S", username: `api-${s}`, passwordHash: "x" } });
    const cookie = await encode({ token: { sub: user.id, sv: 0 }, secret, salt });
    expect(await sessionFromCookieValue(cookie)).toEqual({ id: user.id, role: "STUDENT", name: "Api S", mustChangePassword: false });
    await endAllSessions(user.id);
    expect(await sessionFromCookieValue(cookie)).toBeNull();
  });

  it("refuses a cookie made with another secret, for another cookie name, expired, or not a cookie at all", async () => {
    const user = await db.user.create({ data: { role: "TEACHER", displayName: "Api T", email: `api-${s}@t.test`, passwordHash: "x" } });
    expect(await sessionFromCookieValue(await encode({ token: { sub: user.id, sv: 0 }, secret: "another-secret-0123456789abcdef0123", salt }))).toBeNull();
    expect(await sessionFromCookieValue(await encode({ token: { sub: user.id, sv: 0 }, secret, salt: "authjs.csrf-token" }))).toBeNull();
    expect(await sessionFromCookieValue(await encode({ token: { sub: user.id, sv: 0 }, secret, salt, maxAge: -60 }))).toBeNull();
    expect(await sessionFromCookieValue("not-a-jwe")).toBeNull();
    expect(await sessionFromCookieValue(await encode({ token: { sub: user.id, sv: 0 }, secret, salt }))).toMatchObject({ id: user.id, role: "TEACHER" });
  });

  it("decodes as Auth.js does, with the key derived once per cookie name (docs/decisions/024)", async () => {
    const token = { sub: "u1", sv: 3, name: "N", role: "STUDENT" };
    for (const name of [salt, "__Secure-authjs.session-token"]) {
      const cookie = await encode({ token, secret, salt: name });
      expect(await decodeSessionCookie(cookie, secret, name)).toEqual(await decode({ token: cookie, secret, salt: name }));
      expect(await decodeSessionCookie(cookie, secret, name)).toMatchObject(token);
      // Not for the other cookie name, and not with another secret.
      await expect(decodeSessionCookie(cookie, secret, name === salt ? "__Secure-authjs.session-token" : salt)).rejects.toThrow();
      await expect(decodeSessionCookie(cookie, "another-secret-0123456789abcdef0123", name)).rejects.toThrow();
    }
    expect(derivedKey("A256CBC-HS512", secret, salt)).toBe(derivedKey("A256CBC-HS512", secret, salt));
    expect(derivedKey("A256CBC-HS512", secret, salt).key).toHaveLength(64);
    expect(derivedKey("A256CBC-HS512", secret, salt)).not.toBe(derivedKey("A256CBC-HS512", secret, "__Secure-authjs.session-token"));
    expect(() => derivedKey("A128GCM", secret, salt)).toThrow();
  });

  it("remembers a cookie it verified, but not past its expiry, and never a changed one (docs/decisions/031)", async () => {
    const cookie = await encode({ token: { sub: "u-remembered", sv: 2 }, secret, salt, maxAge: 60 });
    const first = await decodedSessionCookie(cookie, secret, salt);
    expect(first).toMatchObject({ sub: "u-remembered", sv: 2 });
    expect(await decodedSessionCookie(cookie, secret, salt)).toBe(first); // the same claims, not decrypted again
    // Still refused for another cookie name or secret, remembered or not.
    await expect(decodedSessionCookie(cookie, secret, "__Secure-authjs.session-token")).rejects.toThrow();
    await expect(decodedSessionCookie(cookie, "another-secret-0123456789abcdef0123", salt)).rejects.toThrow();
    // Past its expiry (and Auth.js's 15 s of tolerance) a remembered cookie is refused, and forgotten.
    const exp = first.exp!;
    expect(await decodedSessionCookie(cookie, secret, salt, (exp + 14) * 1000)).toBe(first);
    await expect(decodedSessionCookie(cookie, secret, salt, (exp + 15) * 1000)).rejects.toThrow(/expired/);
    const again = await decodedSessionCookie(cookie, secret, salt);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("refuses a cookie changed by one character anywhere", async () => {
    const cookie = await encode({ token: { sub: "u1", sv: 0 }, secret, salt });
    const parts = cookie.split(".");
    for (const i of [0, 2, 3, 4]) {
      const changed = [...parts];
      changed[i] = (changed[i][0] === "A" ? "B" : "A") + changed[i].slice(1);
      await expect(decodeSessionCookie(changed.join("."), secret, salt)).rejects.toThrow();
      await expect(decodedSessionCookie(changed.join("."), secret, salt)).rejects.toThrow();
    }
  });

  it("encodes as Auth.js does: its own decode reads our cookie, and ours reads its (docs/decisions/032)", async () => {
    const token = { sub: "u-enc", sv: 4, role: "STUDENT", name: "Enc", mustChangePassword: false };
    const now = Date.now();
    const cookie = await encodeSessionCookie({ token, secret, salt, maxAge: 3600 }, now);
    const read = await decode({ token: cookie, secret, salt });
    expect(read).toMatchObject(token);
    expect(read?.exp).toBe(Math.floor(now / 1000) + 3600);
    expect(read?.iat).toBe(Math.floor(now / 1000));
    expect(typeof read?.jti).toBe("string");
    expect(await decodeSessionCookieForAuth({ token: await encode({ token, secret, salt }), secret, salt })).toMatchObject(token);
    expect(await decodeSessionCookieForAuth({ token: undefined, secret, salt })).toBeNull();
    // Not readable under another cookie name or secret; a rotation's older secret still reads the cookies it made.
    await expect(decode({ token: cookie, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
    await expect(decodeSessionCookieForAuth({ token: cookie, secret: "another-secret-0123456789abcdef0123", salt })).rejects.toThrow();
    expect(await decodeSessionCookieForAuth({ token: cookie, secret: ["another-secret-0123456789abcdef0123", secret], salt })).toMatchObject(token);
  });

  it("hands out the same cookie for the same session for a few minutes, and a new one when anything in it changes", async () => {
    const token = { sub: `u-reissue-${s}`, sv: 0, role: "STUDENT", name: "Re", mustChangePassword: false };
    const t0 = Date.now();
    const first = await encodeSessionCookie({ token, secret, salt, maxAge: 3600 }, t0);
    // The claims a decoded cookie carries (iat, exp, jti) and the order of the others do not make it another session.
    const decoded = await decode({ token: first, secret, salt });
    expect(await encodeSessionCookie({ token: { ...decoded, ...token }, secret, salt, maxAge: 3600 }, t0 + 1000)).toBe(first);
    const reordered = { mustChangePassword: false, name: "Re", role: "STUDENT", sv: 0, sub: token.sub };
    expect(await encodeSessionCookie({ token: reordered, secret, salt, maxAge: 3600 }, t0 + (REISSUE_AFTER_S - 1) * 1000)).toBe(first);
    // After the window, a new cookie whose expiry slid forward.
    const later = t0 + REISSUE_AFTER_S * 1000;
    const renewed = await encodeSessionCookie({ token, secret, salt, maxAge: 3600 }, later);
    expect(renewed).not.toBe(first);
    expect((await decode({ token: renewed, secret, salt }))?.exp).toBe(Math.floor(later / 1000) + 3600);
    // Any change of what it carries, of the cookie name, the secret or the lifetime: another cookie at once.
    for (const changed of [{ ...token, sv: 1 }, { ...token, role: "TEACHER" }, { ...token, name: "Other" }, { ...token, mustChangePassword: true }, { ...token, sub: "u-other" }]) {
      const other = await encodeSessionCookie({ token: changed, secret, salt, maxAge: 3600 }, later + 1000);
      expect(other).not.toBe(renewed);
      expect(await decode({ token: other, secret, salt })).toMatchObject(changed);
    }
    expect(await encodeSessionCookie({ token, secret, salt: "__Secure-authjs.session-token", maxAge: 3600 }, later + 1000)).not.toBe(renewed);
    expect(await encodeSessionCookie({ token, secret: "another-secret-0123456789abcdef0123", salt, maxAge: 3600 }, later + 1000)).not.toBe(renewed);
    expect(await encodeSessionCookie({ token, secret, salt, maxAge: 7200 }, later + 1000)).not.toBe(renewed);
    // A clock that went back does not hand out a cookie from its future.
    expect(await encodeSessionCookie({ token, secret, salt, maxAge: 3600 }, later - 1000)).not.toBe(renewed);
  });

  it("ends a session at once on Sign out everywhere, although its cookie is reused (real database)", async () => {
    const user = await db.user.create({ data: { role: "STUDENT", displayName: "Api R", username: `api-r-${s}`, passwordHash: "x" } });
    const cookie = await encodeSessionCookie({ token: { sub: user.id, sv: 0, role: "STUDENT", name: "Api R", mustChangePassword: false }, secret, salt });
    expect(await sessionFromCookieValue(cookie)).toMatchObject({ id: user.id });
    await endAllSessions(user.id);
    expect(await sessionFromCookieValue(cookie)).toBeNull();
    // The callback's token after the version changed is another session, so another cookie.
    const fresh = await encodeSessionCookie({ token: { sub: user.id, sv: 1, role: "STUDENT", name: "Api R", mustChangePassword: false }, secret, salt });
    expect(fresh).not.toBe(cookie);
    expect(await sessionFromCookieValue(fresh)).toMatchObject({ id: user.id });
  });

  it("reads a cookie Auth.js split into chunks", () => {
    const jar = new Map([
      ["authjs.session-token.0", "abc"],
      ["authjs.session-token.1", "def"],
    ]);
    expect(chunked("authjs.session-token", (n) => jar.get(n))).toBe("abcdef");
    expect(chunked("authjs.session-token", () => undefined)).toBeUndefined();
    expect(chunked("x", (n) => (n === "x" ? "whole" : "part"))).toBe("whole");
  });
});
