import { describe, expect, it } from "vitest";
import { decodeTextUpload, UPLOAD_MESSAGES } from "./text-upload";

const TEXT = "The Senate passed the bill on Tuesday — 52 to 48. «Élysée» 議会";

function utf16(text: string, order: "le" | "be", bom: boolean) {
  const out: number[] = bom ? (order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === "le") out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(out);
}

describe("decodeTextUpload", () => {
  it("decodes UTF-8, with or without a byte-order mark", () => {
    expect(decodeTextUpload(new TextEncoder().encode(TEXT))).toEqual({ ok: true, text: TEXT });
    expect(decodeTextUpload(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toEqual({ ok: true, text: TEXT });
  });

  it("decodes UTF-16 with a byte-order mark, either byte order (Notepad's 'Unicode')", () => {
    expect(decodeTextUpload(utf16(TEXT, "le", true))).toEqual({ ok: true, text: TEXT });
    expect(decodeTextUpload(utf16(TEXT, "be", true))).toEqual({ ok: true, text: TEXT });
  });

  it("refuses UTF-16 without a byte-order mark with a message that says so", () => {
    const english = "The Senate passed the bill on Tuesday. It now goes to the House. ".repeat(4);
    expect(decodeTextUpload(utf16(english, "le", false))).toEqual({ ok: false, message: UPLOAD_MESSAGES.utf16NoBom });
    expect(decodeTextUpload(utf16(english, "be", false))).toEqual({ ok: false, message: UPLOAD_MESSAGES.utf16NoBom });
  });

  it("tells an old 8-bit encoding from a binary file", () => {
    expect(decodeTextUpload(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]))).toEqual({ ok: false, message: UPLOAD_MESSAGES.notUtf8 });
    const pdf = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), 0x00, 0x00, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0x01]);
    expect(decodeTextUpload(pdf)).toEqual({ ok: false, message: UPLOAD_MESSAGES.binary });
  });
});
