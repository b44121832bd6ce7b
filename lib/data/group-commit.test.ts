import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inGroupCommit } from "./group-commit";

const s = Math.random().toString(36).slice(2, 8);
afterAll(() => db.$disconnect());

let batch = 0;
async function users(count: number) {
  batch += 1;
  const prefix = `gc-${s}-${batch}-`;
  const usernames = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, "0")}`);
  await db.user.createMany({ data: usernames.map((username, i) => ({ role: "STUDENT" as const, displayName: `G ${i}`, username, passwordHash: "x" })) });
  return db.user.findMany({ where: { username: { in: usernames } }, orderBy: { username: "asc" }, select: { id: true, username: true } });
}

describe("inGroupCommit (the real database: SQLite, or PostgreSQL under npm run test:pg)", () => {
  it("commits writes made at the same moment together, and each caller gets its own result", async () => {
    const list = await users(40);
    const results = await Promise.all(
      list.map((u, i) => inGroupCommit(async (tx) => (await tx.user.updateMany({ where: { id: u.id }, data: { displayName: `renamed ${i}` } })).count)),
    );
    expect(results).toEqual(list.map(() => 1));
    const names = await db.user.findMany({ where: { id: { in: list.map((u) => u.id) } }, select: { id: true, displayName: true } });
    expect(new Map(names.map((n) => [n.id, n.displayName]))).toEqual(new Map(list.map((u, i) => [u.id, `renamed ${i}`])));
  });

  it("a write that fails fails alone: the others of its group are committed", async () => {
    const [a, b, c] = await users(3);
    const outcomes = await Promise.allSettled([
      inGroupCommit((tx) => tx.user.update({ where: { id: a.id }, data: { displayName: "first" } })),
      // A unique username already taken: this write throws, which rolls its group back.
      inGroupCommit(async (tx) => {
        await tx.user.update({ where: { id: b.id }, data: { displayName: "half done" } });
        return tx.user.update({ where: { id: b.id }, data: { username: a.username } });
      }),
      inGroupCommit((tx) => tx.user.update({ where: { id: c.id }, data: { displayName: "third" } })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const rows = await db.user.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, select: { id: true, displayName: true } });
    const byId = new Map(rows.map((r) => [r.id, r.displayName]));
    expect(byId.get(a.id)).toBe("first");
    expect(byId.get(c.id)).toBe("third");
    // Nothing of the failed write stays, not even its first statement.
    expect(byId.get(b.id)).not.toBe("half done");
  });

  it("later writes of a group see the earlier ones (each runs in order inside the transaction)", async () => {
    const [u] = await users(1);
    await db.user.update({ where: { id: u.id }, data: { sessionVersion: 0 } });
    const seen = await Promise.all(
      Array.from({ length: 10 }, () =>
        inGroupCommit(async (tx) => (await tx.user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } })).sessionVersion),
      ),
    );
    expect([...seen].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
