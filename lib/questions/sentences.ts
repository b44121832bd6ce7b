import { isBoilerplateLine, isPointerSentence, isScopeSentence, normalizeForMatch } from "./clean";
import { analyzeParagraph, type Term } from "./nlp";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** verbatim slice of the stored text */
  text: string;
  /** same slice, quotes and dashes normalised (same length) */
  norm: string;
  /** terms with absolute offsets */
  terms: Term[];
  paragraph: number;
  words: number;
  /** false for headings, boilerplate, fragments: kept for context, never asked about */
  usable: boolean;
}

// ("clerked for Hon. Robert A. Sprecher, U.S. Court of Appeals …" is one sentence: split at "Hon.", its next sentence's
// "She" was read as Sprecher, set BZ's two pairs.)
const ABBREVIATIONS = new Set(("Gov Sen Rep Gen Col Capt Lieut Lt Maj Cmdr Hon Sgt Adm Ann Rev Stat Supp Corp Inc Ltd Dept Univ Prof Sept Nov Dec Jan Feb Aug Oct " +
  "Mass Calif Wash Conn Penn Tenn Colo Fla Ariz Okla Mich Minn Ill Ind Ala Ore Wis Est Assn Ave Blvd Mt Ft Jr Sr St Mr Mrs Ms Dr No Nos Vol Art Sec Ch Cl Co Cong Sess Ibid Id etc vs cf al").split(" "));
const TERMINAL = /[.!?]["'”’)\]]*$|[.!?]$/;

export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  const words = t.split(/\s+/).length;
  return !TERMINAL.test(t) && words <= 30;
}

export function splitSentences(text: string): Sentence[] {
  const norm = normalizeForMatch(text);
  // One compromise pass over the whole text is about twice as fast as one per
  // paragraph. Non-prose lines are blanked with spaces so offsets stay valid
  // and headings do not glue themselves onto the next sentence.
  const lines: { start: number; end: number; prose: boolean; paragraph: number }[] = [];
  let offset = 0;
  let paragraph = 0;
  let masked = "";
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (!line.trim()) {
      masked += line + "\n";
      continue;
    }
    paragraph++;
    const prose = !isHeadingLine(line) && !isBoilerplateLine(line);
    lines.push({ start, end: start + line.length, prose, paragraph });
    // (A no-break space is a space to compromise too: "The\u00a0U.S.\u00a0Small Business Administration" had ended a
    // sentence at "U.S.", set BH.)
    masked += (prose ? line.replace(/[\u00a0\u2007\u202f]/g, " ") : " ".repeat(line.length)) + "\n";
  }
  const raw = analyzeParagraph(masked);
  const out: Sentence[] = [];
  const push = (start: number, end: number, terms: Term[], para: number, usableLine: boolean) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const slice = text.slice(start, end);
    const words = slice.split(/\s+/).filter(Boolean).length;
    out.push({
      index: out.length,
      start,
      end,
      text: slice,
      norm: norm.slice(start, end),
      terms: terms.filter((t) => t.start >= start && t.end <= end),
      paragraph: para,
      words,
      usable: usableLine && words >= 5 && TERMINAL.test(slice) && !isBoilerplateLine(slice) && !isScopeSentence(slice) && !isPointerSentence(slice),
    });
  };
  let ri = 0;
  // compromise keeps '…security." She outlined' and 'by Ida. The President' together; split those.
  const raw2: typeof raw = [];
  for (const r of raw) {
    let from = r.start;
    const slice = masked.slice(r.start, r.end);
    const re = /(?<=(?:\b[a-z]{2,}|\b[A-Z][a-z]{2,}|\d))[.!?]["”’]?\s+(?=["“]?[A-Z])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const cut = r.start + m.index + m[0].trimEnd().length;
      const word = slice.slice(0, m.index).match(/(\w+)$/)?.[1] ?? "";
      if (ABBREVIATIONS.has(word)) continue;
      const quotes = (masked.slice(from, cut).match(/["“”]/g) ?? []).length;
      if (quotes % 2 === 1) continue;
      raw2.push({ start: from, end: cut, terms: r.terms.filter((t) => t.start >= from && t.end <= cut) });
      from = cut;
      while (from < r.end && /\s/.test(masked[from])) from++;
    }
    raw2.push({ start: from, end: r.end, terms: r.terms.filter((t) => t.start >= from && t.end <= r.end) });
  }
  // compromise ends a sentence at "Art." before "I, §4, cl. 1" and at "No." before "4": a citation's abbreviation
  // before a numeral is no sentence end (issue 8: "Sentence splitting knows abbreviations").
  for (let i = raw2.length - 2; i >= 0; i--) {
    const [x, y] = [raw2[i], raw2[i + 1]];
    const gap = masked.slice(x.end, y.start);
    if (/\b(?:Art|Arts|Sec|Secs|No|Nos|Cl|Ch|Vol|Pub|L)\.$/.test(masked.slice(x.start, x.end).trimEnd()) && /^[ \t]+$/.test(gap) && /^(?:[IVXLC]+\b|\d|§)/.test(masked.slice(y.start, y.end))) {
      raw2.splice(i, 2, { start: x.start, end: y.end, terms: [...x.terms, ...y.terms] });
    }
  }
  raw.splice(0, raw.length, ...raw2);
  // Walk lines in order; prose lines take the compromise sentences that fall inside them.
  for (const line of lines) {
    if (!line.prose) {
      push(line.start, line.end, [], line.paragraph, false);
      continue;
    }
    while (ri < raw.length && raw[ri].end <= line.start) ri++;
    // A line that opens with a title's abbreviation, which compromise ends a sentence at ("DR." then "BIDEN: The law …"
    // after a heading): that word opens the next sentence.
    type Terms = (typeof raw)[number]["terms"];
    let carry: { start: number; terms: Terms } | null = null;
    while (ri < raw.length && raw[ri].start < line.end) {
      const r = raw[ri];
      const start: number = carry?.start ?? Math.max(r.start, line.start);
      const terms: Terms = carry ? [...carry.terms, ...r.terms] : r.terms;
      carry = null;
      if (!masked.slice(line.start, start).trim() && r.end < line.end && /^(?:MRS?|MS|DR|SEN|REP|GOV|GEN|AMB|ST|MT|FT)\.$/i.test(masked.slice(start, r.end).trim())) {
        carry = { start, terms };
        ri++;
        continue;
      }
      push(start, Math.min(r.end, line.end), terms, line.paragraph, true);
      if (r.end > line.end) break; // a sentence crossing a line break: the rest belongs to the next line
      ri++;
    }
    if (carry) push(carry.start, line.end, carry.terms, line.paragraph, true);
  }
  return out;
}
