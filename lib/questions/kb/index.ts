// Civics knowledge base: who, what and where things are, bundled and offline.
// Pure TypeScript over JSON built by scripts/build-kb.ts (npm run build:kb). No I/O: the JSON is imported,
// and the indexes are built once per process on the first getKb() call.
// Sources, licences and the update procedure: lib/questions/kb/SOURCES.md, docs/decisions/012-civics-knowledge-base.md.
import metaJson from "./data/meta.json";
import placesJson from "./data/places.json";
import peopleJson from "./data/people.json";
import orgsJson from "./data/orgs.json";
import namesJson from "./data/names.json";
import nounsJson from "./data/nouns.json";
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
  const people: Person[] = (peopleJson.people as unknown as RawPerson[]).map((r) => {
    const [name, g, terms, undated, born, aliases, family, country, curated] = r;
    const homeCountry = country || "United States";
    const p: Person = {
      name,
      aliases: aliases || [],
      family: family || lastWord(name),
      gender: g as Gender,
      country: homeCountry === "International" ? "" : homeCountry,
      terms: terms.map((raw) => {
        const off = offices[raw[0] as number];
        const t: Term = { office: off.title, group: off.group, country: off.country ?? homeCountry, from: raw[1] as number, to: (raw[2] as number | null) ?? null };
        const state = stateName(raw[3]);
        const party = partyName(raw[4]);
        if (state) t.state = state;
        if (party) t.party = party;
        return t;
      }),
    };
    if (undated)
      p.undated = undated.map((raw) => {
        const off = offices[raw[0] as number];
        const u: UndatedRole = { office: off.title, group: off.group, country: off.country ?? homeCountry };
        const state = stateName(raw[1]);
        const party = partyName(raw[2]);
        if (state) u.state = state;
        if (party) u.party = party;
        return u;
      });
    if (born) p.born = born;
    if (curated) p.curated = true;
    return p;
  });
  const places = placesJson.places as Place[];
  const regions = placesJson.regions as { name: string; countries: string[]; states: string[] }[];
  const orgs = orgsJson.orgs as Org[];

  // Indexes
  const personByKey = new Map<string, Person[]>();
  const byFamily = new Map<string, Person[]>();
  const byGroup = new Map<OfficeGroup, Person[]>();
  const byOffice = new Map<string, Person[]>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases, `${p.name.split(" ")[0]} ${p.family}`])
      for (const k of nameKeys(n)) {
        const arr = personByKey.get(k);
        if (!arr) personByKey.set(k, [p]);
        else if (!arr.includes(p)) arr.push(p);
      }
    const fk = normalize(p.family);
    (byFamily.get(fk) ?? byFamily.set(fk, []).get(fk)!).push(p);
    const seenG = new Set<string>();
    for (const t of [...p.terms, ...(p.undated ?? [])]) {
      if (!seenG.has(t.group)) {
        seenG.add(t.group);
        (byGroup.get(t.group) ?? byGroup.set(t.group, []).get(t.group)!).push(p);
      }
      if (!seenG.has("o:" + t.office)) {
        seenG.add("o:" + t.office);
        (byOffice.get(t.office) ?? byOffice.set(t.office, []).get(t.office)!).push(p);
      }
    }
  }
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

  const inWindow = (t: { from: number; to: number | null }, year: number | undefined, window: number) => {
    if (year === undefined) return true;
    const end = t.to ?? 9999;
    return t.from <= year + window && end >= year - window;
  };
  const countryName = (c: string | undefined) => (c ? (lookupPlace(c)?.name ?? c) : undefined);

  function lookupPeople(name: string): Person[] {
    const out: Person[] = [];
    for (const k of nameKeys(name)) for (const p of personByKey.get(k) ?? []) if (!out.includes(p)) out.push(p);
    if (!out.length) for (const k of nicknameKeys(name)) for (const p of personByKey.get(k) ?? []) if (!out.includes(p)) out.push(p);
    // People are stored most prominent first; keep that order.
    return out.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  const order = new Map<Person, number>(people.map((p, i) => [p, i]));
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
      return [...(byFamily.get(normalize(family)) ?? [])];
    },
    holders(officeText, opts = {}) {
      const o = lookupOffice(officeText);
      if (!o) return [];
      const window = opts.window ?? 0;
      const country = countryName(opts.country);
      // A country-specific office: its own holders. A generic title ("prime minister"): everyone of its
      // group, in the country asked for.
      const specific = o.country !== undefined && (byOffice.get(o.title)?.length ?? 0) > 0;
      const pool = specific ? byOffice.get(o.title)! : (byGroup.get(o.group) ?? []);
      return pool.filter((p) =>
        p.terms.some(
          (t) =>
            (specific ? t.office === o.title : t.group === o.group) &&
            (!country || t.country === country) &&
            inWindow(t, opts.year, window),
        ),
      );
    },
    peopleInGroup(group, opts = {}) {
      const window = opts.window ?? 0;
      const country = countryName(opts.country);
      const out: Person[] = [];
      for (const p of byGroup.get(group) ?? []) {
        if (opts.gender && p.gender !== opts.gender) continue;
        if (!p.terms.some((t) => t.group === group && (!country || t.country === country) && inWindow(t, opts.year, window))) continue;
        out.push(p);
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
      return orgByKey.get(normalize(name))?.[0];
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
        people: people.length,
        curatedPeople: people.filter((p) => p.curated).length,
        peopleWithDatedTerms: people.filter((p) => p.terms.length > 0).length,
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
