// The yardstick for Quorum's answer save (scripts/bench-class.ts, docs/performance.md): the least a Next.js route
// handler can do for one save. Reads a JSON body and upserts one row into SQLite with the same durability settings
// as Quorum's connections (WAL, synchronous FULL: lib/prisma-client.ts). No session, no checks, no Prisma.
import Database from "better-sqlite3";

let statement = null;

function upsert() {
  if (statement) return statement;
  const db = new Database(process.env.BARE_DATABASE_FILE, { timeout: 15_000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec("CREATE TABLE IF NOT EXISTS answer (attempt TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (attempt, question))");
  statement = db.prepare(
    "INSERT INTO answer (attempt, question, answer, at) VALUES (?, ?, ?, ?) ON CONFLICT (attempt, question) DO UPDATE SET answer = excluded.answer, at = excluded.at",
  );
  return statement;
}

export async function POST(request) {
  const body = await request.json();
  upsert().run(String(body.attemptId), String(body.questionId), String(body.answer), Date.now());
  return Response.json({ status: "saved" }, { headers: { "Cache-Control": "no-store" } });
}
