/**
 * Wrong answers of the same kind as the answer: article entities first, then
 * the bundled civics lists. Never the answer, never something the evidence
 * sentence also names (it could be true), never near-duplicates.
 */
import type { Analysis } from "./analysis";
import { CITIES, COUNTRIES, HONORIFICS, MONTHS, REGIONS, TITLE_WORDS, US_INSTITUTIONS, US_STATES, WEEKDAYS } from "./civics-lexicon";
import type { EntityKind } from "./entities";
import { seedFrom } from "./hash";
import { getKb } from "./kb";
import { containsPhrase, familyName, sameNamedPerson } from "./util";
import { colleagues, comparableOfficials, kbPerson } from "./world";
import { personFitsEra } from "./era";

export type NameForm = "canonical" | "short";

function overlaps(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x.includes(y) || y.includes(x)) return true;
  // "Ben Franklin" and "Benjamin Franklin": two names of one person share a family name and an initial.
  const px = x.split(/\s+/);
  const py = y.split(/\s+/);
  return px.length >= 2 && py.length >= 2 && px[px.length - 1] === py[py.length - 1] && px[0][0] === py[0][0] && /^[a-z]/.test(px[px.length - 1]);
}

/** `sameAs`: two names of one thing (the Department of War and the Department of Defense) are never both offered. */
export function pickDistinct(answer: string, pool: string[], avoidText: string, n: number, reject?: (p: string) => boolean, sameAs?: (x: string) => string): string[] {
  const out: string[] = [];
  for (const p of pool) {
    if (out.length >= n) break;
    if (!p || overlaps(p, answer)) continue;
    if (reject && reject(p)) continue;
    if (out.some((o) => overlaps(o, p) || (sameAs && sameAs(o) === sameAs(p)))) continue;
    if (avoidText && containsPhrase(avoidText, p)) continue;
    out.push(p);
  }
  return out;
}

function rotate<T>(list: T[], key: string): T[] {
  const k = seedFrom(key) % list.length;
  return list.slice(k).concat(list.slice(0, k));
}

// Called once per candidate phrase; sorting every time made long articles quadratic.
const entityCache = new WeakMap<Analysis, Map<EntityKind, string[]>>();

function articleEntities(a: Analysis, kind: EntityKind): string[] {
  let byKind = entityCache.get(a);
  if (!byKind) {
    byKind = new Map();
    entityCache.set(a, byKind);
  }
  let list = byKind.get(kind);
  if (!list) {
    list = [...a.ents.kindOf.entries()].filter(([, k]) => k === kind).map(([c]) => c);
    list.sort((x, y) => (a.importance.get(y) ?? 0) - (a.importance.get(x) ?? 0) || x.localeCompare(y));
    byKind.set(kind, list);
  }
  return list;
}

/**
 * Same-kind distractors for an entity answer. `form` short means the family
 * name used after "Mr.": then only people the article names that way.
 */
export interface EntityDistractorOptions {
  /** the title before the name ("Mr.", "President") */
  title?: string;
  /** the sentence's year (era.ts): people of that era only */
  era?: number;
  /** people of either gender: "Who said: '…'?" says nothing of the speaker's gender */
  anyGender?: boolean;
  /** the stem asks who holds or held a post ("Who is the president of …?"), not who said or did something */
  post?: boolean;
  /**
   * the gender a word of kin gives the answer ("As a mother to four, _____ …"): people of that gender only, none of
   * unknown gender; not against an honorific or the answer's own known gender
   */
  stemGender?: "m" | "f";
}

/**
 * A person the article names only as a modifier of something else: "the Hillary Clinton presidential campaign", "the
 * Obama administration", "the Bush years". No wrong answer for what a person did (set BU, both pairs: Hillary Clinton
 * offered as a long-time Biden staffer and as the Domestic Policy Advisor).
 */
const modifierCache = new WeakMap<Analysis, Map<string, boolean>>();
export function onlyAsModifier(a: Analysis, person: string): boolean {
  let known = modifierCache.get(a);
  if (!known) modifierCache.set(a, (known = new Map()));
  let out = known.get(person);
  if (out === undefined) known.set(person, (out = modifierOnly(a, person)));
  return out;
}

function modifierOnly(a: Analysis, person: string): boolean {
  const ms = a.ents.mentions.filter((m) => m.canonical === person && m.kind === "person");
  // (After "the", "a" or "an" only, with at most one word between: not "Jeff Zients joined the White House", "Mike
  // Donilon worked for years", the review of engine 35.)
  return ms.length > 0 && ms.every((m) => m.attributive || (/\b(?:the|a|an)\s+$/i.test(a.norm.slice(Math.max(0, m.fullStart - 6), m.fullStart)) && /^(?:\s+[a-z]+)?\s+(?:campaigns?|administrations?|Administrations?|presidency|presidencies|era|years|White House|transition|team)\b/.test(a.norm.slice(m.end, m.end + 40))));
}

/** The first words of a title or honorific: a "person" named "Ambassador Waltz" is known by family name only. */
/** ("Dean Acheson" and "Lady Bird Johnson" are full names.) */
const TITLE_FIRST = new Set([...TITLE_WORDS.map((t) => t.split(" ")[0]), ...HONORIFICS, ...HONORIFICS.map((h) => h.replace(/\.$/, "")), "Vice", "Deputy", "Acting", "Assistant", "Associate", "Former", "Chief", "Senior", "Special"].filter((w) => w !== "Dean" && w !== "Lady"));

/** A person the article knows by a title and a family name ("Vice President Harris", "Mr. Xi"), not a given name. */
export const namedByTitle = (name: string): boolean =>
  TITLE_FIRST.has(name.split(" ")[0]) || /^(?:Vice|Former|First|Secretary|Senator|Governor|Mayor|Ambassador|Justice|Judge|Speaker|Leader|Administrator|Director|Representative|President)\b/.test(name);

/** A title's abbreviation and its full form are one title: "Rep. _____" takes the article's Representatives. */
const TITLE_ABBREVIATION: Record<string, string> = { Rep: "Representative", Sen: "Senator", Gov: "Governor", Amb: "Ambassador", Sec: "Secretary", Pres: "President", Lt: "Lieutenant", Gen: "General", Adm: "Admiral", Atty: "Attorney" };
const fullTitle = (t: string) => t.replace(/\b([A-Z][a-z]+)\.?(?=\s|$)/g, (w, x: string) => TITLE_ABBREVIATION[x] ?? w).trim();

export function holdsTitle(a: Analysis, person: string, title: string): boolean {
  const want = fullTitle(title);
  return a.ents.persons.get(person)?.titles.some((t) => t === title || fullTitle(t) === want) ?? false;
}

export function entityDistractors(a: Analysis, kind: EntityKind, answerCanonical: string, answerShown: string, form: NameForm, avoidText: string, n = 3, opts: EntityDistractorOptions = {}): string[] {
  const { title, era } = opts;
  let pool: string[] = [];
  if (kind === "person") {
    // The same gender as the answer: "her vote" with three men's names gives the answer away.
    // ("Mrs. _____" is a woman's name whatever the article says of the answer; then no one of unknown gender either:
    // Denzel Washington was offered for "Mrs. _____", set AZ's two raters.)
    const honorific = title?.trim().replace(/\.$/, "");
    const gendered = honorific === "Mrs" || honorific === "Ms" || honorific === "Miss" ? "f" : honorific === "Mr" ? "m" : undefined;
    const own = a.ents.persons.get(answerCanonical)?.gender;
    const g = gendered ?? (opts.stemGender && (!own || own === opts.stemGender) ? opts.stemGender : opts.anyGender ? undefined : own);
    // "As a mother to four, _____ … all that she does": the stem says the gender, so no one of unknown gender either
    // (set BT: Youngblood, a man the article never calls "he", offered).
    const genderSaid = !!opts.stemGender && g === opts.stemGender;
    // "Dr. _____": people the article calls "Dr." only (set BU: two career diplomats offered for a professor of marine
    // biology, both pairs). (Only where the stem prints "Dr.": not every "Who said …?" of a text with doctors in it, the
    // review of engine 35.)
    const doctor = title?.trim().replace(/\.$/, "") === "Dr";
    // Nobody the sentence itself names, even by family name only ("Obama met with _____": not Barack Obama).
    const named = (c: string) => !!avoidText && containsPhrase(avoidText, a.ents.persons.get(c)?.short ?? c);
    // The sitting President is no wrong answer for another post ("Who is the president of the Institute for College
    // Access & Success?" offered Joe Biden, set AZ: "absurd"), unless the answer held a post of that kind too.
    const year = era ?? a.year;
    const sitting = (c: string) => year !== undefined && !!kbPerson(c)?.terms.some((t) => t.group === "us-president" && t.from <= year && (t.to ?? 9999) >= year);
    const answerHead = !opts.post || !!kbPerson(answerCanonical)?.terms.some((t) => /^(?:us-president|us-vice-president|head-of-state|head-of-government)$/.test(t.group));
    // People of the sentence's era: not Jefferson (dead by then) as Van Buren's running mate in 1836.
    const people = articleEntities(a, "person").filter(
      (c) =>
        c !== answerCanonical &&
        !named(c) &&
        (!g || a.ents.persons.get(c)?.gender === g || (!gendered && !genderSaid && !a.ents.persons.get(c)?.gender)) &&
        (!doctor || holdsTitle(a, c, "Dr.")) &&
        !onlyAsModifier(a, c) &&
        personFitsEra(a, c, era) &&
        (answerHead || !sitting(c)) &&
        !sameNamedPerson(c, answerCanonical),
    );
    if (form === "short") {
      // "Mr. _____": people the article itself calls "Mr." come first.
      const same = (c: string) => (title && holdsTitle(a, c, title) ? 0 : 1);
      // "Senator _____" takes only people the article calls Senator; "Mr. _____" anyone of that gender.
      const office = title && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?$/.test(title.trim());
      pool = people
        .filter((c) => !office || same(c) === 0)
        .slice()
        .sort((x, y) => same(x) - same(y))
        .map((c) => a.ents.persons.get(c)?.short ?? "")
        // (A family name a woman and a man of the article share is no one's: "Schuster" for Audrey K. Schuster and her
        // husband Mark, offered for "Mr. _____", set BT. Two Adamses of one gender stay.)
        .filter((s) => s && !s.includes(" ") && new Set([...a.ents.persons.values()].filter((p) => p.short === s && p.gender).map((p) => p.gender)).size <= 1);
      // "Justice _____'s chambers" with too few justices in the article: the answer's colleagues on that bench that
      // year, by family name as the stem writes them.
      if (pool.length < n && office) pool = pool.concat(colleaguesOf(a, answerCanonical, era, g, people, avoidText, n).map(familyName));
    } else {
      // Full names only, so "President Biden" does not sit beside "Antony J. Blinken"; after an office title
      // ("President _____"), only people the article gives that title.
      const office = title && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?$/.test(title.trim());
      // ("Ambassador Waltz" and "Deputy Secretary Landau" beside "Melania Trump": a title and a family name is no full name.)
      const full = people.filter((c) => !office || holdsTitle(a, c, title!)).filter((c) => c.split(" ").length >= 2 && FULL_NAME_START.test(c) && !TITLE_FIRST.has(c.split(" ")[0]));
      pool = full;
      // Too few people in the article: officials of a comparable office in the article's era (the knowledge base).
      if (pool.length < n) {
        const known = kbPerson(answerCanonical);
        const year = era ?? a.year;
        // An office the answer held in another year is no measure of what they do in this sentence ("a member of Governor
        // _____'s Children's Cabinet" took 2021's cabinet for Janet Napolitano, a Secretary of 2009–2013: set BT, both
        // pairs): their last office only where the sentence's year is unknown.
        const term = known?.terms.find((t) => year && t.from <= year && (t.to ?? 2100) >= year) ?? (year ? undefined : known?.terms[known.terms.length - 1]);
        // Only people in office in the sentence's year (raters found Rubio implausible in a 2023 release).
        // Not someone the sentence names in another form ("William H. Crawford" named, "William Harris Crawford" offered).
        pool = pool.concat(colleaguesOf(a, answerCanonical, era, g, people, avoidText, n));
        if (term && year) pool = pool.concat(comparableOfficials(term.office, year, g, new Set([answerCanonical, ...people]), n + 3, 0).filter((x) => !containsPhrase(avoidText, familyName(x))));
      }
    }
  } else {
    pool = articleEntities(a, kind);
    const fallback: Partial<Record<EntityKind, string[]>> = {
      country: COUNTRIES,
      // Rotate so every state question does not offer Alabama, Alaska, Arizona.
      state: rotate(US_STATES, answerCanonical),
      court: ["Supreme Court", "Court of Appeals", "Superior Court", "Circuit Court", "Tax Court"],
      city: CITIES.filter((c) => !US_STATES.includes(c)),
      region: REGIONS,
      gov: US_INSTITUTIONS.map((x) => (/^the /.test(answerShown) ? x : x.replace(/^the /, ""))).filter((x) => /^[A-Z]/.test(x) || /^the /.test(answerShown)),
    };
    if (fallback[kind]) pool = pool.concat(fallback[kind]!);
  }
  // "Vice President Harris" beside "Kamala D. Harris": a title and the answer's family name is the answer again (set
  // AF's rater: "two choices are correct").
  if (kind === "person") {
    const fam = familyName(answerCanonical);
    pool = pool.filter((p) => familyName(p) !== fam || (!namedByTitle(p) && !namedByTitle(answerCanonical)));
    // "Richard Sauber" and "Dick Sauber" are one person: one of them only (set AZ).
    pool = pool.filter((p, i) => !pool.slice(0, i).some((q) => sameNamedPerson(p, q)));
  }
  // "U.S. Treasury" is no wrong answer to "Treasury Secretary": same institution.
  const key = kind === "person" ? [] : significantWords(answerShown);
  // "State Department" is the answer "Department of State" again, in other words.
  const same = sameBody(answerShown);
  return pickDistinct(answerShown, pool, avoidText, n, (p) => (key.length > 0 && significantWords(p).some((w) => key.includes(w))) || (kind !== "person" && sameBody(p) === same), kind === "person" ? undefined : sameBody);
}

/**
 * "Interior Department" among "Department of Defense" and "Department of Agriculture": the one short form gives the
 * answer away. The wrong answers take the answer's form ("Defense Department", "Agriculture Department").
 */
export function inAnswersForm(answer: string, choices: string[]): string[] {
  const mapped = sameForm(answer, choices);
  // Two wrong answers that were one body in two forms become one ("Commerce Department", "Department of Commerce").
  return mapped.filter((c, i) => c !== answer && mapped.indexOf(c) === i);
}

function sameForm(answer: string, choices: string[]): string[] {
  if (/^(?:the )?[A-Z][\w&' ]+? Department$/.test(answer)) {
    return choices.map((p) => p.replace(/^(the )?(?:U\.S\. )?Department of (?:the )?([A-Z][\w&' ]+)$/, (_m, the: string | undefined, name: string) => `${the ?? ""}${name} Department`));
  }
  // And the other way: "Department of the Interior" among "Defense Department" and "Treasury".
  if (/^(?:the )?(?:U\.S\. )?Department of (?:the )?[A-Z]/.test(answer)) {
    return choices.map((p) => {
      const m = p.match(/^(the )?([A-Z][\w&' ]+?) Department$/) ?? (/^(?:the )?Treasury$/.test(p) ? p.match(/^(the )?(Treasury)$/) : null);
      if (!m) return p;
      return `${m[1] ?? ""}Department of ${/^(?:Interior|Treasury)$/.test(m[2]) ? "the " : ""}${m[2]}`;
    });
  }
  return choices;
}

/** The answer's colleagues in a many-seat office in the sentence's year (the knowledge base), none the sentence names. */
function colleaguesOf(a: Analysis, answer: string, era: number | undefined, g: "m" | "f" | undefined, people: string[], avoidText: string, n: number): string[] {
  const known = kbPerson(answer);
  const year = era ?? a.year;
  const term = known && year ? known.terms.find((t) => t.from <= year && (t.to ?? 2100) >= year) : undefined;
  if (!known || !year || !term) return [];
  return colleagues(term.office, year, g, new Set([known.name, answer, ...people]), n + 3).filter((x) => !containsPhrase(avoidText, familyName(x)));
}

/** A full name starts with a given name, or with initials: "JD Vance", "J.D. Vance", "A. Mitchell Palmer". */
const FULL_NAME_START = /^(?:[A-Z][a-z]|[A-Z]{2} [A-Z][a-z]|(?:[A-Z]\.\s?){1,2}[A-Z][a-z])/;

/**
 * One key per body, whatever it is called: the knowledge base's name for an alias ("the Pentagon", "DOD", "State
 * Department"), then one spelling of a department's name ("the U.S. Department of State", "State Department" → "state
 * department"). The War Department of 1789–1947 is the Department of Defense's forerunner, and "Department of War" has
 * been its secondary title since Executive Order 14347 (September 5, 2025): one body, never two answers (set D's raters:
 * "Department of Defense is also correct").
 */
export function sameBody(name: string): string {
  const bare = name.replace(/^the\s+/i, "");
  const known = getKb().org(bare)?.name;
  const n = (known ? (SUCCESSOR[known] ?? known) : (SUCCESSOR[bare] ?? name)).replace(/^(?:the\s+)?(?:U\.S\.\s+|United States\s+)?/i, "").trim();
  const m = n.match(/^Department of (?:the )?([A-Z][\w&,' ]+)$/) ?? n.match(/^([A-Z][\w&,' ]+?) Department$/);
  return (m ? `${m[1]} department` : n).toLowerCase();
}

/**
 * The Commission and the Council speak and act for the European Union: "the European Commission" beside "the European
 * Union" is arguably right too (sets AD and AF), so they are one body here.
 */
const SUCCESSOR: Record<string, string> = { "War Department": "Department of Defense", "European Commission": "European Union", "European Council": "European Union", "Council of the European Union": "European Union" };

const GENERIC = new Set(["of", "the", "and", "for", "on", "u.s.", "united", "states", "state", "department", "court", "courts", "committee", "office", "national", "federal", "commission", "council", "agency", "administration", "house", "service", "district", "new", "north", "south", "east", "west", "city", "county", "university", "school", "college"]);

function significantWords(s: string): string[] {
  return s.toLowerCase().split(/\s+/).filter((w) => w && !GENERIC.has(w));
}

const MONTH_RE = new RegExp(`^(${MONTHS.join("|")})$`);
const WEEKDAY_RE = new RegExp(`^(${WEEKDAYS.join("|")})$`);

/** Dates we can make same-style alternatives for: weekday, month, year, "Month D, YYYY", "Month YYYY". */
export function dateDistractors(answer: string, articleDates: string[], avoidText: string, n = 3): string[] {
  const pool: string[] = [];
  if (WEEKDAY_RE.test(answer)) {
    const i = WEEKDAYS.indexOf(answer);
    for (const d of [1, -1, 2, -2, 3]) pool.push(WEEKDAYS[(i + d + 7) % 7]);
  } else if (MONTH_RE.test(answer)) {
    for (const d of articleDates) if (MONTH_RE.test(d)) pool.push(d);
    const i = MONTHS.indexOf(answer);
    for (const d of [2, -2, 4, -4, 6]) pool.push(MONTHS[(i + d + 12) % 12]);
  } else if (/^\d{4}$/.test(answer)) {
    const y = Number(answer);
    for (const d of articleDates) if (/^\d{4}$/.test(d) && Math.abs(Number(d) - y) <= 40) pool.push(d);
    for (const d of [-4, 4, -10, 10, -2]) pool.push(String(y + d));
  } else {
    const m = answer.match(/^(\w+) (\d{1,2}), (\d{4})$/) ?? answer.match(/^(\w+) (\d{4})$/);
    if (!m || !MONTH_RE.test(m[1])) return [];
    const i = MONTHS.indexOf(m[1]);
    if (m.length === 4) {
      const day = Number(m[2]);
      pool.push(`${m[1]} ${Math.min(28, day + 7)}, ${m[3]}`);
      // No "November 31": a day the other month does not have is the month's last.
      const lastDay = (k: number) => [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][k];
      pool.push(`${MONTHS[(i + 3) % 12]} ${Math.min(day, lastDay((i + 3) % 12))}, ${m[3]}`);
      pool.push(`${m[1]} ${m[1] === "February" ? Math.min(day, 28) : m[2]}, ${Number(m[3]) - 1}`);
      pool.push(`${MONTHS[(i + 9) % 12]} ${Math.max(1, day - 9)}, ${m[3]}`);
    } else {
      pool.push(`${MONTHS[(i + 3) % 12]} ${m[2]}`, `${m[1]} ${Number(m[2]) - 1}`, `${MONTHS[(i + 8) % 12]} ${m[2]}`);
    }
  }
  const seen = new Set<string>([answer]);
  const out: string[] = [];
  for (const p of pool) {
    if (seen.has(p) || out.length >= n) continue;
    seen.add(p);
    if (avoidText && containsPhrase(avoidText, p)) continue;
    out.push(p);
  }
  return out;
}
