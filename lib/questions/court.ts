/**
 * A Supreme Court decision's own facts, read from its syllabus (ADR 055): who delivered the opinion of the Court, who
 * wrote the dissent, the vote, what the Court did with the judgment it reviewed, the one state whose law was at issue,
 * and the one amendment the holding rests on.
 *
 * A syllabus is the civics text whose quiz was emptiest: its sentences are holdings in legal prose, citations and
 * page references, which the other forms refuse (set CB: Wooley v. Maynard gave no question, Rucho v. Common Cause
 * five). Its closing lines are the facts a civics class asks first, and they follow a fixed pattern
 * ("ROBERTS, C. J., delivered the opinion of the Court, in which THOMAS, ALITO, GORSUCH, and KAVANAUGH, JJ., joined.
 * KAGAN, J., filed a dissenting opinion, in which GINSBURG, BREYER, and SOTOMAYOR, JJ., joined."; "406 F.Supp. 1381,
 * affirmed."), so they can be read exactly or not at all:
 * - the justices are the knowledge base's (kb/curated/us-officials.ts), those sitting in the decision's year, and a
 *   surname that is not one of them asks nothing;
 * - the vote is counted only where the lines account for nine justices (joined, dissented or took no part) and nobody
 *   is on both sides; an opinion joined "as to Part II", or one "concurring in part", asks no vote;
 * - the dissent's author is asked only where one justice filed the one dissent, and its wrong answers are justices of
 *   the majority, never one who joined the dissent. */
import type { Analysis } from "./analysis";
import { getKb } from "./kb";
import type { Person } from "./kb";
import type { Sentence } from "./sentences";
import type { Candidate } from "./types";
import { US_STATES } from "./civics-lexicon";
import { familyName, escapeRe, ORDINAL_WORDS } from "./util";
import { placeDistractors } from "./world";

const CHIEF = "Chief Justice of the United States";
const ASSOCIATE = "Associate Justice of the Supreme Court";

/** A justice named in capitals or in title case: "KAGAN", "O'CONNOR", "Ginsburg". */
const SURNAME = String.raw`(?:[A-Z][A-Za-z'’]+(?:\s+(?:II|Jr\.))?)`;
/** "ROBERTS, C. J.", "KAGAN, J.", "Mr. Chief Justice BURGER", "MR. JUSTICE BRENNAN", "Justice Ginsburg". */
const REF = String.raw`(?:(?:(?:Mr\.|MR\.|Mrs\.|Ms\.)\s+)?(?:Chief\s+Justice|CHIEF\s+JUSTICE|Justice|JUSTICE)\s+(${SURNAME})|(${SURNAME}),\s+(?:C\.\s?J\.|J\.),?)`;

interface Bench {
  /** surname as printed (upper-cased) → the knowledge base's justice */
  bySurname: Map<string, Person>;
  all: Person[];
}

/** The justices sitting in a year, by surname; null when two of them share one. */
function benchOf(year: number): Bench | null {
  const kb = getKb();
  const all = [...kb.holders(CHIEF, { year, window: 0 }), ...kb.holders(ASSOCIATE, { year, window: 0 })].filter(
    (p, i, xs) => xs.findIndex((q) => q.name === p.name) === i && p.terms.some((t) => (t.office === CHIEF || t.office === ASSOCIATE) && t.from <= year && (t.to ?? 9999) >= year),
  );
  const bySurname = new Map<string, Person>();
  for (const p of all) {
    const family = familyName(p.name.replace(/\s+(?:II|Jr\.|Sr\.)$/, "")).toUpperCase();
    if (bySurname.has(family)) return null;
    bySurname.set(family, p);
  }
  return { bySurname, all };
}

/** "THOMAS, ALITO, GORSUCH, and KAVANAUGH, JJ." / "BURGER, C. J., and WHITE, BLACKMUN, and REHNQUIST, JJ." → surnames. */
function surnames(list: string): string[] {
  return list
    .replace(/\b(?:C\.\s?J\.|JJ\.|J\.)/g, " ")
    .replace(/\b(?:Mr\.|MR\.|Chief\s+Justice|Justices?|JUSTICES?)\s+/g, " ")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export interface Opinions {
  /** where the lines start and end in the text */
  start: number;
  end: number;
  author: string;
  majority: string[];
  dissents: { author: string; joined: string[] }[];
  /** separate opinions that are not dissents ("filed a concurring opinion") */
  concurring: string[];
  noPart: string[];
  /** whether every line was read: a partial join ("as to Part II"), an opinion "concurring in part" is not */
  whole: boolean;
}

/** The opinion lines of a syllabus: who delivered the opinion of the Court, who joined, who dissented. */
export function opinionsOf(text: string): Opinions | null {
  const delivered = new RegExp(String.raw`${REF}\s+delivered the opinion (?:of the|for a unanimous) Court`, "g");
  const m = delivered.exec(text);
  if (!m || delivered.exec(text)) return null;
  // The lines run to the end of their paragraph.
  const start = m.index;
  const para = text.indexOf("\n\n", start);
  const end = start + text.slice(start, para < 0 ? text.length : para).trimEnd().length;
  // (A bound volume's page reference, "joined, post, p. 424.", is no part of who joined.)
  const block = text
    .slice(start, end)
    .replace(/\s+/g, " ")
    .replace(/,\s+post,\s+p\.\s+\d+(?=\.)/g, "")
    .trim();
  const author = (m[1] ?? m[2]).toUpperCase();
  const majority = [author];
  const dissents: { author: string; joined: string[] }[] = [];
  const concurring: string[] = [];
  const noPart: string[] = [];
  let whole = true;
  // Sentences of the block: each opens with a justice ("KAGAN, J., filed …", "Mr. Justice REHNQUIST filed …").
  const clauses = block.split(/\.\s+(?=(?:(?:Mr\.|MR\.)\s+)?(?:Chief\s+Justice|CHIEF\s+JUSTICE|Justice|JUSTICE)\s|[A-Z][A-Za-z'’]+,\s+(?:C\.\s?J\.|J\.))/);
  for (const raw of clauses) {
    const clause = raw.replace(/\.$/, "");
    const head = new RegExp(String.raw`^${REF}\s+(.*)$`).exec(clause);
    if (!head) {
      whole = false;
      continue;
    }
    const who = (head[1] ?? head[2]).toUpperCase();
    const rest = head[3];
    // "in which all other Members joined, except ALITO, J., who took no part in the consideration or decision of the
    // cases": a unanimous Court less one.
    const except = new RegExp(String.raw`^delivered the opinion of the Court, in which all other Members joined, except ${REF},?\s+who took no part in the consideration or decision of the cases?$`).exec(rest);
    if (except) {
      majority.push("*");
      noPart.push((except[1] ?? except[2]).toUpperCase());
      continue;
    }
    const joinedM = /,\s+in which\s+(.*?)\s+joined$/.exec(rest);
    const joined = joinedM ? surnames(joinedM[1]).map((x) => x.toUpperCase()) : [];
    if (/\b(?:as to|except|in part|Parts?\s+[IVX]|in the judgment|with respect to)\b/.test(rest)) whole = false;
    if (/^delivered the opinion (?:of the|for a unanimous) Court\b/.test(rest)) {
      if (/unanimous/.test(rest)) majority.push("*");
      if (/in which all other Members joined/.test(rest)) majority.push("*");
      else majority.push(...joined);
    } else if (/^filed a dissenting opinion\b/.test(rest)) {
      dissents.push({ author: who, joined });
    } else if (/^filed a concurring opinion\b/.test(rest)) {
      concurring.push(who, ...joined);
    } else if (/^took no part\b/.test(rest)) {
      noPart.push(who);
    } else {
      whole = false;
    }
  }
  return { start, end, author, majority, dissents, concurring, noPart, whole };
}

const opinionsCache = new WeakMap<Analysis, Opinions | null>();
/** The analysed text's opinion lines, read once (courtQuestions, and truefalse.ts for each of its candidates). */
function opinionsIn(a: Analysis): Opinions | null {
  if (!opinionsCache.has(a)) opinionsCache.set(a, opinionsOf(a.text));
  return opinionsCache.get(a)!;
}

/** A Supreme Court opinion or its syllabus: the Court's name in the title, or its opinion lines. */
export function isSyllabus(a: Analysis): boolean {
  return / v\. /.test(a.title) && (/\bSupreme Court of the United States\b/.test(a.title) || !!opinionsIn(a));
}

/** The case's name from the title: "Wooley v. Maynard, 430 U.S. 705 (1977): Syllabus …" → "Wooley v. Maynard". */
export function caseName(a: Analysis): string | null {
  // (Up to the reporter's citation, the docket number, the year or the colon: "Northwest, Inc. v. Ginsberg, 572 U.S.
  // 273 (2014)", "Rucho v. Common Cause, No. 18–422 (2019)".)
  const m = /^(\S.*? v\. .+?)(?:,\s+(?:\d+|_+)\s+U\.\s?S\.|,\s+No\.\s+\d|\s+\(\d{4}\)|:|\s+—)/.exec(a.title);
  const name = m?.[1].trim();
  return name && name.split(/\s+/).length <= 12 && !/[:;()"“”]/.test(name) ? name : null;
}

function sentenceAt(a: Analysis, offset: number): Sentence | undefined {
  return a.sentences.find((s) => s.start <= offset && s.end > offset);
}

/**
 * Years in which the Court sat with a seat empty for months (Fortas's, Black's and Harlan's, Powell's, Rehnquist's,
 * Scalia's, Kennedy's and Ginsburg's seats): a unanimous decision of such a year may be 8–0, and the knowledge base,
 * which has years and not dates, cannot tell.
 */
const VACANCY_YEARS = new Set([1969, 1970, 1971, 1972, 1987, 1988, 2005, 2016, 2017, 2018, 2020]);

/** The vote, where the lines account for every justice of that year. */
function voteOf(o: Opinions, bench: Bench, year: number): [number, number] | null {
  if (!o.whole) return null;
  // (The knowledge base has years, not dates: in a year a justice left, ten are listed, and a vacancy leaves eight
  // sitting while nine are listed. So the lines must name nine justices, or say the Court was unanimous in a year with
  // nine or more listed and no long vacancy.)
  const seats = 9;
  const known = (x: string) => bench.bySurname.has(x);
  const named = [o.author, ...o.majority, ...o.dissents.flatMap((d) => [d.author, ...d.joined]), ...o.concurring, ...o.noPart].filter((x) => x !== "*");
  if (!named.every(known)) return null;
  const dissent = new Set(o.dissents.flatMap((d) => [d.author, ...d.joined]));
  const out = new Set(o.noPart);
  if (o.majority.includes("*")) {
    if (dissent.size || bench.all.length < seats || VACANCY_YEARS.has(year)) return null;
    return [seats - out.size, 0];
  }
  const majority = new Set([...o.majority, ...o.concurring]);
  if ([...majority].some((x) => dissent.has(x) || out.has(x)) || [...dissent].some((x) => out.has(x))) return null;
  if (majority.size + dissent.size + out.size !== seats) return null;
  return [majority.size, dissent.size];
}

/**
 * What the Court did with the judgment, as one of three acts that exclude each other: "reversed and remanded" is
 * "Reversed it" (set CL's raters: beside "Reversed it and remanded the case", "Reversed it" was also true). A judgment
 * affirmed in part and reversed in part asks nothing: "Affirmed it" and "Reversed it" would each be partly true.
 */
const DISPOSITIONS: [RegExp, string][] = [
  [/^vacated(?: and remanded)?$/i, "Vacated it"],
  [/^reversed(?: and remanded)?$/i, "Reversed it"],
  [/^affirmed$/i, "Affirmed it"],
];

/** "406 F.Supp. 1381, affirmed." / "318 F. Supp. 3d 777 and 348 F. Supp. 3d 493, vacated and remanded." */
function dispositionOf(text: string, before: number): { start: number; end: number; words: string; plural: boolean } | null {
  const lines = [...text.slice(0, before).matchAll(/^[^\n]*$/gm)].filter((l) => l[0].trim());
  // The line just before the opinion lines, or the one before it.
  for (const l of lines.slice(-2).reverse()) {
    const line = l[0].trim();
    const m = /^(?:(\d[^\n]*?\d)\s*,\s*|(?:Judgments?\s+))?((?:affirmed|reversed|vacated)[a-z ,]*?)\.$/i.exec(line);
    if (!m || line.split(/\s+/).length > 30) continue;
    const words = m[2];
    const at = l.index! + l[0].indexOf(line);
    const plural = !!m[1] && /\d\s+and\s+\d/.test(m[1]) || /^Judgments\b/.test(line);
    return { start: at, end: at + line.length, words, plural };
  }
  return null;
}

/**
 * The one state whose law the case is about: the syllabus before its holding ("Held:") names one state, and names it
 * as a law's ("New Hampshire statutes require …", "Texas's law", "a statute of the State of Ohio"). Rucho v. Common
 * Cause, of North Carolina's and Maryland's maps, asks nothing.
 */
function stateOf(text: string, held: number): { state: string; start: number } | null {
  const head = text.slice(0, held);
  const named = US_STATES.filter((st) => new RegExp(String.raw`\b${escapeRe(st)}\b`).test(head));
  // ("West Virginia" names "Virginia" too.)
  const states = named.filter((st) => !named.some((o) => o !== st && o.includes(st)));
  if (states.length !== 1) return null;
  const st = states[0];
  const law = new RegExp(String.raw`\b${escapeRe(st)}(?:['’]s)?\s+(?:state\s+)?(?:statutes?|laws?|constitution|Constitution)\b|\b(?:statutes?|laws?) of (?:the State of )?${escapeRe(st)}\b`).exec(head);
  return law ? { state: st, start: law.index } : null;
}

/** A clause of an amendment, by the amendment it belongs to (Due Process is the Fifth's and the Fourteenth's). */
const CLAUSE_OF: Record<string, string[]> = {
  "Free Speech Clause": ["First"], "Establishment Clause": ["First"], "Free Exercise Clause": ["First"], "Free Press Clause": ["First"],
  "Confrontation Clause": ["Sixth"], "Takings Clause": ["Fifth"], "Double Jeopardy Clause": ["Fifth"], "Self-Incrimination Clause": ["Fifth"],
  "Excessive Fines Clause": ["Eighth"], "Cruel and Unusual Punishments Clause": ["Eighth"],
  "Due Process Clause": ["Fifth", "Fourteenth"], "Equal Protection Clause": ["Fourteenth"],
};
/**
 * Wrong answers for an amendment, in order: those a civics class meets. The Fourteenth is never one (a state's law meets
 * the Bill of Rights through it, so it could be argued true), nor one the article or its clauses name.
 */
const AMENDMENT_CHOICES = ["First", "Fourth", "Fifth", "Sixth", "Second", "Eighth", "Tenth"];

/**
 * The one amendment the holding rests on: the syllabus's "Held:" part names that amendment (or its clauses) at least
 * twice, and no other provision of the Constitution (Wooley v. Maynard: the First; Melendez-Diaz: the Sixth and its
 * Confrontation Clause; Rucho v. Common Cause, of the Elections Clause, the First Amendment and the Equal Protection
 * Clause, asks nothing).
 */
function amendmentOf(text: string, held: number, end: number): { ordinal: string; start: number; named: Set<string> } | null {
  const part = text.slice(held, end);
  const provision = new RegExp(String.raw`\b(?:(${ORDINAL_WORDS.slice(1).join("|")}) Amendment|((?:[A-Z][a-z]+(?:[ -](?:and|[A-Z][a-z]+))*) Clause))\b`, "g");
  // (Counted once a sentence: "the Fifth Amendment's Takings Clause" is one mention.)
  const counts = new Map<string, Set<number>>();
  for (const m of part.matchAll(provision)) {
    const owners = m[1] ? [m[1]] : CLAUSE_OF[m[2]];
    // A clause of no amendment (the Elections Clause, the Commerce Clause) or of two is another provision.
    if (!owners || owners.length !== 1) return null;
    const sentence = part.slice(0, m.index).split(/[.!?]\s+(?=[A-Z(])/).length;
    counts.set(owners[0], (counts.get(owners[0]) ?? new Set()).add(sentence));
  }
  if (counts.size !== 1) return null;
  const [[ordinal, sentences]] = [...counts];
  const n = sentences.size;
  const first = new RegExp(String.raw`\b${ordinal} Amendment\b`).exec(part);
  if (n < 2 || !first) return null;
  // Every provision the whole text names, by amendment: none is a wrong answer.
  const named = new Set<string>();
  for (const m of text.matchAll(provision)) for (const o of m[1] ? [m[1]] : CLAUSE_OF[m[2]] ?? []) named.add(o);
  return { ordinal, start: held + first.index, named };
}

export function courtQuestions(a: Analysis): Candidate[] {
  const o = opinionsIn(a);
  const year = a.year;
  const name = caseName(a);
  if (!o || !year || !name) return [];
  const bench = benchOf(year);
  if (!bench) return [];
  const justice = (x: string) => bench.bySurname.get(x);
  const author = justice(o.author);
  if (!author) return [];
  const out: Candidate[] = [];
  const linesAt = sentenceAt(a, o.start)?.index;
  if (linesAt === undefined) return [];
  // The author, the vote (read from who joined) and the dissent are three facts of the opinion lines: parts of the
  // sentences that do not overlap (assemble.ts disjointClauses).
  const first = a.sentences[linesAt];
  const deliveredEnd = a.text.indexOf("delivered the opinion", o.start) + "delivered the opinion".length;
  const dissentAt = a.text.indexOf("filed a dissenting opinion", o.start);
  const dissentStart = dissentAt < 0 ? -1 : Math.max(a.text.lastIndexOf(". ", dissentAt) + 2, o.start);
  const dissentSentence = dissentAt < 0 ? undefined : sentenceAt(a, dissentStart)?.index;
  const authorSpan: [number, number] = [o.start - first.start, deliveredEnd - first.start];
  const voteEnd = dissentSentence === linesAt ? dissentStart : first.end;
  const voteSpan: [number, number] = [deliveredEnd - first.start, voteEnd - first.start];
  const evidence = { evidenceStart: o.start, evidenceEnd: o.end };
  const named = [...o.dissents.flatMap((d) => [d.author, ...d.joined]), ...o.majority, ...o.concurring].filter((x) => x !== "*" && x !== o.author);
  const pick = (preferred: string[], avoid: Set<string>): string[] => {
    const outNames: string[] = [];
    const add = (p: Person | undefined) => {
      if (p && !avoid.has(p.name) && !outNames.includes(p.name) && outNames.length < 3) outNames.push(p.name);
    };
    for (const x of preferred) add(justice(x));
    for (const p of bench.all) add(p);
    return outNames;
  };
  const authorWrong = pick(named, new Set([author.name]));
  if (authorWrong.length === 3) {
    out.push({
      type: "multiple_choice",
      prompt: `Which justice delivered the opinion of the Court in ${name}?`,
      choices: [author.name, ...authorWrong],
      answer: author.name,
      ...evidence,
      explanation: `${author.name} delivered the opinion of the Court, according to the article.`,
      difficulty: 1,
      entities: [author.name],
      facts: [linesAt],
      span: authorSpan,
      base: 0.8,
      answerKey: `court:opinion`,
      heading: true,
      court: true,
    });
  }
  // The dissent's author: one dissent, by one justice, every name a justice of that year.
  if (o.dissents.length === 1 && o.whole) {
    const d = o.dissents[0];
    const writer = justice(d.author);
    const side = new Set([d.author, ...d.joined]);
    if (writer && d.joined.every((x) => justice(x))) {
      const avoid = new Set([...side].map((x) => justice(x)!.name));
      const wrong = pick([o.author, ...o.majority.filter((x) => x !== "*"), ...o.concurring], avoid);
      if (wrong.length === 3)
        out.push({
          type: "multiple_choice",
          prompt: `Which justice wrote the dissenting opinion in ${name}?`,
          choices: [writer.name, ...wrong],
          answer: writer.name,
          ...evidence,
          explanation: `${writer.name} filed the dissenting opinion${d.joined.length ? `, which ${d.joined.length} other justice${d.joined.length > 1 ? "s" : ""} joined` : ""}, according to the article.`,
          difficulty: 2,
          entities: [writer.name],
          facts: [dissentSentence ?? linesAt],
          span: dissentSentence === linesAt ? [dissentStart - first.start, first.end - first.start] : undefined,
          base: 0.7,
          answerKey: `court:dissent`,
          heading: true,
          court: true,
        });
    }
  }
  const vote = voteOf(o, bench, year);
  if (vote) {
    const total = vote[0] + vote[1];
    const options: string[] = [];
    for (let k = total; k > total / 2; k--) options.push(`${k}–${total - k}`);
    const answer = `${vote[0]}–${vote[1]}`;
    const wrong = options.filter((x) => x !== answer).sort((x, y) => Math.abs(Number(x.split("–")[0]) - vote[0]) - Math.abs(Number(y.split("–")[0]) - vote[0])).slice(0, 3);
    if (wrong.length === 3)
      out.push({
        type: "multiple_choice",
        prompt: `By what vote did the Supreme Court decide ${name}?`,
        choices: [answer, ...wrong],
        answer,
        ...evidence,
        explanation: vote[1] ? `${vote[0]} justices formed the majority and ${vote[1]} dissented, according to the article.` : `The Court was unanimous, according to the article.`,
        difficulty: 2,
        entities: [],
        facts: [linesAt],
        span: voteSpan,
        base: 0.65,
        answerKey: `court:vote`,
        heading: true,
        court: true,
      });
  }
  // Where the holding starts ("Held:"), before the opinion lines: the facts come before it, the holding after.
  const heldAt = a.text.search(/\bHeld:/);
  const held = heldAt >= 0 && heldAt < o.start ? heldAt : -1;
  const st = held < 0 ? null : stateOf(a.text, held);
  const stAt = st ? sentenceAt(a, st.start) : undefined;
  if (st && stAt?.usable) {
    const wrong = placeDistractors(st.state, "state", year, [], () => false, 3);
    if (wrong.length === 3)
      out.push({
        type: "multiple_choice",
        prompt: `Which state's law was at issue in ${name}?`,
        choices: [st.state, ...wrong],
        answer: st.state,
        evidenceStart: stAt.start,
        evidenceEnd: stAt.end,
        explanation: `The case was about a law of ${st.state}, according to the article.`,
        difficulty: 1,
        entities: [st.state],
        facts: [stAt.index],
        base: 0.6,
        answerKey: `court:state`,
        court: true,
      });
  }
  const amendment = held < 0 ? null : amendmentOf(a.text, held, o.start);
  const amendmentAt = amendment ? sentenceAt(a, amendment.start) : undefined;
  if (amendment && amendmentAt?.usable) {
    const wrong = AMENDMENT_CHOICES.filter((x) => x !== amendment.ordinal && !amendment.named.has(x)).slice(0, 3);
    const answer = `${amendment.ordinal} Amendment`;
    if (wrong.length === 3)
      out.push({
        type: "multiple_choice",
        prompt: `Which amendment did the Supreme Court apply in ${name}?`,
        choices: [answer, ...wrong.map((x) => `${x} Amendment`)],
        answer,
        evidenceStart: amendmentAt.start,
        evidenceEnd: amendmentAt.end,
        explanation: `The Court's holding rests on the ${answer}, according to the article.`,
        difficulty: 2,
        entities: [],
        facts: [amendmentAt.index],
        // (Above a blank of the same amendment in a side sentence, which the quiz then leaves out: set CN's two raters.)
        base: 0.8,
        // (The key of "the _____ Amendment" blanks, cloze.ts: one amendment is asked once a quiz.)
        answerKey: `amend:${ORDINAL_WORDS.indexOf(amendment.ordinal)}`,
        court: true,
      });
  }
  const disp = dispositionOf(a.text, o.start);
  const dispAt = disp ? sentenceAt(a, disp.start)?.index : undefined;
  if (disp && dispAt !== undefined) {
    const found = DISPOSITIONS.find(([re]) => re.test(disp.words.trim()));
    if (found) {
      const them = (x: string) => (disp.plural ? x.replace(/\bit\b/g, "them").replace(/\bthe case\b/g, "the cases") : x);
      const answer = them(found[1]);
      const wrong = DISPOSITIONS.map(([, x]) => them(x)).filter((x) => x !== answer);
      out.push({
        type: "multiple_choice",
        prompt: disp.plural ? `What did the Supreme Court do with the lower courts' judgments in ${name}?` : `What did the Supreme Court do with the lower court's judgment in ${name}?`,
        choices: [answer, ...wrong],
        answer,
        evidenceStart: disp.start,
        evidenceEnd: disp.end,
        explanation: `The syllabus ends with the Court's judgment: "${a.text.slice(disp.start, disp.end)}"`,
        difficulty: 2,
        entities: [],
        facts: [dispAt],
        base: 0.7,
        answerKey: `court:judgment`,
        heading: true,
        court: true,
      });
    }
  }
  return out;
}
