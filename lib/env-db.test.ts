import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, resolveDatabaseUrl as databaseUrl, sqliteFilePath } from "./env-db";

describe("databaseUrl", () => {
  it("resolves a relative SQLite path against the working directory", () => {
    expect(databaseUrl("file:./data/x.db")).toBe("file:" + path.resolve("data/x.db"));
  });
  it("falls back to the default file when unset or blank", () => {
    expect(databaseUrl(undefined)).toBe(databaseUrl(DEFAULT_DATABASE_URL));
    expect(databaseUrl("  ")).toBe(databaseUrl(DEFAULT_DATABASE_URL));
  });
  it("leaves other databases' URLs alone", () => {
    expect(databaseUrl("postgresql://u:p@localhost/quorum")).toBe("postgresql://u:p@localhost/quorum");
    expect(() => sqliteFilePath("postgresql://u:p@localhost/quorum")).toThrow(/Not a SQLite URL/);
  });
});
