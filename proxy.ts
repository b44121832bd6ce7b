import { NextResponse, type NextRequest } from "next/server";
import { proxySessionRole } from "@/lib/auth/proxy-session";

// First line of defence only: every page, server action and route handler checks the session again itself.
const AREAS: { prefix: string; role: "TEACHER" | "STUDENT" }[] = [
  { prefix: "/teacher", role: "TEACHER" },
  { prefix: "/student", role: "STUDENT" },
];

export async function proxy(req: NextRequest) {
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

export const config = {
  matcher: ["/teacher/:path*", "/student/:path*"],
};
