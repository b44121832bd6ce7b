import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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

// Under `npm run test:pg`: the PostgreSQL migrations, replayed by the real Prisma CLI into a shadow database on the
// server, give exactly the generated schema; a schema change without its migration is caught.
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");
describe.runIf(postgres)("PostgreSQL migrations", () => {
  const diff = (schema: string) =>
    spawnSync(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-migrations", "prisma/postgresql/migrations", "--to-schema", schema, "--exit-code"],
      { encoding: "utf8", env: process.env },
    );

  it("produce prisma/postgresql/schema.prisma exactly", () => {
    const result = diff("prisma/postgresql/schema.prisma");
    expect(result.stdout + result.stderr).toContain("No difference detected");
    expect(result.status).toBe(0);
  });

  it("are found missing when the schema has changed without one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-pg-schema-"));
    try {
      const changed = path.join(dir, "schema.prisma");
      const source = fs.readFileSync("prisma/postgresql/schema.prisma", "utf8");
      fs.writeFileSync(changed, source.replace(/^(\s*displayName\s+String)\s*$/m, "$1\n  nickname String?"));
      const result = diff(changed);
      expect(result.status).toBe(2);
      expect(result.stdout).toContain("nickname");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
