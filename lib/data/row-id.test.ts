import { describe, expect, it } from "vitest";
import { newRowId } from "./row-id";

describe("newRowId", () => {
  it("looks like Prisma's cuid ids and sorts by time", () => {
    const id = newRowId();
    expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect(newRowId(1_000)).toMatch(/^c000000rs/);
    expect(newRowId(Date.parse("2026-01-01")) < newRowId(Date.parse("2027-01-01"))).toBe(true);
  });

  it("does not repeat", () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => newRowId(0)));
    expect(ids.size).toBe(20_000);
  });
});
