/**
 * Quality gates: each returns the reason a candidate is rejected, or null.
 * They encode the failure patterns seen on real articles, so each is tested
 * on its own in gates.test.ts.
 */
import { contentWords, STOPWORDS, type Analysis } from "./analysis";
import { CITIES, COUNTRIES, DEMONYM_TO_COUNTRY, MONTHS, TITLES_BEFORE_NAME, US_STATES } from "./civics-lexicon";
import { findQuantities, NUMWORD, numberToWords, parseNumber, type Quantity } from "./numbers";
import type { Candidate } from "./types";
import { namesCountry } from "./world";
import { sameBody } from "./distractors";
import { FIRST_PERSON } from "./author";
import { ADMINISTRATION_NAME, BLANK, containsPhrase, escapeRe, familyName, PARTICIPLE_WORD, RELEASE_DAY, vowelSound, wordCount } from "./util";
import { verbForms } from "./nlp";
import { getKb } from "./kb";
import { caseName } from "./court";

export const MAX_PROMPT_WORDS = 40;
export const MAX_CHOICE_WORDS = 12;

export type GateName =
  | "boilerplate"
  | "too_long"
  | "choices"
  | "giveaway"
  | "function_word"
  | "ungrammatical"
  | "surface"
  | "stem_start"
  | "fragment"
  | "unresolved"
  | "citation"
  | "predictable"
  | "main_subject"
  | "logistics"
  | "trivia";

/** The statement or sentence a student reads, without the question's frame. */
export function stemBody(c: Candidate): string {
  return c.prompt.replace(/^True or false:\s*/, "");
}

/** The stem without its voice ("According to the fact sheet, "): what the sentence itself says. */
function stemClaim(c: Candidate): string {
  return stemBody(c).replace(/^According to [^,]+,\s*/, "");
}

const CONNECTIVE_START =
  /^(?:and|but|or|nor|so|yet|(?:earlier|previously|before that|prior to that|later|combined)(?=,)|likewise|however|moreover|meanwhile|additionally|furthermore|still|instead|similarly|thus|therefore|hence|then|also|indeed|otherwise|nonetheless|nevertheless|accordingly|consequently|in addition(?! to\b)|in turn|as a result|for example|for instance|by contrast|in contrast|at the same time|on the other hand|specifically|in particular|notably|importantly|finally|(?:first|second|third)(?=,)|lastly|overall|in short|rather|after all|of course|as such|in that case|in this case|even so)\b/i;

/** Rubric rule 1: a stem starts where a sentence starts, never with "…", a digit, a conjunction or a connective. */
export function gateStemStart(c: Candidate): boolean {
  if (c.type === "quote_attribution" || c.type === "multiple_choice") return false;
  const b = stemBody(c).trim();
  // "S. exports are up 61% …": the source's "U.S." cut to its last letter.
  // (And a name cut to its initial and family name, "R. Thompson currently serves as …" of Dean R. Thompson, whose given
  // name read as a dean's title: set CA, both raters. "J. Edgar Hoover" keeps its next name.)
  // (And behind a voice: "According to the Court, And the limited empirical evidence …".)
  return /^(?:…|\.\.\.|\d|\(|[a-z]|[A-Z]\. [a-z]|[A-Z]\. [A-Z][\w'’-]+ [a-z])/.test(b) || CONNECTIVE_START.test(b) || (b !== stemClaim(c) && /^(?:And|But|Or|Nor|So|Yet)\b/.test(stemClaim(c)));
}

/** Whether the voice put before a stem ("According to the fact sheet, ") leaves its opening phrase dangling. */
export function gateDanglingVoice(c: Candidate): boolean {
  return DANGLING_AFTER_VOICE.test(stemBody(c));
}

/**
 * "According to the fact sheet, announced by Vice President Harris in March 2024, North Carolina has committed …": a
 * sentence that opens with a participle's phrase reads, behind the voice, as if the fact sheet had been announced (set
 * BE's two raters: a dangling modifier). ("Based on", "compared with" read as prepositions.)
 */
// (Not "adjusted for inflation, …": a participle before "for" is no dangling opener, the review of engine 33.)
const DANGLING_AFTER_VOICE = new RegExp(String.raw`^According to [^,]+,\s*${PARTICIPLE_WORD}\s+(?:by|in|into|on|at|through|under|with|from|during|over|after|last|earlier|this)\b[^,]*,`);

const SUBJECTLESS_PAST = new RegExp(
  String.raw`^(?:(?:In|Through|With|Under|Since|As part of|Alongside|Together with)\b[^,]{0,80},\s+)?(?!(?:Proposed|Related|Detailed|Combined|Limited|Targeted|Revised|Expected|Required|Needed|Coordinated)\b)(?:[A-Z]|(?<=,\s+)[a-z])[a-z]{2,}ed\s+(?:(?:more than|over|nearly|about|approximately|almost|the|a|an|its|their|new|additional|several|dozens|hundreds|thousands|millions|two|three|four|five)\b|\$?\d)`,
);

/** A window cut out of a long sentence ("… ending with …") is a fragment, not a statement. */
const TITLE_FUNCTION_WORDS = new Set(["of", "on", "for", "the", "and", "to", "in", "a", "an", "by", "from", "with", "at", "or", "under", "into"]);
/** A body's name, a comma, and a title in capitals to the end ("Fish and Wildlife Service, Biological Opinion on …"). */
function citationLine(b: string): boolean {
  const m = /^(?:[Tt]he\s+)?(?:U\.S\.\s+)?(?:_____|[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|the|on|[A-Z][\w.&'’-]*))*),\s+([A-Z].*)\.$/.exec(b);
  if (!m) return false;
  const words = m[1].replace(/\([^)]*\)/g, " ").split(/[\s,;:]+/).filter((w) => /[A-Za-z]/.test(w));
  return words.length >= 3 && words.every((w) => /^[A-Z_'’"“(]/.test(w) || TITLE_FUNCTION_WORDS.has(w));
}

export function gateFragment(c: Candidate): boolean {
  if (c.type === "quote_attribution") return false;
  const b = stemBody(c);
  if (/…|\.\.\./.test(b)) return true;
  // Nothing left but the frame: "According to the fact sheet, _____." (a heading's name blanked, set L).
  if (wordCount(stemClaim(c).replace(/_____/g, "")) < 3) return true;
  // A statement cut before what it was saying: "… secured the release of _____ detained Americans abroad, including."
  // ("… will increase collaboration with—and assistance to.", "… including through.": set BJ, both pairs.)
  if (/\b(?:including|such as|of|the|a|an|and|or|who|whom|whose|which|with|by|from|for|to|through|into|toward|towards|via)\.$/i.test(b)) return true;
  // A reference list's line: "U.S. _____, Evaluation of Maryland's Phase III Watershed Implementation Plan." (a body and
  // the title of its document, no statement; set BL, both pairs).
  if (citationLine(stemClaim(c))) return true;
  // A question that runs on into a second clause of its own ("Which department launched the flightrights.gov dashboard,
  // and now all 10 major U.S. airlines guarantee …?", set AU's raters: "run-on stem").
  if (/^(?:Who|Which|What)\b/.test(c.prompt) && /,\s+and (?:now|then|today|since then|as a result)\b/.test(c.prompt)) return true;
  // A transcript's speaker label inside the quote ('… said: "SECRETARY BLINKEN: Well, …"').
  if (/"\p{Lu}[\p{Lu}.'’ -]{1,40}:\s/u.test(b)) return true;
  // A list item read without its lead, so without a subject ("Strongly opposes the implementation of the October 23
  // … ceasefire agreement", set E's rater: "a subjectless fragment").
  if (/^(?:[A-Z][a-z]+ly\s+[a-z]+s|(?:Supports|Opposes|Welcomes|Condemns|Urges|Calls|Commends|Encourages|Reaffirms|Reiterates|Underscores|Emphasizes|Recognizes|Affirms|Expresses|Notes|Stresses))\s+(?:the|a|an|all|its|their|to|for|on)\b/.test(b)) return true;
  // So is a past tense with no subject, a list of what an office did ("Encouraged more than 850 faith and community
  // leaders …", "In coordination with Operation Allies Welcome, launched a webinar series …": set BH, both pairs).
  if (SUBJECTLESS_PAST.test(stemClaim(c))) return true;
  // A dash printed as a hyphen between words ("need-the need", "prong-which") or a stutter ("the United - surpass").
  // (A range's dash is none: "Mass Attacks in Public Spaces: 2016 - 2020".)
  if (/[a-z]-(?:the|a|an|to|which|who|and|or|but|that|it|we|in|of)\b/.test(b) || /\s-\s/.test(b.replace(/(?:\d|_____) - (?=\d|_____)/g, "0"))) return true;
  // A signature line ("United States Secretary of State, _____."): a name under its title, no statement.
  if (/^[A-Z][^,]{3,60},\s+_____\.?$/.test(b.trim())) return true;
  // Unbalanced parentheses in the stem or a choice ("(GAO").
  for (const x of [b, ...c.choices]) if ((x.match(/\(/g) ?? []).length !== (x.match(/\)/g) ?? []).length) return true;
  // List items and enumerations: "(1) threats to …", "Empowering workers by …; strengthening …".
  if (/\(\d+\)|\([a-z]\)\s/.test(b)) return true;
  if ((b.match(/;/g) ?? []).length >= 2) return true;
  // A gerund-led list item is not a statement: "Empowering workers by improving …".
  if (c.type !== "multiple_choice" && /^[A-Z][a-z]+ing\s/.test(b) && !/^(?:During|According|Following|Regarding|Including|Beginning|Starting|Notwithstanding)\b/.test(b)) return true;
  // A nomination list's line ("Holly A. Thomas, of California, to be United States Circuit Judge for the Ninth
  // Circuit, vice _____, retiring."): a name, a state and an office, no statement.
  // One line of a list of grants ("_____ for listening tours on local development in Timor-Leste."): no statement.
  if (/^(?:_____|\$?\d[\d.,]*(?: (?:thousand|million|billion|trillion))?) (?:in base funding |in funding )?(?:for|to|in)\b/.test(b) && c.type === "numeric") return true;
  if (/^[^,]{3,60}, of (?:[A-Z]|_____)[^,]{0,40}, to be\b/.test(b) || /,\s+vice\s+(?:_____|[A-Z])/.test(b)) return true;
  return false;
}

const AUXILIARY = new Set(["is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did"]);

/**
 * A stem without a finite verb is a piece of a list, not a statement: a semicolon list's item ("Germany, the United
 * Kingdom, and _____ for galvanizing donors."), a run of "From promoting …, to preventing …, to being …" cut from its
 * main clause (set F). The sentence's own finite verbs (compromise's tags: present or past tense, copula, modal,
 * auxiliary, not an -ing form) must appear in the stem, or one of its rewritten forms ("calls" for "call").
 */
/** A stem that opens with its blank or a figure. */
// (With its bound: "Nearly $2.8 billion in new debt relief for nearly _____ borrowers through fixes …", set AU.)
const FIGURE_FIRST = new RegExp(`^(?:(?:Nearly|Almost|About|Roughly|Approximately|Over|More than|Up to|Some)\\s+)?(?:${BLANK}|\\$?\\d[\\d.,]*)\\s`);

export function gateNoVerb(c: Candidate, a: Analysis): boolean {
  if (c.type !== "fill_in_blank" && c.type !== "numeric" && c.type !== "true_false") return false;
  const s = a.sentences[c.facts[0]];
  if (!s) return false;
  let body = stemClaim(c);
  const quoted = body.match(/^[^"]+ (?:said|wrote|says|writes): "(.*)"\??$/);
  if (quoted) body = quoted[1];
  const verbs = new Set<string>();
  for (const t of s.terms) {
    const w = t.text.toLowerCase().replace(/[^a-z']/g, "");
    if (!w || /ing$/.test(w) || t.tags.has("Gerund")) continue;
    if (t.tags.has("PresentTense") || t.tags.has("PastTense") || t.tags.has("Copula") || t.tags.has("Modal") || t.tags.has("Auxiliary")) verbs.add(w);
  }
  // No finite verb in the whole sentence: a list item written as a heading ("Designation of 11 senior Russian defense
  // officials by the _____ pursuant to E.O. 14024.", "Action to impose visa restrictions on …": set G's raters).
  if (!verbs.size && /^(?:[A-Z][a-z]+(?:tion|ment|sion|al|ure|ance|ence)|Action|Sanctions|Support|Funding|Aid|Assistance) (?:of|to|on|for|against|by)\b/.test(body.trim())) return true;
  const words = body.toLowerCase().replace(/[^a-z'\s]/g, " ").split(/\s+/).filter(Boolean);
  // So is a heading that opens with its figure ("_____ families adopting a child." before "By improving … the
  // President's plan would cut taxes … for 70,000 families adopting a child"): no verb in the stem but a word in -s that
  // may be a noun ("_____ working individuals or couples.").
  if (FIGURE_FIRST.test(body.trim()) && !/\b[a-z]{3,}ed\b/.test(body) && !words.some((w) => AUXILIARY.has(w) || (verbs.has(w) && !/s$/.test(w)))) return true;
  if (!verbs.size) return false;
  // A list item that opens with its amount ("_____, through the U.S. Department of Agriculture, for eight new school
  // feeding projects that are expected to benefit …"): the only verbs are in the relative clause (set L's raters).
  // (Also after "an additional" or a bound: "an additional _____ for competitive grants aimed at building …", the law
  // that "includes" it cut away, set BF's two raters.)
  const lead = body.trim().match(new RegExp(`^(?:(?:an?\\s+)?(?:additional|further|extra|another)\\s+|(?:nearly|almost|about|roughly|approximately|over|more than|up to|some)\\s+)?(?:${BLANK}|\\$[\\d.,]+(?: (?:million|billion|trillion))?)(?:,|\\s+(?:for|to|in|through|from|toward|towards|across|over|above|below|beyond|under)\\b)(.*?)(?:\\b(?:that|which|who|whose)\\b|$)`, "i"));
  // (A participle before "by" is no finite verb either: "_____ from the … grants program administered by the Federal
  // Rail Administration for … locomotives", set AX's three pairs.)
  // Nor is a noun compromise reads as a verb ("… grants program administered by …").
  if (lead && !lead[1].replace(/\b[a-z]+ed (?:by|at|to|for|in|under|through|with|on)\b/g, " ").toLowerCase().replace(/[^a-z'\s]/g, " ").split(/\s+/).some((w) => AUXILIARY.has(w) || (verbs.has(w) && !NOUN_READ_AS_VERB.test(w)))) return true;
  // Another form of the same verb ("requires" in a negative rule asked in the positive, "does not require").
  const sameVerb = (v: string, w: string) => {
    let k = 0;
    while (k < v.length && k < w.length && v[k] === w[k]) k++;
    return k >= 4 && k >= Math.max(v.length, w.length) - 3;
  };
  // "The Constitution grants _____ the "power of the purse."": compromise reads "grants" as a plural noun.
  return !words.some((w) => AUXILIARY.has(w) || verbs.has(w) || [...verbs].some((v) => sameVerb(v, w)) || GIVES.test(w));
}

/** Nouns of funding that compromise may tag as verbs after another noun ("grants program", "loan fund"). */
const NOUN_READ_AS_VERB = /^(?:programs?|funds?|grants?|plans?|projects?|supports?|awards?|loans?|contracts?|packages?|services?|rebates?|costs?|budgets?|partners?)$/;

/** Verbs that give or place a power, which compromise may read as plural nouns ("grants", "vests", "rests"). */
const GIVES = /^(?:grants|vests|assigns|delegates|confers|rests|resides)$/;

/**
 * A fact sheet's bullet that starts with its verb ("Help up to 10,000 farmers and ranchers apply conservation to …",
 * "Use its unparalleled catalytic leadership to …"): whose action it is sits in the line before the list, so the stem
 * has no subject. The sentence's first word is a verb in its base form (compromise's Infinitive) and the stem starts
 * with it.
 */
export function gateBulletItem(c: Candidate, a: Analysis): boolean {
  if (c.type === "quote_attribution" || c.type === "multiple_choice") return false;
  const s = a.sentences[c.facts[0]];
  const first = s?.terms[0];
  if (!s || !first || first.start !== s.start) return false;
  // "Established math, science, and technology labs in 6 public schools; improved … skills of 240 teachers": an item of
  // a list of what a program did, its subject in a heading (not "Passed in 1996, the law …").
  // ("Used Defense Production Act authorities to compel …": a fact sheet's verb before a name, set AD; not "Armed
  // Forces" or "United Nations", whose "-ed" word is part of the name.)
  const done = s.text.match(/^([A-Z][a-z]{3,}ed) ([a-z]+)\b/) ?? s.text.match(/^(Used|Launched|Signed|Issued|Announced|Secured|Directed|Established|Created|Expanded|Invested|Provided|Released|Deployed|Convened|Hosted|Awarded|Finalized|Proposed|Implemented|Delivered|Negotiated|Lowered|Reduced|Strengthened|Extended|Approved|Restored|Required|Championed|Formed|Enacted|Ordered|Cut|Led|Built|Brought|Made|Took|Sent|Won|Helped|Partnered|Joined|Mobilized|Catalyzed|Unveiled|Introduced) ([A-Z][a-z]+)\b/);
  if (done && !first.tags.has("Noun") && !/^(?:Indeed|Hundred|Proceed|Succeed|Exceed)$/.test(done[1]) && !/^(?:in|by|on|at|as|with|under|after|during|from|to|into|for|over|through|upon|that)$/.test(done[2])) {
    return stemClaim(c).toLowerCase().startsWith(done[1].toLowerCase());
  }
  // "Caps the amount that seniors will have to pay …", "Slash almost $2 billion from …": a fact sheet's item whose
  // verb compromise reads as a plural noun; no subject is a noun followed by "the" (or by "almost $2 billion").
  {
    const word = s.text.slice(0, first.end - s.start);
    const [next, after] = [s.terms[1], s.terms[2]];
    const verbish = first.tags.has("Noun") && !first.tags.has("ProperNoun") && /^[A-Z][a-z]+$/.test(word) && verbForms(word.toLowerCase()) !== null;
    const objectNext = !!next && (next.tags.has("Determiner") || (next.tags.has("Adverb") && !!after && (after.tags.has("Value") || after.tags.has("Determiner") || /^\$/.test(after.text))));
    if (verbish && objectNext && !/^(?:The|This|That|These|Those|Each|Every|All|Some|Many|Most|Such)$/.test(word)) return stemClaim(c).toLowerCase().startsWith(word.toLowerCase());
  }
  if (!first.tags.has("Infinitive") || first.tags.has("Noun")) return false;
  const word = s.text.slice(0, first.end - s.start);
  // "Pursuant to the 12th Amendment, …", "Subject to …": prepositions compromise tags as verbs.
  if (/^(?:Pursuant|Subject|Due|Prior|Contrary|Further|Notwithstanding)$/.test(word)) return false;
  // "Judge Lopez served …": a title before a name, not a verb.
  if (a.ents.bySentence[s.index].some((m) => m.start === s.start) || /^[A-Z]/.test(s.terms[1]?.text ?? "")) return false;
  return stemBody(c).startsWith(word);
}

const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|it|its)\b/i;
// ("The first vote in the Senate was …": an ordinal with its noun and place, said of what the sentence before counts.)
const DEICTIC_START = /^(?:this|that|these|those|such|the following|the same|the latter|the former|the two|both|the (?:first|second|third|last)(?! [a-z]+ (?:in|at|on|during) the [A-Z])|the other|another|one of them)\b/i;
const DEICTIC_ANY = /\b(?:(?:this|these|those|such) (?:(?:[\d.,]+|_____) (?:(?:million|billion|thousand|hundred) )?)?(?!year\b|week\b|month\b|morning\b|afternoon\b|evening\b|who\b|whose\b|whom\b|as\b)[a-z]+|the following (?:year|day|week|month)|(?:each|all|some|one|any|many|most|none|both) of the following|that (?:law|bill|act|period|time period|time|decision|rule|case|plan|meeting|election|amount|figure|provision|program|agreement|proposal|report|policy|day|week|month|process|change|limit|date)\b|in the meantime|since then|the above|the aforementioned|the same (?:day|year|week)|the previous (?:year|day)|that year|those (?:respective )?years|the former|the latter|this (?:visit|meeting|trip|law|bill|act|decision|week|year|month|agreement|proposal|plan|program|process|report|case|provision|section|clause|amendment))\b/i;

/** Words of many bodies' names, which tell none of them apart ("Department", "National", "Security", "Health"). */
const GENERIC_BODY_WORD = /^(?:depart|nation|federa|united|admini|office|bureau|servic|agency|agenci|commis|corpor|counci|founda|instit|center|health|securi|develo|protec|progra)/;
const SIMILAR_TO_WHAT = /\b(?:similar|comparable|the same|such)\s+(?:relief|actions?|steps|protections?|measures|programs?|efforts?|commitments?|policies|polic(?:y)|guidance|support|flexibilit(?:y|ies)|investments?|initiatives?|agreements?|requirements?)\b(?!\s+(?:to|as)\b)/i;
const BARE_EXAMPLES = /^(?:(?:key|other|some|recent|notable|new|major|additional)\s+)?(?:projects|examples|investments|awards|grants|recipients|highlights|actions|efforts|commitments|announcements|programs|steps|measures|activities|initiatives|partners|members|sites|priorities)\s+(?:include|included|includes)\b/i;
const BLANK_THEN_THAT_YEAR = new RegExp(`${BLANK}([^.;]*?)\\bthat year\\b`);
// (With one adjective or an office's possessive before the noun: "the rescue plan", "the President's plan", set AU.)
const ANAPHORIC_NOUN = /\bthe (?:(?:rescue|relief|new|proposed|President's|President’s|Administration's|Administration’s) )?(?:measure|plan|proposal|scheme|strategy|idea|move|effort|attempt|compromise|arrangement|incident|deal|offer|request|initiative|agreement|disconnect|disagreement|dispute|misunderstanding)\b(?!\s+(?:to|of|for|that|which|by|from|on|in|over|about|between|with|known|called|named)\b|\s*\()/i;
/**
 * "a forced sale of the lease to an Australian company" (a lease "to" someone does not say of what), "Iran has
 * conditioned the April 11 meeting on …" (a date does not say whose meeting): set D's raters.
 */
const ANAPHORIC_DATED = /\bthe lease\b(?!\s+(?:of|for|on|known|called|named)\b|\s*\()|\bthe (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} (?:meeting|talks|summit|call|session)\b(?!\s+(?:of|between|with)\b)/;

/** An article that speaks of more than one bill: two numbered bills, or a bill and its "previous" or "revised" one. */
export function severalBills(a: Analysis): boolean {
  const numbered = new Set((a.norm.match(/\b(?:H\.\s?R\.|S\.)\s?\d+\b/g) ?? []).map((x) => x.replace(/\s/g, "")));
  const other = /\b(?:previous|earlier|revised|original|new|rejected|second|first) (?:[a-z]+ )?bill\b/i.test(a.norm);
  return numbered.size + (other ? 1 : 0) >= 2;
}

/** An article that signs or describes more than one memorandum, order or proclamation ("four executive actions"). */
function severalDocuments(a: Analysis): boolean {
  if (/\b(?:memoranda|memorandums|executive orders|executive actions|proclamations|presidential actions)\b/i.test(a.norm)) return true;
  return (a.norm.match(/\b(?:a|an|another|second|new) (?:presidential )?(?:memorandum|executive order|proclamation)\b/gi) ?? []).length >= 2;
}

/**
 * Rubric rule 1: no unresolved "he", "this visit", "the following year". A third-person pronoun may stay when a
 * name the stem itself gives comes before it ("Mr. Xi said his country …").
 */
export function gateUnresolved(c: Candidate, a: Analysis): boolean {
  // "Which of these did X say?" names its speaker; the quotes are the choices.
  if (c.type === "quote_attribution" || c.answerKey.startsWith("said:")) return false;
  const b = stemBody(c).replace(/"[^"]*"/g, '""');
  // A bare quotation ("People who support some of these provisions will forget about the _____ …"): who said it?
  if (/"/.test(stemBody(c)) && !/^[^"]+ (?:said|wrote): "/.test(c.prompt) && wordCount(stemBody(c).replace(/"[^"]*("|$)/g, " ")) < 3) return true;
  // "at the Desire of _____ of those Present": a fixed phrase of procedure, not a reference; "in _____ reduced
  // economic expansion in the second half of that year": the year is the blank's own.
  const deictic = b.replace(/\bthose (?:present|voting)\b/gi, "").replace(BLANK_THEN_THAT_YEAR, (x, mid: string) => (/\b(?:1[6-9]|20)\d\d\b/.test(c.answer) ? `${BLANK}${mid}the year` : x));
  if (DEICTIC_START.test(deictic) || DEICTIC_ANY.test(deictic)) return true;
  // "Projects include the Milwaukee Estuary in Wisconsin …": which projects? The examples of something the stem never
  // names (set BF's two raters).
  if (BARE_EXAMPLES.test(stemClaim(c))) return true;
  // "Other professional highlights include six years at the Office of Management and Budget …": whose? A biography's
  // next paragraph, whose person the stem never names (set BZ's two pairs).
  // "Who has led Committee efforts to protect whistleblowers …?": which committee (set CA, both raters)?
  if (/\b(?!the\b|a\b|an\b|this\b|that\b)[a-z]+ (?:Committee|Subcommittee) (?!on\b|of\b|for\b)[a-z]/.test(stemClaim(c))) return true;
  if (/^Other (?:\w+ ){0,2}(?:highlights|roles|positions|posts|accomplishments|achievements|experience|appointments|assignments)\b/.test(stemClaim(c))) return true;
  // "An additional _____ in new projects are expected over the next fiscal year": in addition to what, and whose (set BL,
  // both pairs)?
  if (/^(?:[Aa]n additional|[Aa]nother|[Tt]he remaining|[Tt]he rest)\b/.test(stemClaim(c))) return true;
  // "provided similar relief for mortgages backed by Fannie Mae" (similar to what?), "America Makes will thus develop …"
  // (thus after what?): set BH, both pairs.
  if (SIMILAR_TO_WHAT.test(b) || /\b(?:will|would|can|could|may|must|should|shall|has|have|had|is|are|was|were|it|they)\s+(?:thus|therefore|hence|likewise|similarly|accordingly)\b/i.test(b)) return true;
  // "failed to execute the plan": a plan, proposal or deal the stem does not say (a plan "to …" or "of …" says).
  if (ANAPHORIC_NOUN.test(b) || ANAPHORIC_DATED.test(b)) return true;
  // "On November 30, 2023, the agency completed its mission …", "the region is a finalist in …", "to equitably advance
  // innovation across the entire sector, …", "to harness that power …": a body, place or field the stem never names
  // (set BP, both pairs each). Where the stem has named one before ("the _____, the agency …"), it is that one.
  {
    const claim = stemClaim(c).replace(/"[^"]*"/g, '""');
    // (And "The state does not have a _____", "since January 2023, the District has used naloxone …", set BQ; not "the
    // State Department", "the District of Columbia".)
    const ref =
      claim.match(/\b(?:the (?:entire |whole )?(?:agency|region|sector|industry)\b(?!['’]s\b|\s+(?:of|for|that|which|where|known|called|named|in|to)\b|\s*\()|(?<!\b(?:so|such|now|given|sure|ensure|ensures|ensuring)\s)that (?:power|sector|region|industry|funding|money|investment|approach|commitment|momentum|progress|work|mission|goal|capacity|authority|leadership|vision)\b)/i) ??
      // ("the state" and "the district" in lower case, or "the District": not "The State and Justice Departments", nor
      // "state and local".)
      claim.match(/\b[Tt]he (?:state|[Dd]istrict)\b(?!['’]s\b|\s+(?:of|for|that|which|where|known|called|named|in|to|and local|or local)\b|\s*\()/);
    // (A name goes on after it: "the State Department", "the Region 9 Office".)
    const named = ref?.index !== undefined && /^\s+[A-Z0-9]/.test(claim.slice(ref.index + ref[0].length));
    // What the stem says before it: a name there ("Pennsylvania has experienced 37 extreme weather events, costing the
    // state …") is what it refers to; an opening function word is no name.
    const before = ref?.index !== undefined ? claim.slice(0, ref.index).replace(/^(?:The|A|An|In|On|At|By|For|From|Since|During|Through|To|With|Under|After|Before|Over|Across)\b/, "") : "";
    // (The blank names a body before "the agency", not a goal before "that goal": "_____ says that goal …".)
    const names = /^that\b/i.test(ref?.[0] ?? "") ? /\p{Lu}/u : /_____|\p{Lu}/u;
    if (ref?.index !== undefined && !named && !names.test(before.replace(/\b(?:On|In|By|From|Since|During|Through|January|February|March|April|May|June|July|August|September|October|November|December)\b/g, ""))) return true;
  }
  // "will add the entities and vessels above to the list": a list the student has not read (set E's rater).
  if (/\b(?:the|these|those) [a-z][a-z ,]{0,40}? (?:above|below)\b|\b(?:listed|named|mentioned|described|identified|noted) (?:above|below)\b|\babove-(?:named|mentioned)\b/.test(b)) return true;
  // "Passage of the Bill required only a _____ majority." in a report of several bills (the House's rejected one, the
  // Senate's revised one, H.R.1424): which bill, in which chamber? (rated unresolved twice) A stem that starts from
  // "the bill" needs an article of one bill.
  if (/^(?:[A-Z][a-z]+ of )?the bill\b/i.test(b) && severalBills(a)) return true;
  // "The legislation makes the largest investment in clean drinking water …", "The act invests …", "The law creates a
  // _____ tax credit …": which law? (sets AV and AW, raters of both)
  if (/^(?:According to [^,]+,\s+)?(?:The|the) (?:legislation|law|act)\b(?!\s+(?:of|to|that|which|known|called|named|signed|passed|enacted)\b)/.test(b)) return true;
  // "The purpose of the first interest …, and the second interest cannot …": items of a list the student has not read.
  if (/\bthe (?:first|second|third|fourth|former|latter) (?:interest|one|point|reason|claim|argument|issue|option|question|ground|factor|prong|part)s?\b/i.test(b)) return true;
  // A framed quote that starts from what the sentence before it said ('… said: "This includes a request for _____ …"',
  // '"It also requests _____ …"'): what "this" or "it" is, the student has not read (set F).
  const framedQuote = stemBody(c).match(/^[^"]+ (?:said|wrote): "(.*)"\??$/)?.[1];
  if (framedQuote && /^(?:This|That|These|Those|It|They|Such)\b(?! (?:is|was) (?:why|how|what|because)\b)/.test(framedQuote)) return true;
  // '… said: "And so if _____ is acting on those interests, …"', '"But again, …"': a quote that starts mid-discourse
  // or points at what came before it (set F's raters, four times).
  if (framedQuote && (/^(?:And|But|So|Or|Now|Again|Well|Look|Yes|No)\b/.test(framedQuote) || CONNECTIVE_START.test(framedQuote) || DEICTIC_ANY.test(framedQuote.replace(BLANK, "")))) return true;
  // Remarks' small talk: a question put to the room ('"_____, is he here somewhere?"') or a vocative.
  if (framedQuote && (/\?$/.test(framedQuote.trim()) || framedQuote.startsWith(`${BLANK},`))) return true;
  // "Who has rejected that repeatedly?", "President _____ has rejected that repeatedly.": what "that" is, the stem
  // does not say (set F's raters).
  if (/\b(?:rejected|denied|said|done|accepted|opposed|supported|proposed|refused|condemned|welcomed|announced|made clear) (?:that|this|it)(?: (?:repeatedly|again|before|publicly|clearly))?[?.!]?"?$/.test(stemBody(c).trim())) return true;
  // "The vacancy … is not included in Figure 1.": a figure or table the student cannot see.
  if (/\b(?:Figure|Fig\.|Table|Chart|Appendix|Exhibit) [0-9A-Z]\b/.test(b)) return true;
  // "Who was there with the Peace Corps?": a place the stem does not name ("there" after a verb, not "there is").
  if (/\b(?:was|were|is|are|be|been|lived?|lives|worked|works|stayed|stays|went|goes|arrived|stationed|served|died|met) there\b|\b(?:over|out|back) there\b/.test(stemBody(c))) return true;
  // "The government set up a mass vaccination site …": which government, which company, which event? (set F)
  const opening = (framedQuote ?? b).trim();
  // ("The university will use the funds …": which university? Set BA.)
  if (/^(?:The|the) (?:government|company|event|country|ministry|firm|regime|administration|delegation|university|college|hospital|organization)\b(?! of\b)/.test(opening)) return true;
  // "The program will fund up to nine cooperative agreements", "The new funding, $9 million, will …": a program, a
  // grant or a group the sentence before named (set L's raters, five times).
  if (/^(?:The|the) (?:new |additional |same |proposed |selected )?(?:program|programs|funding|grants?|initiatives?|projects?|communities|efforts?|investments?|awards?|funds|partnership|money|grantees|recipients|participants)\b(?!\s+(?:of|for|to|that|which|known|called|named|under)\b)/.test(opening)) return true;
  // "In 2016, the energy efficiency and electrification upgrades reduced …", "the actions announced are being
  // implemented …": which upgrades, which actions? (set AG's raters) Not "The authority for using extraordinary
  // measures …", whose measures are named.
  if (/^(?:According to [^,]+,\s+)?(?:[Ii]n \d{4},\s+)?(?:The|the) (?:(?!(?:for|of|to|with|by|in|on|using|from)\b)[a-z-]+ ){0,4}(?:upgrades|improvements|actions|measures|steps|changes|efforts)\b(?!\s+(?:of|to|for|that|which|in|on|by|under)\b)/.test(opening)) return true;
  // "… will connect the communities with local workforce boards": which communities? (set L's raters, twice)
  if (/\bthe communities\b(?!\s+(?:of|in|that|which|who|where|across|affected|impacted|hit|most|served|they|we|it|around|throughout|near)\b)/.test(b)) return true;
  // "the Department announced …", "to support the Department's work": which department? (set L's raters, three times)
  // So are "the Center is working with …" and "the fund is designed to …" (set AF's raters: which center, which fund?).
  if (/\b[Tt]he (?:Department|Agency|Bureau|Center|Centre|Institute|Council|Board)\b(?!\s+(?:of|for|on)\b)/.test(b) || /^(?:[^,]{0,40},\s+)?the fund\b(?!\s+(?:of|for|to|that|which)\b)/i.test(b)) return true;
  // "for two of the competitions—the _____ National Clean Investment Fund and …": of which competitions?
  if (/\b(?:one|two|three|four|five|both|each|some|all|many|most) of the (?:[a-z]+ )?[a-z]+s\b(?!\s+(?:of|in|at|for|that|which|who|under|named|listed)\b)/.test(b.replace(/\bof the (?:[a-z]+est|most [a-z]+)\b/g, ""))) return true;
  // Set AS's raters (all four): "an analysis … found that doing so would mean …" (doing what?); "the new definition in
  // the Act" (of what?); "the Working Group" the stem does not name; "_____ ago" (before which day?).
  // ("To date, _____ states have done so", set AX's six raters: done what?)
  if (/\b(?:doing|(?:have|has|had|having) done|did|does) so\b(?!\s+(?:much|many|far|well|little|often|long)\b)/i.test(b) || /\bthe (?:new |revised |updated )?definition\b(?!\s+of\b)/i.test(b)) return true;
  // "… have successfully bailed out of the Act", "the Rule includes …": which act, which rule? (set CL, both pairs) Not
  // where the title names it ("Statement … on H.R. 7776, the James M. Inhofe National Defense Authorization Act …"), nor
  // a name's word ("the Bill Emerson Good Samaritan Food Donation Act", "the Bill & Melinda Gates Foundation").
  const bare = /\bthe (Act|Rule|Statute)\b(?!\s+(?:of|to|for|on|that|which)\b|\s*\(|\s+[\p{Lu}&])/u.exec(b);
  if (bare && !new RegExp(String.raw`\b${bare[1]}\b`).test(a.title)) return true;
  // (So is "the Network": "as part of the Network, investors pledged …", set AX's three pairs; and "the Accelerator",
  // set AZ.)
  if (/\b[Tt]he (?:Working Group|Task Force|Taskforce|Commission|Committee|Office|Panel|Partnership|Corps|Pillar|Network|Platform|Facility|Coalition|Alliance|Accelerator|Initiative|Program|Challenge)\b(?!\s+(?:of|on|for|to)\b)/.test(b)) return true;
  // Set AZ's raters: "the two agencies" (which?), "all of the nearly _____ awards" (of what?), "among the many actions
  // agencies have taken" (which actions?), "the report found that the program …" (which report, which program?).
  // (Not "the two countries" or "the two leaders", which a bilateral report's reader knows; not when the stem names two
  // or more before it: "the Forest Service and the _____ … the two agencies".)
  const several = b.replace(/^According to [^,]+,\s+/, "").match(/^(.*?)\bthe (?:two|three|four|five|six) (?:[a-z]+ )?(?:agencies|companies|organizations|departments|programs|bills|laws|documents|officials)\b(?!\s+(?:of|that|which|who|named|listed)\b)/);
  if (several) {
    // (The stem's first word counts only as a place or a name the article gives: "Old-growth forests" is no name.)
    const names = [...several[1].matchAll(/_____|\b[A-Z][\w.'’-]*/g)].filter(
      (w) => w[0] === BLANK || (!/^(?:The|A|An|In|On|At|By|For|With|From|To|As|According|Through|After|Before|During|Since)$/.test(w[0]) && (w.index > 0 || !!getKb().place(w[0]) || a.ents.mentions.some((x) => x.text === w[0]))),
    );
    if (names.length < 2) return true;
  }
  if (/\bthe (?:nearly|almost|about|approximately|roughly|over|more than|some) (?:_____|\$?[\d.,]+(?: (?:thousand|million|billion))?) [a-z]+s\b(?!\s+(?:of|for|in|on|to|that|which|who|available|from|under|across|at|by)\b)/.test(b) || /\bamong the (?:many |other )?(?:actions|steps|measures|efforts|initiatives)\b/i.test(b)) return true;
  // "Which department provided the largest-ever investment in rural renewable energy last year?": which year? (set BQ,
  // both pairs) Not in an aside the claim does without (", announced after the summit near San Francisco last year,").
  // (Not "the last year of the Obama administration"; an aside is one that opens with its own verb or "which", the
  // review of engine 34.)
  if (/(?<!\b[Tt]he )\b[Ll]ast year\b(?! of\b)/.test(b.replace(/,\s+(?:which|who|when|announced|held|signed|passed|adopted|made|released|issued|reached|set)\b[^,]*,/g, ","))) return true;
  // "in the _____ cities analyzed, increases in high-temperature days are projected to …": analysed by whom, in which
  // report? (set BP, both pairs)
  // (Not a main verb: "After the _____ member states reviewed the draft, …", the review of engine 34.)
  if (/\b[Tt]he (?:_____|[\d,.]+|[a-z]+ (?:_____|[\d,.]+)) (?:[a-z]+ ){0,2}[a-z]+s (?:analy[sz]ed|studied|surveyed|examined|reviewed|sampled|assessed)\b(?!\s+(?:the|a|an|its|their|his|her|our|this|these|those)\b)/.test(b)) return true;
  // Set BE's raters: "the Department of Commerce announced the three sets of grants for the Tribal Broadband Connectivity
  // Program" (which three sets?).
  if (/\bthe (?:first|second|third|two|three|four|five|six|seven|eight|nine|ten|[\d,]+) (?:sets|rounds|tranches|batches|phases|waves|cohorts) of\b/.test(b)) return true;
  if (/['’]s (?:final|proposed|interim) rule\b(?!\s+(?:on|to|for|that|which|known|called|named)\b)/.test(b)) return true;
  if (/\bthe (?:final |proposed |new |interim )?(?:rule|report|study|analysis|program)\b(?!\s+(?:of|on|to|for|that|which|known|called|named|issued|released|published|by|from|in)\b|\s*\()/.test(b.replace(/^According to [^,]+,\s+/, ""))) return true;
  if (new RegExp(`${BLANK}\\s+ago\\b`).test(stemBody(c))) return true;
  // "Following the UN Climate Conference, they reiterated …": the clause's subject is a pronoun whose antecedent the
  // opening phrase does not hold (a plural for "they", a noun for "it").
  {
    const lead = b.replace(/^According to [^,]+,\s+/, "").match(/^([^,"]{3,80}),\s+(they|it)\b/i);
    const plural = (w: string) => /^(?:people|children|both|leaders|they)$/i.test(w) || (/^[a-z]{3,}s$/i.test(w) && !/(?:ss|us|is|ys|as)$/i.test(w) && !/^(?:this|thus|always|perhaps|whereas|news|series)$/i.test(w));
    // ("For every additional $1,000 a borrower initially borrowed, they will receive …": a singular "they".)
    const indefinite = /\b(?:a|an|every|each|any)\s+(?:[a-z]+\s+)?(?:[a-z]+(?:er|or|ent|ant|ist)|person|individual|family|child|worker|student|veteran|citizen|applicant|employee|patient|household)\b/i;
    if (lead && !(lead[2].toLowerCase() === "they" ? lead[1].split(/\s+/).some(plural) || indefinite.test(lead[1]) : /\b(?:the|a|an)\s+[a-z]/i.test(lead[1]))) return true;
  }
  // "Which department does the memorandum direct …?" where the article signs several memoranda or orders (set AS).
  if (/\bthe (?:memorandum|executive order|order|proclamation|directive)\b(?!\s+(?:on|to|of|that|which|entitled|titled|called|establishing|directing|requiring)\b)/i.test(b) && severalDocuments(a)) return true;
  // "… state and local governments that have stepped in during the crisis": which crisis? (set L)
  if (/\bthe crisis\b(?!\s+(?:in|of)\b)/.test(b)) return true;
  // "… across another _____ countries": another beside which? "According to another survey, …": beside which survey?
  // (set AJ's three raters)
  if (/\banother _____/.test(stemBody(c)) || /\banother (?:survey|report|study|poll|analysis|estimate|review|assessment)\b/i.test(b)) return true;
  // "… the development and construction phases of the project are estimated to support …": which project? (set AJ's
  // three raters) A project the stem names ("the project of …", "the Vineyard Wind project") is no reference.
  if (/\bthe project\b(?!\s+(?:of|to|for|that|which|in|at|on|known|called|named|,)\b)/.test(b.replace(/^(?:According to [^,]+,\s+)?The project\b/, ""))) return true;
  // A speech's "I", "my", "we" outside a quote: the student does not know who is speaking.
  // ("Our tasks in the last four years …": capitalised too; "US" the country is not "us".)
  if (FIRST_PERSON.test(b.replace(/^According to [^,]+,/, "")) && !/^(?:Who|Which)\b/.test(b)) return true;
  // "also" ties the claim to a sentence the student has not read ("The bill also decreases …"); so do
  // "subsequently" and "thereafter".
  if (c.type !== "multiple_choice" && /\b(?:also|subsequently|thereafter)\b/i.test(b)) return true;
  // "Clay, who happened to be Speaker of the House at the time, was left out.": left out of what?
  if (/\b(?:was|were) (?:left out|excluded|dropped|omitted|passed over)\.?$/.test(b.trim())) return true;
  // A court's labels for the parties ("Appellee Maynard was … found guilty of violating the misdemeanor statute"):
  // rated unreadable without the case in front of the student.
  if (/\b(?:[Aa]ppellees?|[Aa]ppellants?|[Pp]etitioners?|[Rr]espondents?)\b/.test(b)) return true;
  // An event with no one in it ("A $25 fine was imposed, but execution was suspended …"): whose, for what?
  if (/^An? (?:_____ )?[a-z]+(?: [a-z]+)? (?:was|were) [a-z]+(?:ed|en)\b/.test(b) && !/\s[A-Z]/.test(b.replace(BLANK, ""))) return true;
  // Transcript speaker labels ("THE PRESIDENT: …") and ", today" without a date.
  // So is a release's "two weeks ago" or "yesterday" (set AP, all three raters: "a teacher would give the date").
  if (/^[A-Z][A-Z .]{2,}:/.test(b) || /\b[Tt]oday\b/.test(b) || RELATIVE_DAY.test(b)) return true;
  // 'Press Secretary Karine Jean-Pierre said: "In _____, she will meet …"': the speaker of a framed quote is not who
  // its "he" or "she" is (set AX, all six raters); only the quote's own words can name them.
  const inQuote = framedQuote?.match(/\b(?:he|she|him|his|her|hers)\b/i);
  if (framedQuote && inQuote?.index !== undefined && !namesPersonIn(framedQuote.slice(0, inQuote.index), c, a)) return true;
  const m = b.match(PRONOUN);
  if (!m || m.index === undefined) return false;
  const before = b.slice(0, m.index);
  // A wh-question's own subject is the antecedent ("Who said his country …").
  if (/^(?:Who|Which)\b/.test(before)) return false;
  if (/^(?:it|its|they|them|their)$/i.test(m[0])) {
    // "it"/"they" may refer to any noun phrase before it; only a stem-initial pronoun is surely dangling.
    if (before.trim() === "") return true;
    // "The U.S. Cyber Trust Mark program allows them to test products …": an object "them" after a verb of letting, with
    // no plural before it in the stem (the manufacturers of the sentence before; set BV, both raters). (Not "they" or
    // "their", which a singular person takes: "The applicant must submit their tax returns", the review of engine 35.)
    if (/^them$/i.test(m[0]) && /\b(?:allows?|allowing|helps?|helping|enables?|enabling|lets|letting|gives?|giving|requires?|requiring|encourages?|invites?|connects?|offers?)\s+$/i.test(before)) {
      if (!antecedentBefore(before, a.sentences[c.facts[0]])) return true;
    }
    return false;
  }
  // "At his news conference, Mr. Blinken said …": a possessive in an opening phrase whose subject names the person.
  if (/^(?:his|her)$/i.test(m[0]) && /^(?:At|In|During|After|Before|On|For|With)\b/.test(before.trim())) {
    const rest = b.slice(m.index + m[0].length);
    const subject = rest.match(/^[^,]{1,40},\s+(.{0,60})/)?.[1] ?? "";
    if (/^(?:Mr|Mrs|Ms|Dr|President|Senator|Sen|Rep|Gov|Secretary|Justice|Judge)\.?\s+[A-Z]/.test(subject) || a.ents.mentions.some((x) => x.kind === "person" && subject.startsWith(x.text))) return false;
  }
  // "No Person shall be a Senator who shall not … be an Inhabitant of that State for which he shall be chosen": the
  // stem's own person, named by what they are.
  if (/^(?:he|his|him)$/i.test(m[0]) && /\b(?:no|any|every|each|a|an|the) (?:person|senator|representative|member|candidate|citizen|individual|officer|elector|voter)\b/i.test(before)) return false;
  return !namesPersonIn(before, c, a);
}

/**
 * Whether a stem's words before a "them" can hold its antecedent: a plural or a group noun, "and" or "both", the blank,
 * an indefinite person ("a borrower"), or "the … workers" (not a verb in -s like "allows").
 */
function antecedentBefore(before: string, s: Analysis["sentences"][number] | undefined): boolean {
  return (s?.terms ?? []).some((t) => (t.tags.has("Plural") || /^(?:people|children|men|women|staff|police|public|government|administration|team|family|community|country|nation|state|city|company|industry|agency|department|Congress|Senate|House|group|coalition|alliance|partnership)$/i.test(t.text)) && new RegExp(`\\b${escapeRe(t.text)}\\b`).test(before)) || /\b(?:and|both)\b/.test(before) || /_____/.test(before) || /\b(?:a|an|any|every|each|no|one)\s+[a-z]+\b/i.test(before) || [...before.matchAll(/\b(?:the|these|those|their|our|all|many|some|several|other|both|\d[\d,]*)\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\b/gi)].some((x) => !(s?.terms ?? []).some((t) => t.text === x[1] && t.tags.has("Verb")));
}

/** "he"/"she" need a person named before them in the stem: by title, by a name the article gives, or the blank when a person is asked for. */
function namesPersonIn(before: string, c: Candidate, a: Analysis): boolean {
  // (An administration named for a president names no "he": "During the Obama-Biden Administration, he served …",
  // set BP, both pairs.)
  before = before.replace(ADMINISTRATION_NAME, " ");
  return (
    (before.includes(BLANK) && c.answerKey.startsWith("person:")) ||
    /\b(?:Mr|Mrs|Ms|Dr|President|Senator|Sen|Rep|Gov|Secretary|Justice|Judge)\.?\s+[A-Z]/.test(before) ||
    a.ents.mentions.some((x) => x.kind === "person" && containsPhrase(before, x.text))
  );
}

/** Citations are not facts a student learns: "see, e.g., United States v. …", "see Art. I". */
export function gateCitation(c: Candidate): boolean {
  // A decision's own facts name the case and its opinion lines (court.ts).
  if (c.court) return false;
  const b = stemBody(c);
  return /\bsee,? (?:e\.g\.|also|id\.|Art\.)|\bSee\b|\bv\. [A-Z]|\bId\.|\bibid\b|\bcert\. denied|\bArt\. [IVX]+|\bpp?\.\s?\d|\(pp\.|\bNo\. \d+-\d+|\bApp\.|\bF\. Supp|\bv\. _____|\b\d+ U\. ?S\.,? (?:\d|_|at\b)|\bJ\., (?:concurring|dissenting)|\bdelivered the opinion|\bjoined\b.*\bJ\./.test(b);
}

const DEMONYMS: Record<string, string[]> = {};
for (const [dem, country] of Object.entries(DEMONYM_TO_COUNTRY)) (DEMONYMS[country] ??= []).push(dem);
const CAPITALS: Record<string, string[]> = {
  China: ["Beijing"], "United States": ["Washington", "American"], Russia: ["Moscow", "Kremlin"], Ukraine: ["Kyiv", "Kiev"],
  "United Kingdom": ["London", "Britain"], France: ["Paris"], Germany: ["Berlin"], Japan: ["Tokyo"], Israel: ["Jerusalem"],
  Iran: ["Tehran"], India: ["New Delhi"], Canada: ["Ottawa"], Mexico: ["Mexico City"], Taiwan: ["Taipei"],
};

/** Rubric rule 6: "Which country … Chinese interests?" names its answer by demonym or capital. */
export function gateDemonym(c: Candidate): boolean {
  if (c.type === "true_false" || c.type === "quote_attribution") return false;
  const country = c.answer.replace(/^the\s+/i, "");
  const tells = [...(DEMONYMS[country] ?? []), ...(CAPITALS[country] ?? [])];
  return tells.some((t) => containsPhrase(c.prompt, t)) || (/^[A-Z]/.test(country) && namesCountry(c.prompt, country));
}

/**
 * Rubric rule 6: a blank the words around it give away. The article's own main subject (named in its title) in a
 * blank, and a blank inside a phrase the article repeats ("the popular _____" where "popular vote" recurs).
 */
/** Words that stand before a name without being part of it ("President _____", "Justice _____"). */
/** Words that name a kind before a name ("Hurricane _____", "Lake _____", "Fort _____"): the name is the fact asked. */
const NAME_KIND = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical|Lake|Mount|Mt|Fort|Camp|Port|Cape|Bay|Gulf|River|Saint|San|Santa|Los|Las|New|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Great|Operation|Project|Team|House|Senate|Bill|Act|Article|Amendment|Section|Title|Resolution|Executive|Order|Case|Chapter|Volume|Flight|Route|Highway|Interstate|Street|Avenue|Island|Islands|Lady|Our|The|A|An|In|At|On|Of|By|For|With|From|To|And|Or|But)$/;

/** Bodies known by the noun of their members, and that noun. */
const BODY_NOUN: [RegExp, RegExp][] = [
  [/^(?:the )?Peace Corps$/, /^volunteers?$/i],
  [/^(?:the )?(?:U\.S\. )?Secret Service$/, /^agents?$/i],
  [/^(?:the )?(?:U\.S\. )?Coast Guard$/, /^(?:cutters?|crews?)$/i],
  [/^(?:the )?(?:Army )?National Guard$/, /^(?:troops|soldiers|members|personnel)$/i],
  [/^(?:the )?(?:U\.S\. )?Marshals Service$/, /^(?:deputies|marshals)$/i],
];

export function gatePredictable(c: Candidate, a: Analysis): boolean {
  if (c.type !== "fill_in_blank" && c.type !== "numeric") return false;
  const i = c.prompt.indexOf(BLANK);
  if (i < 0) return false;
  const left = c.prompt.slice(0, i).match(/([\p{L}'.-]+)\s*$/u)?.[1] ?? "";
  const right = c.prompt.slice(i + BLANK.length).match(/^\s*([\p{L}'.-]+)/u)?.[1] ?? "";
  const ans = c.answer;
  if (/^(?:mainland|Republic of|of)$/i.test(left) && /^(?:the )?(?:China|Korea|Congo)$/i.test(ans)) return true;
  if (/^(?:D\.C\.|Jinping|States)$/.test(right)) return true;
  // "Ambassador to the Islamic Republic of _____": a state's style narrows the choices to the states that bear it (Israel
  // and Iraq are no Islamic republics, set BZ's two pairs); so does a kingdom's, a people's republic's.
  // (Only an embassy's country: "the last monarch of the Kingdom of _____" is a history's question, the review.)
  if (/\bAmbassador (?:Extraordinary and Plenipotentiary )?to (?:the )?(?:(?:Islamic|People['’]s|Democratic|Socialist|Arab|Federal|Hashemite|Federative) (?:Democratic )?(?:Republic|Kingdom)|Kingdom|Sultanate|Principality|Grand Duchy|Emirate) of (?:the )?$/.test(c.prompt.slice(0, i))) return true;
  // "Director for Afghanistan and _____": Pakistan by the fixed pair of the region's policy (set BU, both pairs).
  if ((/\bAfghanistan and\s*$/.test(c.prompt.slice(0, i)) && /^Pakistan$/.test(ans)) || (/^\s*and Pakistan\b/.test(c.prompt.slice(i + BLANK.length)) && /^Afghanistan$/.test(ans))) return true;
  // "a native of the District of _____": Columbia by the fixed name (set BT, both pairs).
  if (/\bDistrict of\s*$/.test(c.prompt.slice(0, i)) && /^Columbia$/.test(ans)) return true;
  // "_____ volunteers" is the Peace Corps, "_____ agents" the Secret Service: a body's own noun after the blank gives
  // it away (set AJ's three raters: "a fixed phrase").
  if (BODY_NOUN.some(([body, noun]) => body.test(ans) && noun.test(right))) return true;
  // "Kuala Lumpur, _____" is Malaysia: a country or state blanked after a city and a comma is given by the city.
  // (any place name but a country's or state's, whatever kind the entity rules gave it: "Kuala Lumpur" read as a body)
  const city = /^(?:country|state):/.test(c.answerKey) ? c.prompt.slice(0, i).match(/\b([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+)?),\s*$/u)?.[1] : undefined;
  if (city) {
    const kind = a.ents.kindOf.get(city);
    if (CITIES.includes(city) || (kind !== "country" && kind !== "state" && kind !== "person" && !COUNTRIES.includes(city) && !US_STATES.includes(city))) return true;
  }
  // "leased to a PRC-based company for _____" is 99 years by the stock phrase of leases (set D's raters).
  if (/^99(?:[ -]years?)?$/i.test(ans) && /\bleas(?:e|ed|es|ing)\b/i.test(c.prompt)) return true;
  // "across all _____ states" is fifty by the fixed phrase (set F's raters).
  if (/^all$/i.test(left) && /^states$/i.test(right)) return true;
  // "Bonomade _____, Sidan ag Hitta, …": half of a name, the other half printed beside the blank.
  if (/^\p{Lu}\p{Ll}+$/u.test(left) && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(ans) && !TITLES_BEFORE_NAME.has(left) && !NAME_KIND.test(left) && c.prompt.slice(0, i).trim() === c.prompt.slice(0, i).trim().replace(/[.,;:]$/, "")) {
    const ev = a.text.slice(c.evidenceStart, c.evidenceEnd);
    if (containsPhrase(ev, `${left} ${ans}`) && !a.ents.mentions.some((m) => m.kind !== "person" && containsPhrase(m.text, `${left} ${ans}`))) return true;
  }
  // "in the first _____ days" is 100 by a fixed phrase of presidencies.
  if (/^first$/i.test(left) && ((/^days$/i.test(right) && ans === "100") || /^100 days$/i.test(ans))) return true;
  const count = (phrase: string) => {
    let n = 0;
    const re = new RegExp(`(^|[^\\p{L}])${escapeRe(phrase)}($|[^\\p{L}])`, "giu");
    while (re.exec(a.norm)) n++;
    return n;
  };
  if (c.type === "fill_in_blank" && !/\s/.test(ans)) {
    // "Justice _____" written twice is no fixed phrase: the other justices fit the title as well.
    const title = c.answerKey.startsWith("person:") && /^(?:Justice|Judge|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|Secretary|President|Ambassador|General|Mr\.|Mrs\.|Ms\.|Dr\.)$/.test(left);
    if (left && !title && !STOPWORDS.has(left.toLowerCase()) && count(`${left} ${ans}`) >= 2) return true;
    if (right && !STOPWORDS.has(right.toLowerCase()) && count(`${ans} ${right}`) >= 2) return true;
  }
  return false;
}

/** Whether a text prints a body's acronym ("EPA", "DoD") as a word of its own. */
function acronymIn(org: { aliases: string[] }, text: string): boolean {
  return org.aliases.some((x) => /^[A-Z][A-Za-z]{1,5}$/.test(x) && (x.match(/[A-Z]/g) ?? []).length >= 2 && new RegExp(`(?<![\\w.-])${escapeRe(x)}(?![\\w-])`).test(text));
}

/**
 * The headlines right under a text's title, before its first paragraph: lines of 4 to 30 words in headline case with no
 * full stop. Not a dateline ("RICHMOND, VA"), a byline ("By Jane Doe"), a source line ("U.S. Department of State (Office
 * of the Spokesperson), press release") or a contact line (the review of engine 32).
 */
function deckOf(text: string): string[] {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean).slice(1, 4);
  const out: string[] = [];
  for (const l of lines) {
    const words = l.split(/\s+/);
    if (/[.!?:]["'”’)]*$/.test(l) || words.length > 30 || words.length < 4) break;
    if (/^By\s|\bpress release\b|\bcontacts?\b|\bOffice of the Spokesperson\b|^[A-Z .'-]+,\s*[A-Z]{2}\b|^\p{Lu}[\p{Lu}\s,.'-]+$/u.test(l)) break;
    // Headline case: most words of four letters or more capitalised.
    const long = words.filter((w) => /^[A-Za-z][a-z'’-]{3,}/.test(w));
    if (long.filter((w) => /^[A-Z]/.test(w)).length < 0.7 * long.length) break;
    out.push(l);
  }
  return out;
}

/** The deck of an analysed text, read once per text (the gate asks for it once per candidate). */
const decks = new WeakMap<Analysis, string[]>();
function deckFor(a: Analysis): string[] {
  let d = decks.get(a);
  if (!d) decks.set(a, (d = deckOf(a.text)));
  return d;
}

/** The article's main subject: named in the title, or the entity it mentions far more than any other. */
export function gateMainSubject(c: Candidate, a: Analysis): boolean {
  if (c.type !== "fill_in_blank" && !(c.type === "multiple_choice" && !c.answerKey.startsWith("role:"))) return false;
  const ans = c.answer.replace(/^the\s+/i, "");
  if (!/^[A-Z]/.test(ans)) return false;
  if (a.title && containsPhrase(a.title, ans)) return true;
  // A party the case is named for, by family name ("indicted former President _____" in Trump v. United States).
  const name = caseName(a);
  if (name && c.type === "fill_in_blank" && containsPhrase(name, familyName(ans))) return true;
  // A headline under the title names the body too ("Environmental Protection Agency Issues Final Rule to Reduce
  // Emissions …"), or the title by its acronym ("EPA Proposes …"): the release is about it (set BJ, both raters).
  // (Not a place: "Colorado" is no subject of a headline's "Colorado River Basin". An acronym not in a title in
  // capitals, "THE DOCTORS WHO …", nor a state's code after a comma, "RICHMOND, VA".)
  if (!/^(?:country|state|city|region|place):/.test(c.answerKey)) {
    const heads = [a.title, ...deckFor(a)];
    if (heads.slice(1).some((h) => containsPhrase(h, ans))) return true;
    const org = /^(?:gov|org):/.test(c.answerKey) ? getKb().org(ans) : undefined;
    if (org && acronymIn(org, heads.filter((h) => /\p{Ll}/u.test(h)).join("\n").replace(/,\s*[A-Z]{2}\b/g, ","))) return true;
  }
  const counts = [...a.ents.count.entries()].filter(([k]) => a.ents.kindOf.get(k) !== "person").sort((x, y) => y[1] - x[1]);
  const top = counts[0];
  return !!top && top[0] === ans && top[1] >= 4 && top[1] >= 1.5 * (counts[1]?.[1] ?? 0);
}

/** One item blanked out of a list ("visits to Israel, the West Bank, _____, Egypt …"): any of them fits. */
export function gateListItem(c: Candidate): boolean {
  if (c.type !== "fill_in_blank") return false;
  const i = c.prompt.indexOf(BLANK);
  if (i < 0) return false;
  const around = c.prompt.slice(Math.max(0, i - 60), i + BLANK.length + 60);
  // "…: _____, Adams, and Crawford." and "…: Andrew Jackson, John Quincy Adams, William H. Crawford, and _____."
  // (Names with "of"/"for" inside count: "including the _____, the Department of Defense and the Intelligence Community".)
  // ("Officials from the European Union, Russia, and _____ reacted": the first item after the words that lead to it.)
  // ("Germany, _____, and Japan have mobilized donors": the last item is its name before the verb.)
  const items = around.split(/,\s+(?:and\s+|or\s+)?|\s+and\s+|:\s+/).map((x) => (x.includes(BLANK) ? BLANK : x.trim().replace(/[.;]$/, "").replace(/^.*\b(?:from|of|in|including|with|by|to|between|among)\s+(?=(?:the\s+)?[A-Z])/, "").replace(/^((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:have|has|had|are|is|were|was|will|would|can|could)\s+[a-z].*$/, "$1"))).filter((x) => /^(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w.'-]*){0,5}$/.test(x) || x === BLANK);
  return items.length >= 3 && items.includes(BLANK) && /,\s*(?:and\s+|or\s+)?_____|_____\s*,/.test(around);
}

/** A month or weekday on its own is trivia (rubric rule 5). */
/** A time counted from the day a release was issued: "two weeks ago", "yesterday", "last month". */
const RELATIVE_DAY = new RegExp(`\\b${RELEASE_DAY}\\b`, "i");

export function gateTrivia(c: Candidate): boolean {
  // "Morocco's commitment to reach _____ of … capacity by 2025 is impressive and the world should take note": a stem that
  // states the release's praise as fact, unattributed (set AN: all three raters, rule 1). Inside a quote it is the
  // speaker's.
  if (c.type !== "quote_attribution" && !/"/.test(c.prompt) && PRAISE.test(c.prompt)) return true;
  // 'Secretary Antony J. Blinken said: "I would not want to be in the way of _____."': a person named in a remark too
  // short to say anything about them (sets AF and AG: "a joking pleasantry").
  if (c.type === "fill_in_blank" && c.answerKey.startsWith("person:")) {
    const quote = c.prompt.match(/^[^"]+ (?:said|wrote): "(.*)"$/)?.[1];
    if (quote && wordCount(quote.replace(BLANK, " ")) < 9) return true;
  }
  // "I ran for president _____ ago", "in these last _____", "_____ of new experience": how long ago, not what was
  // claimed (rated trivia in two ratings). "Over the next six months" is a plan, and stays.
  // ("nearly four decades of experience": a bio's puffery, set AX's three pairs.)
  if (c.type === "numeric" && /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:years?|months?|weeks?|days?|decades?)$/i.test(c.answer)) {
    const [before, after] = c.prompt.split(BLANK);
    if (/^\s*(?:ago|of)\b/i.test(after ?? "") || /\b(?:last|past)\s*$/i.test(before ?? "")) return true;
    // "has been practicing for _____", "has worked to conserve public lands … for _____": how long a career has run
    // (set BU, both pairs: biographical trivia).
    if (/\b(?:has|have) (?:been|worked|served|practiced|taught|led|spent|dedicated)\b[^.;]{0,120}\bfor\s*$/i.test(before ?? "")) return true;
  }
  // "Who is a leading authority in international development policy …?", "_____ is an experienced investor, manager and
  // public servant.": a biography's praise of its person (rubric rule 5, puffery), whoever is asked.
  if (c.answerKey.startsWith("person:") && BIO_PRAISE.test(c.prompt)) return true;
  // "had a distinguished career of public service spanning _____", "named an 'Employment Law MVP' by Law360 …,
  // recognizing the top _____ most influential …": a biography's praise in figures (set BY, a pair and a rater).
  if (c.type === "numeric" && (/\b(?:distinguished|storied|illustrious|remarkable) career\b/.test(c.prompt) || (/\btop _____/.test(c.prompt) && /\b(?:named|recognized|recognizing|honored)\b/.test(c.prompt)))) return true;
  // "served as a senior editor of the Michigan Law Review", "lives in Arizona with her husband of _____": a résumé's or a
  // family's detail (set BT, both pairs).
  // (And "… and _____ grandchildren", "_____ likes to … hike, swim, and read": set BU, both pairs.)
  if (c.type !== "true_false" && c.type !== "quote_attribution" && (/\b[Ll]aw [Rr]eview\b|\b(?:his|her|their) (?:husband|wife|spouse|partner) of _____/.test(c.prompt) || /_____ (?:grand)?(?:children|sons|daughters|grandchildren)\b|\bgrandchildren\b|\bproud of (?:their|his|her) (?:\w+ )?(?:sons?|daughters?|children)\b|\b(?:likes|loves|enjoys) to\b|\bin (?:his|her|their) (?:free|spare) time\b/.test(c.prompt))) return true;
  // "John Adams came in third with _____ votes": an also-ran's tally, beside the tie or the win that decided the election
  // (sets BR and BS, 13 Q11).
  if (c.type === "numeric" && /\b(?:came in|finished|placed|ended up) (?:third|fourth|fifth|sixth|last)\b/i.test(c.prompt)) return true;
  // (Also "Who holds a Master of Public Administration from …?", "has a Doctorate in Physical Therapy": set BU.)
  // A nominee's degrees ("Ms. _____ received her J.D. from … in 1999 and her B.A. from … in 1996"): biography
  // trivia, whatever is blanked (rated so twice, 2026-12-03).
  if (c.type !== "true_false" && c.type !== "quote_attribution" && (DEGREE_EARNED.test(c.prompt) || DEGREE_HELD.test(c.prompt) || /\bgraduated (?:from (?:the )?[A-Z]|with honors|summa|magna|cum)/.test(c.prompt))) return true;
  // A nominee's school, awards, first post and overseas postings ("is a graduate of _____'s School of Foreign Service",
  // "the _____'s Outstanding Service Award", "began her public service as a Presidential Management Fellow at …", "has
  // served overseas in Taiwan, Hong Kong … and _____", "Who has a master's degree …?"): résumé trivia (sets BH, BI
  // and BJ, both raters each time).
  if (c.type !== "true_false" && c.type !== "quote_attribution" && BIO_FACT.test(c.prompt)) return true;
  if (c.type !== "fill_in_blank") return false;
  // A body as the source of a finding ("data from the _____'s Survey of Consumer Finances shows …") or as the partner
  // an agency works "with" ("continues missions … with the _____."): who ran the survey or who helped, not the finding
  // or the act (set AJ's three raters, twice each). Only bodies: "talks with _____" keeps a country.
  if (/^(?:gov|org):/.test(c.answerKey)) {
    const [before, after] = c.prompt.split(BLANK);
    if (/^['’]s (?:[A-Z][\w-]* ){0,5}(?:Survey|survey|Report|report|Study|study|Data|data|Analysis|analysis|Poll|poll|Index|index)\b/.test(after ?? "") || /\b(?:data|figures|statistics|estimates) from (?:the )?$/i.test(before ?? "")) return true;
    if (/\b(?:with|alongside) (?:the )?$/i.test(before ?? "") && /^\s*[.]?\s*$/.test(after ?? "")) return true;
  }
  return MONTHS.includes(c.answer) || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(c.answer);
}

/**
 * A nominee's or an appointee's past jobs ("From 1999 to 2003, Ms. _____ was an attorney at …", "From 2007 to 2012,
 * Mr. Diggs served as a staff attorney in the Office of Civil Rights at the U.S. _____"): biography trivia, whatever is
 * blanked (set C, 2026-12-03: "a nominee's 1999–2003 law-firm job (trivia)"). A span of years before the person and
 * their past post, or "previously" / "prior to …" with one; in a text that announces nominations or appointments, also
 * "In 2010, Schlanger served as …".
 */
export function gateBiography(c: Candidate, a: Analysis): boolean {
  if (c.type === "quote_attribution" || c.answerKey.startsWith("said:")) return false;
  const body = c.prompt.replace(/^True or false: (?:According to [^,]+, )?/, "").replace(/^According to the (?:fact sheet|statement), /, "");
  const person = "(?:M[rs]s?\\.|Dr\\.|Judge|Justice|[Hh]e|[Ss]he|_____|[A-Z][a-z]+(?: [A-Z][a-z.]+){0,3})";
  const post = "(?:served|worked|was (?:a|an|the|also)|held|clerked|practiced|taught|began (?:his|her) (?:legal )?career|joined)";
  const span = new RegExp(`^(?:From|Between) (?:19|20)\\d{2} (?:to|and|until|through) (?:19|20)\\d{2}, ${person}[^.;]{0,40}?\\b${post}\\b`);
  if (span.test(body)) return true;
  const before = new RegExp(`^(?:Previously|Prior to (?:that|this|joining [^,]{1,60})|Before (?:that|joining [^,]{1,60})|Earlier in (?:his|her) career), ${person}[^.;]{0,40}?\\b${post}\\b|^${person} (?:previously|formerly|also previously) ${post}\\b`);
  if (before.test(body)) return true;
  const announces = /\b(?:Nomin\w*|Appoint\w*|Names|Personnel)\b/i.test(a.title);
  // "Who is a sixth generation Coloradan, born and raised in the foothills of Boulder?", "Who grew up in rural Jackson
  // County?", "McIntyre is married to _____": a biography's origins and family, not a role (sets BY and CA, both pairs
  // each). In a release of nominations or appointments only: "Eleanor Roosevelt, who was married to _____" is a
  // history's question, "nearly half of all appointees are first-generation" a fact sheet's figure (the review).
  if (announces && c.type !== "true_false" && /\bborn and raised\b|\bgrew up (?:in|on|outside|near)\b|\b(?:is|was) a native of\b|\b(?:[Aa]n?|and)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]generation\b|\bmarried to\b/.test(c.prompt)) return true;
  // The judge a nominee clerked for ("… a law clerk for Chief Judge Lavenski Smith …": "Who is identified in the article
  // as the Chief Judge?", with justices as wrong answers) and the year a nominee founded a firm ("which she founded in
  // _____"): a résumé's details (set CA, both raters each).
  if (announces && /^role:/.test(c.answerKey) && /\b(?:law clerk|clerked|clerkship)\b/.test(a.text.slice(c.evidenceStart, c.evidenceEnd))) return true;
  // (In a release of nominations only: the year a leader founded a paper or a party is a history's question.)
  if (announces && /\b(?:which|that) (?:she|he|they) (?:co-)?(?:founded|started|established|launched|opened) in _____/.test(c.prompt)) return true;
  // "supervised a staff of _____ attorneys", "the U.S. _____'s Distinguished Public Service Medal": a résumé's staff and
  // awards (set CA, both raters each).
  if (announces && (/\b(?:supervised|managed|oversaw|led) (?:a (?:staff|team) of )?(?:more than |over |nearly |about )?_____/.test(c.prompt) || /_____['’]s (?:[A-Z][\w-]* ){0,5}(?:Award|Medal|Prize)\b/.test(c.prompt))) return true;
  // "17 nominees to serve as _____" of U.S. Marshals, with three agencies as wrong answers: a role, not a body (set CA).
  if (/^(?:gov|org):/.test(c.answerKey) && /\bserv(?:e|es|ed|ing) as (?:the )?_____/.test(c.prompt)) return true;
  return announces && new RegExp(`^In (?:19|20)\\d{2}, ${person}[^.;]{0,40}?\\b${post}\\b`).test(body);
}

// ("worked as postdoc at the _____", "currently serves on the Advisory Committee for Environmental Research and Education
// at the _____": set BL's raters.)
const BIO_FACT = /\b(?:worked|served) as (?:a )?(?:postdoc|postdoctoral|visiting)\b|\bpostdoctoral (?:fellow|researcher|scholar)\b|\b(?:currently )?serves on the (?:[A-Z][\w-]*\s+)*(?:Advisory |Steering |Executive )?(?:Committee|Board|Council|Panel)\b[^.;]{0,80}\bat the\b|\b(?:is|was) (?:a|an) (?:\w+ )?graduate of\b|\bgraduate of (?:the )?_____|\b(?:is|was) (?:the |a |an )?recipient of (?:numerous|several|many|multiple)\b[^.;]{0,120}\b(?:[Aa]wards?|[Mm]edals?|[Pp]rizes?|[Hh]onors?)\b|\bha(?:s|ve) received (?:numerous|several|many|multiple) (?:[\w-]+ ){0,3}(?:awards|honors|medals)\b|\bbegan (?:his|her|their) (?:public|government|federal|Foreign) [Ss]ervice\b|\bbegan (?:his|her|their) career in (?:public|government) service\b|\b(?:has|have) (?:also )?served overseas in\b|\boverseas (?:assignments|postings|tours) (?:include|included|in)\b|\b(?:has|holds|earned) (?:a|an|both a) (?:[\w'’]+ ){0,4}degrees? (?:in|from)\b|\b(?:has|holds|earned) (?:a|an|both a) (?:[\w'’]+ ){0,3}(?:[Bb]achelor|[Mm]aster|[Dd]octor|[Ll]aw|[Uu]ndergraduate|[Gg]raduate)\w*(?:['’]s)?(?: of [A-Z]\w+(?: and [A-Z]\w+)?)? degrees?\b/;

/** A degree by its name or letters, with or without their last period ("J.D.", "a B.A in Chemistry", "PhD", "a Master of
 * Public Administration", "a Doctorate"). */
const DEGREE = String.raw`(?:J\.D\.?|B\.A\.?|B\.S\.?|M\.A\.?|M\.S\.?|Ph\.D\.?|LL\.M\.?|M\.B\.A\.?|M\.P\.P\.?|M\.P\.A\.?|PhD|BS|BA|MS|MPA|MPP|MBA|JD|[Bb]achelor'?s|[Mm]aster'?s|(?:Master|Bachelor|Doctor) of|[Dd]octorate|law degree)`;
const DEGREE_EARNED = new RegExp(String.raw`\b(?:received|earned|holds|obtained|completed|attained|(?:attaining|earning|receiving) (?:her|his))\b[^.;]{0,80}\b(?:${DEGREE}|degrees?)(?=\W|$)`, "i");
const DEGREE_HELD = new RegExp(String.raw`\b(?:has|had|holds) (?:a|an|both a)\b[^.;]{0,40}\b${DEGREE}(?=\W|$)`);
/** A biography's praise of its person: "is a leading authority", "is an experienced investor", "is a renowned scholar"
 * (a praise word and the kind of person it praises: not "a leading sponsor of the bill", the review of engine 34). */
const BIO_PRAISE = /\bhas (?:a|an) (?:expansive|extensive|distinguished|long|storied|varied|diverse|accomplished|impressive|remarkable) career\b|\bis both personal and professional\b|\b(?:has|have) (?:dedicated|devoted|spent) (?:his|her|their) (?:entire )?(?:career|life) to\b|\bhas championed\b|\bis a (?:top |key )?priority for _____|\b(?:is|was|has been)\s+(?:a|an|one of the)\s+(?:(?:nationally|internationally|widely|highly|well)[ -])?(?:leading|renowned|respected|recognized|distinguished|accomplished|seasoned|experienced|trusted|prominent|celebrated|noted|award-winning|preeminent|pre-eminent|dedicated|passionate|proven|tireless|lifelong|esteemed|visionary|innovative)\s+(?:[\w-]+\s+){0,3}?(?:authority|authorities|experts?|leaders?|voices?|advocates?|scholars?|investors?|managers?|executives?|attorneys?|litigators?|public servants?|professionals?|practitioners?|diplomats?|officials?|researchers?|educators?|administrators?|strategists?|advis[eo]rs?)\b/i;
/** Praise a release gives itself: "is impressive", "the world should take note". */
const PRAISE = /\b(?:is|are|was|were|has been|have been)\s+(?:truly\s+|very\s+|especially\s+|particularly\s+)?(?:impressive|remarkable|commendable|laudable|admirable|inspiring|extraordinary)\b|\bthe world should take note\b/i;

/** Logistics (arrivals, travel, schedules) are not what a civics teacher asks about. */
export function gateLogistics(c: Candidate, a: Analysis): boolean {
  // A role asked about is no less a role for being named in a sentence about travel, unless the article names the
  // person only there, in a schedule ("as she meets with President Volodymyr Zelenskyy of Ukraine" tomorrow): rated
  // general-knowledge trivia, not the article's content.
  if (/^(?:role|roleof):/.test(c.answerKey)) {
    const person = c.answerKey.replace(/^role(?:of)?:/, "");
    const sentences = new Set(a.ents.mentions.filter((m) => m.canonical === person).map((m) => m.sentence));
    const s = a.sentences[c.facts[0]];
    return sentences.size === 1 && !!s && /\b(?:will|to) (?:meet|travel|visit|attend|host|deliver|hold)\b|\bmeets with\b|\btomorrow\b|\blater today\b|\bscheduled\b/i.test(s.norm);
  }
  if (c.type === "quote_attribution" || c.type === "numeric" || c.answerKey.startsWith("said:")) return false;
  const s = a.sentences[c.facts[0]];
  if (!s) return false;
  // An event's programme ("The event will feature remarks from …", "Ambassadors will then tour …"), and who hosted a
  // meeting ("launched at a July 2024 White House meeting hosted by National Security Advisor _____", set AX's three
  // pairs: logistics).
  if (EVENT_PROGRAMME.test(s.norm)) return true;
  // What a body posts on its website, or which hub a website links to (set BL, both pairs: "logistics").
  if (/\b(?:on|via|through) (?:its|their|the|our|his|her) (?:website|web ?site|web ?page|webpage)\b|\b(?:websites?|web ?pages?|portals?) will (?:also )?(?:link|direct|host|feature)\b/i.test(s.norm)) return true;
  if (/\b(?:hosted|convened) by (?:[A-Z][\w.'’-]* ){0,5}_____/.test(c.prompt)) return true;
  // Record-keeping: "Notice of each chamber's receipt of a rule … is published in the "Executive Communications" section
  // of the Congressional Record" (rejected by four panels: where a notice is printed, not what a rule does).
  if (/\b(?:published|printed|listed|recorded)\s+in\s+the\s+(?:"[^"]{1,40}"\s+)?section\s+of\b/i.test(s.norm)) return true;
  return /\b(?:arriv\w*|landed|flew|fly|flying|travel(?:l)?(?:ed|ing|s)?|depart(?:ed|ing|s|ure|ures)?\b|itinerary|motorcade|stopover|en route|pre-?positioned|staged|layover|touched down|checked in|on condition of anonymity|contributed (?:reporting|research)|declined to comment|did not respond)\b/i.test(s.norm);
}


/** An event's programme ("The event will feature remarks from …", "Ambassadors will then tour …"): set F's raters. */
const EVENT_PROGRAMME = /\bwill (?:feature|include) (?:remarks|opening remarks|welcoming remarks|a keynote|keynote remarks)\b|\bwill (?:then )?tour\b/i;

/** Counts of people and equipment sent somewhere (rescuers, aircraft, generators) are logistics (rubric rule 5). */
const LOGISTIC_UNITS = /^\s*(?:[a-z-]+\s+){0,3}(?:personnel|staff|responders|rescuers|workers|employees|troops|soldiers|members|volunteers|officers|agents|aircraft|helicopters|planes|vehicles|trucks|boats|vessels|generators|teams|meals|liters|gallons|tarps|meters|shelters|beds|ambulances|flights|rooms|pallets|pounds of|tents|ventilators|test kits|hygiene kits|kits|masks|blankets|cots)\b/i;

export function gateNumericLogistics(c: Candidate, a: Analysis): boolean {
  if (c.type !== "numeric") return false;
  const s = a.sentences[c.facts[0]];
  if (!s) return false;
  const i = s.norm.indexOf(c.answer);
  if (i < 0) return false;
  const after = s.norm.slice(i + c.answer.length, i + c.answer.length + 60);
  // "designating 328 members of the Russian State Duma": members of a named body are no crew.
  // (A uniformed service's are: "_____ members of the Coast Guard are actively participating in the coordinated
  // response", set BO, both pairs: "a headcount is logistics".)
  if (/^\s*members of (?:the )?[A-Z]/.test(after) && !/^\s*members of (?:the )?(?:U\.S\. )?(?:Coast Guard|National Guard|Army|Navy|Air Force|Marine Corps|Marines|Space Force|Armed Forces|[A-Z][a-z]+ (?:National )?Guard)\b/.test(after)) return false;
  // "hosted a … Convening on Child Care, gathering nearly _____ state legislators": a meeting's head count (set AF).
  const before = s.norm.slice(Math.max(0, i - 60), i);
  if (/\b(?:gathering|gathered|convening|convened|bringing together|brought together|attended by|joined by|welcoming|welcomed|hosting|hosted)\s+(?:(?:nearly|almost|about|around|approximately|more than|over|some|roughly)\s+)?$/i.test(before) && /^\s*(?:[a-z-]+\s+){0,3}(?:leaders|legislators|officials|participants|attendees|people|guests|members|representatives|stakeholders|students|delegates|mayors|governors|advocates|experts|CEOs|executives)\b/i.test(after)) return true;
  return EVENT_PROGRAMME.test(s.norm) || LOGISTIC_UNITS.test(after) || /\b(?:prepositioned|pre-positioned|deployed|staged|dispatched|on the ground|search and rescue|search-and-rescue)\b/i.test(s.norm);
}

const CHANGE = "increase|decrease|rise|drop|decline|growth|jump|gain";
const CHANGE_WORD = new RegExp(`\\b(?:${CHANGE})\\b`, "i");
/** "a 328% increase", "an increase of 328%": the percentage in group 1 or 2. */
const PERCENT_CHANGE = new RegExp(`\\b(\\d+(?:\\.\\d+)?)%\\s+(?:${CHANGE})\\b|\\b(?:${CHANGE}) of (\\d+(?:\\.\\d+)?)%`, "i");

/**
 * A figure the stem gives away by arithmetic: a total whose parts the stem lists (1 + 16 + 3 + 23), a number of days
 * next to the dates it spans ("February 11 to 17"), a range of years (trivia, and its wrong answers read as absurd
 * years).
 */
export function gateNumericArithmetic(c: Candidate, a: Analysis): boolean {
  if (c.type !== "numeric") return false;
  const ans = Number(c.answer.replace(/[^\d.]/g, "").replace(/\.$/, ""));
  const stem = c.prompt.replace(BLANK, " ");
  if (/^\d{4}\s*(?:to|-|–|through)\s*\d{4}$/.test(c.answer.trim())) return true;
  if (/^\d{4}\s*(?:to|-|–|through)\s*\d{4}$/.test(c.answer.replace(/[^\d\sto–-]/g, "").trim())) return true;
  const nums = (stem.match(/\b\d[\d,]*(?:\.\d+)?\b/g) ?? []).map((x) => Number(x.replace(/,/g, ""))).filter((x) => !(x >= 1600 && x <= 2100));
  if (Number.isFinite(ans) && ans > 0 && nums.length >= 2) {
    const sum = nums.reduce((x, y) => x + y, 0);
    if (Math.abs(sum - ans) < 1e-9) return true;
  }
  // "a $698 million … Compact, supported with _____ from the United States and $49 million from Indonesia": the whole
  // less the other part (set AB's raters, twice); "decreased by 11 percentage points, from 30 percent … to _____": the
  // start less the change. Figures of one kind only (not "58 years" and "11 years" for "69%").
  // (The answer read in its place: "decreased by _____ percentage points" asks a count of percentage points.)
  const at = c.prompt.indexOf(BLANK);
  const whole = findQuantities(c.prompt.slice(0, at) + c.answer + c.prompt.slice(at + BLANK.length));
  const asked = whole.find((q) => q.start === at);
  if (asked && asked.value > 0) {
    const kindOf = (q: Quantity) => (q.kind === "percent" || q.unit === "percentage" ? "pct" : q.kind === "money" ? "money" : `${q.kind}:${q.unit ?? ""}`);
    const same = whole.filter((q) => q !== asked && kindOf(q) === kindOf(asked) && !(q.kind === "count" && q.value >= 1600 && q.value <= 2100));
    // Within the operands' rounding: "exports at $13.2 billion, imports at $12.7 billion, and a trade surplus in goods
    // of _____" ($443 million) is a subtraction to the nearest $0.1 billion (set AC's rater).
    // (Only a figure written with decimals states its rounding: "$2 billion" is no "$2 billion, give or take one".)
    const unit = (q: Quantity) => (/\d\.\d/.test(q.text) ? q.value / Number((q.text.match(/\d[\d,]*\.\d+/)?.[0] ?? "1").replace(/[,.]/g, "")) : 0);
    const near = (v: number, x: Quantity, y: Quantity) => Math.abs(v - asked.value) <= Math.max(1e-9 * Math.max(1, asked.value), unit(x), unit(y));
    if (same.some((x, i) => same.some((y, j) => i !== j && (near(x.value - y.value, x, y) || (i < j && near(x.value + y.value, x, y)))))) return true;
  }
  // "_____ of the investments … where only 35% of the share is funded through the Federal government": the rest of
  // 100 (set AX, all three pairs).
  const share = c.answer.trim().match(/^(?:(?:about|nearly|almost|over|more than|less than|roughly|some|approximately) )?(.+?)(?:%| percent)$/i);
  const shareValue = share ? parseNumber(share[1]) : null;
  if (shareValue !== null) {
    // (Not a group named by its share: "the top 1%".)
    for (const r of stem.matchAll(/(?<!\b(?:top|bottom|richest|poorest|wealthiest) )(\d+(?:\.\d+)?)(?:%| percent\b)/g)) if (Math.abs(Number(r[1]) + shareValue - 100) < 0.01) return true;
  }
  // A change in per cent: any two of the start, the end and the change give the third by arithmetic.
  // (Every stem PERCENT_CHANGE matches has a CHANGE_WORD.)
  if (Number.isFinite(ans) && ans > 0 && CHANGE_WORD.test(stem)) {
    const near = (v: number, within: number) => Math.abs(v - ans) / ans < within;
    // "increased from $37.2 billion to _____, an increase of 328%": the start and the change give the end.
    const change = stem.match(PERCENT_CHANGE);
    if (change) {
      const p = Number(change[1] ?? change[2]) / 100;
      if (nums.some((n) => n > 0 && [n * (1 + p), n * (1 - p), n / (1 + p)].some((v) => near(v, 0.01)))) return true;
    }
    // "… increased from $37.2 billion to $159.2 billion, an increase of _____": the two figures give the percentage.
    if (/%$/.test(c.answer.trim()) && nums.some((x) => nums.some((y) => x > 0 && y > 0 && x !== y && near((Math.abs(y - x) / x) * 100, 0.02)))) return true;
  }
  // The fine or sentence of a case's procedural history ("he was found guilty, fined _____"): rated trivia beside
  // the holding, twice.
  if (c.type === "numeric" && / v\. /.test(a.title) && /\b(?:fined|fine|sentenced|jail|bail)\b/i.test(c.prompt)) return true;
  // "with _____ states, followed by Jackson with 7, and Crawford with 4": a share of a whole the student must know
  // (24 states in 1825); every wrong answer is either impossible or breaks the order.
  if (/^[^.]*\bfollowed by [A-Z][\w.' ]* with \d+/.test(c.prompt.split(BLANK)[1] ?? "")) return true;
  // "Debt subject to limit was _____ …, about $1.1 trillion below the debt limit": the limit, asked or printed
  // elsewhere, and the difference give the answer by arithmetic (rated so), and a figure above the limit is impossible.
  if (/(?:_____|\$?\d[\d.,]*(?:\s(?:thousand|million|billion|trillion))?%?)\s+(?:below|above|short of|over|under)\s+the\s+(?:[a-z]+\s+){0,2}(?:limit|cap|ceiling|threshold|target|maximum|minimum)\b/i.test(c.prompt)) return true;
  // "passed with _____ yeas and 25 nays": the other side and the chamber's size give the count (only 74 fits a Senate
  // of 100, rated so); a vote's tally is asked as a whole or not at all.
  const [left, right = ""] = c.prompt.split(BLANK);
  // (Not "increased from $134.0 billion in 2006 to _____": a year before "to" is no tally.)
  const tally = left.match(/\b(\d+)\s+((?:yeas|ayes|votes?)\s*)?(?:and|to)\s+$/i);
  if (/^\s*(?:yeas|ayes|nays|noes|votes?)\s+(?:and|to)\s+\d+/i.test(right) || (tally && (tally[2] || (/\b(?:votes?|voted|passed|approved|yeas|nays|ayes|noes)\b/i.test(c.prompt) && !(Number(tally[1]) >= 1600 && Number(tally[1]) <= 2100))))) return true;
  if (/\bdays?\b/i.test(c.answer) && /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\s*(?:to|-|–|through|and)\s*(?:[A-Z][a-z]+ )?\d{1,2}\b/.test(stem)) return true;
  return false;
}

export function gateBoilerplate(c: Candidate, a: Analysis): boolean {
  // ("Yes." answering the question before it is no boilerplate.) A transcript's turn question reads its own turns.
  if (c.transcript || c.heading) return false;
  return a.sentences.some((s) => s.start < c.evidenceEnd && s.end > c.evidenceStart && !s.usable && !/^(?:Yes|No)\.$/.test(s.norm.trim()));
}

export function gateTooLong(c: Candidate): boolean {
  // Statement choices are whole (simplified) claims; their own limit is applied where they are made.
  // A nominee's post is named whole ("Assistant Secretary for Community Planning and Development, Department of Housing
  // and Urban Development"): cut, it would be another post or none.
  const choiceLimit = c.answerKey.startsWith("stmt:") ? 30 : c.answerKey.startsWith("said:") ? 24 : c.heading ? 16 : MAX_CHOICE_WORDS;
  return wordCount(c.prompt) > MAX_PROMPT_WORDS || c.choices.some((x) => wordCount(x) > choiceLimit);
}

export function gateChoices(c: Candidate): boolean {
  if (c.type === "true_false") return !(c.choices.length === 2 && c.choices[0] === "True" && c.choices[1] === "False" && (c.answer === "True" || c.answer === "False"));
  if (c.choices.length < 3 || c.choices.length > 4) return true;
  const keys = c.choices.map((x) => x.trim().toLowerCase());
  if (new Set(keys).size !== keys.length) return true;
  if (c.choices.filter((x) => x === c.answer).length !== 1) return true;
  // Two names of one body ("Department of War", "Department of Defense") are one answer, whichever is right.
  const bodies = c.choices.map(sameBody);
  if (new Set(bodies).size !== bodies.length) return true;
  return c.choices.some((x) => !x.trim());
}

/**
 * "The United States and _____ agreed to a framework for an agreement on reciprocal trade." where another sentence of
 * the article says much the same of a wrong answer ("The United States and Vietnam agreed to a framework …"): the
 * article makes that wrong answer true as well (set J's raters, a fact sheet of parallel agreements).
 */
export function gateParallel(c: Candidate, a: Analysis): boolean {
  if (c.type !== "fill_in_blank") return false;
  const stem = new Set(contentWords(c.prompt.replace(BLANK, " ")));
  if (stem.size < 4) return false;
  let words = sentenceWords.get(a);
  if (!words) sentenceWords.set(a, (words = []));
  for (const s of a.usable) {
    if (s.end > c.evidenceStart && s.start < c.evidenceEnd) continue;
    const w = (words[s.index] ??= new Set(contentWords(s.norm)));
    let shared = 0;
    for (const x of stem) if (w.has(x)) shared++;
    if (shared < 0.6 * stem.size) continue;
    if (c.choices.some((x) => x !== c.answer && containsPhrase(s.norm, x))) return true;
  }
  return false;
}
/** Each sentence's content words, made once per analysis (gateParallel runs for every blank). */
const sentenceWords = new WeakMap<Analysis, Set<string>[]>();

/**
 * "Who said: '… Americans are not your enemy …'?" under the title "Obama to Muslims: 'Americans are not your
 * enemy'": the title names the speaker beside the words.
 */
export function gateTitleGiveaway(c: Candidate, a: Analysis): boolean {
  // "President Biden Announces Six New Nominees" above "… has announced _____ nominees" (six): the quiz's title prints
  // the figure (rated a giveaway, 2026-12-03).
  if (c.type === "numeric") {
    const figure = c.answer.match(/^\$?(\d[\d,.]*|[a-z]+)/i)?.[1]?.toLowerCase().replace(/,/g, "");
    if (!figure) return false;
    const n = parseNumber(figure);
    if (n === null) return false;
    const title = a.title.toLowerCase().replace(/(\d),(\d)/g, "$1$2");
    // "More than 4 Million Student Loan Borrowers Enrolled …" above "… and _____ people have already signed up" (four
    // million): a figure of a million or more that the title prints is the same fact, whatever the noun (set CP's
    // rater). (Money beside money only: "$4 million" is no count of people.)
    const whole = parseNumber(c.answer.toLowerCase().replace(/^\$/, ""));
    if (whole !== null && whole >= 1e6) {
      for (const m of title.matchAll(new RegExp(`(\\$?)(\\d[\\d.]*|${NUMWORD})\\s+(?:million|billion|trillion)\\b`, "g"))) {
        if (parseNumber(m[0].replace(/^\$/, "")) === whole && (m[1] === "$") === c.answer.startsWith("$")) return true;
      }
    }
    // Only the same count of the same things: "Six New Nominees" over "_____ nominees", not "(… version 22)" over
    // "_____ distinct changes".
    const after = (c.prompt.split(BLANK)[1] ?? "").toLowerCase().match(/[a-z]+/g)?.slice(0, 3) ?? [];
    const stem = (w: string) => w.replace(/(?:es|s)$/, "");
    const forms = [String(n), ...(Number.isInteger(n) && n > 0 && n < 100 ? [numberToWords(n).toLowerCase()] : [])];
    for (const f of forms) {
      for (const m of title.matchAll(new RegExp(`(?<![\\d.\\w])${escapeRe(f)}(?![\\d\\w]|\\.\\d)((?:\\s+[a-z]+){1,2})`, "g"))) {
        if (m[1].trim().split(/\s+/).some((w) => w.length > 3 && after.some((x) => stem(x) === stem(w)))) return true;
      }
    }
    return false;
  }
  // "Who is identified in the article as the Treasury Secretary?" under "Treasury Secretary Yellen …": the title prints
  // the office beside the answer's name (set BU, both pairs).
  const role = c.type === "multiple_choice" ? c.prompt.match(/^Who is identified in the article as (?:the |an? )?(.+)\?$/)?.[1] : undefined;
  if (role) {
    const fam = familyName(c.answer);
    return containsPhrase(a.title, `${role} ${fam}`) || containsPhrase(a.title, `${role} ${c.answer}`);
  }
  if (c.type !== "quote_attribution" && !c.answerKey.startsWith("said:")) return false;
  const title = a.title.toLowerCase();
  const family = (c.answerKey.startsWith("said:") ? c.answerKey.slice(5) : c.answer).split(/\s+/).pop()?.toLowerCase();
  if (!family || !containsPhrase(title, family)) return false;
  const words = (s: string) => s.toLowerCase().match(/[a-z']+/g) ?? [];
  const t = words(title).join(" ");
  const q = words(c.type === "quote_attribution" ? c.prompt : c.answer);
  for (let i = 0; i + 4 <= q.length; i++) if (t.includes(q.slice(i, i + 4).join(" "))) return true;
  return false;
}

export function gateGiveaway(c: Candidate): boolean {
  if (c.type === "true_false") return false;
  const ans = c.answer.replace(/^the\s+/i, "");
  if (containsPhrase(c.prompt, ans)) return true;
  // "The _____ (DoD) will invest …", "the _____'s (DOC) Internet for All program" (set BE's raters): the acronym after
  // the blank, or after its possessive, spells the answer's initials.
  if (c.type !== "numeric" && new RegExp(`${escapeRe(BLANK)}(?:['’]s)?\\s*\\([A-Z][A-Za-z.&-]*[A-Z]\\)`).test(c.prompt)) return true;
  // "the Department of Interior (_____)": the name before the bracket spells the acronym out.
  if (new RegExp(`\\(${escapeRe(BLANK)}\\)`).test(c.prompt)) return true;
  // "across all _____ states": the phrase says 50 (set AX, all three pairs).
  if (c.type === "numeric" && /\ball (?:the )?_____ (?:U\.S\. )?states\b/i.test(c.prompt)) return true;
  // "the America 250 Commission … over the last _____" (250 years): the stem prints the figure.
  const digits = c.type === "numeric" ? c.answer.match(/\d[\d,.]*\d|\d/)?.[0] : undefined;
  if (digits && new RegExp(`(?<![\\d.,])${escapeRe(digits)}(?![\\d]|[.,]\\d)`).test(c.prompt.replace(BLANK, " "))) return true;
  // "Which department expanded … the DOD Climate Assessment Tool?": the body's own acronym in the prompt (set AF).
  const org = /^[A-Z]/.test(ans) ? getKb().org(ans) : undefined;
  if (org && acronymIn(org, c.prompt)) return true;
  // "the _____'s Office for Victims of Crime provides …": a body blanked as the owner of its own office or bureau asks
  // which department houses which office, and the office's name tells it (set BL, both pairs; no such question was
  // kept in sets BH to BL).
  // (And ", under the _____," after an office: "The U.S. Secret Service's National Threat Assessment Center, under the
  // _____, released …".)
  if (org && org.kind === "department" && new RegExp(`,\\s+(?:under|within|part of) the ${escapeRe(BLANK)},`).test(c.prompt)) return true;
  if (org && (org.kind === "department" || org.kind === "agency") && new RegExp(`${escapeRe(BLANK)}['’]s (?:[A-Z][\\w-]*\\s+){0,5}(?:Office|Bureau|Division|Center|Institute|Administration|Service|Agency)\\b`).test(c.prompt)) return true;
  // "President Biden created the first-ever _____ in American history": a body the sentence creates, beside bodies that
  // have long existed (set BQ, both pairs: "implausible as a new office").
  if (org && (org.kind === "department" || org.kind === "agency") && /\b(?:created|establish(?:ed|es|ing)?|formed|set up|launched|stood up|creat(?:es|ing))\s+(?:the|a|an)\s+(?:first-ever|first|new)\s+(?:U\.S\.\s+)?_____/i.test(c.prompt)) return true;
  // "… planned the 2023 launch of FedNow" (the Federal Reserve, "the Fed"): a short name of the body as the first part of
  // another name (set BJ, both raters).
  if (org && org.aliases.map((x) => x.replace(/^the\s+/i, "")).some((x) => /^[A-Z][a-z]{2,5}$/.test(x) && new RegExp(`(?<![\\w.-])${escapeRe(x)}(?:(?=[A-Z][a-z])(?!Ex\\b)|(?=wire\\b))`).test(c.prompt))) return true;
  // "… submit a complaint to the _____ at consumerfinance.gov/complaint": a web address spells the body (set BH, both
  // raters).
  if (org || c.entities.length) {
    const urls = (c.prompt.match(/\b[\w.-]+\.(?:gov|org|com|mil|edu)\b/gi) ?? []).map((u) => u.toLowerCase());
    const words = [...ans.toLowerCase().matchAll(/[a-z]{5,}/g)].map((m) => m[0].slice(0, 7)).filter((w) => !GENERIC_BODY_WORD.test(w));
    const acr = org?.aliases.filter((x) => /^[A-Z]{2,6}$/.test(x)).map((x) => x.toLowerCase()) ?? [];
    if (urls.some((u) => words.some((w) => u.includes(w)) || acr.some((x) => new RegExp(`(?:^|[./])${x}\\.`).test(u)))) return true;
  }
  // "… a new grant program through the _____ that will help small manufacturing businesses owned by people of color"
  // (the Minority Business Development Agency): a word of the body's own name in the stem, which no wrong answer has
  // (set BI's rater).
  if (org && c.type !== "numeric") {
    const stems = (x: string) => [...x.toLowerCase().matchAll(/[a-z]{5,}/g)].map((m) => m[0].slice(0, 6)).filter((w) => !GENERIC_BODY_WORD.test(w));
    const told = stems(c.prompt.replace(BLANK, " "));
    const others = c.choices.filter((x) => x !== c.answer).flatMap(stems);
    if (stems(ans).some((w) => told.includes(w) && !others.includes(w))) return true;
  }
  // "Xi Jinping" is given away by "Mr. Xi" in the prompt as well.
  const parts = ans.split(/\s+/).filter((p) => p.length > 2 && /^[A-Z]/.test(p) && !STOPWORDS.has(p.toLowerCase()));
  return c.entities.length > 0 && /^[A-Z]/.test(ans) && ans.includes(" ") && parts.some((p) => containsPhrase(c.prompt, p) && /^[A-Z][a-z]+$/.test(p) && !/^(?:United|States|New|North|South|Department|House|Court|National)$/.test(p));
}

/**
 * "it adopted the _____ Statute of Westminster", "the Trade Expansion Act of _____": the year is part of a name, and
 * the stem gives the date that matters (set D's raters: "blanks the year in the statute's name").
 */
export function gateYearInName(c: Candidate): boolean {
  if ((c.type !== "fill_in_blank" && c.type !== "numeric") || !/^\d{4}$/.test(c.answer)) return false;
  const i = c.prompt.indexOf(BLANK);
  if (i < 0) return false;
  const left = c.prompt.slice(0, i);
  const right = c.prompt.slice(i + BLANK.length);
  return YEAR_OF_NAME.test(left) || (/\bthe\s+$/i.test(left) && /^\s+[A-Z][a-z]/.test(right));
}
const YEAR_OF_NAME = /\b(?:Act|Acts|Code|Statute|Treaty|Convention|Compromise|Accords?|Amendments|Agreement|Constitution|Law|Declaration|Charter|Protocol|Plan|Resolution)\s+of\s+$/;

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

/**
 * Words run together where a PDF lost its spaces ("Foursimilarmeasures were approved", "listed inFigure 2"): a
 * lowercase word glued to a capitalised one, or a number word glued to lowercase words. A teacher would fix them. So
 * is a word glued to a figure ("represent90 percent"), to "the" ("ofthe") or to another verb ("is spearheadingexpanded
 * cooperation"): set AX's three pairs, each time.
 */
const GLUED = /\b[a-z]{2,}[A-Z][a-z]|\b(?:Two|Three|Four|Five|Six|Seven|Eight|Nine)(?!teen|ty|fold|th|some)[a-z]{7,}\b|\b[a-z]{3,}\d|\b(?:of|to|in|on|at|by|for|and|with|from|that|into)the\b|\b[a-z]{4,}ing[a-z]{5,}(?:ed|ing|tion|ment)\b/;

export function gateUngrammatical(c: Candidate): boolean {
  const p = c.prompt;
  // "In 2010-2011, Victoria served as … at the _____ in 2010-2011.": the source's own slip, a date said twice (set BZ).
  if (/^(?:According to [^,]+,\s+)?In ((?:\w+ )?\d{4}(?:[-–]\d{2,4})?), .*\bin \1\.?$/.test(p)) return true;
  // "the _____ are working to identify …" (the National Institute of Standards and Technology, the source's slip): a
  // singular body as the subject of a plural verb (set BL, both pairs). Not "the Centers for …" nor "X and the _____ are".
  // (Also where the plural verb comes second: "the U.S. _____ has more than 30 staff on the ground in Hawaii and are
  // phasing in more", set BO, both pairs.)
  if (/^(?:gov|org):/.test(c.answerKey) && !/s$/.test(c.answer.split(/\s+(?:of|for|on)\s+/)[0]) && /(?:^|^According to [^,]+,\s+|[;:]\s+)(?:[Tt]he\s+)?(?:U\.S\.\s+)?_____ (?:(?:are|were|have)\b|(?:has|is|was)\b(?:(?!\b(?:who|which|that|whose|whom)\b)[^,;:])*?\band (?:are|were|have)\b)/.test(p)) return true;
  // "advancements in the _____' Overdose Prevention Strategy": a plural's possessive fits only an answer in -s (set BQ,
  // both pairs).
  // (Not a closing quote: "called ‘_____’ by its staff".)
  if (/(?<![‘'"“])_____['’](?!s)/.test(p) && !c.choices.every((x) => /s$/.test(x))) return true;
  // "President _____'s put in place …": the contraction of "has" after a blank reads as a possessive.
  if (/_____['’]s (?:put|been|got|gotten|made|done|taken|had|gone|said|told|shown|set|given|become|come)\b/.test(p)) return true;
  // An editor's insertion in brackets outside a quotation ("a pandemic preparedness [and global health security] fund"):
  // a heading's or a draft's text, not a sentence a teacher writes (set S's rater). Inside a quotation it is the quoting
  // writer's ("[What] we need to understand is …").
  if (c.type !== "quote_attribution" && /\[[^\]]+\]/.test(p.replace(/"[^"]*"/g, '""'))) return true;
  // A name cut from its suffix ("_____, Jr. is an award-winning writer", set AZ's two raters).
  if (/_____,? (?:Jr|Sr)\.?(?!\w)/.test(p)) return true;
  // The article's typo copied into the stem ("by the end of FY202.").
  if (/\bFY ?\d{1,3}(?!\d)/.test(p)) return true;
  if ([p, ...c.choices].some((x) => GLUED.test(x))) return true;
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
  if (gateCitation(c)) return "citation";
  if (gateStemStart(c)) return "stem_start";
  if (gateFragment(c) || gateBulletItem(c, a)) return "fragment";
  if (gateUnresolved(c, a)) return "unresolved";
  if (gateLogistics(c, a)) return "logistics";
  if (gateNumericLogistics(c, a)) return "logistics";
  if (gateTrivia(c) || gateBiography(c, a) || gateListItem(c) || gateNumericArithmetic(c, a) || gateYearInName(c)) return "trivia";
  if (gateMainSubject(c, a)) return "main_subject";
  if (gatePredictable(c, a)) return "predictable";
  if (gateChoices(c) || gateParallel(c, a)) return "choices";
  if (gateTooLong(c)) return "too_long";
  if (gateFunctionWord(c)) return "function_word";
  if (gateGiveaway(c) || gateDemonym(c) || gateTitleGiveaway(c, a)) return "giveaway";
  if (gateUngrammatical(c)) return "ungrammatical";
  if (gateSurface(c)) return "surface";
  if (gateNoVerb(c, a)) return "fragment";
  return null;
}
