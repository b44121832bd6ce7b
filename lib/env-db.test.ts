import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseProvider, prismaPaths, resolveDatabaseUrl as databaseUrl, sqliteFilePath } from "./env-db";

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

describe("databaseProvider", () => {
  it("selects PostgreSQL for postgresql:// and postgres:// URLs, SQLite for file: URLs and none", () => {
    expect(databaseProvider("postgresql://u:p@localhost:5432/quorum")).toBe("postgresql");
    expect(databaseProvider("postgres://u@db.example/quorum?sslmode=require")).toBe("postgresql");
    expect(databaseProvider(databaseUrl("file:./x.db"))).toBe("sqlite");
    expect(databaseProvider(databaseUrl(undefined))).toBe("sqlite");
  });
  it("refuses any other URL with a message naming both choices", () => {
    expect(() => databaseProvider("mysql://u@localhost/quorum")).toThrow(/file: URL \(SQLite\) or a postgresql:\/\/ URL/);
  });
  it("keeps each provider's schema and migrations apart", () => {
    expect(prismaPaths("sqlite")).toEqual({ schema: "prisma/schema.prisma", migrations: "prisma/migrations" });
    expect(prismaPaths("postgresql")).toEqual({ schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" });
  });
});
