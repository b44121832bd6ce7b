/**
 * The only module that touches compromise. Everything else works on plain
 * offsets and tag sets so the rules stay testable and the library swappable.
 */
import nlp from "compromise";
import datesPlugin from "compromise-dates";

// Plugins mutate the shared compromise world; extend it exactly once.
let extended = false;
function engine(): typeof nlp {
  if (!extended) {
    nlp.plugin(datesPlugin as unknown as Parameters<typeof nlp.plugin>[0]);
    extended = true;
  }
  return nlp;
}

export interface Term {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

export interface RawSentence {
  start: number;
  end: number;
  terms: Term[];
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const OPENERS = /["'“‘(\[«]+$/;
const CLOSERS = /^[^\s\p{L}\p{N}]*/u;

/** Split one paragraph into sentences with term tags; offsets are relative to `text`. */
export function analyzeParagraph(text: string): RawSentence[] {
  const json = engine()(text).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const out: RawSentence[] = [];
  for (const s of json) {
    const ts = s.terms.filter((t) => t.offset && t.offset.length > 0);
    if (ts.length === 0) continue;
    const first = s.terms[0];
    const last = s.terms[s.terms.length - 1];
    let start = ts[0].offset.start;
    // compromise starts a sentence after its opening quote; the evidence needs it.
    const pre = (first.pre ?? "").match(OPENERS)?.[0] ?? "";
    start = Math.max(0, start - pre.length);
    const lastReal = ts[ts.length - 1];
    let end = lastReal.offset.start + lastReal.offset.length;
    const trailing = (last.post ?? "").match(CLOSERS)?.[0] ?? "";
    end = Math.min(text.length, end + trailing.length);
    out.push({
      start,
      end,
      terms: ts.map((t) => ({
        text: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        tags: new Set(t.tags),
      })),
    });
  }
  return out;
}

/** A verb's forms ("apply" → applies, applied), or null when compromise does not read the word as a verb. */
const verbCache = new Map<string, { infinitive: string; present: string; past: string } | null>();
export function verbForms(verb: string): { infinitive: string; present: string; past: string } | null {
  const cached = verbCache.get(verb);
  if (cached !== undefined) return cached;
  const forms = engine()(verb).verbs().conjugate()[0] as Record<string, string> | undefined;
  const out = forms?.Infinitive && forms.PresentTense && forms.PastTense ? { infinitive: forms.Infinitive, present: forms.PresentTense, past: forms.PastTense } : null;
  // (A word list, not the text: bounded by the language's verbs, not by input.)
  if (verbCache.size < 5000) verbCache.set(verb, out);
  return out;
}
