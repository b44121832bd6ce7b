/**
 * Quotes with their speakers: "X said", "said X", "X told Y that", "he said"
 * resolved to the person of the previous sentence, and quotes that continue
 * across sentences without a new attribution.
 */
import { canStandFor, displayName, kbPerson, personCountry, roleClassesOf } from "./world";
import { getKb, type Person } from "./kb";
import { STOPWORDS, type Analysis } from "./analysis";
import { entityDistractors, namedByTitle } from "./distractors";
import { isSpouseTitle, type Mention } from "./entities";
import type { Candidate } from "./types";
import { containsPhrase, familyName, shortQuote, wordCount } from "./util";

const SPEECH = "(?:said|says|told|tells|added|adds|asked|warned|wrote|writes|declared|argued|noted|explained|insisted|stated|continued|urged|replied|remarked|recalled|announced|cautioned|emphasized|stressed)";
const AFTER_PRONOUN = new RegExp(`^[\\s,]*(?:he|she)\\s+(?:also\\s+)?${SPEECH}\\b`, "i");
const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*${SPEECH}\\s+$`, "i");
const FOLLOWED_BY_SPEECH = new RegExp(`^,?\\s+(?:also\\s+|then\\s+|later\\s+)?${SPEECH}\\b`);
const BEFORE_PRONOUN = new RegExp(`\\b(?:he|she)\\s+(?:also\\s+)?${SPEECH}\\b[^"]{0,80}$`, "i");
/** "Steve Ellis, offered his explanation for the pork …": a sentence that announces the quote after it. */
const ANNOUNCES_QUOTE = /^,?\s+(?:offered|gave|explained|laid out) (?:his|her|their) (?:explanation|view|views|assessment|reasoning|answer|take)\b/i;

export interface QuoteFact {
  sentence: number;
  /** first sentence of the evidence (the antecedent for "he said") */
  evidenceFrom: number;
  evidenceTo: number;
  quote: string;
  speaker: string;
  /**
   * The reported words a fragment completes, from its sentence: "the United States and China should" in "Mr. Xi told
   * Mr. Blinken … that the United States and China should "honor words with actions …"". Only where the quote starts
   * in the middle of a clause and the words between "that" and it name what they need (no pronoun, no other quote).
   */
  lead?: string;
}

function personAt(ms: Mention[]): Mention[] {
  return ms.filter((m) => m.kind === "person");
}

/** Whether a sentence says "he" or "she" before it names this person: its pronoun goes back further. */
export function pronounBefore(s: { norm: string; start: number }, m: { fullStart: number }): boolean {
  return /\b(?:he|she|He|She)\b/.test(s.norm.slice(0, Math.max(0, m.fullStart - s.start)).replace(/"[^"]*"/g, ""));
}

export function findQuotes(a: Analysis): QuoteFact[] {
  const out: QuoteFact[] = [];
  // `from`: where the evidence naming the speaker starts ("Mr. Wang … saved his sharpest words", then "'…,' he told
  // Mr. Blinken", then a quote-only sentence: all three are the evidence of the last).
  let prevSpeaker: { speaker: string; sentence: number; from: number } | null = null;
  let openFrom: { sentence: number; text: string } | null = null;
  for (const s of a.usable) {
    const norm = s.norm;
    const persons = personAt(a.ents.bySentence[s.index]);
    const rel = (m: Mention) => ({ start: m.fullStart - s.start, end: m.end - s.start });
    const antecedent = (): { speaker: string; from: number } | null => {
      for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
        const ps = personAt(a.ents.bySentence[k]);
        // "On the Social Security Commission, he led a bipartisan effort with Pat Moynihan …. … what he said to our
        // colleagues: '…'": the sentence's own "he" is the one the next "he" goes on with, not the name after it
        // (set AZ: Bob Dole's words given to Moynihan, both raters).
        if (ps.length && pronounBefore(a.sentences[k], ps[0])) return null;
        if (ps.length) return { speaker: ps[0].canonical, from: k };
        if (prevSpeaker && prevSpeaker.sentence === k) return { speaker: prevSpeaker.speaker, from: k };
      }
      return null;
    };
    // Sentence-level speaker: a person right before a speech verb.
    const subject = persons.find((m) => FOLLOWED_BY_SPEECH.test(norm.slice(rel(m).end)) && !norm.slice(0, rel(m).start).includes('"'));
    const spans: { qs: number; qe: number; inner: string; continued: boolean }[] = [];
    const re = /"([^"]+)"/g;
    let m: RegExpExecArray | null;
    const count = (norm.match(/"/g) ?? []).length;
    if (count % 2 === 1 && openFrom === null && norm.trimStart().startsWith('"')) {
      // An opening quote whose closing mark is in a later sentence.
      openFrom = { sentence: s.index, text: norm.trim().slice(1) };
      continue;
    }
    if (count % 2 === 1 && openFrom) {
      const close = norm.indexOf('"');
      spans.push({ qs: 0, qe: close + 1, inner: openFrom.text + " " + norm.slice(0, close), continued: true });
      const rest = norm.slice(close + 1);
      re.lastIndex = 0;
      while ((m = re.exec(rest))) spans.push({ qs: close + 1 + m.index, qe: close + 1 + m.index + m[0].length, inner: m[1], continued: false });
    } else {
      openFrom = null;
      while ((m = re.exec(norm))) spans.push({ qs: m.index, qe: m.index + m[0].length, inner: m[1], continued: false });
    }
    let resolvedAny: string | null = null;
    let resolvedFrom = s.index;
    for (const sp of spans) {
      const after = norm.slice(sp.qe);
      const before = norm.slice(0, sp.qs);
      let speaker: string | null = null;
      let from = sp.continued && openFrom ? openFrom.sentence : s.index;
      const direct = persons.find((p) => {
        const r = rel(p);
        return r.start >= sp.qe && r.start - sp.qe <= 3 && FOLLOWED_BY_SPEECH.test(norm.slice(r.end));
      });
      const verbFirst = persons.find((p) => {
        const r = rel(p);
        return r.start >= sp.qe && AFTER_VERB_FIRST.test(norm.slice(sp.qe, r.start));
      });
      if (direct) speaker = direct.canonical;
      else if (verbFirst) speaker = verbFirst.canonical;
      else if (AFTER_PRONOUN.test(after) || (BEFORE_PRONOUN.test(before) && !subject)) {
        const ant = antecedent();
        if (ant) {
          speaker = ant.speaker;
          from = Math.min(from, ant.from);
        }
      } else if (subject && rel(subject).end <= sp.qs) speaker = subject.canonical;
      // (A quote over several sentences continues a speaker of the sentence before its first.)
      else if (sp.qs <= 1 && /^[\s.,!?]*$/.test(after) && prevSpeaker && prevSpeaker.sentence >= (sp.continued && openFrom ? openFrom.sentence : s.index) - 1) {
        // A sentence that is only a quote continues the previous speaker.
        speaker = prevSpeaker.speaker;
        from = prevSpeaker.from;
      } else if (sp.qs <= 1 && /^[\s.,!?]*$/.test(after) && !sp.continued) {
        // A sentence that is only a quote after one that announces it, in the same paragraph ("Vice President of
        // Taxpayers for Common Sense, Steve Ellis, offered his explanation for the pork …. "People who …"").
        const prev = a.sentences[s.index - 1];
        const people = prev && prev.usable && prev.paragraph === s.paragraph && !/"/.test(prev.norm) ? personAt(a.ents.bySentence[prev.index]) : [];
        const announcer = people.length === 1 && ANNOUNCES_QUOTE.test(prev.norm.slice(people[0].end - prev.start)) ? people[0] : null;
        if (announcer) {
          speaker = announcer.canonical;
          from = prev.index;
        }
      }
      if (!speaker || a.ents.kindOf.get(speaker) !== "person") continue;
      resolvedAny = speaker;
      resolvedFrom = Math.min(resolvedFrom, from);
      out.push({ sentence: s.index, evidenceFrom: from, evidenceTo: s.index, quote: sp.inner.trim(), speaker, lead: leadOf(before, sp.inner) });
    }
    if (spans.length) openFrom = null;
    prevSpeaker = resolvedAny ? { speaker: resolvedAny, sentence: s.index, from: resolvedFrom } : prevSpeaker && prevSpeaker.sentence >= s.index - 1 ? prevSpeaker : null;
  }
  return out;
}

/**
 * A quote whose "this" is in the sentence before it: "This is a movie that we've seen before, and we know how it
 * ends," he said, after Blinken's figures on China's overcapacity (set AM's rater: no claim without them), "if China
 * does not address this problem, we will". A quote that opens its paragraph, naming its speaker ("This was an
 * investment of presidential prestige …" of the conference the article reports), speaks of the article's subject, and
 * was kept.
 */
function pointsBack(a: Analysis, q: QuoteFact, text: string): boolean {
  const prev = a.sentences[q.sentence - 1];
  // (A news report's paragraph is often one sentence: a quote attributed to "he" continues the one before it.)
  if (!prev || (prev.paragraph !== a.sentences[q.sentence].paragraph && q.evidenceFrom === q.sentence)) return false;
  return /^(?:This|That)(?:'s|\s+(?:is|was|will be|would be|has been)\b)/.test(text) || /\b(?:this|that) (?:problem|issue|challenge|situation|matter|concern|behaviou?r|practice|approach|decision|step|move|question)\b/i.test(text);
}

/**
 * "With American businesses shuttered and American jobs lost": a phrase with no clause of its own, which finishes the
 * quote before it.
 */
function noClause(text: string): boolean {
  return /^(?:With|Without|Despite|Amid|After|Before|Because of)\b/.test(text) && !/,/.test(text);
}

/** Words that point outside the reported clause: a lead-in holding one is no clearer than "…". */
const LEAD_POINTS_OUT = /\b(?:he|she|him|her|his|hers|it|its|they|them|their|this|that|these|those|we|us|our|i|me|my|you|your)\b/i;

function leadOf(before: string, inner: string): string | undefined {
  if (!/^[a-z]/.test(inner.trim())) return undefined;
  const m = before.match(/\bthat\s+([^"]{3,80}?)\s*$/);
  if (!m) return undefined;
  const lead = m[1].trim();
  const words = lead.split(/\s+/);
  if (words.length < 2 || words.length > 10 || LEAD_POINTS_OUT.test(lead) || /[,;:]/.test(lead)) return undefined;
  // The clause's subject and its verb: "the United States and China should", not "the talks" (no verb) nor "to".
  if (!/\b(?:should|must|would|will|could|can|may|might|shall|is|are|was|were|has|have|had|needed to|need to|needs to|ought to)$/i.test(lead)) return undefined;
  return lead;
}

/**
 * A quote that names the speaker's own department or office ("the Department of State" from the Secretary of
 * State) gives the speaker away.
 */
/**
 * A quote as the article prints it: matching normalises dashes to "-", and "aspirations—and both" shown as
 * "aspirations-and both" reads as a typo (rated so). Only dashes come back; quotes and apostrophes stay plain.
 */
export function withDashes(a: Analysis, quote: string): string {
  const i = a.norm.indexOf(quote);
  if (i < 0) return quote;
  let out = "";
  for (let k = 0; k < quote.length; k++) out += quote[k] === "-" && /[\u2012-\u2015\u2212]/.test(a.text[i + k]) ? a.text[i + k] : quote[k];
  return out;
}

export function namesOwnOffice(a: Analysis, speaker: string, quote: string): boolean {
  for (const r of a.ents.roles) {
    if (r.person !== speaker) continue;
    const m = r.role.match(/\b(?:Secretary|Department|Minister|Ministry|Administrator|Director|Commissioner)\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*)*)/);
    if (!m) continue;
    const field = m[1];
    if (containsPhrase(quote, `Department of ${field}`) || containsPhrase(quote, `${field} Department`) || containsPhrase(quote, `Ministry of ${field}`) || containsPhrase(quote, `Secretary of ${field}`)) return true;
  }
  return false;
}

/**
 * Senior officials of the speaker's own government in a year, from the knowledge base: the President, the Vice
 * President and the cabinet for a U.S. leader or cabinet member; nobody for others (a senator's peers are a hundred
 * senators, and a wrong one is not plausible as the speaker).
 */
const SENIOR_OFFICES = ["Secretary of State", "Secretary of Defense", "Secretary of the Treasury", "Attorney General", "National Security Advisor"];

/** The knowledge-base names of the article's people, looked up once per article. */
const kbNames = new WeakMap<Analysis, Set<string>>();
function articleKbNames(a: Analysis): Set<string> {
  let names = kbNames.get(a);
  if (!names) kbNames.set(a, (names = new Set([...a.ents.persons.keys()].map((n) => kbPerson(n)?.name).filter((n): n is string => !!n))));
  return names;
}

/** `wholeYear`: only those in office after the year too (not a secretary who left in its January). */
export function peersOf(a: Analysis, speaker: string, year: number | undefined, exclude: Set<string>, quote: string, groups: readonly ("us-president" | "us-vice-president" | "us-cabinet")[] = ["us-president", "us-vice-president", "us-cabinet"], gender?: "m" | "f", wholeYear = false): string[] {
  if (!year || personCountry(a, speaker) !== "United States") return [];
  const classes = roleClassesOf(a, speaker);
  if (!classes.has("leader") && !classes.has("official")) return [];
  const kb = getKb();
  const out: string[] = [];
  const self = kbPerson(speaker)?.name;
  // The best-known offices first: the Secretary of State or of Defense is a plausible speaker of most statements on
  // policy, the Secretary of Housing rarely.
  const rank = (p: Person) => {
    const t = p.terms.find((x) => x.from <= year && (x.to ?? 2100) >= year);
    const i = SENIOR_OFFICES.indexOf(t?.office ?? "");
    return i < 0 ? SENIOR_OFFICES.length : i;
  };
  // Nobody the article names under another form ("George Walker Bush" beside the article's "George W. Bush").
  const inArticle = articleKbNames(a);
  for (const group of groups) {
    const people = kb.peopleInGroup(group, { year, window: 0, country: "United States", limit: 40 }).slice().sort((x, y) => rank(x) - rank(y));
    for (const p of people) {
      const family = familyName(p.name);
      const name = displayName(p);
      if (gender && p.gender !== gender) continue;
      if (wholeYear && !p.terms.some((t) => t.from <= year && (t.to == null || t.to > year))) continue;
      if (p.name === self || inArticle.has(p.name) || exclude.has(p.name) || exclude.has(name) || out.includes(name) || containsPhrase(quote, family)) continue;
      // "Kamala D. Harris" beside the article's "Vice President Harris": the speaker named by title and family name.
      if (family === familyName(speaker) && namedByTitle(speaker)) continue;
      if ([...exclude].some((e) => kbPerson(e)?.name === p.name)) continue;
      out.push(name);
    }
  }
  return out;
}

/** Words of talking about talking: "All I can tell you is I was extremely clear about our concerns in some detail." */
const META = new Set("all can tell you is i was were extremely very really clear clearly concern concerns detail details some thing things way lot know think see say said saying talk talked just about our we us my me it this that what there here".split(" "));

/** A quote that says nothing but that something was said (rated vague, "carries no claim or position"). */
export function saysNothing(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.filter((w) => !META.has(w) && !STOPWORDS.has(w)).length < 2;
}

/** Someone the article quotes for comment, holding no office: no role, or a scholar's, an activist's or a business role. */
export function isCommentator(a: Analysis, person: string): boolean {
  const classes = roleClassesOf(a, person);
  return [...classes].every((c) => c === "academic" || c === "activist" || c === "business");
}

export function quoteQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const quotes = findQuotes(a);
  for (const q of quotes) {
    // The prompt adds its own "?" after the closing quote, so drop the quote's final comma or period.
    let text = withDashes(a, q.quote).replace(/\s+/g, " ").trim().replace(/[,;:.]$/, "");
    if (wordCount(text) < 6) continue; // scare quotes and slogans are not statements
    // A fragment completes the reported words before it: "Who said that the United States and China should "honor
    // words with actions …"?" says what the quote is about and to whom, where "… honor words with actions …" did not
    // (set AM's rater: "hides that it is addressed to both countries").
    let fragment = /^[a-z]/.test(text);
    // '… and that, "if countries like Iran are willing to unclench their fist, they will find an extended hand from us."':
    // a whole sentence run on from the article's own words (a clause that opens it, then its main clause, to its final
    // stop) is quoted with its first letter capitalised, as a teacher quotes it (sets BR and BS: "… if" opening a
    // stem).
    if (fragment && /^(?:if|when|while|although|though|because|unless|once|as long as)\s[^,]{3,}, (?:we|I|you|they|he|she|it|there|the|this|that|our|their|his|her)\s+[^,]+$/.test(text) && /[.!?]["'”’]?$/.test(q.quote.trim())) {
      text = text[0].toUpperCase() + text.slice(1);
      fragment = false;
    }
    const lead = fragment ? q.lead : undefined;
    // A predicate whose subject is outside the quote ('government "can and should welcome [such organizations] as
    // partners"') and no lead-in to give it: who or what "can and should welcome"? (set AS's raters)
    if (fragment && !lead && /^(?:can|could|should|would|will|must|may|might|shall|is|are|was|were|has|have|had|does|do|did|needs?|ought)\b/.test(text)) continue;
    if (fragment && !lead) text = "… " + text;
    // A long quote whose dash adds an infinitive ("… what they say they want to do—to reach an agreement on …") is
    // whole before the dash.
    // So is one whose ", and say, '…'" (or ", and we …") starts a clause of its own: "People who support some of
    // these provisions will forget about the $700 billion and concerns they may have on that, and say, 'If you …'".
    const cut = text.search(/\s*[—–]\s*to\s|,\s+and\s+(?:say|said|then|we|I|they|he|she|will|would|can|could|must|should)\b/);
    if (wordCount(text) > 32 && cut > 0 && wordCount(text.slice(0, cut)) >= 12 && wordCount(text.slice(0, cut)) <= 32) text = text.slice(0, cut);
    text = shortQuote(text, 32).replace(/[,;:.]$/, "");
    // A quote cut in the middle of a phrase ("… in the …", "But if you look at the track record..") is a fragment.
    if (/(?:…|\.\.)$/.test(text) || /\.\.$/.test(q.quote.trim())) continue;
    if (/^(?:But|And|Or|So)\b/.test(text) && wordCount(text) < 10) continue;
    // "But we'll have to see what actions follow from that": a reply to words the quote does not give.
    if (/^(?:But|And|Or|So|Yet)\b/.test(text) && /\b(?:that|this|it|them|those)\W*$/.test(text)) continue;
    if (saysNothing(text)) continue;
    // A release's own boilerplate ("The strengthened protections announced today send a clear signal of the
    // Administration's commitment …"): any official could have said it (rated so twice).
    if (/\bannounced today\b|\bsends? a (?:clear|strong|powerful) (?:signal|message)\b/i.test(text)) continue;
    // "All three additions have greatly improved the bill": which three? The quote points back at words before it.
    if (/^(?:(?:All|The|These|Those) (?:two|three|four|five|six)|These|Those|Both)\b/i.test(text)) continue;
    if (pointsBack(a, q, text)) continue;
    if (noClause(text)) continue;
    const person = a.ents.persons.get(q.speaker);
    const said = lead ? `${lead} ${text}` : text;
    if (containsPhrase(said, q.speaker) || (person && containsPhrase(said, person.short))) continue;
    if (namesOwnOffice(a, q.speaker, said)) continue;
    const from = a.sentences[q.evidenceFrom];
    const to = a.sentences[q.evidenceTo];
    // Nobody the quote itself talks about: Abbas and Olmert would not say this of themselves.
    let distractors = entityDistractors(a, "person", q.speaker, q.speaker, "canonical", said, 3, { era: a.eras.years[q.sentence] });
    // Either gender, made once for the two uses below ("Who said" says nothing of gender).
    let anyGender: string[] | undefined;
    const eitherGender = () => (anyGender ??= entityDistractors(a, "person", q.speaker, q.speaker, "canonical", said, 8, { anyGender: true, era: a.eras.years[q.sentence] }));
    // An analyst's or scholar's comment ("Neither has the support at home …") is about the leaders: other commentators
    // of the article are the wrong answers, not the leaders the comment is about (rated implausible twice).
    if (isCommentator(a, q.speaker)) {
      const peers = eitherGender().filter((d) => isCommentator(a, d));
      if (peers.length >= 2) distractors = peers.slice(0, 3);
    }
    // Too few of the speaker's gender (the Vice President among three men): either gender, but only people who could
    // have said it: the same kind of role and country (not Vladimir Putin for "We are
    // committed to … our allies").
    if (distractors.length < 2) {
      distractors = eitherGender()
        .filter((d) => canStandFor(a, q.speaker, d))
        .slice(0, 3);
      // A release that is one official's quotes ("said the Vice President" throughout): the other senior officials
      // of the same government that year, who could have said it (rubric: a release of quotations gave no "who said").
      if (distractors.length < 3) distractors = distractors.concat(peersOf(a, q.speaker, a.eras.years[q.sentence] ?? a.year, new Set([q.speaker, ...distractors]), said).slice(0, 3 - distractors.length));
    }
    // "First Lady Rosalind Carter" among the legislators who voted on a bill: a spouse holds no office and speaks for
    // none, so is no plausible speaker of an official's words (set Q's rater), unless the speaker is one too.
    if (!spouseOnly(a, q.speaker)) distractors = distractors.filter((d) => !spouseOnly(a, d));
    // Two of the article's people: a third from the speaker's colleagues that year (four choices, as raters expect).
    if (distractors.length === 2) {
      const more = peersOf(a, q.speaker, a.eras.years[q.sentence] ?? a.year, new Set([q.speaker, ...distractors]), said);
      const own = personCountry(a, q.speaker);
      const third = more[0] ?? eitherGender().find((d) => !distractors.includes(d) && (canStandFor(a, q.speaker, d) || (!!own && personCountry(a, d) === own)));
      if (third) distractors = [...distractors, third];
    }
    if (distractors.length < 2) continue;
    out.push({
      type: "quote_attribution",
      prompt: lead ? `Who said that ${lead} "${text}"?` : `Who said: "${text}"?`,
      choices: [q.speaker, ...distractors],
      answer: q.speaker,
      evidenceStart: from.start,
      evidenceEnd: to.end,
      explanation: `${q.speaker} said this, according to the article.`,
      difficulty: q.evidenceFrom !== q.evidenceTo ? 2 : 1,
      entities: [q.speaker],
      // Every sentence of the evidence is this question's fact ("…," he said resolves to the sentence before).
      // A quote that continues one of the speaker's own ('"…," said Acting Secretary Julie Su. "We know …"') is a fact
      // of its own: the sentence naming the speaker is the other quote's.
      facts: factsOf(q, quotes),
      base: 0.75 + 0.2 * (a.importance.get(q.speaker) ?? 0.5),
      answerKey: `speaker:${q.speaker}`,
    });
  }
  return out;
}

function factsOf(q: QuoteFact, quotes: QuoteFact[]): number[] {
  const first = q.evidenceFrom < q.sentence && quotes.some((o) => o !== q && o.sentence === q.evidenceFrom && o.speaker === q.speaker) ? q.evidenceFrom + 1 : q.evidenceFrom;
  return Array.from({ length: q.sentence - first + 1 }, (_, i) => first + i);
}

/** A quote as a choice: whole (no cut), a statement (6 to 24 words), naming nobody. */
function quoteAsChoice(a: Analysis, q: QuoteFact): string | null {
  let text = withDashes(a, q.quote).replace(/\s+/g, " ").trim().replace(/[,;:]$/, "");
  if (/^[a-z]/.test(text) || /[a-z]$/i.test(text) === false && !/[.!?]$/.test(text)) return null;
  const n = wordCount(text);
  if (n < 6 || n > 24 || saysNothing(text)) return null;
  if (pointsBack(a, q, text) || noClause(text)) return null;
  if (a.ents.mentions.some((m) => m.kind === "person" && containsPhrase(text, m.text))) return null;
  if (/\b(?:he|she|him|her|his|they|them|their|this|that|it)$/i.test(text.replace(/[.!?]$/, ""))) return null;
  text = text.replace(/[,;:]$/, "");
  if (!/[.!?]$/.test(text)) text += ".";
  return text;
}

/**
 * "Which of these did Xi Jinping say, according to the article?" with what other people in the article said as the
 * wrong answers: every choice is a real quote, so each wrong one is proved someone else's by the article.
 */
export function saidByQuestions(a: Analysis): Candidate[] {
  const quotes = findQuotes(a);
  const speakers = new Set(quotes.map((q) => q.speaker));
  if (speakers.size < 2) return [];
  const out: Candidate[] = [];
  for (const q of quotes) {
    const answer = quoteAsChoice(a, q);
    if (!answer || namesOwnOffice(a, q.speaker, answer)) continue;
    const seen = new Set([answer.toLowerCase()]);
    const others: string[] = [];
    for (const o of quotes) {
      if (o.speaker === q.speaker || others.length >= 3) continue;
      const t = quoteAsChoice(a, o);
      if (!t || seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      others.push(t);
    }
    if (others.length < 3) continue;
    const s = a.sentences[q.sentence];
    const from = a.sentences[q.evidenceFrom];
    out.push({
      type: "multiple_choice",
      prompt: `Which of these did ${q.speaker} say, according to the article?`,
      choices: [answer, ...others],
      answer,
      evidenceStart: from.start,
      evidenceEnd: s.end,
      explanation: `${q.speaker} said this, according to the article; the other choices are what other people in the article said.`,
      difficulty: 2,
      entities: [q.speaker],
      // A quote that continues one of the speaker's own ('"…," said Acting Secretary Julie Su. "We know …"') is a fact
      // of its own: the sentence naming the speaker is the other quote's.
      facts: factsOf(q, quotes),
      base: 0.68 + 0.2 * (a.importance.get(q.speaker) ?? 0.5),
      answerKey: `said:${q.speaker}`,
    });
  }
  return out;
}

/** Someone the article titles only as an officeholder's spouse ("First Lady Rosalind Carter"). */
function spouseOnly(a: Analysis, name: string): boolean {
  const titles = a.ents.persons.get(name)?.titles ?? [];
  return titles.length > 0 && titles.every(isSpouseTitle);
}
