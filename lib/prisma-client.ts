import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl, resolveDatabaseUrl, sqliteFilePath } from "./env-db";

/** Makes a Prisma client for a SQLite URL. The app's one client lives in lib/db.ts; scripts and tests call this. */
export function createPrismaClient(url?: string) {
  url = url ? resolveDatabaseUrl(url) : databaseUrl();
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(url) }) });
}

export type Db = ReturnType<typeof createPrismaClient>;
