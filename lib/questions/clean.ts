/**
 * Cleaning for storage, and a length-preserving normalisation for matching.
 * Stored text keeps the author's words and punctuation because evidence must
 * be a verbatim substring of what the app shows.
 */
import { BIO_HEADING_TITLE } from "./util";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", copy: "©", reg: "®",
  eacute: "é", egrave: "è", aacute: "á", oacute: "ó", iacute: "í", uacute: "ú", ntilde: "ñ",
  ouml: "ö", uuml: "ü", auml: "ä", ccedil: "ç", middot: "·", bull: "•", laquo: "«", raquo: "»",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? m;
  });
}

function stripControl(s: string): string {
  // Keep \n and \t; everything else in C0/C1 (and BOM) is noise from copy-paste.
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/g, "");
}

function tidyLines(s: string): string {
  return s
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "")
    .replace(/\n+$/, "");
}

function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?(p|div|section|article|header|footer|h[1-6]|li|ul|ol|tr|table|blockquote|figure|figcaption|pre)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]+>/g, "");
  s = decodeEntities(s);
  return s
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n");
}

/**
 * Markdown wraps a paragraph over several lines and a list item over indented ones: one line each (a line of its own
 * is a heading or an item, as in plain text).
 */
function unwrapMarkdown(md: string): string {
  const ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+/;
  const BLOCK = /^[ \t]*(?:#{1,6}[ \t]|>|```|\|)/;
  return md
    .split(/\n[ \t]*\n/)
    .map((para) => {
      const out: string[] = [];
      for (const line of para.split("\n")) {
        const prev = out.length - 1;
        // A line ending in two spaces or a backslash is Markdown's hard line break: the next line is not joined to it
        // ("**Hudson Tunnel Project  **" over the paragraph it heads was read as one sentence, "Hudson Tunnel Project
        // President Biden will announce …").
        const hardBreak = prev >= 0 && /(?: {2,}|\\)$/.test(out[prev]);
        if (hardBreak) out[prev] = out[prev].replace(/\\$/, "");
        if (prev >= 0 && !hardBreak && line.trim() && out[prev].trim() && !ITEM.test(line) && !BLOCK.test(line) && !BLOCK.test(out[prev])) out[prev] = `${out[prev].trimEnd()} ${line.trim()}`;
        else out.push(line);
      }
      return out.join("\n");
    })
    .join("\n\n");
}

function markdownToText(md: string): string {
  return unwrapMarkdown(md.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/<!--[\s\S]*?-->/g, "").replace(/<\/?[a-zA-Z][^<>]*>/g, ""))
    .replace(/```[\s\S]*?```/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]*>[ \t]?/gm, "")
    .replace(/^[ \t]*[-*+][ \t]+/gm, "")
    // Bold may close on the line after a hard break ("**Hudson Tunnel Project  \n**  \n"), not across a paragraph.
    .replace(/(\*\*|__)(?=\S)([^\n]+?(?:\n[^\n]*?)?)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^_\w])_(?!\s)([^_\n]+?)_(?!\w)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}

/** Tags of a web page's structure: a pasted page source has them, an article that mentions a tag does not. */
const PAGE_TAG = /<\/?(?:html|head|body|p|div|br|h[1-6]|li|ul|ol|span|a|script|style|article|section|table|tr|td|strong|em|b|i|img|meta|link|title)\b[^<>]*>/gi;

/**
 * Whether text pasted into the article box is a web page's source (the paste box takes text; a teacher who pastes
 * "View source" would otherwise store the tags as words, and no sentence of it could be asked about): a document
 * start (`<!DOCTYPE html>`, `<html>`), or at least three of a page's tags, one of them closing a block, that together
 * are a real share of it.
 */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!doctype\s+html|<html\b)/i.test(text)) return true;
  const tags = text.match(PAGE_TAG) ?? [];
  // A page closes its blocks; prose that writes "<a> and <b>" does not.
  const closesABlock = /<\/(?:p|div|h[1-6]|li|td|section|article|body|script|style)\s*>/i.test(text);
  return closesABlock && tags.length >= 3 && tags.join("").length * 20 >= Math.min(text.length, 2_000);
}

export function cleanArticleText(raw: string, format: "text" | "markdown" | "html" = "text"): string {
  let s = String(raw ?? "").replace(/\r\n?/g, "\n");
  if (format === "html") s = htmlToText(s);
  else if (format === "markdown") s = markdownToText(s);
  s = stripControl(s);
  return tidyLines(unglue(s));
}

/**
 * A page's heading or paragraph joined to the next without a space when it was copied ("Lower Housing Costs.26 percent
 * of …", "… Apparel Enforcement:The Administration …", "… and Communities.** Thanks to …"): the sentence splitter would
 * read them as one sentence, and a stem would start with the heading (set AC's raters, three times). A space after the
 * mark, and a pair of bold marks on one line dropped. Not inside a web address ("EnergyCommunities.Gov") or an
 * abbreviation ("pp.1-110", "U.S.Army").
 */
function unglue(s: string): string {
  return (
    s
      .replace(/\*\*([^*\n]{1,300}?)\*\*/g, "$1")
      .replace(/(\p{Ll}{3,}[.:!?])(?=(?!(?:Gov|Com|Org|Net|Edu|Mil)\b)\p{Lu}\p{Ll}|\d)/gu, "$1 ")
      // A sentence whose figure the page put on a line of its own ("… bringing the number of announced federal judicial
      // nominees to\n75."): one sentence again, or the figure is lost (three judicial releases of the pool).
      .replace(/\b(to|of|at|by|from|than|about|nearly|over|approximately)\n(?=\$?\d[\d,.%]*[ \t]*$)/gm, "$1 ")
      // A nominee's heading run into the first sentence of the biography ("Parisa Salehi, Nominee for Inspector General,
      // Export-Import Bank of the United States Parisa Salehi is currently serving …", set BO's two pairs): the heading
      // is a line of its own.
      // (The name again, its first and last names or an honorific and the last: "Troy Damian Fitrell, Nominee for … Troy
      // Fitrell, a career …", "Ernest DuBester, Nominee for … Mr. DuBester has served …".)
      // (And a staff announcement's: "Jim Secreto, Special Assistant to the President and Director of Confirmations Jim
      // Secreto previously served …", set BP.) The heading has no ", and" and ends in a capitalised word: "John Smith,
      // Director of the Smithsonian, and his wife, Dr. Smith, attended …" is one sentence (the review of engine 33).
      .replace(new RegExp(String.raw`^(([A-Z][\w.]+)(?:[ \u00a0][A-Z][\w.'’-]+){0,2}[ \u00a0]([A-Z][\w'’-]+)), (${BIO_HEADING_TITLE}\b(?:(?!,\s+and\b)[^.\n]){3,178}?[A-Z][\w'’)-]*)[ \u00a0](?=(?:\2[ \u00a0](?:[A-Z][\w.'’-]+[ \u00a0]){0,2}|(?:Mr|Mrs|Ms|Dr)\.[ \u00a0])\3\b)`, "gm"), "$1, $4\n\n")
  );
}

/**
 * Same length as the input, character for character, so offsets found in the
 * normalised string are valid in the stored one.
 */
export function normalizeForMatch(s: string): string {
  return (
    s
      .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
      .replace(/[\u2010\u2011\u2012\u2013\u2015\u2212]/g, "-")
      // An em dash set between two words ("a nominee—much like Justice Breyer—who is wise") stays a dash: as a hyphen
      // it would join them into one name ("Breyer-who").
      // (So does one after an abbreviation's point: "Washington D.C.—with approximately 20 …" is no "D.C.-with", set BP.)
      .replace(/\u2014/g, (d, i: number, all: string) => (/[\w.)]/.test(all[i - 1] ?? "") && /\w/.test(all[i + 1] ?? "") ? d : "-"))
      .replace(/[\u00a0\u2007\u202f]/g, " ")
  );
}

const BOILERPLATE: RegExp[] = [
  /^\s*source\s*:/i,
  /\bcontributed (?:research|reporting)\b/i,
  /^\s*(?:reporting|additional reporting|research) (?:by|was contributed)\b/i,
  /^\s*(?:photo(?:graph)?s? by|credit|image|illustration)\s*:\s*\S/i,
  /^\s*(?:copyright|©|all rights reserved)/i,
  /^\s*(?:read more|related|advertisement|sign up|subscribe|share this|follow us)\b/i,
  /^\s*(?:https?:\/\/|www\.)\S+\s*$/i,
  /^\s*#\s*#\s*#\s*$/,
  /^\s*this (?:article|story) (?:was|has been) (?:updated|corrected)/i,
];

/**
 * A release's pointer to other releases ("For more information on today's action, please see the Department of
 * State's factsheet and Treasury's press release."): a sentence, not its paragraph (set F).
 */
const POINTER = /^\s*(?:for (?:more|further|additional) information\b|more information (?:is|can be) (?:available|found)\b)|\bplease (?:see|visit|refer to)\b[^.]{0,120}\b(?:press release|fact ?sheet|website|web ?page|statement)s?\b/i;
export function isPointerSentence(sentence: string): boolean {
  return POINTER.test(sentence);
}

/**
 * A document on its own scope ("The In Focus does not cover funding for …", "This report discusses …"): about the
 * text, not its subject (set D's raters: "the report's scope disclaimer is boilerplate"). A sentence, not a whole
 * paragraph: what follows it in the paragraph is the subject again.
 */
const SCOPE = /^\s*(?:this (?:report|insight|in focus|memo|memorandum|brief|product|paper|sidebar|section)|the (?:in focus|insight))\b[^.]{0,40}?\b(?:does not|doesn't|do not|discusses|provides|examines|describes|covers|focuses|addresses|summarizes|reviews|outlines|explains|is not intended)\b/i;
export function isScopeSentence(sentence: string): boolean {
  return SCOPE.test(sentence);
}

/** Lines kept in storage but never used for questions. */
export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (BOILERPLATE.some((r) => r.test(t))) return true;
  // A lone byline: "By Jane Doe and John Roe"
  if (/^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})?$/.test(t)) return true;
  return false;
}
