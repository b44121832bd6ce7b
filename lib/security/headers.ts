import { NextResponse, type NextRequest } from "next/server";

/**
 * The Content-Security-Policy and transport headers of every response (docs/decisions/007). Static headers that do
 * not depend on the request (nosniff, Referrer-Policy, X-Frame-Options for old browsers) are in next.config.js.
 *
 * - Scripts: only this site's files and inline scripts carrying this response's nonce, which Next.js adds to its
 *   own inline scripts when it finds the nonce in the request's CSP header. 'strict-dynamic' lets those scripts
 *   load the page's chunks. No 'unsafe-inline', and 'unsafe-eval' only under `next dev` (React's dev tools use it).
 * - Styles: this site's style sheets and nonced <style>; style *attributes* are allowed, because three progress
 *   bars set their width that way and an attribute cannot run script or select other elements.
 * - Nothing from other origins at all (guiding principle 5), no plugins, no <base>, forms post only here, and no
 *   site may frame Quorum (clickjacking).
 */
export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  // Only over HTTPS: on a plain-HTTP school server it would send the browser to an https:// that does not exist.
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The policy of the JSON routes (/api/…): a response that is data, never a document with scripts or styles of its
 * own, needs no nonce, so it gets this fixed policy, made once, instead of a fresh nonce per request and the copy
 * of every request header that handing a nonce to Next.js's renderer costs (docs/decisions/024). Nothing may load
 * or frame it; a browser that opened one as a page would run nothing.
 */
export function apiContentSecurityPolicy(opts: { https: boolean }): string {
  const directives = ["default-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
const API_POLICY = { http: apiContentSecurityPolicy({ https: false }), https: apiContentSecurityPolicy({ https: true }) };

/** Two years, subdomains included: the usual HSTS for a site that is only ever served over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Whether the browser reached us over HTTPS, directly or through a TLS-terminating reverse proxy. */
export function servedOverHttps(req: NextRequest): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : req.nextUrl.protocol === "https:";
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Adds a header to the request that Next.js goes on to render, on a proxy response that lets the request through
 * (NextResponse.next() or a rewrite). This is NextResponse.next({ request: { headers } })'s own encoding, applied
 * afterwards so that the route proxy's responses (and any request headers it set) are kept as they are.
 */
function forwardRequestHeader(res: Response, req: NextRequest, name: string, value: string) {
  const listed = res.headers.get("x-middleware-override-headers");
  const names = listed !== null ? listed.split(",").filter(Boolean) : [...req.headers.keys()];
  if (listed === null) for (const key of names) res.headers.set(`x-middleware-request-${key}`, req.headers.get(key) ?? "");
  if (!names.includes(name)) names.push(name);
  res.headers.set("x-middleware-override-headers", names.join(","));
  res.headers.set(`x-middleware-request-${name}`, value);
}

type Proxy = (req: NextRequest) => Response | Promise<Response>;

/** True when the path has a malformed percent-encoding ("%E0%A4%A", "%zz"), which Next.js would answer with a 500. */
export function hasBadPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Wraps the app's proxy: a path that cannot be decoded is a 400 before anything else; then a fresh nonce and policy per request, given to Next.js's renderer (request header) and to
 * the browser (response header), and HSTS over HTTPS. The JSON routes (/api/…) get the fixed policy above instead:
 * no nonce, nothing handed to the renderer. Keeps proxy.ts about routing and sessions only.
 */
export function withSecurityHeaders(route: Proxy, dev: boolean = process.env.NODE_ENV === "development"): Proxy {
  return async (req) => {
    const https = servedOverHttps(req);
    const api = req.nextUrl.pathname.startsWith("/api/");
    const policy = api ? API_POLICY[https ? "https" : "http"] : contentSecurityPolicy(newNonce(), { dev, https });
    const res = hasBadPercentEncoding(req.nextUrl.pathname)
      ? api
        ? NextResponse.json({ error: "That address is not valid (bad percent-encoding)." }, { status: 400 })
        : new NextResponse("Bad request: that address is not valid (bad percent-encoding).", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } })
      : ((await route(req)) ?? NextResponse.next());
    if (!api && (res.headers.get("x-middleware-next") === "1" || res.headers.has("x-middleware-rewrite"))) {
      forwardRequestHeader(res, req, "content-security-policy", policy);
    }
    res.headers.set("Content-Security-Policy", policy);
    if (https) res.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return res;
  };
}
