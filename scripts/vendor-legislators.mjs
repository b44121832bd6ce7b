// Vendors a compact copy of the CC0 unitedstates/congress-legislators data into
// lib/questions/kb/sources/legislators.json, so `npm run build:kb` runs offline.
// Usage: node scripts/vendor-legislators.mjs <path-to-a-checkout-or-bare-git-dir>
// Only run when refreshing the source (see docs/decisions/012-civics-knowledge-base.md).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";

const src = process.argv[2];
if (!src) {
  console.error("usage: node scripts/vendor-legislators.mjs <congress-legislators checkout or git dir>");
  process.exit(1);
}
const isBare = existsSync(path.join(src, "HEAD")) && !existsSync(path.join(src, ".git"));
function read(file) {
  if (isBare) return execFileSync("git", ["--git-dir", src, "show", `HEAD:${file}`], { maxBuffer: 1 << 28 }).toString();
  return readFileSync(path.join(src, file), "utf8");
}
const commit = isBare
  ? execFileSync("git", ["--git-dir", src, "rev-parse", "HEAD"]).toString().trim()
  : execFileSync("git", ["-C", src, "rev-parse", "HEAD"]).toString().trim();

const PARTY = {
  Democrat: "D", Republican: "R", Independent: "I", Federalist: "F", Whig: "W",
  "Democratic Republican": "DR", "Democratic-Republican": "DR", "no party": "", Libertarian: "L",
};
const party = (p) => (p === undefined ? "" : PARTY[p] ?? p);
const year = (d) => Number(String(d).slice(0, 4));

/** Merge consecutive terms with the same kind, state and party into one span. */
function spans(terms) {
  const out = [];
  for (const t of terms) {
    const kind = t.type;
    const from = year(t.start);
    const to = t.end ? year(t.end) : null;
    const st = t.state ?? "";
    const p = party(t.party);
    const last = out[out.length - 1];
    if (last && last[0] === kind && last[1] === st && last[4] === p && last[3] !== null && from - last[3] <= 1) {
      last[3] = to;
    } else out.push([kind, st, from, to, p]);
  }
  return out;
}

function fullName(n) {
  if (n.official_full) return n.official_full;
  return [n.first, n.middle, n.last, n.suffix].filter(Boolean).join(" ").replace(/\s+/g, " ");
}

const people = new Map();
function add(rec, current) {
  const id = rec.id.bioguide ?? `x-${rec.id.govtrack ?? fullName(rec.name)}`;
  const prev = people.get(id);
  const terms = spans(rec.terms);
  if (prev) {
    prev.t.push(...terms);
    prev.t.sort((a, b) => a[2] - b[2]);
    if (current) prev.c = 1;
    return;
  }
  const p = {
    id,
    n: fullName(rec.name),
    f: rec.name.first,
    l: rec.name.last,
    g: (rec.bio?.gender ?? "").toLowerCase(),
    t: terms,
  };
  if (rec.name.nickname) p.k = rec.name.nickname;
  if (rec.name.suffix) p.s = rec.name.suffix;
  if (rec.bio?.birthday) p.b = year(rec.bio.birthday);
  if (current) p.c = 1;
  people.set(id, p);
}
// legislators-historical.yaml is too large for some mirrors; when it is missing, the union of every
// quarter's legislators-current.yaml since 2012 gives full careers for everyone who served since then,
// and legislators-historical.csv (gh-pages branch) gives the rest with their last term but no years.
function tryRead(file, rev = "HEAD") {
  try {
    if (isBare) return execFileSync("git", ["--git-dir", src, "show", `${rev}:${file}`], { maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] }).toString();
    return readFileSync(path.join(src, file), "utf8");
  } catch {
    return undefined;
  }
}
const historical = tryRead("legislators-historical.yaml");
let mode = "full";
if (historical) {
  for (const r of yaml.load(historical)) add(r, false);
} else if (isBare) {
  mode = "current-snapshots+historical-csv";
  const log = execFileSync("git", ["--git-dir", src, "log", "--format=%H %cs", "HEAD", "--", "legislators-current.yaml"]).toString().trim().split("\n");
  const perQuarter = new Map();
  for (const line of log) {
    const [h, d] = line.split(" ");
    const q = d.slice(0, 4) + "Q" + Math.ceil(Number(d.slice(5, 7)) / 3);
    if (!perQuarter.has(q)) perQuarter.set(q, h); // log is newest first: keep the quarter's last version
  }
  const revs = [...perQuarter.values()].reverse();
  for (const rev of revs) {
    for (const r of yaml.load(tryRead("legislators-current.yaml", rev))) {
      const id = r.id.bioguide;
      if (!id) continue;
      const prev = people.get(id);
      if (prev && prev._n >= r.terms.length) continue;
      people.delete(id);
      add(r, false);
      people.get(id)._n = r.terms.length;
    }
  }
  const csv = tryRead("legislators-historical.csv", "gh-pages");
  const rows = parseCsv(csv);
  const head = rows.shift();
  const col = (row, name) => row[head.indexOf(name)] ?? "";
  for (const row of rows) {
    const id = col(row, "bioguide_id");
    if (!id || people.has(id)) continue;
    const n = { first: col(row, "first_name"), middle: col(row, "middle_name"), last: col(row, "last_name"), suffix: col(row, "suffix"), nickname: col(row, "nickname"), official_full: col(row, "full_name") };
    const p = { id, n: fullName(n), f: n.first, l: n.last, g: col(row, "gender").toLowerCase(), t: [[col(row, "type"), col(row, "state"), null, null, party(col(row, "party") || undefined)]] };
    const born = col(row, "birthday");
    if (born) p.b = year(born);
    if (n.nickname) p.k = n.nickname;
    if (n.suffix) p.s = n.suffix;
    people.set(id, p);
  }
}
for (const r of yaml.load(read("legislators-current.yaml"))) {
  people.delete(r.id.bioguide);
  add(r, true);
}
for (const r of yaml.load(read("executive.yaml"))) add(r, false);
for (const p of people.values()) delete p._n;

function parseCsv(text) {
  const rows = [];
  let row = [], field = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; }
      else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (ch !== "\r") field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const committees = [];
for (const [file, current] of [["committees-current.yaml", true], ["committees-historical.yaml", false]]) {
  for (const c of yaml.load(read(file))) {
    if (!current && committees.some((x) => x.n === c.name)) continue;
    const congresses = c.congresses ?? [];
    committees.push({ n: c.name, t: c.type, c: current ? 1 : 0, last: congresses.length ? Math.max(...congresses) : null });
  }
}

const list = [...people.values()].sort((a, b) => a.id.localeCompare(b.id));
const out = {
  source: "unitedstates/congress-legislators (CC0-1.0)",
  commit,
  mode,
  fields: "n=name f=first l=last g=gender k=nickname s=suffix b=birth year c=current; t=[type,state,fromYear,toYear,party]; years null = not in the source",
  people: list,
  committees: committees.sort((a, b) => a.n.localeCompare(b.n)),
};
const file = new URL("../lib/questions/kb/sources/legislators.json", import.meta.url);
writeFileSync(file, JSON.stringify(out).replace(/\},\{"id"/g, '},\n{"id"') + "\n");
console.log(`people ${list.length}, committees ${committees.length} -> ${file.pathname}`);
