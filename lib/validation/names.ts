/**
 * People's names as Quorum shows them to others (display names, the teacher's bulk-added names). A name is what a
 * classmate or teacher reads, so it must not hide anything: normalised to NFC (one spelling for "é"), and refused
 * when it holds control characters (NUL and friends) or text-direction overrides, which can make a name display
 * as someone else's. Other invisible format characters (zero-width space, soft hyphen, BOM) are dropped; zero-width
 * joiner and non-joiner stay, because Persian, Indic scripts and emoji need them. What is left must have a letter
 * or a digit.
 */

// U+061C Arabic letter mark, U+200E/F LRM/RLM, U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates.
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
const INVISIBLE_FORMAT = /(?![\u200C\u200D])\p{Cf}/gu;

export const NAME_MESSAGES = {
  empty: "Enter a name.",
  control: "A name cannot contain control characters (such as NUL or a line break). Type it again without them.",
  direction: "A name cannot contain characters that change the direction of text. Type it again without them.",
  noLetter: "A name needs at least one letter or number (invisible characters do not count).",
} as const;

export type NameResult = { ok: true; name: string } | { ok: false; message: string };

export function cleanName(raw: string, maxLength: number): NameResult {
  const nfc = raw.normalize("NFC");
  if (CONTROL.test(nfc.replace(/\t/g, " "))) return { ok: false, message: NAME_MESSAGES.control };
  if (DIRECTION_CONTROLS.test(nfc)) return { ok: false, message: NAME_MESSAGES.direction };
  const name = nfc
    .replace(INVISIBLE_FORMAT, "")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/^[\u200C\u200D\s]+|[\u200C\u200D\s]+$/gu, "");
  if (name === "" && nfc.trim() === "") return { ok: false, message: NAME_MESSAGES.empty };
  if (!/[\p{L}\p{N}]/u.test(name)) return { ok: false, message: NAME_MESSAGES.noLetter };
  if (name.length > maxLength) return { ok: false, message: `Use ${maxLength} characters or fewer.` };
  return { ok: true, name };
}
