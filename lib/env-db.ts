import path from "node:path";

/**
 * The one place that decides which SQLite file Quorum uses. Shared by the app (lib/env.ts), the Prisma CLI
 * (prisma.config.ts) and scripts, so a relative path can never resolve differently in two processes.
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
