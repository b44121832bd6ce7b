import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

/**
 * Drives Auth.js's real route handlers (the same `handlers` that app/api/auth/[...nextauth]/route.ts serves) the way a
 * browser or a script would: a cookie jar, the CSRF token from /api/auth/csrf, form posts. No HTTP server needed.
 */
export class AuthClient {
  private jar = new Map<string, string>();

  constructor(
    private readonly address = "203.0.113.10",
    private readonly origin = "http://localhost:3000",
  ) {}

  private headers(extra: Record<string, string> = {}) {
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
    return { cookie, "x-forwarded-for": this.address, ...extra };
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  async get(path: string): Promise<Response> {
    const res = await handlers.GET(new NextRequest(this.origin + path, { headers: this.headers() }));
    this.keep(res);
    return res;
  }

  async post(path: string, body: string, contentType: string): Promise<Response> {
    const res = await handlers.POST(new NextRequest(this.origin + path, { method: "POST", body, headers: this.headers({ "content-type": contentType }) }));
    this.keep(res);
    return res;
  }

  async csrf(): Promise<string> {
    return ((await (await this.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  }

  /** Signs in through Auth.js's own endpoint; returns where it redirects (an error page URL on failure). */
  async signIn(identifier: string, password: string, callbackUrl = "/after-sign-in"): Promise<string> {
    const csrfToken = await this.csrf();
    const body = new URLSearchParams({ identifier, password, csrfToken, callbackUrl }).toString();
    const res = await this.post("/api/auth/callback/credentials", body, "application/x-www-form-urlencoded");
    return res.headers.get("location") ?? "";
  }

  /** What /api/auth/session says (null when signed out). */
  async session(): Promise<{ user: { id: string; role: string; name: string; mustChangePassword: boolean } } | null> {
    const res = await this.get("/api/auth/session");
    return (await res.json()) as never;
  }

  /** The session "update" any client can send: POST /api/auth/session with the CSRF token and its own data. */
  async update(data: unknown) {
    const csrfToken = await this.csrf();
    const res = await this.post("/api/auth/session", JSON.stringify({ csrfToken, data }), "application/json");
    return res;
  }

  cookie(name: string) {
    return this.jar.get(name);
  }

  /** A copy of this client's cookies, as a thief with the cookie would have. */
  copy(): AuthClient {
    const other = new AuthClient(this.address, this.origin);
    for (const [k, v] of this.jar) other.jar.set(k, v);
    return other;
  }
}
