/**
 * Quality gates: each returns the reason a candidate is rejected, or null.
 * They encode the failure patterns seen on real articles, so each is tested
 * on its own in gates.test.ts.
 */
import { STOPWORDS, type Analysis } from "./analysis";
import { MONTHS } from "./civics-lexicon";
import type { Candidate } from "./types";
import { BLANK, containsPhrase, wordCount } from "./util";

export const MAX_PROMPT_WORDS = 50;
export const MAX_CHOICE_WORDS = 12;

export type GateName = "boilerplate" | "too_long" | "choices" | "giveaway" | "function_word" | "ungrammatical" | "surface";

export function gateBoilerplate(c: Candidate, a: Analysis): boolean {
  return a.sentences.some((s) => s.start < c.evidenceEnd && s.end > c.evidenceStart && !s.usable);
}

export function gateTooLong(c: Candidate): boolean {
  return wordCount(c.prompt) > MAX_PROMPT_WORDS || c.choices.some((x) => wordCount(x) > MAX_CHOICE_WORDS);
}

export function gateChoices(c: Candidate): boolean {
  if (c.type === "true_false") return !(c.choices.length === 2 && c.choices[0] === "True" && c.choices[1] === "False" && (c.answer === "True" || c.answer === "False"));
  if (c.choices.length < 3 || c.choices.length > 4) return true;
  const keys = c.choices.map((x) => x.trim().toLowerCase());
  if (new Set(keys).size !== keys.length) return true;
  if (c.choices.filter((x) => x === c.answer).length !== 1) return true;
  return c.choices.some((x) => !x.trim());
}

export function gateGiveaway(c: Candidate): boolean {
  if (c.type === "true_false") return false;
  const ans = c.answer.replace(/^the\s+/i, "");
  if (containsPhrase(c.prompt, ans)) return true;
  // "Xi Jinping" is given away by "Mr. Xi" in the prompt as well.
  const parts = ans.split(/\s+/).filter((p) => p.length > 2 && /^[A-Z]/.test(p) && !STOPWORDS.has(p.toLowerCase()));
  return c.entities.length > 0 && /^[A-Z]/.test(ans) && ans.includes(" ") && parts.some((p) => containsPhrase(c.prompt, p) && /^[A-Z][a-z]+$/.test(p) && !/^(?:United|States|New|North|South|Department|House|Court|National)$/.test(p));
}

/** "May" the month is a key phrase; "may" the modal is not. */
export function isFunctionWord(phrase: string): boolean {
  const t = phrase.trim();
  if (MONTHS.includes(t)) return false;
  return !t || STOPWORDS.has(t.toLowerCase()) || !/[\p{L}\p{N}]/u.test(t);
}

export function gateFunctionWord(c: Candidate): boolean {
  if (c.blank === undefined) return false;
  return isFunctionWord(c.blank);
}

const vowelSound = (w: string) => /^(?:[aeio]|u(?![sn]i)|hour|honest|heir|\d*8|11|18)/i.test(w.replace(/^[$"']/, ""));

export function gateUngrammatical(c: Candidate): boolean {
  const p = c.prompt;
  if ((p.match(/"/g) ?? []).length % 2 === 1) return true;
  if (/\b(\w+) \1\b/i.test(p.replace(/_____/g, "")) && !/\b(that that|had had)\b/i.test(p)) return true;
  if (/^[a-z]/.test(p)) return true;
  // Legal citations ("42 U.S.C. § 1983", "N.H.Rev.Stat.Ann.") are unreadable in a quiz.
  if (/§|\bU\.S\.C\.|\bS\.\s?Ct\.|\bL\.\s?Ed\.|\b[A-Z][a-z]*\.[A-Z][a-z]*\.[A-Z]|\bsupra\b|\bid\.,|^\(?[a-z]\)\s/.test(p.replace(/^… /, ""))) return true;
  if (c.type === "fill_in_blank" || c.type === "numeric") {
    if (p.split(BLANK).length !== 2) return true;
    const art = p.match(/\b(a|an) _____/i);
    if (art) {
      const wantVowel = art[1].toLowerCase() === "an";
      if (c.choices.some((x) => vowelSound(x) !== wantVowel)) return true;
    }
    if (/\bthe _____/i.test(p) && c.choices.some((x) => /^the\s/i.test(x))) return true;
    // A source line after a quote ('..." - _____, Title, 2013') is a citation, not a fact.
    if (/"\s+-\s+_____/.test(p)) return true;
  }
  if ((c.type === "multiple_choice" || c.type === "quote_attribution") && !/\?$/.test(p)) return true;
  if (c.type === "true_false" && !/^True or false: [A-Z0-9"$]/.test(p)) return true;
  return false;
}

export function gateSurface(c: Candidate): boolean {
  if (c.type === "true_false") return false;
  // A distractor printed in the prompt can be eliminated (or confuses) by matching alone.
  return c.choices.some((x) => x !== c.answer && containsPhrase(c.prompt.replace(BLANK, " "), x));
}

export function rejectReason(c: Candidate, a: Analysis): GateName | null {
  if (gateBoilerplate(c, a)) return "boilerplate";
  if (gateChoices(c)) return "choices";
  if (gateTooLong(c)) return "too_long";
  if (gateFunctionWord(c)) return "function_word";
  if (gateGiveaway(c)) return "giveaway";
  if (gateUngrammatical(c)) return "ungrammatical";
  if (gateSurface(c)) return "surface";
  return null;
}
