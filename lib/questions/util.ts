import { MONTHS, WEEKDAYS } from "./civics-lexicon";
import { nameKeys, nicknameKeys } from "./kb/normalize";

export const BLANK = "_____";

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * Whether ", and …" right after `before` closes a list whose items are up to four words ("for endangered, protected,
 * and sensitive species"; "to accelerate joint research, strengthen health system capacity, and develop …"): a stem
 * cut there ends in the middle of the list ("… for endangered, protected.").
 */
export const endsInListItem = (before: string): boolean => /,\s*(?:\S+\s+){0,3}\S+$/.test(before);

/**
 * Whether the comma at `i` separates items of one series whose items open with the same word ("information on the
 * prevalence and dangers of fentanyl, the risks and consequences of mixing drugs, the life-saving power of naloxone, and
 * the importance of …"): a stem cut there ends mid-list (set BL, both pairs).
 */
export function commaInSeries(text: string, i: number): boolean {
  const m = /^,\s+(and\s+|or\s+)?([A-Za-z][\w'-]*)\s/.exec(text.slice(i));
  if (!m) return false;
  const w = escapeRe(m[2]);
  const before = text.slice(0, i);
  // ", and w …" closes a series when two items opening with w run just before it; ", w …" is inside one when the item
  // before it opens with w and the series goes on to ", and w …". (Not "In 2021, the agency …, and the state …".)
  if (m[1]) return new RegExp(`(?:^|[\\s,;:])${w}\\s[^,;]+,\\s+${w}\\s[^,;]+$`).test(before);
  return new RegExp(`(?:^|\\s)${w}\\s[^,;]+$`).test(before) && new RegExp(`^,\\s+${w}\\s[^,;]+(?:,\\s+${w}\\s[^,;]+)*,\\s+(?:and|or)\\s+${w}\\s`).test(text.slice(i));
}

/**
 * A release's day, or one counted from it: "today", "last week", "two weeks ago". A student cannot place it (set AP: "a
 * teacher would give the date"): dropped where the fact stands without it, else the stem is unresolved.
 */
export const RELEASE_DAY = "(?:[Tt]oday|[Yy]esterday|[Tt]his (?:morning|afternoon|evening)|[Tt]onight|[Ll]ast (?:week|month)|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Aa] few|[Aa] couple of) (?:days?|weeks?|months?|years?) ago|[Ee]arlier this (?:week|month))";

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word, case-insensitive containment on normalised text. */
export function containsPhrase(haystack: string, needle: string): boolean {
  const n = needle.trim();
  if (!n) return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(n)}($|[^\\p{L}\\p{N}])`, "iu").test(haystack);
}

/**
 * A full name's family name: its last word, past "Jr.", "Sr." and "II"–"IV" ("William J. Brennan Jr." → "Brennan"),
 * with its particle ("Martin Van Buren" → "Van Buren").
 */
export function familyName(name: string): string {
  const parts = name.replace(/,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/, "").split(/\s+/);
  const n = parts.length;
  return n >= 3 && /^(?:Van|Von|De|Del|Della|Di|Da|Du|La|Le|Mac|St\.)$/.test(parts[n - 2]) ? `${parts[n - 2]} ${parts[n - 1]}` : parts[n - 1] || name;
}

/** Two written names of one person: the same family name, and the same given name or a short form of it. */
export function sameNamedPerson(x: string, y: string): boolean {
  if (familyName(x) !== familyName(y)) return false;
  const gx = x.split(/\s+/)[0];
  const gy = y.split(/\s+/)[0];
  // (The same given name is left to the caller: "John Adams" and "John Quincy Adams" are two presidents.)
  if (gx === gy) return x === y;
  // (The knowledge base's short forms of given names, kb/normalize.ts.)
  const keys = new Set([...nameKeys(x), ...nicknameKeys(x)]);
  return [...nameKeys(y), ...nicknameKeys(y)].some((k) => keys.has(k));
}

export const ucfirst = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/**
 * Words that tie a sentence to the one before it and that the claim stands without. Those after the first group only
 * with their comma ("Finally, the Order …", not "Finally the …"; "For example, Chicago …"); what they drop is a
 * signpost, never a condition ("In practice," and "Generally," stay: the claim is not true without them).
 */
const LEADING_CONNECTOR = /^(?:(?:but|and|still|yet|so(?!\s+far\b)|instead|meanwhile|however|otherwise|moreover|indeed|also|in addition(?! to\b)|at the same time|nonetheless|nevertheless|therefore|thus|consequently|accordingly|as a result|likewise|similarly|furthermore|additionally)(?:,\s*though)?,?\s+|(?:specifically|notably|importantly|finally|lastly|overall|for example|for instance|of course|in fact|after all|even so|by contrast|in contrast|on the other hand|in particular|in short|already|now|further),\s+|(?:just |earlier |also )?(?:today|yesterday|this (?:week|month|morning|afternoon)|last (?:week|month|year)),\s+|as you(?:'re| are)?(?: probably| may be| all| may| might)? (?:aware|know),\s+|(?:in order )?to (?:help )?(?:address|tackle|meet|confront|respond to|combat|solve|reverse|counter) (?:these|this|those|that|such) [a-z]+,\s+)+/i;

/**
 * "even further" ("to increase availability even further to up to 40,000 sites", set W) and an aspect's "further"
 * ("is further restricting the Russian military's ability …"): a step beyond one the student has not read. The fact
 * stands without them, and dropping words keeps a true statement true.
 */
export function dropFurther(s: string): string {
  return s.replace(/\s+even further(?=\s+(?:to|by)\s)/, "").replace(/\b(is|are|was|were|be|been) further (?=[a-z]+ing\b)/, "$1 ");
}

/**
 * Drop "But", "Still," and the like so a sentence stands alone, and a release's "Today," or "Just this week," (the
 * date the student does not have; what was done stays true without it). Returns the cut length.
 */
export function stripConnector(s: string): { text: string; cut: number } {
  const m = s.match(LEADING_CONNECTOR);
  if (!m) return { text: s, cut: 0 };
  return { text: ucfirst(s.slice(m[0].length)), cut: m[0].length };
}

/**
 * A readable window of a long sentence around [relStart, relEnd): the whole
 * sentence when short, else the clauses around the target. Null when even the
 * target's own clause is too long to read.
 */
export function clauseWindow(sentence: string, relStart: number, relEnd: number, maxWords = 40): { start: number; end: number; left: boolean; right: boolean } | null {
  if (wordCount(sentence) <= maxWords) return { start: 0, end: sentence.length, left: false, right: false };
  const cuts: number[] = [0];
  const re = /[;:]\s+|,\s+(?=(?:and|but|or|which|who|whom|where|while|as|because|although|though|if|unless|when|by|in|to|for|that)\b)|\s[-—–]\s/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) cuts.push(m.index + m[0].length);
  cuts.push(sentence.length);
  let lo = 0;
  while (lo + 1 < cuts.length - 1 && cuts[lo + 1] <= relStart) lo++;
  let hi = lo + 1;
  while (hi < cuts.length - 1 && cuts[hi] < relEnd) hi++;
  const seg = (a: number, b: number) => sentence.slice(cuts[a], cuts[b]);
  for (;;) {
    const grown: [number, number][] = [];
    if (hi < cuts.length - 1) grown.push([lo, hi + 1]);
    if (lo > 0) grown.push([lo - 1, hi]);
    const next = grown.find(([a, b]) => wordCount(seg(a, b)) <= maxWords);
    if (!next) break;
    [lo, hi] = next;
  }
  if (wordCount(seg(lo, hi)) > maxWords + 5) return null;
  let end = cuts[hi];
  while (end > cuts[lo] && /[\s,;:—–-]/.test(sentence[end - 1])) end--;
  return { start: cuts[lo], end, left: lo > 0, right: hi < cuts.length - 1 };
}

/** A comma between a series' items: not after a figure or a weekday, not before a figure or a month. */
const SERIES_COMMA = new RegExp(`(?<!\\d|\\b(?:${WEEKDAYS.join("|")})),\\s+(?!\\d|(?:${MONTHS.join("|")})\\b)\\S`);

/** Prompt text from a sentence with [relStart, relEnd) replaced. */
/** `w`: the clause window, when the caller has it already (cloze.mk keeps it as the question's span). */
export function blankedPrompt(sentence: string, relStart: number, relEnd: number, replacement = BLANK, maxWords = 45, w = clauseWindow(sentence, relStart, relEnd, maxWords)): string | null {
  if (!w) return null;
  // A window that ends before a series' last item ("Ms. _____ developed … Gaithersburg, Md., worked in private practice
  // at a major international law firm" before ", and served on Capitol Hill …"; "including for the Secretary of Defense,
  // Under Secretary …" before ", and various senior leaders"): a list without its "and" (set BT, both pairs).
  // (Not a date's or a weekday's comma: "on Sunday, August 7, 2022, after …", the review of engine 35.)
  if (w.right && /^\s*,\s+(?:and|or)\s/.test(sentence.slice(w.end)) && SERIES_COMMA.test(sentence.slice(relEnd, w.end))) return null;
  let body = sentence.slice(w.start, relStart) + replacement + sentence.slice(relEnd, w.end);
  body = body.trim();
  // A semicolon joins two whole clauses: the window's clause stands as a sentence of its own ("CBO's … baseline
  // projects that the debt … will reach _____ by the end of FY2031 and $63.8 trillion by the end of FY2036.").
  const leftSemi = w.left && /;\s*$/.test(sentence.slice(0, w.start));
  const rightSemi = w.right && /^\s*;/.test(sentence.slice(w.end));
  if (w.left && !leftSemi) body = "… " + body;
  else if (leftSemi) body = ucfirst(body);
  if (w.right && !rightSemi) body = body.replace(/[.?!]$/, "") + " …";
  else if (rightSemi) body = body.replace(/[.?!,]$/, "") + ".";
  return body;
}

const ABBREVIATION_END = /^["'(]?(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gov|Sen|Rep|Gen|Lt|Col|Inc|Co|Corp|Ltd|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)$/;

export function shortQuote(q: string, maxWords = 30): string {
  const words = q.split(/\s+/);
  if (words.length <= maxWords) return q;
  // Prefer ending at the last sentence boundary inside the limit.
  let boundary = 0;
  // (Not after "U.S." or "Mr.": "… announce that the U.S. Small Business Administration …" goes on.)
  for (let k = 0; k < maxWords; k++) if (/[.!?]$/.test(words[k]) && !ABBREVIATION_END.test(words[k]) && k >= 7) boundary = k + 1;
  if (boundary) return words.slice(0, boundary).join(" ");
  return words.slice(0, maxWords).join(" ").replace(/[,;:.]$/, "") + " …";
}

export function explainFromEvidence(evidence: string): string {
  const e = evidence.replace(/\s+/g, " ").trim();
  const w = e.split(" ");
  const short = w.length > 35 ? w.slice(0, 35).join(" ").replace(/[,;:]$/, "") + " …" : e;
  return `The article says: "${short.replace(/"/g, "'")}"`;
}

/** A choice read aloud starts with a vowel sound ("an 80%", "an 11-year", "an hour"): it takes "an", not "a". */
// (A figure by its first spoken word: "8", "80", "800,000" and "eleven" or "eighteen" ("11", "18,000", "11.5"), not
// "117" (one hundred …) nor "28" (twenty-eight).)
export const vowelSound = (w: string) => /^(?:[aeio]|u(?![sn]i)|hour|honest|heir|8|1[18](?!\d))/i.test(w.replace(/^[$"']/, ""));

/**
 * A sentence that opens with a participle's phrase ("Led by the State Department through …, and supported by …, the First
 * Movers Coalition is making …"): its main clause comes last, so a cut before the end leaves none (set BP).
 */
export const PARTICIPLE_WORD = "(?!(?:[Bb]ased|[Cc]ompared|[Cc]ombined|[Cc]oupled|[Pp]aired|[Nn]eed|[Ss]peed|[Ff]eed|[Ss]eed|[Ww]eed|[Bb]leed|[Bb]reed|[Hh]undred|[Ii]ndeed)\\b)(?:[A-Za-z]+ed|[Ll]ed|[Mm]ade|[Bb]uilt|[Hh]eld|[Rr]un|[Kk]nown|[Gg]iven|[Tt]aken|[Ww]ritten|[Cc]hosen|[Gg]rown|[Dd]rawn|[Ss]ent|[Ss]pent|[Ww]on|[Ss]hown|[Bb]egun|[Bb]rought|[Bb]ought|[Ff]ound|[Pp]aid|[Ss]old)";
export const PARTICIPLE = `${PARTICIPLE_WORD}\\s+(?:by|in|into|on|at|through|under|with|from|during|over|for)\\b`;
export const PARTICIPLE_FIRST = new RegExp(`^${PARTICIPLE}`);

/** An administration named for its president or ticket ("the Obama-Biden Administration", "Biden Administration"). */
// (Not "President Biden's Administration", which names him.)
export const ADMINISTRATION_NAME = /\b(?:[A-Z][\w.]*-)*[A-Z][\w.]*\s+(?:Administration|administration)\b/g;

/**
 * The first word of a biography's heading after the name: "Jeff Rezmovic, Nominee for Chief Financial Officer …", "Jim
 * Secreto, Special Assistant to the President …", "Elmy Bermejo, Regional Administrator …".
 */
export const BIO_HEADING_TITLE = "(?:Nominee|Appointee|Member|Candidate|Special|Senior|Deputy|Assistant|Associate|Principal|Chief|Director|Counsel|Advisor|Adviser|Executive|Press|Regional|Administrator|Ambassador|SBA|EPA|HUD|USDA)";

/**
 * A biography's heading line, "Name, Title …" or "Name: Title …" (the judicial releases' style, "Eric G. Olshan: Nominee
 * for United States Attorney …", whose nominees were not known as nominees, set CA), whose name matches `name` (a
 * pattern): the name as group 1.
 */
export function bioHeading(name: string, title = BIO_HEADING_TITLE): RegExp {
  return new RegExp(`(?:^|[\\n•]\\s*)(${name})[,:]\\s+${title}\\b`, "gmu");
}

/** Any biography heading line, "Chantale Wong, Nominee for …", its name as group 1 (compiled once; global). */
export const HEADING_NAME = bioHeading("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}.'’-]*){1,3}");


const KIN_M = "son|father|husband|brother|grandson|nephew|widower";
const KIN_F = "daughter|mother|wife|sister|granddaughter|niece|widow";
/** A word of kin where it says what the person is: "…, the son of …", "As a mother to four"; not "his wife". */
const kinSays = (stem: string, words: string) => new RegExp(`(?:^|,\\s+|\\b[Aa]s\\s+)(?:the|a|an)\\s+(?:${words})\\b`).test(stem);

/** The gender a word of kin gives the stem's person ("As a mother to four, …", "…, the son of …"), else undefined. */
export function kinGender(stem: string): "m" | "f" | undefined {
  const m = kinSays(stem, KIN_M);
  const f = kinSays(stem, KIN_F);
  return m === f ? undefined : m ? "m" : "f";
}

/**
 * The gender a stem gives the person it asks about: a pronoun, or a word of kin ("the son of an immigrant", "As a mother
 * to four"). Undefined where it gives none or both.
 */
export function stemGender(stem: string): "m" | "f" | undefined {
  // (A word of kin only where it says what the person is: "…, the son of …", "As a mother to four"; not "his wife",
  // "raised by a single mother", "met the widow of …", the review of engine 34.)
  const m = /\b(?:he|his|him|himself)\b/i.test(stem) || kinSays(stem, KIN_M);
  const f = /\b(?:she|her|hers|herself)\b/i.test(stem) || kinSays(stem, KIN_F);
  return m === f ? undefined : m ? "m" : "f";
}

/** The amendments' ordinals as the Constitution's readers write them, by number (index 0 is empty). */
export const ORDINAL_WORDS = ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth", "Twenty-first", "Twenty-second", "Twenty-third", "Twenty-fourth", "Twenty-fifth", "Twenty-sixth", "Twenty-seventh"];
