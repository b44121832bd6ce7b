import { NextResponse, type NextRequest } from "next/server";
import { proxySessionRole } from "@/lib/auth/proxy-session";
import { withSecurityHeaders } from "@/lib/security/headers";

// First line of defence only: every page, server action and route handler checks the session again itself.
const AREAS: { prefix: string; role: "TEACHER" | "STUDENT" }[] = [
  { prefix: "/teacher", role: "TEACHER" },
  { prefix: "/student", role: "STUDENT" },
];

async function routeProxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const area = AREAS.find((a) => pathname === a.prefix || pathname.startsWith(a.prefix + "/"));
  if (!area) return NextResponse.next();
  const role = await proxySessionRole(req);
  if (!role) {
    const url = new URL("/signin", req.nextUrl);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  if (role !== area.role) {
    return NextResponse.redirect(new URL(role === "TEACHER" ? "/teacher" : "/student", req.nextUrl));
  }
  return NextResponse.next();
}

// Every response gets the Content-Security-Policy (with a fresh nonce) and HSTS: lib/security/headers.ts.
export const proxy = withSecurityHeaders(routeProxy);

export const config = {
  // Everything but build assets (immutable files with no HTML in them); routeProxy acts on /teacher and /student.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
