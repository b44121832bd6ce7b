-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN "bankEngineVersion" TEXT;
ALTER TABLE "QuestionSet" ADD COLUMN "bankGeneratedAt" DATETIME;

-- CreateTable
CREATE TABLE "QuestionBankItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setId" TEXT NOT NULL,
    "engineId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidenceStart" INTEGER,
    "explanation" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL DEFAULT 2,
    "entities" TEXT NOT NULL DEFAULT '[]',
    "score" REAL,
    CONSTRAINT "QuestionBankItem_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "QuestionBankItem_setId_rank_idx" ON "QuestionBankItem"("setId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionBankItem_setId_engineId_key" ON "QuestionBankItem"("setId", "engineId");
