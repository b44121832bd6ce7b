import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackUrl("/teacher/classes?tab=roster")).toBe("/teacher/classes?tab=roster");
    expect(safeCallbackUrl("/student#top", "/")).toBe("/student#top");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    // Issue 9: a browser drops the tab and follows "//evil.example".
    "/\t/evil.example",
    "/\t\\evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/x\r\nSet-Cookie: a=b",
    "/\u0000/evil.example",
    "\t//evil.example",
    "javascript:alert(1)",
    "evil.example",
    " /teacher",
    "",
    42,
    null,
    undefined,
  ])("refuses %j", (raw) => {
    expect(safeCallbackUrl(raw, "/home")).toBe("/home");
  });

  it("accepts an absolute URL only on the site's own origin, and returns its path", () => {
    expect(safeCallbackUrl("http://localhost:3000/teacher?x=1", "/", "http://localhost:3000")).toBe("/teacher?x=1");
    expect(safeCallbackUrl("http://localhost:3001/teacher", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("https://localhost:3000/teacher", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("http://localhost:3000//evil.example", "/", "http://localhost:3000")).toBe("/");
    expect(safeCallbackUrl("/teacher", "/", "http://localhost:3000")).toBe("/teacher");
    expect(safeCallbackUrl("http://localhost:3000/teacher", "/")).toBe("/");
  });

  it("returns the parsed path, so what is followed is what was checked", () => {
    expect(safeCallbackUrl("/a/../teacher")).toBe("/teacher");
    expect(safeCallbackUrl("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(safeCallbackUrl("/a b")).toBe("/a%20b");
  });
});
