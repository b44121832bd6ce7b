// Loads the sample data into the database named by DATABASE_URL (default data/quorum.db). Safe to run twice.
// `--if-empty` loads nothing when the database already has users (npm start uses it: a teacher's own changes stay).
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemo } from "@/lib/seed";

async function main() {
  const db = createPrismaClient();
  try {
    if (process.argv.includes("--if-empty") && (await db.user.count()) > 0) {
      console.log("Database already has data: sample data not loaded again.");
      return;
    }
    const started = Date.now();
    await seedDemo(db);
    console.log(`Sample data loaded in ${Date.now() - started} ms.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
