// No "server-only" marker: pure, and shared by pages, server actions, the Auth.js config and proxy.ts.

/** A made-up origin to resolve relative paths against when the caller does not know the real one. */
const PLACEHOLDER_ORIGIN = "http://quorum.invalid";

// Browsers drop tabs and newlines inside URLs and read "\" as "/", so "/\t/evil.example" or "/\\evil.example"
// becomes "//evil.example", another site. Any control character, any backslash: refused, not cleaned.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * The one check for every post-sign-in destination (the sign-in page, the sign-in and join actions, Auth.js's
 * redirect callback): returns a path on this site ("/teacher?tab=x"), or `fallback`.
 *
 * `raw` is parsed as a URL against the site's `origin` and accepted only if it stays on that origin. Absolute URLs
 * are accepted only when `origin` is given and matches. The result is the parsed, re-serialised path, so what the
 * browser follows is exactly what was checked; it never starts with "//".
 */
export function safeCallbackUrl(raw: unknown, fallback = "/", origin?: string): string {
  if (typeof raw !== "string" || raw === "" || raw.length > 2048 || UNSAFE.test(raw)) return fallback;
  const base = origin ? safeOrigin(origin) : null;
  if (!base && !raw.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, base ?? PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== (base ?? PLACEHOLDER_ORIGIN)) return fallback;
  // "/%2F..." is fine (the path stays encoded), but a path the URL parser turned into "//x" is not.
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

function safeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}
