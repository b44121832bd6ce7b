export const MAX_ARTICLE_CHARS = 200_000;
export const MIN_ARTICLE_WORDS = 40;
export const MIN_ARTICLE_SENTENCES = 3;

export type ArticleErrorCode = "empty" | "binary" | "too_short" | "too_long" | "not_english";

export class ArticleError extends Error {
  readonly code: ArticleErrorCode;
  constructor(code: ArticleErrorCode, message: string) {
    super(message);
    this.name = "ArticleError";
    this.code = code;
  }
}

// Function words cover roughly a third to a half of running English text in
// any register (news, law, 18th-century prose), and almost none of other
// languages, so their share is a cheap and robust language check.
const ENGLISH_FUNCTION_WORDS = new Set(
  ("the of and to a in that is was for on with as by at it be are this from or an his her " +
    "have has had not but which they their were will would been shall its we our all can " +
    "he she who than so more no may there any these those such into upon other one if what " +
    "them said also when only over after about most should could")
    .split(" "),
);

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

export function roughSentenceCount(text: string): number {
  const m = text.match(/[^.!?\n]{2,}(?:[.!?]+["”’)]?|$)/gm);
  return m ? m.filter((s) => /\p{L}{2,}/u.test(s)).length : 0;
}

export function validateArticleText(text: string): void {
  if (typeof text !== "string" || text.trim().length === 0) {
    throw new ArticleError("empty", "The article is empty. Paste or upload the text of an article.");
  }
  if (/\u0000/.test(text)) {
    throw new ArticleError("binary", "This looks like a binary file, not text. Upload a plain-text article.");
  }
  const sample = text.slice(0, 20_000);
  const bad = (sample.match(/[\ufffd\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g) ?? []).length;
  if (bad / Math.max(1, sample.length) > 0.01) {
    throw new ArticleError("binary", "This file contains unreadable or binary characters. Upload a plain-text (UTF-8) article.");
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError(
      "too_long",
      `The article is too long (${text.length.toLocaleString("en-US")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}).`,
    );
  }
  const words = countWords(text);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const latin = (sample.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
  if (letters > 0 && latin / letters < 0.7) {
    throw new ArticleError("not_english", "This article does not appear to be in English. Quorum can only make questions from English text.");
  }
  if (words < MIN_ARTICLE_WORDS || roughSentenceCount(text) < MIN_ARTICLE_SENTENCES) {
    throw new ArticleError(
      "too_short",
      `The article is too short to make questions from (${words} words). Use at least ${MIN_ARTICLE_SENTENCES} sentences and ${MIN_ARTICLE_WORDS} words.`,
    );
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const fn = tokens.filter((t) => ENGLISH_FUNCTION_WORDS.has(t)).length;
  if (fn / Math.max(1, tokens.length) < 0.12) {
    throw new ArticleError("not_english", "This article does not appear to be in English. Quorum can only make questions from English text.");
  }
}
