/**
 * What the engine knows about the article's world, from the bundled knowledge base (lib/questions/kb): the
 * article's era, people's genders and countries, and officials comparable to a role, so distractors are of the
 * same kind, role, gender and era as the answer.
 */
import type { Analysis } from "./analysis";
import { getKb, type OfficeGroup, type Person } from "./kb";
import { articleRoleClasses, type RoleClass } from "./wh";
import { familyName } from "./util";

const YEAR = /\b(1[6-9]\d\d|20\d\d)\b/g;

/**
 * The year the article was written in, or is about: a year in its title line (a dateline), else the latest year it
 * names in its first paragraphs, else the most frequent year it names. Undefined when it names none.
 */
export function articleYear(text: string): number | undefined {
  const lines = text.split("\n").filter((l) => l.trim());
  const head = (lines[0] ?? "").match(YEAR);
  if (head) return Math.max(...head.map(Number));
  const years = (text.match(YEAR) ?? []).map(Number);
  if (!years.length) return undefined;
  const early = (lines.slice(0, 4).join(" ").match(YEAR) ?? []).map(Number);
  if (early.length) return Math.max(...early);
  const freq = new Map<number, number>();
  for (const y of years) freq.set(y, (freq.get(y) ?? 0) + 1);
  return [...freq.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0][0];
}

/**
 * The era of an article that gives no year: where the terms of the officials it names (as the knowledge base
 * knows them) overlap, else the latest start of a term.
 */
export function yearFromPeople(names: string[]): number | undefined {
  let lo = -Infinity;
  let hi = Infinity;
  const starts: number[] = [];
  for (const n of names) {
    const p = kbPerson(n);
    if (!p || !p.terms.length) continue;
    const from = Math.min(...p.terms.map((t) => t.from));
    const to = Math.max(...p.terms.map((t) => t.to ?? 2100));
    starts.push(Math.max(...p.terms.map((t) => t.from)));
    lo = Math.max(lo, from);
    hi = Math.min(hi, to);
  }
  if (!starts.length) return undefined;
  if (lo <= hi) {
    // The latest term that began before the overlap ends: a term that starts in its very last year (Trump's second,
    // in an article that also names Secretary Blinken) does not date the article.
    const before: number[] = [];
    for (const n of names) {
      const t = kbPerson(n)?.terms.map((x) => x.from).filter((f) => f < hi);
      if (t?.length) before.push(Math.max(...t));
    }
    const latest = before.length ? Math.max(...before) : Math.max(...starts);
    return Math.round(Math.min(hi, Math.max(lo, latest)));
  }
  return Math.max(...starts);
}

export function kbPerson(name: string): Person | undefined {
  return getKb().person(name.replace(/^(?:President|Vice President|Senator|Sen\.|Rep\.|Gov\.|Secretary)\s+/, ""));
}

/**
 * The name news uses for a knowledge-base person: "Dick Cheney" and "George W. Bush", not the source's full
 * "Richard Bruce Cheney" and "George Walker Bush" (rated odd beside the article's short forms). An alias of two or three
 * words with the same family name, one with a middle initial first; else the name as stored.
 */
export function displayName(p: Person): string {
  const words = p.name.split(/\s+/);
  if (words.length < 3 || words.some((w) => /^[A-Z]\.$/.test(w))) return p.name;
  const family = familyName(p.name);
  const forms = p.aliases.filter((x) => familyName(x) === family && x.split(/\s+/).length >= 2 && x.split(/\s+/).length <= 3 && !/\b(?:Jr|Sr)\b/.test(x));
  return forms.find((x) => /\s[A-Z]\.\s/.test(x)) ?? forms[0] ?? p.name;
}

export function genderFromKb(name: string): "m" | "f" | undefined {
  const p = kbPerson(name);
  if (p) return p.gender;
  // (A given name with an accent is one: "José Maria Ortega" is not read by "Maria", the review of engine 36.)
  const first = name.split(/\s+/).find((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  return first ? getKb().firstNameGender(first) : undefined;
}

/** The country a person of the article serves: the knowledge base first, then the roles the article gives. */
export function personCountry(a: Analysis, person: string): string | undefined {
  const p = kbPerson(person);
  if (p) return p.country;
  const kb = getKb();
  for (const r of a.ents.roles) {
    if (r.person !== person) continue;
    const poss = r.role.match(/^([A-Z][\w.]*(?: [A-Z]\w*)?)'s\s/)?.[1];
    const of = r.role.match(/\bof (?:the )?([A-Z][\w.]*(?: [A-Z]\w*)*)$/)?.[1];
    for (const c of [poss, of]) {
      const place = c ? kb.place(c) ?? kb.countryOfDemonym(c) : undefined;
      if (place?.kind === "country") return place.name;
    }
    const office = kb.office(r.role);
    if (office?.country) return office.country;
  }
  return undefined;
}

/** The country an office belongs to, when the role says or the knowledge base knows ("Secretary of State": U.S.). */
export function roleCountry(role: string): string | undefined {
  const kb = getKb();
  const poss = role.match(/^([A-Z][\w.]*(?: [A-Z]\w*)?)'s\s/)?.[1];
  const of = role.match(/\bof (?:the )?([A-Z][\w.]*(?: [A-Z]\w*)*)$/)?.[1];
  for (const c of [poss, of]) {
    const place = c ? kb.place(c) ?? kb.countryOfDemonym(c) : undefined;
    if (place?.kind === "country") return place.name;
  }
  return kb.office(role.replace(/^the\s+/i, ""))?.country;
}

/**
 * Officials of a comparable office, in the article's era, who never held this office: other U.S. cabinet members
 * for "Secretary of State" in 2024, other heads of state for "President of Russia".
 */
export function comparableOfficials(role: string, year: number | undefined, gender: "m" | "f" | undefined, exclude: Set<string>, n: number, window = 3): string[] {
  const kb = getKb();
  const bare = role.replace(/^the\s+/i, "").replace(/^[A-Z][\w.]*(?: [A-Z]\w*)?'s\s+/, "").replace(/\s+of (?:the )?[A-Z][\w. ]*$/, (m) => (kb.office(role.replace(/^the\s+/i, "")) ? m : ""));
  const office = kb.office(role.replace(/^the\s+/i, "")) ?? kb.office(bare);
  if (!office) return [];
  const country = roleCountry(role) ?? office.country;
  const holders = new Set(kb.holders(office.title, { country }).map((p) => p.name));
  // The same group only: a monarch is no wrong answer for "the Prime Minister".
  const groups = [office.group];
  const out: string[] = [];
  const take = (pool: Person[], sameCountry: boolean) => {
    for (const p of pool) {
      if (out.length >= n) break;
      if (out.includes(p.name) || holders.has(p.name) || exclude.has(p.name) || [...exclude].some((e) => kbPerson(e)?.name === p.name)) continue;
      if (sameCountry && country && p.country !== country) continue;
      if (gender && p.gender !== gender) continue;
      // In the article's year exactly (window 0): still in office after it, not leaving during it (Li Keqiang and
      // Qin Gang left in 2023; rated implausible beside a 2023–2024 article's "China's leader").
      if (year !== undefined && window === 0 && !p.terms.some((t) => t.from <= year && (t.to ?? 9999) > year)) continue;
      out.push(p.name);
    }
  };
  const w = year ? window : undefined;
  // A role of one country ("China's foreign minister", "President of Ukraine"): that country's other officials of
  // the era first (raters found foreign ministers of other countries implausible), then the same office elsewhere.
  if (country && !office.group.startsWith("us-")) {
    for (const group of ["head-of-state", "head-of-government", "foreign-minister", "defense-minister", "official", "diplomat"] as const) {
      take(kb.peopleInGroup(group, { year, window: w, country, limit: 40 }), true);
    }
    // Not the same office elsewhere: Iran's leader beside "China's leader", Russia's foreign minister beside China's
    // were rated implausible. Too few of the country's own officials: no question.
    return out;
  }
  // The President's own staff for one of theirs ("the White House Press Secretary": the Chief of Staff and the National
  // Security Adviser, not the FBI Director, the Fed Chair and the DNI, set AX's rater).
  if (WHITE_HOUSE_STAFF.test(office.title)) {
    const staff = (p: Person) => p.terms.some((t) => WHITE_HOUSE_STAFF.test(t.office) && (year === undefined || (t.from <= year + (w ?? 0) && (t.to ?? 9999) >= year - (w ?? 0))));
    take(kb.peopleInGroup(office.group, { year, window: w, country: "United States", limit: 200 }).filter(staff), false);
  }
  for (const group of groups) take(kb.peopleInGroup(group, { year, window: w, country: office.group.startsWith("us-") ? "United States" : undefined, limit: 40 }), false);
  return out;
}

/** Offices of the President's own staff. */
const WHITE_HOUSE_STAFF = /^(?:White House |National Security Advis|Homeland Security Advis)/;

/**
 * The answer's colleagues in an office of several seats, in office that year: the other justices beside "Justice
 * Breyer", the other senators beside a senator. Not for an office of one seat (its other holders in a year of
 * transition would also be right), so only where two or more others held it in that very year.
 */
export function colleagues(office: string, year: number, gender: "m" | "f" | undefined, exclude: Set<string>, n: number): string[] {
  const kb = getKb();
  const others = kb
    .holders(office, { year, window: 0 })
    .filter((p) => !exclude.has(p.name) && p.terms.some((t) => t.office === office && t.from <= year && (t.to ?? 9999) > year && !midYearStart(t, year)));
  if (others.length < 2) return [];
  return others.filter((p) => !gender || p.gender === gender).map((p) => p.name).slice(0, n);
}

/**
 * A seat in Congress taken in an even year was taken in the middle of it (a special election or an appointment: a
 * Congress begins in January of an odd year), and the knowledge base has years, not dates. In an article of that
 * year the member may not have been in Congress yet: Marcia Fudge, sworn in in November 2008, beside a quote of
 * October 2008 (rated implausible).
 */
function midYearStart(t: { group: string; from: number }, year: number): boolean {
  return (t.group === "us-representative" || t.group === "us-senator") && t.from === year && year % 2 === 0;
}

/** A country named by its demonym or capital in a prompt ("Chinese interests", "Beijing said"). */
export function namesCountry(prompt: string, country: string): boolean {
  const kb = getKb();
  const place = kb.place(country);
  if (!place || place.kind !== "country") return false;
  const words = prompt.match(/\b[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\b/g) ?? [];
  for (const w of words) {
    if (kb.countryOfDemonym(w)?.name === place.name) return true;
    const p = kb.place(w);
    // Another name of the country ("subject to the recently concluded UK pharmaceutical agreement" for "the United
    // Kingdom"; set AD's rater).
    if (p && p.kind === "country" && p.name === place.name && w !== country) return true;
    if (p && p.kind === "city" && p.country === place.name && isCapitalCity(p.name, place.name)) return true;
  }
  return false;
}

const CAPITALS = new Map<string, string>([
  ["Beijing", "China"], ["Washington", "United States"], ["Moscow", "Russia"], ["Kyiv", "Ukraine"], ["Kiev", "Ukraine"],
  ["London", "United Kingdom"], ["Paris", "France"], ["Berlin", "Germany"], ["Tokyo", "Japan"], ["Jerusalem", "Israel"],
  ["Tehran", "Iran"], ["New Delhi", "India"], ["Ottawa", "Canada"], ["Taipei", "Taiwan"], ["Pyongyang", "North Korea"],
  ["Seoul", "South Korea"], ["Havana", "Cuba"], ["Kremlin", "Russia"],
]);

function isCapitalCity(city: string, country: string): boolean {
  return CAPITALS.get(city) === country;
}

/**
 * Places of the same sub-kind as the answer, from its part of the world and the article's era: countries of the
 * answer's region that existed then ("the Soviet Union", not "Russia", in 1971), cities of the same country,
 * other states. The article's own places of that kind come first.
 */
export function placeDistractors(answer: string, kind: "country" | "state" | "city" | "island" | "region", year: number | undefined, articlePlaces: string[], avoid: (name: string) => boolean, n: number): string[] {
  const kb = getKb();
  const place = kb.place(answer);
  const out: string[] = [];
  const push = (name: string) => {
    if (out.length >= n || name === answer || out.includes(name) || avoid(name)) return;
    const p = kb.place(name);
    if (p && place && p.name === place.name) return;
    if (p && year && ((p.from && p.from > year) || (p.to && p.to < year))) return;
    out.push(p?.the ? `the ${p.name}` : p?.name ?? name);
  };
  const sameRegion = (name: string) => {
    const p = kb.place(name);
    return !place?.region || !p?.region || p.region === place.region;
  };
  for (const x of articlePlaces) if (sameRegion(x)) push(x);
  if (!place) return out;
  const opts = kind === "city" ? { year, country: place.country } : kind === "country" ? { year, region: place.region } : kind === "state" ? { year, region: place.region } : { year };
  // Countries a civics text names (those whose leaders the knowledge base lists), not Monaco or the Maldives.
  const prominent = kind === "country" ? prominentCountries() : null;
  const pool = kb
    .placesOfKind(kind === "region" ? "region" : kind, opts)
    .filter((p) => !prominent || prominent.has(p.name))
    .map((p) => p.name)
    .sort();
  // Rotate by the answer so every question does not offer the same three places.
  let h = 0;
  for (const ch of answer) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const k = pool.length ? h % pool.length : 0;
  for (const x of pool.slice(k).concat(pool.slice(0, k))) push(x);
  return out;
}

/** Whether a country's name takes "the" ("the United States", "the Soviet Union"). */
export function takesThe(name: string): boolean {
  return getKb().place(name.replace(/^the\s+/i, ""))?.the ?? false;
}

let prominentCache: Set<string> | null = null;
function prominentCountries(): Set<string> {
  if (!prominentCache) {
    const kb = getKb();
    prominentCache = new Set<string>();
    for (const group of ["head-of-state", "head-of-government", "foreign-minister"] as const) {
      for (const p of kb.peopleInGroup(group, { limit: 5000 })) for (const t of p.terms) if (t.country) prominentCache.add(t.country);
    }
  }
  return prominentCache;
}

const GROUP_CLASS: Record<OfficeGroup, RoleClass> = {
  "us-president": "leader",
  "us-vice-president": "leader",
  "head-of-state": "leader",
  "head-of-government": "leader",
  "us-cabinet": "official",
  "us-official": "official",
  "us-governor": "official",
  "foreign-minister": "official",
  "defense-minister": "official",
  diplomat: "official",
  official: "official",
  "us-senator": "legislator",
  "us-representative": "legislator",
  "us-congress-leader": "legislator",
  "us-justice": "judge",
  military: "military",
};

/**
 * What a person is in the article's world, without widening: the classes of the roles the article gives them,
 * else of the offices the knowledge base knows them in around the article's year.
 */
export function roleClassesOf(a: Analysis, person: string): Set<RoleClass> {
  const out = articleRoleClasses(a, person);
  if (out.size) return out;
  const p = kbPerson(person);
  if (!p) return out;
  // Offices held around the article's year only: a former senator serving as an envoy is no legislator in it.
  const near = p.terms.filter((t) => !a.year || (t.from <= a.year + 1 && (t.to ?? 2100) >= a.year - 1));
  for (const t of near) out.add(GROUP_CLASS[t.group]);
  return out;
}

/** Classes of a role outside public office: a stem that names one of these asks no office holder. */
const PRIVATE_ROLE = new Set<RoleClass>(["business", "activist", "academic"]);

/** Whether a role class is a public office ("Secretary of Defense", "Attorney General", "Senator"). */
export const isPublicRole = (c: RoleClass | null): c is RoleClass => c !== null && !PRIVATE_ROLE.has(c);

/**
 * "_____ served as the 25th Secretary of Defense", "Who is remembered as an Attorney General …?": the wrong answers are
 * people who held a public office, not an investor and a science educator (set AZ's two raters, twice).
 */
export function holdsPublicRole(a: Analysis, person: string): boolean {
  return [...roleClassesOf(a, person)].some(isPublicRole);
}

/**
 * Whether another person of the article can stand in the answer's place in a sentence: the same kind of role and
 * the same country when both are known ("a dictator like _____": not Joe Biden for Vladimir Putin; "Obama's special
 * envoy _____": not George W. Bush for George Mitchell).
 */
export function canStandFor(a: Analysis, answer: string, other: string): boolean {
  const ca = roleClassesOf(a, answer);
  const co = roleClassesOf(a, other);
  if (ca.size && co.size && ![...ca].some((c) => co.has(c))) return false;
  if (ca.size !== co.size && (ca.size === 0 || co.size === 0)) return false;
  const na = personCountry(a, answer);
  const no = personCountry(a, other);
  return !na || !no || na === no;
}
