/**
 * A transcript where two or more named people speak ("SECRETARY BLINKEN: …", "FOREIGN MINISTER LAPID: …"): a joint
 * press availability, remarks with a host, a meeting's opening words. Whose words each sentence is, is printed in the
 * text, so "Who said …?" between the speakers, and "Which of these did X say?" with the other speakers' sentences as
 * the wrong answers, are answered by the transcript itself. Set F (ADR 034): a quarter of the State Department texts
 * are such transcripts, and they gave almost no question of their own.
 */
import { ASKER, ROOM, TURN_LABEL, type Analysis } from "./analysis";
import { TITLES_BEFORE_NAME } from "./civics-lexicon";
import { getKb } from "./kb";
import { peersOf, saysNothing } from "./quotes";
import type { Candidate } from "./types";
import { containsPhrase, escapeRe, familyName, wordCount } from "./util";
import { displayName, namesCountry, personCountry, roleClassesOf } from "./world";

export interface Turn {
  /** the sentence said */
  sentence: number;
  /** the sentence that carries the speaker's label */
  from: number;
  /** the label as printed ("FOREIGN MINISTER LAPID") */
  label: string;
  speaker: string;
  /** the sentence without its label, as printed */
  text: string;
}

/** Words of a title or a label that are not a name ("Secretary", "Foreign", "Minister", "Israeli", "And"). */
/** Words of a speaker's label or a title around a name: a given name starts after the last of them. */
const LABEL_WORDS = new Set([
  "Foreign", "Prime", "Vice", "Under", "Assistant", "Acting", "Special", "Administration", "Crown", "His", "Her",
  "Excellency", "Majesty", "Highness", "Madam", "State", "Defense", "Affairs", "Of", "The", "And", "With", "At", "In",
  "On", "For", "Before", "After", "Their", "Joint", "Press", "Remarks", "Availability", "Meeting",
]);
function isTitleWord(word: string): boolean {
  const w = word.replace(/\.$/, "");
  return TITLES_BEFORE_NAME.has(w) || LABEL_WORDS.has(w);
}

/**
 * "FOREIGN MINISTER LAPID" → "Yair Lapid", from the title, byline or body where the name is printed in full, with the
 * country a demonym or place before it gives ("Israeli Foreign Minister Yair Lapid").
 */
function speakerName(a: Analysis, label: string): { name: string; country?: string } | null {
  if (ASKER.test(label) || ROOM.test(label)) return null;
  // The White House's "THE PRESIDENT:" and "THE VICE PRESIDENT:": who held the office in the text's year (the one the
  // text names, in a year of two).
  const office = label.match(/^THE (VICE )?PRESIDENT$/);
  if (office) {
    const year = a.year;
    if (!year) return null;
    const holders = getKb()
      .peopleInGroup(office[1] ? "us-vice-president" : "us-president", { year, window: 0, country: "United States" })
      .filter((p) => p.terms.some((t) => t.from <= year && (t.to == null || t.to >= year)));
    const named = holders.length > 1 ? holders.filter((p) => containsPhrase(a.text.slice(0, 600), familyName(p.name))) : holders;
    if (named.length !== 1) return null;
    const p = named[0];
    // "Joe Biden", as a student knows him, over the record's "Joseph R. Biden Jr.".
    const short = p.aliases.find((x) => x.split(/\s+/).length === 2 && familyName(x) === familyName(p.name));
    return { name: short ?? displayName(p), country: "United States" };
  }
  const family = label.split(/\s+/).pop()!.replace(/[.:]$/, "");
  if (family.length < 3) return null;
  if (/^(?:LADY|GENTLEMAN|PRESIDENT|SECRETARY|MINISTER|SPEAKER|LEADER|GOVERNOR|MAYOR)$/.test(family)) return null;
  const fam = family.split("-").map((p) => p[0] + p.slice(1).toLowerCase()).join("-");
  // "MS. GRINER:" in "Remarks … on the Release of Brittney Griner" is her wife: a courtesy title says nothing of which
  // Griner speaks when the text is about one of them.
  if (/^(?:MR|MS|MRS|MISS|MX|DR)\.?\s/.test(label) && containsPhrase(a.text.split("\n")[0], fam)) return null;
  const re = new RegExp(`((?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.)){0,4})\\s+${escapeRe(fam)}(?![\\p{L}])`, "gu");
  const kb = getKb();
  let best = null as { name: string; country?: string; given: number } | null;
  for (const m of a.text.matchAll(re)) {
    const words = m[1].split(/\s+/);
    let k = words.length;
    while (k > 0 && !isTitleWord(words[k - 1]) && !kb.countryOfDemonym(words[k - 1]) && !kb.place(words[k - 1])) k--;
    const given = words.slice(k);
    if (!given.length || !/^\p{Lu}[\p{Ll}'’-]+$/u.test(given[0])) continue;
    const name = `${given.join(" ")} ${fam}`;
    let country = personCountry(a, name);
    // "Indian Minister of Defense Rajnath Singh", "Rajnath Singh, Indian Minister of Defense".
    const start = m.index ?? 0;
    const before = a.text.slice(Math.max(0, start - 60), start).split(/,|\band\b|\(/).pop() ?? "";
    const after = a.text.slice(start + m[0].length).match(/^(?:,\s*([^,()\n]*)|\s+of (?:the )?((?:\p{Lu}[\p{L}.'’-]+\s?){1,4}))/u)?.slice(1).join(" ") ?? "";
    for (const w of `${before} ${m[1]} ${after}`.match(/\p{Lu}[\p{L}.'’-]+/gu) ?? []) {
      const p = kb.countryOfDemonym(w) ?? kb.place(w);
      if (!country && p?.kind === "country") country = p.name;
    }
    // The fullest form the text prints ("Bilawal Bhutto Zardari", not "Bhutto Zardari"), with a country if any gives one.
    if (!best || given.length > best.given || (given.length === best.given && !best.country && country)) best = { name, country: country ?? best?.country, given: given.length };
  }
  return best && { name: best.name, country: best.country };
}

/** Words that point back to what the transcript said before ("those mistakes", "this Memorandum"). */
const DEICTIC = /\b(?:these|those|such) [a-z]+|\bthis (?!year\b|week\b|month\b|morning\b|afternoon\b|evening\b)[A-Za-z]+|\b(?:since then|the same (?:day|week|month|year|time|way)|as well)\b|\bthe (?:first|second|third|fourth|last|next|other) (?:point|thing|issue|one)\b|\b(?:see|make|do|want|keep|get|let) (?:that|this|it)\b/i;

/** Small talk and courtesies: thanks, greetings, welcomes, pleasantries, the room. */
const SMALL_TALK =
  /\b(?:thanks?|thank you|welcome|good (?:morning|afternoon|evening)|hello|pleasure|delighted|honou?red|wonderful to|great to|nice to|glad to|happy to|good to|grateful|appreciate|congratulat\w*|look(?:ing)? forward|pleased|I think|maybe|so many|everybody|everyone|ladies and gentlemen|friends|colleagues|today|here)\b/i;

/** The transcript's turns of substance, and every named speaker: nothing when fewer than two named people speak. */
export function transcriptTurns(a: Analysis): { turns: Turn[]; speakers: string[] } {
  const labels = a.labels;
  const names = new Map<string, { name: string; country?: string } | null>();
  const found = (label: string) => {
    if (!names.has(label)) names.set(label, speakerName(a, label));
    return names.get(label)!;
  };
  const nameOf = (label: string) => found(label)?.name ?? null;
  const speakers = new Set(labels.filter((l): l is string => !!l).map(nameOf).filter((p): p is string => !!p));
  if (speakers.size < 2) return { turns: [], speakers: [] };
  const countries = [...new Set([...names.values()].map((f) => f?.country).filter((c): c is string => !!c))];
  const out: Turn[] = [];
  let speaker: string | null = null;
  let from = -1;
  let printed = "";
  for (const s of a.sentences) {
    const label = labels[s.index];
    if (label) {
      speaker = nameOf(label);
      from = s.index;
      printed = label;
    }
    // Near the label, in its paragraph: the evidence shows whose words these are.
    // A heading or a line without an end (a dateline, "# # #") ends the transcript's turn.
    if (!label && !/[.!?]["'”’)]*$/.test(s.norm.trim())) speaker = null;
    if (!speaker) continue;
    const text = (label ? s.text.replace(TURN_LABEL, "") : s.text).trim();
    const norm = (label ? s.norm.replace(TURN_LABEL, "") : s.norm).trim();
    const n = wordCount(norm);
    if (n < 8 || n > 30 || !/[.!]$/.test(norm) || /[?"]/.test(norm) || saysNothing(norm)) continue;
    // Talk to the room or to the other speaker, a vocative, an aside, a reply to words the quote does not give.
    if (SMALL_TALK.test(norm) || /\b(?:you|your|yours|yourself)\b/i.test(norm)) continue;
    if (/^(?:(?:Mr|Mrs|Ms|Madam|Dr)\.? \p{Lu}\p{L}*|\p{Lu}\p{Ll}+),/u.test(norm) || /^(?:Well|Look|So|Yes|No|Again|Now|Okay|OK|And|But|Or|Also|Then|That|This|These|Those|It|They|Both|All)\b/.test(norm)) continue;
    if (/\b(?:that|this|it|them|those|since|then|before|again|there|too|so)\W*$/.test(norm)) continue;
    // "it" that points back ("… and it has to stop", "The example that it sets"; set G's raters), but not the "it" of
    // "it is important to …"; a clause that hangs on another ("Because …"); speech that breaks off and starts again
    // ("There is a moment in that we all - we are all have to seize").
    const plain = norm.replace(/\bit(?:'s| is| was| will be| would be)(?: \w+ly)? (?:important|critical|clear|essential|vital|time|necessary|possible|true|hard|difficult|easy|right|fair|imperative|urgent)\b/gi, "");
    if (/\bit\b/i.test(plain)) continue;
    if (/\b(?:this|that|these|those)\s*(?:[,.;:!]|and\b|but\b|or\b|is\b|was\b|will\b)/i.test(plain) || DEICTIC.test(plain)) continue;
    if (/^(?:Because|Although|Though|While|If|When|Unless|Since|As|Whether|Whereas|To|For (?:while|when|if|as|though)|Among|One of)\b/.test(norm) || /\s-\s/.test(norm)) continue;
    // Someone the quote does not name ("With his hope, he made history rhyme", "Two of them", "He wants to …"; set I).
    if (/\b(?:he|him|his|she|her|hers|they|them|their|theirs)\b/i.test(norm)) continue;
    // Anyone the text names, and a speaker's own office ("My administration", "when I first got to the Senate").
    if (a.ents.bySentence[s.index]?.some((m) => m.kind === "person") || /\b(?:my administration|my cabinet|the Senate|as President|as Vice President)\b/i.test(norm)) continue;
    // Talk of the other speaker by title ("the foreign minister has already noted"), or of what the quote does not
    // say ("We strongly support this and …", "those mistakes").
    if (/\b(?:minister|secretary|president|chancellor|ambassador|prime|general|excellency)\b/i.test(norm)) continue;

    // Naming a speaker, or a speaker's country, gives away who said it ("… more important to Israel than …").
    if ([...speakers].some((p) => p.split(" ").some((w) => w.length > 2 && containsPhrase(norm, w)))) continue;
    if (countries.some((c) => containsPhrase(norm, c) || namesCountry(norm, c))) continue;
    if (countries.includes("United States") && /U\.S\.(?!\w)|\bUSA?\b|\b(?:United States|America|Americans?|Washington)\b/.test(norm)) continue;
    // A stage direction ("(Inaudible)", "(Laughter.)").
    if (/\(/.test(norm)) continue;
    out.push({ sentence: s.index, from, label: printed, speaker, text });
  }
  return { turns: out, speakers: [...speakers] };
}

const asChoice = (t: string) => t.replace(/[,;:]$/, "").replace(/(?<![.!])$/, ".");

export function turnQuestions(a: Analysis): Candidate[] {
  const { turns, speakers } = transcriptTurns(a);
  const out: Candidate[] = [];
  for (const t of turns) {
    // The evidence runs from the speaker's label when it is near; deep in a long turn it is the sentence, and the
    // explanation names the label the turn starts with.
    const evidenceStart = a.sentences[t.sentence - t.from <= 2 ? t.from : t.sentence].start;
    const evidenceEnd = a.sentences[t.sentence].end;
    const where = t.sentence - t.from <= 2 ? "according to the transcript" : `in the turn the transcript marks "${t.label}:"`;
    const quote = t.text.replace(/[,;:.]$/, "");
    // Who said it: the other speakers; where only two speak, people the transcript itself names who hold an office
    // (not anyone the quote names), then the U.S. speaker's senior colleagues of that year.
    let others = speakers.filter((p) => p !== t.speaker);
    if (others.length < 2) {
      const named = [...a.ents.persons.keys()].filter(
        (p) => a.ents.kindOf.get(p) === "person" && !speakers.some((x) => familyName(x) === familyName(p)) && !isTitleWord(p.split(" ")[0]) && /\s/.test(p) && !containsPhrase(quote, familyName(p)) && roleClassesOf(a, p).size > 0,
      );
      others = others.concat(named);
      const us = speakers.find((p) => personCountry(a, p) === "United States");
      if (us && others.length < 2) others = others.concat(peersOf(a, us, a.year, new Set([...speakers, ...others]), quote, ["us-cabinet"], undefined, true));
    }
    const ask = (type: Candidate["type"], prompt: string, choices: string[], explanation: string, base: number, answerKey: string, facts = [t.sentence]) =>
      out.push({ type, prompt, choices, answer: choices[0], evidenceStart, evidenceEnd, explanation, difficulty: 2, entities: [t.speaker], facts, base, answerKey, transcript: true });
    if (others.length >= 2) ask("quote_attribution", `Who said: "${quote}"?`, [t.speaker, ...others.slice(0, 3)], `${t.speaker} said this, ${where}.`, 0.74, `speaker:${t.speaker}`);
    // Which of these did X say: the wrong answers are what the other speakers said, so the transcript proves them.
    const pool = turns.filter((o) => o.speaker !== t.speaker && wordCount(o.text) <= 24);
    // One sentence from each turn first, spread over the transcript; then more from the same turns.
    const firsts = pool.filter((o, i) => pool.findIndex((x) => x.from === o.from) === i);
    const wrong = [...firsts, ...pool.filter((o) => !firsts.includes(o))].slice(0, 3);
    // The wrong answers' sentences are this question's facts too: a "Who said" on one of them beside it would be
    // answered by its choices (set H's raters).
    if (wordCount(t.text) <= 24 && wrong.length === 3)
      ask("multiple_choice", `Which of these did ${t.speaker} say, according to the transcript?`, [asChoice(t.text), ...wrong.map((o) => asChoice(o.text))], `${t.speaker} said this, ${where}; the other choices are what the other speakers said.`, 0.66, `said:${t.speaker}`, [t.sentence, ...wrong.map((o) => o.sentence)]);
  }
  return out;
}

