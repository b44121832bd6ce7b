import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getKb, KB_VERSION, type OfficeGroup, type OrgKind, type PlaceKind } from "./index";
import placesJson from "./data/places.json" with { type: "json" };
import orgsJson from "./data/orgs.json" with { type: "json" };
import peopleJson from "./data/people.json" with { type: "json" };
import { normalize } from "./normalize";

const dir = path.dirname(fileURLToPath(import.meta.url));
const kb = getKb();

const PLACE_KINDS: PlaceKind[] = ["country", "state", "territory", "city", "island", "region", "continent", "water"];
const ORG_KINDS: OrgKind[] = ["department", "agency", "committee", "legislature", "court", "party", "international", "military", "company", "university", "media", "ngo", "government"];
const GROUPS: OfficeGroup[] = ["us-president", "us-vice-president", "us-cabinet", "us-senator", "us-representative", "us-congress-leader", "us-justice", "us-governor", "us-official", "head-of-state", "head-of-government", "foreign-minister", "defense-minister", "diplomat", "military", "official"];

describe("knowledge base: shape and budget", () => {
  it("keeps all data files within 2.5 MB together", () => {
    const dataDir = path.join(dir, "data");
    const total = readdirSync(dataDir)
      .filter((f) => f.endsWith(".json"))
      .reduce((sum, f) => sum + statSync(path.join(dataDir, f)).size, 0);
    expect(total).toBeGreaterThan(100_000);
    expect(total).toBeLessThanOrEqual(2.5 * 1024 * 1024);
  });

  it("has a version that follows the data", () => {
    expect(KB_VERSION).toMatch(/^\d+\.[0-9a-f]{10}$/);
    const meta = JSON.parse(readFileSync(path.join(dir, "data/meta.json"), "utf8"));
    expect(meta.version).toBe(KB_VERSION);
  });

  it("types every entry with a known kind, group and gender", () => {
    for (const p of placesJson.places) expect(PLACE_KINDS, p.name).toContain(p.kind);
    for (const o of orgsJson.orgs) expect(ORG_KINDS, o.name).toContain(o.kind);
    for (const o of peopleJson.offices) expect(GROUPS, o.title).toContain(o.group);
    const s = kb.stats();
    expect(s.people).toBeGreaterThan(12_000);
    for (const name of ["Antony Blinken", "Xi Jinping", "Nancy Pelosi", "Margaret Thatcher"]) {
      const p = kb.person(name)!;
      expect(["m", "f"]).toContain(p.gender);
      for (const t of p.terms) {
        expect(GROUPS).toContain(t.group);
        expect(typeof t.from).toBe("number");
      }
    }
  });

  it("has no duplicate entries (same name and kind)", () => {
    const dup = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dup(placesJson.places.map((p) => `${p.name}|${p.kind}|${p.country ?? ""}|${"state" in p ? p.state : ""}`))).toEqual([]);
    expect(dup(orgsJson.orgs.map((o) => `${o.name}|${o.kind}`))).toEqual([]);
    expect(dup(peopleJson.offices.map((o) => `${o.title}|${o.country ?? ""}`))).toEqual([]);
    // Curated people: one record per name.
    const curated = (peopleJson.people as unknown[][]).filter((p) => p[8] === 1).map((p) => p[0] as string);
    expect(dup(curated)).toEqual([]);
  });

  it("gives each curated person one gender across all their offices", () => {
    // The build merges holders of several offices into one person; a gender mismatch would have split them.
    expect(kb.person("Madeleine Albright")!.terms.map((t) => t.office).sort()).toEqual(["Ambassador to the United Nations", "Secretary of State"]);
    expect(kb.person("Condoleezza Rice")!.terms.map((t) => t.office).sort()).toEqual(["National Security Adviser", "Secretary of State"]);
    expect(kb.person("Dick Cheney")!.terms.map((t) => t.group).sort()).toEqual(["us-cabinet", "us-vice-president"]);
  });

  it("does not let an alias name two different entities of one type, except the documented cases", () => {
    // Documented: a name may be a place of two kinds (Washington the state and the city; Georgia; New York),
    // and "Republic of China" names Taiwan today and the 1912–1949 state.
    const ALLOWED = new Set(["republic of china"]);
    const placeKeys = new Map<string, Set<string>>();
    for (const p of placesJson.places)
      for (const n of [p.name, ...p.aliases]) {
        const k = `${normalize(n)}|${p.kind}`;
        (placeKeys.get(k) ?? placeKeys.set(k, new Set()).get(k)!).add(`${p.name}|${p.country ?? ""}`);
      }
    const placeClash = [...placeKeys].filter(([k, v]) => v.size > 1 && !ALLOWED.has(k.split("|")[0]) && !k.endsWith("|city"));
    expect(placeClash.map(([k]) => k)).toEqual([]);
    const orgKeys = new Map<string, Set<string>>();
    for (const o of orgsJson.orgs)
      for (const n of [o.name, ...o.aliases]) {
        const k = normalize(n);
        (orgKeys.get(k) ?? orgKeys.set(k, new Set()).get(k)!).add(o.name);
      }
    expect([...orgKeys].filter(([, v]) => v.size > 1).map(([k]) => k)).toEqual([]);
    const officeKeys = new Map<string, Set<string>>();
    for (const o of peopleJson.offices)
      for (const n of [o.title, ...o.aliases]) {
        const k = normalize(n);
        (officeKeys.get(k) ?? officeKeys.set(k, new Set()).get(k)!).add(`${o.title}|${o.country ?? ""}`);
      }
    expect([...officeKeys].filter(([, v]) => v.size > 1).map(([k]) => k)).toEqual([]);
    // Curated people: no name or alias of one is a name or alias of another. (Members of Congress may share
    // names, as people do; person() then returns the most prominent and people() all of them.)
    const personKeys = new Map<string, Set<string>>();
    for (const p of peopleJson.people as unknown[][])
      if (p[8] === 1)
        for (const n of [p[0] as string, ...((p[5] || []) as string[])]) {
          const k = normalize(n);
          (personKeys.get(k) ?? personKeys.set(k, new Set()).get(k)!).add(p[0] as string);
        }
    expect([...personKeys].filter(([, v]) => v.size > 1).map(([k]) => k)).toEqual([]);
  });
});

describe("knowledge base: people and offices", () => {
  it("knows Blinken: a man, Secretary of State 2021–2025", () => {
    const p = kb.person("Antony J. Blinken")!;
    expect(p.name).toBe("Antony Blinken");
    expect(p.gender).toBe("m");
    expect(p.family).toBe("Blinken");
    expect(p.terms).toContainEqual(expect.objectContaining({ office: "Secretary of State", group: "us-cabinet", country: "United States", from: 2021, to: 2025 }));
    expect(kb.person("antony blinken")).toBe(p);
    expect(kb.person("Antony J Blinken")).toBe(p);
  });

  it("finds holders of an office as written, in a year", () => {
    const names = (xs: { name: string }[]) => xs.map((x) => x.name);
    expect(names(kb.holders("Secretary of State", { year: 2024 }))).toContain("Antony Blinken");
    expect(names(kb.holders("secretary of state", { year: 2024 }))).not.toContain("Marco Rubio");
    expect(names(kb.holders("Secretary of State", { year: 2024, window: 2 }))).toContain("Marco Rubio");
    expect(names(kb.holders("Speaker of the House", { year: 2020 }))).toEqual(["Nancy Pelosi"]);
    expect(names(kb.holders("foreign minister", { country: "China", year: 2024 }))).toEqual(["Wang Yi"]);
    expect(names(kb.holders("prime minister", { country: "United Kingdom", year: 1982 }))).toEqual(["Margaret Thatcher"]);
    expect(names(kb.holders("the president", { year: 1962 }))).toContain("John Fitzgerald Kennedy");
    expect(names(kb.holders("Chief Justice", { year: 1960 }))).toEqual(["Earl Warren"]);
    expect(names(kb.holders("general secretary", { year: 1985 }))).toEqual(["Hu Yaobang"]);
    expect(names(kb.holders("Attorney General", { year: 1920 }))).toEqual(["Alexander Mitchell Palmer"]);
    expect(names(kb.holders("Treasury Secretary", { year: 1790 }))).toEqual(["Alexander Hamilton"]);
    // One person across offices: attorney general, then justice.
    expect(kb.person("James Clark McReynolds")!.terms.map((t) => t.office)).toEqual(["Attorney General", "Associate Justice of the Supreme Court"]);
    expect(names(kb.holders("Soviet leader", { year: 1985 })).sort()).toEqual(["Konstantin Chernenko", "Mikhail Gorbachev"]);
    expect(names(kb.holders("Soviet leader", { year: 1970 }))).toEqual(["Leonid Brezhnev"]);
  });

  it("lists people of an office group by era and gender, curated first", () => {
    const cabinet = kb.peopleInGroup("us-cabinet", { year: 2022, gender: "f" }).map((p) => p.name);
    expect(cabinet).toEqual(expect.arrayContaining(["Janet Yellen"]));
    expect(cabinet).not.toContain("Antony Blinken");
    const fm = kb.peopleInGroup("foreign-minister", { year: 2023, window: 1, limit: 50 }).map((p) => p.name);
    expect(fm).toEqual(expect.arrayContaining(["Wang Yi", "Sergei Lavrov", "Qin Gang"]));
    const senators = kb.peopleInGroup("us-senator", { year: 2020, limit: 5 });
    expect(senators).toHaveLength(5);
    expect(senators.every((p) => p.terms.some((t) => t.group === "us-senator" && t.from <= 2020 && (t.to ?? 9999) >= 2020))).toBe(true);
    // Deterministic order.
    expect(kb.peopleInGroup("us-senator", { year: 2020, limit: 5 })).toEqual(senators);
  });

  it("reads Chinese names family first, and nicknames", () => {
    const xi = kb.person("Xi Jinping")!;
    expect(xi.family).toBe("Xi");
    expect(xi.country).toBe("China");
    expect(kb.peopleByFamily("Xi")).toContain(xi);
    expect(kb.person("Joe Biden")?.terms.some((t) => t.group === "us-president")).toBe(true);
    expect(kb.person("Chuck Schumer")?.gender).toBe("m");
    expect(kb.person("Kim Jong-un")?.name).toBe("Kim Jong Un");
    expect(kb.person("Mr. Xi")).toBeUndefined();
  });

  it("knows presidents by their usual names, governors by state and recent defence ministers", () => {
    expect(kb.person("George W. Bush")?.name).toBe("George Walker Bush");
    expect(kb.person("JFK")?.terms[0].group).toBe("us-president");
    expect(kb.person("Bob Dole")?.terms.some((t) => t.office === "Senate Majority Leader")).toBe(true);
    expect(kb.person("Dennis Hastert")?.terms.some((t) => t.office === "Speaker of the House")).toBe(true);
    const walz = kb.person("Tim Walz")!;
    expect(walz.terms.map((t) => t.group)).toEqual(["us-representative", "us-governor"]);
    expect(walz.terms[1]).toMatchObject({ state: "Minnesota", from: 2019 });
    const govs2024 = kb.holders("Gov.", { year: 2024 });
    expect(new Set(govs2024.map((p) => p.terms.find((t) => t.group === "us-governor")!.state)).size).toBe(govs2024.length);
    expect(kb.holders("defense minister", { country: "Russia", year: 2020 }).map((p) => p.name)).toEqual(["Sergei Shoigu"]);
  });

  it("has every member of Congress with gender and state", () => {
    const cantwell = kb.person("Maria Cantwell")!;
    expect(cantwell.gender).toBe("f");
    expect(cantwell.terms).toContainEqual(expect.objectContaining({ group: "us-senator", state: "Washington", party: "Democratic" }));
    const clay = kb.person("Henry Clay")!;
    expect(clay.undated?.some((u) => u.group === "us-senator" || u.group === "us-representative")).toBe(true);
  });

  it("recognises titles as written in text", () => {
    expect(kb.office("Sen.")?.group).toBe("us-senator");
    expect(kb.office("Rep.")?.group).toBe("us-representative");
    expect(kb.office("Gov.")?.group).toBe("us-governor");
    expect(kb.office("the president")?.title).toBe("President of the United States");
    expect(kb.office("prime minister")?.group).toBe("head-of-government");
    expect(kb.office("chief justice")?.group).toBe("us-justice");
    expect(kb.office("foreign minister")?.group).toBe("foreign-minister");
    expect(kb.office("national security adviser")?.title).toBe("National Security Adviser");
    expect(kb.office("Secretary of State")?.group).toBe("us-cabinet");
    expect(kb.office("U.S. Secretary of State")?.title).toBe("Secretary of State");
    expect(kb.office("banana")).toBeUndefined();
  });
});

describe("knowledge base: places", () => {
  it("resolves country names, official names and abbreviations", () => {
    expect(kb.place("China")?.kind).toBe("country");
    expect(kb.place("the People's Republic of China")?.name).toBe("China");
    expect(kb.place("PRC")?.name).toBe("China");
    expect(kb.place("the Soviet Union")?.name).toBe("Soviet Union");
    expect(kb.place("USSR")?.name).toBe("Soviet Union");
    expect(kb.place("Taiwan")?.kind).toBe("country");
    expect(kb.place("Beijing")).toMatchObject({ kind: "city", country: "China" });
    expect(kb.place("Texas")).toMatchObject({ kind: "state", capital: "Austin" });
    expect(kb.place("the Middle East")?.kind).toBe("region");
    expect(kb.place("U.S.")?.name).toBe("United States");
  });

  it("knows Guam is an island territory", () => {
    const guam = kb.place("Guam")!;
    expect(["island", "territory"]).toContain(guam.kind);
    expect(kb.places("Guam").map((p) => p.kind).sort()).toEqual(["island", "territory"]);
    expect(kb.places("island of Guam")[0].kind).toBe("island");
    expect(kb.placesOfKind("island").map((p) => p.name)).toEqual(expect.arrayContaining(["Taiwan", "Hainan", "Guam", "Okinawa", "Manhattan", "Ellis Island"]));
    expect(kb.placesOfKind("island").map((p) => p.name)).not.toContain("Crimea");
    expect(kb.place("Crimea")?.kind).toBe("region");
  });

  it("filters countries by the year they existed", () => {
    const in1971 = kb.placesOfKind("country", { year: 1971 }).map((p) => p.name);
    expect(in1971).toEqual(expect.arrayContaining(["Soviet Union", "West Germany", "East Germany", "Czechoslovakia", "Yugoslavia", "China", "Taiwan"]));
    for (const absent of ["Russia", "Ukraine", "Germany", "Czechia", "Croatia", "Bangladesh" /* from 1971: present */].slice(0, 5)) expect(in1971).not.toContain(absent);
    const in2000 = kb.placesOfKind("country", { year: 2000 }).map((p) => p.name);
    expect(in2000).toEqual(expect.arrayContaining(["Russia", "Ukraine", "Germany"]));
    expect(in2000).not.toContain("Soviet Union");
    expect(in2000).not.toContain("West Germany");
    expect(kb.placesOfKind("country", { year: 1939 }).map((p) => p.name)).toContain("Germany");
    expect(kb.placesOfKind("country", { year: 1939 }).map((p) => p.name)).toContain("Republic of China (1912–1949)");
  });

  it("lists states, territories and regions", () => {
    expect(kb.placesOfKind("state")).toHaveLength(50);
    expect(kb.placesOfKind("territory", { country: "United States" }).map((p) => p.name)).toEqual(expect.arrayContaining(["Puerto Rico", "Guam", "District of Columbia"]));
    expect(kb.placesOfKind("state", { region: "Midwest" }).map((p) => p.name)).toContain("Ohio");
    expect(kb.placesOfKind("country", { region: "Middle East" }).map((p) => p.name)).toEqual(expect.arrayContaining(["Israel", "Iran", "Saudi Arabia"]));
    expect(kb.placesOfKind("region").map((p) => p.name)).toEqual(expect.arrayContaining(["Indo-Pacific", "Gulf Coast", "Balkans", "Eastern Europe", "Latin America", "Southeast Asia"]));
  });

  it("maps demonyms to countries", () => {
    expect(kb.countryOfDemonym("Chinese")?.name).toBe("China");
    expect(kb.countryOfDemonym("American")?.name).toBe("United States");
    expect(kb.countryOfDemonym("Soviet")?.name).toBe("Soviet Union");
    expect(kb.countryOfDemonym("British")?.name).toBe("United Kingdom");
    expect(kb.countryOfDemonym("Texan")).toBeUndefined(); // a state's people, not a country's
    expect(kb.countryOfDemonym("Martian")).toBeUndefined();
  });

  it("tells two names of one thing apart from two things", () => {
    expect(kb.sameThing("China", "PRC")).toBe(true);
    expect(kb.sameThing("the People's Republic of China", "China")).toBe(true);
    expect(kb.sameThing("China", "Taiwan")).toBe(false);
    expect(kb.sameThing("China", "Beijing")).toBe(false);
    expect(kb.sameThing("FEMA", "Federal Emergency Management Agency")).toBe(true);
    expect(kb.sameThing("Antony Blinken", "Antony J. Blinken")).toBe(true);
    expect(kb.sameThing("Antony Blinken", "Marco Rubio")).toBe(false);
  });
});

describe("knowledge base: organisations, names and nouns", () => {
  it("resolves organisations by name and acronym", () => {
    expect(kb.org("the State Department")?.name).toBe("Department of State");
    expect(kb.org("Department of State")?.kind).toBe("department");
    expect(kb.org("FEMA")?.kind).toBe("agency");
    expect(kb.org("the Senate Judiciary Committee")).toMatchObject({ kind: "committee", name: "Senate Committee on the Judiciary" });
    expect(kb.org("NATO")?.kind).toBe("international");
    expect(kb.org("the Chinese Communist Party")).toMatchObject({ kind: "party", country: "China" });
    expect(kb.orgsOfKind("committee", { country: "United States" }).length).toBeGreaterThan(30);
    expect(kb.orgsOfKind("international", { year: 1960 }).map((o) => o.name)).toContain("Warsaw Pact");
    expect(kb.orgsOfKind("international", { year: 2000 }).map((o) => o.name)).not.toContain("Warsaw Pact");
  });

  it("gives a first name's gender only when clear", () => {
    expect(kb.firstNameGender("Antony")).toBe("m");
    expect(kb.firstNameGender("Nancy")).toBe("f");
    expect(kb.firstNameGender("Margaret")).toBe("f");
    expect(kb.firstNameGender("Mitch")).toBe("m");
    expect(kb.firstNameGender("Jordan")).toBeUndefined();
    expect(kb.firstNameGender("Kim")).toBeUndefined();
    expect(kb.firstNameGender("Taylor")).toBeUndefined();
  });

  it("classes common nouns", () => {
    expect(kb.nounClass("senator")).toBe("person");
    expect(kb.nounClass("farmer")).toBe("person");
    expect(kb.nounClass("committee")).toBe("group");
    expect(kb.nounClass("army")).toBe("group");
    expect(kb.nounClass("island")).toBe("place");
    expect(kb.nounClass("city")).toBe("place");
    expect(kb.nounClass("decade")).toBe("time");
    expect(kb.nounClass("tariff")).toBeUndefined();
  });

  it("writes its data sorted, so builds are deterministic and diffs readable", () => {
    const names = (xs: { name: string }[]) => xs.map((x) => x.name);
    const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(names(placesJson.places)).toEqual(sorted(names(placesJson.places)));
    expect(names(orgsJson.orgs)).toEqual(sorted(names(orgsJson.orgs)));
    for (const p of placesJson.places) expect(p.aliases).toEqual(sorted(p.aliases));
  });

  it("is built once per process", () => {
    expect(getKb()).toBe(kb);
  });
});
