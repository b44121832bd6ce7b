/**
 * True/false: true statements are the article's own sentence; false ones swap
 * exactly one person, place, organisation, date or number for a same-kind one
 * the sentence does not mention. Both variants are produced for each fact and
 * the assembler picks one, to balance the quiz.
 */
import { STOPWORDS, type Analysis } from "./analysis";
import { entityDistractors } from "./distractors";
import { notTheFact, numericDistractors, ruleSide } from "./numbers";
import { isPartOfCompound, THE_COUNTRIES } from "./cloze";
import { findQuotes } from "./quotes";
import { flipNegation } from "./negation";
import { documentVoice } from "./era";
import { simplifySentence } from "./simplify";
import { DEMONYM_TO_COUNTRY } from "./civics-lexicon";
import type { Candidate } from "./types";
import type { Sentence } from "./sentences";
import { verbForms } from "./nlp";
import { isSyllabus } from "./court";
import { containsPhrase, explainFromEvidence, stripConnector, ucfirst, wordCount } from "./util";

const OPPOSITE_PAIRS: [string, string][] = [
  ["majority", "minority"], ["majorities", "minorities"], ["republic", "democracy"], ["small", "large"],
  ["smaller", "larger"], ["public", "private"], ["less", "more"], ["fewer", "more"], ["increase", "decrease"],
  ["increased", "decreased"], ["strong", "weak"], ["stronger", "weaker"], ["rich", "poor"], ["domestic", "foreign"],
  ["upper", "lower"], ["permanent", "temporary"], ["legal", "illegal"], ["guilty", "innocent"],
  ["approve", "reject"], ["approved", "rejected"], ["higher", "lower"], ["above", "below"], ["before", "after"],
  ["success", "failure"], ["gain", "loss"], ["war", "peace"],
  ["rejected", "approved"], ["raised", "lowered"], ["rose", "fell"], ["expanded", "reduced"], ["supported", "opposed"],
  ["supports", "opposes"], ["allowed", "prohibited"], ["allows", "prohibits"], ["strengthen", "weaken"],
  ["strengthened", "weakened"], ["upheld", "overturned"], ["won", "lost"],
  ["accepted", "refused"], ["increases", "decreases"], ["improved", "worsened"], ["growing", "shrinking"],
  ["confirmed", "rejected"], ["ratified", "rejected"], ["vetoed", "signed"], ["acquitted", "convicted"],
];
/** Opposites safe in any text: verbs and adjectives of decisions and trends, not ordinary words like "small". */
const OPPOSITE_VERBS = new Set(["approved", "rejected", "approve", "reject", "increase", "decrease", "increased", "decreased", "increases", "decreases",
  "raised", "lowered", "rose", "fell", "expanded", "reduced", "supported", "opposed", "supports", "opposes", "allowed", "prohibited", "allows",
  "prohibits", "strengthen", "weaken", "strengthened", "weakened", "upheld", "overturned", "won", "lost",
  "accepted", "refused", "improved", "worsened", "growing", "shrinking", "confirmed", "ratified", "vetoed", "acquitted", "convicted",
  "legal", "illegal", "higher", "lower", "stronger", "weaker"]);
const OPPOSITES = new Map<string, string>();
for (const [x, y] of OPPOSITE_PAIRS) {
  if (!OPPOSITES.has(x)) OPPOSITES.set(x, y);
  if (!OPPOSITES.has(y)) OPPOSITES.set(y, x);
}

const FIRST_SECOND_PERSON = /\b(?:I|we|We|our|Our|us|you|You|your|my|My|me)\b/;
const PRONOUN_START = /^(?:He|She|It|They|This|That|These|Those|Such|Its|Their|His|Her|There)\b/;

/**
 * A true statement is the article's sentence, simplified: blind raters called it a copy of the article nearly every
 * time (2 of 21 true/false kept in the second rating). True statements stay in the bank for the teacher to pick,
 * below the default quiz's bar; the quiz asks false statements whose swapped figure or speaker the article proves
 * wrong.
 */
const TRUE_BASE = 0;
/**
 * A negative rule asked in the positive ("The CRA specifies when an agency must submit a rule."): not the article's
 * sentence, and the article proves it false. The one kind of true/false the default quiz asks (ADR 022).
 */
const NEGATION_BASE = 0.42;

export function trueFalseQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  // Concept swaps are only worth their risk in texts with few names and numbers (essays, founding documents).
  const entityPoor = a.ents.mentions.length + a.quantities.length < 0.5 * a.usable.length;
  const speakers = new Set(findQuotes(a).map((q) => q.speaker));
  for (const s of a.usable) {
    const { text: stmt, cut } = stripConnector(s.norm);
    const n = wordCount(stmt);
    // (A negative clause of a long sentence is a statement of its own.)
    const negated = n <= 60 ? negationQuestion(a, s.index, s.start, s.end, stmt) : null;
    if (negated) out.push(negated);
    if (n < 7 || n > 32) continue;
    if (/["()]/.test(stmt) || PRONOUN_START.test(stmt) || FIRST_SECOND_PERSON.test(stmt) || /\?$/.test(stmt)) continue;
    if (!/[.]$/.test(stmt)) continue;
    // "Are questions which ..." or "In an equal degree does ..." are inverted or fragments, not statements.
    const firstTerm = s.terms.find((t) => t.start - s.start >= cut);
    if (firstTerm && (firstTerm.tags.has("Verb") || firstTerm.tags.has("Copula") || firstTerm.tags.has("Auxiliary"))) continue;
    if (/^[A-Z][\w\s,]{0,40}\b(?:does|do|did|is|are|can|will|shall)\s+the\b/.test(stmt) && !/\b(?:that|which|who)\b/.test(stmt.split(/\b(?:does|do|did|is|are|can|will|shall)\s+the\b/)[0])) continue;
    // Swap candidates in priority order.
    const swaps: { relStart: number; relEnd: number; orig: string; repl: string; key: string; entity: string }[] = [];
    for (const m of a.ents.bySentence[s.index]) {
      // Only people are swapped: a country or body put in another's place reads as an absurd trick
      // ("restricting exports of technology to the United States"), and a person only for another person of the
      // article of the same gender, where no nationality or group around the name makes the swap absurd.
      if (m.attributive || m.kind !== "person") continue;
      const p = a.ents.persons.get(m.canonical);
      const form = p && m.text === p.short && !m.text.includes(" ") ? "short" : "canonical";
      if (form === "canonical" && m.text !== m.canonical) continue;
      const near = s.norm.slice(Math.max(0, m.start - s.start - 40), m.end - s.start + 40);
      if (/\b(?:other|fellow)\b/.test(near) || Object.keys(DEMONYM_TO_COUNTRY).some((d) => containsPhrase(near, d))) continue;
      // Only as the speaker of a claim ("Mr. Blinken said …"), for another speaker of the article: who said what
      // is what the article records; who did what to whom is where a swap turns absurd ("Mr. Xi pressed China").
      const after = s.norm.slice(m.end - s.start, m.end - s.start + 24);
      const before = s.norm.slice(Math.max(0, m.fullStart - s.start - 14), m.fullStart - s.start);
      if (!/^,?\s+(?:also\s+)?(?:said|says|told|argued|warned|noted|added)\b/.test(after) && !/\b(?:according to|said)\s+$/.test(before)) continue;
      if (!speakers.has(m.canonical)) continue;
      // "Mr. Xi said he had pressed China": a claim about a country is tied to its speaker's side.
      const claim = s.norm.slice(m.end - s.start);
      if (a.ents.bySentence[s.index].some((o) => o.start >= m.end && o.kind !== "person") || Object.keys(DEMONYM_TO_COUNTRY).some((d) => containsPhrase(claim, d))) continue;
      const d = entityDistractors(a, m.kind, m.canonical, m.text, form, s.norm, 4, { title: m.title }).filter((x) => [...speakers].some((sp) => sp === x || a.ents.persons.get(sp)?.short === x));
      if (d.length) swaps.push({ relStart: m.start - s.start, relEnd: m.end - s.start, orig: m.text, repl: d[0], key: `${m.kind}:${m.canonical}`, entity: m.canonical });
    }
    for (const q of a.quantities.filter((x) => x.start >= s.start && x.end <= s.end)) {
      // "more than 950" is not proved false by "more than 1,500".
      if (q.bound === "lower" || q.bound === "upper") continue;
      if (notTheFact(q, s.norm.slice(0, q.start - s.start))) continue;
      // Never a number the sentence already gives ("with 7 states, followed by Jackson with 7"), never more states
      // than there were in the sentence's era.
      const d = numericDistractors(ruleSide(q, s), [], new Set(), 3, a.norm.slice(q.end, q.end + 80), a.eras.years[s.index] ?? a.year, a.norm.slice(Math.max(0, q.start - 60), q.start)).filter((x) => !containsPhrase(s.norm, x));
      if (d.length) swaps.push({ relStart: q.start - s.start, relEnd: q.end - s.start, orig: q.text, repl: d[0], key: `num:${q.text}`, entity: q.text });
    }
    // No date swaps: a year or date swapped for another was rated trivia (1824 for 1820, March 11 for March 18).
    // A word for its opposite ("approved" / "rejected"): the article itself proves the statement false.
    for (const t of s.terms) {
      const w = t.text.toLowerCase();
      const opp = OPPOSITES.get(w);
      if (!opp || isPartOfCompound(a.text, t.start, t.end) || containsPhrase(s.norm, opp)) continue;
      // "Smaller debt limit increases" is a noun: "smaller decreases" is nonsense, not a false statement.
      if (t.tags.has("Noun") && !t.tags.has("Adjective")) continue;
      // compromise may tag that noun a verb; a verb right after it ("increases potentially offer") shows it is not.
      {
        const i = s.terms.indexOf(t);
        const next = s.terms.slice(i + 1).find((x) => !x.tags.has("Adverb"));
        if (next && next.tags.has("Verb") && !next.tags.has("Gerund") && !next.tags.has("Auxiliary") && !/^(?:to|by)$/i.test(next.text) && !next.tags.has("Preposition")) continue;
      }
      if (!entityPoor && !OPPOSITE_VERBS.has(w)) continue;
      // "supports tens of thousands of jobs", "supported recovery efforts": to sustain, not to back; "opposes … jobs"
      // is absurd, not false (set R's rater). Only what one backs or opposes: a bill, a plan, a person, a party.
      if (/^(?:supports?|supported|opposes|opposed)$/.test(w) && /^\s+(?:[\d$]|(?:tens|hundreds|thousands|millions|billions)\b|(?:the |our |their |local |new |good-paying |American )?(?:jobs|economy|economies|families|workers|communities|efforts?|operations|response|recovery|restoration|survivors|students|people|needs|businesses|growth|development|research)\b)/i.test(a.norm.slice(t.end, t.end + 40))) continue;
      // "to strengthen and protect access", "expanded and improved": one verb of a pair turned reads as nonsense ("weaken
      // and protect"), not as a false statement (set S's rater).
      if (/^\s+(?:and|or)\s+[a-z]+(?:e|en|ed|s)?\b/i.test(a.norm.slice(t.end, t.end + 24)) && (s.terms[s.terms.indexOf(t) + 2]?.tags.has("Verb") ?? false)) continue;
      if (/\b[a-z]+\s+(?:and|or)\s+$/i.test(a.norm.slice(Math.max(0, t.start - 24), t.start)) && (s.terms[s.terms.indexOf(t) - 2]?.tags.has("Verb") ?? false)) continue;
      // "representatives of the legal community": an attribute of a noun, not a finding; only "is legal" turns.
      if (/^(?:legal|illegal)$/.test(w) && !/\b(?:is|are|was|were|be|been|being|remains?|became|become|deemed|declared|made|found)\s+(?:not\s+)?$/i.test(a.norm.slice(Math.max(0, t.start - 20), t.start))) continue;
      if (/"/.test(s.norm.slice(0, t.start - s.start)) && (s.norm.slice(0, t.start - s.start).match(/"/g) ?? []).length % 2 === 1) continue;
      const repl = /^[A-Z]/.test(t.text) ? ucfirst(opp) : opp;
      swaps.push({ relStart: t.start - s.start, relEnd: t.end - s.start, orig: t.text, repl, key: `opposite:${w}`, entity: w });
      break;
    }
    // Numbers and dates make the cleanest false statements, then people, then places and bodies
    // ("protections against the United States" reads as a trick, "five hours" as a fact).
    const rank = (k: string) => (k.startsWith("num:") ? 0 : k.startsWith("opposite:") ? 1 : k.startsWith("person:") ? 2 : 3);
    const swap = swaps.filter((w) => w.relStart >= cut).sort((x, y) => rank(x.key) - rank(y.key) || x.relStart - y.relStart)[0];
    const simpleTrue = simplifySentence(stmt);
    if (!swap) {
      // A true claim needs no false twin: assembly balances true and false over the whole quiz.
      if (simpleTrue?.changed) {
        out.push({
          type: "true_false",
          choices: ["True", "False"],
          evidenceStart: s.start,
          evidenceEnd: s.end,
          facts: [s.index],
          entities: [],
          prompt: `True or false: ${simpleTrue.text}`,
          answer: "True",
          explanation: explainFromEvidence(s.text),
          difficulty: 1,
          base: TRUE_BASE + 0.25 * a.centrality[s.index],
          answerKey: `tf:${s.index}`,
          bankOnly: true,
          truth: true,
        });
      }
      continue;
    }
    let head = stmt.slice(0, swap.relStart - cut);
    let repl = swap.repl;
    // Countries keep their article: "against China" -> "against the United States", "the United States" -> "Russia".
    if (a.ents.kindOf.get(swap.entity) === "country") {
      const hasThe = /\bthe $/i.test(head);
      if (hasThe && !THE_COUNTRIES.has(repl)) head = head.replace(/\bthe $/i, "");
      else if (!hasThe && THE_COUNTRIES.has(repl)) repl = "the " + repl;
    }
    const swappedStmt = ucfirst(head + repl + stmt.slice(swap.relEnd - cut));
    // The swapped phrase must not be true elsewhere in the article.
    const window = swappedStmt.slice(Math.max(0, head.length - 20), head.length + repl.length + 20);
    if (a.norm.includes(window)) continue;
    // Statements a student reads are the claim itself, not a copy of the article's sentence.
    const simpleFalse = simplifySentence(swappedStmt);
    const falseStmt = simpleFalse && containsPhrase(simpleFalse.text, repl) ? simpleFalse.text : swappedStmt;
    const conceptSwap = swap.key.startsWith("opposite:");
    // Opposite-word swaps were rated "not provably false" or "nonsensical" more often than kept: bank only.
    const base = (conceptSwap ? 0.2 : 0.45) + 0.25 * a.centrality[s.index];
    const common = {
      type: "true_false" as const,
      choices: ["True", "False"],
      evidenceStart: s.start,
      evidenceEnd: s.end,
      facts: [s.index],
      entities: [swap.entity],
    };
    if (simpleTrue?.changed) {
      out.push({ ...common, prompt: `True or false: ${simpleTrue.text}`, answer: "True", explanation: explainFromEvidence(s.text), difficulty: 1, base: TRUE_BASE + 0.25 * a.centrality[s.index], answerKey: `tf:${s.index}`, truth: true, bankOnly: true });
    }
    out.push({
      ...common,
      prompt: `True or false: ${falseStmt}`,
      answer: "False",
      explanation: `The article says ${swap.orig}, not ${repl}.`,
      difficulty: 2,
      base,
      answerKey: `tf:${s.index}`,
      truth: false,
      bankOnly: true,
    });
  }
  out.push(...answeredQuestionStatements(a));
  return out;
}

/**
 * A rule the article states in the negative, asked in the positive: false by the article's own words (ADR 022).
 * Scare quotes around a term ("companion" resolutions) are dropped; a quotation is not flipped.
 */
function negationQuestion(a: Analysis, index: number, start: number, end: number, stmt: string): Candidate | null {
  // The answer to the question before it is asked with that question (answeredQuestionStatements).
  const prev = a.sentences[index - 1];
  if (prev && prev.paragraph === a.sentences[index].paragraph && /\?$/.test(prev.norm.trim())) return null;
  // "China does not appear to be a major source of FDI inflows, accounting for about $710 million": a hedge is a
  // judgement, not a rule, and its flip reads as a contradiction of the figure beside it (set D's raters).
  if (/\b(?:does|do|did)\s+not\s+(?:appear|seem)\b|\b(?:doesn't|don't|didn't)\s+(?:appear|seem)\b/i.test(stmt)) return null;
  const plain = stmt.replace(/"([^"]{1,30})"/g, (q, w: string) => (wordCount(w) <= 3 && !/[,.!?]/.test(w) ? w : q));
  if (/["()]/.test(plain) || FIRST_SECOND_PERSON.test(plain) || !/[.]$/.test(plain)) return null;
  const whole = PRONOUN_START.test(plain) && !/^There (?:are|were) no\b/.test(plain) ? [] : [simplifySentence(plain)?.text ?? plain];
  // The whole statement, else one of its clauses ("Such claims sound in a desire for proportional representation, but
  // the Constitution does not require proportional representation" → "The Constitution requires …").
  const clauses = plain
    .replace(/\.$/, "")
    .split(/;\s+|,\s+(?:but|and|yet|while|whereas)\s+/)
    .slice(1)
    // ("…; and the limited empirical evidence available does not suggest …": the clause without its "and".)
    .map((c) => ucfirst(c.trim().replace(/^(?:and|but|yet)\s+/, "")) + ".")
    .filter((c) => wordCount(c) >= 5 && !PRONOUN_START.test(c) && !/^(?:[A-Z][a-z]+ly|So|Then|Thus|Hence|Therefore)\b/.test(c));
  // "Congress cannot act on, and courts cannot examine, the President's actions": a clause that shares its object with
  // another ("Courts can examine, the President's actions") is no statement of its own.
  const sharedObject = /\b(?:can(?:not)?|could|may|must|shall|should|will|would|do|does|did)(?:\s+not)?\s+[a-z]+(?:\s+(?:on|to|for|with|in))?,\s/;
  const flipped = [...whole, ...clauses].filter((c) => !sharedObject.test(c)).map(flipNegation).find(Boolean) ?? null;
  if (!flipped || containsPhrase(a.norm, flipped.text.replace(/\.$/, ""))) return null;
  // A court's reasoning is the Court's ("A partisan gerrymandering claim can ask …" was rated a bare claim).
  // "Other similar programs will be paused", "… the eco-friendly alternative they claim to be": who or what is meant
  // is in another sentence.
  if (/\b(?:they|them|their)\b/i.test(flipped.text) || /^(?:Other|Such|These|Those)\b/.test(flipped.text)) return null;
  // A fact sheet's or statement's negatives are mostly its rhetoric ("President Trump will not stand for inaction",
  // "Even the best federal statisticians cannot predict the future"): flipped, they were rated puffery or absurd.
  // Only what an order, a rule or an agency does or does not do is asked in the quiz; the rest stays in the bank.
  const rhetoric = Boolean(documentVoice(a)) && !RULE_SUBJECT.test(flipped.text);
  const court = / v\. /.test(a.title) && !/^According to\b/.test(flipped.text);
  // (The frame takes the claim's first word in lower case unless the article writes it with a capital inside a sentence:
  // "According to the Court, nondangerous school contraband …", but "According to the Court, Minnesota law …".)
  const firstWord = /^[A-Z][a-z]*\b/.exec(flipped.text)?.[0];
  const proper = !!firstWord && !/^(?:A|An|The)$/.test(firstWord) && new RegExp(String.raw`[a-z,;]\s+${firstWord}\b`).test(a.text);
  const statement = court ? `According to the Court, ${firstWord && !proper ? firstWord.toLowerCase() + flipped.text.slice(firstWord.length) : flipped.text}` : flipped.text;
  return {
    type: "true_false",
    choices: ["True", "False"],
    evidenceStart: start,
    evidenceEnd: end,
    facts: [index],
    entities: [],
    prompt: `True or false: ${statement}`,
    answer: "False",
    explanation: `False. The article says the opposite: "${ucfirst(flipped.clause).replace(/"/g, "'")}."`,
    difficulty: 2,
    base: NEGATION_BASE + 0.25 * a.centrality[index],
    answerKey: `neg:${index}`,
    truth: false,
    // A Supreme Court syllabus's negatives, asked in the positive, stay in the bank: on the held-out syllabi of set CL
    // raters kept 2 of 14 such verdicts (7 questions, two pairs: the sentence again without its "not", a term the stem
    // does not explain, or a claim no court would make), and its decision's own facts nearly every time (court.ts).
    ...(rhetoric || (court && isSyllabus(a)) ? { bankOnly: true } : {}),
  };
}

/** The subject of a rule: an order, a law, a rule or its parts, or the agencies that carry it out. */
const RULE_SUBJECT = /^(?:The|This|These|Each|Every|Any|No|A|An|All)?\s*(?:(?:proposed|final|new|interim|revised|executive|presidential|federal|current|existing|reciprocal|additional)\s+)*(?:Executive Order|[Oo]rder|[Rr]ule|[Mm]emorandum|[Pp]roclamation|reforms?|law|Act|act|bill|program|policy|agreement|deal|tariffs?|duties|changes?|requirements?|exemptions?|exceptions?|provisions?|regulations?|guidance|measures?|[Aa]gencies|Department|Office|Secretary|NSPM|directive)\b/;

/**
 * An explainer's own yes/no question and its answer ("Are there expedited procedures … in the Senate? Yes." / "Does a
 * CRA joint resolution of disapproval have to be filed in each chamber? No."), asked as a statement: true for "Yes",
 * false for "No". Neither is a sentence of the article, and the true ones balance the quiz's false ones (ADR 022).
 */
export function answeredQuestionStatements(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < a.sentences.length; i++) {
    const q = a.sentences[i];
    const ans = a.sentences[i + 1];
    if (!/\?$/.test(q.norm.trim()) || ans.paragraph !== q.paragraph) continue;
    // ("Yes." alone is no sentence the engine asks about, but it answers this one.)
    // "Are there expedited procedures … in the House? There are no expedited procedures for initial House
    // consideration." is a "No" whose own sentence lacks the question's subject (rated "consideration of what?").
    // A "There are no …" that narrows the question ("… for initial House consideration") answers less than it asks
    // ("arguably not false", rated so): only one whose every word the question has.
    const narrows = (x: string) => (x.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => !STOPWORDS.has(w) && !new RegExp(`\\b${w}`, "i").test(q.norm) && w !== "no");
    const reply = ans.norm.trim().match(/^(Yes|No)\b[.,;]/) ?? (/^(?:Are|Is) there\b/.test(q.norm.trim()) && /^There (?:are|is) no\b/.test(ans.norm.trim()) && !narrows(ans.norm.trim().replace(/^There (?:are|is) no\b/, "")) ? ["", "No"] : null);
    if (!reply || (!ans.usable && ans.norm.trim().length > 4)) continue;
    const stmt = statementOf(q);
    if (!stmt || wordCount(stmt) < 6 || wordCount(stmt) > 28 || /["()]/.test(stmt)) continue;
    const truth = reply[1] === "Yes";
    // The answer and the sentence after it, which gives its reason.
    const next = a.sentences[i + 2];
    const end = next && next.paragraph === q.paragraph && next.usable && ans.norm.trim().length < 6 ? next.end : ans.end;
    out.push({
      type: "true_false",
      choices: ["True", "False"],
      evidenceStart: q.start,
      evidenceEnd: end,
      facts: end === ans.end ? [q.index, ans.index] : [q.index, ans.index, ans.index + 1],
      entities: [],
      prompt: `True or false: ${stmt}`,
      answer: truth ? "True" : "False",
      explanation: `${truth ? "True" : "False"}. The article asks "${q.norm.trim().replace(/"/g, "'")}" and answers: "${ans.norm.trim().replace(/"/g, "'")}"`,
      difficulty: 2,
      base: NEGATION_BASE + 0.05 + 0.25 * a.centrality[ans.index],
      answerKey: `faq:${q.index}`,
      truth,
      // A "Yes" asked as a true statement is the heading's question restated, its answer printed after it (sets BM, BR
      // and BS: rule 6, three raters): the bank only. A "No" is a claim the article's own words prove false.
      ...(truth ? { bankOnly: true } : {}),
    });
  }
  return out;
}

/** "Are there X?" → "There are X."; "Does S V …?" → "S Vs …." (compromise finds the verb); else null. */
function statementOf(q: Sentence): string | null {
  const text = q.norm.trim().replace(/\?$/, "");
  let m = text.match(/^(Are|Is|Were|Was) there\s+(.+)$/);
  if (m) return `There ${m[1].toLowerCase()} ${m[2]}.`;
  m = text.match(/^(Does|Do|Did)\s+(.+)$/);
  if (!m) return null;
  const aux = m[1];
  const words = m[2].split(" ");
  // The first word compromise reads as a verb, after at least two words of subject.
  const offset = q.start + text.length - m[2].length;
  let k = -1;
  let pos = offset;
  for (let j = 0; j < words.length; j++) {
    const t = q.terms.find((x) => x.start === pos);
    if (j >= 2 && t && (t.tags.has("Infinitive") || t.tags.has("Verb")) && !t.tags.has("Noun") && !t.tags.has("Gerund")) {
      k = j;
      break;
    }
    pos += words[j].length + 1;
  }
  if (k < 0) return null;
  const forms = verbForms(words[k].toLowerCase());
  if (!forms || forms.infinitive !== words[k].toLowerCase()) return null;
  words[k] = aux === "Does" ? forms.present : aux === "Did" ? forms.past : forms.infinitive;
  return ucfirst(words.join(" ")) + ".";
}
