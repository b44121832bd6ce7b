import path from "node:path";

/**
 * The one place that decides which database Quorum uses. Shared by the app (lib/env.ts), the Prisma CLI
 * (prisma.config.ts) and scripts, so a relative path can never resolve differently in two processes.
 * DATABASE_URL is the one switch (docs/decisions/018): `postgresql://` (or `postgres://`) selects PostgreSQL;
 * a `file:` URL, or none, selects SQLite.
 */
export const DEFAULT_DATABASE_URL = "file:./data/quorum.db";

/** DATABASE_URL from the environment, resolved. */
export function databaseUrl(): string {
  return resolveDatabaseUrl(process.env.DATABASE_URL);
}

export function resolveDatabaseUrl(raw: string | undefined): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) return url;
  const file = url.slice("file:".length);
  // A runtime path, not a file of the build: keep Turbopack from tracing the whole project.
  return "file:" + path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export function sqliteFilePath(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  return url.slice("file:".length);
}

export type DatabaseProvider = "sqlite" | "postgresql";

/** Which database a (resolved or raw) URL names; anything else is refused with a message that says what works. */
export function databaseProvider(url: string = databaseUrl()): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  const scheme = url.split(":")[0];
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL (PostgreSQL), not ${scheme}:`);
}

/** Where each provider's schema and migrations live: prisma/ for SQLite, prisma/postgresql/ for PostgreSQL. */
export function prismaPaths(provider: DatabaseProvider): { schema: string; migrations: string } {
  return provider === "sqlite"
    ? { schema: "prisma/schema.prisma", migrations: "prisma/migrations" }
    : { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" };
}
