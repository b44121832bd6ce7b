import { describe, expect, it } from "vitest";
import { ArticleError, MAX_ARTICLE_CHARS, validateArticleText } from "./validate";
import { seedText } from "./test-helpers";

function code(text: string): string | null {
  try {
    validateArticleText(text);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return (e as ArticleError).code;
  }
}

describe("validateArticleText", () => {
  it("accepts a real article", () => {
    expect(code(seedText())).toBeNull();
  });
  it("rejects empty and whitespace-only text", () => {
    expect(code("")).toBe("empty");
    expect(code("  \n\t ")).toBe("empty");
  });
  it("rejects binary content", () => {
    expect(code("PK\u0003\u0004\u0000\u0000 some zip")).toBe("binary");
    expect(code("abc\ufffd\ufffd\ufffd\ufffd def".repeat(3))).toBe("binary");
  });
  it("rejects text that is too short", () => {
    expect(code("The Senate voted today. It passed.")).toBe("too_short");
  });
  it("rejects text over the limit", () => {
    expect(code("The Senate met. ".repeat(Math.ceil(MAX_ARTICLE_CHARS / 16) + 10))).toBe("too_long");
  });
  it("rejects non-English text", () => {
    const fr = "Le président de la République a rencontré hier les dirigeants européens à Bruxelles. Les discussions ont porté sur la guerre en Ukraine, sur l'énergie et sur la défense commune. Selon plusieurs diplomates, aucun accord n'a été trouvé sur le budget. Une nouvelle réunion est prévue le mois prochain à Paris.";
    expect(code(fr)).toBe("not_english");
    expect(code("中华人民共和国外交部发言人今天表示，双方将继续保持沟通。".repeat(10))).toBe("not_english");
  });
});
