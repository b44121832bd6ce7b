import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeRng, seedFrom, shuffle, stableHash } from "./hash";

describe("hash and PRNG", () => {
  it("stableHash is 12 hex chars, stable, and sensitive to content", () => {
    expect(stableHash("abc")).toMatch(/^[0-9a-f]{12}$/);
    expect(stableHash("abc")).toBe(stableHash("abc"));
    expect(stableHash("abc")).not.toBe(stableHash("abd"));
  });
  it("shuffle is a deterministic permutation for a seed", () => {
    const xs = ["a", "b", "c", "d"];
    const s1 = shuffle(xs, makeRng(seedFrom("x")));
    expect([...s1].sort()).toEqual(xs);
    expect(shuffle(xs, makeRng(seedFrom("x")))).toEqual(s1);
    const seen = new Set(Array.from({ length: 20 }, (_, i) => shuffle(xs, makeRng(seedFrom(String(i)))).join("")));
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe("browser-safe engine", () => {
  it("no engine module imports node: built-ins, Next.js or Prisma", () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "test-helpers.ts" && !f.startsWith("_"));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = readFileSync(join(__dirname, f), "utf8");
      expect(src, f).not.toMatch(/from\s+["'](?:node:|fs|path|next|@prisma|server-only)/);
    }
  });
});
