/**
 * "… including $250 million provided in the _____ to address the impacts of COVID-19 on the fight against HIV.": which
 * law pays for, created or does what a sentence says. What each major law does is a civics fact a teacher asks about
 * (a third of the White House releases in the held-out pool name the American Rescue Plan, the Bipartisan
 * Infrastructure Law or the Inflation Reduction Act), and the rest of the engine asks nothing of these sentences: a law
 * is no person, place or body the knowledge base knew, so no wrong answers of its kind were at hand.
 *
 * A law is asked only where the sentence ties it to something only it did, an amount or a named program, through
 * "funded by", "from", "under", "thanks to" … or as the subject of a verb of doing ("The Inflation Reduction Act caps
 * …"). Not asked: a law being signed, passed, repealed, attacked or implemented (every law of the era was signed, and
 * each is arguably the answer), a sentence naming two laws, and a stem that prints a word of the answer's name or what
 * it is known for ("infrastructure projects funded by the _____"). The wrong answers are other laws of the curated list
 * (kb/curated/laws.ts) signed before the article was written and close to the answer in matter (lawDistractors). The
 * question ranks below the same sentence's figure (ADR 047).
 */
import type { Analysis } from "./analysis";
import { MONTHS } from "./civics-lexicon";
import { mk } from "./cloze";
import { parseLaws, type Law } from "./kb/curated/laws";
import type { Sentence } from "./sentences";
import type { Candidate } from "./types";
import { escapeRe } from "./util";

const LAWS = parseLaws();

/** Every printed name of a law, longest first, with its law. */
const NAMES: { form: string; law: Law }[] = LAWS.flatMap((law) => [law.name, ...law.aliases].map((form) => ({ form, law }))).sort((x, y) => y.form.length - x.form.length);
const NAME_RE = new RegExp(String.raw`(?<![\w-])(?:${NAMES.map((n) => escapeRe(n.form)).join("|")})(?![\w-])`, "g");
const BY_FORM = new Map(NAMES.map((n) => [n.form, n.law]));

/** The words of a law's name that say what it is about; printed in the stem, they give it away. */
const GENERIC = new Set(["act", "law", "bill", "of", "the", "and", "for", "with", "on", "to", "a", "our", "american", "national", "day", "big", "beautiful", "one", "plan"]);
const telling = (name: string) => name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !GENERIC.has(w));

/**
 * Words that name what a law is known for, beside its name's own words: "semiconductor manufacturing" gives the CHIPS
 * and Science Act away (set BF's raters), "burn pits" the PACT Act, "the Marketplace" the Affordable Care Act.
 */
const HINTS: Record<string, RegExp> = {
  "CHIPS and Science Act": /\b(?:semiconductors?|chips?|microelectronics)\b/i,
  "PACT Act": /\b(?:toxic\w*|burn pits?)\b/i,
  "Affordable Care Act": /\b(?:Marketplaces?|HealthCare\.gov|Medicaid expansion)\b/,
  "Bipartisan Safer Communities Act": /\b(?:guns?|firearms?)\b/i,
};

/**
 * Whether `text` prints a word of a law's name as the choice prints it, or what the law is known for: the choice
 * "Bipartisan Infrastructure Law" beside "infrastructure projects", not the official name's "investment" or "jobs",
 * which the student does not see.
 */
function givesAway(form: string, law: Law, text: string): boolean {
  const words = new Set(text.toLowerCase().split(/[^a-z]+/));
  return telling(form).some((w) => words.has(w)) || Boolean(HINTS[law.name]?.test(text));
}

/** A law being made, unmade or carried out: every law of an era was signed and is being implemented. */
const NOT_ASKED = /\b(?:strip\w*|sign(?:s|ed|ing)?|pass(?:es|ed|ing|age)?|enact\w*|became law|into law|since(?!\s+(?:19|20)\d\d\b)|anniversary|implement\w*|vot(?:e|es|ed|ing)|introduc\w*|reauthoriz\w*|repeal\w*|overturn\w*|gut\w*|undo\w*|undermin\w*|rescind\w*|roll(?:ing|ed)? back|attack\w*|eliminat\w*|oppos\w*|threat\w*|cuts?|before|if|would|could|proposed|negotiat\w*)\b/i;

/** What ties the law to the fact: the law pays for it, holds it, or does it. */
const TIE_BEFORE = /(?:\b(?:funded|financed|paid for|made possible|supported|provided|created|established|authorized|required|appropriated|secured|invested|delivered|included|enabled|allocated|set aside|awarded|available|funding|funds|investments?|dollars)\s+(?:by|through|under|in|from)|\b(?:thanks to|through|under|from|via|because of|as part of)|\bin)\s+(?:the|my|President \w+(?:'s|’s))\s+$/;
const TIE_AFTER = /^(?:['’]s\s+[a-z]+\s+)?(?:\s*,[^,]{3,60},)?\s+(?:also\s+)?(?:provides?|provided|invests?|invested|includes?|included|created?|creates|established?|establishes|lowers?|lowered|caps?|capped|requires?|required|allows?|allowed|gives?|gave|extends?|extended|expands?|expanded|makes?|made|delivers?|delivered|funds?|funded|allocates?|allocated|appropriates?|appropriated|authorizes?|authorized|directs?|directed|protects?|protected|guarantees?|guaranteed|bans?|banned|prohibits?|prohibited|raises?|raised|reduces?|reduced|cuts)\b/;

/**
 * Something only this law did: an amount, or a named program, fund or office. Not any digit: "the child care crisis
 * caused by COVID-19" is no figure, and the CARES Act paid for child care too (set BF's raters: arguably true).
 */
const SPECIFIC = /\$\s?\d|\b\d[\d,.]*\s*(?:percent|%|million|billion|trillion|thousand)\b|\b\d{1,3}(?:,\d{3})+\b|\b[A-Z][\w-]+(?:\s+(?:of|for|and|the|[A-Z][\w-]+))*\s+(?:Program|Programs|Initiative|Grants?|Fund|Commission|Office|Corps|Center|Centers|Credit|Credits|Account|Loan|Loans|Facility|Hubs?)\b/;

const DATE_RE = new RegExp(String.raw`\b(${MONTHS.join("|")})\s+(\d{1,2}),\s+((?:19|20)\d\d)\b`);

/** The day the article was written (its dateline's, in its first lines), else the end of the year before its own. */
export function articleDate(a: Pick<Analysis, "text" | "year">): string | undefined {
  const m = a.text.slice(0, 400).match(DATE_RE);
  if (m) return `${m[3]}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, "0")}-${m[2].padStart(2, "0")}`;
  return a.year ? `${a.year - 1}-12-31` : undefined;
}

const yearOf = (law: Law) => Number(law.signed.slice(0, 4));

/** What a sentence is about, as the fields of the curated list: a wrong answer should be a law of the same matter. */
const TOPICS: [string, RegExp][] = [
  ["environment", /\b(?:climate|clean energy|emissions?|pollut\w*|forests?|wildfires?|conservation|public lands|wildlife|environment\w*|carbon|renewable|solar|wind|drought|resilien\w*|contaminants?|Superfund)\b/i],
  ["infrastructure", /\b(?:broadband|internet|roads?|bridges?|transit|rail\w*|ports?|airports?|highways?|water systems?|pipes?|chargers?|charging|infrastructure|tunnels?|ferr(?:y|ies)|transportation)\b/i],
  ["health", /\b(?:health|medic\w*|drugs?|insulin|hospitals?|coverage|premiums?|vaccin\w*|mental|opioid\w*|HIV)\b/i],
  ["relief", /\b(?:pandemic|COVID(?:-19)?|relief|rental|evictions?|unemployment|stimulus|recovery|child care|food assistance)\b/i],
  ["industry", /\b(?:semiconductors?|chips|manufactur\w*|research|science|innovation|microelectronics)\b/i],
  ["safety", /\b(?:guns?|firearms?|violence|police|policing|crime|law enforcement|victims?|homicides?)\b/i],
  ["veterans", /\b(?:veterans?|toxic|burn pits?|servicemembers?)\b/i],
  ["education", /\b(?:schools?|students?|education|colleges?|teachers?)\b/i],
  ["tax", /\b(?:tax|taxes|tax credits?)\b/i],
  ["rights", /\b(?:civil rights|discriminat\w*|equal|voting|disabilit\w*)\b/i],
  ["labor", /\b(?:workers?|wages?|job training|unions?|workforce)\b/i],
  ["housing", /\b(?:housing|homebuyers?|rent|mortgages?)\b/i],
];

/** What every law question of one article shares: its date and the laws it names, in its own words, in order. */
interface ArticleLaws {
  date: string | undefined;
  named: { law: Law; form: string }[];
}

/** The wrong answers for `answer`: laws the article names first (in its own words), then laws closest in matter. */
function lawDistractors(article: ArticleLaws, answer: Law, s: Sentence, stem: string): string[] {
  const cutoff = article.date ?? answer.signed;
  const inSentence = new Set([...s.norm.matchAll(NAME_RE)].map((m) => BY_FORM.get(m[0])!));
  const fits = (law: Law, form: string) => law !== answer && !inSentence.has(law) && law.signed <= cutoff && !givesAway(form, law, stem);
  const out: string[] = [];
  const seen = new Set<Law>();
  const add = (law: Law, form: string) => {
    if (out.length < 3 && !seen.has(law) && fits(law, form)) {
      seen.add(law);
      out.push(form);
    }
  };
  const topics = new Set(TOPICS.filter(([, re]) => re.test(stem)).map(([f]) => f));
  // 2 for a law of the answer's main field, 1 for one of its other fields.
  const tier = (law: Law) => (law.fields.includes(answer.fields[0]) ? 2 : law.fields.some((f) => answer.fields.includes(f)) ? 1 : 0);
  const onTopic = (law: Law) => (law.fields.some((f) => topics.has(f)) ? 1 : 0);
  const years = (law: Law) => Math.abs(yearOf(law) - yearOf(answer));
  // The article's own laws first, where they are of the answer's main field or the sentence's matter (not the Affordable
  // Care Act for "$20 billion from the _____ has been invested in water infrastructure").
  for (const { law, form } of article.named) if (tier(law) === 2 || onTopic(law)) add(law, form);
  // Then laws of the answer's main field, the sentence's matter first, nearest in date: a spending law beside a spending
  // law, never the CARES Act or the Tax Cuts and Jobs Act for "the _____ provides $8 billion to fund forest and land
  // management" (set BE's raters). Then laws of its other fields only where they fit the sentence's matter: no health
  // law for "the _____ invested $24 billion in stabilizing the child care sector" (set BF's raters: the Mental Health
  // Parity and Addiction Equity Act and the 21st Century Cures Act beside the American Rescue Plan).
  const ranked = LAWS.filter((l) => years(l) <= 25 && (tier(l) === 2 || (tier(l) === 1 && onTopic(l)))).sort((x, y) => tier(y) - tier(x) || onTopic(y) - onTopic(x) || years(x) - years(y) || y.signed.localeCompare(x.signed));
  for (const law of ranked) add(law, law.name);
  return out;
}

/** Whether a sentence has a finite verb outside [from, to): a statement, not a list line ("$13 billion in the … to build"). */
function finiteVerb(s: Sentence, from: number, to: number): boolean {
  return s.terms.some((t) => {
    const at = t.start - s.start;
    if (at >= from && at < to) return false;
    if (t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula")) return true;
    return t.tags.has("Verb") && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !t.tags.has("Gerund") && !t.tags.has("Infinitive") && !t.tags.has("Participle");
  });
}

export function lawQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  let article: ArticleLaws | undefined;
  for (const s of a.usable) {
    if (/["“”]|\?\s*$/.test(s.norm)) continue;
    const found = [...s.norm.matchAll(NAME_RE)];
    if (found.length !== 1) continue;
    const m = found[0];
    const law = BY_FORM.get(m[0])!;
    const rest = s.norm.slice(0, m.index) + s.norm.slice(m.index! + m[0].length);
    if (NOT_ASKED.test(rest)) continue;
    // "The current regulations set under the _____ for trucks were last updated over 20 years ago": a law as the
    // authority for rules is an old regulatory statute, and laws of the article's own years are no wrong answers for it
    // (set BE's raters).
    if (/\b(?:regulations?|rules?|standards?|requirements?|protections?)\s+(?:(?:set|issued|adopted|established|finalized|written)\s+)?under\s+(?:the|my)\s+$/i.test(s.norm.slice(0, m.index))) continue;
    // "Thanks to the law, nine million Americans … through the _____": another law the sentence points at.
    if (/\b(?:the|this|that) (?:law|legislation|bill|act)\b/i.test(rest)) continue;
    // "Nearly $25 billion through the _____ to support clean transportation, …": a list line with no verb of its own.
    if (!finiteVerb(s, m.index!, m.index! + m[0].length)) continue;
    // A line that opens with its amount has its verb before the law, or none: "Nearly $25 billion through the _____ to
    // support clean transportation, including …; ensuring domestic manufacturers have …" is a list item.
    if (/^(?:(?:[Nn]early|[Oo]ver|[Mm]ore than|[Aa]bout|[Aa]lmost|[Uu]p to|[Aa]n additional|[Aa]nother)\s+)?\$?\d/.test(s.norm) && !finiteVerb({ ...s, terms: s.terms.filter((t) => t.start - s.start < m.index!) }, m.index!, s.norm.length)) continue;
    // "Allocated $7.6 billion through the _____ to nearly 1400 community health centers.": a list line whose subject is
    // its heading's.
    const head = s.terms.find((t) => /\w/.test(t.text));
    if (head && head.tags.has("Verb") && !head.tags.has("Noun") && (head.tags.has("PastTense") || head.tags.has("Infinitive") || head.tags.has("PresentTense"))) continue;
    if (!SPECIFIC.test(rest)) continue;
    const before = s.norm.slice(0, m.index);
    const after = s.norm.slice(m.index! + m[0].length);
    // The law as the subject of its clause: "The Inflation Reduction Act caps …", "…, and the CHIPS Act invests …".
    const subject = /(?:^|[,;:]\s+|\b(?:and|while|but)\s+)(?:[Tt]he\s+)?$/.test(before);
    if (!TIE_BEFORE.test(before) && !(subject && TIE_AFTER.test(after))) continue;
    // An acronym of the answer in the sentence gives it away.
    const initials = m[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
    if (initials.length >= 2 && new RegExp(String.raw`\b${initials}\b`).test(s.norm)) continue;
    if (givesAway(m[0], law, rest)) continue;
    // (The article's date and laws are read once, at its first law question.)
    article ??= { date: articleDate(a), named: [...a.text.matchAll(NAME_RE)].map((x) => ({ law: BY_FORM.get(x[0])!, form: x[0] })) };
    const distractors = lawDistractors(article, law, s, before + " " + after);
    if (distractors.length < 3) continue;
    // Below the same sentence's figure: one question per sentence (assemble.ts), and set BF's raters kept every figure
    // question a law question had displaced (22 of 22) but 26 of 34 law questions. The law is asked where nothing else
    // is.
    const c = mk(a, s, m.index!, m.index! + m[0].length, m[0], distractors, "fill_in_blank", 0.62, `law:${law.name}`, [law.name]);
    if (c) out.push(c);
  }
  return out;
}
