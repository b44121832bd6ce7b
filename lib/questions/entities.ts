/**
 * Named entities by rules on top of compromise. compromise alone misses
 * "Xi Jinping", types "State Antony" as a place and "U.S." as an
 * organisation; titles, honorifics, lexicons and "X said" fix most of that.
 */
import {
  CITIES, COUNTRIES, COUNTRY_ALIASES, EDU_ORG_WORDS, GOV_ORG_WORDS, HONORIFICS, OTHER_ORG_WORDS, REGIONS,
  TITLE_WORDS, US_STATES,
} from "./civics-lexicon";
import type { Sentence } from "./sentences";
import { getKb, type Person } from "./kb";
import { genderFromKb, kbPerson } from "./world";
import { familyName, HEADING_NAME } from "./util";

export type EntityKind = "person" | "country" | "state" | "city" | "region" | "court" | "gov" | "edu" | "org";

export interface Mention {
  sentence: number;
  /** absolute offsets of the name itself (without title or honorific) */
  start: number;
  end: number;
  /** name as written (normalised quotes) */
  text: string;
  kind: EntityKind;
  /** canonical name shared by all mentions of the same entity */
  canonical: string;
  /** whole mention including title/honorific, e.g. "Mr. Blinken" */
  fullStart: number;
  title?: string;
  /** used as a modifier ("the Biden administration"): not swappable or blankable */
  attributive: boolean;
  /** a reference by office ("the Vice President"), resolved to the one person the article gives that title */
  alias?: boolean;
}

export interface PersonInfo {
  canonical: string;
  /** from honorifics, gendered titles and the pronouns that refer to the person; undefined when unknown */
  gender?: "m" | "f";
  /** single-token forms used after a title, e.g. "Xi" for "Xi Jinping" */
  short: string;
  titles: string[];
}

export interface EntityIndex {
  mentions: Mention[];
  bySentence: Mention[][];
  kindOf: Map<string, EntityKind>;
  count: Map<string, number>;
  persons: Map<string, PersonInfo>;
  /** role phrases attached to a person, with the sentence that states them */
  roles: { person: string; role: string; sentence: number; start: number; end: number }[];
}

const lower = (s: string) => s.toLowerCase();
const COUNTRY_SET = new Map(COUNTRIES.map((c) => [lower(c), c]));
for (const [k, v] of Object.entries(COUNTRY_ALIASES)) COUNTRY_SET.set(lower(k), v);
const CITY_SET = new Map(CITIES.map((c) => [lower(c), c]));
const STATE_SET = new Map(US_STATES.map((c) => [lower(c), c]));
const REGION_SET = new Map(REGIONS.map((c) => [lower(c), c]));
const HONORIFIC_SET = new Set(HONORIFICS.concat(["Mr", "Mrs", "Ms", "Dr", "Professor", "Prof."]));
const TITLE_SET = new Set<string>();
for (const t of TITLE_WORDS) for (const w of t.split(" ")) TITLE_SET.add(w);
const GOV_SET = new Set(GOV_ORG_WORDS);
const EDU_SET = new Set(EDU_ORG_WORDS);
const ORG_SET = new Set(OTHER_ORG_WORDS);
const NOT_ORGS = new Set(["EST", "EDT", "GMT", "UTC", "PST", "CST", "USA", "AMONG", "CAUSES", "EFFECTS", "THE", "AND", "FOR", "NOT"]);
const SINGLE_ORGS = new Set(["Congress", "Senate", "Treasury", "Parliament", "Pentagon", "Cabinet", "Kremlin", "NATO"]);
/** A capitalised run ending in one of these names an organisation or a thing, never a person. */
const ORG_TAIL = /^(?:Room|Tool|Tools|Index|Portal|Platform|Database|Dashboard|Website|Strategy|Framework|Institution|Institute|Foundation|Center|Centre|Council|Committee|Association|Party|Fund|Group|Times|Post|Journal|News|Network|Act|Bill|Law|Program|Programme|Plan|Report|Conference|Summit|Agreement|Accord|Treaty|Doctrine|Amendment|Clause|Court|Church|Company|Inc|Corp|Corporation|Ventures|Partners|Holdings|Associates|Capital|Bank|University|College|School|Academy|Project|Initiative|Office|Service|Agency|Administration|Department|Commission|Board|Authority|Forces?|Army|Navy|Guard|Corps|Strait|Sea|Ocean|River|Island|Islands|Mountains?|Valley|Coast|Gulf|Bay|Street|Avenue|Square|Hall|Building|Tower|House)$/;
const THE_NAMES = new Set(["United States", "United Kingdom", "Netherlands", "Philippines", "Soviet Union", "Czech Republic", "United Arab Emirates", "Vatican"]);
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const JOINERS = new Set(["of", "for", "and", "on", "de", "da", "van", "von", "bin", "al", "the", "&"]);
// Capitalised at sentence start only because they start it.
const STARTERS = new Set(
  ("the a an but and or so yet still in on at for from by with as after before when while if although though " +
    "since because this that these those it its his her their our we they he she i you there here what which who " +
    "how why where officials asked instead otherwise meanwhile however also according during under over among " +
    "all some many most no not one each every other such both either neither mr then now today yesterday " +
    "appellees appellee appellants appellant section article").split(" "),
);
const NAME_STOP = new Set(["Chinese", "American", "Russian", "European", "Ukrainian", "British", "French", "German", "Japanese", "Israeli", "Iranian", "Korean", "Federal", "State", "States", "National", "Senior", "God", "Congress", "Constitution", "Nation", "Government", "People", "Hurricane", "Superstorm", "Typhoon", "Cyclone", "Tropical", "Storm", "Operation", "Readout", "Opinion", "Syllabus"]);
const FIRST_NAMES = new Set(("John James Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth " +
  "Barbara Susan Jessica Sarah Karen George Kamala Joe Donald Antony Julie Cedric Deanne Tate Cynthia Latoya LaToya Jacob " +
  "Neal Maxine Warren Vladimir Volodymyr Emmanuel Olaf Xi Wang Li").split(" "));

interface Tok { text: string; start: number; end: number; breakAfter: boolean; possessive: boolean }

const isInitial = (w: string) => /^(?:[A-Z]\.)+$/.test(w) || /^[A-Z]\.(?:-[A-Z][a-z]+)?$/.test(w);
const isCap = (w: string) => /^[A-Z]/.test(w) && (/[a-z]/.test(w) || isInitial(w) || /^[A-Z]{2,}$/.test(w));

function tokenize(norm: string, base: number): Tok[] {
  const toks: Tok[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) {
    let w = m[0];
    let s = m.index;
    const lead = w.match(/^[("'[{]+/)?.[0].length ?? 0;
    // "Brian Deese (Council Co-Chair)": an opening bracket ends the name before it (not an acronym's, "Homeland
    // Security (DHS)", which the acronym reading needs whole).
    if (lead && /^[([{]/.test(w) && !/^[([{][A-Z][A-Za-z.&-]*[A-Z][)\]}]?[,;.]?$/.test(w) && toks.length) toks[toks.length - 1].breakAfter = true;
    w = w.slice(lead);
    s += lead;
    let breakAfter = false;
    const trail = w.match(/[)"'\]},;:!?]+$/);
    if (trail) {
      w = w.slice(0, -trail[0].length);
      breakAfter = true;
    }
    let possessive = false;
    if (/'s$/.test(w) || /s'$/.test(w)) {
      possessive = true;
      breakAfter = true;
      w = /'s$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
    }
    if (/\.$/.test(w) && !isInitial(w) && !HONORIFIC_SET.has(w) && !/^(?:[A-Z][a-z]?\.)+$/.test(w)) {
      w = w.slice(0, -1);
      breakAfter = true;
    }
    if (!w) continue;
    toks.push({ text: w, start: base + s, end: base + s + w.length, breakAfter, possessive });
  }
  return toks;
}

interface Seq { toks: Tok[]; sentenceStart: boolean; followedBySaid: boolean; /** a knowledge-base body's name, read whole */ body?: boolean }

/** A federal body's name the knowledge base knows, where the sentence prints it whole: absolute offsets. */
interface BodySpan { start: number; end: number; /** more capitalised words go on after it */ runsOn?: boolean; /** printed by its full name, not a short form ("Homeland Security") */ full: boolean }

let bodyNames: RegExp | undefined;
let bodyOf: Map<string, string> | undefined;
/**
 * The names of the knowledge base's departments and agencies, of two words or more, printed whole in a sentence
 * ("the Health Resources and Services Administration (HRSA)", "Centers for Disease Control and Prevention"), longest
 * first. Capitalised runs split such a name at its "and" or glue the acronym after it on ("Services Administration
 * (HRSA"), so a fact sheet's agencies were never asked about (2026-12-06).
 */
function bodySpans(norm: string, base: number): BodySpan[] {
  if (!bodyNames || !bodyOf) {
    bodyOf = new Map();
    for (const o of getKb().allOrgs()) {
      if (o.kind !== "agency" && o.kind !== "department") continue;
      for (const n of [o.name, ...o.aliases]) if (/^[A-Z]/.test(n) && / /.test(n) && !bodyOf.has(n)) bodyOf.set(n, o.name);
    }
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // (With the country before it, as the article prints it: "the U.S. Department of Agriculture".)
    bodyNames = new RegExp(`(?<![\\w.'-])(?:U\\.S\\.\\s+|United States\\s+)?(?:${[...bodyOf.keys()].sort((a, b) => b.length - a.length).map(esc).join("|")})(?![\\w-])`, "g");
  }
  const out: BodySpan[] = [];
  for (const m of norm.matchAll(bodyNames)) {
    // Not taken alone where more capitalised words go on: "Homeland Security Secretary Alejandro Mayorkas" is a title
    // and a name (but its "and" is still the name's: "Secretary of Health and Human Services Xavier Becerra").
    const printed = m[0].replace(/^(?:U\.S\.|United States)\s+/, "");
    out.push({ runsOn: /^\s+[A-Z]/.test(norm.slice(m.index + m[0].length)), start: base + m.index, end: base + m.index + m[0].length, full: bodyOf.get(printed) === printed });
  }
  return out;
}

/**
 * "In August 2023, National Endowment for the Humanities (NEH) awarded …": a source that drops a body's "the" at a
 * clause's start (set BE's two raters: ungrammatical). The stem puts it back before the knowledge base's departments and
 * agencies (every one of them of two words or more takes it), not inside a quotation.
 */
export function theBeforeBodies(prompt: string, answer?: string): string {
  let out = prompt;
  // "… and The National Counterterrorism Center offer …": a source's capital "The" inside a sentence (set BL, both pairs).
  out = out.replace(/(?<=\b(?:and|or|of|with|by|from|to|for|at|under|between)\s)The(?=\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:Center|Centre|Department|Agency|Office|Council|Commission|Administration|Bureau|Service|Institute|Foundation|Corporation|Board|Committee)\b)/g, "the");
  // "U.S. _____ is reviving its free Operation Blue Roof program" (the Army Corps of Engineers): a body's full name at a
  // clause's start takes "the", blanked or not (set BL's raters: "lacks 'the'").
  const org = answer ? getKb().org(answer.replace(/^the\s+/i, "")) : undefined;
  if (org && (org.kind === "agency" || org.kind === "department") && answer!.includes(" ") && !/^the\s/i.test(answer!)) {
    out = out.replace(/(^|^According to [^,"]+,\s+|[;:]\s+)((?:U\.S\.\s+)?_____)(?=[\s'’,])/, (_m, pre: string, blank: string) => `${pre}${/^$|:\s+$/.test(pre) ? "The" : "the"} ${blank}`);
  }
  for (const sp of bodySpans(prompt, 0).filter((b) => !b.runsOn).reverse()) {
    const before = out.slice(0, sp.start);
    if (!/(?:^|[,;]\s+|:\s+)$/.test(before) || (before.match(/"/g) ?? []).length % 2 === 1) continue;
    // Only a body's full name, which takes "the" ("the National Endowment for the Humanities"), not a short form
    // ("Homeland Security"), and not an item of "the Departments of State, Homeland Security, and Labor".
    if (!sp.full || /\bDepartments of\b[^.;]*$/.test(before)) continue;
    out = `${before}${/(?:^|:\s+)$/.test(before) ? "The" : "the"} ${out.slice(sp.start)}`;
  }
  return out;
}

function sequences(toks: Tok[], sentenceNorm: string, base: number, terms: Sentence["terms"], bodies: BodySpan[] = [], given: ReadonlySet<string> = new Set()): Seq[] {
  const out: Seq[] = [];
  let i = 0;
  const firstTerm = terms.find((t) => t.start === toks[0]?.start);
  const firstIsCommon = !!firstTerm && !firstTerm.tags.has("ProperNoun") && !firstTerm.tags.has("Person") && !firstTerm.tags.has("Place");
  const bodyAt = (t: Tok) => bodies.find((b) => b.start === t.start && !b.runsOn);
  const inBody = (x: Tok, y: Tok) => bodies.some((b) => b.start <= x.start && y.end <= b.end);
  while (i < toks.length) {
    const t = toks[i];
    // A body's name the knowledge base knows is one sequence, whatever joiners and marks it has inside.
    const body = bodyAt(t);
    if (body) {
      let j = i;
      while (j < toks.length && toks[j].end <= body.end) j++;
      if (j > i && toks[j - 1].end === body.end) {
        out.push({ toks: toks.slice(i, j), sentenceStart: i === 0, followedBySaid: false, body: true });
        i = j;
        continue;
      }
    }
    // "Deputy Secretary of Defense Kathleen Hicks laid out …", "Deputy Transportation Secretary Polly Trottenberg spoke
    // …": a title's modifier opening the sentence is part of it.
    const titleModifier = i === 0 && /^(?:Deputy|Acting|Assistant|Associate|Under|Principal)$/.test(t.text) && toks.slice(1, 4).some((x) => TITLE_SET.has(x.text));
    if (!isCap(t.text) || (i === 0 && !titleModifier && (STARTERS.has(lower(t.text)) || (firstIsCommon && !given.has(t.text) && !lexiconKind(t.text) && !HONORIFIC_SET.has(t.text) && !TITLE_SET.has(t.text) && !SINGLE_ORGS.has(t.text) && !/^[A-Z]{3,6}$/.test(t.text))))) {
      i++;
      continue;
    }
    const seq: Tok[] = [t];
    let j = i;
    while (!toks[j].breakAfter && j + 1 < toks.length) {
      const n = toks[j + 1];
      if (bodyAt(n)) break;
      if (isCap(n.text)) {
        seq.push(n);
        j++;
        continue;
      }
      // joiners only inside names: "Secretary of State", "School of International Relations and Diplomacy"
      if (JOINERS.has(n.text) && !n.breakAfter && j + 2 < toks.length) {
        let k = j + 2;
        if (toks[k].text === "the" && n.text !== "and" && !toks[k].breakAfter && k + 1 < toks.length) k++;
        const after = toks[k];
        const hasOrgWord = seq.some((x) => GOV_SET.has(x.text) || EDU_SET.has(x.text) || ORG_SET.has(x.text));
        const free = n.text === "of" || n.text === "for" || n.text === "de" || n.text === "van" || n.text === "von" || n.text === "bin" || n.text === "al";
        if (isCap(after.text) && (free || hasOrgWord || inBody(toks[j], after)) && n.text !== "the" && !TIME_WORD.test(after.text)) {
          for (let q = j + 1; q <= k; q++) seq.push(toks[q]);
          j = k;
          continue;
        }
      }
      break;
    }
    const last = seq[seq.length - 1];
    const rest = sentenceNorm.slice(last.end - base, last.end - base + 12);
    const before = sentenceNorm.slice(Math.max(0, seq[0].start - base - 12), seq[0].start - base);
    out.push({
      toks: seq,
      sentenceStart: i === 0,
      followedBySaid: /^,?\s+(?:said|says|told|added|wrote|argued|asked)\b/.test(rest) || /\b(?:said|says|according to)\s+$/.test(before),
    });
    i = j + 1;
  }
  return out;
}

function lexiconKind(name: string): { kind: EntityKind; canonical: string } | null {
  const l = lower(name);
  const bare = l.replace(/^the /, "");
  if (CITY_SET.has(bare) && bare !== "lebanon" && bare !== "georgia" && bare !== "singapore") return { kind: "city", canonical: CITY_SET.get(bare)! };
  if (COUNTRY_SET.has(l)) return { kind: "country", canonical: COUNTRY_SET.get(l)! };
  if (COUNTRY_SET.has(bare)) return { kind: "country", canonical: COUNTRY_SET.get(bare)! };
  if (STATE_SET.has(bare)) return { kind: "state", canonical: STATE_SET.get(bare)! };
  if (REGION_SET.has(bare)) return { kind: "region", canonical: REGION_SET.get(bare)! };
  if (CITY_SET.has(bare)) return { kind: "city", canonical: CITY_SET.get(bare)! };
  return kbPlaceKind(name);
}

const KB_PLACE_KIND = new Map<string, { kind: EntityKind; canonical: string } | null>();
/**
 * A country or region the knowledge base knows and the hand lists above do not ("Eritrea", "the Horn of Africa"):
 * the hand lists are the common ones, the knowledge base has every country. Not a name that is also a given name
 * ("Dominica"), nor a compass word alone ("West", "South"), nor a city (too many are family names: "Austin").
 */
function kbPlaceKind(name: string): { kind: EntityKind; canonical: string } | null {
  const hit = KB_PLACE_KIND.get(name);
  if (hit !== undefined) return hit;
  let out: { kind: EntityKind; canonical: string } | null = null;
  const bare = name.replace(/^the\s+/i, "");
  if (/^[A-Z]/.test(bare) && !/^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Midwest)$/.test(bare) && !getKb().firstNameGender(bare)) {
    const p = getKb().place(bare);
    // Its name, or an official long name the knowledge base gives it ("the Republic of Korea" is South Korea), not a
    // looser match.
    const named = normalizeName(p?.name ?? "") === normalizeName(bare) || (p?.kind === "country" && p.aliases.some((x) => x.includes(" ") && normalizeName(x) === normalizeName(bare)));
    if (p && (p.kind === "country" || p.kind === "region") && named) out = { kind: p.kind, canonical: p.name };
  }
  KB_PLACE_KIND.set(name, out);
  return out;
}

function normalizeName(x: string): string {
  return x.toLowerCase().replace(/^the\s+/, "").replace(/[^a-z]/g, "");
}

function orgKind(words: string[]): EntityKind | null {
  if (words.includes("Court") || words.includes("Courts")) return "court";
  if (words.some((w) => EDU_SET.has(w))) return "edu";
  if (words.some((w) => GOV_SET.has(w))) return "gov";
  if (words.some((w) => ORG_SET.has(w))) return "org";
  return null;
}

/** A given name: the common ones, or any the knowledge base's first-name list knows. */
function isGivenName(w: string): boolean {
  return FIRST_NAMES.has(w) || !!getKb().firstNameGender(w);
}

function nameLength(rest: Tok[]): number {
  const n = rest.length;
  if (n <= 1) return n;
  let len = 2;
  if (n >= 3 && isInitial(rest[n - 2].text)) len = 3;
  if (n > len && FIRST_NAMES.has(rest[n - len - 1].text)) len++;
  return Math.min(len, n);
}

/** The last word of a body's name, an office's or a field of study's ("Chief Enterprise Risk Officer", "General Counsel", "Professor of Public Policy Studies"): no person's name ends in it. */
const BODY_HEAD = /^(?:Minister|Ministers|Premier|Chancellor|Ambassador|Governor|Senator|President|Representative|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Officer|Counsel|Counselor|Manager|Coordinator|Director|Advisor|Adviser|Secretary|Assistant|Envoy|Attorney|Inspector|Commissioner|Assembly|Nations|Council|Committee|Commission|Department|Agency|Office|Bureau|Corps|Fund|Program|Initiative|Summit|Coalition|Union|Party|Court|Congress|Senate|Parliament|Ministry|Administration|Authority|Board|Institute|Foundation|Association|Conference|Forum|Alliance|Organization|Organisation|Affairs|Initiatives|Programs|Services|Relations|Operations|Communications|Fellow|Fellows|Scholar|Scholars|Professor|Lecturer|Clerk|Studies|Sciences|Policy|Economics|Humanities|Engineering|Medicine|Research|Award|Awards|Prize|Medal|Fellowship|Scholarship|Lecture|Scientist|Economist|Engineer)$/;

/** A capitalised preposition at a quote's or a clause's start, before a name ("Under Gina McCarthy …"). */
const LEADING_PREPOSITION = /^(?:Under|With|Without|After|Before|From|Like|Unlike|Through|Among|Between|During|Despite|Including|Following|Thanks|Since|Until|Against)$/;
/** A word of an abstract noun's ending ("Innovation", "Implementation", "Security", "Leadership"): no family name. */
const ABSTRACT_NOUN = /^[A-Z][a-z]{3,}(?:tion|sion|ity|ship|ism)$/;

/** The office a title names, without honorifics: "Sen." and "Senator" are one office; "Mr." is none. */
function officeOf(title: string): string | null {
  const t = title.replace(/\.$/, "").toLowerCase();
  const map: Record<string, string> = { sen: "senator", senator: "senator", rep: "representative", representative: "representative", congressman: "representative", congresswoman: "representative", gov: "governor", governor: "governor", president: "president", secretary: "secretary", justice: "justice", judge: "judge", mayor: "mayor", gen: "general", general: "general" };
  const last = t.split(/\s+/).filter((w) => map[w]).pop();
  return last ? map[last] : null;
}

interface RawMention { sentence: number; toks: Tok[]; kind: EntityKind | "person?" | "thing"; canonical: string; title?: string; titleToks?: Tok[]; strongPerson: boolean; ofPlace?: string }

const join = (toks: Tok[], norm: string, base: number) => (toks.length ? norm.slice(toks[0].start - base, toks[toks.length - 1].end - base) : "");


/** "the law firm Paul Hastings", "the investment bank Morgan Stanley": a firm named after the word for it (set BT). */
function firmBefore(s: Sentence, start: number): boolean {
  return /\b(?:law firm|firm|company|bank|investment bank|consultancy|consulting firm|nonprofit|publisher|newspaper|magazine|network|brokerage|fund|philanthropy)\s+$/i.test(s.norm.slice(Math.max(0, start - s.start - 30), start - s.start));
}

/** A firm's or a club's name goes on after these words ("Glankler Brown, PLLC", "Porter Goodwill Boys and Girls Club", set AU). */

function firmAfter(s: Sentence, end: number): boolean {
  return /^(?:,?\s+(?:PLLC|LLP|LLC|L\.L\.P\.|P\.C\.|PC|Inc\.?|Corp\.?|Co\.)(?![\w])|\s+and\s+(?:[A-Z][a-z]+\s+){1,3}(?:Club|Clubs|Association|Society|Foundation|Company|Council|Center|Centre|League)\b)/.test(s.norm.slice(end - s.start, end - s.start + 60));
}

function titleCaseAllCaps(s: string): string {
  return s.replace(/\b([A-Z])([A-Z]{2,})\b/g, (_m, a: string, b: string) => a + b.toLowerCase());
}

function isAttributive(s: Sentence, end: number): boolean {
  const next = s.terms.find((t) => t.start >= end);
  if (!next || next.start - end > 1) return false;
  return /^[a-z]/.test(next.text) && next.tags.has("Noun") && !next.tags.has("Verb") && !next.tags.has("Pronoun");
}

function personHints(sentences: Sentence[]): Set<string> {
  const hints = new Set<string>();
  for (const s of sentences) {
    let run: string[] = [];
    for (const t of [...s.terms, null]) {
      if (t && t.tags.has("Person") && !t.tags.has("Honorific")) run.push(t.text);
      else {
        if (run.length) hints.add(run.join(" "));
        run = [];
      }
    }
  }
  return hints;
}

/** "First Lady", "Second Gentleman": a title held as an officeholder's spouse, no office of one's own. */
export const isSpouseTitle = (title: string): boolean => /^(?:First|Second) (?:Lady|Gentleman)$/.test(title);

export function extractEntities(sentences: Sentence[]): EntityIndex {
  const peopleHints = personHints(sentences);
  const raws: RawMention[] = [];
  const notPeople = new Set<string>();
  // "Chantale Wong, Nominee for …": a biography's heading gives the given name that opens its sentences ("Chantale
  // Yokmin Wong is a leading authority …"), which the tagger takes for a common noun there (set BP: "Yokmin Wong").
  // (The headings' names are read once: the full names below come from them too.)
  const headingNames = sentences.flatMap((s) => [...s.norm.matchAll(HEADING_NAME)].map((m) => m[1]));
  const given = new Set(headingNames.map((n) => n.split(" ")[0]));
  for (const s of sentences) {
    // Headings, title lines and boilerplate feed neither questions nor distractors.
    if (!s.usable) continue;
    const toks = tokenize(s.norm, s.start);
    let bodyEnd = -1;
    const spans = bodySpans(s.norm, s.start);
    for (const seq of sequences(toks, s.norm, s.start, s.terms, spans, given)) {
      // The acronym a body's name defines, "(HRSA)", is no mention of its own.
      if (bodyEnd >= 0 && seq.toks.length === 1 && /^[A-Z][A-Za-z&.-]*$/.test(seq.toks[0].text) && /^\s?\($/.test(s.norm.slice(bodyEnd - s.start, seq.toks[0].start - s.start))) {
        bodyEnd = -1;
        continue;
      }
      bodyEnd = seq.body ? seq.toks[seq.toks.length - 1].end : -1;
      if (seq.body) {
        // (Named as printed, as before: "the State Department" stays the article's form.)
        raws.push({ sentence: s.index, toks: seq.toks, kind: "gov", canonical: join(seq.toks, s.norm, s.start), strongPerson: false });
        continue;
      }
      let ts = seq.toks.slice();
      while (ts.length && (ts[0].text === "The" || ts[0].text === "the")) ts = ts.slice(1);
      // "APNSA Sullivan and NSA Doval launched …": an office's acronym before a family name is no given name (set BA:
      // "Apnsa Sullivan" offered as the National Security Advisor, both raters).
      if (ts.length === 2 && /^(?:APNSA|NSA|DNI|USTR|SBA|EPA|HHS|DHS|DOD|DOJ|OMB|CEQ|OSTP|FEMA|NASA|CIA|FBI|UN|EU|US)$/.test(ts[0].text) && /^[A-Z][a-z]/.test(ts[1].text)) ts = ts.slice(1);
      if (!ts.length) continue;
      // "President Vladimir V. Putin of Russia": cut a trailing "of <place>", and keep it for the role.
      let ofPlace: string | undefined;
      const ofIdx = ts.findIndex((t, i) => i > 0 && t.text === "of");
      if (ofIdx > 0 && ts.slice(0, ofIdx).some((t) => TITLE_SET.has(t.text)) && ofIdx >= 2 && !TITLE_SET.has(ts[ofIdx - 1].text)) {
        // "President Yoon Suk Yeol of the Republic of Korea (ROK)": the acronym after the place is no part of it.
        const tail = join(ts.slice(ofIdx + 1), s.norm, s.start).replace(/\s*\([A-Z.]{2,8}\)?$/, "");
        if (lexiconKind(tail)) {
          ofPlace = lexiconKind(tail)!.canonical;
          ts = ts.slice(0, ofIdx);
        }
      }
      // "Consent of the Congress", "Authority of the United States": the entity is after "of".
      const isNamey = (w: string) => GOV_SET.has(w) || EDU_SET.has(w) || ORG_SET.has(w) || TITLE_SET.has(w) || HONORIFIC_SET.has(w);
      const firstOf = ts.findIndex((t) => t.text === "of");
      // "said Aaron David Miller of the Woodrow Wilson Center": a person (a given name, two to four words) and the
      // body they speak for.
      if (firstOf >= 2 && firstOf <= 4 && !isNamey(ts[0].text) && isGivenName(ts[0].text) && ts.slice(0, firstOf).every((t) => isCap(t.text) && !NAME_STOP.has(t.text) && !isNamey(t.text) && !lexiconKind(t.text))) {
        const person = ts.slice(0, firstOf);
        raws.push({ sentence: s.index, toks: person, kind: "person", canonical: titleCaseAllCaps(join(person, s.norm, s.start)), strongPerson: true });
        let rest = ts.slice(firstOf + 1);
        while (rest.length && rest[0].text === "the") rest = rest.slice(1);
        const restText = rest.length ? join(rest, s.norm, s.start) : "";
        const restLex = rest.length ? lexiconKind(restText) : null;
        const restKind = rest.length ? (restLex?.kind ?? orgKind(rest.map((t) => t.text))) : null;
        if (restKind && (rest.length > 1 || SINGLE_ORGS.has(rest[0].text))) raws.push({ sentence: s.index, toks: rest, kind: restKind, canonical: restLex?.canonical ?? restText, strongPerson: false });
        continue;
      }
      if (firstOf > 0 && !ts.slice(0, firstOf).some((t) => isNamey(t.text) || !!lexiconKind(t.text))) {
        ts = ts.slice(firstOf + 1);
        while (ts.length && ts[0].text === "the") ts = ts.slice(1);
        if (!ts.length) continue;
      }
      const words = ts.map((t) => t.text);
      const text = join(ts, s.norm, s.start);
      const lex = lexiconKind(text);
      if (lex) {
        raws.push({ sentence: s.index, toks: ts, kind: lex.kind, canonical: lex.canonical, strongPerson: false });
        continue;
      }
      // Honorific or title followed by a name.
      const plainTitle = (w: string) => TITLE_SET.has(w) || TITLE_SET.has(w.replace(/s$/, ""));
      let ti = -1;
      for (let i = 0; i < ts.length; i++) if (HONORIFIC_SET.has(words[i]) || plainTitle(words[i])) ti = i;
      const org = orgKind(words);
      // "Senate Majority Leader Harry Reid", "Department of Defense Secretary …": a body, its office, then a given
      // name and a family name is a person; without a given name ("Senate Foreign Relations Committee") it stays a body.
      const namedAfterTitle = ti >= 0 && ts.length - ti - 1 >= 2 && ts.length - ti - 1 <= 3 && isGivenName(words[ti + 1]);
      const orgBeforeTitle = org && !namedAfterTitle && words.findIndex((w) => GOV_SET.has(w) || EDU_SET.has(w) || ORG_SET.has(w)) < Math.max(0, ti);
      if (ti >= 0 && ti < ts.length - 1 && !(org && (ti < 0 || orgBeforeTitle))) {
        let rest = ts.slice(ti + 1);
        let titleToks = ts.slice(0, ti + 1);
        if (rest[0].text === "of" || rest[0].text === "for") {
          // "Vice President of Taxpayers for Common Sense": an organisation's name, not a person's.
          // (A department's own "and" is no such sign: "Secretary of Health and Human Services Xavier Becerra".)
          if (rest.slice(1).some((t) => JOINERS.has(t.text) && !spans.some((b) => b.start <= t.start && t.end <= b.end))) {
            continue;
          }
          const n = nameLength(rest.slice(1));
          // "Director of Strategic Initiatives", "Director of Intergovernmental Affairs": all of what follows "of" is
          // the office's field (no "Secretary of State Antony Blinken", where the field comes before the name).
          const field = rest.length - 1 - n;
          titleToks = ts.slice(0, ts.length - n);
          rest = ts.slice(ts.length - n);
          if (n === 0 || rest.length < 2 || field < 1) rest = [];
        } else if (rest.length > 3) {
          const n = nameLength(rest);
          titleToks = ts.slice(0, ts.length - n);
          rest = ts.slice(ts.length - n);
        }
        // "U.S. National Security Advisor (APNSA) Jake Sullivan": the office's acronym is no name (set BA).
        if (rest.length === 1 && /^[A-Z]{2,6}$/.test(rest[0].text)) rest = [];
        // "Climate and Economic Justice Screening Tool": a thing's name after a title word, not a person's.
        // "President and Chief Executive Officer of the American Red Cross" (a fact sheet that leaves the officer
        // unnamed): a body the knowledge base knows is no one's name (it was offered as a "who").
        const kbBody = rest.length > 0 && Boolean(getKb().org(join(rest, s.norm, s.start)) || getKb().org(join(ts.slice(ts.indexOf(rest[0]) - 1), s.norm, s.start)));
        if (rest.length && !kbBody && !firmAfter(s, rest[rest.length - 1].end) && !ORG_TAIL.test(rest[rest.length - 1].text) && rest.every((t) => isCap(t.text) && !JOINERS.has(t.text) && !NAME_STOP.has(t.text) && !lexiconKind(t.text))) {
          const name = titleCaseAllCaps(join(rest, s.norm, s.start)).replace(/(?<![A-Z]|\bJr|\bSr|\bSt)\.$/, "");
          const title = join(titleToks, s.norm, s.start);
          raws.push({ sentence: s.index, toks: rest, kind: "person", canonical: name, title, titleToks, strongPerson: true, ofPlace });
          continue;
        }
      }
      // An office without a name ("President of the Senate") is not an entity.
      if (TITLE_SET.has(words[0]) && words[1] === "of") continue;
      const singleOk = ts.length > 1 || SINGLE_ORGS.has(words[0]);
      if (org && !singleOk) continue;
      if (org) {
        raws.push({ sentence: s.index, toks: ts, kind: org, canonical: text, strongPerson: false });
        continue;
      }
      if (ts.length === 1 && /^[A-Z]{3,6}$/.test(words[0]) && !NOT_ORGS.has(words[0])) {
        raws.push({ sentence: s.index, toks: ts, kind: "org", canonical: words[0], strongPerson: false });
        continue;
      }
      const namey = ts.length >= 2 && ts.length <= 4 && ts.every((t) => isCap(t.text) && !NAME_STOP.has(t.text)) && !ORG_TAIL.test(words[words.length - 1]);
      // "Al Arabiya television", "according to the Xinhua news agency": media and bodies, not people.
      const tail = s.norm.slice(ts[ts.length - 1].end - s.start, ts[ts.length - 1].end - s.start + 24);
      // (A firm's name ends there: not "the company Sam Altman co-founded", the review of engine 34.)
      const firm = firmAfter(s, ts[ts.length - 1].end) || (firmBefore(s, ts[0].start) && /^\s*(?:[,.;:)]|LLP\b|LLC\b|Inc\b|and\s|$)/.test(s.norm.slice(ts[ts.length - 1].end - s.start)));
      // "resides in Glen Burnie, Maryland": a town before its state, after a place's preposition (set BT: offered as a
      // person, both pairs).
      // (A state that ends its clause: not "Rebecka Peterson, Oklahoma's 2023 Teacher of the Year", the review of engine 35.)
      const stateAfter = tail.match(/^,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;]|\s+and\b)/)?.[1];
      const town = !!stateAfter && lexiconKind(stateAfter)?.kind === "state" && /\b(?:in|from|of|near|at|to|outside)\s+$/.test(s.norm.slice(Math.max(0, ts[0].start - s.start - 12), ts[0].start - s.start));
      // (That mention only: the name may be a person's elsewhere.)
      if (town) continue;
      const notPerson = /^\s+(?:television|network|newspaper|channel|radio|news agency|reported|agency|magazine)\b/i.test(tail) || firm || !!getKb().org(text) || !!getKb().place(text);
      const strong = namey && !notPerson && (seq.followedBySaid || peopleHints.has(text) || FIRST_NAMES.has(words[0]) || given.has(words[0]));
      if (notPerson) notPeople.add(text);
      raws.push({ sentence: s.index, toks: ts, kind: strong ? "person" : "person?", canonical: strong ? titleCaseAllCaps(text) : text, strongPerson: strong });
    }
  }

  // A name the article once uses as a medium or body ("on Al Arabiya television") is not a person anywhere.
  for (const r of raws) if ((r.kind === "person" || r.kind === "person?") && !r.title && notPeople.has(r.canonical)) r.kind = "org";
  // "the United Nations General Assembly" ("General" is a title) and "Saint Kitts" (of "Saint Kitts and Nevis"): a body
  // or a place, never a person, whatever title seems to come before it.
  for (const r of raws) {
    if (r.kind !== "person" && r.kind !== "person?") continue;
    const words = r.canonical.split(" ");
    // "Under Gina McCarthy and Ali Zaidi's leadership" at a quote's start: a preposition capitalised, not a name's
    // first word (set AS).
    if (words.length >= 3 && LEADING_PREPOSITION.test(words[0]) && r.toks.length === words.length) {
      r.toks = r.toks.slice(1);
      r.canonical = words.slice(1).join(" ");
      continue;
    }
    // "Senior Advisor to the President for Clean Energy Innovation and Implementation": an abstract noun ends an
    // office's field, never a person's name ("Energy Innovation" was offered as a "who", set AS).
    if (BODY_HEAD.test(words[words.length - 1]) || ABSTRACT_NOUN.test(words[words.length - 1]) || /^(?:Saint|St\.|Fort|Port|Mount|Lake|Cape)$/.test(words[0])) r.kind = "thing";
  }
  // Person registry: full names first, then link single-token forms to them.
  const persons = new Map<string, PersonInfo>();
  for (const r of raws) {
    if (r.kind === "person" && r.canonical.includes(" ") && !persons.has(r.canonical)) {
      // "Martin Van Buren" is "Van Buren", not "Buren"; "Jr." is no family name.
      persons.set(r.canonical, { canonical: r.canonical, short: familyName(r.canonical), titles: [] });
    }
  }
  // "Betty Y. Jang, Nominee for Member of the Board of Trustees …" over "Ms. Jang is an executive …": a biography's
  // heading gives the full name of a person its sentences call by family name only (set BT: "Jang" among full names,
  // both pairs). Only where no other person of the article has that family name; the longest of its headings' forms.
  {
    const headed = new Map<string, string>();
    for (const heading of headingNames) {
      const name = heading.replace(/(?<![A-Z]|\bJr|\bSr)\.$/, "");
      const fam = familyName(name);
      if (name.split(" ").length >= 2 && (!headed.has(fam) || headed.get(fam)!.split(" ").length < name.split(" ").length)) headed.set(fam, name);
    }
    const families = new Set([...persons.values()].map((p) => p.short));
    for (const [fam, name] of headed) {
      if (families.has(fam) || persons.has(name)) continue;
      if (raws.some((r) => (r.kind === "person" || r.kind === "person?") && r.canonical === fam)) persons.set(name, { canonical: name, short: fam, titles: [] });
    }
  }
  const byToken = new Map<string, string>();
  // A token two full names share ("Adams" of John Adams and John Quincy Adams): the one named last before the
  // mention, else the one named first after it (a section on 1800 means John Adams, though the article's introduction
  // named his son first).
  const owners = new Map<string, string[]>();
  for (const p of persons.values()) {
    for (const part of p.canonical.split(" ")) {
      if (isInitial(part)) continue;
      if (!byToken.has(part)) byToken.set(part, p.canonical);
      owners.set(part, [...(owners.get(part) ?? []), p.canonical]);
    }
  }
  const fullAt = new Map<string, number[]>();
  for (const r of raws) if (r.kind === "person" && persons.has(r.canonical)) fullAt.set(r.canonical, [...(fullAt.get(r.canonical) ?? []), r.sentence]);
  const ownerAt = (token: string, sentence: number, fits: (name: string) => boolean): string | undefined => {
    const all = owners.get(token);
    if (!all || all.length < 2) return byToken.get(token);
    // Of those the mention's title allows ("President Biden" is not First Lady Jill Biden).
    const names = all.filter(fits).length ? all.filter(fits) : all;
    const last = (n: string) => Math.max(-1, ...(fullAt.get(n) ?? []).filter((i) => i <= sentence));
    const next = (n: string) => Math.min(Infinity, ...(fullAt.get(n) ?? []).filter((i) => i > sentence));
    const before = names.filter((n) => last(n) >= 0).sort((x, y) => last(y) - last(x));
    if (before.length) return before[0];
    return names.slice().sort((x, y) => next(x) - next(y))[0];
  };
  // "First Lady Jill Biden" is not "President Biden" (set L: a wrong answer key). The titles each full name is given
  // anywhere in the article, to tell a spouse's title from an office held by someone of the same family name.
  const fullTitles = new Map<string, string[]>();
  for (const r of raws) if (r.kind === "person" && r.canonical.includes(" ") && r.title) fullTitles.set(r.canonical, [...(fullTitles.get(r.canonical) ?? []), r.title]);
  const spouseOnly = (name: string) => (fullTitles.get(name) ?? []).length > 0 && fullTitles.get(name)!.every(isSpouseTitle);
  const mentions: Mention[] = [];
  const roles: EntityIndex["roles"] = [];
  for (const r of raws) {
    let kind = r.kind;
    let canonical = r.canonical;
    // "named Richmond as his direct line" after "Director … Cedric Richmond": a person's family name, not the city,
    // unless a place preposition says otherwise ("in Richmond").
    if (kind !== "person" && r.toks.length === 1 && byToken.has(r.canonical) && persons.get(byToken.get(r.canonical)!)?.canonical.endsWith(" " + r.canonical)) {
      const s = sentences[r.sentence];
      const before = s.norm.slice(Math.max(0, r.toks[0].start - s.start - 12), r.toks[0].start - s.start);
      if (!/\b(?:in|at|from|to|near|of|outside|around)\s+$/i.test(before)) kind = "person";
    }
    if (kind === "person" || kind === "person?") {
      if (!canonical.includes(" ")) {
        // "Senator Kennedy" is not "Rep. Patrick Kennedy": offices that differ mean different people; nor is "President
        // Biden" First Lady Jill Biden.
        const office = r.title ? officeOf(r.title) : undefined;
        const fits = (n: string) => !office || (!(persons.get(n)?.titles.some((t) => officeOf(t) && officeOf(t) !== office)) && (isSpouseTitle(r.title!) || !spouseOnly(n)));
        let full = ownerAt(canonical, r.sentence, fits);
        if (full && !fits(full)) full = undefined;
        if (full) {
          canonical = full;
          kind = "person";
          // The form used after "Mr." is the family name, which is the first token for "Xi Jinping".
          if (r.title) persons.get(full)!.short = r.toks[0].text;
        } else if (kind === "person") {
          const shortTitle = (r.title ?? "").replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, "");
          const display = shortTitle && !HONORIFIC_SET.has(shortTitle) && shortTitle.split(" ").length <= 3 && /^[A-Z]/.test(shortTitle) ? `${shortTitle} ${canonical}` : canonical;
          if (!persons.has(display)) persons.set(display, { canonical: display, short: canonical, titles: [] });
          byToken.set(canonical, display);
          canonical = display;
        }
      } else if (kind === "person?" && persons.has(canonical)) kind = "person";
      else if (kind === "person?") {
        // Several single names resolved to different people: a run of names like "Tate Reeves".
        kind = "thing";
      }
    }
    if (kind === "person?" || kind === "thing") continue;
    const first = r.toks[0];
    const last = r.toks[r.toks.length - 1];
    const s = sentences[r.sentence];
    mentions.push({
      sentence: r.sentence,
      start: first.start,
      end: last.end,
      text: s.norm.slice(first.start - s.start, last.end - s.start),
      kind: kind as EntityKind,
      canonical,
      fullStart: r.titleToks?.length ? r.titleToks[0].start : first.start,
      title: r.title,
      attributive: isAttributive(s, last.end),
    });
    if (kind === "person" && r.title && r.titleToks) {
      const p = persons.get(canonical);
      if (p && !p.titles.includes(r.title)) p.titles.push(r.title);
      if (r.ofPlace && !HONORIFIC_SET.has(r.title) && officeOf(r.title)) {
        roles.push({ person: canonical, role: `${r.title} of ${THE_NAMES.has(r.ofPlace) ? "the " : ""}${r.ofPlace}`, sentence: r.sentence, start: r.titleToks[0].start, end: last.end });
      } else if (r.titleToks.length >= 2 && !HONORIFIC_SET.has(r.title)) {
        roles.push({ person: canonical, role: r.title, sentence: r.sentence, start: r.titleToks[0].start, end: last.end });
      }
    }
  }
  // Appositive roles: "China's foreign minister, Wang Yi," and "Xie Tao, the dean of ...,".
  for (const s of sentences) {
    if (!s.usable) continue;
    for (const m of mentions.filter((x) => x.sentence === s.index && x.kind === "person" && x.canonical.includes(" "))) {
      const before = s.norm.slice(0, m.start - s.start);
      const after = s.norm.slice(m.end - s.start);
      const pre = before.match(/(?:^|[,;] |\b(?:and|with|between|by) )((?:[A-Z][\w.]*'s |the )?(?:[a-z]+ ){0,2}(?:foreign minister|minister|president|secretary|leader|dean|spokesman|spokeswoman|ambassador|director|governor|senator|mayor|chairman|chief|head|professor|adviser|advisor)(?: of [A-Z][\w .]+?)?), $/);
      if (pre && !/^the (?:president|leader)$/.test(pre[1])) {
        roles.push({ person: m.canonical, role: pre[1], sentence: s.index, start: m.start - pre[1].length - 2, end: m.end });
      }
      // "George J. Mitchell, his special envoy to the Middle East": a possessive is the office's holder ("the").
      const post = after.match(/^, (the|a|an|his|her) ([a-z][\w\- ]*?(?:of|at|for|to) (?:the )?[A-Z][^,;]*?|[a-z][\w\- ]{3,40}?)(?:,|\.$)/);
      if (post && post[2].split(" ").length <= 16 && /\b(?:dean|minister|secretary|president|director|leader|spokes\w+|professor|governor|mayor|senator|chief|head|founder|chair\w*|ambassador|adviser|advisor|administrator|envoy)\b/.test(post[2])) {
        const det = /^(?:his|her)$/.test(post[1]) ? "the" : post[1];
        roles.push({ person: m.canonical, role: `${det} ${post[2]}`, sentence: s.index, start: m.start, end: m.end + post[0].length - 1 });
      }
    }
  }
  // "Georgia" beside Alabama and Florida is the state.
  const states = new Set(mentions.filter((m) => m.kind === "state").map((m) => m.canonical));
  if (states.size >= 2) {
    for (const m of mentions) if (m.kind === "country" && STATE_SET.has(lower(m.canonical))) m.kind = "state";
  }
  addTitleReferences(sentences, mentions, persons, roles);
  mentions.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
  const bySentence: Mention[][] = sentences.map(() => []);
  const kindOf = new Map<string, EntityKind>();
  const count = new Map<string, number>();
  for (const m of mentions) {
    bySentence[m.sentence].push(m);
    if (!kindOf.has(m.canonical)) kindOf.set(m.canonical, m.kind);
    count.set(m.canonical, (count.get(m.canonical) ?? 0) + 1);
  }
  inferGender(sentences, mentions, persons, roles);
  return { mentions, bySentence, kindOf, count, persons, roles };
}

const MALE_WORDS = /\b(?:Mr|Sir|Lord|King|Prince|Congressman|Chairman|Spokesman|Emperor|Pope|Father|Brother|Duke)\b/i;
const FEMALE_WORDS = /\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess|Congresswoman|Chairwoman|Spokeswoman|Empress|Sister|Duchess|First Lady)\b/i;

/**
 * A person's gender from honorifics and gendered titles, the pronouns that refer to them (the nearest person
 * before the pronoun in the sentence, else the only person of the sentence before), and first names.
 */
function inferGender(sentences: Sentence[], mentions: Mention[], persons: Map<string, PersonInfo>, roles: EntityIndex["roles"]): void {
  const votes = new Map<string, number>();
  const vote = (p: string, g: number) => votes.set(p, (votes.get(p) ?? 0) + g);
  // People a pronoun of their own sentence points to, with no one else before it: a vote the given name does not undo.
  const sure = new Set<string>();
  for (const p of persons.values()) {
    for (const t of p.titles) {
      if (FEMALE_WORDS.test(t)) vote(p.canonical, -3);
      else if (MALE_WORDS.test(t)) vote(p.canonical, 3);
    }
  }
  for (const r of roles) {
    if (FEMALE_WORDS.test(r.role)) vote(r.person, -3);
    else if (MALE_WORDS.test(r.role)) vote(r.person, 3);
  }
  let prevOnly: string | null = null;
  for (const s of sentences) {
    if (!s.usable) continue;
    const ms = mentions.filter((m) => m.sentence === s.index && m.kind === "person").sort((x, y) => x.start - y.start);
    const text = s.norm.replace(/"[^"]*"/g, (q) => " ".repeat(q.length));
    const re = /\b(he|him|his|himself|she|her|hers|herself)\b/gi;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const at = s.start + m.index;
      const before = ms.filter((x) => x.end <= at);
      const who = before.length ? before[before.length - 1].canonical : prevOnly;
      if (!who) continue;
      // Two different people before the pronoun: the nearest one is only a guess; count it once.
      const distinct = new Set(before.map((x) => x.canonical)).size;
      const weight = distinct > 1 ? 0.5 : 1;
      if (before.length && distinct === 1) sure.add(who);
      vote(who, /^(?:s?he|him|his|himself)$/i.test(m[1]) && !/^she$/i.test(m[1]) ? weight : -weight);
    }
    const distinct = new Set(ms.map((x) => x.canonical));
    prevOnly = distinct.size === 1 ? [...distinct][0] : distinct.size > 1 ? ms[ms.length - 1].canonical : null;
  }
  for (const p of persons.values()) {
    const v = votes.get(p.canonical) ?? 0;
    const known = kbPerson(p.canonical)?.gender;
    // (Looked up only where the knowledge base and the pronouns have not decided.)
    const named = () => genderFromKb(p.canonical.split(" ").filter((w) => !TITLE_SET.has(w)).join(" "));
    if (known) p.gender = known;
    else if (v >= 2) p.gender = "m";
    else if (v <= -2) p.gender = "f";
    // One pronoun's guess from the sentence before gives way to the given name: "… clerked for Hon. Robert A. Sprecher.
    // She is the recipient of eight honorary degrees" made Sprecher a woman, and the stem "Robert A. Sprecher is the
    // recipient …" (set BZ). A pronoun in the person's own sentence is no guess ("José Maria Ortega … He", the review).
    else if (sure.has(p.canonical) && Math.abs(v) >= 1) p.gender = v > 0 ? "m" : "f";
    else {
      const g = named() ?? (v >= 1 ? "m" : v <= -1 ? "f" : undefined);
      if (g) p.gender = g;
    }
  }
}

/**
 * "the Vice President said" refers to the one person the article calls Vice President. Titles two people share
 * ("President" for Biden and Zelenskyy) stay unresolved.
 */
function addTitleReferences(sentences: Sentence[], mentions: Mention[], persons: Map<string, PersonInfo>, roles: EntityIndex["roles"]): void {
  const owner = new Map<string, string | null>();
  const claim = (title: string, person: string) => {
    const key = title.toLowerCase().replace(/^the\s+/, "").trim();
    if (!key || HONORIFIC_SET.has(title) || !officeOf(title) && !/\b(?:minister|leader|dean|spokes\w+|ambassador|administrator|director|chair\w*|adviser|advisor|attorney general)\b/i.test(title)) return;
    if (/^[a-z]+'s\s/i.test(key) || key.split(/\s+/).length > 5) return;
    const cur = owner.get(key);
    if (cur === undefined) owner.set(key, person);
    else if (cur !== person) owner.set(key, null);
  };
  // "former President George W. Bush" does not hold the title the article's "the President" refers to.
  const former = (p: string) => {
    const ms = mentions.filter((x) => x.canonical === p && x.fullStart < x.start);
    return ms.length > 0 && ms.every((x) => /\b(?:former|ex-|late)\s+$/i.test(sentences[x.sentence].text.slice(0, x.fullStart - sentences[x.sentence].start)));
  };
  for (const p of persons.values()) if (!former(p.canonical)) for (const t of p.titles) claim(t, p.canonical);
  for (const r of roles) claim(r.role, r.person);
  const keys = [...owner.entries()].filter(([, v]) => v).map(([k]) => k).sort((x, y) => y.length - x.length);
  if (!keys.length) return;
  // Case-insensitive only in each word's first letter: with the "i" flag, "(?!\\s+[A-Z])" (no name follows) would
  // also refuse every lowercase word ("The President pointed out …" went unresolved).
  const keyPattern = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
  const re = new RegExp(`\\b[Tt]he (${keys.map(keyPattern).join("|")})\\b(?!\\s+[A-Z])(?!'s)`, "g");
  for (const s of sentences) {
    if (!s.usable) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.norm))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (mentions.some((x) => x.sentence === s.index && x.fullStart < end && x.end > start)) continue;
      const person = owner.get(m[1].toLowerCase());
      if (!person) continue;
      mentions.push({ sentence: s.index, start, end, text: m[0], kind: "person", canonical: person, fullStart: start, attributive: false, alias: true });
    }
  }
}

/** Department words that go before "Secretary" in news style: "Energy Secretary Granholm", "Treasury Secretary Yellen". */
const DEPT_BEFORE_SECRETARY =
  /\b(Energy|Interior|Treasury|Commerce|Labor|Defense|State|Transportation|Education|Agriculture|Homeland Security|Health|HHS|HUD|Housing|Veterans Affairs|VA|War)\s+$/;

/**
 * A family name after a title, where the article never gives the whole name ("Energy Secretary Granholm previewed …",
 * "Secretary Haaland discussed …"): the knowledge base's holder of that office in the article's year, when exactly one
 * has that family name. The person's name becomes the whole one ("Jennifer Granholm"), so choices and explanations
 * print a name a student can look up, and a news-style "Energy Secretary" gives the office its full title.
 */
export function resolveTitledFamilyNames(ents: EntityIndex, sentences: Sentence[], year: number | undefined): void {
  if (!year) return;
  const kb = getKb();
  const renames = new Map<string, { name: string; office?: string; gender?: "m" | "f" }>();
  for (const m of ents.mentions) {
    if (m.kind !== "person" || m.alias || !m.title || m.canonical.split(" ").length !== 2 || !m.canonical.startsWith(`${m.title} `)) continue;
    if (!/^(?:Secretary|Attorney General|Administrator|Ambassador|Director)$/.test(m.title)) continue;
    const family = m.text;
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(family) || ents.persons.get(m.canonical)?.short !== family) continue;
    const s = sentences[m.sentence];
    const dept = s.norm.slice(0, m.fullStart - s.start).match(DEPT_BEFORE_SECRETARY)?.[1];
    const office = dept && m.title === "Secretary" ? kb.office(`${dept.replace(/^(?:HHS|Health)$/, "Health and Human Services").replace(/^(?:HUD|Housing)$/, "Housing and Urban Development").replace(/^VA$/, "Veterans Affairs")} Secretary`) : undefined;
    const inYear = (p: Person) => p.terms.some((t) => t.from <= year && (t.to === null || t.to >= year) && (office ? t.office === office.title : t.office.startsWith(m.title!)));
    const found = kb.peopleByFamily(family).filter(inYear);
    if (found.length !== 1) continue;
    const prev = renames.get(m.canonical);
    if (prev && prev.name !== found[0].name) renames.set(m.canonical, { name: "" });
    else renames.set(m.canonical, { name: found[0].name, office: prev?.office ?? office?.title, gender: found[0].gender });
    if (office) m.fullStart -= dept!.length + 1;
  }
  for (const [from, to] of renames) {
    if (!to.name || ents.persons.has(to.name)) continue;
    const p = ents.persons.get(from)!;
    ents.persons.delete(from);
    ents.persons.set(to.name, { ...p, canonical: to.name, gender: p.gender ?? to.gender, titles: to.office && !p.titles.includes(to.office) ? [...p.titles, to.office] : p.titles });
    for (const m of ents.mentions) if (m.canonical === from) m.canonical = to.name;
    for (const r of ents.roles) if (r.person === from) r.person = to.name;
    for (const map of [ents.kindOf, ents.count] as Map<string, unknown>[]) {
      if (map.has(from)) {
        map.set(to.name, map.get(from));
        map.delete(from);
      }
    }
    if (to.office) {
      const m = ents.mentions.find((x) => x.canonical === to.name && x.fullStart < x.start - "Secretary ".length);
      if (m) ents.roles.push({ person: to.name, role: to.office, sentence: m.sentence, start: m.fullStart, end: m.end });
    }
  }
}
