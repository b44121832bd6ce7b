// `npm run db:copy-to-postgres -- postgresql://user:pw@host:5432/quorum [--from file:./data/quorum.db]`
// Moves a school's data from SQLite to PostgreSQL without loss (docs/deploying.md):
//   1. applies the PostgreSQL migrations to the target (creating the database if needed) with the real Prisma CLI;
//   2. refuses a target that already holds data (it never merges or overwrites);
//   3. copies every table, parents before children, in ONE PostgreSQL transaction: all or nothing;
//   4. reads both databases back and compares every table's row count and every row's content.
// The source is only read. Stop the app first, so no answer arrives in SQLite after the copy began.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Prisma } from "@/generated/prisma/client";
import { databaseProvider, databaseUrl, resolveDatabaseUrl, sqliteFilePath } from "@/lib/env-db";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

/** Every model, parents before children (a test checks that none is missing). */
export const COPY_ORDER = [
  "User",
  "Class",
  "Enrolment",
  "Article",
  "QuestionSet",
  "Question",
  "QuestionBankItem",
  "Assignment",
  "Attempt",
  "Response",
  "RateLimit",
] as const satisfies readonly Prisma.ModelName[];

type ModelName = (typeof COPY_ORDER)[number];
const BATCH = 500;

type Delegate = {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  count(): Promise<number>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
};

function delegate(client: unknown, model: ModelName): Delegate {
  const key = model[0].toLowerCase() + model.slice(1);
  return (client as Record<string, Delegate>)[key];
}

const idField = (model: ModelName) => (model === "RateLimit" ? "key" : "id");

/** A table's rows in primary-key order, a batch at a time. */
async function* rowsOf(client: Db | Prisma.TransactionClient, model: ModelName): AsyncGenerator<Record<string, unknown>[]> {
  const id = idField(model);
  let cursor: string | undefined;
  for (;;) {
    const rows = await delegate(client, model).findMany({
      orderBy: { [id]: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { [id]: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield rows;
    cursor = rows[rows.length - 1][id] as string;
    if (rows.length < BATCH) return;
  }
}

export type CopyReport = { model: ModelName; rows: number }[];

function migrate(url: string) {
  const result = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed on the target:\n${result.stdout}${result.stderr}`);
}

/** Copies everything from `sourceUrl` (SQLite) to `targetUrl` (PostgreSQL) and checks the copy; throws on any difference. */
export async function copyToPostgres(sourceUrl: string, targetUrl: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  sourceUrl = resolveDatabaseUrl(sourceUrl);
  if (databaseProvider(sourceUrl) !== "sqlite") throw new Error("The source must be a SQLite database (a file: URL).");
  if (databaseProvider(targetUrl) !== "postgresql") throw new Error("The target must be a PostgreSQL database (a postgresql:// URL).");
  if (!fs.existsSync(sqliteFilePath(sourceUrl))) throw new Error(`There is no SQLite database at ${sqliteFilePath(sourceUrl)}. Nothing was copied.`);

  log("• Applying the PostgreSQL migrations to the target…");
  migrate(targetUrl);
  const source = createPrismaClient(sourceUrl);
  const target = createPrismaClient(targetUrl);
  try {
    for (const model of COPY_ORDER) {
      const n = await delegate(target, model).count();
      if (n > 0) throw new Error(`The target already has data (${n} ${model} rows). Nothing was copied: use an empty database.`);
    }

    log("• Copying (one transaction: all or nothing)…");
    const report: CopyReport = [];
    await target.$transaction(
      async (tx) => {
        for (const model of COPY_ORDER) {
          let rows = 0;
          for await (const batch of rowsOf(source, model)) {
            rows += (await delegate(tx, model).createMany({ data: batch })).count;
          }
          report.push({ model, rows });
          log(`  ${model}: ${rows}`);
        }
      },
      { maxWait: 60_000, timeout: 60 * 60_000 },
    );

    log("• Checking: every table's row count and every row, read back from both databases…");
    for (const model of COPY_ORDER) {
      const [a, b] = [await delegate(source, model).count(), await delegate(target, model).count()];
      if (a !== b) throw new Error(`${model}: ${a} rows in SQLite but ${b} in PostgreSQL.`);
      const fromTarget = rowsOf(target, model);
      for await (const batch of rowsOf(source, model)) {
        const other = (await fromTarget.next()).value ?? [];
        batch.forEach((row, i) => {
          if (!isDeepStrictEqual(row, other[i])) {
            throw new Error(`${model} ${String(row[idField(model)])} differs after the copy:\n${JSON.stringify(row)}\n${JSON.stringify(other[i])}`);
          }
        });
      }
    }
    return report;
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const fromAt = args.indexOf("--from");
  const from = fromAt >= 0 ? args[fromAt + 1] : process.env.DATABASE_URL && databaseProvider(databaseUrl()) === "sqlite" ? databaseUrl() : undefined;
  const to = args.find((a, i) => !a.startsWith("--") && (fromAt < 0 || i !== fromAt + 1));
  if (!to) {
    console.error("Usage: npm run db:copy-to-postgres -- postgresql://user:password@host:5432/database [--from file:./data/quorum.db]");
    process.exit(2);
  }
  const source = from ?? "file:./data/quorum.db";
  const report = await copyToPostgres(source, to, (line) => console.log(line));
  const total = report.reduce((sum, r) => sum + r.rows, 0);
  console.log(`✓ Copied ${total} rows; every table's count and every row match. Start Quorum with DATABASE_URL set to the PostgreSQL URL.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/db-copy-to-postgres.ts")) {
  main().catch((err) => {
    console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
