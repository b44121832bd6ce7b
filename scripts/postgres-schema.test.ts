import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Keeping the data model portable: the PostgreSQL copy of the schema is current and valid for Prisma.
describe("PostgreSQL schema", () => {
  it("is generated from prisma/schema.prisma and up to date", () => {
    expect(() => execFileSync(process.execPath, ["scripts/postgres-schema.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("is a valid Prisma schema for the postgresql provider", () => {
    const out = execFileSync(path.resolve("node_modules/.bin/prisma"), ["validate", "--schema", "prisma/postgresql/schema.prisma"], {
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(out).toContain("is valid");
  });
});
