import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { apiContentSecurityPolicy, withSecurityHeaders } from "./headers";

// The proxy's security headers (docs/decisions/007): a fresh nonce for pages, a fixed policy for the JSON routes
// (docs/decisions/024).
const proxy = withSecurityHeaders(() => NextResponse.next(), false);
const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost:3000${path}`, { headers: { cookie: "authjs.session-token=abc", "user-agent": "test", ...headers } });
const nonce = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("security headers", () => {
  it("gives a page a fresh nonce, in the response and in the request Next.js renders", async () => {
    const first = await proxy(request("/practice"));
    const second = await proxy(request("/practice"));
    const policy = first.headers.get("content-security-policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(nonce(second.headers.get("content-security-policy"))).not.toBe(nonce(policy));
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-override-headers")?.split(",")).toContain("content-security-policy");
  });

  it("gives a JSON route a fixed policy: no nonce, nothing handed on to the renderer, the same for every request", async () => {
    const first = await proxy(request("/api/attempts/a1/answers"));
    const second = await proxy(request("/api/teacher/assignments/x/scores"));
    const policy = first.headers.get("content-security-policy");
    expect(policy).toBe(apiContentSecurityPolicy({ https: false }));
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("nonce-");
    expect(second.headers.get("content-security-policy")).toBe(policy);
    expect([...first.headers.keys()].filter((k) => k.startsWith("x-middleware-request-") || k === "x-middleware-override-headers")).toEqual([]);
    expect(first.headers.get("x-middleware-next")).toBe("1");
    expect(first.headers.get("strict-transport-security")).toBeNull();
  });

  it("over HTTPS, a JSON route also gets HSTS and upgrade-insecure-requests", async () => {
    const res = await proxy(request("/api/attempts/a1/answers", { "x-forwarded-proto": "https" }));
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(res.headers.get("content-security-policy")).toBe(apiContentSecurityPolicy({ https: true }));
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("answers a bad percent-encoding with a 400 that carries the policy, as JSON under /api/", async () => {
    const api = await proxy(request("/api/%E0%A4%A"));
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: "That address is not valid (bad percent-encoding)." });
    expect(api.headers.get("content-security-policy")).toBe(apiContentSecurityPolicy({ https: false }));
    const page = await proxy(request("/practice/%E0%A4%A"));
    expect(page.status).toBe(400);
    expect(page.headers.get("content-security-policy")).toContain("'strict-dynamic'");
  });
});
