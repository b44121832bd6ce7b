import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, resolveDatabaseUrl, sqliteFilePath } from "./env-db";

/**
 * How long a write waits for another connection's lock before it fails with "database is locked". Only writers
 * wait on each other in WAL mode, and Quorum's writes take milliseconds, so this is only reached if something is
 * badly wrong.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 15_000;

/**
 * SQLite for a server that a console script or a backup may read at the same time (docs/decisions/008):
 * - WAL: readers never block the writer and the writer never blocks readers, so `npm run db:backup` or a long
 *   report cannot make a student's save wait, and a crash never leaves a half-written page (a commit is one
 *   append to the WAL).
 * - synchronous FULL: the WAL is flushed to disk at every commit, so an answer the server acknowledged survives
 *   a power cut as well as a killed process.
 * - foreign keys on, as Prisma expects.
 * Journal mode is stored in the file; the other settings are per connection, so every connection sets them.
 */
export const SQLITE_CONNECTION_PRAGMAS = ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"];

class SqliteForConcurrentUse implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(file: string) {
    this.#inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_CONNECTION_PRAGMAS.map((p) => `PRAGMA ${p};`).join("\n"));
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#inner.connectToShadowDb();
  }
}

/**
 * Makes a Prisma client for a SQLite URL. The app's one client lives in lib/db.ts; scripts and tests call this.
 * `logQueries` makes the client emit a "query" event per SQL statement (scripts/profile-save.ts counts them).
 */
export function createPrismaClient(url?: string, options: { logQueries?: boolean } = {}) {
  url = url ? resolveDatabaseUrl(url) : databaseUrl();
  const adapter = new SqliteForConcurrentUse(sqliteFilePath(url));
  if (options.logQueries) return new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] }) as unknown as PrismaClient;
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
