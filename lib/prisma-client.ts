import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgresql/client";
import { databaseProvider, databaseUrl, resolveDatabaseUrl, sqliteFilePath } from "./env-db";

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
 * The pg driver adapter for a postgresql:// URL. Prisma's `?schema=` parameter is not a PostgreSQL setting: it is
 * taken out of the URL and given to the adapter, which qualifies table names with it in the queries it compiles.
 * The few raw statements (the answer save's, docs/decisions/031) name tables unqualified, so the schema is also
 * every connection's search_path.
 */
export function postgresAdapter(url: string): PrismaPg {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  if (!schema) return new PrismaPg({ connectionString: parsed.toString() });
  if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(schema)) throw new Error(`The database URL's schema must be a plain name (letters, digits, _), not ${JSON.stringify(schema)}.`);
  return new PrismaPg({ connectionString: parsed.toString(), options: `-c search_path=${schema}` }, { schema });
}

/**
 * Makes a Prisma client for the URL's database (docs/decisions/018): SQLite (a file: URL) or PostgreSQL (a
 * postgresql:// URL), each with its own generated client and driver adapter. The app's one client lives in
 * lib/db.ts; scripts and tests call this. `logQueries` makes the client emit a "query" event per SQL statement
 * (scripts/profile-save.ts counts them).
 *
 * Both generated clients come from one data model (prisma/postgresql/schema.prisma is generated from
 * prisma/schema.prisma) and share Prisma's runtime, so the PostgreSQL client is typed as the SQLite one: the
 * app's code is written once, against the models, and its errors (Prisma.PrismaClientKnownRequestError) are the
 * same classes.
 */
export function createPrismaClient(url?: string, options: { logQueries?: boolean } = {}) {
  url = url ? resolveDatabaseUrl(url) : databaseUrl();
  const log = options.logQueries ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  if (databaseProvider(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter: postgresAdapter(url), log }) as unknown as PrismaClient;
  }
  const adapter = new SqliteForConcurrentUse(sqliteFilePath(url));
  if (log) return new PrismaClient({ adapter, log }) as unknown as PrismaClient;
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
