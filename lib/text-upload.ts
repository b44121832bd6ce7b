/**
 * The text of an uploaded article file. UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark
 * (what Windows Notepad calls "Unicode") are decoded; anything else gets a message that says what it is.
 */
export type DecodedUpload = { ok: true; text: string } | { ok: false; message: string };

export const UPLOAD_MESSAGES = {
  binary: "That file is not plain text (it looks like a binary file, such as a PDF or Word document). Save it as .txt, .md or .html and try again.",
  utf16NoBom:
    "That file looks like UTF-16 text without a byte-order mark, so its encoding cannot be told for sure. Save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8) and try again.",
  notUtf8:
    "That file is not UTF-8 text (it may be in an older encoding such as Windows-1252). Save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8) and try again.",
} as const;

function decode(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string | null {
  try {
    // The decoder drops a matching byte-order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Many NUL bytes at every other position, and few elsewhere: the look of UTF-16 text with no byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = sample.length / 2;
  return half > 0 && (even / half > 0.3 || odd / half > 0.3) && Math.min(even, odd) / half < 0.05;
}

export function decodeTextUpload(bytes: Uint8Array): DecodedUpload {
  let text: string | null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode("utf-16le", bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode("utf-16be", bytes);
  else {
    text = decode("utf-8", bytes);
    if (text === null || text.includes("\u0000")) {
      if (looksLikeUtf16(bytes)) return { ok: false, message: UPLOAD_MESSAGES.utf16NoBom };
      return { ok: false, message: text === null && !bytes.includes(0) ? UPLOAD_MESSAGES.notUtf8 : UPLOAD_MESSAGES.binary };
    }
  }
  if (text === null || text.includes("\u0000")) return { ok: false, message: UPLOAD_MESSAGES.binary };
  return { ok: true, text };
}
