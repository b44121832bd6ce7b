// `npm run db:backup [-- <file>]`: a consistent copy of the SQLite database, safe to run while the app serves.
// Without a file it writes data/backups/quorum-<UTC date and time>.db beside the database. How to restore: README.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { databaseProvider, databaseUrl, sqliteFilePath } from "@/lib/env-db";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/prisma-client";

export function defaultBackupPath(source: string, now: Date = new Date()) {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "").replace("T", "-");
  return path.join(path.dirname(source), "backups", `${path.basename(source, path.extname(source))}-${stamp}.db`);
}

/**
 * VACUUM INTO copies the database as one read transaction: a snapshot of a single moment, never a mix of before
 * and after a save. In WAL mode a reader does not block the server's writes, so students saving answers during a
 * backup are not slowed down. The copy is written under a temporary name, checked, then renamed into place, so a
 * file with the backup's name is always a complete, valid database.
 */
export function backupDatabase(source: string, destination: string) {
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source}. Nothing was backed up.`);
  if (fs.existsSync(destination)) throw new Error(`${destination} already exists. Choose another file name: a backup never overwrites.`);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.prepare("VACUUM INTO ?").run(partial);
  } finally {
    db.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  let counts: Record<string, number>;
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The copy failed SQLite's integrity check (${String(check)}).`);
    const count = (table: string) => (copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    counts = { users: count("User"), classes: count("Class"), attempts: count("Attempt"), answers: count("Response") };
  } catch (err) {
    copy.close();
    fs.rmSync(partial, { force: true });
    throw err;
  }
  copy.close();
  fs.renameSync(partial, destination);
  return { destination, bytes: fs.statSync(destination).size, counts };
}

function main() {
  if (databaseProvider(databaseUrl()) === "postgresql") {
    console.error("npm run db:backup copies a SQLite database. On PostgreSQL use pg_dump (docs/deploying.md). Nothing was backed up.");
    process.exit(2);
  }
  const source = sqliteFilePath(databaseUrl());
  const destination = path.resolve(process.argv[2]?.trim() || defaultBackupPath(source));
  try {
    const result = backupDatabase(source, destination);
    const { users, classes, attempts, answers } = result.counts;
    console.log(`Backed up ${source}\n     to ${result.destination} (${(result.bytes / 1024).toFixed(0)} KiB)`);
    console.log(`It holds ${users} accounts, ${classes} classes, ${attempts} attempts and ${answers} answers.`);
  } catch (err) {
    console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
