import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

// First line of defence only: every page, server action and route handler checks the session again itself.
const AREAS: { prefix: string; role: "TEACHER" | "STUDENT" }[] = [
  { prefix: "/teacher", role: "TEACHER" },
  { prefix: "/student", role: "STUDENT" },
];

export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  const area = AREAS.find((a) => pathname === a.prefix || pathname.startsWith(a.prefix + "/"));
  if (!area) return NextResponse.next();
  const user = req.auth?.user;
  if (!user) {
    const url = new URL("/signin", req.nextUrl);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  if (user.role !== area.role) {
    return NextResponse.redirect(new URL(user.role === "TEACHER" ? "/teacher" : "/student", req.nextUrl));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/teacher/:path*", "/student/:path*"],
};
