/**
 * The era of each sentence, for texts that move through time (a history explainer's 1800, 1824 and 1836; a court
 * syllabus's 1969 statute): a year the sentence names, else the last one its paragraph named, else its section
 * heading's ("Presidential election of 1824"). Wrong answers must be people of that era, and a stem about another
 * era than the article's says which.
 */
import type { Analysis } from "./analysis";
import type { Sentence } from "./sentences";
import { BLANK, endsInListItem, HEADING_NAME, PARTICIPLE_FIRST, stripConnector, wordCount } from "./util";
import { verbForms } from "./nlp";
import { MAX_PROMPT_WORDS } from "./gates";
import { DEMONYM_TO_COUNTRY, MONTHS, TITLES_BEFORE_NAME } from "./civics-lexicon";
import { getKb } from "./kb";

/** A month or a weekday: "Since August", "Starting Monday" open a date, not a name. */
const DATE_WORD = new RegExp(`^(?:${MONTHS.join("|")}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);
const MONTH_DAY = new RegExp(`\\b(?:${MONTHS.join("|")}) \\d{1,2}\\b`);
/** "1824", and the year of "FY2025". */
const YEAR = /(?:\b|(?<=FY))(1[6-9]\d\d|20\d\d)\b/;

/** Two years joined as a span ("2014–2017", "from 2014 to 2017", "between 2014 and 2017"), or one still running ("since
 * 2011": set BA's "In 2011, who clerked for Judge William Sessions …?", both raters). */
const YEAR_SPAN = /\b(?:between (?:1[6-9]|20)\d\d and|(?:1[6-9]|20)\d\d\s?(?:[–—-]|to|through))\s?(?:(?:1[6-9]|20)\d\d|\d\d)\b|\bsince (?:1[6-9]|20)\d\d\b/;

/** The first year a sentence names outside parentheses ("(since … 1961)" is an aside, not the sentence's time). */
export function ownYear(text: string): number | undefined {
  // "… a new goal to deploy 15 GW of floating offshore wind capacity by 2035": a target is no year the sentence tells
  // of (set AG's rater: "in 2035, the Department of the Interior announced …"). "By 1850, …" at the start still is.
  const blanked = text.replace(/\([^)]*\)/g, (x) => " ".repeat(x.length)).replace(/(?<=\S\s+)(?:by|before|until) (?:the end of )?(?:FY ?)?\d{4}\b/g, (x) => " ".repeat(x.length));
  const m = blanked.match(YEAR);
  return m ? Number(m[1]) : undefined;
}

export interface Eras {
  years: (number | undefined)[];
  /** the section heading a sentence's year came from, when it came from one */
  headings: (string | undefined)[];
  /** the section heading of a sentence whose own or paragraph's year is the heading's year */
  sections: (string | undefined)[];
  /** the heading without a year a sentence stands under ("Vice-presidential election"), if any */
  topics: (string | undefined)[];
  /**
   * whether a sentence's year is the start of a span ("from 2014–2017", "between 2014 and 2017"): no year to date a
   * stem with (set AX: "In 2014, Dr. LaPlante forged a path …" after "he served … from 2014–2017", rated unsupported
   * by all three pairs), though it still dates the wrong answers
   */
  spans: boolean[];
}

export function sentenceEras(sentences: Sentence[]): Eras {
  const out: (number | undefined)[] = [];
  const headings: (string | undefined)[] = [];
  const sections: (string | undefined)[] = [];
  const topics: (string | undefined)[] = [];
  let topic: string | undefined;
  let heading: number | undefined;
  let headingText: string | undefined;
  let fromHeading = false;
  let last: number | undefined;
  let lastSpan = false;
  const spans: boolean[] = [];
  let paragraph = -1;
  for (const s of sentences) {
    const own = ownYear(s.norm);
    // A heading is a line that is not a sentence: it starts a section, and its year (if any) is the section's.
    if (!s.usable && s.terms.length === 0) {
      heading = own;
      headingText = own ? s.norm.trim() : undefined;
      topic = own ? undefined : s.norm.trim() || undefined;
      last = undefined;
      lastSpan = false;
      paragraph = s.paragraph;
      out.push(own);
      spans.push(false);
      headings.push(undefined);
      sections.push(undefined);
      topics.push(undefined);
      continue;
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      last = heading;
      lastSpan = false;
      fromHeading = heading !== undefined;
    }
    if (own) {
      last = own;
      lastSpan = YEAR_SPAN.test(s.norm);
      fromHeading = false;
    }
    out.push(own ?? last);
    spans.push(own ? lastSpan : last !== undefined && lastSpan);
    headings.push(!own && fromHeading ? headingText : undefined);
    sections.push(heading !== undefined && (own ?? last) === heading ? headingText : undefined);
    topics.push(topic);
  }
  return { years: out, headings, sections, topics, spans };
}

/** How far apart two years may be and still be one era (a term of office, an election and its aftermath). */
export const ERA_WINDOW = 4;

/**
 * Whether a person of the article belongs to a sentence's era: some sentence that names them is within a few years
 * of it. Unknown eras fit (a news report names no years).
 */
export function personFitsEra(a: Analysis, person: string, era: number | undefined): boolean {
  if (era === undefined) return true;
  const years = a.personEras.get(person);
  if (!years || years.size === 0) return true;
  for (const y of years) if (Math.abs(y - era) <= ERA_WINDOW) return true;
  return false;
}

export function personEras(a: Pick<Analysis, "ents" | "eras">): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  a.ents.bySentence.forEach((ms, i) => {
    const y = a.eras.years[i];
    if (y === undefined) return;
    for (const m of ms) {
      if (m.kind !== "person") continue;
      const set = out.get(m.canonical) ?? new Set<number>();
      set.add(y);
      out.set(m.canonical, set);
    }
  });
  return out;
}

/** A text of biographies: a heading line "Name, Nominee for …" or "Name, Member, …" (util.ts bioHeading). */
const BIO_LINE = new RegExp(HEADING_NAME.source, "mu");
const bioCache = new WeakMap<Analysis, boolean>();
function biographies(a: Analysis): boolean {
  let b = bioCache.get(a);
  if (b === undefined) bioCache.set(a, (b = BIO_LINE.test(a.text)));
  return b;
}

/** Stem prefixes that a time phrase can go before: "True or false: " keeps its place. */
const LEAD = /^(True or false: )?/;

/**
 * "In 1824, _____ lost the contingent election …": a stem about a past era of a text set in another (a 2019
 * explainer's 1824 election) says which year it is about, when the sentence says or its paragraph does and the
 * stem does not. Only past-tense sentences (a rule stated in the present holds in every era), never when the year
 * is what is asked, never inside a quote.
 */
export function withEra(prompt: string, a: Analysis, sentenceIndex: number, answer: string): string {
  const era = a.eras.years[sentenceIndex];
  if (era === undefined || a.year === undefined || Math.abs(era - a.year) <= 3 || a.eras.spans[sentenceIndex]) return prompt;
  if (YEAR.test(prompt) || answer.includes(String(era)) || /\bsaid:|\bsay\b|^Which of these\b|^What is\b|^Who is\b/.test(prompt)) return prompt;
  // "Most recently, Abrams served in the _____ …" tells its own time, which is no earlier paragraph's year ("In 1981, most
  // recently, …" was a wrong date, set BO's two pairs).
  if (/^(?:[A-Z][^,]{0,40},\s+)?(?:[Mm]ost recently|[Cc]urrently|[Rr]ecently|[Tt]oday|[Nn]ow|[Ss]ince then|[Ll]ater|[Ss]ubsequently)\b/.test(prompt.replace(/^According to [^,]+,\s+/, ""))) return prompt;
  // "By appointing _____ his Secretary of State, President Adams …": the office dates the stem, and the section's
  // election would misdate it (the appointment came after the election; rated so three times).
  if (a.eras.headings[sentenceIndex] !== undefined && /\bPresident [A-Z][a-z]+\b/.test(prompt)) return prompt;
  const s = a.sentences[sentenceIndex];
  // A biography's paragraph runs through a career, so the last year it named is no date of the sentence after it ("In
  // 1988, as CEO, _____ created …" after "In 1988, Braddy was hired as CEO", set BT, both pairs; "In 2015, who was elected
  // … Party Chair", set BU, both pairs): in a text of biographies only the sentence's own year dates it.
  if (!s.norm.includes(String(era)) && biographies(a)) return prompt;
  // Past tense: compromise's tag, a past auxiliary, or a dated event ("from February 11 to 17, the House cast …").
  // Not "Congress has approved … between the end of World War II and the present": a perfect or present tense
  // reaches the article's own time.
  const outside = s.norm.replace(/"[^"]*"/g, "");
  if (/\b(?:has|have|is|are|remains?)\b/.test(outside)) return prompt;
  const past = s.terms.some((t) => t.tags.has("PastTense")) || /\b(?:was|were|had|did)\b/.test(s.norm) || MONTH_DAY.test(s.norm);
  // "Several Federalist representatives cast blank ballots, …" under "Presidential election of 1800": no present
  // tense, and the section is one dated election, so the sentence tells of it ("cast" is past and present alike).
  const electionHeading = /^[A-Z][a-z]+(?: [a-z]+){0,4} (?:of|in) \d{4}$/.test(a.eras.headings[sentenceIndex] ?? a.eras.sections[sentenceIndex] ?? "");
  if (!past && !electionHeading) return prompt;
  const lead = prompt.match(LEAD)![0];
  // "Therefore, _____ and Burr were admitted …": the connective points at a sentence the student has not read.
  const body = stripConnector(prompt.slice(lead.length)).text;
  if (/^["(]/.test(body)) return prompt;
  const lower = lowerFirstWord(a, sentenceIndex, body);
  // "Presidential election of 1800" dates the section, not each event in it (the House voted in 1801).
  // The section heading, when it names this era, says more than the year ("In the vice presidential election of
  // 1836, who was elected …" rather than "In 1836, …").
  const heading = a.eras.headings[sentenceIndex] ?? a.eras.sections[sentenceIndex];
  const rest = body.startsWith(BLANK) ? body : lower;
  const long = heading && /^[A-Z][a-z]+(?: [a-z]+){0,4} (?:of|in) \d{4}$/.test(heading) ? `${lead}In the ${heading[0].toLowerCase()}${heading.slice(1)}, ${rest}` : null;
  // The heading's words only where the stem stays within the length a student reads at once (gates.ts).
  const fromHeading = a.eras.headings[sentenceIndex] !== undefined;
  const out = long && (fromHeading || wordCount(long) <= MAX_PROMPT_WORDS) ? long : `${lead}In ${era}, ${rest}`;
  // A simplified true statement must not become the article's sentence again.
  return out.slice(lead.length) === s.norm.trim() ? prompt : out;
}

/**
 * A rule stated under a sub-heading says which case it is about: "The _____ is limited to choosing from only the two
 * candidates …" under "Vice-presidential election" in an article on "Contingent election" becomes "In a contingent
 * vice-presidential election, the _____ is limited to …" (rated as missing its context twice). Only where the
 * heading and the article's subject end in the same noun, so the two merge into one phrase; only in the present tense
 * (a past event is dated by withEra instead).
 */
export function withTopic(prompt: string, a: Analysis, sentenceIndex: number): string {
  const heading = a.eras.topics[sentenceIndex];
  // A true/false statement gets its case too ("True or false: In a contingent presidential election, the requirement …").
  const tf = prompt.match(/^True or false: /)?.[0] ?? "";
  if (tf) return tf + withTopic(prompt.slice(tf.length), a, sentenceIndex);
  if (!heading || /\bsaid:|\bwrote:|^Which of these\b|^What is\b|^Who is\b|^According to\b/.test(prompt)) return prompt;
  const subject = a.title.split(/\s+[—–-]\s+|:\s+|\s+\(/)[0].trim();
  const hw = heading.split(/\s+/);
  const sw = subject.split(/\s+/);
  if (hw.length > 3 || sw.length < 2 || sw.length > 3 || !/^[A-Za-z-]+$/.test(hw.join("")) || hw[hw.length - 1].toLowerCase() !== sw[sw.length - 1].toLowerCase()) return prompt;
  const s = a.sentences[sentenceIndex];
  const outside = s.norm.replace(/"[^"]*"/g, "");
  // The main clause in the present ("The Senate is limited to choosing … who received …"): a present verb among the
  // first words, and no past auxiliary before it.
  const head = outside.split(/\s+/).slice(0, 12).join(" ");
  const present = head.search(/\b(?:is|are|must|shall|requires?|required)\b/);
  const past = head.search(/\b(?:was|were|had|did)\b/);
  if (present < 0 || (past >= 0 && past < present)) return prompt;
  const phrase = `${sw.slice(0, -1).join(" ").toLowerCase()} ${heading.toLowerCase()}`;
  if (containsWords(prompt, heading) || containsWords(prompt, sw.slice(0, -1).join(" "))) return prompt;
  const out = `In ${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}, ${lowerFirstWord(a, sentenceIndex, prompt)}`;
  return wordCount(out) <= MAX_PROMPT_WORDS ? out : prompt;
}

/**
 * A stem's first word once a phrase goes before it: lowercase when it is a common word ("Following the provisions …",
 * "A candidate …"): an article, a word the text also writes in lowercase, or one it never capitalises inside a
 * sentence and that starts no name of the sentence (not "Jackson", "Congress"). A word that starts a run of
 * capitalised words keeps its capital when it is a title or begins a name the sentence mentions ("President Biden",
 * "National Public Radio"), or when it is a given name the text never writes in lowercase ("Keith Siegel");
 * set K's raters rejected "According to the fact sheet, president Biden …" (2026-12-05).
 */
function lowerFirstWord(a: Analysis, sentenceIndex: number, text: string): string {
  const first = text.match(/^(?:A|An|[A-Z][a-z]+)\b/)?.[0];
  if (!first) return text;
  const lowered = first.toLowerCase() + text.slice(first.length);
  if (/^(?:A|An|The)$/.test(first) || NOT_A_NAME_START.test(first)) return lowered;
  // "Starbucks commits to …": a company the tagger knows (set BJ, both pairs: "starbucks").
  if (a.sentences[sentenceIndex]?.terms.find((t) => t.text === first)?.tags.has("Organization")) return text;
  // "VinFast", "MiCROWD": a name by its letters, never lowered.
  if (/\p{Ll}\p{Lu}|^\p{Lu}{2,}/u.test(text.match(/^[\p{L}'’-]+/u)?.[0] ?? first)) return text;
  const inLowercase = new RegExp(`\\b${first.toLowerCase()}\\b`).test(a.text);
  const mentions = a.ents.bySentence[sentenceIndex];
  // (After a lowercase word: "Consumer Complaints", a heading, does not make "Complaints can be submitted …" a name, set BN.)
  const named = new RegExp(`(?:(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'’-]*|[,;]) ${first}\\b`, "u").test(a.text) || mentions.some((m) => m.text.startsWith(first));
  // A people, one or many ("American", "Americans").
  // So are the groups a civics text names by origin ("Latino and Black Americans", set AU's raters: "latino").
  if ((!inLowercase && named) || Object.hasOwn(DEMONYM_TO_COUNTRY, first) || Object.hasOwn(DEMONYM_TO_COUNTRY, first.replace(/s$/, "")) || /^(?:Latino|Latina|Latinx|Latine|Hispanic|Black|Asian|Native|Indigenous|African|Arab|Jewish|Muslim|Catholic|Christian)s?$/.test(first)) return text;
  // "St. Paul, Minnesota, received …": an abbreviation opens a name.
  if (text[first.length] === ".") return text;
  // "Akron, Ohio is now on track …": a city before its state or country is a place, whatever the text knows of it.
  const region = text.slice(first.length).match(/^, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)\b/u)?.[1];
  // (Only a noun: "Together, Texas and Florida …" and "Separately, Georgia …" open with a word, not a city.)
  const head = a.sentences[sentenceIndex]?.terms.find((t) => t.text === first);
  if (region && !inLowercase && head?.tags.has("Noun") && getKb().places(region).some((p) => p.kind === "state" || p.kind === "country")) return text;
  const next = text.slice(first.length).match(/^ (\p{Lu}[\p{L}'’.-]*)/u)?.[1];
  // "Representative _____ voted …": a title before the blanked name stays a title.
  if (TITLES_BEFORE_NAME.has(first) && text.slice(first.length).startsWith(` ${BLANK}`)) return text;
  if (!next) return lowered;
  // "Parkdale Mills is investing …": two capitalised words whose first the text never writes in lower case.
  // (Neither name rule starts at a title, a preposition or before a date: "Senator Kelly", "In New York", "Since May".)
  const mayStartName = !TITLES_BEFORE_NAME.has(first) && !OPENS_A_PHRASE.test(first) && !DATE_WORD.test(next);
  if (!inLowercase && mayStartName) return text;
  // "Build Back Better includes …", "Made in America Week": three capitalised words are a name even when the text
  // writes the first in lower case elsewhere ("to build"; set AB's raters, twice: "build Back Better").
  const third = text.slice(first.length).match(/^ \p{Lu}[\p{L}'’.-]* (?:(?:in|of|and|for|the) )?(\p{Lu}[\p{L}'’.-]*)/u)?.[1];
  // Not a word before a spelled-out name that starts at the next word ("Provisional Centers for Disease Control and
  // Prevention (CDC) data show …").
  const longForm = text.slice(first.length).match(/^ [^()]{3,90}? \(([A-Z])[A-Z]+s?\)/)?.[1];
  const pastTense = a.sentences[sentenceIndex].terms.some((t) => t.text === first && t.tags.has("PastTense"));
  if (third && longForm !== next[0] && !pastTense && mayStartName && !DATE_WORD.test(third)) return text;
  const title = TITLES_BEFORE_NAME.has(first) && !/^(?:Major|Private|Principal|Officer|Agent|Doctor)$/.test(first);
  const tagged = a.sentences[sentenceIndex].terms.find((t) => t.text === first)?.tags.has("FirstName");
  // "Ksenia Karelina—an American ballet dancer …": a name its appositive describes.
  const described = new RegExp(`^${first} ${next.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*[—–]\\s*(?:an?|who)\\b`).test(text);
  const givenName = !inLowercase && (tagged || described || getKb().firstNameGender(first) !== undefined);
  // "Registered Apprenticeships help employers …" where the text also writes "… in Registered Apprenticeships": a
  // program's name the text capitalises mid-sentence (set BJ, both pairs: "registered Apprenticeships").
  const phrase = new RegExp(`\\p{Ll}[\\p{L}'’-]*[,;]? ${first} ${next.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(a.text);
  return title || givenName || phrase || mentions.some((m) => m.text.startsWith(`${first} ${next}`)) ? text : lowered;
}

/** Words that open a phrase before a name ("In New York, …", "Since January …"), never a name's first word. */
const OPENS_A_PHRASE = /^(?:Since|Starting|Beginning|Until|During|After|Before|Following|Through|Throughout|Within|By|On|In|At|From|For|Across|Among|Under|Over|As|When|While|Because|If|Despite|Numerous|Thanks|Older|Younger|New|Additional|Together|Also|Of|To|With|Without|Into|Upon|Via|Per)$/;

const INTERRUPTED = /^,\s+\w+\b[^,;—–]*,\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|does|do|did)\b/;

/** Sentence openers that start no name, though a capitalised word may follow ("Nine Navy ship programs …"). */
const NOT_A_NAME_START =
  /^(?:This|That|These|Those|Each|Every|Some|Many|Most|All|Both|Few|Several|Any|Other|Such|No|More|Nearly|Almost|Only|Over|Under|About|Our|Its|Their|His|Her|My|Your|Today|Tonight|Tomorrow|Yesterday|Last|Next|Effective|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Fifty|Hundreds|Thousands|Millions|Billions|Dozens)$/;

const containsWords = (text: string, words: string) => new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text);

/**
 * Whose claims a text's sentences are when it argues a side in its own voice: a fact sheet ("FACT SHEET: This Tax
 * Day, the President Is Fighting to Reward Work …") or a press office's statement. Its figures and claims are the
 * document's ("now they want working families to pay $100 billion more", "NPR repeatedly insisted …"), and a blind
 * rater kept none of them asked as plain facts (set C, 2026-12-03: "partisan release wording given as fact", "contested
 * release claim given as fact; needs attribution"). A news report, an explainer, a readout or a court's syllabus speaks
 * for no side this way; a speech or a first-person statement is already framed as its author's words (author.ts).
 */
export function documentVoice(a: Pick<Analysis, "title" | "author">): string | undefined {
  if (a.author) return undefined;
  // Also "U.S. FACT SHEET:", "STATE FACT SHEETS:", "JOINT FACT SHEET:" (set S's rater: "devastating impacts" unattributed).
  if (/^fact sheet\b/i.test(a.title) || /^(?:[A-Z][\w.'’-]*\s+){1,2}fact sheets?\s*:/i.test(a.title)) return "the fact sheet";
  if (/^(?:press )?statement (?:from|by)\b/i.test(a.title)) return "the statement";
  return undefined;
}

/**
 * "According to the fact sheet, in recent years, both billionaires and the largest corporations have paid an average
 * tax rate of just _____." Fill-in-the-blank, figure and true/false stems of a text with a voice (documentVoice) say
 * whose claim they ask about. Not a question form, a quotation framed by its speaker, a stem already attributed, nor
 * what an order or a bill itself says ("The memorandum instructs the _____ to …": the document's text, not a claim).
 */
export function withVoice(prompt: string, a: Analysis, sentenceIndex: number, type: string): string {
  const voice = documentVoice(a);
  if (!voice || (type !== "fill_in_blank" && type !== "numeric" && type !== "true_false")) return prompt;
  const lead = prompt.match(LEAD)![0];
  const body = prompt.slice(lead.length);
  if (/\b(?:said|wrote|says):|^(?:According to|Who|What|Which|When|Where|How|Why)\b|\?$/.test(body)) return prompt;
  if (/^(?:The|This|That|Each|Every) (?:(?:presidential|executive|new|proposed|final) )?(?:memorandum|executive order|order|EO|proclamation|Proclamation|act|Act|law|bill|legislation|rule|directive|determination|agreement)\b/.test(body)) return prompt;
  // "Already, _____ borrowers are enrolled …" kept its signpost so as not to open with the blank; behind the frame the
  // blank may lead ("According to the fact sheet, _____ borrowers …", not "…, already, _____ borrowers", set AK).
  const unsigned = stripConnector(body);
  const claim = unsigned.cut && unsigned.text.startsWith(BLANK) ? unsigned.text : body;
  const rest = claim.startsWith(BLANK) ? claim : lowerFirstWord(a, sentenceIndex, claim);
  const out = `${lead}According to ${voice}, ${rest}`;
  if (wordCount(out) <= MAX_PROMPT_WORDS) return out;
  // Too long with its frame: the stem ends at the last side clause after the blank that lets it fit ("…, enough to
  // power _____ homes with clean energy, support 77,000 jobs …"): dropping what an "and", a "which" or a participle
  // adds keeps a true claim true.
  const from = Math.max(0, out.indexOf(BLANK) + BLANK.length);
  const cuts = [...out.matchAll(/,\s+(?=(?:and|which|including|while|with|as well as|supporting|creating|helping|bringing|making|providing)\b)|\s+[—–]\s*|—/g)]
    .map((m) => m.index!)
    .filter((i) => i > from && wordCount(out.slice(0, i)) <= MAX_PROMPT_WORDS && wordCount(out.slice(0, i)) >= 12)
    // Not a side clause that interrupts its clause before the verb: "… estimated that the Biden Administration's
    // agenda, which sought to provide …, has cost taxpayers more than $16.2 billion" (cut there, no verb is left).
    .filter((i) => !INTERRUPTED.test(out.slice(i)))
    // Nor inside a list: "… providing habitat for endangered, protected, and sensitive species" must not end at
    // "endangered, protected." (rated a broken fragment on set K).
    .filter((i) => !(/^,\s+and\b/.test(out.slice(i)) && endsInListItem(out.slice(0, i))))
    // Nor before the last of a series of verb phrases: "… will help power _____ homes with clean energy, support 77,000
    // jobs, avoid 78 million metric tons of CO2 emissions, and spur …" (set AF's rater: a list cut before its last item).
    .filter((i) => !(/^,\s+and\b/.test(out.slice(i)) && [...out.slice(0, i).matchAll(/,\s+([a-z]+)\s/g)].some((m) => verbForms(m[1]) !== null && !/^(?:and|or|but|which|who|while|with|as|including|in|on|at|by|for|from|to|the|a|an)$/.test(m[1]))));
  // Nor a cut that leaves no verb: "According to the fact sheet, the _____ and the U.S. Agency for International
  // Development (USAID)." of "The State Department and USAID, with civil society, launched …" (set BN).
  // (A lowercase word that can be a verb: the stem's names cannot, and its nouns mostly are not.)
  const claimAt = lead.length + `According to ${voice}, `.length;
  // (Nor a claim that opens with a participle, "Led by the State Department through …, and supported by …, the First
  // Movers Coalition is making …": its main clause comes last, and a cut leaves none, set BP.)
  const participleFirst = PARTICIPLE_FIRST.test(out.slice(claimAt));
  // A word counts as the sentence's tagger reads it ("funds" as a noun is no verb); a word the sentence does not have
  // (a stem given on its own), as it can be read.
  const terms = a.sentences[sentenceIndex]?.terms ?? [];
  const tagged = new Set(terms.filter((t) => t.tags.has("Verb") || t.tags.has("Auxiliary") || t.tags.has("Modal")).map((t) => t.text.toLowerCase()));
  const known = new Set(terms.map((t) => t.text.toLowerCase()));
  const isVerb = (w: string) => tagged.has(w) || (!known.has(w) && verbForms(w) !== null);
  const hasVerb = (i: number) => !participleFirst && (out.slice(claimAt, i).match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu) ?? []).some(isVerb);
  const cut = cuts.filter(hasVerb).at(-1);
  return cut === undefined ? out : out.slice(0, cut).replace(/[\s,;:]+$/, "") + (lead ? "." : ".");
}
