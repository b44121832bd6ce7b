// Civics knowledge base: who, what and where things are, bundled and offline.
// Pure TypeScript over JSON built by scripts/build-kb.ts (npm run build:kb). No I/O: the JSON is imported,
// and the indexes are built once per process on the first getKb() call.
// Sources, licences and the update procedure: lib/questions/kb/SOURCES.md, docs/decisions/012-civics-knowledge-base.md.
import metaJson from "./data/meta.json" with { type: "json" };
import placesJson from "./data/places.json" with { type: "json" };
import peopleJson from "./data/people.json" with { type: "json" };
import orgsJson from "./data/orgs.json" with { type: "json" };
import namesJson from "./data/names.json" with { type: "json" };
import nounsJson from "./data/nouns.json" with { type: "json" };
import { nameKeys, nicknameKeys, normalize } from "./normalize";

export type Gender = "m" | "f";
export type PlaceKind = "country" | "state" | "territory" | "city" | "island" | "region" | "continent" | "water";
export type OrgKind =
  | "department"
  | "agency"
  | "committee"
  | "legislature"
  | "court"
  | "party"
  | "international"
  | "military"
  | "company"
  | "university"
  | "media"
  | "ngo"
  | "government";
export type OfficeGroup =
  | "us-president"
  | "us-vice-president"
  | "us-cabinet"
  | "us-senator"
  | "us-representative"
  | "us-congress-leader"
  | "us-justice"
  | "us-governor"
  | "us-official"
  | "head-of-state"
  | "head-of-government"
  | "foreign-minister"
  | "defense-minister"
  | "diplomat"
  | "military"
  | "official";
export interface Term {
  office: string;
  group: OfficeGroup;
  country: string;
  from: number;
  to: number | null;
  state?: string;
  party?: string;
}
/** A role whose years the source does not give (members of Congress who left before 2012). */
export interface UndatedRole {
  office: string;
  group: OfficeGroup;
  country: string;
  state?: string;
  party?: string;
}
export interface Person {
  name: string;
  aliases: string[];
  family: string;
  gender: Gender;
  /** Country of the person's offices ("" for international officials only). */
  country: string;
  terms: Term[];
  /** Added: roles without years, and the birth year where the source gives it. */
  undated?: UndatedRole[];
  born?: number;
  /** Added: true for people from the curated lists (the most prominent). */
  curated?: boolean;
}
export interface Place {
  name: string;
  kind: PlaceKind;
  aliases: string[];
  country?: string;
  from?: number;
  to?: number;
  demonyms: string[];
  the: boolean;
  region?: string;
  /** Added: when a state existed in more than one period (Germany 1871–1945 and from 1990). */
  periods?: [number, number | null][];
  capital?: string;
  /** Added: the U.S. state a city is in. */
  state?: string;
  /** Added: ISO 3166-1 alpha-2 code of a country or territory, postal code of a U.S. state. */
  code?: string;
}
export interface Org {
  name: string;
  aliases: string[];
  kind: OrgKind;
  country?: string;
  from?: number;
  to?: number;
}
export interface Office {
  title: string;
  group: OfficeGroup;
  country?: string;
  aliases: string[];
}
export type NounClass = "person" | "group" | "place" | "time";
export interface Kb {
  person(name: string): Person | undefined;
  peopleByFamily(family: string): Person[];
  holders(office: string, opts?: { country?: string; year?: number; window?: number }): Person[];
  peopleInGroup(
    group: OfficeGroup,
    opts?: { year?: number; window?: number; gender?: Gender; country?: string; limit?: number },
  ): Person[];
  office(text: string): Office | undefined;
  place(name: string): Place | undefined;
  placesOfKind(kind: PlaceKind, opts?: { year?: number; country?: string; region?: string }): Place[];
  countryOfDemonym(word: string): Place | undefined;
  sameThing(a: string, b: string): boolean;
  org(name: string): Org | undefined;
  orgsOfKind(kind: OrgKind, opts?: { country?: string; year?: number }): Org[];
  /** Every organisation, in the built order. */
  allOrgs(): readonly Org[];
  firstNameGender(first: string): Gender | undefined;
  nounClass(lemma: string): NounClass | undefined;
  stats(): Record<string, number>;
  /** Added: every place with this name or alias (a name can be a state and a city: "Washington", "New York"). */
  places(name: string): Place[];
  /** Added: every person with this name or alias, most prominent first. */
  people(name: string): Person[];
  /** Added: member countries (or U.S. states) of a curated region such as "Middle East" or "Midwest". */
  regionMembers(region: string): string[];
}

export const KB_VERSION: string = metaJson.version;

// ------------------------------------------------------------------ raw JSON shapes (see people.json "fields")
type RawTerm = (number | string | null)[];
type RawPerson = [string, string, RawTerm[], (0 | RawTerm[])?, number?, (0 | string[])?, (0 | string)?, (0 | string)?, number?];
interface RawOffice {
  title: string;
  group: string;
  country?: string;
  aliases: string[];
}
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;
function lastWord(name: string): string {
  const toks = name.replace(/,/g, "").split(/\s+/).filter((t) => !SUFFIXES.test(t));
  return toks[toks.length - 1];
}

// Place kinds in the order a bare name is resolved ("Georgia" the country before the state is a choice: the
// caller that knows the text is about the U.S. asks `places()` and picks).
const PLACE_ORDER: PlaceKind[] = ["country", "state", "territory", "continent", "region", "water", "island", "city"];

function existsIn(year: number, from?: number, to?: number, periods?: [number, number | null][]): boolean {
  if (periods) return periods.some(([a, b]) => year >= a && (b === null || year <= b));
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/** Office text keys: normalised, and without a leading "U.S." or "the". */
function officeKeys(text: string): string[] {
  const k = normalize(text);
  const out = [k];
  const noUs = k.replace(/^(u s|us|american|america's) /, "");
  if (noUs !== k) out.push(noUs);
  return out;
}

function build(): Kb {
  const t0 = Date.now();
  const offices: Office[] = (peopleJson.offices as RawOffice[]).map((o) => ({
    title: o.title,
    group: o.group as OfficeGroup,
    ...(o.country ? { country: o.country } : {}),
    aliases: o.aliases,
  }));
  const parties = peopleJson.parties as Record<string, string>;
  const statesByCode = new Map<string, string>();
  for (const p of placesJson.places as Place[]) if (p.kind === "state" || (p.kind === "territory" && p.country === "United States")) if (p.code) statesByCode.set(p.code, p.name);
  const stateName = (c: unknown) => (typeof c === "string" && c ? (statesByCode.get(c) ?? c) : undefined);
  const partyName = (c: unknown) => (typeof c === "string" && c ? (parties[c] ?? c) : undefined);
  // People stay as compact tuples (most prominent first); a Person object is made when one is asked for.
  const raw = peopleJson.people as unknown as RawPerson[];
  const decoded: (Person | undefined)[] = new Array(raw.length);
  const homeOf = (r: RawPerson) => r[7] || "United States";
  const termCountry = (r: RawPerson, office: number) => offices[office].country ?? homeOf(r);
  function decode(i: number): Person {
    const cached = decoded[i];
    if (cached) return cached;
    const [name, g, terms, undated, born, aliases, family, , curated] = raw[i];
    const homeCountry = homeOf(raw[i]);
    const p: Person = {
      name,
      aliases: aliases || [],
      family: family || lastWord(name),
      gender: g as Gender,
      country: homeCountry === "International" ? "" : homeCountry,
      terms: terms.map((rt) => {
        const off = offices[rt[0] as number];
        const t: Term = { office: off.title, group: off.group, country: off.country ?? homeCountry, from: rt[1] as number, to: (rt[2] as number | null) ?? null };
        const state = stateName(rt[3]);
        const party = partyName(rt[4]);
        if (state) t.state = state;
        if (party) t.party = party;
        return t;
      }),
    };
    if (undated)
      p.undated = undated.map((ru) => {
        const off = offices[ru[0] as number];
        const u: UndatedRole = { office: off.title, group: off.group, country: off.country ?? homeCountry };
        const state = stateName(ru[1]);
        const party = partyName(ru[2]);
        if (state) u.state = state;
        if (party) u.party = party;
        return u;
      });
    if (born) p.born = born;
    if (curated) p.curated = true;
    decoded[i] = p;
    return p;
  }
  const places = placesJson.places as Place[];
  const regions = placesJson.regions as { name: string; countries: string[]; states: string[] }[];
  const orgs = orgsJson.orgs as Org[];

  // Indexes (person indexes hold positions in `raw`, which is in prominence order)
  const push = <K,>(m: Map<K, number[]>, k: K, i: number) => {
    const arr = m.get(k);
    if (!arr) m.set(k, [i]);
    else if (arr[arr.length - 1] !== i) arr.push(i);
  };
  const personByKey = new Map<string, number[]>();
  const byFamily = new Map<string, number[]>();
  const byGroup = new Map<OfficeGroup, number[]>();
  const byOffice = new Map<number, number[]>();
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const family = r[6] || lastWord(r[0]);
    for (const n of [r[0], ...(r[5] || []), `${r[0].split(" ")[0]} ${family}`]) for (const k of nameKeys(n)) push(personByKey, k, i);
    push(byFamily, normalize(family), i);
    for (const t of r[2]) {
      push(byGroup, offices[t[0] as number].group, i);
      push(byOffice, t[0] as number, i);
    }
    for (const u of r[3] || []) push(byGroup, offices[u[0] as number].group, i);
  }
  for (const m of [byGroup, byOffice] as Map<unknown, number[]>[]) for (const [k, v] of m) m.set(k, [...new Set(v)]);
  const officeByKey = new Map<string, Office>();
  for (const o of offices)
    for (const n of [o.title, ...o.aliases])
      for (const k of officeKeys(n)) if (!officeByKey.has(k)) officeByKey.set(k, o);
  // Case matters for a few short abbreviations only when they are also words ("Rep." vs "rep"): none kept.

  const placeByKey = new Map<string, Place[]>();
  const demonymToCountry = new Map<string, Place>();
  for (const p of places) {
    for (const n of [p.name, ...p.aliases]) {
      const k = normalize(n);
      const arr = placeByKey.get(k);
      if (!arr) placeByKey.set(k, [p]);
      else if (!arr.includes(p)) arr.push(p);
    }
  }
  const rankPlace = (a: Place, b: Place) => {
    const ka = PLACE_ORDER.indexOf(a.kind);
    const kb = PLACE_ORDER.indexOf(b.kind);
    if (ka !== kb) return ka - kb;
    // A place that exists now before a former one; then the one whose name (not alias) matched.
    const na = a.to === undefined ? 0 : 1;
    const nb = b.to === undefined ? 0 : 1;
    return na - nb;
  };
  for (const arr of placeByKey.values()) arr.sort(rankPlace);
  // Demonyms: current sovereign countries first, then former ones, then territories.
  const demonymSources = [...places].sort((a, b) => {
    const r = (p: Place) => (p.kind === "country" ? (p.to === undefined ? 0 : 1) : 2);
    return r(a) - r(b);
  });
  for (const p of demonymSources)
    for (const d of p.demonyms) {
      const k = normalize(d);
      if (!demonymToCountry.has(k)) demonymToCountry.set(k, p);
    }
  const orgByKey = new Map<string, Org[]>();
  for (const o of orgs)
    for (const n of [o.name, ...o.aliases]) {
      const k = normalize(n);
      const arr = orgByKey.get(k);
      if (!arr) orgByKey.set(k, [o]);
      else if (!arr.includes(o)) arr.push(o);
    }
  const regionByKey = new Map<string, (typeof regions)[number]>();
  for (const r of regions) regionByKey.set(normalize(r.name), r);
  for (const p of places) if (p.kind === "region" && regionByKey.has(normalize(p.name))) for (const a of p.aliases) regionByKey.set(normalize(a), regionByKey.get(normalize(p.name))!);

  const gender = new Map<string, Gender>();
  for (const n of namesJson.m) gender.set(n, "m");
  for (const n of namesJson.f) gender.set(n, "f");
  const nounMap = new Map<string, NounClass>();
  for (const cls of ["person", "group", "place", "time"] as const) for (const w of (nounsJson as Record<string, string[]>)[cls]) nounMap.set(w, cls);

  const inWindow = (from: number, to: number | null, year: number | undefined, window: number) => {
    if (year === undefined) return true;
    return from <= year + window && (to ?? 9999) >= year - window;
  };
  const countryName = (c: string | undefined) => (c ? (lookupPlace(c)?.name ?? c) : undefined);

  /** People for a name: the most specific key that matches (as written, then without initials), then nicknames. */
  function lookupPeople(name: string): Person[] {
    for (const k of [...nameKeys(name), ...nicknameKeys(name)]) {
      const hit = personByKey.get(k);
      if (hit) return [...hit].sort((x, y) => x - y).map(decode);
    }
    return [];
  }
  function lookupPlace(name: string): Place | undefined {
    return placeByKey.get(normalize(name))?.[0];
  }
  function lookupOffice(text: string): Office | undefined {
    for (const k of officeKeys(text)) {
      const o = officeByKey.get(k);
      if (o) return o;
    }
    return undefined;
  }

  const kb: Kb = {
    person(name) {
      return lookupPeople(name)[0];
    },
    people(name) {
      return lookupPeople(name);
    },
    peopleByFamily(family) {
      return (byFamily.get(normalize(family)) ?? []).map(decode);
    },
    holders(officeText, opts = {}) {
      const o = lookupOffice(officeText);
      if (!o) return [];
      const window = opts.window ?? 0;
      const country = countryName(opts.country);
      // A country-specific office: its own holders. A generic title ("prime minister"): everyone of its
      // group, in the country asked for.
      const oi = offices.indexOf(o);
      const specific = o.country !== undefined && (byOffice.get(oi)?.length ?? 0) > 0;
      const pool = specific ? byOffice.get(oi)! : (byGroup.get(o.group) ?? []);
      return pool
        .filter((i) =>
          raw[i][2].some(
            (t) =>
              (specific ? t[0] === oi : offices[t[0] as number].group === o.group) &&
              (!country || termCountry(raw[i], t[0] as number) === country) &&
              inWindow(t[1] as number, t[2] as number | null, opts.year, window),
          ),
        )
        .map(decode);
    },
    peopleInGroup(group, opts = {}) {
      const window = opts.window ?? 0;
      const country = countryName(opts.country);
      const out: Person[] = [];
      for (const i of byGroup.get(group) ?? []) {
        const r = raw[i];
        if (opts.gender && r[1] !== opts.gender) continue;
        const ok = r[2].some(
          (t) =>
            offices[t[0] as number].group === group &&
            (!country || termCountry(r, t[0] as number) === country) &&
            inWindow(t[1] as number, t[2] as number | null, opts.year, window),
        );
        if (!ok) continue;
        out.push(decode(i));
        if (opts.limit && out.length >= opts.limit) break;
      }
      return out;
    },
    office(text) {
      return lookupOffice(text);
    },
    place(name) {
      return lookupPlace(name);
    },
    places(name) {
      return [...(placeByKey.get(normalize(name)) ?? [])];
    },
    placesOfKind(kind, opts = {}) {
      const country = opts.country ? countryName(opts.country) : undefined;
      const region = opts.region ? regionByKey.get(normalize(opts.region)) : undefined;
      const regionName = opts.region ? normalize(opts.region) : undefined;
      return places.filter((p) => {
        if (p.kind !== kind) return false;
        if (opts.year !== undefined && !existsIn(opts.year, p.from, p.to, p.periods)) return false;
        if (country && p.country !== country) return false;
        if (regionName) {
          const inRegion =
            (p.region && normalize(p.region) === regionName) ||
            (region && (region.countries.includes(p.name) || region.states.includes(p.name) || (p.state !== undefined && region.states.includes(p.state)) || (p.kind !== "country" && p.country !== undefined && region.countries.includes(p.country))));
          if (!inRegion) return false;
        }
        return true;
      });
    },
    regionMembers(name) {
      const r = regionByKey.get(normalize(name));
      return r ? [...r.countries, ...r.states] : [];
    },
    countryOfDemonym(word) {
      return demonymToCountry.get(normalize(word));
    },
    sameThing(a, b) {
      const na = normalize(a);
      const nb = normalize(b);
      if (!na || !nb) return false;
      if (na === nb) return true;
      const pa = placeByKey.get(na);
      const pb = placeByKey.get(nb);
      if (pa && pb && pa.some((x) => pb.includes(x))) return true;
      const oa = orgByKey.get(na);
      const ob = orgByKey.get(nb);
      if (oa && ob && oa.some((x) => ob.includes(x))) return true;
      const ha = lookupPeople(a);
      const hb = lookupPeople(b);
      if (ha.length === 1 && hb.length === 1 && ha[0] === hb[0]) return true;
      const fa = lookupOffice(a);
      return fa !== undefined && fa === lookupOffice(b);
    },
    org(name) {
      // "U.S. Department of Health and Human Services" is the Department of Health and Human Services.
      return orgByKey.get(normalize(name))?.[0] ?? (/^(?:U\.S\.|United States)\s/.test(name) ? orgByKey.get(normalize(name.replace(/^(?:U\.S\.|United States)\s+/, "")))?.[0] : undefined);
    },
    allOrgs() {
      return orgs;
    },
    orgsOfKind(kind, opts = {}) {
      const country = opts.country ? countryName(opts.country) : undefined;
      return orgs.filter(
        (o) => o.kind === kind && (!country || o.country === country) && (opts.year === undefined || existsIn(opts.year, o.from, o.to)),
      );
    },
    firstNameGender(first) {
      return gender.get(normalize(first));
    },
    nounClass(lemma) {
      const k = lemma.trim().toLowerCase();
      return nounMap.get(k) ?? nounMap.get(k.replace(/s$/, "")) ?? undefined;
    },
    stats() {
      const s: Record<string, number> = {
        people: raw.length,
        curatedPeople: raw.filter((r) => r[8]).length,
        peopleWithDatedTerms: raw.filter((r) => r[2].length > 0).length,
        offices: offices.length,
        places: places.length,
        orgs: orgs.length,
        maleNames: namesJson.m.length,
        femaleNames: namesJson.f.length,
        nouns: nounMap.size,
        buildMs: buildMs,
      };
      for (const p of places) s[`place:${p.kind}`] = (s[`place:${p.kind}`] ?? 0) + 1;
      for (const o of orgs) s[`org:${o.kind}`] = (s[`org:${o.kind}`] ?? 0) + 1;
      for (const [g, ps] of byGroup) s[`group:${g}`] = ps.length;
      s.decodedPeople = decoded.filter(Boolean).length;
      return s;
    },
  };
  const buildMs = Date.now() - t0;
  return kb;
}

let instance: Kb | undefined;
/** The knowledge base, built on the first call and kept for the life of the process. */
export function getKb(): Kb {
  return (instance ??= build());
}
