"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireTeacher } from "@/lib/auth/guards";
import { createArticle } from "@/lib/data/articles";
import { createSetFromArticle } from "@/lib/data/question-sets";
import { ArticleError, cleanArticleText, looksLikeHtml, MAX_ARTICLE_CHARS, validateArticleText } from "@/lib/questions";
import { articleTooLong } from "@/lib/articles-limit";
import { decodeTextUpload, UPLOAD_MESSAGES } from "@/lib/text-upload";
import type { FormState } from "@/lib/validation/form-state";
import { ArticleFieldsSchema, MAX_UPLOAD_BYTES, UPLOAD_FORMATS } from "@/lib/validation/teacher";

export type AddArticleState = FormState & { existingArticleId?: string };

const BINARY = UPLOAD_MESSAGES.binary;

/** The article's text from the upload or the paste box, cleaned; or the message that says why it cannot be used. */
async function articleText(formData: FormData): Promise<{ text: string } | { error: string; field: "file" | "text" }> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    // Checked before reading a byte of it.
    if (file.size > MAX_UPLOAD_BYTES) return { error: "That file is larger than 1 MB. Paste the article's text instead, or upload a smaller file.", field: "file" };
    const extension = file.name.toLowerCase().split(".").pop() ?? "";
    const format = UPLOAD_FORMATS[extension as keyof typeof UPLOAD_FORMATS];
    if (!format) return { error: "Upload a .txt, .md or .html file.", field: "file" };
    const decoded = decodeTextUpload(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { error: decoded.message, field: "file" };
    return { text: cleanArticleText(decoded.text, format) };
  }
  const pasted = String(formData.get("text") ?? "");
  if (!pasted.trim()) return { error: "Paste the article's text, or choose a file to upload.", field: "text" };
  // Cleaning only shortens a text by its markup and spaces: far past the limit, do not spend time on it.
  if (pasted.length > 2 * MAX_ARTICLE_CHARS) return { error: articleTooLong(pasted.length, MAX_ARTICLE_CHARS), field: "text" };
  if (pasted.includes("\u0000")) return { error: BINARY, field: "text" };
  // A web page's source pasted in: cleaned as an uploaded .html file is (its scripts, styles and tags dropped).
  return { text: cleanArticleText(pasted, looksLikeHtml(pasted) ? "html" : "text") };
}

export async function addArticleAction(_prev: AddArticleState, formData: FormData): Promise<AddArticleState> {
  const teacher = await requireTeacher();
  const values = { title: String(formData.get("title") ?? ""), source: String(formData.get("source") ?? ""), text: String(formData.get("text") ?? "") };
  const fields = ArticleFieldsSchema.safeParse(values);
  const body = await articleText(formData);
  const errors: Record<string, string[]> = fields.success ? {} : { ...z.flattenError(fields.error).fieldErrors };
  if ("error" in body) errors[body.field] = [body.error];
  if (!fields.success || "error" in body) return { errors, values };
  try {
    validateArticleText(body.text);
  } catch (err) {
    if (err instanceof ArticleError) return { message: err.message, values };
    throw err;
  }
  const result = await createArticle(teacher, { title: fields.data.title, source: fields.data.source, text: body.text });
  if (!result.created) return { message: "You have already added this article.", existingArticleId: result.id, values };
  revalidatePath("/teacher/articles");
  redirect(`/teacher/articles/${result.id}`);
}

export async function generateSetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const teacher = await requireTeacher();
  const articleId = z.string().min(1).max(64).safeParse(formData.get("articleId"));
  if (!articleId.success) return { message: "That article was not found." };
  let set: { id: string } | null;
  try {
    set = await createSetFromArticle(teacher, articleId.data);
  } catch (err) {
    if (err instanceof ArticleError) return { message: err.message };
    throw err;
  }
  if (!set) return { message: "That article was not found. It may belong to another teacher." };
  revalidatePath("/teacher/sets");
  redirect(`/teacher/sets/${set.id}`);
}
