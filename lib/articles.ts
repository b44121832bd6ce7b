import { createHash } from "node:crypto";

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC")).digest("hex");
}
