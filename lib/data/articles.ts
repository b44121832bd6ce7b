import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { Prisma } from "@/generated/prisma/client";
import { contentHash, countWords } from "@/lib/articles";
import { db } from "@/lib/db";
import { cleanArticleText } from "@/lib/questions";
import { DEMO } from "@/lib/seed";
import type { Teacher } from "./classes";

export async function listArticles(teacher: Teacher) {
  return db.article.findMany({
    where: { ownerId: teacher.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, source: true, wordCount: true, createdAt: true, _count: { select: { questionSets: true } } },
  });
}

export async function getArticle(teacher: Teacher, articleId: string) {
  return db.article.findFirst({
    where: { id: articleId, ownerId: teacher.id },
    select: {
      id: true,
      title: true,
      source: true,
      text: true,
      wordCount: true,
      createdAt: true,
      questionSets: {
        where: { ownerId: teacher.id },
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, status: true, createdAt: true, _count: { select: { questions: true } } },
      },
    },
  });
}

export type NewArticle = { title: string; source: string | null; text: string };

/**
 * Stores an article whose text is already cleaned and validated. The same teacher cannot add the same text twice:
 * then the existing article's id comes back instead.
 */
export async function createArticle(teacher: Teacher, article: NewArticle): Promise<{ created: boolean; id: string }> {
  const hash = contentHash(article.text);
  const existing = await db.article.findUnique({
    where: { ownerId_contentHash: { ownerId: teacher.id, contentHash: hash } },
    select: { id: true },
  });
  if (existing) return { created: false, id: existing.id };
  try {
    const created = await db.article.create({
      data: { ownerId: teacher.id, title: article.title, source: article.source, text: article.text, wordCount: countWords(article.text), contentHash: hash },
      select: { id: true },
    });
    return { created: true, id: created.id };
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
    const raced = await db.article.findUniqueOrThrow({
      where: { ownerId_contentHash: { ownerId: teacher.id, contentHash: hash } },
      select: { id: true },
    });
    return { created: false, id: raced.id };
  }
}

/** Every teacher's library starts with the sample article, so there is something to try at once. */
export async function ensureSampleArticle(teacher: Teacher) {
  if ((await db.article.count({ where: { ownerId: teacher.id } })) > 0) return;
  const raw = await fs.readFile(path.join(process.cwd(), DEMO.article.file), "utf8");
  await createArticle(teacher, { title: DEMO.article.title, source: DEMO.article.source, text: cleanArticleText(raw, "text") });
}
