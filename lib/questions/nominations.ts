/**
 * A nominations release's central fact: the post each nominee is named for. Its headings say it ("Mark W. Libby,
 * Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Azerbaijan"; "Tana Lin: Nominee for the
 * United States District Court for the Western District of Washington"), and the engine asked nothing of it: set BV's
 * judicial release gave no question at all, and the pool's 182 nominations releases of 400 words or more gave 2.5 on
 * average, mostly the years of a career, which the quiz leaves out as trivia.
 *
 * "For which post is Mark W. Libby the nominee, according to the article?" takes the release's other nominees' posts
 * as wrong answers, each a post the release names (so each is plausible, of the same kind, and wrong for this person).
 */
import type { Analysis } from "./analysis";
import type { Candidate } from "./types";
import { stableHash } from "./hash";
import { getKb } from "./kb";
import { BOARDS, type Body, COMMISSIONS, CORPORATIONS } from "./kb/curated/boards";
import { allDistricts, CIRCUITS, DISTRICTS } from "./kb/curated/courts";
import { escapeRe, familyName, ucfirst, wordCount } from "./util";

export interface NomineeHeading {
  /** the person as the article's entity index knows them (the heading's name when it does not) */
  person: string;
  /** the post, as the heading prints it ("the United States District Court for …", "Member of the … Board") */
  post: string;
  /** the heading's span in the text: "Name, Nominee for Post" */
  start: number;
  end: number;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}`;
// (With a list's bullet before it, as util.ts bioHeading allows: "• Douglas Hickey, Nominee for …".)
// (With a suffix: "John W. Leslie, Jr., Nominee for …", set CG's draw.)
const HEADING = new RegExp(String.raw`^(?:•[ \t]*)?(${NAME}(?:,? (?:Jr\.|Sr\.|II|III|IV))?)(?:,|:)[ \t]+Nominee for[ \t]+([^\n]+)$`, "gmu");
/**
 * A line of "Nominations Sent to the Senate": "Faisal Amin, of Maryland, to be Chief Financial Officer, Environmental
 * Protection Agency, vice Holly W. Greaves." — the name, the post after "to be", without its term or its predecessor.
 */
const SENT = new RegExp(String.raw`^[^\S\n]*(${NAME}(?:,? (?:Jr\.|Sr\.|II|III|IV))?),[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L} .]*?,[^\S\n]+(?:[^,\n]*\bCareer\b[^,\n]*,[^\S\n]+(?:Class of [^,\n]*,[^\S\n]+)?)?to be[^\S\n]+(?:an?[^\S\n]+)?([^\n]+?)(?:,?[^\S\n]+(?:for a term|for the term|for the remainder)\b[^\n]*|,[^\S\n]+vice[^\S\n][^\n]*|\.)$`, "gmu");
/** What a heading's post is not: "…, with the rank and status of Ambassador …" is the rank, not the post. */
const RANK = /,\s+with the rank (?:and status )?of\b.*$/;
/** A post's words: a title's or a body's; a lowercase word outside these is the biography's sentence. */
const POST_WORD = /^(?:of|for|the|and|to|on|in|at|&)$|^[\p{Lu}\p{N}(]/u;
/** Where a biography glued on after the post opens with a date or an opening phrase ("… of Washington From 2001 to …"). */
const BIO_OPENING = /\s+(?:In|From|Since|Before|After|During|Prior to|As|Until|Following)\s+(?:\d|[a-z])/u;
/** The Senate's notes after a post: "(New Position)", "(Reappointment)". */
const SENATE_NOTE = /\s*\((?:New Position|Reappointment)\)/g;

const cache = new WeakMap<Analysis, NomineeHeading[]>();

/**
 * The release's nominee headings. Where the heading runs into the biography on one line ("… for the Western District
 * of Washington David Estudillo is currently …"), the post ends where the name comes back; a line whose post cannot be
 * told from what follows is left out.
 */
export function nomineeHeadings(a: Analysis): NomineeHeading[] {
  const hit = cache.get(a);
  if (hit) return hit;
  const out: NomineeHeading[] = [];
  // A nomination withdrawn ("…, vice X, which was sent to the Senate on …", under "WITHDRAWAL") is no one's post: a line
  // is withdrawn where the nearest section heading above it is a withdrawal (a page may gather several days).
  const sections = [...a.text.matchAll(/^[^\S\n]*(WITHDRAWALS?|NOMINATIONS?)\b[^\n]*$/gm)].map((x) => ({ at: x.index ?? 0, withdrawal: /^W/.test(x[1]) }));
  const withdrawnAt = (i: number) => sections.filter((x) => x.at < i).pop()?.withdrawal ?? false;
  const lines = [...a.text.matchAll(HEADING)].map((m) => ({ m, sent: false })).concat([...a.text.matchAll(SENT)].map((m) => ({ m, sent: true })));
  for (const { m, sent } of lines.sort((x, y) => (x.m.index ?? 0) - (y.m.index ?? 0))) {
    if (sent && (withdrawnAt(m.index ?? 0) || /\bwhich was sent to the Senate\b/.test(m[0]))) continue;
    const name = headingName(m[1]);
    const family = familyName(name);
    let post = m[2].trim();
    const lead = m[0].length - m[0].trimStart().length;
    const postAt = (m.index ?? 0) + m[0].indexOf(m[2], lead + m[1].length);
    if (!sent) {
      // The biography glued on: the name again, whole (given name, any middle names, family name: not the given name
      // alone, "Virginia Smith" in "… District of Virginia", the review) or as "Judge/Mr./Ms./Dr. Family", or "She"/"He"
      // opening it; or a date or an opening phrase.
      const again = post.match(new RegExp(String.raw`\s+(?:${escapeRe(name.split(" ")[0])}(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+${escapeRe(family)}\b|(?:Judge|Justice|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}${escapeRe(family)}\b|(?:She|He)\s+(?:is|has|was|served|currently)\b)`, "u"));
      if (again) post = post.slice(0, again.index);
      const opening = post.match(BIO_OPENING);
      if (opening) post = post.slice(0, opening.index);
    }
    // (A footnote's mark, "… to the Kingdom of Norway**", is no part of the post.)
    post = post.replace(SENATE_NOTE, "").replace(RANK, "").replace(/[\s.,;:*†‡]+$/, "");
    // A post cut before its last word ("… District of", "… Kingdom of") or holding a year is what is left of a line
    // whose biography could not be told from its post.
    if (/\s(?:of|for|to|the|and|on|in|at|&)$/.test(post) || /\b(?:1[89]|20)\d\d\b/.test(post)) continue;
    // Every word a post's word: what is left of a glued line that did not say the name again is no post.
    if (!post.split(/\s+/).every((w) => POST_WORD.test(w))) continue;
    if (wordCount(post) < 2 || wordCount(post) > 16) continue;
    const person = canonicalPerson(a, name);
    // (A release that prints its list twice names each nominee twice.)
    if (out.some((o) => o.person === person && key(o.post) === key(post))) continue;
    out.push({ person, post, start: (m.index ?? 0) + lead, end: postAt + post.length });
  }
  cache.set(a, out);
  return out;
}

/**
 * Each nominee's biography: the text from each "Name, Nominee for …" line to the next such line (a release may list its
 * nominees first and give their biographies after, each under the same heading again). Lines of "Nominations Sent to
 * the Senate" have no biography.
 */
export function nomineeSections(a: Analysis): Map<string, { start: number; end: number }[]> {
  const hit = sectionCache.get(a);
  if (hit) return hit;
  const lines = [...a.text.matchAll(HEADING)];
  const out = new Map<string, { start: number; end: number }[]>();
  lines.forEach((m, i) => {
    const person = canonicalPerson(a, headingName(m[1]));
    const start = m.index ?? 0;
    const end = lines[i + 1]?.index ?? a.text.length;
    out.set(person, [...(out.get(person) ?? []), { start, end }]);
  });
  sectionCache.set(a, out);
  return out;
}

const sectionCache = new WeakMap<Analysis, Map<string, { start: number; end: number }[]>>();

/**
 * Whether a sentence is a nominee's biography (its heading line aside). The questions of a biography are résumé
 * details: raters kept 28 of 94 of them in three sets of whole nominations quizzes (BZ, CA, CC, both pairs each), the
 * release's own facts before the biographies 6 of 8, and its nominee posts and current positions nearly all.
 */
export function inBiography(a: Analysis, sentence: number): boolean {
  const s = a.sentences[sentence];
  if (!s) return false;
  for (const spans of nomineeSections(a).values()) if (spans.some((sp) => s.start >= sp.start && s.start < sp.end)) return true;
  return false;
}

/** A heading's name without its title or suffix ("Justice Beth Robinson", "Dr. Maria Rosario Jackson", "… Jr."). */
function headingName(raw: string): string {
  return raw.replace(/^(?:Justice|Judge|Dr\.|Mr\.|Ms\.|Mrs\.|Hon\.)\s+/, "").replace(/,? (?:Jr\.|Sr\.|II|III|IV)$/, "");
}

/** The entity index's name for a heading's name: "Chantale Wong" is Chantale Yokmin Wong where the article says so. */
function canonicalPerson(a: Analysis, name: string): string {
  if (a.ents.persons.has(name)) return name;
  const given = name.split(" ")[0];
  const family = familyName(name);
  for (const p of a.ents.persons.keys()) if (p.split(" ")[0] === given && familyName(p) === family) return p;
  return name;
}

const key = (post: string) => post.toLowerCase().replace(/^the\s+/, "");

/** An ambassador's post: "Ambassador Extraordinary and Plenipotentiary to the Republic of Slovenia" → its country. */
const AMBASSADOR = /^Ambassador(?: Extraordinary and Plenipotentiary)?(?: of the United States(?: of America)?)? to (.+)$/;
/** Formal names the knowledge base does not know, by their short names ("the Gabonese Republic" is Gabon, set CI). */
const FORMAL: Record<string, string> = {
  "Gabonese Republic": "Gabon",
  "Italian Republic": "Italy",
  "French Republic": "France",
  "Hellenic Republic": "Greece",
  "Argentine Republic": "Argentina",
  "Togolese Republic": "Togo",
  "Lebanese Republic": "Lebanon",
  "Portuguese Republic": "Portugal",
  "Tunisian Republic": "Tunisia",
  "Slovak Republic": "Slovakia",
  "Kyrgyz Republic": "Kyrgyzstan",
  "Lao People's Democratic Republic": "Laos",
  "Lao People’s Democratic Republic": "Laos",
  "Swiss Confederation": "Switzerland",
  "Oriental Republic of Uruguay": "Uruguay",
  "Bolivarian Republic of Venezuela": "Venezuela",
  "Plurinational State of Bolivia": "Bolivia",
  "Hashemite Kingdom of Jordan": "Jordan",
  "Kingdom of the Netherlands": "Netherlands",
};

/** A state's formal style before its name ("the Islamic Republic of Pakistan", "the Grand Duchy of Luxembourg"). */
const STYLE = /^(?:the\s+)?(?:(?:Islamic|Federal|Democratic|People['’]s|Socialist|Federative|Arab|Kyrgyz|Oriental|Plurinational|Bolivarian|Hashemite|United|Independent|Co-operative|Cooperative|Grand|Federated)\s+)*(?:Republic|Kingdom|Duchy|Principality|State|States|Sultanate|Commonwealth|Federation|Union|Confederation|Emirate)\s+of\s+(?:the\s+)?/;
/** A post of a judicial district: its court, its judge, its attorney or marshal ("United States Marshal for the …"). */
const DISTRICT = /^(the\s+)?((?:United States|U\.S\.) (?:District Court|District Judge|Attorney|Marshal) for )the (?:(Northern|Southern|Eastern|Western|Middle|Central) )?District of ([A-Z][A-Za-z ]+)$/;
const CIRCUIT = /^(the\s+)?((?:United States|U\.S\.) (?:Court of Appeals|Circuit Judge) for )the (.+) Circuit$/;

/** A word of a post's title: a post without one is a body's name. */
const TITLE_WORD = /\b(?:Member|Chair|Chairman|Chairwoman|Chairperson|Co-Chair|Commissioner|Director|Secretary|Ambassador|Administrator|Inspector|Counsel|Chief|Solicitor|Officer|Governor|Governors|Trustee|Trustees|Representative|Attorney|Marshal|Judge|Justice|Negotiator|President|Treasurer|Coordinator|Envoy|Controller|Comptroller|Archivist|Librarian|Register|Commandant|Surgeon|Head|Executive|Deputy|Assistant|Under|Associate|Principal|Printer|Advisor|Adviser|Auditor|Ombudsman|Alternate|Delegate|Fellow)\b/;
/** The end of a body's name: a board's, a commission's. */
const BODY_END = /\b(?:Board|Commission|Council|Committee|Authority|Corporation|Foundation|Institute|Panel)$/;

interface Post {
  heading: NomineeHeading;
  /** as the choices print it: "Ambassador to Slovenia", "Solicitor of the Department of Labor" */
  shown: string;
  kind: "court" | "ambassador" | "post";
}

/** The post as a choice: an ambassador's by the country's short name, a title without the heading's "the". */
function shownPost(a: Analysis, h: NomineeHeading): Post {
  const amb = h.post.match(AMBASSADOR);
  if (amb) {
    const to = amb[1];
    // The country by the knowledge base's short name, as the wrong answers are ("the Kingdom of Saudi Arabia" is Saudi
    // Arabia, "the Russian Federation" Russia: set CC's and CE's pairs saw the one formal name among the choices), or by
    // its name without its style where the knowledge base knows only that ("the Republic of Slovenia" is Slovenia).
    // ("The Holy See" stays: the knowledge base names it Vatican City, which is no other name of the embassy's post.)
    const formal = FORMAL[to.replace(/^the\s+/, "")];
    const own = getKb().place(formal ?? to.replace(/^the\s+/, ""));
    const bare = to.replace(STYLE, "").replace(/^the\s+/, "");
    const short = own ? undefined : getKb().place(bare);
    const shown =
      own?.kind === "country" && own.name !== "Vatican City"
        ? `${THE_NAME.test(own.name) ? "the " : ""}${own.name}`
        : short?.kind === "country"
          ? `${short.the ? "the " : ""}${bare}`
          : to;
    return { heading: h, shown: `Ambassador to ${shown}`, kind: "ambassador" };
  }
  if (/\bCourt\b|\b(?:District|Circuit) Judge\b/.test(h.post)) return { heading: h, shown: h.post, kind: "court" };
  let shown = h.post.replace(/^the\s+/, "");
  // "Assistant Secretary of State (South and Central Asian Affairs)", the Senate's style, as the releases write it
  // ("… for South Asian Affairs"), so that no choice stands out by its brackets (set BY, both pairs); "Under
  // Secretary of Defense (Comptroller)" keeps its one word.
  shown = shown.replace(/\s+\(([^()]+\s[^()]+)\)$/, " for $1");
  // "Nominee for Chemical Safety and Hazard Investigation Board": a board's name is no post; its member's is (set BY).
  if (!TITLE_WORD.test(shown) && BODY_END.test(shown)) shown = `Member of the ${shown}`;
  return { heading: h, shown: ucfirst(shown), kind: "post" };
}

/**
 * Countries that are no wrong answer for an ambassador's post in the 2020s: no relations (Bhutan, Iran, North Korea,
 * Taiwan, Palestine), no confirmed ambassador (Cuba, Syria, Venezuela, Afghanistan), or an ambassador accredited from a
 * neighbour, whose post a nominee there may also hold (the microstates; the Eastern Caribbean from Barbados; Kiribati,
 * Nauru, Tonga and Tuvalu from Fiji; Samoa from New Zealand; the Solomon Islands and Vanuatu from Papua New Guinea; the
 * Comoros from Madagascar; the Seychelles from Mauritius; São Tomé and Príncipe from Gabon; the Maldives from Sri Lanka;
 * the review of engine 36). The Holy See has an ambassador of its own, but the knowledge base names it Vatican City.
 */
const NO_OWN_AMBASSADOR = new Set(["Bhutan", "Iran", "North Korea", "Syria", "Taiwan", "Palestine", "Cuba", "Venezuela", "Afghanistan", "Vatican City", "San Marino", "Monaco", "Andorra", "Liechtenstein", "Nauru", "Tuvalu", "Kiribati", "Tonga", "Samoa", "Solomon Islands", "Vanuatu", "Comoros", "Seychelles", "Sao Tome and Principe", "São Tomé and Príncipe", "Maldives", "Antigua and Barbuda", "Dominica", "Grenada", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Western Sahara", "United States"]);

/** A country's name that takes "the" ("the Philippines", "the United Kingdom"; the knowledge base also marks Czechia). */
const THE_NAME = /\b(?:Republic|Kingdom|States|Union|Islands|Emirates|Netherlands|Philippines|Bahamas|Gambia|Congo)\b/;

/** Wrong answers from the knowledge base, where the release names fewer than three posts of the answer's kind. */
function kbPosts(a: Analysis, p: Post): string[] {
  const order = (xs: string[]) => xs.map((x) => ({ x, h: stableHash(`${p.heading.person}|${x}`) })).sort((u, v) => u.h.localeCompare(v.h)).map((u) => u.x);
  if (p.kind === "ambassador") {
    const country = getKb().place(p.shown.replace(/^Ambassador to (?:the )?/, ""));
    if (!country?.region || country.kind !== "country") return [];
    // (With no year, states of today only: not "Ambassador to Nazi Germany", the review.)
    const near = getKb().placesOfKind("country", { year: a.year, region: country.region }).filter((c) => c.name !== country.name && !NO_OWN_AMBASSADOR.has(c.name) && (a.year !== undefined || c.to === undefined));
    return order(near.map((c) => `Ambassador to ${c.the && THE_NAME.test(c.name) ? "the " : ""}${c.name}`));
  }
  const d = p.heading.post.match(DISTRICT);
  if (d) {
    const state = d[4];
    const home = DISTRICTS[state];
    if (!home) return [];
    const all = allDistricts().filter((x) => key(x.name) !== key(`the ${d[3] ? `${d[3]} ` : ""}District of ${d[4]}`));
    const court = (x: string) => `${d[1] ?? ""}${d[2]}${x}`;
    // The state's other districts first, then its circuit's, then any.
    return [...order(all.filter((x) => x.state === state).map((x) => court(x.name))), ...order(all.filter((x) => x.state !== state && x.circuit === home.circuit).map((x) => court(x.name))), ...order(all.filter((x) => x.circuit !== home.circuit).map((x) => court(x.name)))];
  }
  const c = p.heading.post.match(CIRCUIT);
  if (c && (CIRCUITS as readonly string[]).includes(c[3])) return order(CIRCUITS.filter((x) => x !== c[3]).map((x) => `${c[1] ?? ""}${c[2]}the ${x} Circuit`));
  return order(seats(a, p.shown));
}

/**
 * A seat on a federal commission or board, in the answer's own words: other commissions' commissioners for "Commissioner
 * of the Federal Communications Commission", other boards' members for "Member of the National Mediation Board", other
 * corporations' directors for "Member of the Amtrak Board of Directors" (kb/curated/boards.ts). Not a body the release
 * names (a nominee's own board, a past post), nor one younger than the release.
 */
function seats(a: Analysis, shown: string): string[] {
  const excluded = (b: Body) => a.norm.toLowerCase().includes(b.name.toLowerCase()) || (a.year !== undefined && b.from > a.year);
  const of = (b: Body) => `${b.the ? "the " : ""}${b.name}`;
  let m = shown.match(/^(Commissioner|Member) of (?:the )?(.+ Commission)$/);
  if (m) return COMMISSIONS.filter((b) => !excluded(b)).map((b) => `${m![1]} of ${of(b)}`);
  if ((m = shown.match(/^Member of the (.+) Board of Directors$/))) return CORPORATIONS.filter((b) => !excluded(b)).map((b) => `Member of the ${b.name} Board of Directors`);
  // (In the answer's own form: "…, Federal Deposit Insurance Corporation" or "… of the …", set CE's two pairs.)
  if ((m = shown.match(/^Member of the Board of Directors(,| of| for) (?:the )?(.+)$/))) {
    const sep = m[1];
    return CORPORATIONS.filter((b) => !excluded(b)).map((b) => `Member of the Board of Directors${sep === "," ? `, ${b.name}` : `${sep} ${of(b)}`}`);
  }
  if ((m = shown.match(/^Member of (?:the )?(.+ Board)$/))) return BOARDS.filter((b) => !excluded(b)).map((b) => `Member of ${of(b)}`);
  return [];
}

/**
 * A post's title, for ordering and comparing wrong answers: ambassadors for an ambassador, members of a board for a
 * member, a district's attorneys for its attorney, district courts for a district court.
 */
function head(x: Post | string): string {
  const t = key(typeof x === "string" ? x : x.shown);
  return /court of appeals|circuit judge/.test(t) ? "circuit" : /district court|district judge/.test(t) ? "district" : t.split(/\s+(?:for|of|to|at|on)\s+|,|\s\(/)[0];
}

/** The distinctive words of a post's body ("Federal Communications" of "Commissioner of the Federal Communications Commission"). */
const GENERIC = /^(?:Member|Members|Commissioner|Chair|Chairman|Board|Boards|Commission|Directors|Governors|Trustees|Council|Committee|Authority|Corporation|Foundation|United|States|America|Department|Office|Of|The|For|And|To|On)$/i;
function bodyWords(post: string): string[] {
  return post.replace(/^[^]*?\b(?:of|for|to|on)\s+(?:the\s+)?/, "").split(/[\s,]+/).filter((w) => /^\p{Lu}/u.test(w) && !GENERIC.test(w));
}

/** Whether the article's title names the answer's body and none of the wrong answers'. */
function titleGives(a: Analysis, answer: string, wrong: string[]): boolean {
  const title = a.title.toLowerCase();
  const inTitle = (post: string) => {
    const w = bodyWords(post);
    // (One word will do where it is long and the title has it as a word: "Sentencing" of "… for the United States
    // Sentencing Commission", set CI.)
    return (w.length >= 2 || (w.length === 1 && w[0].length >= 6)) && w.every((x) => new RegExp(`\\b${escapeRe(x.toLowerCase())}\\b`).test(title));
  };
  return inTitle(answer) && !wrong.some(inTitle);
}

/**
 * Another seat of a post's own body where one of the two is its chair: the chair of a commission is one of its
 * commissioners too (the review: "Chair of the Consumer Product Safety Commission" against its "Commissioner").
 */
function seatOfSame(x: string, y: string): boolean {
  const bodyOf = (z: string) => z.match(/\s+of\s+(?:the\s+)?(.+)$/)?.[1].toLowerCase();
  // (A chair anywhere in the title: "Member and Vice Chair of the Board of Directors, …" is also its member, set CE.)
  const chair = (z: string) => /\bChair(?:man|woman|person)?\b/i.test(z.split(/\s+of\s+/)[0]);
  return !!bodyOf(x) && bodyOf(x) === bodyOf(y) && chair(x) !== chair(y);
}

/** The knowledge base's wrong answers for a heading's post, in the order they are taken (for the tests). */
export function kbPostsFor(a: Analysis, h: NomineeHeading): string[] {
  return kbPosts(a, shownPost(a, h));
}

/** "For which post is X the nominee?": one per nominee named for one post, with three other posts as wrong answers. */
export function nomineePostQuestions(a: Analysis): Candidate[] {
  const heads = nomineeHeadings(a);
  const posts = heads.map((h) => shownPost(a, h));
  const out: Candidate[] = [];
  const asked = new Set<string>();
  let threeAsked = false;
  for (const p of posts) {
    const h = p.heading;
    // A person named for two posts (or twice): either would be right.
    if (heads.filter((o) => o.person === h.person).length > 1) continue;
    // One question a post: three nominees of one board, or of one court, are one fact asked three times, each with
    // the same four choices and answer (set BZ, a pair). (The posts asked, not those named: a first nominee asked
    // nothing leaves the post to the next, the review.)
    if (asked.has(key(p.shown))) continue;
    // Courts for a court, embassies and other posts for a post: a judge's nominee is not offered an embassy.
    const same = (o: Post) => (o.kind === "court") === (p.kind === "court");
    const others = posts.filter((o) => same(o) && key(o.shown) !== key(p.shown) && !seatOfSame(o.shown, p.shown));
    // Posts of the same title first, then of the same kind (an office at home for an office at home, not an embassy).
    const rank = (o: Post) => (head(o) === head(p) ? 0 : o.kind === p.kind ? 1 : 2);
    const release = [...new Set([...others].sort((x, y) => rank(x) - rank(y)).map((o) => o.shown))];
    const fill = kbPosts(a, p).filter((x) => !release.some((r) => key(r) === key(x)));
    const near = release.filter((x) => head(x) === head(p.shown));
    const distractors = [...near, ...fill, ...release].filter((x, i, xs) => xs.indexOf(x) === i).slice(0, 3);
    // An answer the only one of its kind among the choices (a board's member among three embassies, a U.S. Attorney
    // among three U.S. Marshals, set BY's two pairs) is picked out by its shape alone.
    if (!distractors.some((x) => { const o = posts.find((q) => q.shown === x); return !o || o.kind === p.kind; })) continue;
    if (!distractors.some((x) => head(x) === head(p.shown)) && new Set(distractors.map(head)).size === 1) continue;
    // A body the release's title names, which no wrong answer names ("… Announces Federal Communications Commission
    // Nominees": "Commissioner of the Federal Communications Commission" is the title's; sets CE and CF, both pairs).
    if (titleGives(a, p.shown, distractors)) continue;
    // Three choices where the release names three posts and the knowledge base has none of their kind: the release's
    // own posts, matched to its nominees (a release of three nominees had asked nothing of them, set CE's draw). Once:
    // a second would be the same three choices, each answering the other. And only with a post of the answer's own
    // title among them: "Assistant Attorney General …" against a commission's member and a commissioner was picked out
    // by its shape (set CG).
    if (distractors.length < 3 && (threeAsked || distractors.length < 2 || new Set(posts.map((o) => key(o.shown))).size > 3 || !distractors.some((x) => head(x) === head(p.shown)))) continue;
    if (distractors.length < 3) threeAsked = true;
    const sentence = a.sentences.find((s) => s.start <= h.start && h.start < s.end) ?? a.sentences.find((s) => s.start >= h.start);
    if (!sentence) continue;
    asked.add(key(p.shown));
    // "For which court" only where the answer is a court's name ("Associate Justice of the Supreme Court of the United
    // States" is a post, the review).
    const courtName = /^(?:the\s+)?(?:United States\s+|U\.S\.\s+)?(?:District Court|Court of|Supreme Court|Superior Court|Tax Court)\b|^the District of Columbia (?:Court|Superior Court)\b/.test(p.shown);
    out.push({
      type: "multiple_choice",
      prompt: `${courtName ? "For which court" : "For which post"} is ${h.person} the nominee, according to the article?`,
      choices: [p.shown, ...distractors],
      answer: p.shown,
      evidenceStart: h.start,
      evidenceEnd: h.end,
      explanation: `The article names ${h.person} as the nominee for ${h.post}.`,
      difficulty: 1,
      entities: [h.person],
      facts: [sentence.index],
      base: 0.62 + 0.2 * (a.importance.get(h.person) ?? 0.3),
      answerKey: `roleof:${h.person}`,
      heading: true,
    });
  }
  return out;
}
