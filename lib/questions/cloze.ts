/**
 * Fill-in-the-blank (a person, place, organisation, date or key noun) and
 * numeric (a quantity) questions from one sentence.
 */
import { STOPWORDS, type Analysis } from "./analysis";
import { bodyFitsTopic, fittingFields, givesBodyAway, MONTHS, partOf, sameAgencyField, TERM_CLASSES, US_STATES, WEEKDAYS, type CivicsTerm } from "./civics-lexicon";
import { dateDistractors, entityDistractors, holdsTitle, inAnswersForm, onlyAsModifier } from "./distractors";
import type { Mention } from "./entities";
import { AT_LEAST_ONCE_EVERY, isChangeStart, notTheFact, numericDistractors, parseNumber, RULE_CUE, ruleSide, type Quantity } from "./numbers";
import type { Sentence } from "./sentences";
import type { Candidate } from "./types";
import { getKb } from "./kb";
import { simplifySentence } from "./simplify";
import { canStandFor, holdsPublicRole, isPublicRole, namesCountry, placeDistractors } from "./world";
import { nomineesOf, roleClass } from "./wh";
import { ADMINISTRATION_NAME, BLANK, blankedPrompt, ORDINAL_WORDS, clauseWindow, commaInSeries, containsPhrase, dropFurther, endsInListItem, escapeRe, explainFromEvidence, PARTICIPLE_FIRST, RELEASE_DAY, kinGender, stripConnector, ucfirst, wordCount } from "./util";
import { findQuotes, pronounBefore } from "./quotes";
import { MAX_PROMPT_WORDS, severalBills } from "./gates";

const KIND_WEIGHT: Record<string, number> = { person: 1, country: 0.85, gov: 0.85, court: 0.8, state: 0.8, city: 0.75, edu: 0.7, org: 0.7, region: 0.6 };

/** "term" inside "Short-term" is not a word of its own. */
export function isPartOfCompound(text: string, start: number, end: number): boolean {
  return /[-\u2010-\u2014]/.test(text[start - 1] ?? "") || /[-\u2010-\u2014]/.test(text[end] ?? "") || /['’]/.test(text[end] ?? "");
}

export const DATE_RE = new RegExp(
  String.raw`\b(?:(?:${MONTHS.join("|")}) \d{1,2}, \d{4}|(?:${MONTHS.join("|")}) \d{4}|${MONTHS.join("|")}|${WEEKDAYS.join("|")}|(?:1[6-9]|20)\d{2})\b`,
  "g",
);

function occurrences(hay: string, needle: string): number {
  let n = 0;
  let i = hay.indexOf(needle);
  while (i >= 0) {
    n++;
    i = hay.indexOf(needle, i + needle.length);
  }
  return n;
}

/**
 * The blank inside the simplified sentence (no leading time phrase, appositives or side clauses) when the blanked
 * phrase survives simplification once: shorter stems that are not a copy of the article's sentence.
 */
function simplifiedBlank(sentence: string, relStart: number, relEnd: number): string | null {
  const phrase = sentence.slice(relStart, relEnd);
  // A list of three or more ("between the Inter-American Development Bank, the Bill & Melinda Gates Foundation, the
  // Carlos Slim Foundation, …, and Mexico"): its items between commas are not side parts to drop (set F).
  // Two or more items between commas that are names ("the Carlos Slim Foundation", "Belarus") make a list; a side
  // clause (", when elected,") does not.
  const items = sentence.split(/,\s+/).slice(1, -1).filter((x) => /^(?:the\s+|a\s+)?[A-Z]/.test(x) && wordCount(x) <= 6);
  if (items.length >= 2 && /,\s+(?:and|or)\s/.test(sentence)) return null;
  const marker = "\u0000";
  const simple = simplifySentence(sentence.slice(0, relStart) + marker + sentence.slice(relEnd));
  if (!simple || simple.attribution || !simple.changed) return null;
  const parts = simple.text.split(marker);
  if (parts.length !== 2 || !phrase.trim()) return null;
  return parts[0] + BLANK + parts[1];
}

/** A blank inside a quote, framed by its speaker: `Kamala Harris said: "… stand with _____."` */
export interface QuoteFrame {
  speaker: string;
  verb: "said" | "wrote";
  /** the quote's span inside the sentence (relative, without the quote marks) */
  qs: number;
  qe: number;
}

/** `endAt`: the stem stops there (a description after the blank that only the answer fits is left out). */
/**
 * A fact sheet's bold label before its sentence ("Investing in the Foster Youth to Independence Program: The
 * Consolidated Appropriations Act of 2026 provided …"): a heading in Title Case of at most 14 words, ending in a colon,
 * before a sentence that starts with a capital. Its length, or 0.
 */
export function leadLabel(norm: string): number {
  // ("The U.S.-ROK-Japan Trilateral Global Leadership Youth Summit: The Department of State will sponsor …": a label's
  // "U.S." is no sentence's end, set BO.)
  const m = norm.replace(/\bU\.S\./g, "U_S_").match(/^([A-Z][^:;."]{2,110}):\s+(?=[A-Z])/);
  if (!m) return 0;
  const words = m[1].split(/\s+/);
  const long = words.filter((w) => w.replace(/\W/g, "").length > 3);
  if (words.length > 14 || !long.length || long.filter((w) => /^[A-Z]/.test(w)).length < 0.75 * long.length) return 0;
  return m[0].length;
}

/**
 * "between _____ and 1.6 million": a wrong answer above the range's other end is impossible, not wrong (set F's
 * raters: 2,000,000 offered as the lower bound). Wrong answers that keep the range's order.
 */
export function keepRangeOrder(sentence: string, relStart: number, relEnd: number, distractors: string[]): string[] {
  const num = "(\\$?[\\d.,]+(?:\\s+(?:thousand|million|billion|trillion))?)";
  const upper = /\bbetween\s+$/i.test(sentence.slice(0, relStart)) ? sentence.slice(relEnd).match(new RegExp(`^\\s+and\\s+${num}`, "i"))?.[1] : undefined;
  const lower = sentence.slice(0, relStart).match(new RegExp(`\\bbetween\\s+${num}\\s+and\\s+$`, "i"))?.[1];
  const hi = upper ? parseNumber(upper.replace(/[.,]$/, "")) : null;
  const lo = lower ? parseNumber(lower.replace(/[.,]$/, "")) : null;
  if (hi === null && lo === null) return distractors;
  return distractors.filter((d) => {
    const v = parseNumber(d.replace(/[.,]$/, ""));
    return v === null || ((hi === null || v < hi) && (lo === null || v > lo));
  });
}

/** Where the first spaced dash from a point is that is no range's ("2016 - 2020"), or -1. */
/** An administration's name opening the text (util.ts ADMINISTRATION_NAME, anchored): "Biden Administration …". */
const ADMINISTRATION_AFTER = new RegExp(`^(?:${ADMINISTRATION_NAME.source})`);

function spacedDash(norm: string, from: number): number {
  // (Nor an administration's name: "in the Obama - Biden Administration" was cut at "in the Obama.", set BZ's two pairs;
  // "the Pactola Reservoir - Rapid Creek Watershed" is still cut, as its stem without the watershed was kept.)
  for (let i = norm.indexOf(" - ", from); i >= 0; i = norm.indexOf(" - ", i + 3)) if ((!/\d$/.test(norm.slice(0, i)) || !/^\d/.test(norm.slice(i + 3))) && !(/\b[A-Z][\w.]*$/.test(norm.slice(0, i)) && ADMINISTRATION_AFTER.test(norm.slice(i + 3)))) return i;
  return -1;
}

/** "Wisconsin Senator ", "Ohio Rep. " before a blank: a member of Congress named by state (one regex for all states). */
const MEMBER_BY_STATE = new RegExp(`\\b(?:${US_STATES.join("|")}) (?:U\\.S\\. )?(?:Senator|Sen\\.|Representative|Rep\\.|Congressman|Congresswoman)\\s+$`);

export function mk(a: Analysis, s: Sentence, relStart: number, relEnd: number, answer: string, distractors: string[], type: Candidate["type"], base: number, key: string, entities: string[], frame?: QuoteFrame, endAt?: number): Candidate | null {
  if (type === "numeric") distractors = keepRangeOrder(s.norm, relStart, relEnd, distractors);
  else distractors = inAnswersForm(answer, distractors);
  if (distractors.length < 2) return null;
  const lab = frame ? 0 : leadLabel(s.norm);
  // A blank inside the label is a heading's words, not a statement ("New Floating Offshore Wind ShotTM to Lower Costs by
  // _____: Through the …", set AF's rater: "copied headline fragment").
  if (lab > 0 && relStart < lab) return null;
  if (lab > 0 && relStart >= lab) {
    // The sentence after the label, asked on its own; the evidence stays the whole line.
    const rest: Sentence = { ...s, start: s.start + lab, text: s.text.slice(lab), norm: s.norm.slice(lab) };
    const c = mk(a, rest, relStart - lab, relEnd - lab, answer, distractors, type, base, key, entities, undefined, endAt === undefined ? undefined : endAt - lab);
    if (!c) return null;
    c.evidenceStart = s.start;
    c.explanation = explainFromEvidence(s.text);
    if (c.span) c.span = [c.span[0] + lab, c.span[1] + lab];
    return c;
  }
  let prompt: string | null;
  let span: [number, number] | undefined;
  if (frame) {
    // "Third, the Department of State is imposing …", "In addition, OFAC is designating …": an enumerator or an
    // additive opening of the quote says nothing of its claim, and is left out (the evidence keeps it).
    const lead = s.norm.slice(frame.qs, relStart).match(/^(?:First|Second|Third|Fourth|Fifth|Finally|Additionally|In addition|Further|Furthermore|Moreover|Separately|Today|As you(?:'re| are)?(?: probably| may be| all| may| might)? (?:aware|know)),\s+/)?.[0].length ?? 0;
    const inner = ucfirst(s.norm.slice(frame.qs + lead, relStart)) + BLANK + s.norm.slice(relEnd, frame.qe);
    prompt = `${frame.speaker} ${frame.verb}: "${inner.trim().replace(/[,;:]$/, ".")}"`;
  } else {
    // A long sentence whose blank is in its first clause ends there: "No Person shall be a Senator who shall not have
    // attained to the Age of _____." without ", and been nine Years a Citizen …, and who shall not …" (what "and"
    // joins stays true of the first clause alone).
    // "Memphis has seen _____ murders so far - far too high a number.": what follows a dash after the blank is the
    // writer's comment, not the fact; the stem ends at the dash.
    // (Not a range's dash: "Mass Attacks in Public Spaces: 2016 - 2020, a comprehensive report …" is no "2016.", set BL.)
    const dash = spacedDash(s.norm, 0);
    // "has invested $432 million - an 18-fold increase in federal support - to help states prepare …": two dashes
    // hold an aside, and the fact goes on after it (set R's rater: "invested _____." says not what for). The stem
    // drops the aside and keeps the rest.
    const dash2 = dash >= 0 ? spacedDash(s.norm, dash + 3) : -1;
    const aside = endAt === undefined && dash >= relEnd && dash2 > dash && spacedDash(s.norm, dash2 + 3) < 0 && wordCount(s.norm.slice(dash, dash2)) <= 12 && /^[a-z]/.test(s.norm.slice(dash2 + 3));
    if (endAt === undefined && dash >= relEnd && wordCount(s.norm.slice(0, dash)) >= 6) endAt = dash;
    // "… created the Taskforce to address three challenges: (1) threats to …; (2) …; and (3) …": a numbered list after a
    // colon is the sentence's detail, and a blank before it is asked with the statement the colon ends.
    if (endAt === undefined) {
      const colon = s.norm.slice(relEnd).search(/:\s+\((?:1|a|i)\)\s/);
      if (colon >= 0 && wordCount(s.norm.slice(0, relEnd + colon)) >= 8) endAt = relEnd + colon;
    }
    if (endAt === undefined && wordCount(s.norm) > MAX_PROMPT_WORDS) {
      const k = s.norm.slice(relEnd).search(/,\s+and\s/);
      // Not inside a list the blank is an item of ("in _____, Belarus, and Syria, along with …" is no "in _____,
      // Belarus."): a comma right after the blank.
      // Nor where ", and" closes a series the blank is in ("help power _____ homes with clean energy, support 77,000 jobs,
      // avoid 78 million metric tons …, and spur …": set AF's rater, a list cut before its last item): a comma between.
      // Nor before a series' last item that a comma closes ("a global gathering of _____ government leaders, hundreds of
      // members of civil society, and the business community, to discuss …": set AN's raters, all three).
      // Nor in a sentence whose main clause comes last ("Led by the _____ through …, and supported by …, the First Movers
      // Coalition is making …": set BP, both pairs).
      if (k >= 0 && !PARTICIPLE_FIRST.test(s.norm) && !/^,\s+(?!and\b|or\b)/.test(s.norm.slice(relEnd)) && !/[;:]/.test(s.norm.slice(0, relEnd + k)) && !verbSeriesBetween(s, 0, relEnd + k) && !endsInListItem(s.norm.slice(0, relEnd + k)) && !commaInSeries(s.norm, relEnd + k) && !lastItemBefore(s, relEnd + k) && wordCount(s.norm.slice(0, relEnd + k)) >= 8) endAt = relEnd + k;
    }
    const norm = endAt === undefined ? s.norm : s.norm.slice(0, endAt).replace(/[\s,;:]+$/, "") + (aside ? ` ${s.norm.slice(dash2 + 3)}` : ".");
    if (aside) endAt = undefined;
    prompt = simplifiedBlank(norm, relStart, relEnd);
    if (prompt) {
      if (endAt !== undefined) span = [0, endAt];
    } else {
      let w = clauseWindow(norm, relStart, relEnd, 45);
      // A clause after a semicolon ends at the next one: "Initiative 2023 was launched to increase … by _____ no later
      // than 2023" without "; and the U.S. Secret Service celebrated …" (set L's raters: a run-on list).
      // "To date, FRMA has strengthened 44 institutions …; established math … labs in 6 public schools; improved …":
      // an item after a semicolon that opens with its verb shares the subject before the first semicolon (set P).
      const afterSemicolon = Boolean(w?.left && /;\s*$/.test(norm.slice(0, w.start)));
      if (afterSemicolon && /^(?:and\s+)?[a-z]+ed\b/.test(norm.slice(w!.start)) && s.terms.some((t) => t.start - s.start >= w!.start && t.tags.has("Verb") && t.start - s.start < w!.start + 12)) return null;
      if (afterSemicolon) {
        const k = norm.indexOf(";", relEnd);
        if (k >= 0 && k < w!.end) w = { ...w!, end: k, right: true };
      }
      // A part of a list of names and titles with the sentence's verb left out ("Julie Chavez Rodriguez, …,
      // Ambassador _____, Assistant to the President …" of "…, and Lael Brainard, …, convened hundreds of state
      // legislative leaders"): no statement.
      const from = w ? w.start : 0;
      const to = Math.min(w ? w.end : norm.length, endAt ?? norm.length);
      // The window's words outside the blank.
      const around = s.terms.filter((t) => t.start - s.start >= from && t.end - s.start <= to && (t.start - s.start >= relEnd || t.end - s.start <= relStart));
      if ((endAt !== undefined || (w && (w.left || w.right))) && !around.some((t) => t.tags.has("Verb"))) return null;
      // An item of a list after a semicolon ("…; a new HHS report showing the impact of … to _____; and CMS's plan to
      // propose …"): a noun phrase whose verb is before the semicolon, so no finite verb of its own (set L's raters).
      if (afterSemicolon && !around.some((t) => t.tags.has("Modal") || t.tags.has("Auxiliary") || (t.tags.has("Verb") && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !t.tags.has("Gerund") && !t.tags.has("Infinitive")))) return null;
      prompt = blankedPrompt(norm, relStart, relEnd, BLANK, 45, w);
      if (w && (w.left || w.right)) span = [w.start, Math.min(w.end, endAt ?? w.end)];
      else if (endAt !== undefined) span = [0, endAt];
    }
    // "To combat the prevailing threat of the last two years - COVID-19 - the United States has delivered _____ vaccines":
    // an aside between two dashes before the blank reads as one between commas (a lone dash, or three, stay: a
    // transcript's false starts, which the fragment gate refuses).
    if (prompt) prompt = closedDash(a, dashAsideAsCommas(prompt));
    // "However, the …" / "But Representative …": the connective ties the sentence to one the student has not read.
    if (prompt) {
      const sc = stripConnector(prompt);
      if (sc.cut && !sc.text.startsWith(BLANK)) prompt = sc.text;
      // "…, for instance, the six sites have invested …": a connective inside the sentence points at the one before.
      // "Chicago, for instance, has invested …" loses both commas (a verb follows); "Through the Fund, for instance,
      // Chicago has …" keeps one.
      prompt = prompt.replace(/,\s+(?:for (?:instance|example)|however|moreover|meanwhile|in turn|likewise|similarly|therefore|thus),(?=\s+(\S+))/gi, (_m, next: string) => (/^(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|[a-z]+ed)$/.test(next) ? "" : ","));
    }
  }
  if (!prompt) return null;
  if (!frame) prompt = issuerWe(a, prompt);
  if (!frame) prompt = resolveLeadingPair(a, s, resolveLeadingTitle(a, s, resolveConjoinedPronoun(a, s, resolveLeadingPronoun(a, s, resolveDemonstrative(a, s, resolveLeadingIt(a, s, prompt))))));
  // "The United States is also collaborating with the _____": what "also" adds to is in a sentence the student has
  // not read; the fact stands without it.
  if (!frame) prompt = prompt.replace(/(\s)(?:also|additionally)\s+(?!known\b|called\b)(?=[a-z])/, "$1");
  // So does "even further" (dropFurther).
  if (!frame) prompt = dropFurther(prompt);
  // "The Department of Energy today announced …", "the plan unveiled today": a release's day, which the fact does not
  // need and the student cannot place ("today" is rejected as unresolved). Only next to a verb of announcing.
  if (!frame) prompt = dropToday(prompt);
  // "… which required _____ to be accepted, which it was.": the writer's aside on the outcome, after the fact asked.
  if (!frame) prompt = prompt.replace(/(_____[^,]*),\s+which (?:it|they) (?:was|were|did)\.$/, "$1.");
  return {
    type,
    prompt: ucfirst(prompt),
    choices: [answer, ...distractors.slice(0, 3)],
    answer,
    evidenceStart: s.start,
    evidenceEnd: s.end,
    explanation: explainFromEvidence(s.text),
    difficulty: 2,
    entities,
    facts: [s.index],
    ...(span ? { span } : {}),
    base,
    answerKey: key,
    blank: s.norm.slice(relStart, relEnd),
  };
}

/** Whether a comma between two points of a sentence opens a verb phrase ("…, support 77,000 jobs, avoid …"): a series. */
function verbSeriesBetween(s: Sentence, from: number, to: number): boolean {
  for (const m of s.norm.slice(from, to).matchAll(/,\s+/g)) {
    const at = s.start + from + m.index! + m[0].length;
    const t = s.terms.find((x) => x.start === at);
    if (t && t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("PastTense") && !t.tags.has("Auxiliary")) return true;
  }
  return false;
}

/**
 * "the Department of Education— for a total of _____": a dash the article closes up to the word before it reads, once
 * dashes are matched as "-", as a broken hyphen ("Education- for", set AK's raters). Printed as a spaced dash where the
 * article has a dash there; a suspended hyphen ("small- and medium-sized") stays.
 */
export function closedDash(a: Pick<Analysis, "text">, prompt: string): string {
  return prompt.replace(/(\p{L}+)- (?!(?:and|or|to|through|nor)\b)(?=\p{L})/gu, (m, word: string) => (new RegExp(`${escapeRe(word)}[\u2012-\u2015]`, "u").test(a.text) ? `${word} — ` : m));
}

/** One aside between two spaced dashes ("relations - which hit … last year - had stabilized") set off by commas. */
export function dashAsideAsCommas(prompt: string): string {
  if ((prompt.match(/\s-\s/g) ?? []).length !== 2) return prompt;
  const m = prompt.match(/([\w)%"']) - ((?:(?! - ).)+?) - (?=[\w$"'])/);
  if (!m || m.index === undefined || wordCount(m[2]) > 14 || m[2].includes(BLANK) || /\b(?:you know|I mean|I think|uh|um)\b|[,;:]$/.test(m[2])) return prompt;
  return prompt.slice(0, m.index) + `${m[1]}, ${m[2]}, ` + prompt.slice(m.index + m[0].length);
}

/**
 * A figure inside an enumeration, asked without the rest of it:
 *  - "The CRA has been used to overturn a total of _____ rules: 1 in the 107th Congress, 16 in …" ends at the colon
 *    (the parts would give the total away by arithmetic);
 *  - "Earmarks … included _____ in tax rebates for the Virgin Islands rum industry, $148 million in tax cuts for …"
 *    keeps its own item only ("included" stays true of one item; the list was too long to read).
 */
export function listFreePrompt(s: Sentence, qs: Quantity[], q: Quantity): string | null {
  const rel = (x: number) => x - s.start;
  const after = s.norm.slice(rel(q.end));
  const colon = after.match(/^[^:;.]*?:\s/);
  if (colon && (after.slice(colon[0].length).match(/\b\d[\d,.]*\b/g) ?? []).length >= 2) {
    const body = s.norm.slice(0, rel(q.start)) + BLANK + after.slice(0, colon.index! + colon[0].indexOf(":"));
    return wordCount(body) >= 6 ? stripConnector(body.trim()).text + "." : null;
  }
  const sorted = qs.filter((o) => !o.bound).sort((x, y) => x.start - y.start);
  const k = sorted.indexOf(q);
  if (sorted.length < 3 || k < 0) return null;
  const prefix = s.norm.slice(0, rel(sorted[0].start));
  if (!/\b(?:include[sd]?|including)\s+$/i.test(prefix)) return null;
  // Each item runs from its figure to the comma before the next figure.
  for (let i = 0; i + 1 < sorted.length; i++) if (!/,\s*(?:and\s+)?$/.test(s.norm.slice(0, rel(sorted[i + 1].start)))) return null;
  const end = k + 1 < sorted.length ? s.norm.slice(0, rel(sorted[k + 1].start)).replace(/,\s*(?:and\s+)?$/, "").length : s.norm.replace(/[.!?]\s*$/, "").length;
  const item = s.norm.slice(rel(q.end), end).replace(/^,|,$/g, "");
  const body = prefix + BLANK + item;
  return stripConnector(body.trim()).text + ".";
}

/** A department by name: "Department of State", "U.S. Department of the Interior", "Department of Health and Human Services". */
const DEPARTMENT_NAME = /\b(?:U\.S\.\s+)?Department of (?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*/g;

/**
 * "During the reporting period, the Department invested approximately _____ in assistance programming": the
 * department the sentence's paragraph names (a report's run-in heading "Department of State." or its first sentence),
 * else the one department the whole article names, spelled out ("the Department of State invested …"). Set L's raters
 * rejected "the Department" three times in one quiz; a teacher would write the department's name.
 */
const departmentsOf = (text: string) => new Set([...text.matchAll(DEPARTMENT_NAME)].map((x) => x[0].replace(/^U\.S\.\s+/, "").replace(/\s+and$/, "")));
const articleDepartments = new WeakMap<Analysis, Set<string>>();

export function resolveTheDepartment(a: Analysis, sentenceIndex: number, prompt: string, answer = ""): string {
  const m = prompt.match(/\b([Tt])he Department\b(?!\s+of\b)/);
  if (!m || m.index === undefined) return prompt;
  const s = a.sentences[sentenceIndex];
  if (!s) return prompt;
  const paragraph = a.sentences.filter((x) => x.paragraph === s.paragraph && x.index <= s.index).map((x) => x.norm).join(" ");
  let found = departmentsOf(paragraph);
  if (found.size === 0) {
    if (!articleDepartments.has(a)) articleDepartments.set(a, departmentsOf(a.norm));
    found = articleDepartments.get(a)!;
  }
  if (found.size !== 1) return prompt;
  const dept = [...found][0];
  if (containsPhrase(prompt, dept) || (answer && (containsPhrase(answer, dept) || containsPhrase(dept, answer)))) return prompt;
  return prompt.slice(0, m.index) + `${m[1]}he ${dept}` + prompt.slice(m.index + m[0].length);
}

/**
 * "It was passed with _____ yeas and 25 nays." after "The second was a vote on the bill. Passage of the Bill
 * required …": a stem-initial "It" is the bill, measure or resolution the sentence before it names (only one of them).
 */
export function resolveLeadingIt(a: Analysis, s: Sentence, prompt: string): string {
  // The sentence before, in the same paragraph: what each reference below may point back to.
  const candidate = a.sentences[s.index - 1];
  const prev = candidate && candidate.usable && candidate.paragraph === s.paragraph ? candidate : undefined;
  if (/^It (?:was|is|has|had|passed|failed|became|would|will)\b/.test(prompt)) {
    if (prev) {
      const nouns = [...new Set((prev.norm.match(/\bthe (?:bill|measure|legislation|resolution|treaty|law|act)\b/gi) ?? []).map((x) => x.toLowerCase()))];
      if (nouns.length === 1) return "The " + (nouns[0] === "the bill" ? titleBill(a) ?? nouns[0] : nouns[0]).slice(4) + prompt.slice(2);
    }
  }
  // "If called up, the measure would be subject to up to _____ of debate" after "… any Senator can then make a
  // nondebatable motion to proceed to consider the joint disapproval resolution.": "the measure" opening the stem (after
  // a short "If …," clause at most) is the one bill or resolution the sentence before names (fixture 12). Called up
  // where? The one chamber that sentence names ("If called up in the Senate, …"; set CP, both raters: the debate limit
  // is the Senate's, and the stem never said so); naming both or neither, no question.
  const measure = prompt.match(/^(?:((?:If|When|Once) [a-z]+(?: [a-z]+)?), )?the measure (?=(?:would|will|is|was|must|may|can|shall)\b)/i);
  if (measure) {
    if (prev) {
      // One kind of measure, named as the sentence last names it, with the law's acronym another of its names there
      // gives: "the CRA joint disapproval resolution" (set CQ's rater: "never names the CRA"; not "a CRA joint
      // resolution of disapproval", the words another stem blanks: set CR's rater, "gives away question 1").
      const phrases = prev.norm.match(/\b(?:a|an|the) (?:[A-Z]{2,6} )?(?:(?:joint|concurrent|disapproval|simple|spending|funding|appropriations) )*(?:bill|resolution|legislation)(?: of disapproval)?\b/g) ?? [];
      const kinds = new Set(phrases.map((x) => x.match(/(?:bill|resolution|legislation)\b/)![0]));
      const last = phrases[phrases.length - 1] ?? "";
      const acronym = phrases.map((x) => x.match(/^\S+ ([A-Z]{2,6}) /)?.[1]).find(Boolean);
      const named = acronym && !/^\S+ [A-Z]{2,6} /.test(last) ? last.replace(/^(\S+) /, `$1 ${acronym} `) : last;
      const chambers = (["Senate", "House"] as const).filter((c) => new RegExp(`\\b${c}\\b`).test(prev.norm));
      const opening = measure[1] ? (chambers.length === 1 ? `${measure[1]} in the ${chambers[0]}, ` : null) : "";
      if (kinds.size === 1 && opening !== null) return ucfirst(opening + named.replace(/^(?:A|An|The)\b/, (x) => x.toLowerCase()) + " " + prompt.slice(measure[0].length));
    }
  }
  // "Passage of the Bill required only a _____ majority." in a report of several bills (gates.ts refuses "the bill" there):
  // the bill the lead sentence names in the title's words, in the chamber a sentence has pass it ("Passage of the revised
  // bailout bill in the U.S. Senate").
  const passage = prompt.match(/^Passage of the [Bb]ill\b(?= required\b)/);
  if (passage && severalBills(a)) {
    const bill = titleBill(a);
    const chamber = bill ? chamberThat(a, "passed", bill.split(" ").slice(-2).join(" ")) : undefined;
    if (bill && chamber) return `Passage of ${bill} in the ${chamber}${prompt.slice(passage[0].length)}`;
  }
  // "The first was to amend H.R.1424, which required _____ to be accepted" after "There were two votes in the Senate.":
  // the first of the things the sentence before counts, named with its place ("The first vote in the Senate was …").
  const ordinal = prompt.match(/^The (first|second|third|last) (was|were|is|are)\b/);
  if (ordinal && prev) {
    const counted = prev.norm.match(/^There (?:were|are|will be) (?:two|three|four) ([a-z]+?)(s)( (?:in|at|on|during|of) [^.;,]{3,60})?\.$/);
    if (counted) return `The ${ordinal[1]} ${counted[1]}${counted[3] ?? ""} ${ordinal[2]}${prompt.slice(ordinal[0].length)}`;
  }
  // "This discharge occurs when a discharge petition signed by at least _____ Senators is submitted" after "…, a Senate
  // committee can be discharged of further consideration of a joint resolution …": the event a noun names is the
  // sentence before's "can be discharged", said again with its subject (set CP's raters asked for the petition).
  const event = prompt.match(/^(?:This|That|Such an?) ([a-z]+) (?:occurs|happens|takes place) when /);
  if (event && prev) {
    const done = prev.norm.match(new RegExp(`(?:^|,\\s+)((?:an?|the) [A-Za-z][\\w -]{2,40}?) (can|may|must|will) be (${event[1]}e?d)\\b([^,;]*)\\.$`));
    // (What it carries over is said of any such thing: "… of a joint resolution disapproving a rule", not "the rule"
    // the student has not met.)
    if (done) return ucfirst(`${done[1]} ${done[2]} be ${done[3]}${done[4].replace(/\bthe (rule|bill|measure|resolution)\b/g, "a $1")} when ${prompt.slice(event[0].length)}`);
  }
  // "It also set a target for an agreement: …" after 'Regarding the immediate future, the joint statement said: "…"': a
  // document that speaks in the sentence before (its subject, before its verb of saying) is the "It" that speaks next.
  if (/^It (?:also )?(?:set|sets|said|says|stated|states|called|calls|urged|urges|noted|notes|added|adds|pledged|pledges|committed|commits|declared|declares|affirmed|affirms|reaffirmed|reaffirms)\b/.test(prompt)) {
    const doc = prev ? prev.norm.match(/^(?:[^"]*?,\s+)?the ((?:joint |final |new )?(?:statement|declaration|communiqu[eé]|report|agreement|resolution|memorandum|plan|letter))\s+(?:said|says|stated|states|declared|declares|noted|notes|added|adds|reads)\b/i) : null;
    if (doc && prev && !/"/.test(prev.norm.slice(0, doc.index ?? 0))) return "The " + doc[1].toLowerCase() + prompt.slice(2);
  }
  return resolveDocumentIt(a, s, prompt);
}

/**
 * The bill an article is about, as its lead calls it, where every word that qualifies it is also in the title: "a revised
 * bailout bill" in "U.S. Senate approves revised bailout package …" (fixture 08: "It was passed with 74 yeas and 25
 * nays." follows "The second was a vote on the bill.", and "the bill" alone is refused in a report of several bills;
 * sets CO and CP asked for the vote). Null when the lead names no such bill.
 */
function titleBill(a: Analysis): string | null {
  const title = new Set(a.title.toLowerCase().match(/[a-z]+/g) ?? []);
  for (const s of a.usable.slice(0, 2)) {
    for (const m of s.norm.matchAll(/\b(?:a|the) ((?:[a-z]+ ){1,2})bill\b/g)) {
      if (m[1].trim().split(" ").every((w) => title.has(w))) return `the ${m[1]}bill`;
    }
  }
  return null;
}

const ANNOUNCING = "(?:announc|releas|sign|issu|launch|unveil|award|distribut|sen[dt]|host|conven|visit|publish|introduc|propos|nominat|appoint|nam|designat|sanction|impos|expand)[a-z]*";
// "The United States today is designating 328 members …": "today" between the subject and its verb phrase.
const TODAY_BEFORE = new RegExp(`\\b${RELEASE_DAY},?\\s+(?=${ANNOUNCING}\\b|(?:is|are|has|have|will)\\s+(?:also\\s+)?[a-z]+(?:ing|ed|en)\\b)`);
// (Not three words on: "convened a virtual meeting today with the Governors of Louisiana and _____" then asked which
// governors, a fact other stems print; set AX's rater. A stem that keeps its day is refused instead.)
const TODAY_AFTER = new RegExp(`(\\b${ANNOUNCING}(?:\\s+[a-z]+)?)\\s+${RELEASE_DAY}\\b(?![',])`);
// "According to the fact sheet, two weeks ago, the Supreme Court issued …": a clause's opening phrase.
const DAY_OPENING = new RegExp(`(^|,\\s+)${RELEASE_DAY},\\s+`);

/**
 * "X today announced …" → "X announced …"; "the plan unveiled today outlines" → "the plan unveiled outlines"; "FEMA
 * last week announced …" → "FEMA announced …"; "…, two weeks ago, the Supreme Court issued …" → "…, the Supreme Court
 * issued …".
 */
export function dropToday(prompt: string): string {
  return prompt.replace(TODAY_BEFORE, "").replace(TODAY_AFTER, "$1").replace(DAY_OPENING, "$1");
}

/** "We call on …" → "The United States calls on …" in a text whose "we" is the United States (its issuer, author.ts). */
export function issuerWe(a: Pick<Analysis, "issuer">, prompt: string): string {
  const m = prompt.match(/^We\s+((?:also|further|strongly|firmly|again|continue to|will continue to)\s+)?([a-z]+)\b/);
  if (!m) return prompt;
  const who = a.issuer;
  if (!who) return prompt;
  const [, adverb = "", verb] = m;
  // "We and 13 other countries … coordinate": a plural subject keeps its verb.
  if (!adverb && /^(?:and|or|together|all|both)$/.test(verb)) return `${who}${prompt.slice(2)}`;
  const irregular: Record<string, string> = { are: "is", have: "has", were: "was", do: "does", go: "goes" };
  // (A past tense keeps its form: "we spent" is "the United States spent", not "spents".)
  const modal = /^(?:will|can|could|would|should|must|may|might|shall|had|did|was|spent|made|took|gave|sent|met|led|held|saw|said|brought|thought|won|lost|began|became|put|set|told|kept|left|paid|found|built|sought|chose|wrote|spoke|stood|felt|heard|knew|meant|ran|rose|fell|got|went|came|cut|hit|let|shut|bore|drew|grew|threw|understood|undertook|oversaw|withdrew|forgave|struck|fought|taught|caught|bought|read)$/.test(verb) || /ed$/.test(verb);
  const third = adverb.startsWith("continue to") || adverb.startsWith("will")
    ? verb
    : (irregular[verb] ?? (modal ? verb : /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`));
  const adv = adverb.startsWith("continue to") ? "continues to " : adverb;
  return `${who} ${adv}${third}${prompt.slice(m[0].length)}`;
}

/** What a fact sheet's "It directs …" / "It sets a deadline …" is about: the order, memorandum or law it describes. */
const DOCUMENT_NOUN = /\b[Tt]he (?:(?:[Pp]residential|[Ee]xecutive|new|proposed|final|bipartisan) )?([Mm]emorandum|[Ee]xecutive [Oo]rder|[Pp]roclamation|bill|legislation|law|act|rule|agreement|framework|directive|[Oo]rder)\b(?![\w-]| of\b| to\b| (?:for|in|by|from|on) [A-Z])/g;
const DOCUMENT_VERB = /^It (?:(?:also|further|then) )?(?:directs|instructs|tasks|sets|supports|requires|establishes|creates|provides|invests|expands|calls on|calls for|ensures|prohibits|bans|allows|orders|revokes|amends|authorizes|extends|lowers|reduces|raises|increases|caps|eliminates|protects|designates|directs|encourages|mandates|restores|rescinds|terminates|strengthens|clarifies|declares|imposes|suspends|blocks|codifies)\b/;

/**
 * "It sets a deadline of July 1, 2025, for Illinois to acquire necessary land …" after "The memorandum directs his
 * administration to …": a fact sheet's stem-initial "It" with a document's verb is the one order, memorandum, act or
 * agreement the sentences before it name as "the …" (up to six back, not past a heading or five paragraph breaks;
 * only when the nearest that names one names one kind of document).
 */
export function resolveDocumentIt(a: Analysis, s: Sentence, prompt: string): string {
  if (!DOCUMENT_VERB.test(prompt)) return prompt;
  const kinds = new Set<string>();
  for (let i = s.index - 1; i >= Math.max(0, s.index - 6); i--) {
    const prev = a.sentences[i];
    // Not past a section's heading ("PROTECTING THE GREAT LAKES"), nor across more than five paragraph breaks.
    if (prev.paragraph < s.paragraph - 5 || (!prev.usable && !/[.!?]["')\]]?\s*$/.test(prev.norm))) break;
    for (const m of prev.norm.matchAll(DOCUMENT_NOUN)) kinds.add(m[1].toLowerCase());
    if (kinds.size) break;
  }
  if (kinds.size !== 1) return prompt;
  return `The ${[...kinds][0]}${prompt.slice(2)}`;
}

/** Head nouns a named thing ends in ("the Brandon Road Interbasin Project"), for "This project …". */
const NAMED_HEAD = /^(?:project|program|programme|initiative|act|law|bill|order|agreement|fund|plan|partnership|framework|summit|conference|council|commission|task force|taskforce|report|strategy|memorandum|treaty|center|centre|office|award|grant|prize|corps|campaign|coalition|compact|declaration|dialogue|forum|network|alliance|institute|academy|challenge|accord)$/i;

/**
 * "This project was authorized in the Water Resources Development Act of 2020 …" after a sentence that names "the
 * Brandon Road Interbasin Project": a stem-initial "This"/"That" and a head noun is the one named thing with that head
 * the sentence before it names ("The Brandon Road Interbasin Project was authorized …").
 */
export function resolveDemonstrative(a: Analysis, s: Sentence, prompt: string): string {
  // Also "The initiative is expected to create …" after "… launched the Climate Smart Buildings Initiative": a definite
  // head noun at the stem's start is the one named thing with that head the sentence before names.
  const m = prompt.match(/^(?:This|That|The|The new) ((?:task )?[a-z]+)\b(?! of\b)(?!,)/);
  if (!m || !NAMED_HEAD.test(m[1])) return prompt;
  const prev = a.sentences[s.index - 1];
  if (!prev || prev.paragraph < s.paragraph - 1) return prompt;
  // ("The program" after a heading or a list line names nothing the student has read.)
  if (/^The\b/.test(m[0]) && !prev.usable) return prompt;
  const head = m[1].replace(/\b[a-z]/g, (c) => c.toUpperCase());
  const names = new Set<string>();
  const re = new RegExp(`(?:\\b[Tt]he\\s+)?((?:[A-Z][\\w'&.-]*\\s+(?:(?:of|for|and|on|the)\\s+)?){1,7}${head})\\b`, "g");
  for (const x of prev.norm.matchAll(re)) names.add(x[1]);
  if (names.size !== 1) return prompt;
  const name = [...names][0];
  // The sentence's own subject: "The" before a name that does not start with it, nor with an owner ("Canada's
  // AcelerarMe Program", set AX: "the Canada's" rated ungrammatical by all three pairs).
  return `${/^The\b|^[A-Z][\w.&-]*['’]s\s/.test(name) ? "" : "The "}${name}${prompt.slice(m[0].length)}`;
}

/**
 * "He said the issue of TikTok … did not come up." after a sentence about Mr. Blinken: a stem-initial "He"/"She" is the
 * one person the sentence before names (of that gender, when known), written as the article writes them.
 */
export function resolveLeadingPronoun(a: Analysis, s: Sentence, prompt: string): string {
  // Also after an opening phrase that names no one ("From 2013 to 2021, she served as …", "In 1965, he signed …").
  const opened = prompt.match(/^([A-Z][^,"]{1,60}),\s+(he|she) /);
  // (An administration's name is no one: "During the Obama-Biden Administration, he served as …", set BP.)
  if (opened && !opened[1].replace(ADMINISTRATION_NAME, "the administration").split(/\s+/).slice(1).some((w) => /^[A-Z]/.test(w) && !MONTHS.includes(w))) {
    const resolved = resolveLeadingPronoun(a, s, ucfirst(prompt.slice(opened[1].length + 1).trimStart()));
    return resolved.startsWith(opened[2] === "he" ? "He " : "She ") ? prompt : `${opened[1]}, ${resolved}`;
  }
  const m = prompt.match(/^(He|She) /);
  if (!m) return prompt;
  const prev = a.sentences[s.index - 1];
  // The sentence before, in this paragraph or (news prints one sentence a paragraph) ending the one before.
  if (!prev || !prev.usable || prev.paragraph < s.paragraph - 1) return prompt;
  const people = [...new Set(a.ents.bySentence[prev.index].filter((x) => x.kind === "person").map((x) => x.canonical))];
  if (people.length !== 1) return prompt;
  // ("… he led a bipartisan effort with Pat Moynihan.": the "he" goes on; Moynihan is not who it is.)
  const first = a.ents.bySentence[prev.index].find((x) => x.kind === "person");
  if (first && pronounBefore(prev, first)) return prompt;
  const p = a.ents.persons.get(people[0]);
  const gender = m[1] === "He" ? "m" : "f";
  if (!p || (p.gender && p.gender !== gender)) return prompt;
  // "Mr. Blinken" where the article says so; else the full name.
  const honorific = a.ents.mentions.find((x) => x.canonical === p.canonical && x.fullStart < x.start && /^(?:Mr|Mrs|Ms|Dr)\.\s/.test(a.text.slice(x.fullStart, x.start)));
  const name = honorific ? a.text.slice(honorific.fullStart, honorific.end) : p.canonical;
  return name + prompt.slice(m[1].length);
}

/**
 * "They condemned the DPRK's provocative nuclear rhetoric …" after "The Vice President and the President reaffirmed …":
 * a stem-initial "They" (or "The two leaders") is the two people the sentence before opens with, each named by title
 * ("Vice President Harris and President Yoon"). Only where each of the two is one person: a name the sentence gives,
 * or a title the article gives one person only.
 */
export function resolveLeadingPair(a: Analysis, s: Sentence, prompt: string): string {
  const m = prompt.match(/^(They|The two leaders|Both leaders|The leaders) (?=[a-z])/);
  if (!m) return prompt;
  let prev = a.sentences[s.index - 1];
  // Through a chain of "They …" sentences, back to the one that names the two.
  for (let k = 0; k < 3 && prev?.usable && /^(?:They|The two leaders|Both leaders|The leaders) /.test(prev.norm); k++) prev = a.sentences[prev.index - 1];
  if (!prev || !prev.usable || prev.paragraph < s.paragraph - 1) return prompt;
  const pair = prev.norm.match(/^((?:The )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}) and ((?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4}) (?=[a-z])/);
  if (!pair) return prompt;
  const people = [...a.ents.persons.values()];
  // As the article writes the person with a title, the shortest way ("Vice President Harris", "President Yoon Suk Yeol").
  const titled = (canonical: string, title?: string): string => {
    const forms = a.ents.mentions.filter((x) => x.canonical === canonical && x.kind === "person" && !x.alias && x.title && x.fullStart < x.start).map((x) => a.text.slice(x.fullStart, x.end));
    const best = forms.sort((u, v) => u.length - v.length)[0];
    return best ?? (title ? `${title} ${canonical}` : canonical);
  };
  const who = (phrase: string, at: number): string | null => {
    const title = phrase.replace(/^the /i, "");
    const mention = a.ents.bySentence[prev.index].find((x) => x.kind === "person" && !x.alias && x.start - prev.start >= at && x.end - prev.start <= at + phrase.length);
    if (mention) return titled(mention.canonical, mention.title);
    if (!/^the /i.test(phrase)) return null;
    const holders = people.filter((p) => p.titles.some((t) => t === title));
    return holders.length === 1 ? titled(holders[0].canonical, title) : null;
  };
  const x = who(pair[1], 0);
  const y = who(pair[2], pair[1].length + 5);
  if (!x || !y || x === y) return prompt;
  return `${x} and ${y}${prompt.slice(m[1].length)}`;
}

/**
 * "The President pointed out that he had lived for years in _____." names him: "President Obama pointed out …" (rated
 * unresolved twice in an interview that also names a former President). Only where the sentence's "the President"
 * resolved to one person the article calls President.
 */
export function resolveLeadingTitle(a: Analysis, s: Sentence, prompt: string): string {
  const m = prompt.match(/^The (Vice President|President) /);
  if (!m) return prompt;
  const mention = a.ents.bySentence[s.index].find((x) => x.kind === "person" && new RegExp(`^the ${m[1]}$`, "i").test(x.text));
  const p = mention && a.ents.persons.get(mention.canonical);
  if (!p || !p.short || !p.titles.some((t) => t === m[1] || t.endsWith(` ${m[1]}`)) || (m[1] === "President" && p.titles.every((t) => /Vice President$/.test(t)))) return prompt;
  return `${m[1]} ${p.short}${prompt.slice(m[0].length - 1)}`;
}

/**
 * "… and he asked the Federal Aviation Administration to work with _____" cut from "The President announced that …,
 * and he asked …": the second clause's "he" is the sentence's own subject, when that subject is the one person
 * (or "The President") the sentence names before it.
 */
export function resolveConjoinedPronoun(a: Analysis, s: Sentence, prompt: string): string {
  const m = prompt.match(/^… and (he|she) (?=[a-z]+ed\b|has\b|had\b|will\b|said\b|told\b|made\b|spoke\b|met\b)/);
  if (!m) return prompt;
  const at = s.norm.indexOf(`, and ${m[1]} `);
  if (at < 0 || s.norm.indexOf(`, and ${m[1]} `, at + 1) >= 0) return prompt;
  const people = a.ents.bySentence[s.index].filter((x) => x.kind === "person" && x.start - s.start < at);
  const title = s.norm.match(/^The (?:President|Vice President|Secretary|Governor|Mayor|Senator)\b/)?.[0];
  let subject: string | undefined;
  if (title && people.length === 0) subject = title;
  else if (people.length > 0 && new Set(people.map((x) => x.canonical)).size === 1 && people[0].fullStart === s.start) {
    const p = a.ents.persons.get(people[0].canonical);
    if (p?.gender && p.gender !== (m[1] === "he" ? "m" : "f")) return prompt;
    subject = s.norm.slice(0, people[0].end - s.start);
  }
  return subject ? subject + prompt.slice(m[0].length - 1) : prompt;
}

const PLACE_KINDS = new Set(["country", "state", "city", "region"]);

/** The knowledge-base names of the bodies an article names, made once per article. */
const bodyNames = new WeakMap<Analysis, Set<string>>();
function articleBodyNames(a: Analysis): Set<string> {
  let names = bodyNames.get(a);
  if (!names) {
    const kb = getKb();
    names = new Set([...a.ents.kindOf.keys()].map((k) => kb.org(k)?.name).filter((n): n is string => Boolean(n)));
    bodyNames.set(a, names);
  }
  return names;
}

const sharedWords = (x: string, y: string): number => {
  const words = (t: string) => new Set(t.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));
  const b = words(y);
  return [...words(x)].filter((w) => b.has(w)).length;
};

export const THE_COUNTRIES = new Set(["United States", "United Kingdom", "Netherlands", "Philippines", "Czech Republic", "United Arab Emirates"]);

/** A city the knowledge base places in `country`, named in the sentence ("Dubai" for the United Arab Emirates). */
export function cityOfCountryNamed(sentence: string, country: string): boolean {
  const kb = getKb();
  for (const m of sentence.matchAll(/\b[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,2}\b/g)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++)
      for (let j = words.length; j > i; j--) {
        const p = kb.places(words.slice(i, j).join(" ")).find((x) => x.kind === "city");
        if (p && p.country === country) return true;
      }
  }
  return false;
}

/**
 * Whether the gendered pronouns after a blanked person are someone else's: none at all, or each of the gender of a
 * person the sentence names before the blank ("The President … named _____ as his Administration's direct line").
 */
function pronounsAfterAreOthers(a: Analysis, s: Sentence, m: Mention, relEnd: number): boolean {
  const after = s.norm.slice(relEnd).match(/\b(?:he|she|his|her|him|hers|himself|herself)\b/gi) ?? [];
  if (!after.length) return true;
  const genders = new Set(after.map((w) => (/^(?:he|his|him|himself)$/i.test(w) ? "m" : "f")));
  if (genders.size !== 1) return false;
  const g = [...genders][0];
  return a.ents.bySentence[s.index].some((x) => x.kind === "person" && x.canonical !== m.canonical && x.end <= m.start && a.ents.persons.get(x.canonical)?.gender === g);
}

/**
 * The years of the one U.S. president a sentence names by an administration or as "President X" ("during the
 * Obama-Biden Administration", "appointed by President Obama"): the first year and the last full one.
 */
export function presidentTerm(sentence: string): { from: number; to: number } | undefined {
  // (Not "Vice President Biden"; and only names of presidents count: "the Small Business Administration" names none.)
  const terms = new Map<string, { from: number; to?: number | null }[]>();
  for (const m of sentence.matchAll(/(?<!\bVice )\bPresident ([A-Z][a-z]+)\b|\b([A-Z][a-z]+)(?:-[A-Z][a-z]+)?\s+[Aa]dministration\b/g)) {
    const name = m[1] ?? m[2];
    const held = getKb().peopleByFamily(name).flatMap((p) => p.terms.filter((t) => t.group === "us-president"));
    if (held.length) terms.set(name, held);
  }
  if (terms.size !== 1) return undefined;
  const all = [...terms.values()][0];
  return { from: Math.min(...all.map((t) => t.from)), to: Math.max(...all.map((t) => t.to ?? 9999)) };
}

function entityCloze(a: Analysis, s: Sentence, m: Mention, frame?: QuoteFrame): Candidate | null {
  let relStart = m.start - s.start;
  const relEnd = m.end - s.start;
  let endAt: number | undefined;
  if (m.attributive) return null;
  // The speaker of a quote in the same sentence is asked by quote_attribution instead.
  if (m.kind === "person" && /"/.test(s.norm) && !frame) return null;
  if (occurrences(s.norm, m.text) > 1) return null;
  if (/^[A-Z]{3,}$/.test(m.text) && m.kind === "person") return null;
  let answer = m.text;
  let distractors: string[];
  if (m.kind === "person") {
    const p = a.ents.persons.get(m.canonical);
    // The answer's gender matters where the sentence speaks of them after the blank ("… was not changing her no vote");
    // "named _____ as his Administration's direct line" speaks of the President, and either gender fits. (Not after a
    // title or an honorific: "Mr. _____".)
    const anyGender = !m.title && m.fullStart === m.start && relStart > 0 && pronounsAfterAreOthers(a, s, m, relEnd);
    // "including Wisconsin Senator _____": a member of Congress named by state has one or two right answers, and the
    // wrong ones from other states are no choices (set BP, both pairs: "only Johnson is from Wisconsin"). (A governor
    // is the state's one: "Illinois Governor _____" takes other governors, as rated before.)
    if (MEMBER_BY_STATE.test(s.norm.slice(0, relStart))) return null;
    // "… lives in Brooklyn with his wife, _____, and their 14-year old son": a spouse's name is family trivia, and the
    // release's other people are no wrong answers for it (set BX, both pairs).
    if (/\b(?:his|her|their)\s+(?:wife|husband|spouse|partner|son|daughter|children|mother|father)(?:\s+of\s+[\w-]+\s+years)?,?\s+$/i.test(s.norm.slice(0, m.fullStart - s.start))) return null;
    // "policy director for the _____ presidential campaign": a person the article names only as a modifier did nothing
    // a student can be asked about (set BU).
    if (onlyAsModifier(a, m.canonical)) return null;
    // "As a mother to four, _____ is a strong advocate …": the gender a word of kin gives the sentence's one person (not
    // any "her" of the sentence, which may be someone unnamed: the review of engine 35).
    const alone = !a.ents.bySentence[s.index].some((x) => x.kind === "person" && x.canonical !== m.canonical);
    const said = alone ? kinGender(s.norm.slice(0, m.fullStart - s.start) + " " + s.norm.slice(relEnd)) : undefined;
    const opts = { title: m.title, era: a.eras.years[s.index], anyGender, stemGender: said };
    if (m.text === m.canonical && m.text.includes(" ")) {
      distractors = entityDistractors(a, "person", m.canonical, m.text, "canonical", s.norm, 3, opts);
    } else if (p && m.text === p.short && (m.fullStart < m.start || a.ents.mentions.some((x) => x.canonical === m.canonical && x.end <= s.start && x.text === m.canonical))) {
      // "Mr. _____", or a family name alone once the article has given the full name in an earlier sentence.
      distractors = entityDistractors(a, "person", m.canonical, m.text, "short", s.norm, 3, opts);
    } else return null;
    // Wrong answers who could stand in the answer's place: the same kind of role, the same country.
    const shortToCanon = new Map([...a.ents.persons.values()].map((x) => [x.short, x.canonical] as [string, string]));
    // A family name from the knowledge base ("Justice _____": "Thomas", "Alito") is the one in office that year.
    const year = a.eras.years[s.index] ?? a.year;
    const inOffice = (d: string) => getKb().peopleByFamily(d).find((x) => year && x.terms.some((t) => t.from <= year && (t.to ?? 9999) >= year))?.name;
    const canonicalOf = (d: string) => (a.ents.persons.has(d) ? d : shortToCanon.get(d) ?? inOffice(d) ?? d);
    distractors = distractors.filter((d) => canStandFor(a, m.canonical, canonicalOf(d)));
    // A nominee's biography takes the release's other nominees, as its "Who …?" questions do (wh.ts), not a Secretary
    // the biography names ("Special Assistant to Secretary of Defense, Chuck Hagel", offered for a career diplomat:
    // set BT, both pairs). Too few of them: no question.
    const nominees = nomineesOf(a);
    if (nominees.has(m.canonical)) {
      distractors = distractors.filter((d) => nominees.has(canonicalOf(d)));
      // (And a nominee the release calls "Dr." beside nominees it does, one it never does beside ones it never does: a
      // marine scientist was offered for a career diplomat, set BU.)
      const dr = holdsTitle(a, m.canonical, "Dr.");
      if ([...nominees].some((n) => holdsTitle(a, n, "Dr."))) distractors = distractors.filter((d) => holdsTitle(a, canonicalOf(d), "Dr.") === dr);
    }
    // "_____ served as the 25th Secretary of Defense": people who held a public office (world.ts holdsPublicRole).
    if (isPublicRole(roleClass(s.norm.slice(relEnd))) && /\b(?:served|serves|was|is|became|been)\b/.test(s.norm.slice(relEnd, relEnd + 40)))
      distractors = distractors.filter((d) => holdsPublicRole(a, canonicalOf(d)));
  } else {
    if (m.text !== m.canonical && m.text.replace(/^the /i, "") !== m.canonical) return null;
    answer = m.text;
    // "_____'s Kennedy School of Government": a school of the answer, named after the blank, gives it away (set BP,
    // both pairs: Harvard).
    // (School or College, with or without a name before it: "Georgetown's School of Foreign Service"; not "_____'s SLAC
    // National Accelerator Laboratory", the review of engine 34.)
    if (/^['’]s\s+(?:[A-Z][\w.&-]*\s+){0,4}(?:School|College)\b/.test(s.norm.slice(relEnd))) return null;
    // A region ("the Pacific", "the Middle East") is too loose a kind: every other region is arguably also right.
    if (m.kind === "region") return null;
    if (m.kind === "country" || m.kind === "state" || m.kind === "city") {
      // A State Department release's "_____ is Panama's top economic partner": the United States is the text's own
      // voice, the answer a student guesses without reading (set F: four such blanks in one quiz).
      if (a.issuer && m.canonical === "United States") return null;
      // "The Dubai television network in _____": a city of the answer's country names it.
      if (m.kind === "country" && cityOfCountryNamed(s.norm, m.canonical)) return null;
      // Places of the same sub-kind, region and era (the knowledge base), never the article's own main actors
      // in a role they cannot play ("weapons to _____": not the United States or the United Kingdom).
      const articlePlaces = [...a.ents.kindOf.entries()].filter(([n, k]) => k === m.kind && n !== m.canonical).map(([n]) => n);
      const top = new Set([...a.ents.count.entries()].sort((x, y) => y[1] - x[1]).slice(0, 2).map(([n]) => n));
      // "_____ is Australia's largest two-way trade partner": not North Korea (set D's raters: "absurd") nor Palestine;
      // in a sentence on trade or investment the wrong answers are large economies.
      const trade = m.kind === "country" && TRADE.test(s.norm) && MAJOR_ECONOMIES.has(m.canonical);
      // "… has spearheaded … as part of its G20 Presidency role": only a member holds it (set AK: Bangladesh, the Maldives
      // and Israel beside Indonesia, rejected by all three raters).
      const club = m.kind === "country" ? CLUBS.find((c) => c.cue.test(s.norm) && c.members.has(m.canonical)) : undefined;
      const named = (x: string) => containsPhrase(s.norm, x.replace(/^the\s+/i, "")) || top.has(x) || namesCountry(s.norm, x) || (trade && !MAJOR_ECONOMIES.has(x.replace(/^the\s+/i, ""))) || (!!club && !club.members.has(x.replace(/^the\s+/i, "")));
      distractors = placeDistractors(m.canonical, m.kind, a.year, articlePlaces, named, 3);
      // Countries and cities from elsewhere in the world are absurd in most news sentences ("Russia's war in Spain",
      // "a summit in Gary"): at least two of the wrong answers must be places the article itself is about.
      // A capital is mostly its government ("which Washington has said would be a red line"), and a city from the
      // knowledge base is rarely plausible in news ("met near Gary"): cities only beside the article's own cities.
      // Raters called every city blank logistics (where a summit was held, where executives were met).
      if (m.kind === "city") return null;
      // "lived for years in _____, the world's most populous Muslim-majority country": the wrong answers would have to
      // fit the description too (Israel and Russia were rated implausible beside it). Where the description ends the
      // sentence, the stem ends before it ("… he had lived for years in _____."); elsewhere no blank.
      if (/^,\s+(?:the|a|an)\s[^,]*?(?:\b\w+est\b|\bmost\b|\bonly\b|\bfirst\b|\blargest\b)/i.test(s.norm.slice(relEnd))) {
        if (!/^,\s+(?:the|a|an)\s[^,;"]*\.$/.test(s.norm.slice(relEnd)) || frame) return null;
        endAt = relEnd;
      }
      // "Alexandria, _____": the state after its city is an address, and the city gives it away.
      if (m.kind === "state" && /\b[A-Z][a-z]+,\s*$/.test(s.norm.slice(0, relStart))) return null;
      // A place inside parentheses is a label ("Representative Jim Ramstad (R-Minnesota)"), not a fact.
      if (/\([^)]*$/.test(s.norm.slice(0, relStart))) return null;
      {
        const own = new Set(articlePlaces.map((x) => x.replace(/^the\s+/i, "")));
        // (A group's other members are no places from elsewhere: India and South Korea beside Indonesia's G20 Presidency.)
        if (!club && distractors.filter((d) => own.has(d.replace(/^the\s+/i, ""))).length < 2) return null;
      }
      const the = s.norm.slice(Math.max(0, relStart - 4), relStart);
      if (/^the $/i.test(the)) {
        // "the _____" only fits "the United States": move the article into the blank.
        relStart -= 4;
        answer = the + m.text;
        distractors = distractors.map((d) => (/^the /.test(d) ? the + d.slice(4) : d));
      }
      // "_____'s ambassador": not "the Philippines's" at a sentence's start, nor "the Netherlands's" (set D's raters).
      if (/^'s\b/.test(s.norm.slice(relEnd)) && !/^the /i.test(answer)) distractors = distractors.filter((d) => !/^the\s/i.test(d) && !/s$/.test(d));
    } else {
      // Bodies only beside bodies of the same kind (the knowledge base): not the Treasury as a chamber that tries
      // impeachments, not Palestine or the European Union as a news source.
      const kb = getKb();
      const org = kb.org(m.canonical);
      // The article's own bodies by their knowledge-base names (also those it names by acronym: "FEMA").
      const articleBodies = articleBodyNames(a);
      const kind = org?.kind;
      if (!kind) return null;
      // Two chambers share most powers ("the House" is arguably right where "the Senate" is asked), so a chamber is
      // asked only where the sentence gives it a power alone ("The Senate shall have the sole Power to try …").
      if (kind === "legislature" && !/\b(?:sole|solely|exclusive|only)\b/i.test(s.norm) && !/^(?:The )?(?:Senate|House|House of Representatives|Congress) shall\b/.test(s.norm.slice(relStart))) return null;
      // "The U.S. _____ is deploying a 250-bed Federal medical shelter": "medical" points to Health (rated so). A
      // department's field named in the stem gives it away.
      // (So does an agency's own word: "in-depth tax information" for the IRS, set BN.)
      if (givesBodyAway(kb.org(m.canonical)?.name, s.norm.slice(0, relStart), s.norm.slice(relEnd))) return null;
      // "The _____ shall choose their Speaker": the Speaker is the House's, the President pro tempore the Senate's.
      if (kind === "legislature" && ((/House/.test(m.canonical) && /\bSpeaker\b/.test(s.norm)) || (/Senate/.test(m.canonical) && /\bpro tempore\b/i.test(s.norm)))) return null;
      // "The U.S. _____ is deploying …": the country's prefix stays in the stem, so every choice reads the same way.
      const usPrefix = /^U\.S\.\s+/.exec(m.text);
      if (usPrefix && kb.org(m.text.slice(usPrefix[0].length))) {
        relStart += usPrefix[0].length;
        answer = m.text.slice(usPrefix[0].length);
      }
      // "Director of the Oregon _____": a state's own body, not a federal one (set BH: the Department of State and Homeland
      // Security offered for the Oregon Department of Agriculture).
      // (A territory's too: "the Puerto Rico Department of _____ and Human Resources", set BL.)
      if (/\b(?:State|Commonwealth|Puerto Rico|Guam|American Samoa|Virgin Islands|Northern Mariana Islands|District of Columbia|D\.C\.)\s+$/.test(s.norm.slice(0, relStart)) || US_STATES.some((st) => s.norm.slice(0, relStart).endsWith(`${st} `))) return null;
      // "the White House _____ released …", "the Department of the Interior (DOI) _____ is able to …": a body named as part
      // of another, whose wrong answers would have to be its siblings (set BI: the EPA and FEMA as White House offices,
      // the Forest Service as an Interior bureau, both pairs).
      // (And "the Department of Agriculture's _____", "the _____ New England's Boston Healthcare System": set BN, both
      // pairs; and "the Department's _____", which the stem names in full: set BO, both pairs.)
      if (/\b(?:White House|Department of (?:the )?[A-Z]\w*(?:\s+(?:and\s+)?[A-Z]\w*)*|[A-Z][a-z]+ Department|Department(?=['’]s))(?:['’]s)?(?:\s+\([A-Z]{2,6}\))?\s+$/.test(s.norm.slice(0, relStart))) return null;
      if (/^\s+(?:\([A-Z]{2,6}\)\s+)?(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+['’]s\s/.test(s.norm.slice(relEnd))) return null;
      // "four federal agencies—the Departments of Homeland Security, Labor, and State, as well as the _____": one item of
      // a list of bodies, the kind of blank raters call trivia (fixture 14 at engine 31).
      {
        const sep = s.norm.slice(0, relStart).match(/(?:,\s+(?:and\s+)?|\b(?:as well as|along with)\s+)(?:the\s+)?$/);
        // (A body or a name's last word ends where the separator begins: not "In May 2023, the _____ will …".)
        const before = sep ? s.norm.slice(0, relStart - sep[0].length) : "";
        const listed = !!sep && (/(?:\([A-Z]{2,6}\)|\b(?:State|Labor|Energy|Commerce|Justice|Defense|Treasury|Education|Interior|Agriculture|Transportation|Security|Services|Affairs|Development|Administration|Agency|Bureau|Office|Commission|Service|Department)),?\s*$/.test(before));
        if (listed && (/\bDepartments of\b/.test(s.norm) || a.ents.bySentence[s.index].filter((x) => x !== m && (x.kind === "gov" || x.kind === "org")).length >= 2)) return null;
      }
      const bare = (d: string) => (/^U\.S\.\s+/.test(d) && kb.org(d.slice(5)) ? d.slice(5) : d);
      // A choice's body in the knowledge base, and its name there.
      const orgOf = (d: string) => kb.org(d.replace(/^the\s+/i, ""));
      const nameOf = (d: string) => orgOf(d)?.name ?? d;
      const doesSame = sameDoer(a, s, relEnd);
      distractors = entityDistractors(a, m.kind, m.canonical, m.text, "canonical", s.norm, 8)
        .filter((d) => orgOf(d)?.kind === kind)
        .map((d) => (/^U\.S\.\s/.test(answer) ? d : bare(d)))
        .filter((d) => (kind !== "agency" && kind !== "department") || !doesSame(d));
      // (Each body's fit once: the ranking below compares them many times.)
      const fitOf = new Map<string, boolean>();
      let noneFits = false;
      // An agency that fits the sentence by some of its fields: wrong answers fit by the same fields ("a portfolio in
      // India … renewable energy, manufacturing … and insurance": not NASA for "manufacturing", set BL's two raters).
      // (The words of the stem's clause: not a trailing ", which …" clause the stem drops, "coordinating the Justice40
      // Initiative, which … clean water …" offered the Bureau of Land Management beside the OMB, set BL's two raters.)
      const matter = s.norm.replace(/,\s+(?:which|who|where)\b[^,;]*$/, ".");
      const answerFields = kind === "agency" ? fittingFields(org?.name ?? m.canonical, matter) : undefined;
      const fits = (d: string): boolean => {
        let f = fitOf.get(d);
        if (f === undefined) fitOf.set(d, (f = (kind === "agency" || kind === "department") && bodyFitsTopic(nameOf(d), matter, answerFields?.length ? answerFields : undefined)));
        return f;
      };
      {
        // Bodies of the same country only: not the Bundestag or the Diet beside the Senate.
        // The article's own bodies first.
        const canonicalOrg = org?.name ?? m.canonical;
        const more = kb
          .orgsOfKind(kind, { year: a.year, country: org?.country })
          .map((o) => o.name)
          .filter((n) => n !== m.canonical && !containsPhrase(s.norm, n) && !distractors.some((d) => kb.org(d)?.name === n) && kb.org(n)?.name !== kb.org(m.canonical)?.name && !kb.org(n)?.aliases?.some((x) => containsPhrase(s.norm, x)) && ((kind !== "agency" && kind !== "department") || !doesSame(n)))
          // then those of the answer's field (the Securities and Exchange Commission beside the Federal Reserve, not the
          // Federal Aviation Administration for a shared "Federal"), then those that share a word with the answer
          // ("Federal Communications Commission" beside the Federal Aviation Administration), not the first of an
          // alphabetical list (the Bureau of Labor Statistics for drones).
          .sort((x, y) => Number(articleBodies.has(y)) - Number(articleBodies.has(x)) || Number(sameAgencyField(y, canonicalOrg)) - Number(sameAgencyField(x, canonicalOrg)) || sharedWords(y, m.canonical) - sharedWords(x, m.canonical));
        // The article's own bodies that fit the sentence's matter, then the knowledge base's that fit it ("airport
        // screenings": not Education or Energy, set BH's raters), then the article's others, then the rest.
        const own = new Set(distractors);
        // Where neither the answer nor any wrong answer fits the sentence's words ("opened applications for the second
        // round of Creative Forces Community Engagement Grants"), the answer's own field is the best sign of what fits:
        // the National Endowment for the Humanities beside the Arts, not the article's Social Security Administration,
        // FTC and CFPB (set BJ's raters: "implausible as grant-makers"; the same for the Federal Reserve's payments).
        // (Agencies only: departments have no fields.)
        noneFits = kind === "agency" && !answerFields?.length && ![...distractors, ...more].some(fits);
        const rank = noneFits ? (d: string) => (sameAgencyField(nameOf(d), canonicalOrg) ? 0 : 2) + (own.has(d) ? 0 : 1) : (d: string) => (fits(d) ? 0 : 2) + (own.has(d) ? 0 : 1);
        // "Rostin Behnam joined the _____ in 2017 as a Commissioner": a commission's member, so commissions only (the
        // National Cancer Institute was offered, set BJ's two raters).
        const onlyCommissions = /\bCommissioners?\b/.test(s.norm) && /Commission\b/.test(answer);
        const ranked = [...distractors, ...more].filter((d) => (!onlyCommissions || /Commission\b/.test(d)) && !partOf(nameOf(d), canonicalOrg)).map((d, i) => ({ d, i })).sort((x, y) => rank(x.d) - rank(y.d) || x.i - y.i).map((x) => x.d);
        // Not three names of one form beside an answer of another ("Bureau of Indian Affairs", "Bureau of Land
        // Management", "Bureau of Ocean Energy Management" beside the EPA: the answer stands out, the review of engine
        // 32): one wrong answer per first two words, unless the answer has them too.
        const head = (d: string) => nameOf(d).split(/\s+/).slice(0, 2).join(" ");
        const first: string[] = [];
        const later: string[] = [];
        // (A name of another form only if it fits the sentence, is the article's or is of the answer's field: not NASA for
        // the EPA's school buses, the review.)
        const plausible = (d: string) => fits(d) || own.has(d) || sameAgencyField(nameOf(d), canonicalOrg);
        for (const d of ranked) (first.length < 3 && (head(d) === head(canonicalOrg) || !first.some((x) => head(x) === head(d))) && (plausible(d) || !ranked.slice(0, 3).every(plausible)) ? first : later).push(d);
        for (const d of later.splice(0)) (first.length < 3 && !first.includes(d) ? first : later).push(d);
        distractors = [...first, ...later].slice(0, 8);
        // "… provides the _____ with billions to invest in retrofitting industrial facilities and tax credits for clean
        // technology manufacturing" (Energy): the Treasury pays out every tax credit, so where the sentence names taxes
        // and not the answer's own field it is arguably right (set BQ, both pairs). (Other departments that fit where the
        // answer does not stay: Transportation beside Homeland Security for airport screenings, set BH.)
        if (kind === "department" && !fits(answer) && /\btax(?:es)?\b/i.test(matter)) distractors = distractors.filter((d) => !/Treasury/.test(nameOf(d)));
      }
      // "Chantale Wong was appointed by President Obama to serve as … at the _____": no body made after the president the
      // sentence names left office (the Development Finance Corporation, 2019, set BP).
      const term = presidentTerm(s.norm);
      if (term) distractors = distractors.filter((d) => { const o = orgOf(d); return !o || ((o.from ?? 0) <= term.to && (o.to ?? 9999) >= term.from); });
      // A chamber is part of Congress: "Congress" beside "the Senate" is arguably right too (rated so). The other
      // wrong answers for a chamber are bodies outside Congress that a student could confuse with it.
      if (kind === "legislature" && /^(?:Senate|House|House of Representatives)$/.test(m.canonical.replace(/^(?:U\.S\.|United States)\s+/, ""))) {
        const whole = /^(?:U\.S\.\s+|United States\s+)?Congress$/;
        // (Nor the Continental Congress, the body the Constitution's Congress replaced: "implausible as a chamber of the
        // new Congress", set BS.)
        distractors = distractors.filter((d) => !whole.test(d.replace(/^the\s+/i, "")) && !/^(?:the\s+)?(?:Continental Congress|Congress of the Confederation|Confederation Congress)$/i.test(d));
        for (const d of ["Supreme Court", "Electoral College"]) if (distractors.length < 3 && !containsPhrase(s.norm, d)) distractors.push(d);
      }
      // "the Departments of State and the _____": the Department of State is named already (set F's raters).
      distractors = distractors.filter((d) => {
        const field = d.match(/^(?:the\s+)?(?:U\.S\.\s+)?Department of (?:the\s+)?(.+)$/)?.[1];
        return !field || !new RegExp(`\\bDepartments? of (?:the )?${escapeRe(field)}\\b|\\b${escapeRe(field)} Department\\b`).test(s.norm);
      });
      // Bodies only from a list are rarely plausible in the sentence's role ("the amount of money that the Department
      // of Defense may borrow"): at least one wrong answer must be a body the article itself names.
      const own = (d: string) => a.ents.kindOf.has(d) || a.ents.kindOf.has(d.replace(/^the\s+/i, "")) || articleBodies.has(d);
      // (Or three that fit the sentence's matter: "debris removal, temporary roofing, and temporary housing"; or, where
      // nothing fits it, three of the answer's field.)
      const ofField = (d: string) => noneFits && sameAgencyField(nameOf(d), org?.name ?? m.canonical);
      if (!distractors.slice(0, 3).some(own) && !(distractors.length >= 3 && (distractors.slice(0, 3).every(fits) || distractors.slice(0, 3).every(ofField)))) return null;
      // "the U.S. _____" keeps the country in the stem: no choice repeats it ("the U.S. U.S. Forest Service", sets BL and
      // BN). (After the checks above, which know the bodies by their names with "U.S.". Every choice loses it, known
      // to the knowledge base without it or not, where `bare` above strips it only from names the base knows bare.)
      if (/\bU\.S\.\s+$/.test(s.norm.slice(0, relStart))) distractors = distractors.map((d) => d.replace(/^(?:the\s+)?U\.S\.\s+/, ""));

    }
  }
  // "the peace process between _____ and Palestine": the other side of a pair gives the answer away.
  if (/\bbetween\s+(?:the\s+)?$/i.test(s.norm.slice(0, relStart)) || /\bbetween\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)*\s+and\s+(?:the\s+)?$/.test(s.norm.slice(0, relStart))) return null;
  // "Democrats" beside "Republican Party": a choice in another form than the rest stands out.
  if (distractors.some((d) => /\bParty$/.test(d)) !== /\bParty$/.test(answer)) return null;
  // A department's name in one form among choices: "Treasury" among "Department of State", "Department of Justice"
  // stands out (set R's rater; set P's). The wrong answers take the answer's form ("the Justice Department": "the State
  // Department"; "the Departments of State and the _____": "Commerce"), and those that cannot are dropped.
  if (/\bDepartment\b/.test([answer, ...distractors].join(" ")) || /\bDepartments of\b[^.;]*$/.test(s.norm.slice(0, relStart))) {
    const field = (d: string) => d.match(/^(?:the\s+)?Department of (?:the\s+)?([A-Z][a-z]+)$/)?.[1] ?? d.match(/^(?:the\s+)?([A-Z][a-z]+) Department$/)?.[1];
    const form = (d: string) => (/^(?:the\s+)?Department of\b/.test(d) ? "of" : /\bDepartment$/.test(d) ? "suffix" : "bare");
    const want = form(answer);
    const inForm = (d: string): string | null => {
      if (form(d) === want) return d;
      const f = field(d);
      if (!f) return null;
      if (want === "of") return f === "Treasury" ? "Department of the Treasury" : `Department of ${f}`;
      if (want === "suffix") return `${f} Department`;
      // bare: only where the stem itself names the departments ("the Departments of State and the _____")
      return /\bDepartments of\b[^.;]*$/.test(s.norm.slice(0, relStart)) ? f : null;
    };
    let fixed = distractors.map(inForm).filter((d): d is string => !!d);
    if (want === "bare" && /\bDepartments of\b[^.;]*$/.test(s.norm.slice(0, relStart))) fixed = fixed.concat(["Commerce", "Justice", "Energy", "Labor", "Agriculture", "Defense"]);
    distractors = [...new Set(fixed)].filter((d) => d !== answer.replace(/^the\s+/i, "") && !(want === "bare" && new RegExp(`\\b${escapeRe(d)}\\b`, "i").test(s.norm))).slice(0, 3);
    if (distractors.length < 2) return null;
  }
  // "DHS, _____, State and USAID": an acronym among spelled-out names stands out.
  if (/^[A-Z]{2,6}$/.test(answer) && distractors.some((d) => !/^[A-Z]{2,6}$/.test(d))) return null;
  let base = 0.45 + 0.3 * (KIND_WEIGHT[m.kind] ?? 0.5) * (a.importance.get(m.canonical) ?? 0.3) + 0.1;
  // A place is the setting of a sentence whose actor is a body ("asked the Federal Aviation Administration to work with
  // Louisiana …"): the body is the fact ("blanks which state, not the federal action", rated so).
  if (PLACE_KINDS.has(m.kind) && a.ents.bySentence[s.index].some((x) => (x.kind === "gov" || x.kind === "org") && !x.attributive && x.canonical !== m.canonical)) base -= 0.2;
  return mk(a, s, relStart, relEnd, answer, distractors, "fill_in_blank", base, `${m.kind}:${m.canonical}`, [m.canonical], frame, endAt);
}

/**
 * "The _____ has activated planning and response teams for debris removal …" (the Army Corps of Engineers), where the
 * article also says "Seven FEMA Incident Management Assistance Teams … have been activated": another body of the article
 * that does the same thing is arguably right too (set BH's rater). Where the stem has no figure to tell them apart, a
 * body the article gives the stem's verb elsewhere is no wrong answer. (The test, once per blank.)
 */
function sameDoer(a: Analysis, s: Sentence, relEnd: number): (body: string) => boolean {
  const after = s.norm.slice(relEnd);
  if (/\d/.test(after)) return () => false;
  const m = after.match(/^\s+(?:(?:has|have|had|is|are|was|were|will|would|shall|must|may|can|also|now|recently)\s+)*(?:been\s+)?([a-z]{4,})\b/);
  // A verb of the sentence (compromise's reading), not "that" or "with" after the blank.
  const at = m ? s.start + relEnd + m.index! + m[0].length - m[1].length : -1;
  const term = m ? s.terms.find((t) => t.start === at) : undefined;
  if (!m || !term?.tags.has("Verb") || term.tags.has("Auxiliary")) return () => false;
  // Its own finite forms, whole: "activated" finds "activate", "activates", "activated" (not "funding" for "funds").
  const root = m[1].replace(/(?:ed|es|s|ing)$/, "");
  const forms = new RegExp(`\\b${escapeRe(root)}(?:e|es|s|ed|d)?\\b`, "i");
  const others = a.usable.filter((o) => o.index !== s.index && forms.test(o.norm));
  if (!others.length) return () => false;
  return (body: string) => {
    const org = getKb().org(body.replace(/^the\s+/i, ""));
    const names = org ? [org.name, ...org.aliases] : [body];
    // (By its name or acronym anywhere in a sentence: "Seven FEMA Incident Management Assistance Teams … have been activated".)
    return others.some((o) => names.some((n) => containsPhrase(o.norm, n)));
  };
}

/**
 * Blanks inside what a named speaker said: the claims of a release or a news report are mostly quotations, and a
 * quote framed by its speaker needs no rewriting of "I" and "we". In a speech or an essay (author.ts) every
 * sentence is its author's words.
 */
export function quoteClozeQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const q of findQuotes(a)) {
    const s = a.sentences[q.sentence];
    const qs = s.norm.indexOf(q.quote);
    if (qs < 0) continue;
    if (/^[a-z]/.test(q.quote.trim())) continue;
    // "…," said X. "…": the evidence starts where the speaker is named.
    out.push(...framedBlanks(a, s, qs, qs + q.quote.length, q.speaker, "said", q.evidenceFrom, `${q.speaker} gave the figure as`));
  }
  if (a.author) {
    for (const s of a.usable) {
      if (/"/.test(s.norm)) continue;
      out.push(...framedBlanks(a, s, 0, s.norm.length, a.author.name, a.author.verb, s.index, `${a.author.name} gave the figure as`));
    }
  }
  return out;
}

function framedBlanks(a: Analysis, s: Sentence, qs: number, qe: number, speaker: string, verb: QuoteFrame["verb"], evidenceFrom: number, figureLead: string): Candidate[] {
  const out: Candidate[] = [];
  const own = (c: Candidate) => {
    c.evidenceStart = a.sentences[evidenceFrom].start;
    c.facts = Array.from({ length: s.index - evidenceFrom + 1 }, (_, i) => evidenceFrom + i);
    return c;
  };
  const quote = s.norm.slice(qs, qe);
  // A long quote is asked one of its sentences at a time.
  const parts: [number, number][] = [];
  const inner = /[^.!?;]+(?:[.!?;]+|$)/g;
  let im: RegExpExecArray | null;
  while ((im = inner.exec(quote))) {
    const lead = im[0].length - im[0].trimStart().length;
    const prev = parts[parts.length - 1];
    // "the busts of Dr. King": a title's period ends no sentence.
    if (prev && /\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Gen|Sen|Rep|Gov|No|Lt|Col|Capt)\.$|\b[A-Z]\.$/.test(s.norm.slice(prev[0], prev[1]).trimEnd())) prev[1] = qs + im.index + im[0].length;
    else parts.push([qs + im.index + lead, qs + im.index + im[0].length]);
  }
  const frameAt = (start: number, end: number): QuoteFrame | null => {
    const part = parts.find(([ps, pe]) => start >= ps && end <= pe);
    if (!part) return null;
    const text = s.norm.slice(part[0], part[1]);
    const n = wordCount(text);
    if (n < 6 || n > 32 || !/^[A-Z"]/.test(text.trim())) return null;
    // A sentence, not a speech's list of names ("Thomas Jefferson, who wrote the immortal words …", "King and Rosa
    // Parks and Cesar Chavez."): a verb outside any relative clause.
    if (/^\W*[A-Z][\w.'’ -]*, (?:who|which|whose|whom)\b/.test(text)) return null;
    // "Knowing that history is a relay race—and what started with 100 teachers grew to …": a participle's clause with no
    // main clause after it ("…, we must …"; set AN's raters, all three: a fragment).
    if (/^\W*(?:Knowing|Having|Seeing|Being|Understanding|Recognizing|Remembering|Believing|Hoping|Realizing)\b/.test(text) && !/,\s+(?:we|I|you|they|he|she|it|there|the|this|these|our|my|let|let's)\b/.test(text)) return null;
    // "A few weeks later, the 100 teachers became 600 activists, marching across that bridge": later than what? The
    // time is counted from a sentence before (set AP, two raters of three).
    if (/^\W*(?:(?:A|One|Two|Three|A few|Several) (?:days?|weeks?|months?|years?) later|(?:Days|Weeks|Months|Years) later|Later|Then|After that|Soon after)\b/.test(text)) return null;
    const from = s.start + part[0];
    const to = s.start + part[1];
    if (!s.terms.some((t) => t.start >= from && t.end <= to && t.tags.has("Verb"))) return null;
    return { speaker, verb, qs: part[0], qe: part[1] };
  };
  for (const m of a.ents.bySentence[s.index]) {
    if (m.start - s.start < qs || m.end - s.start > qe || m.canonical === speaker) continue;
    const frame = frameAt(m.start - s.start, m.end - s.start);
    if (!frame) continue;
    const c = entityCloze(a, s, m, frame);
    if (c) out.push(own(c));
  }
  for (const qt of a.quantities) {
    if (qt.start - s.start < qs || qt.end - s.start > qe) continue;
    if (qt.bound === "lower" || qt.bound === "upper") continue;
    // "Over the next _____, I'll be focused on doing my job": the time a speaker has left is no claim (rated trivia
    // twice, 6c and 7c).
    if (qt.kind === "duration" && /\b(?:over|in|for|during|within) the (?:next|coming|last|past)\s+$/i.test(s.norm.slice(0, qt.start - s.start))) continue;
    const frame = frameAt(qt.start - s.start, qt.end - s.start);
    if (!frame) continue;
    const d = numericDistractors(ruleSide(qt, s), a.quantities.filter((o) => o !== qt), new Set(), 3, a.norm.slice(qt.end, qt.end + 80), a.eras.years[s.index] ?? a.year, a.norm.slice(Math.max(0, qt.start - 60), qt.start)).filter((x) => !containsPhrase(s.norm, x));
    const c = mk(a, s, qt.start - s.start, qt.end - s.start, qt.text, d, "numeric", 0.75, `num:${qt.text.toLowerCase()}`, [], frame);
    if (c) {
      c.explanation = `${figureLead} ${qt.text}, according to the article.`;
      out.push(own(c));
    }
  }
  return out;
}

export interface NounStat { count: number; plural: boolean; capital: boolean }

export function nounStats(a: Analysis): Map<string, NounStat> {
  const stats = new Map<string, NounStat>();
  for (const s of a.usable) {
    for (const t of s.terms) {
      if (!t.tags.has("Noun") || t.tags.has("Pronoun") || t.tags.has("Date") || t.tags.has("Value") || t.tags.has("Person") || t.tags.has("Place") || t.tags.has("Organization") || t.tags.has("Possessive")) continue;
      const w = t.text.toLowerCase();
      if (w.length < 4 || STOPWORDS.has(w) || !/^[a-z]+$/.test(w)) continue;
      const st = stats.get(w) ?? { count: 0, plural: t.tags.has("Plural"), capital: /^[A-Z]/.test(t.text) };
      st.count++;
      stats.set(w, st);
    }
  }
  return stats;
}

export function clozeQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const nouns = nounStats(a);
  const topNouns = [...nouns.entries()].filter(([, v]) => v.count >= 2).sort((x, y) => y[1].count - x[1].count || x[0].localeCompare(y[0])).slice(0, 40);
  const topSet = new Set(topNouns.map(([w]) => w));
  const entityPoor = a.ents.mentions.length + a.quantities.length < 0.5 * a.usable.length;
  const articleDates: string[] = [];
  for (const s of a.usable) for (const d of s.norm.match(DATE_RE) ?? []) articleDates.push(d);
  for (const s of a.usable) {
    // A speech's or an essay's names and dates are asked inside its author's words (quoteClozeQuestions).
    if (!a.author) for (const m of a.ents.bySentence[s.index]) {
      const c = entityCloze(a, s, m);
      if (c) out.push(c);
    }
    DATE_RE.lastIndex = 0;
    let dm: RegExpExecArray | null;
    while ((dm = DATE_RE.exec(s.norm))) {
      const start = s.start + dm.index;
      const end = start + dm[0].length;
      // compromise-dates must agree it is a date ("May" the modal, "1787" as a count).
      if (!s.terms.some((t) => t.start >= start && t.end <= end && (t.tags.has("Date") || t.tags.has("Month") || t.tags.has("WeekDay") || t.tags.has("Year")))) continue;
      if (occurrences(s.norm, dm[0]) > 1 || a.author) continue;
      // No year after the article's own (a 1983 date in a 1977 decision).
      const d = dateDistractors(dm[0], articleDates, s.norm).filter((x) => !a.year || !/^\d{4}$/.test(x) || Number(x) <= a.year);
      // The year a law or body was made is a fact worth knowing ("Enacted in _____, the CRA …"); other dates were
      // rated trivia (a projection's month, a bill's introduction) or unprovable ("since _____"): bank only.
      const founding = /^\d{4}$/.test(dm[0]) && /\b(?:enacted|created|established|founded|ratified|adopted|signed|passed|formed|abolished|repealed)\b[^.;]{0,40}$/i.test(s.norm.slice(0, dm.index)) && !/\bsince\s+$/i.test(s.norm.slice(0, dm.index));
      // A target year ("shall make every effort to conclude an agreement before the end of 2008", in 2007): the deadline
      // is what the agreement says, and the wrong answers are other years still ahead (a past year is no target).
      const deadline = !founding && /^\d{4}$/.test(dm[0]) && !!a.year && Number(dm[0]) > a.year && Number(dm[0]) <= a.year + 30 && /\b(?:by|before|until)\s+(?:the\s+(?:end|close)\s+of\s+)?$/i.test(s.norm.slice(0, dm.index));
      // (A round target's wrong answers are round too: 2050 among 2040, 2045 and 2055, not 2051.)
      const step = Number(dm[0]) % 5 === 0 ? 5 : 1;
      // Staged targets keep their order: "less than five percent by _____ and less than three percent by 2030" takes
      // years before 2030 (2035 and 2040 were offered, set BA's two raters), and a stage after a dated one, years after it.
      let ahead = d;
      if (deadline) {
        const at = dm.index;
        const targets = [...s.norm.matchAll(/\b(?:by|before|until)\s+(?:the\s+(?:end|close)\s+of\s+)?((?:19|20)\d\d)\b/g)].filter((x) => x[1] !== dm![0]);
        const lo = Math.max(a.year!, ...targets.filter((x) => x.index < at).map((x) => Number(x[1])));
        const hi = Math.min(9999, ...targets.filter((x) => x.index > at).map((x) => Number(x[1])));
        const stagedYears = (by: number) => [1, -1, 2, -2, 3, -3, 4].map((k) => String(Number(dm![0]) + k * by)).filter((y) => Number(y) > lo && Number(y) < hi && !containsPhrase(s.norm, y));
        const staged = stagedYears(step);
        ahead = (staged.length >= 3 ? staged : stagedYears(1)).slice(0, 3).sort();
      }
      const c = mk(a, s, dm.index, dm.index + dm[0].length, dm[0], ahead, "fill_in_blank", founding ? 0.55 : deadline ? 0.5 : 0.1, `date:${dm[0]}`, [dm[0]]);
      // Not even to fill a short quiz: the month a consortium began or a nominee was confirmed, with other months as
      // wrong answers, was rated trivia on texts the engine had never seen (2026-12-02).
      if (c && !founding && !deadline) c.bankOnly = true;
      if (c) out.push(c);
    }
    // Key nouns: the article's recurring concepts ("faction", "liberty"), only for texts without many names:
    // in news another noun of the article nearly always fits as well ("pass the bill" / "pass the bailout").
    if (!entityPoor) continue;
    let best: { t: (typeof s.terms)[number]; w: string; st: NounStat } | null = null;
    for (const t of s.terms) {
      const w = t.text.toLowerCase();
      const st = nouns.get(w);
      if (!st || !topSet.has(w) || !t.tags.has("Noun") || t.tags.has("Possessive")) continue;
      if (isPartOfCompound(a.text, t.start, t.end)) continue;
      // "license" in "license plates" is a modifier; blanking it reads badly.
      const after = s.terms[s.terms.indexOf(t) + 1];
      if (after && after.start - t.end <= 1 && after.tags.has("Noun") && !after.tags.has("Pronoun")) continue;
      // A capitalised noun is only a common noun when it stands alone ("every second Year"), not inside a name ("Vice President").
      if (/^[A-Z]/.test(t.text)) {
        const i = s.terms.indexOf(t);
        const prev = s.terms[i - 1];
        const next = s.terms[i + 1];
        if (i === 0 || (prev && /^[A-Z]/.test(prev.text)) || (next && /^[A-Z]/.test(next.text)) || t.tags.has("ProperNoun")) continue;
      }
      if (occurrences(s.norm.toLowerCase(), w) > 1) continue;
      if (!best || st.count > best.st.count) best = { t, w, st };
    }
    if (best) {
      const plural = best.t.tags.has("Plural");
      const pool = topNouns
        .filter(([w, v]) => w !== best!.w && v.plural === plural && v.capital === best!.st.capital && w.slice(0, 5) !== best!.w.slice(0, 5) && !containsPhrase(s.norm, w))
        .map(([w]) => (/^[A-Z]/.test(best!.t.text) ? ucfirst(w) : w));
      const c = mk(a, s, best.t.start - s.start, best.t.end - s.start, s.norm.slice(best.t.start - s.start, best.t.end - s.start), pool.slice(0, 3), "fill_in_blank", 0.3 + 0.15 * Math.min(1, best.st.count / 8), `noun:${best.w}`, []);
      if (c) {
        c.difficulty = 3;
        out.push(c);
      }
    }
  }
  return out;
}

/** How many items the last list of names before a point has ("EQIP, CSP, ACEP, and RCPP": 4), or 0. */
const LIST_ITEM = String.raw`[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}`;
const NAME_LIST = new RegExp(String.raw`(?:${LIST_ITEM},\s+)+(?:and|or)\s+${LIST_ITEM}`, "g");

export function listBefore(text: string): number {
  const lists = [...text.matchAll(NAME_LIST)];
  if (!lists.length) return 0;
  const last = lists[lists.length - 1][0];
  return last.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((x) => x.trim()).length;
}

const TRADE = /\b(?:trad(?:e|es|ing)|exports?|imports?|invest(?:s|ed|ing|ment|ments|or|ors)?)\b/i;
/** Groups whose seats only members hold: the G20's and the G7's member countries (the EU and the AU are no countries). */
const G7 = new Set(["Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"]);
const G20 = new Set([...G7, "Argentina", "Australia", "Brazil", "China", "India", "Indonesia", "Mexico", "Russia", "Saudi Arabia", "South Africa", "South Korea", "Turkey"]);
const CLUBS: { cue: RegExp; members: Set<string> }[] = [
  { cue: /\bG-?7\b|\bGroup of Seven\b/, members: G7 },
  { cue: /\bG-?20\b|\bGroup of Twenty\b/, members: G20 },
];

/** The G20's countries and the other largest traders: the plausible partners of a trade or investment figure. */
const MAJOR_ECONOMIES = new Set([...G20, "Netherlands", "Switzerland", "Spain", "Singapore", "Taiwan", "Vietnam", "Thailand", "Malaysia", "Belgium", "Ireland", "Poland", "United Arab Emirates", "Israel", "Chile", "Philippines", "Sweden", "Norway"]);


/** A figure that is a change, not a level: "declined by an average of $1.22", "rose by nearly 3 percent". */
const CHANGE_VERB = "declined|decreased|fallen|fell|dropped|rose|risen|increased|grown|grew|climbed|jumped";
const CHANGE_BY = new RegExp(`\\b(?:${CHANGE_VERB}|gone (?:up|down)|went (?:up|down)|cut|reduced|lowered|raised)\\s+(?:by\\s+)?(?:an average of\\s+|about\\s+|nearly\\s+|almost\\s+|more than\\s+|over\\s+|roughly\\s+)?$`, "i");

/** "grew by 19 percent, from 548,000 establishments to 653,000": a change with its start and its end. */
const CHANGE_FROM_TO = new RegExp(`\\b(?:${CHANGE_VERB})\\s+(?:by\\s+)?(?:[a-z]+\\s+)?\\$?\\d[^,;]*,\\s+from\\s+\\$?\\d[^;]*?\\bto\\s+\\$?\\d`, "i");

/**
 * "By what vote did the U.S. Senate pass the revised bailout bill?" from "It was passed with 74 yeas and 25 nays.": a
 * vote's tally asked whole (one side of it was refused as arithmetic, gates.ts), where the stem can name the measure (a
 * bare "the bill" in a report of several bills is refused) and, where a sentence says so, the chamber that passed it.
 * The wrong answers keep the count of votes cast and the outcome: 64–35, 84–15, 54–45 for a bill passed 74–25. Sets CO
 * and CP asked for fixture 08's vote.
 */
/** The chamber a sentence has do this to the measure: "The U.S. Senate passed a revised bailout bill …" (passed, bill). */
function chamberThat(a: Analysis, verb: string, head: string): string | undefined {
  return a.usable.map((x) => x.norm.match(new RegExp(`\\b(?:The )?((?:U\\.S\\. )?(?:Senate|House of Representatives|House))\\s+${verb}\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+){0,3}${escapeRe(head)}\\b`))?.[1]).find(Boolean);
}

export function tallyQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const s of a.usable) {
    const m = s.norm.match(/^(It|The [^,;"]{3,60}?) (?:was|were) (passed|approved|adopted|rejected|defeated) (?:by a vote of |with )(\d{1,3}) (?:yeas|ayes|votes)? ?(?:and|to|-|–) (\d{1,3})(?: (?:nays|noes|votes against))?\.$/);
    if (!m) continue;
    const subject = resolveLeadingIt(a, s, s.norm).match(/^(.+?) (?:was|were) /)?.[1];
    if (!subject || /^(?:It|The (?:bill|measure|resolution|legislation|act|amendment|motion))$/i.test(subject)) continue;
    const [yes, no] = [Number(m[3]), Number(m[4])];
    const passed = /passed|approved|adopted/.test(m[2]);
    if (passed !== yes > no) continue;
    const total = yes + no;
    const wrong = [-10, 10, -20, 20, -5, 5, -30, 30]
      .map((d) => yes + d)
      .filter((y) => y >= 0 && y <= total && (passed ? y > total - y : y < total - y))
      .slice(0, 3)
      .map((y) => `${y}–${total - y}`);
    if (wrong.length < 3) continue;
    const thing = subject.charAt(0).toLowerCase() + subject.slice(1);
    // "The U.S. Senate passed a revised bailout bill …": the chamber, where a sentence has it do what the tally records.
    const head = thing.split(" ").slice(-2).join(" ");
    const base = { passed: "pass", approved: "approve", adopted: "adopt", rejected: "reject", defeated: "defeat" }[m[2]]!;
    const chamber = chamberThat(a, m[2], head);
    const answer = `${yes}–${no}`;
    out.push({
      type: "multiple_choice",
      prompt: chamber ? `By what vote did the ${chamber} ${base} ${thing}?` : `By what vote was ${thing} ${m[2]}?`,
      choices: [answer, ...wrong],
      answer,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: `The article gives the vote as ${yes} to ${no}: "${s.text.trim()}"`,
      difficulty: 2,
      entities: [],
      facts: [s.index],
      base: 0.7,
      answerKey: `tally:${answer}`,
    });
  }
  return out;
}

export function numericQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  // A speech's figures are its author's claims: asked inside their words (quoteClozeQuestions).
  if (a.author) return out;
  // The figures that are changes, not levels (read once: every figure's wrong answers are chosen by it).
  const changes = new Set(a.quantities.filter((o) => CHANGE_BY.test(a.norm.slice(Math.max(0, o.start - 40), o.start))));
  for (const s of a.usable) {
    const qs = a.quantities.filter((q) => q.start >= s.start && q.end <= s.end);
    for (const q of qs) {
      // "over five hours": "over ten hours" may be true too, "over two hours" is; no wrong answer is provably wrong.
      // A rule's threshold is another matter: "signed by at least 30 Senators", "adjourn for more than three days",
      // "subject to up to 10 hours of debate" state the rule, and a figure beyond the bound states another (false)
      // rule: more than three days gets five, not one (which a reader could take as also true).
      // An approximation from below or a stated maximum is another matter: "nearly 300,000 students", "up to 135,000
      // jobs" are false with "nearly 180,000" or "up to 80,000" (the article gives the figure they come close to), and
      // only smaller figures are offered (numericDistractors). "less than", "under", "more than" stay out.
      // So is "at least once every three years": only a shorter interval is false.
      // "within 30 months", "within the next three years": a deadline; a later one is true as well (set J's raters).
      const nearly = q.bound === "upper" && (/\b(?:nearly|almost|up to|just under|not quite|within(?: the (?:next|first|coming))?)\s+$/i.test(a.norm.slice(Math.max(0, q.start - 24), q.start)) || AT_LEAST_ONCE_EVERY.test(a.norm.slice(Math.max(0, q.start - 28), q.start)));
      if ((q.bound === "lower" || q.bound === "upper") && !nearly && !RULE_CUE.test(s.norm)) continue;
      // "often as much as $100": a smaller figure is as true (set AF's rater); "as many as", "as high as" likewise.
      if (/\bas (?:much|many|high|large|long|little|few|low) as\s+$/i.test(a.norm.slice(Math.max(0, q.start - 20), q.start))) continue;
      // A rate's denominator ("27 per _____ residents", "six in _____ people") and a version in a name ("Operation
      // Chokepoint 2.0"): the figure asked is the convention, not the fact (set J's raters).
      if (/(?:\bper|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:in|out of))\s+$/i.test(a.norm.slice(Math.max(0, q.start - 16), q.start))) continue;
      if (/^\d+\.0$/.test(q.text) && /\p{Lu}[\p{L}-]*\s+$/u.test(a.norm.slice(Math.max(0, q.start - 24), q.start))) continue;
      // "by _____ federal agencies—the Departments of Homeland Security (DHS), Labor (DOL), and State, as well as …":
      // a count whose items follow it is answered by counting them.
      if (/^\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:—|\s-\s|:)\s*[^.;—\d]*,[^.;—\d]*\band\b/.test(s.norm.slice(q.end - s.start)) && q.kind === "count") continue;
      // "… from the 2022 law for EQIP, CSP, ACEP, and RCPP and redistributed the funds provided to the _____ programs":
      // the same when the items come before it (set D's raters).
      if (q.kind === "count" && listBefore(s.norm.slice(0, q.start - s.start)) === q.value) continue;
      // "An additional four counties … were approved …: Flagler, Putnam, St. Johns, and Volusia." The items close the
      // sentence after a colon (set R's rater: counted, not known).
      const closing = s.norm.slice(q.end - s.start).match(/:\s*([^:;]+?)\.?\s*$/)?.[1];
      if (q.kind === "count" && closing && closing.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((x) => x.trim()).length === q.value) continue;
      // "the most significant gun violence reduction legislation to pass Congress in 30 years": the most in 30 years is
      // also the most in 20 (set R's rater, set P's), and no longer span is provably false: no question.
      if (q.kind === "duration" && /\b(?:most|least|first|only|\w{3,}est)\b[^.;]{0,80}\b(?:in|over|for|since)\s+(?:nearly |almost |more than |over |about )?$/i.test(s.norm.slice(0, q.start - s.start))) continue;
      if (notTheFact(q, s.norm.slice(0, q.start - s.start))) continue;
      // "The guidebook contains _____ chapters": how a document is divided is no fact of what it says (set BV, both
      // raters).
      if (q.kind === "count" && /^(?:chapter|page|section|volume|paragraph|appendix|appendice|annexe?|tab)$/.test(q.unit ?? "")) continue;
      // "$1.5 million dollars": the article's slip would be the stem's.
      if (/^\$/.test(q.text) && /^\s+dollars\b/i.test(s.norm.slice(q.end - s.start))) continue;
      const avoid = new Set(qs.filter((o) => o !== q).map((o) => o.text));
      // The era of the sentence ("In 1825, …", or its paragraph's or section's), else the article's.
      const era = a.eras.years[s.index] ?? a.year;
      const short = listFreePrompt(s, qs, q);
      const asRule = ruleSide(q, s);
      // "fallen _____ out of the last 18 weeks": no more than the whole (set AF's rater: 20 and 25 of 18).
      const whole = Number(s.norm.slice(q.end - s.start).match(/^\s+(?:out )?of (?:the )?(?:last |past |first |next )?(\d+)\b/)?.[1] ?? NaN);
      // (Nor the same values made from the answer: 0.55 × $10 billion is "$6 billion" again.)
      const parts = partsOf(a, s, q);
      for (const o of sameRecipient(a, s, q)) parts.add(o);
      const notParts = new Set([...avoid, ...[...parts].map((o) => o.text)]);
      // "Gas prices have declined by an average of _____ per gallon": a change takes other changes, not the article's
      // prices ($3.99, $3.39 offered for a fall of $1.22: set BT, both pairs).
      const change = (o: Quantity) => changes.has(o);
      // "… grew by _____, from 548,000 establishments to 653,000": of a change, its start and its end, any one is worked
      // out from the two the stem prints, not read (set BX, both pairs).
      if (CHANGE_FROM_TO.test(s.norm)) continue;
      const distractors = (siblings: Quantity[] = []) =>
        numericDistractors(asRule, a.quantities.filter((o) => o !== q && !parts.has(o) && (!change(q) || change(o))), notParts, 3, a.norm.slice(q.end, q.end + 80), era, a.norm.slice(Math.max(0, q.start - 60), q.start), siblings).filter((x) => !containsPhrase(s.norm, x) && (!whole || (parseNumber(x) ?? 0) < whole));
      let d = distractors();
      // "only _____ times", "among the _____ candidates who received the most electoral votes": a small count that
      // "only" or a rule makes exact (numbers.ts) takes its neighbours, each false and none "one" before a plural.
      // Not where the sentence names the items before it ("Maine and Nebraska are the only _____ current exceptions":
      // counted, not known).
      const smallCount = q.kind === "count" && /^(?:two|three)$/i.test(q.text);
      if (smallCount) {
        const head = s.norm.slice(0, q.start - s.start);
        if (listBefore(head) >= 2 || /\b\p{Lu}[\p{L}.-]*\s+and\s+\p{Lu}/u.test(head)) continue;
        const words = (/^two$/i.test(q.text) ? ["three", "four", "five"] : ["two", "four", "five"]).map((w) => (/^T/.test(q.text) ? ucfirst(w) : w));
        d = words.filter((w) => !avoid.has(w));
      }
      const weight = q.kind === "money" || q.kind === "percent" || q.kind === "fraction" ? 0.85 : q.kind === "range" || q.kind === "duration" ? 0.75 : q.value >= 100 ? 0.7 : 0.5;
      // "At the end of FY2025, total debt subject to the limit was 124% of GDP and publicly held debt was 99% of GDP":
      // two parallel statements, each asked on its own (with the opening they share), neither printing the other's figure.
      const pair = parallelClauses(s, qs);
      const rel = q.start - s.start;
      let c: Candidate | null;
      if (pair && rel >= pair.second) {
        const rest: Sentence = { ...s, start: s.start + pair.second, text: s.text.slice(pair.second), norm: s.norm.slice(pair.second) };
        c = mk(a, rest, rel - pair.second, q.end - s.start - pair.second, q.text, d, "numeric", weight, `num:${q.text.toLowerCase()}`, []);
        if (c) {
          c.prompt = pair.open + (/^[a-z]/.test(rest.norm) ? c.prompt[0].toLowerCase() + c.prompt.slice(1) : c.prompt);
          c.evidenceStart = s.start;
          c.span = [pair.second, s.norm.length];
        }
      } else c = mk(a, s, rel, q.end - s.start, q.text, d, "numeric", weight, `num:${q.text.toLowerCase()}`, [], undefined, pair ? pair.cut : undefined);
      if (!c) continue;
      // ("only three times" and "the three candidates" are two facts, not one figure asked twice.)
      if (smallCount && q.unit) c.answerKey = `num:${q.text.toLowerCase()} ${q.unit}`;
      // Wrong answers keep the answer's order with the figures the stem prints (not those a shortened stem drops).
      // (Two parallel statements keep that order too: "total debt … was _____ of GDP" beside "publicly held debt was 99% of
      // GDP" takes figures above 99%, the part no larger than the whole.)
      const siblings = qs.filter((o) => o !== q && (pair || (short ?? c.prompt).includes(o.text)));
      if (siblings.length) {
        d = keepRangeOrder(s.norm, q.start - s.start, q.end - s.start, distractors(siblings));
        if (d.length < 2) continue;
        c.choices = [q.text, ...d.slice(0, 3)];
      }
      // "Passage … required only a _____ majority" beside 3/5, 2/3 and 3/4: "only" marks the answer as the smallest choice
      // (set CU, two raters of three). Where every wrong answer is larger the stem says it without "only" (still true);
      // "having occurred only _____ times" beside two, four and five keeps it.
      const valueOf = (x: string) => (/^(\d+)\/(\d+)$/.test(x) ? Number(x.split("/")[0]) / Number(x.split("/")[1]) : parseNumber(x) ?? parseNumber(x.replace(/\s+[a-z]+$/i, "")));
      const answerValue = valueOf(q.text);
      // (Never inside a quotation: 'falsely claiming "only _____ out of every $4 …"' is the speaker's words.)
      const quoted = ((c.prompt.split(BLANK)[0] ?? "").match(/"/g) ?? []).length % 2 === 1;
      if (!quoted && /\bonly (?=(?:an? )?_____)/.test(c.prompt) && answerValue !== null && c.choices.slice(1).every((x) => (valueOf(x) ?? -Infinity) > answerValue)) c.prompt = c.prompt.replace(/\bonly (?=(?:an? )?_____)/, "");
      if (isChangeStart(a.norm.slice(Math.max(0, q.start - 40), q.start), a.norm.slice(q.end, q.end + 80))) {
        c.answerKey = `start:${q.text.toLowerCase()}`;
        c.bankOnly = true;
      }
      if (short && !pair) {
        // One item of a list of amounts ("$48 million in Hollywood tax incentives") was rated trivia in two ratings:
        // the bank keeps it for a teacher who wants it; the default quiz does not take it.
        if (!short.includes(":") && !/total/i.test(short) && /\binclud/i.test(short)) {
          c.answerKey = `item:${q.text.toLowerCase()}`;
          c.bankOnly = true;
        }
        c.prompt = short;
      }
      c.explanation = `The article gives the figure as ${q.text}: ${explainFromEvidence(s.text).replace(/^The article says: /, "")}`;
      c.difficulty = d.length >= 3 && q.kind !== "count" ? 2 : 3;
      if (!c.prompt.includes(BLANK)) continue;
      out.push(c);
    }
  }
  return out;
}

/**
 * Two statements of one form joined by "and", each with one figure: "<opening,> <subject> was <figure …> and <subject>
 * was <figure …>." The shared opening, where the first clause ends (" and") and where the second begins.
 */
function parallelClauses(s: Sentence, qs: Quantity[]): { open: string; cut: number; second: number } | null {
  if (qs.length !== 2) return null;
  const m = s.norm.match(/^((?:[A-Z][^,;]{0,60},\s+)?)((?:[Tt]he\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,6})\s+(was|were|is|are)\s+([^,;]*?)(\s+and\s+)((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})\s+\3\s+([^,;]*?)\.$/d);
  if (!m?.indices?.[5]) return null;
  const [cut, second] = m.indices[5];
  const [x, y] = [qs[0].start - s.start, qs[1].start - s.start];
  if (!(x < cut && y >= second)) return null;
  return { open: m[1], cut, second };
}

/** The amendments a civics class meets most, by number: the wrong answers of an amendment blank. */
const COMMON_AMENDMENTS = [1, 2, 4, 5, 6, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 22, 23, 24, 25, 26];
const AMENDMENT = /\b(?:(\d{1,2})(?:st|nd|rd|th)|(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-(?:first|second|third|fourth|fifth|sixth|seventh)))\s+Amendment\b/g;

/** The year each amendment was ratified. */
const RATIFIED = [0, 1791, 1791, 1791, 1791, 1791, 1791, 1791, 1791, 1791, 1791, 1795, 1804, 1865, 1868, 1870, 1913, 1913, 1919, 1920, 1933, 1933, 1951, 1961, 1964, 1967, 1971, 1992];

const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th");

/**
 * "Some have suggested that the _____ may grant the President authority to ignore the statutory debt limit."
 * The amendment a sentence names, blanked, with other amendments a class meets often, in the article's own style
 * ("12th" or "Twelfth"). Never an amendment the article names elsewhere: it may be arguably right as well ("claims
 * under the First Amendment, the Equal Protection Clause of the Fourteenth Amendment").
 */
export function amendmentQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const number = (m: RegExpMatchArray) => (m[1] ? Number(m[1]) : ORDINAL_WORDS.findIndex((w) => w.toLowerCase() === m[2].toLowerCase()));
  const named = new Set([...a.text.matchAll(AMENDMENT)].map(number));
  for (const s of a.usable) {
    const ms = [...s.norm.matchAll(AMENDMENT)];
    if (ms.length !== 1) continue;
    const m = ms[0];
    const n = number(m);
    if (n < 1 || n > 27) continue;
    // "Section 3 of the _____ specifies … (noon on January 20)": the answer's number elsewhere in the stem cues it (set
    // BW).
    const rest = s.norm.slice(0, m.index!) + " " + s.norm.slice(m.index! + m[0].length);
    if (new RegExp(`(?<![\\d.,])${n}(?!\\d|[.,]\\d)|\\b${ORDINAL_WORDS[n]}\\b`, "i").test(rest)) continue;
    const words = !m[1];
    const fmt = (k: number) => `${words ? ORDINAL_WORDS[k] : `${k}${suffix(k)}`} Amendment`;
    // Only amendments already ratified in the sentence's year ("In 1933, … modified by the _____": not the 22nd, of 1951),
    // where the answer was (not "in 1787 … a practice that the _____ ended", the review of engine 35).
    const era = a.eras.years[s.index] ?? a.year;
    const distractors = COMMON_AMENDMENTS.filter((k) => !named.has(k) && (!era || era < RATIFIED[n] || era >= RATIFIED[k]))
      .sort((x, y) => Math.abs(x - n) - Math.abs(y - n) || x - y)
      .slice(0, 3)
      .map(fmt);
    const start = m.index!;
    const c = mk(a, s, start, start + m[0].length, m[0], distractors, "fill_in_blank", 0.7, `amend:${n}`, []);
    if (c) out.push(c);
  }
  return out;
}

/**
 * "Notice of each chamber's receipt of a rule … is published in the \"Executive Communications\" section of the _____."
 * A civics term of a closed class (TERM_CLASSES: publications, kinds of resolution, the Constitution's clauses, kinds of
 * majority, founding documents) blanked, with other members of its class as wrong answers: each names another thing a
 * class learns about, and the sentence is false with it. Never a member the article names elsewhere (it may be arguably
 * right as well: the rule is published in the Federal Register, the notice of its receipt in the Congressional Record),
 * nor one from after the sentence's era.
 */
/** Each term's spellings as whole-word patterns, made once per process. */
const TERM_PATTERNS = new Map<string, RegExp>(
  TERM_CLASSES.flatMap((c) => c.terms.flatMap((t) => [t.text, ...(t.aliases ?? [])])).map((x) => [x, new RegExp(`(?<![\\w-])${escapeRe(x)}(?![\\w-])`, "gi")]),
);
const find = (text: string, term: string) => [...text.matchAll(TERM_PATTERNS.get(term)!)];

export function termQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const cls of TERM_CLASSES) {
    const spellings = (t: CivicsTerm) => [t.text, ...(t.aliases ?? [])];
    const named = new Set(cls.terms.filter((t) => spellings(t).some((x) => find(a.norm, x).length)));
    if (!named.size) continue;
    const asked = new Set<CivicsTerm>();
    for (const s of a.usable) {
      // An explainer's question heading ("What does a joint resolution of disapproval look like?") is no stem.
      if (/\?["'”’)]*\s*$/.test(s.norm)) continue;
      const hits = cls.terms.flatMap((t) => find(s.norm, t.text).map((m) => ({ t, m })));
      if (hits.length !== 1) continue;
      // Nor another spelling of a member beside it ("a two-thirds vote … a simple majority").
      if (cls.terms.some((t) => t !== hits[0].t && spellings(t).some((x) => find(s.norm, x).length))) continue;
      const { t, m } = hits[0];
      const start = m.index!;
      const end = start + m[0].length;
      // A term used as a modifier: "its Elections Clause power" (Congress has Commerce Clause power too).
      if (/^\s+(?:powers?|authority|claims?|challenges?|cases?|analysis|jurisprudence|doctrine|grounds?|rights?|violations?|notices?|votes? (?:of|in|on))\b/i.test(s.norm.slice(end))) continue;
      // Part of a longer name: "the Federal Register Act", "the Dormant Commerce Clause", "a Blueprint for an AI Bill of
      // Rights" (a lowercase term keeps an act's acronym before it: "a CRA joint resolution").
      const before = s.norm.slice(Math.max(0, start - 20), start);
      const capitalised = m[0][0] !== m[0][0].toLowerCase();
      if (/^\s+(?:of\s+)?\p{Lu}/u.test(s.norm.slice(end)) || (/\p{Lu}[\p{L}.]*\s+$/u.test(before) && !(capitalised ? /(?:^|\s)(?:The|A|An)\s+$/ : /(?:^|\s)(?:The|A|An|[A-Z]{2,6})\s+$/).test(before))) continue;
      // Where a notice will be published is no fact a class learns ("more details will be available in the coming
      // weeks in the Federal Register").
      if (/\b(?:forthcoming|coming (?:days|weeks|months)|will be (?:available|published|posted)|more (?:details|information))\b/i.test(s.norm)) continue;
      const era = a.eras.years[s.index] ?? a.year;
      const lower = m[0][0] === m[0][0].toLowerCase();
      // A case's wrong answers are the cases decided nearest it: Shelby County v. Holder (2013) beside Marbury,
      // McCulloch and Brown was told apart by era alone (set AN, two raters of three).
      const near = (o: CivicsTerm) => (cls.kind === "case" && t.since && o.since ? Math.abs(o.since - t.since) : 0);
      const distractors = cls.terms
        .filter((o) => o !== t && !named.has(o) && !(era && o.since && o.since > era) && !(t.group && o.group === t.group))
        .sort((x, y) => near(x) - near(y))
        .slice(0, 3)
        .map((o) => (lower ? o.text : o.text[0].toUpperCase() + o.text.slice(1)));
      // A speech's or an essay's sentence is its author's words: "Vice President Kamala Harris said: "In 2013, the Voting
      // Rights Act was gutted by …"", not her "gutted" stated as fact (set AP, two raters of three).
      const frame: QuoteFrame | undefined = a.author ? { speaker: a.author.name, verb: a.author.verb, qs: 0, qe: s.norm.length } : undefined;
      const c = mk(a, s, start, end, m[0], distractors, "fill_in_blank", 0.65, `term:${t.text.toLowerCase()}`, [], frame);
      if (!c) continue;
      // "joint resolution" eighteen times in an explainer of the CRA: one question on it for the quiz, the others for
      // the bank.
      if (asked.has(t)) c.bankOnly = true;
      asked.add(t);
      out.push(c);
    }
  }
  return out;
}

/** "This includes a $6 billion increase …, of which $2 billion is …": words that open the parts of a figure before them. */
const PARTS_FOLLOW = /\b(?:includ(?:es|ed|ing)|of which|of this|of that|of these|of the total|out of which)\b/i;

/**
 * The parts of a total: "Build Back Better provides $10 billion to HBCUs, TCUs and MSIs. This includes a $6 billion
 * increase …, of which $2 billion is dedicated …". Offered beside "$10 billion", they were rated arguably true (the
 * $6 billion is provided too; set AK, two raters of three). Figures after "includes" or "of which", later in the
 * answer's sentence or in the next two sentences of its paragraph (or in a list item right after it that opens with
 * "This includes"), and smaller than the answer.
 */
function partsOf(a: Analysis, s: Sentence, q: Quantity): Set<Quantity> {
  const out = new Set<Quantity>();
  if (q.kind !== "money" && q.kind !== "count") return out;
  for (let k = s.index; k <= s.index + 2; k++) {
    const t = a.sentences[k];
    if (!t) break;
    const from = k === s.index ? q.end - t.start : 0;
    const m = t.norm.slice(from).match(PARTS_FOLLOW);
    if (!m || m.index === undefined) continue;
    // A list item under the total ("-   Capacity-Building: This includes a $6 billion increase …") is a paragraph of
    // its own, and opens with its "includes".
    if (t.paragraph !== s.paragraph && !(k === s.index + 1 && m.index <= 40)) continue;
    const at = t.start + from + m.index;
    for (const o of a.quantities) if (o !== q && o.start >= at && o.end <= t.end && o.kind === q.kind && o.value < q.value) out.add(o);
  }
  return out;
}

/**
 * "Build Back Better provides _____ to Historically Black Colleges and Universities (HBCUs), …": another of the
 * article's sums for the same recipients ("$4 billion … specifically for HBCUs, TCUs, and MSIs") is money they get too,
 * and was rated arguably true by all three raters of set AN. Figures of the same kind in other sentences that name the
 * recipient (or its acronym) are not offered beside it.
 */
function sameRecipient(a: Analysis, s: Sentence, q: Quantity): Quantity[] {
  if (q.kind !== "money") return [];
  const after = s.norm.slice(q.end - s.start);
  const m = after.match(/^\s+(?:[a-z]+\s+){0,3}?(?:to|for)\s+(?:the\s+)?((?:[A-Z][\w'-]*)(?:\s+(?:of|and|for|the|[A-Z][\w'-]*))*)(?:\s+\(([A-Z][A-Za-z]*[A-Z]s?)\))?/);
  if (!m) return [];
  const names = [m[1].replace(/\s+(?:of|and|for|the)$/, ""), m[2]].filter((x): x is string => !!x && x.length >= 3);
  if (!names.length) return [];
  const naming = a.sentences.filter((t) => t.index !== s.index && names.some((n) => containsPhrase(t.norm, n)));
  return a.quantities.filter((o) => o !== q && o.kind === q.kind && naming.some((t) => o.start >= t.start && o.end <= t.end));
}

/**
 * Whether ", and …" at `at` (relative to the sentence) adds a series' last item: a phrase of up to six words with no
 * verb, closed by a comma, after a comma earlier in the same clause ("leaders, hundreds of members of civil society,
 * and the business community, to discuss …").
 */
function lastItemBefore(s: Sentence, at: number): boolean {
  const m = s.norm.slice(at).match(/^,\s+and\s+((?:[^\s,;]+\s+){0,5}[^\s,;]+),/);
  if (!m || !/,[^,;]+$/.test(s.norm.slice(0, at))) return false;
  const from = s.start + at + m[0].indexOf(m[1]);
  const to = from + m[1].length;
  return !s.terms.some((t) => t.start >= from && t.end <= to && t.tags.has("Verb") && !t.tags.has("Adjective"));
}
