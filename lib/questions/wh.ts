/**
 * Real wh-questions, only where the transformation is safe:
 *  - roles: "Secretary of State Antony J. Blinken" -> "Who is identified in the article as the Secretary of State?"
 *  - subjects: a sentence that starts with a named entity followed by its verb
 *    -> the entity replaced by Who / Which country / Which organization ...
 * Object questions need do-support and inversion, which compromise gets wrong
 * often enough ("will say he press China") that we leave them to fill-in-blank.
 */
import type { Analysis } from "./analysis";
import { entityDistractors } from "./distractors";
import { peersOf } from "./quotes";
import type { EntityKind, Mention } from "./entities";
import { getKb } from "./kb";
import type { Candidate } from "./types";
import { CITIES, US_STATES } from "./civics-lexicon";
import { canStandFor, comparableOfficials, holdsPublicRole, isPublicRole, personCountry, roleCountry } from "./world";
import { bioHeading, containsPhrase, escapeRe, explainFromEvidence, familyName, stemGender, stripConnector, ucfirst, wordCount } from "./util";

const WH: Record<EntityKind, string> = {
  person: "Who",
  country: "Which country",
  state: "Which state",
  city: "Which city",
  region: "Which region",
  court: "Which court",
  gov: "Which government body",
  edu: "Which institution",
  org: "Which organization",
};

export function officeChangesHands(a: Analysis, role: string): boolean {
  const title = escapeRe(role.replace(/^the\s+/i, "").replace(/^[A-Z][\w.]*'s\s+/, ""));
  return new RegExp(String.raw`\b${title}\s+(?:position|post|seat|nomination|nominee|vacancy|job)\b|\b(?:replace|succeed|succeeded|succeeding|former|late|previous|next|then-)\s*(?:the\s+)?${title}\b`, "i").test(a.norm);
}

/** Whether a title begins inside a body's name the knowledge base knows ("National Oceanic and | Atmospheric …"). */
function insideBodyName(sentence: string, role: string): boolean {
  const at = sentence.indexOf(role);
  const joined = at > 0 ? sentence.slice(Math.max(0, at - 50), at).match(/((?:[A-Z][\w.'-]*\s+){1,4})(and|of|for|&)\s+$/) : null;
  if (!joined) return false;
  const before = joined[1].trim().split(/\s+/);
  const after = role.split(/\s+/);
  for (let k = 1; k <= before.length; k++)
    for (let j = 1; j <= after.length; j++) if (getKb().org(`${before.slice(-k).join(" ")} ${joined[2]} ${after.slice(0, j).join(" ")}`)) return true;
  return false;
}

/**
 * A title read without its first words: "National Climate Advisor Gina McCarthy" gave "the Climate Advisor", and
 * "General Services Administration (GSA) Acting Administrator Katy Kale" gave "the Acting Administrator" (set AZ's four
 * raters: "of what?"). Every place the sentence prints the title, a capitalised word or a body's bracketed acronym
 * stands right before it.
 */
export function cutTitle(sentence: string, role: string): boolean {
  const at = [...sentence.matchAll(new RegExp(`(?<![\\w-])${escapeRe(role)}\\b`, "g"))].map((m) => m.index ?? 0);
  if (!at.length) return false;
  // ("Department of Health and Human Services Secretary Xavier Becerra" gave "the Human Services Secretary": a
  // name's "and" or "of" before a role that opens with no title's word.)
  const inName = !TITLE_HEAD.test(role) && /^[A-Z][\w-]*\s/.test(role);
  return at.every((i) => {
    const before = sentence.slice(Math.max(0, i - 40), i);
    return /(?:\b(?!(?:And|The|A|An|Of|For|In|On|At|By|With|From|To|As|Former|Then)\s$)[A-Z][\w.'’-]*(?<!['’]s)|\([A-Z]{2,}\))\s$/.test(before) || (inName && /\b[A-Z][\w.'’-]* (?:and|of|for|&) $/.test(before));
  });
}

/** Words a title opens with ("Vice President", "Deputy Secretary", "U.S. Trade Representative"). */
const TITLE_HEAD = /^(?:U\.S\.(?=\s)|Vice|Deputy|Under|Assistant|Acting|Associate|Senior|Special|Chief|Principal|Secretary|President|Senator|Governor|Minister|Prime|Ambassador|Director|Administrator|Attorney|Chair|Chairman|Chairwoman|Speaker|Leader|Mayor|Representative|Judge|Justice|Commissioner|General|Admiral|Lieutenant|Surgeon|Solicitor|First|Press|National|Foreign|Defense)\b/;

export function roleQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const r of a.ents.roles) {
    const s = a.sentences[r.sentence];
    if (!s.usable) continue;
    let role = r.role.replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, "").replace(/\s+(?:Mr|Mrs|Ms|Dr)\.$/, "").trim();
    if (/^(?:a|an|one)\s/i.test(role)) continue; // not unique
    // A title read from the middle of a body's name: "National Oceanic and Atmospheric Administration Administrator
    // Dr. Richard Spinrad" gave "the Atmospheric Administration Administrator Dr." (a 2022 fact sheet).
    if (insideBodyName(s.norm, r.role)) continue;
    if (cutTitle(s.norm, r.role)) continue;
    // ("Who is identified in the article as the Legislative Director for Congressman?" answered by the congressman:
    // the staffer's title, not his; set BT, both pairs.)
    if (SERVES_NAME.test(role)) continue;
    if (wordCount(role) < 2 || wordCount(role) > 16) continue;
    const lowerRole = role.toLowerCase();
    if (!/^(?:the\s|[A-Z][\w.]*'s\s)/.test(role)) role = "the " + role;
    const key = `${r.person}|${lowerRole}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Two people with the same role in one article makes the question ambiguous.
    if (a.ents.roles.some((o) => o.person !== r.person && o.role.toLowerCase() === lowerRole)) continue;
    const person = a.ents.persons.get(r.person);
    if (containsPhrase(role, r.person) || (person && containsPhrase(role, person.short))) continue;
    // An office the article shows passing between people ("nominated for the Chief Justice position", "to replace Chief
    // Justice William Rehnquist", "the former Chief Justice"): who "is identified as" it is ambiguous (set D's raters:
    // "Roberts is the current Chief, Rehnquist only his predecessor").
    if (officeChangesHands(a, role)) continue;
    const avoid = a.ents.roles.filter((o) => o.role.toLowerCase() === lowerRole).map((o) => o.person).join(" | ");
    // Only people whose own roles are of the same class are plausible: other officials for "Secretary of State",
    // not a university dean; other heads of state or government for "China's leader".
    const cls = roleClass(role);
    if (!cls) continue;
    // "the foreign minister" when the article also says "China's foreign minister": ask the specific one.
    if (/^the\s/i.test(role) && a.ents.roles.some((o) => o.person === r.person && o.role !== r.role && o.role.toLowerCase().endsWith(lowerRole.replace(/^the\s+/, "")))) continue;
    const country = roleCountry(role);
    const fromArticle = entityDistractors(a, "person", r.person, r.person, "canonical", avoid, 8).filter((d) => {
      if (!personClasses(a, d).has(cls)) return false;
      const c = personCountry(a, d);
      return !country || !c || c === country;
    });
    const exclude = new Set([r.person, ...fromArticle, ...a.ents.persons.keys()]);
    // Article people only when the article gives them the same kind of office ("Secretary of Labor" beside
    // "Secretary of State"; not presidents for "the Prime Minister"); the knowledge base's officials only those in
    // office in the article's year (raters found Obama's cabinet implausible in 2007, a senator in 2023).
    const head = officeNoun(role);
    const sameOffice = fromArticle.filter((d) => a.ents.roles.some((o) => o.person === d && officeNoun(o.role) === head) || (a.ents.persons.get(d)?.titles ?? []).some((t) => officeNoun(t) === head));
    let distractors = [...sameOffice, ...comparableOfficials(role, a.year, undefined, exclude, 3, 0)].slice(0, 3);
    // A readout's sentence that lists several officials with their posts ("Joining the President were Director of
    // Public Engagement Cedric Richmond, …, and FEMA Administrator Deanne Criswell"): its other officials are the
    // wrong answers the student has just read, three choices at least.
    let fewest = 3;
    if (distractors.length < 3) {
      const listedHere = a.ents.roles.filter((o) => o.sentence === r.sentence && o.person !== r.person && roleClass(o.role) === cls && !distractors.includes(o.person) && canStandFor(a, r.person, o.person)).map((o) => o.person);
      if (listedHere.length >= 2) {
        distractors = [...new Set([...distractors, ...listedHere])].slice(0, 3);
        fewest = 2;
      }
    }
    // An envoy, an office the knowledge base does not list ("his special envoy to the Middle East"): a U.S. envoy's
    // wrong answers are the cabinet of that year, the best-known offices first (the Secretaries of State and Defense).
    // Not for other offices: cabinet secretaries as "Director of Public Engagement" read as absurd.
    if (distractors.length < 3 && /\benvoy\b/i.test(role) && !country) distractors = distractors.concat(peersOf(a, r.person, a.year, new Set([...exclude, ...distractors]), "", ["us-cabinet"], undefined, true)).slice(0, 3);
    if (distractors.length < fewest) continue;
    out.push({
      type: "multiple_choice",
      prompt: `Who is identified in the article as ${role}?`,
      choices: [r.person, ...distractors],
      answer: r.person,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: `The article identifies ${r.person} as ${role}.`,
      difficulty: 1,
      entities: [r.person],
      facts: [s.index],
      base: 0.7 + 0.2 * (a.importance.get(r.person) ?? 0.3),
      answerKey: `role:${r.person}`,
    });
  }
  return out;
}

/** The office's noun: "Secretary" of "Secretary of State", "Minister" of "China's foreign minister". */
export function officeNoun(role: string): string {
  const bare = role.replace(/\s+(?:of|for|to|at|in)\s.*$/i, "").trim().split(/\s+/);
  return (bare[bare.length - 1] ?? "").toLowerCase().replace(/s$/, "");
}

export type RoleClass = "leader" | "official" | "legislator" | "judge" | "academic" | "spokesperson" | "military" | "business" | "activist";

const ROLE_CLASSES: [RoleClass, RegExp][] = [
  ["spokesperson", /\bspokes(?:man|woman|person)\b|\bpress secretary\b/i],
  ["judge", /\b(?:chief justice|justice|judge)\b/i],
  ["legislator", /\b(?:senator|sen\.|representative|rep\.|congress(?:man|woman)|speaker|majority leader|minority leader|whip|lawmaker|member of (?:congress|parliament)|chair(?:man|woman)? of the (?:senate|house))\b/i],
  ["academic", /\b(?:dean|professor|scholar|researcher|analyst|fellow|expert|historian|economist|lecturer)\b/i],
  ["military", /\b(?:general|admiral|colonel|commander|chairman of the joint chiefs)\b/i],
  ["leader", /\b(?:president|vice president|prime minister|premier|chancellor|king|queen|leader|general secretary|head of state|first lady)\b/i],
  ["official", /\b(?:secretary|minister|ambassador|adviser|advisor|director|administrator|official|governor|mayor|commissioner|envoy|attorney general|diplomat|coordinator)\b/i],
  ["business", /\b(?:chief executive|ceo|executive|founder|chairman|president of (?:the )?[A-Z]\w+ (?:Inc|Corp|Company))\b/i],
  ["activist", /\b(?:activist|advocate|organizer)\b/i],
];

export function roleClass(role: string): RoleClass | null {
  for (const [cls, re] of ROLE_CLASSES) if (re.test(role)) return cls;
  return null;
}

/** The classes of the roles and titles the article itself gives a person, as they are. */
export function articleRoleClasses(a: Analysis, person: string): Set<RoleClass> {
  const out = new Set<RoleClass>();
  for (const r of a.ents.roles) if (r.person === person) {
    const c = roleClass(r.role);
    if (c) out.add(c);
  }
  for (const t of a.ents.persons.get(person)?.titles ?? []) {
    const c = roleClass(t);
    if (c) out.add(c);
  }
  return out;
}

/** The classes of the roles and titles the article gives a person, widened to the classes a role implies. */
export function personClasses(a: Analysis, person: string): Set<RoleClass> {
  const out = articleRoleClasses(a, person);
  // Heads of government are also officials, and the other way round for cabinet ministers of a leader's rank.
  if (out.has("leader")) out.add("official");
  return out;
}

/**
 * "What is Xie Tao's role, according to the article?" with the roles the article gives other people as choices.
 * One role per person, so exactly one choice is right.
 */
export function roleOfPersonQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const firstRole = new Map<string, (typeof a.ents.roles)[number]>();
  for (const r of a.ents.roles) {
    // ("Minister for Foreign Affairs Dr." loses its honorific; a title cut from its first words is no role.)
    const role = r.role.replace(/^(?:Mr|Mrs|Ms|Dr)\.\s+/, "").replace(/\s+(?:Mr|Mrs|Ms|Dr)\.$/, "").trim();
    if (/^(?:a|an|one)\s/i.test(role) || wordCount(role) < 1 || wordCount(role) > 18 || !roleClass(role)) continue;
    if (cutTitle(a.sentences[r.sentence].norm, r.role)) continue;
    if (/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/.test(role)) continue;
    // A staff title cut before the name it serves ("Legislative Director for U.S. Senator" of "… for U.S. Senator Angus
    // King"): no role, and as a choice it read as truncated (set BP, both pairs).
    if (SERVES_NAME.test(role)) continue;
    if (!firstRole.has(r.person)) firstRole.set(r.person, { ...r, role });
  }
  const entries = [...firstRole.values()];
  // A readout's list of participants ("New Orleans Mayor LaToya Cantrell") is no fact to ask, but its roles are the
  // article's own wrong answers for "What is Deanne Criswell's role?".
  const listed = listRoles(a).filter((r) => !firstRole.has(r.person));
  const norm = (x: string) => x.toLowerCase().replace(/^the\s+/, "").replace(/^[a-z]+'s\s+/i, "");
  for (const r of entries) {
    const s = a.sentences[r.sentence];
    if (!s.usable) continue;
    const others = [...entries, ...listed].filter((o) => o.person !== r.person && norm(o.role) !== norm(r.role) && !norm(o.role).includes(norm(r.role)) && !norm(r.role).includes(norm(o.role)));
    // Other roles the same person holds in the article would also be right.
    const own = a.ents.roles.filter((o) => o.person === r.person).map((o) => norm(o.role));
    // Roles of the same class only: other posts of officials for an official, not "President of Russia" for a dean.
    const cls = roleClass(r.role);
    const choicesRaw = others.filter((o) => !own.includes(norm(o.role)) && roleClass(o.role) === cls).map((o) => o.role);
    // Long roles are cut where their place follows ("Dean of the School of … at Beijing Foreign Studies University").
    const display = (x: string) => {
      let d = x.replace(/^the\s+/i, "");
      if (wordCount(d) > 10) d = d.replace(/\s+(?:at|in|for)\s+[A-Z][^,]*$/, "");
      return ucfirst(d);
    };
    const distractors = [...new Set(choicesRaw.map(display))].slice(0, 3);
    if (distractors.length < 3) continue;
    const answer = display(r.role);
    if (distractors.some((d) => d.toLowerCase() === answer.toLowerCase())) continue;
    out.push({
      type: "multiple_choice",
      prompt: `What is ${r.person}'s role, according to the article?`,
      choices: [answer, ...distractors],
      answer,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: `The article identifies ${r.person} as ${r.role.replace(/^(?!the\s|[A-Z][\w.]*'s\s)/i, "the ")}.`,
      difficulty: 1,
      entities: [r.person],
      facts: [s.index],
      base: 0.62 + 0.2 * (a.importance.get(r.person) ?? 0.3),
      answerKey: `roleof:${r.person}`,
    });
  }
  return out;
}

/**
 * A readout's participants listed by state ("Louisiana Participants:", then "Governor John Bel Edwards", "New Orleans Mayor
 * LaToya Cantrell", …): each state's governor and the first mayor listed (of a city the lexicon knows), asked as roles
 * ("Who is identified in the article as the Governor of Louisiana?"). The list's other governors or mayors are the wrong
 * answers, then governors in office that year from the knowledge base (those of states the article names first). Other
 * lines of the list (a parish president, a mayor-president, the rest of the mayors) are wrong answers only.
 */
export function participantRoleQuestions(a: Analysis): Candidate[] {
  type Line = { person: string; role: string; kind: "governor" | "mayor"; state: string; heading: number; line: number; first: boolean };
  const lines: Line[] = [];
  const name = String.raw`((?:[A-Z][A-Za-z'’-]+|[A-Z]\.)(?:\s(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){1,3})`;
  let state: string | null = null;
  let heading = -1;
  let mayors = 0;
  for (const s of a.sentences) {
    const t = s.text.trim();
    const h = t.match(/^([A-Z][a-z]+(?: [A-Z][a-z]+)?) Participants:?$/);
    if (h) {
      state = US_STATES.includes(h[1]) ? h[1] : null;
      heading = s.index;
      mayors = 0;
      continue;
    }
    // A sentence ends the list.
    if (state === null || /[.!?"”]$/.test(t) || wordCount(t) > 8) {
      state = null;
      continue;
    }
    const gov = t.match(new RegExp(`^(?:Governor|Gov\\.) ${name}$`));
    if (gov) lines.push({ person: gov[1], role: `Governor of ${state}`, kind: "governor", state, heading, line: s.index, first: true });
    const mayor = t.match(new RegExp(`^([A-Z][a-z]+(?: [A-Z][a-z]+)?) Mayor ${name}$`));
    // (A mayor is asked only of a city a civics class knows, New Orleans not Gulfport: set CU's three raters called the
    // Gulfport mayor attendee-list trivia and kept New Orleans's.)
    if (mayor) lines.push({ person: mayor[2], role: `Mayor of ${mayor[1]}`, kind: "mayor", state, heading, line: s.index, first: mayors++ === 0 && CITIES.includes(mayor[1]) });
  }
  const out: Candidate[] = [];
  for (const l of lines) {
    if (!l.first || lines.some((o) => o !== l && o.role === l.role)) continue;
    const others = lines.filter((o) => o.kind === l.kind && o.person !== l.person).map((o) => o.person);
    let distractors = others;
    if (l.kind === "governor" && distractors.length < 3) {
      const year = a.year;
      const kb = getKb()
        .peopleInGroup("us-governor", { year, window: 0, country: "United States", limit: 200 })
        .filter((p) => !lines.some((o) => o.person === p.name) && p.terms.some((t) => t.group === "us-governor" && (year === undefined || (t.from <= year && (t.to ?? 9999) >= year))));
      const stateOf = (p: (typeof kb)[number]) => p.terms.find((t) => t.group === "us-governor")?.state ?? "";
      const named = kb.filter((p) => new RegExp(`\\b${escapeRe(stateOf(p))}\\b`).test(a.norm));
      distractors = [...new Set([...distractors, ...named.map((p) => p.name), ...kb.map((p) => p.name)])];
    }
    distractors = distractors.slice(0, 3);
    if (distractors.length < 3) continue;
    const start = a.sentences[l.heading];
    const end = a.sentences[l.line];
    out.push({
      type: "multiple_choice",
      prompt: `Who is identified in the article as the ${l.role}?`,
      choices: [l.person, ...distractors],
      answer: l.person,
      evidenceStart: start.start,
      evidenceEnd: end.end,
      explanation: `The article lists ${l.person} among the ${l.state} participants as ${l.kind === "governor" ? "Governor" : `${l.role.replace(/^Mayor of /, "")} Mayor`}.`,
      difficulty: 1,
      entities: [l.person],
      facts: [l.line],
      base: l.kind === "governor" ? 0.62 : 0.55,
      answerKey: `role:${l.person}`,
      heading: true,
    });
  }
  return out;
}

/** Roles of a list of participants: lines like "Jefferson Parish President Cynthia Lee Sheng" (two words of office at least). */
export function listRoles(a: Analysis): { person: string; role: string; sentence: number }[] {
  const out: { person: string; role: string; sentence: number }[] = [];
  for (const s of a.sentences) {
    if (s.usable) continue;
    const line = s.text.trim();
    if (wordCount(line) > 9 || /[.:;,!?]$/.test(line)) continue;
    const m = line.match(/^((?:[A-Z][\w.'-]*\s){0,3}(?:Governor|Mayor|Mayor-President|President|Senator|Representative|Secretary|Director|Administrator|Commissioner|Chair(?:man|woman)?|Executive|Judge|Sheriff))\s+((?:[A-Z][A-Za-z'-]+|[A-Z]\.)(?:\s(?:[A-Z][A-Za-z'-]+|[A-Z]\.)){1,3})$/);
    if (!m || wordCount(m[1]) < 2 || !roleClass(m[1])) continue;
    out.push({ person: m[2], role: m[1], sentence: s.index });
  }
  return out;
}

const VERB_TAGS = ["Verb", "Modal", "Auxiliary", "Copula"];

export function subjectQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const s of a.usable) {
    const { text: body, cut } = stripConnector(s.norm);
    if (/^["(]/.test(body) || wordCount(body) > 38 || wordCount(body) < 6) continue;
    const ms = a.ents.bySentence[s.index];
    const subj: Mention | undefined = ms.find((m) => m.fullStart - s.start === cut || (m.fullStart - s.start === cut + 4 && /^The /i.test(body)));
    // People only: for bodies and countries the other choices are parts of the answer ("the Army Corps of
    // Engineers" / "the Department of Defense") or absurd in its place ("Which country denied arming Russia?").
    if (!subj || subj.kind !== "person" || subj.alias) continue;
    const restStart = subj.end - s.start;
    const rest = s.norm.slice(restStart);
    if (/^'s?\b/.test(rest) || /^,/.test(rest)) continue; // possessive or appositive subject
    const next = s.terms.find((t) => t.start >= subj.end);
    if (!next || !VERB_TAGS.some((t) => next.tags.has(t)) || next.tags.has("Gerund")) continue;
    if (/^\s+(?:and|or)\b/.test(rest)) continue; // compound subject
    let tail = rest.trim().replace(/[.!]+["']?$/, "");
    // "China knows X, said Xie Tao": a claim reported by someone else, not a fact about the subject.
    if (/\b(?:we|our|us|I|my|you|your)\b/.test(tail.replace(/"[^"]*"/g, ""))) continue;
    if (wordCount(tail) > 30) continue;
    // A second clause with its own subject ("..., and the Department of Defense has ...") makes the question ambiguous.
    if (/,?\s+(?:and|but|while)\s+(?:the\s+)?[A-Z][a-z]+/.test(tail)) continue;
    if (/,\s+(?:said|says|according to|officials said|he said|she said)\b/.test(tail)) continue;
    if (/"/.test(tail) && (tail.match(/"/g) ?? []).length % 2 === 1) continue;
    // Plural verb after a singular wh-word reads wrong ("Who have ...").
    tail = tail.replace(/^(are|were|have)\b/, (v) => ({ are: "is", were: "was", have: "has" })[v] ?? v);
    // "Who is also an Adjunct Professor …?": "also" points at a sentence the student has not read (set BA).
    tail = tail.replace(/^((?:[a-z]+ ){0,2})also /, "$1");
    const wh = WH[subj.kind];
    const prompt = `${wh} ${tail}?`;
    const answer = subj.kind === "person" ? subj.canonical : subj.canonical;
    const person = a.ents.persons.get(subj.canonical);
    if (containsPhrase(tail, answer) || (person && containsPhrase(tail, person.short)) || containsPhrase(tail, subj.text)) continue;
    let distractors = entityDistractors(a, subj.kind, subj.canonical, answer, "canonical", s.norm, 8, { era: a.eras.years[s.index], post: true });
    // "Who said he had pressed China to …?": not China's own officials, who would not say it of their country; the
    // answer's peers in government instead (as for quotes).
    const named = ms.filter((m) => m.kind === "country" && m.start >= subj.end).map((m) => m.canonical);
    const own = personCountry(a, answer);
    // The gender the stem gives its person ("he", "she", "…, the son of"), for the colleagues and nominees offered.
    const g = stemGender(tail);
    if (named.length) {
      // Only people of the answer's own country who hold an office in the article (not "the prospect of a return of
      // Donald J. Trump", rated also arguably true), then the answer's colleagues in government that year.
      distractors = distractors.filter((d) => !!own && personCountry(a, d) === own && articleRoleClasses(a, d).size > 0);
      // Cabinet colleagues only: what a secretary "said he had pressed China" to do, the President may have said too;
      // of the gender the stem's "he" or "she" says.
      if (distractors.length < 3) distractors = distractors.concat(peersOf(a, answer, a.eras.years[s.index] ?? a.year, new Set([answer, ...distractors]), tail, ["us-cabinet"], g).slice(0, 3 - distractors.length));
    }
    // A nominee's biography fact ("Who co-edited a two-volume edition of The Political Writings of Alexander
    // Hamilton …?") takes the release's other nominees, not the President who names them or a leader a biography
    // mentions (set BO, both pairs: "Biden and McConnell are absurd as co-editors; use other nominees").
    const nominees = nomineesOf(a);
    if (nominees.has(answer)) {
      // (Of the stem's gender, set BT, both pairs: "the son of …".)
      const peers = [...nominees].filter((n) => n !== answer && (!g || !a.ents.persons.get(n)?.gender || a.ents.persons.get(n)?.gender === g));
      // Nominees only; with fewer than three after the public-office filter below, no question (set BO's fault came
      // back when others filled the choices, the review of engine 33).
      distractors = [...distractors.filter((d) => peers.includes(d)), ...peers.filter((d) => !distractors.includes(d))];
    }
    // A stem that names a public office takes people who held one (world.ts holdsPublicRole).
    if (isPublicRole(roleClass(tail))) distractors = distractors.filter((d) => holdsPublicRole(a, d));
    distractors = distractors.slice(0, 3);
    // Four choices: "who was elected easily in a single ballot by 33 to 16?" among three names, one of them the
    // other election's winner, was rejected in four ratings ("only three choices").
    if (distractors.length < 3) continue;
    out.push({
      type: "multiple_choice",
      prompt,
      choices: [answer, ...distractors],
      answer,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: explainFromEvidence(s.text),
      difficulty: wordCount(prompt) > 25 ? 3 : 2,
      entities: [subj.canonical, ...ms.filter((m) => m !== subj).map((m) => m.canonical)].filter((x, i, arr) => arr.indexOf(x) === i),
      facts: [s.index],
      base: 0.6 + 0.3 * (a.importance.get(subj.canonical) ?? 0.3),
      answerKey: `${subj.kind}:${subj.canonical}`,
    });
  }
  return out;
}

/** Words a private body's name ends in: a think tank, a university, a party, a newspaper, a company or a union. */
const BODY_HEAD = /\b(?:Center|Centre|Institution|Institute|Foundation|Endowment|University|College|School|Council|Association|Society|Fund|Project|Group|Coalition|Alliance|Network|Forum|Trust|Corporation|Company|Inc\.|Times|Post|Journal|Tribune|Herald|Press|Union|League|Federation|Watch|International|Sense|Initiative|Partnership|Policy)\b/;
/** A capitalised name after "the": up to eight words, with "of", "for", "and", "on" and "the" inside it. */
const BODY_NAME = String.raw`((?:[A-Z][\w.&'-]*)(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w.&'-]*){0,7})`;
const AFTER_NAME = new RegExp(String.raw`^(?:,\s+(?:an?|the)\s+(?:[a-z]+\s+){0,3}[a-z]+\s+(?:at|of|with|for)\s+|\s+(?:of|from)\s+)(the\s+)?${BODY_NAME}(?=[,.;)"]|\s+(?:said|says|told|wrote|who|and)\b)`);
const BEFORE_NAME = new RegExp(String.raw`(?:^|[,.;]\s+)(?:[A-Z][a-z]+\s+){0,3}(?:President|Director|Chair(?:man|woman)?|Head|Founder|Fellow|Analyst|Spokes(?:man|woman|person)|Executive Director|Chief Executive|Economist)\s+(?:of|at)\s+(the\s+)?${BODY_NAME},\s+$`);

/**
 * "said Aaron David Miller of the Woodrow Wilson Center", "Jon Alterman, an analyst at the Center for Strategic and
 * International Studies", "Vice President of Taxpayers for Common Sense, Steve Ellis,": the private body the article ties
 * a person to. A news report's analysts and advocates are known by their institution; the other choices are the bodies
 * the article ties its other people to (one per person, so exactly one is right), never a body from elsewhere.
 */
export function affiliationQuestions(a: Analysis): Candidate[] {
  const found: { person: string; body: string; the: boolean; sentence: number }[] = [];
  for (const s of a.usable) {
    for (const m of a.ents.bySentence[s.index]) {
      if (m.kind !== "person" || m.alias || m.attributive || !m.text.includes(" ")) continue;
      const after = s.norm.slice(m.end - s.start).match(AFTER_NAME);
      const before = s.norm.slice(0, m.fullStart - s.start).match(BEFORE_NAME);
      const hit = after ?? before;
      if (!hit) continue;
      const body = hit[2].replace(/\s+(?:and|of|for|on|the)$/, "");
      // A private body only: not an office or a government (a role question asks those), not a place or a party label.
      const kind = a.ents.kindOf.get(body);
      if (!BODY_HEAD.test(body) || kind === "gov" || kind === "country" || kind === "state" || kind === "city" || kind === "person" || getKb().org(body)?.kind === "department") continue;
      if (found.some((f) => f.person === m.canonical)) continue;
      found.push({ person: m.canonical, body, the: !!hit[1], sentence: s.index });
    }
  }
  const bodies = [...new Set(found.map((f) => f.body))];
  const out: Candidate[] = [];
  for (const f of found) {
    // A person tied to two bodies, or a body to two people: the other choices could be right too.
    if (found.filter((g) => g.body === f.body).length > 1) continue;
    const distractors = bodies.filter((b) => b !== f.body);
    if (distractors.length < 3) continue;
    const s = a.sentences[f.sentence];
    const answer = f.body;
    out.push({
      type: "multiple_choice",
      prompt: `Which organization is ${f.person} affiliated with, according to the article?`,
      choices: [answer, ...distractors.slice(0, 3)],
      answer,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: `The article names ${f.person} as being with ${f.the ? "the " : ""}${answer}.`,
      difficulty: 2,
      entities: [f.person, f.body],
      facts: [s.index],
      base: 0.55 + 0.2 * (a.importance.get(f.person) ?? 0.3),
      answerKey: `affil:${f.person}`,
      // Rated peripheral by two raters of three (sets AF, AG): the bank keeps it for a teacher who wants it.
      bankOnly: true,
    });
  }
  return out;
}

/** A staff title cut before the name it serves: "Legislative Director for U.S. Senator" of "… for U.S. Senator Angus King". */
const SERVES_NAME = /\b(?:for|to)\s+(?:(?:U\.S\.|United States)\s+)?(?:Senator|Representative|Congressman|Congresswoman|Secretary|Governor|Leader|Chairman|Chairwoman|Chair|Ambassador|Justice|Judge|Mayor|Speaker)$/;

/** The people a nominations release names as nominees ("Jamie Fly, Nominee for Member of the … Board"). */
const nomineeCache = new WeakMap<Analysis, Set<string>>();
export function nomineesOf(a: Analysis): Set<string> {
  let out = nomineeCache.get(a);
  if (out) return out;
  out = new Set<string>();
  // (By given and family name, with or without a middle name: "Chantale Wong, Nominee for …" is Chantale Yokmin Wong.)
  for (const p of a.ents.persons.keys()) {
    const given = p.split(" ")[0];
    const form = p.includes(" ") ? `${escapeRe(given)}(?: [A-Z][\\w.'’-]*)* ${escapeRe(familyName(p))}` : escapeRe(p);
    if (bioHeading(form, "Nominee for").test(a.text)) out.add(p);
  }
  nomineeCache.set(a, out);
  return out;
}
