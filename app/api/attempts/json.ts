import { NextResponse } from "next/server";
import { HttpError } from "@/lib/auth/guards";
import { readJsonBody } from "@/lib/http/read-json";

/**
 * The quiz's JSON endpoints share this: a JSON body only (a cross-site form cannot send one without a preflight)
 * of at most 64 KB (lib/http/read-json.ts; 413 beyond),
 * HttpError from the session guards becomes its status, and nothing is cached.
 */
export async function handleJson(request: Request, handler: (body: unknown) => Promise<Response>): Promise<Response> {
  try {
    const body = await readJsonBody(request);
    if (!body.ok) return reply(body.status, { status: body.status === 413 ? "too_large" : "invalid", message: body.message });
    return await handler(body.value);
  } catch (err) {
    if (err instanceof HttpError) return reply(err.status, { status: "unauthorised", message: err.message });
    throw err;
  }
}

export function reply(status: number, body: Record<string, unknown>): Response {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export const NOT_FOUND = { status: "not_found", message: "Not found." } as const;

/** The HTTP status for each outcome of saving to an attempt. */
export function statusFor(result: { status: string }): number {
  switch (result.status) {
    case "not_found":
      return 404;
    case "invalid":
      return 400;
    case "locked":
    case "closed":
      return 409;
    default:
      return 200;
  }
}
