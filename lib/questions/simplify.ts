/**
 * Simplified statements (Heilman & Smith's first stage): the main claim of a sentence without the side parts
 * that make a true/false item a word-for-word copy of the article. Drops a leading connective or time phrase,
 * appositives, parentheticals and trailing participial or relative clauses, and turns reported speech
 * ("…, Mr. Blinken said." / "Mr. Blinken said that …") into "According to Mr. Blinken, …".
 *
 * Every edit only removes material or moves an attribution to the front, so a statement that was true of the
 * article stays true. The result is null when what is left would not stand alone.
 */
import { dropFurther, stripConnector, ucfirst, wordCount } from "./util";

/** What opens an example of the clause before it ("…, including by Enphase", "…, such as semiconductors"). */
const EXAMPLE = "(?:including|such as|especially|particularly|notably|in particular)";
const CLAUSE_AND_EXAMPLE = new RegExp(String.raw`(\w),\s+(?:who|whose|which|whom)\s[^,;]{2,90},\s+${EXAMPLE}\b[^,;]*?(?=\.?$)`);
/** An appositive or a relative clause between a name and the rest of its sentence, not one an example follows. */
// (Not "a first-of-its-kind, national-scale competitive grant program": one compound adjective before a comma is the
// first of two adjectives of one noun phrase, and dropping it left "the Fund national-scale competitive grant program",
// set AK's raters.)
// (Nor the first item of a list: "VictimConnect Resource Center, a weekday phone, chat, and text-based referral
// helpline" lost "a weekday phone", set BL's two pairs.)
const APPOSITIVE = new RegExp(String.raw`([A-Z][\w.'-]*),\s+(?:(?:the|a|an)\s(?![^,;]*\b(?:is|was|are|were|has|had|have|will|would)\b)(?![a-z]+(?:-[a-z]+)+,)|(?:who|whose|which|whom)\s(?![a-z]+,\s))[^,;]{2,90},\s+(?=[a-z])(?!${EXAMPLE}\b)(?!(?:and|or)\b)(?![^,;]{1,40},\s+(?:and|or)\s)`, "g");
const SPEECH = "(?:said|says|told reporters|added|argued|noted|explained|stated|warned|insisted|contended|maintained|wrote|announced|acknowledged|claimed)";
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w'-]*`;
const TITLE_NAME = String.raw`(?:(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,6})?${NAME}`;

/** A time or place phrase before the subject: "On Thursday,", "In mid-April,", "During the meeting,". */
const LEADING_FRAME = /^(?:On|In|At|During|After|Before|Last|Earlier|Later|Following|Amid|Over|Since|Early|Late)\b[^,;"]{1,60},\s+(?=[A-Z"]|the\s|a\s|an\s)/;

/** "On Trump's view,", "In the Government's view,", "In the majority's opinion,": whose claim it is. */
const VIEW_FRAME = /\b(?:view|views|opinion|account|estimate|estimation|reading|judgment|mind|telling|argument|assessment|analysis|words|eyes|understanding|interpretation)\b/i;

/** "In Thailand,", "In the Philippines,", "At the United Nations,": a proper name, not a month, a weekday or a season. */
const PLACE_FRAME = /^(?:In|At|Across|Throughout|Inside|Within) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Fall|Autumn|Winter|Addition|Particular|Short|Fact|Turn|Response|Total|Sum|General|Contrast|Recent|Light|Doing|Order|Other|Practice|Part|Keeping|Line|Support|Partnership|Coordination|Collaboration|Cooperation)\b)[A-Z]/;

export interface Simplified {
  text: string;
  /** true when the statement is not the article's sentence (minus a leading connective) */
  changed: boolean;
  /** who the claim is attributed to, when it was reported speech */
  attribution?: string;
}

function tidy(s: string): string {
  return s
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .replace(/,\s*\./g, ".")
    .replace(/\s+\./g, ".")
    .trim();
}

function endWithPeriod(s: string): string {
  return s.replace(/[\s,;:]+$/, "").replace(/[.!]?$/, ".");
}

export function simplifySentence(sentence: string): Simplified | null {
  if (/["“”]/.test(sentence) || /\?$/.test(sentence.trim())) return null;
  const original = stripConnector(sentence.trim()).text;
  let s = dropFurther(original);
  let attribution: string | undefined;

  // A frame with a year dates the claim ("In 2025, the United States imported $7.2 billion …"): without it a figure or
  // an event has no time (set D's raters: "drops 'In 2025'"), so it stays.
  // So does a place ("In Thailand, the United States has donated $8.5 million …": set G's raters, "cannot tell which
  // country is meant").
  const frame = s.match(LEADING_FRAME);
  // So does "Since August," before a running total ("Since August, VA has completed 33,276 claims": set K's raters, "stem
  // drops 'since August'"): the count is the count since then.
  // Nor is a point of view a frame to drop: "On Trump's view, the alleged conduct qualifies as official …" is Trump's claim,
  // not the article's (set CM, both raters).
  if (frame && !/\b(?:1[6-9]|20)\d\d\b/.test(frame[0]) && !PLACE_FRAME.test(frame[0]) && !/^Since\b/.test(frame[0]) && !VIEW_FRAME.test(frame[0])) s = ucfirst(s.slice(frame[0].length));

  // "…, Mr. Blinken said." / "…, said Mr. Blinken." / "…, according to the Chinese readout."
  let m = s.match(new RegExp(String.raw`^(.{20,}?),\s+(${TITLE_NAME})\s+${SPEECH}(?:\s+(?:on|in|at)\s[^,.]{1,40})?\.$`));
  if (m) {
    attribution = m[2];
    s = m[1];
  } else if ((m = s.match(new RegExp(String.raw`^(.{20,}?),\s+${SPEECH}\s+(${TITLE_NAME})(?:,\s[^.]{1,80})?\.$`)))) {
    attribution = m[2];
    s = m[1];
  } else if ((m = s.match(/^(.{20,}?),?\s+according to ([^,.]{3,60})\.$/))) {
    attribution = m[2];
    s = m[1];
  } else if ((m = s.match(new RegExp(String.raw`^(${TITLE_NAME})\s+${SPEECH}(?:\s+(?:on|in|at)\s[A-Z]?[^,]{1,30}?)?,?\s+(?:that\s+)?([A-Z]?[a-z].{20,})$`)))) {
    attribution = m[1];
    s = m[2];
  }

  // Parentheticals and appositives: "Xie Tao, the dean of …, said" -> "Xie Tao said".
  s = s.replace(/(?<=[\w)])\((?:[a-z]|\d{1,2}|[ivx]+)\)/g, (m) => m.replace("(", "\u0002").replace(")", "\u0003")).replace(/\s*\([^()]{1,80}\)/g, "").replace(/\u0002/g, "(").replace(/\u0003/g, ")");
  // An example that belongs to the clause dropped goes with it: "… from the Inflation Reduction Act, which have
  // mobilized investments in his home district, including by Enphase." left "… Act including by Enphase" (set X).
  s = s.replace(CLAUSE_AND_EXAMPLE, "$1");
  // Not a clause of its own ("Of the 9 Justices currently serving on the Court, the average number of days … was 68.2
  // days, while …"): an appositive (", the …,") has no verb of being or having.
  // ("Wolfspeed, a semiconductor manufacturer, which recently announced …" keeps the comma before its "which", set AU.)
  // (Not a relative clause of one word: "Chartwell Hotels, LLC, which owns, develops and manages hotels" is a series of
  // verbs, and dropping ", which owns," left "… LLC develops and manages …", set BY's two raters.)
  s = s.replace(APPOSITIVE, (m: string, name: string, at: number, all: string) => (/^(?:which|who|whom|whose|where)\b/.test(all.slice(at + m.length)) ? `${name}, ` : `${name} `));
  // A relative clause between a subject and its verb: "… the Biden Administration's open borders agenda, which sought to
  // provide …, has cost taxpayers …" (dropping ", which …" to the end left "… estimated that the … agenda.").
  s = s.replace(/(\w),\s+(?:who|whose|which|whom)\s[^,;]{2,90},\s+(?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|does|do|did)\s)/g, "$1 ");
  // Trailing side clauses: ", saying …", ", which …", ", a move …".
  s = s.replace(/,?\s+and that\b[^]*$/, "");
  const trimmed = s.replace(/,\s+(?:saying|adding|citing|noting|calling|describing|which|who|a move|an effort|in a|as part of|while|where)\b[^]*$/, "");
  // Not when the clause cut off is inside another ("… of any person who, while acting at the direction of …,
  // participates in …" must not end "… of any person who.").
  if (!/\b(?:who|whom|whose|which|that|of|to|for|by|with|from|in|on|at|the|a|an|and|or)$/i.test(trimmed.trim())) s = trimmed;

  s = endWithPeriod(tidy(s));
  if (attribution) {
    const who = attribution.replace(/^the\s+/i, "the ");
    const clause = /^(?:I|[A-Z][a-z]*[A-Z]|[A-Z]{2,}|[A-Z][\w.'-]*\s+[A-Z])/.test(s) ? s : s[0].toLowerCase() + s.slice(1);
    if (/^(?:he|she|it|they|we|i|you|this|that)\b/i.test(clause)) return null;
    s = `According to ${who}, ${clause}`;
  }
  s = ucfirst(s);
  const words = wordCount(s);
  if (words < 6 || words > 32) return null;
  if (/\b(?:I|we|our|us|my|you|your)\b/.test(s.replace(/^According to [^,]+,/, ""))) return null;
  return { text: s, changed: tidy(endWithPeriod(original)) !== s, attribution };
}
