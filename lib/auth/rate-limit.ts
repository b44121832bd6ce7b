import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * The one rate limiter (docs/decisions/006). Fixed-window counters in the RateLimit table, so every process of
 * one installation shares them and a restart forgets nothing. Each step is a single atomic statement (an
 * increment, a conditional reset, or an insert guarded by the primary key), so concurrent requests never lose a
 * count, on SQLite or PostgreSQL. Nothing here is SQLite-specific.
 */
export type Limit = { points: number; windowMs: number };

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

const MINUTE = 60_000;

/** Every limit of the app, in one place. */
export const LIMITS = {
  /** Wrong passwords for one account from one address: the lock a stranger elsewhere cannot trigger. */
  signInPair: { points: 5, windowMs: 15 * MINUTE },
  /** Wrong passwords from one address, whatever the accounts: stops guessing a class's usernames one by one. */
  signInAddress: { points: 30, windowMs: 15 * MINUTE },
  /** Wrong passwords for one account from anywhere: the ceiling for guessing from many addresses. */
  signInAccount: { points: 50, windowMs: 60 * MINUTE },
  /** Teacher accounts made from one address (a school's staff may sign up together from one address). */
  signUpAddress: { points: 20, windowMs: 15 * MINUTE },
  /** Student accounts made by joining from one address (two classes may join one after the other from a school). */
  joinAddress: { points: 100, windowMs: 15 * MINUTE },
  /** Student accounts a teacher makes with bulk add (each costs a password hash). */
  bulkAddTeacher: { points: 300, windowMs: 60 * MINUTE },
} as const satisfies Record<string, Limit>;

/** "Too many attempts. Try again in N minutes." Always at least one minute. */
export function tooManyMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

function isCode(err: unknown, code: string): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === code;
}

/** Adds `points` to the key's counter and returns the total in the current window and when the window ends. */
async function add(key: string, limit: Limit, points: number, now: Date): Promise<{ total: number; expiresAt: Date }> {
  for (let tries = 0; ; tries++) {
    // The window is still open: one atomic increment.
    try {
      const row = await db.rateLimit.update({
        where: { key, expiresAt: { gt: now } },
        data: { points: { increment: points } },
        select: { points: true, expiresAt: true },
      });
      return { total: row.points, expiresAt: row.expiresAt };
    } catch (err) {
      if (!isCode(err, "P2025")) throw err;
    }
    // The window has passed: start a new one (only one of two racing requests matches the old expiry).
    const expiresAt = new Date(now.getTime() + limit.windowMs);
    const restarted = await db.rateLimit.updateMany({ where: { key, expiresAt: { lte: now } }, data: { points, expiresAt } });
    if (restarted.count === 1) return { total: points, expiresAt };
    // No row yet: insert; if another request inserted first, go round again and increment theirs.
    try {
      await db.rateLimit.create({ data: { key, points, expiresAt }, select: { key: true } });
      return { total: points, expiresAt };
    } catch (err) {
      if (!isCode(err, "P2002") || tries >= 3) throw err;
    }
  }
}

/**
 * Counts `points` against each key; refused when any key is over its limit after counting. Counting comes first,
 * so a burst of parallel guesses cannot all slip through before the first is counted. A refused request still
 * counts (it is an attempt), which keeps a locked key locked while the guessing goes on.
 */
export async function consume(entries: { key: string; limit: Limit }[], points = 1, now = new Date()): Promise<Verdict> {
  maybeSweep(now);
  let retryAfterMs = 0;
  for (const { key, limit } of entries) {
    const { total, expiresAt } = await add(key, limit, points, now);
    if (total > limit.points) retryAfterMs = Math.max(retryAfterMs, expiresAt.getTime() - now.getTime());
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}

/** Whether any of the keys is already over its limit, without counting anything. */
export async function check(entries: { key: string; limit: Limit }[], now = new Date()): Promise<Verdict> {
  const rows = await db.rateLimit.findMany({
    where: { key: { in: entries.map((e) => e.key) }, expiresAt: { gt: now } },
    select: { key: true, points: true, expiresAt: true },
  });
  let retryAfterMs = 0;
  for (const row of rows) {
    const limit = entries.find((e) => e.key === row.key)!.limit;
    if (row.points >= limit.points) retryAfterMs = Math.max(retryAfterMs, row.expiresAt.getTime() - now.getTime());
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}

/** Gives back points counted for a request that turned out fine (a right password). Never below zero. */
export async function refund(keys: string[], points = 1, now = new Date()): Promise<void> {
  await db.rateLimit.updateMany({ where: { key: { in: keys }, expiresAt: { gt: now }, points: { gte: points } }, data: { points: { decrement: points } } });
}

/** Forgets these counters altogether. */
export async function clear(keys: string[]): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
}

// Rows of unknown usernames and long-gone addresses are deleted now and then, so the table stays small. A sweep is
// one indexed delete; it runs at most once a minute per process and never holds a request up.
let lastSweep = 0;
function maybeSweep(now: Date) {
  if (now.getTime() - lastSweep < MINUTE) return;
  lastSweep = now.getTime();
  db.rateLimit.deleteMany({ where: { expiresAt: { lte: now } } }).catch(() => {});
}
