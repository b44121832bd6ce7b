import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { databaseProvider } from "@/lib/env-db";
import { env } from "@/lib/env";

export type Tx = Prisma.TransactionClient;

type Job = { run: (tx: Tx) => Promise<unknown>; resolve: (value: unknown) => void; reject: (err: unknown) => void };

/** At most this many writes share one commit; more wait for the next. */
export const MAX_GROUP = 256;
/** Generous: a group of 256 small writes takes tens of milliseconds; Prisma's defaults (2 s, 5 s) are for one. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

const queue: Job[] = [];
let flushing = false;

/**
 * Runs `run` in a transaction that it may share with other requests' writes made at the same moment: one commit,
 * so one flush of the write-ahead log to disk, for all of them (docs/decisions/014). With `synchronous = FULL`
 * (docs/decisions/008) every commit waits for the disk (~2–10 ms here), so a class saving at once was limited by
 * commits, not by work. Each writer still sees its own statements in order, inside a transaction, and its promise
 * settles only after the commit, so nothing is acknowledged before it is durable.
 *
 * `run` must only use `tx` and have no other effects: if any write of a group fails, the group is rolled back and
 * every write in it is run again in a transaction of its own, so one failing request cannot fail the others.
 *
 * On PostgreSQL each write gets a transaction of its own, run concurrently on the connection pool
 * (docs/decisions/018): PostgreSQL lets many writers work at once and already flushes commits that arrive together
 * with one write of its log, and a shared transaction would hold one request's row locks while the others of its
 * group run, which across several app processes can deadlock two groups.
 */
export function inGroupCommit<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  if (onPostgres()) return db.$transaction((tx) => run(tx), TRANSACTION_OPTIONS);
  return new Promise<T>((resolve, reject) => {
    queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
    if (!flushing) void flush();
  });
}

let postgres: boolean | undefined;
function onPostgres() {
  return (postgres ??= databaseProvider(env().databaseUrl) === "postgresql");
}

async function flush() {
  flushing = true;
  try {
    // Whatever arrives while one group commits forms the next group.
    while (queue.length > 0) {
      const group = queue.splice(0, MAX_GROUP);
      let results: unknown[] | null = null;
      try {
        results = await db.$transaction(async (tx) => {
          const out: unknown[] = [];
          for (const job of group) out.push(await job.run(tx));
          return out;
        }, TRANSACTION_OPTIONS);
      } catch {
        results = null;
      }
      if (results) {
        group.forEach((job, i) => job.resolve(results[i]));
        continue;
      }
      for (const job of group) {
        try {
          job.resolve(await db.$transaction((tx) => job.run(tx), TRANSACTION_OPTIONS));
        } catch (err) {
          job.reject(err);
        }
      }
    }
  } finally {
    flushing = false;
  }
}
