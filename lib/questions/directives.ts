/**
 * "Which official does the order direct to impose maximum economic pressure on the Government of Iran?"
 *
 * Orders, memoranda, proclamations and bills assign work to officials by office: "The NSPM directs the Secretary of the
 * Treasury to …", "It instructs the Secretary of Labor to …", "President Trump is directing the Attorney General to
 * …". Which office carries out what is a civics fact a teacher asks about (the executive branch's departments and
 * what each does), and the rest of the engine asks nothing of these sentences: an office is no named entity.
 *
 * The wrong answers are other heads of departments and agencies whose work is close to the answer's (the Secretary
 * of Commerce for the Treasury, the Secretary of the Interior for Energy), never one the sentence names, one whose
 * department the task itself names ("… use Department of Defense funds" gives the Secretary of Defense away), nor
 * one the article gives the same task elsewhere.
 */
import type { Analysis } from "./analysis";
import type { Sentence } from "./sentences";
import { resolveDocumentIt } from "./cloze";
import type { Candidate } from "./types";
import { departmentField } from "./civics-lexicon";
import { contentWords } from "./analysis";
import { commaInSeries, dropFurther, escapeRe, explainFromEvidence, stripConnector, wordCount } from "./util";

interface OfficeDef {
  /** as a choice prints it */
  title: string;
  /** other ways a text names the same office (the first match in a sentence is the one asked) */
  aliases: string[];
  /** the department or agency the office heads, as a choice prints it, and other names of it */
  dept: string;
  deptAliases: string[];
  /** the department's own name: a task that prints it gives the office away */
  names: RegExp;
  /** comparable offices, closest first: the wrong answers */
  near: string[];
}

const S = "Secretary of State";
const T = "Secretary of the Treasury";
const D = "Secretary of Defense";
const AG = "Attorney General";
const I = "Secretary of the Interior";
const AGR = "Secretary of Agriculture";
const C = "Secretary of Commerce";
const L = "Secretary of Labor";
const HHS = "Secretary of Health and Human Services";
const HUD = "Secretary of Housing and Urban Development";
const TR = "Secretary of Transportation";
const E = "Secretary of Energy";
const ED = "Secretary of Education";
const VA = "Secretary of Veterans Affairs";
const DHS = "Secretary of Homeland Security";
const USTR = "U.S. Trade Representative";
const EPA = "Administrator of the Environmental Protection Agency";
const OMB = "Director of the Office of Management and Budget";
const OPM = "Director of the Office of Personnel Management";
const SBA = "Administrator of the Small Business Administration";
const DNI = "Director of National Intelligence";
// Independent agencies and the agencies inside departments that readouts and fact sheets name as the actor
// ("The Consumer Financial Protection Bureau released a proposed rule …", "FEMA deployed …"): asked "Which agency …?",
// with other agencies of the same field as the wrong answers.
const FTC = "Chair of the Federal Trade Commission";
const SEC = "Chair of the Securities and Exchange Commission";
const FCC = "Chair of the Federal Communications Commission";
const CFPB = "Director of the Consumer Financial Protection Bureau";
const FEMA = "Administrator of the Federal Emergency Management Agency";
const FDA = "Commissioner of Food and Drugs";
const CDC = "Director of the Centers for Disease Control and Prevention";
const NIH = "Director of the National Institutes of Health";
const CMS = "Administrator of the Centers for Medicare and Medicaid Services";
const NASA = "Administrator of NASA";
const NSF = "Director of the National Science Foundation";
const USAID = "Administrator of the U.S. Agency for International Development";
const SSA = "Commissioner of Social Security";

export const DIRECTED_OFFICES: OfficeDef[] = [
  { title: S, aliases: [], dept: "Department of State", deptAliases: ["State Department"], names: /\b(?:State Department|Department of State)\b/, near: [T, D, C, DHS, AG] },
  { title: T, aliases: ["Treasury Secretary"], dept: "Department of the Treasury", deptAliases: ["Treasury Department"], names: /\bTreasury\b/, near: [C, S, USTR, L, OMB] },
  // "Secretary of War" is the same office since September 2025 (a secondary title of the Secretary of Defense).
  { title: D, aliases: ["Secretary of War", "Defense Secretary", "War Secretary"], dept: "Department of Defense", deptAliases: ["Department of War", "Defense Department", "War Department", "Pentagon"], names: /\b(?:Defense|Department of War|War Department|Pentagon)\b/, near: [DHS, S, VA, AG, E] },
  { title: AG, aliases: ["U.S. Attorney General"], dept: "Department of Justice", deptAliases: ["Justice Department", "DOJ"], names: /\b(?:Justice Department|Department of Justice|DOJ|Attorney General)\b/, near: [DHS, S, T, D] },
  { title: I, aliases: ["Interior Secretary"], dept: "Department of the Interior", deptAliases: ["Interior Department"], names: /\bInterior\b/, near: [AGR, E, EPA, TR] },
  { title: AGR, aliases: ["Agriculture Secretary"], dept: "Department of Agriculture", deptAliases: ["Agriculture Department", "USDA"], names: /\b(?:Agricultur\w*|USDA)\b/, near: [I, C, HHS, L] },
  { title: C, aliases: ["Commerce Secretary"], dept: "Department of Commerce", deptAliases: ["Commerce Department"], names: /\bCommerce\b/, near: [T, USTR, L, S] },
  { title: L, aliases: ["Labor Secretary"], dept: "Department of Labor", deptAliases: ["Labor Department"], names: /\b(?:Labou?r|DOL)\b/, near: [C, ED, HHS, T] },
  { title: HHS, aliases: ["HHS Secretary", "Health Secretary"], dept: "Department of Health and Human Services", deptAliases: ["HHS"], names: /\b(?:Health and Human Services|HHS)\b/, near: [ED, AGR, L, VA] },
  { title: HUD, aliases: ["HUD Secretary", "Housing Secretary"], dept: "Department of Housing and Urban Development", deptAliases: ["HUD"], names: /\b(?:Housing and Urban Development|HUD)\b/, near: [TR, HHS, L, T] },
  { title: TR, aliases: ["Transportation Secretary"], dept: "Department of Transportation", deptAliases: ["Transportation Department", "DOT"], names: /\b(?:Transportation|DOT)\b/, near: [E, I, C, DHS] },
  { title: E, aliases: ["Energy Secretary"], dept: "Department of Energy", deptAliases: ["Energy Department", "DOE"], names: /\b(?:Energy|DOE)\b/, near: [I, EPA, C, D] },
  { title: ED, aliases: ["Education Secretary"], dept: "Department of Education", deptAliases: ["Education Department"], names: /\bEducation\b/, near: [L, HHS, HUD, I] },
  { title: VA, aliases: ["VA Secretary"], dept: "Department of Veterans Affairs", deptAliases: [], names: /\b(?:Veterans|VA)\b/, near: [D, HHS, L, HUD] },
  { title: DHS, aliases: ["Homeland Security Secretary"], dept: "Department of Homeland Security", deptAliases: ["DHS", "Homeland Security Department"], names: /\b(?:Homeland Security|DHS)\b/, near: [AG, S, D, TR] },
  { title: USTR, aliases: ["United States Trade Representative", "Trade Representative"], dept: "Office of the U.S. Trade Representative", deptAliases: ["Office of the United States Trade Representative"], names: /\b(?:Trade Representative|USTR)\b/, near: [C, T, S, AGR] },
  { title: EPA, aliases: ["EPA Administrator", "Administrator of the EPA"], dept: "Environmental Protection Agency", deptAliases: ["EPA"], names: /\b(?:Environmental Protection|EPA)\b/, near: [I, E, AGR, TR] },
  { title: OMB, aliases: ["OMB Director", "Director of OMB", "Director of the OMB"], dept: "Office of Management and Budget", deptAliases: ["OMB"], names: /\b(?:Management and Budget|OMB)\b/, near: [T, OPM, C, L] },
  { title: OPM, aliases: ["OPM Director", "Director of OPM", "Director of the OPM"], dept: "Office of Personnel Management", deptAliases: ["OPM"], names: /\b(?:Personnel Management|OPM)\b/, near: [OMB, L, T, AG] },
  { title: SBA, aliases: ["SBA Administrator", "Administrator of the SBA"], dept: "Small Business Administration", deptAliases: ["SBA"], names: /\b(?:Small Business Administration|SBA)\b/, near: [C, T, L, AGR] },
  { title: DNI, aliases: [], dept: "Office of the Director of National Intelligence", deptAliases: ["ODNI"], names: /\b(?:National Intelligence|DNI)\b/, near: [D, DHS, AG, S] },
  { title: FTC, aliases: ["FTC Chair", "FTC Chairman", "FTC Chairwoman"], dept: "Federal Trade Commission", deptAliases: ["FTC"], names: /\b(?:Federal Trade Commission|FTC)\b/, near: [CFPB, SEC, FCC, SBA] },
  { title: SEC, aliases: ["SEC Chair", "SEC Chairman"], dept: "Securities and Exchange Commission", deptAliases: ["SEC"], names: /\b(?:Securities and Exchange Commission|SEC)\b/, near: [CFPB, FTC, FCC, SBA] },
  { title: FCC, aliases: ["FCC Chair", "FCC Chairman", "FCC Chairwoman"], dept: "Federal Communications Commission", deptAliases: ["FCC"], names: /\b(?:Federal Communications Commission|FCC)\b/, near: [FTC, SEC, CFPB, NSF] },
  { title: CFPB, aliases: ["CFPB Director"], dept: "Consumer Financial Protection Bureau", deptAliases: ["CFPB"], names: /\b(?:Consumer Financial Protection|CFPB)\b/, near: [FTC, SEC, FCC, SBA] },
  { title: FEMA, aliases: ["FEMA Administrator"], dept: "Federal Emergency Management Agency", deptAliases: ["FEMA"], names: /\b(?:Emergency Management|FEMA)\b/, near: [SBA, EPA, CDC, USAID] },
  { title: FDA, aliases: ["FDA Commissioner"], dept: "Food and Drug Administration", deptAliases: ["FDA", "U.S. Food and Drug Administration"], names: /\b(?:Food and Drug|FDA)\b/, near: [CDC, NIH, CMS, EPA] },
  { title: CDC, aliases: ["CDC Director"], dept: "Centers for Disease Control and Prevention", deptAliases: ["CDC"], names: /\b(?:Disease Control|CDC)\b/, near: [FDA, NIH, CMS, EPA] },
  { title: NIH, aliases: ["NIH Director"], dept: "National Institutes of Health", deptAliases: ["NIH"], names: /\b(?:National Institutes of Health|NIH)\b/, near: [CDC, FDA, NSF, CMS] },
  { title: CMS, aliases: ["CMS Administrator"], dept: "Centers for Medicare and Medicaid Services", deptAliases: ["Centers for Medicare & Medicaid Services", "CMS"], names: /\b(?:Medicare|Medicaid|CMS)\b/, near: [FDA, CDC, NIH, SSA] },
  { title: NASA, aliases: ["NASA Administrator"], dept: "National Aeronautics and Space Administration", deptAliases: ["NASA"], names: /\b(?:Aeronautics and Space|NASA)\b/, near: [NSF, NIH, EPA, FCC] },
  { title: NSF, aliases: ["NSF Director"], dept: "National Science Foundation", deptAliases: ["NSF"], names: /\b(?:National Science Foundation|NSF)\b/, near: [NIH, NASA, EPA, CDC] },
  { title: USAID, aliases: ["USAID Administrator"], dept: "U.S. Agency for International Development", deptAliases: ["USAID", "United States Agency for International Development"], names: /\b(?:International Development|USAID)\b/, near: [FEMA, CDC, SBA, EPA] },
  { title: SSA, aliases: ["Social Security Commissioner"], dept: "Social Security Administration", deptAliases: ["SSA"], names: /\b(?:Social Security|SSA)\b/, near: [CMS, SBA, OPM, FEMA] },
];

const BY_TITLE = new Map(DIRECTED_OFFICES.map((o) => [o.title, o]));
/** Every way of naming an office or its department, longest first, each to its office. */
const NAMES: [string, OfficeDef, boolean][] = DIRECTED_OFFICES.flatMap((o) => [
  ...[o.title, ...o.aliases].map((n) => [n, o, false] as [string, OfficeDef, boolean]),
  ...[o.dept, ...o.deptAliases].map((n) => [n, o, true] as [string, OfficeDef, boolean]),
]).sort((x, y) => y[0].length - x[0].length);
/** Every name of an office or department the table knows, longest first, as one alternation for a pattern. */
export const OFFICE_ALT = NAMES.map(([n]) => escapeRe(n)).join("|");
/** An office where it stands on its own: not "Secretary of Commerce and Trade", not "the Attorney General's office". */
const OFFICE_AT = new RegExp(String.raw`\b(?:${OFFICE_ALT})\b(?![''\u2019]s\b| (?:and|of|for) [A-Z])`, "g");

const VERBS = "directs|directed|instructs|instructed|tasks|tasked|orders|ordered|calls on|called on|charges|charged|authorizes|authorized";
const ING: Record<string, string> = { directing: "direct", instructing: "instruct", tasking: "task", ordering: "order", authorizing: "authorize", "calling on": "call on" };
const BASE: Record<string, string> = {
  directs: "direct", directed: "direct", instructs: "instruct", instructed: "instruct", tasks: "task", tasked: "task", orders: "order",
  ordered: "order", "calls on": "call on", "called on": "call on", charges: "charge", charged: "charge", authorizes: "authorize", authorized: "authorize",
};

/** What a fact sheet names the document by: "The Order", "This Executive Order", "The NSPM", "The bill". */
const DOCUMENT = String.raw`(?:The|This|the|this) (?:(?:new|presidential|Presidential|executive|Executive|proposed|final|bipartisan) )?(?:Executive Order|executive order|Order|order|Memorandum|memorandum|Proclamation|proclamation|NSPM|directive|Directive|bill|legislation|law|Act|action|E\.O\.)`;
const PRESIDENT = String.raw`President (?:Donald J\. |Joe |Joseph R\. |Barack |George W\. )?[A-Z][a-z]+|The President|the President`;

/** What may stand between the office and its task: "(EPA)", ", in consultation with …,", ", through the HHS Task Force …,". */
const SIDE = String.raw`(?: \([A-Z]{2,6}\))?(?<with>, (?:in (?:consultation|coordination|cooperation) with|through|acting through|working with) [^,]{3,120},)?`;

/** A time the stem leaves out: "In March, President Trump directed …", "On Day One, …", "Today, …". */
// "In Cambodia, CDC has invested …" is a place, which the task needs (set AJ's three raters: the stem "drops 'in
// Cambodia'"); "In" opens a time only before a year, a month, a season or a span ("In recent years", "In the past").
const MONTH_WORDS = "January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter|early|late|mid";
const WHEN = String.raw`(?:(?:In (?:(?:${MONTH_WORDS})\b[^,]{0,25}|\d{4}\b[^,]{0,25}|FY ?\d{4}[^,]{0,20}|(?:recent|the (?:past|last|coming|next|meantime|interim|first|second|third|fourth)|the (?:year|month|week|spring|summer|fall|winter)s?|addition|total|particular)\b[^,]{0,25})|(?:On|Since|Earlier|Last|This|Today|Yesterday)(?: [^,]{1,30})?), )?`;

const DIRECTIVE = new RegExp(
  String.raw`^${WHEN}(?<subj>${DOCUMENT}|${PRESIDENT}) (?:(?<aux>is|was|will|has|also|further|then|again) )?(?:(?:also|further) )?(?:authorizes and )?(?<verb>${VERBS}|directing|instructing|tasking|ordering|calling on|direct|instruct|task|order) (?:the )?(?<office>${OFFICE_ALT})${SIDE} to (?<vp>[a-z][^]*?)\.?$`,
);
/** "President Trump signed an Executive Order directing the Secretary of Commerce to …" */
const SIGNED = new RegExp(
  String.raw`^${WHEN}(?<who>${PRESIDENT}) (?:signed|issued) (?:an? |the )(?<doc>Executive Order|executive order|Presidential Memorandum|presidential memorandum|memorandum|Memorandum|Proclamation|proclamation|National Security Presidential Memorandum) (?<verb>directing|instructing|tasking|ordering|authorizing) (?:the )?(?<office>${OFFICE_ALT})${SIDE} to (?<vp>[a-z][^]*?)\.?$`,
);

/**
 * "The Department of Energy will prioritize …", "Last year, the EPA finalized …": the office or department is the
 * sentence's subject, and the question asks which one ("Which department will prioritize …?").
 */
const SUBJECT = new RegExp(String.raw`^${WHEN}(?:[Tt]he )?(?:U\.S\. |United States )?(?<office>${OFFICE_ALT})${SIDE} (?<vp>[a-z][^]*?)\.?$`, "d");

function officeOf(name: string): OfficeDef | undefined {
  return NAMES.find(([n]) => n === name)?.[1];
}
const isDept = (name: string) => NAMES.find(([n]) => n === name)?.[2] ?? false;

/** Every office a stretch of text names. */
function officesIn(text: string): Set<OfficeDef> {
  const out = new Set<OfficeDef>();
  for (const m of text.matchAll(OFFICE_AT)) {
    const o = officeOf(m[0]);
    if (o) out.add(o);
  }
  return out;
}

function docWord(subj: string): string {
  const w = subj.replace(/^(?:The|This|the|this)\s+/, "").replace(/^(?:new|presidential|Presidential|proposed|final|bipartisan)\s+/, "");
  if (/^NSPM$/.test(w)) return "the NSPM";
  // "This E.O. directs …": the order.
  if (/^E\.O\.$/.test(w)) return "the order";
  if (/^Act$/.test(w)) return "the act";
  return `the ${w.toLowerCase()}`;
}

/** "Which official does the order direct to …?" in the sentence's own tense. */
function stemFor(subj: string, aux: string | undefined, verb: string): string | null {
  const isDoc = new RegExp(`^${DOCUMENT}$`).test(subj);
  const who = isDoc ? docWord(subj) : subj.replace(/^The President$/, "the President");
  if (verb.endsWith("ing") || verb === "calling on") {
    const base = ING[verb];
    if (!base || !aux || !/^(?:is|was)$/.test(aux)) return null;
    return `Which official ${aux} ${who} ${verb}`;
  }
  if (aux === "will") return `Which official will ${who} ${BASE[verb] ?? verb}`;
  if (aux === "has") return null;
  const base = BASE[verb];
  if (!base) return null;
  return /ed$/.test(verb) || verb.startsWith("called") ? `Which official did ${who} ${base}` : `Which official does ${who} ${base}`;
}

/** Whether the office is the same as the answer (the Secretary of War is the Secretary of Defense). */
const same = (x: OfficeDef, y: OfficeDef) => x === y;

/** A reference the stem cannot carry: "the Secretary" with no department, "the Department's", "the agency". */
const BARE = /\b(?:the|its|their|his|her) (?:Secretary|Department|Administrator|Director|agency|Agency)\b(?! of\b)|\b(?:it|its|they|their|them|this|these|those|he|she|his|her|we|our|us)\b/i;

/** A clause opened and its subject named, with no verb yet: "… that the Inflation Reduction Act". */
const OPEN_SUBJECT = /\b(?:that|whether|how|why|because)\s+(?:the\s+)?(?:U\.S\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|on|the|to)\s+)*\p{Lu}[\p{L}.'’-]*)*$/u;

/** Longer stems are cut at a side part of the task, or not asked. */
const MAX_WORDS = 36;

/** A task every order gives someone: "to issue orders and regulations as needed for implementation". */
const ROUTINE = /\b(?:similarly|likewise|continue to (?:explore|work|monitor|assess|review|look)|(?:staff|personnel|responders|employees) (?:on the ground|deployed)|all (?:necessary|appropriate)(?: and (?:proper|appropriate))? (?:steps|actions|measures)|as (?:needed|necessary|appropriate) (?:for|to) implement\w*|for (?:its |the )?implementation|(?:ease|support|aid|facilitate|speed|guide|streamline) (?:its |the )?implementation$|to implement (?:this|the) (?:order|memorandum|proclamation|policy))\b|^(?:issue|take) (?:any )?(?:such )?(?:orders|regulations|guidance|actions?|steps)(?: and (?:orders|regulations|guidance|actions?))? (?:as|that)\b/i;

export function directiveQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  // The tasks each office is given in the article: another office given the same task is also a right answer.
  const tasks: { office: OfficeDef; words: Set<string>; sentence: number }[] = [];
  const found: { s: (typeof a.sentences)[number]; office: OfficeDef; dept: boolean; stem: string; vp: string; join?: string }[] = [];
  // Since September 2025 the Department of Defense is also the Department of War: the choices use the article's name.
  const war = /\b(?:Secretary|Department) of War\b/.test(a.norm);
  const titleOf = (o: OfficeDef, dept: boolean) =>
    dept ? (o.title === D && war ? "Department of War" : o.dept) : o.title === D && war ? "Secretary of War" : o.title;
  for (const s of a.usable) {
    const { text: stripped, cut } = stripConnector(s.norm);
    const text = resolveDocumentIt(a, s, stripped);
    const m = text.match(DIRECTIVE) ?? text.match(SIGNED);
    if (!m?.groups) {
      const sub = subjectOf(s, stripped, cut);
      if (sub) {
        tasks.push({ office: sub.office, words: new Set(contentWords(sub.vp)), sentence: s.index });
        found.push({ s, ...sub });
      }
      continue;
    }
    const g = m.groups;
    const office = officeOf(g.office);
    if (!office) continue;
    let stem = g.who ? `Which official did ${g.who}'s ${g.doc.toLowerCase().replace("national security presidential memorandum", "National Security Presidential Memorandum")} ${ING[g.verb]}` : stemFor(g.subj, g.aux, g.verb);
    if (!stem) continue;
    const dept = isDept(g.office);
    // "Which department does the order direct to …?" (an agency that is no department: "Which agency").
    if (dept) stem = stem.replace(/^Which official/, /^Department\b/.test(office.dept) ? "Which department" : "Which agency");
    const vp = g.vp.trim();
    tasks.push({ office, words: new Set(contentWords(vp)), sentence: s.index });
    found.push({ s, office, dept, stem, vp, join: " to " });
  }
  // The title, byline and dateline: everything before the first sentence asked about.
  const publisher = officesIn(a.text.slice(0, a.usable[0]?.start ?? 0));
  for (const f of found) {
    const { s, office } = f;
    let vp = dropFurther(f.vp);
    // "… technical assistance support and the Administration has been facilitating coordination …": a second clause
    // with its own subject is no part of the task (set L's raters: the question "runs on").
    const second = vp.search(/,?\s+(?:and|but|while)\s+(?:the\s+)?(?:(?:[A-Z][\w.'-]*\s+){1,4}|[a-z]+\s+)(?:has|have|had|is|are|was|were|will|would|can|could)\s/);
    // (Not a name of a subject still open: "has estimated that the Inflation Reduction Act and Bipartisan
    // Infrastructure Law will lead to …" is one clause, and cut there it asked "… has estimated that the Inflation
    // Reduction Act?", set BO.)
    if (second > 0 && !OPEN_SUBJECT.test(vp.slice(0, second))) vp = vp.slice(0, second).replace(/[\s,;:]+$/, "");
    // Nor a task that ends in a clause's subject: "… has estimated that the Inflation Reduction Act".
    if (OPEN_SUBJECT.test(vp)) continue;
    if (BARE.test(vp) || ROUTINE.test(vp)) continue;
    // The task names the answer's department: no question ("… can use Department of Defense funds").
    if (office.names.test(vp)) continue;
    // Nor its field: "Which department is deploying a 250-bed Federal medical shelter …?" is answered by "medical"
    // (set L's and set Q's raters), as the blank form already knew (cloze.ts).
    if (fieldOf(office)?.test(vp)) continue;
    const join = f.join ?? " ";
    let prompt = `${f.stem}${join}${vp}?`;
    // A long task ends at a side part, which keeps it true: "to establish TrumpIRA.gov, a new Federal platform …",
    // "to deploy additional personnel to the border, including members of …".
    if (wordCount(prompt) > MAX_WORDS) {
      const cuts = [...vp.matchAll(/,\s+(?=(?:including|such as|as well as|and to|while|which|who|where|a|an|the|consistent|ensuring|reducing|increasing|promoting|supporting|helping|making|providing|allowing|enabling|so)\b)|\s+[—–]\s*|\s+\((?=[a-z])/g)]
        .map((m) => m.index!)
        .filter((i) => wordCount(`${f.stem}${join}${vp.slice(0, i)}?`) <= MAX_WORDS && wordCount(vp.slice(0, i)) >= 5 && !commaInSeries(vp, i));
      // Not when the task ends in a scope that all of it has: "to establish procedures to provide educational
      // materials …, and to facilitate voter registration, for all eligible individuals in the custody of the
      // Federal Bureau of Prisons" (set K's raters: cut before it, the stem "loses the point of the action").
      if (!cuts.length || /,\s+(?:for|in|within|across|among|under|at) [^,]+$/.test(vp)) continue;
      vp = vp.slice(0, cuts[cuts.length - 1]).replace(/[\s,;:]+$/, "");
      prompt = `${f.stem}${join}${vp}?`;
    }
    if (wordCount(vp) < (f.join ? 3 : 5)) continue;
    // "… without additional legislation by clarifying, as appropriate?": a task cut before its verb's object (sets AF
    // and AG, twice).
    if (/(?:,\s*as (?:appropriate|needed|necessary|required)|\bby [a-z]+ing)$/.test(vp.trim())) continue;
    // Not an office the sentence names, nor one named beside it (two sentences either way): "Today's actions by the
    // Department of State and the Department of the Treasury …" then "The Department of State is designating …".
    const named = officesIn(a.sentences.slice(Math.max(0, s.index - 2), s.index + 3).map((x) => x.norm).join(" "));
    // The publisher's own department is no question: a State Department statement's "the Department of State is …".
    if (publisher.has(office)) continue;
    const mine = new Set(contentWords(f.vp));
    // The same task given in another sentence: its office is also a right answer, and a question on it would answer this one.
    const sameTask = tasks.filter((t) => t.sentence !== s.index && overlap(mine, t.words) >= 0.5);
    const parallel = (o: OfficeDef) => sameTask.some((t) => t.office === o);
    const wrong = office.near
      .map((t) => BY_TITLE.get(t)!)
      // "Which department …?" offers departments only (set K's rater: the Trade Representative's office is no department).
      .filter((o) => !f.dept || !/^Department\b/.test(office.dept) || /^Department\b/.test(o.dept))
      .filter((o) => !same(o, office) && !named.has(o) && !o.names.test(vp) && !parallel(o) && !fieldOf(o)?.test(vp))
      .slice(0, 3);
    if (wrong.length < 3) continue;
    // "The CFPB will monitor and investigate eviction practices …" beside "The FTC will be monitoring and investigating
    // eviction practices …": two questions would answer each other (set L), so the quiz asks one of them.
    const twins = [...new Set(sameTask.filter((t) => t.office !== office).map((t) => t.sentence))];
    const answer = titleOf(office, f.dept);
    out.push({
      type: "multiple_choice",
      prompt,
      choices: [answer, ...wrong.map((o) => titleOf(o, f.dept))],
      answer,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: explainFromEvidence(s.text),
      difficulty: 2,
      entities: [answer],
      facts: [s.index, ...twins],
      base: 0.62,
      answerKey: `office:${office.title}`,
    });
  }
  return out;
}

const PRESENT_S = /^(?:funds|awards|issues|leads|oversees|administers|collects|manages|runs|operates|enforces|regulates|protects|provides|supports|announces|releases|launches|invests|requires|proposes|plans|expects|estimates|reports|works|continues|maintains|conducts|offers|serves|helps|coordinates|ensures|approves|designates|sanctions|imposes|intends|seeks|tracks|monitors|reviews|certifies|recommends|sets|publishes|grants|establishes)$/;

/** The office the sentence is about and what it says the office does, when its verb follows the office at once. */
function subjectOf(s: Sentence, stripped: string, cut: number): { office: OfficeDef; dept: boolean; stem: string; vp: string } | null {
  const m = SUBJECT.exec(stripped);
  if (!m?.groups || !m.indices?.groups?.vp) return null;
  const office = officeOf(m.groups.office);
  if (!office) return null;
  // The word after the office must be its verb (compromise's tags): not "the Department of Energy programs help …".
  const at = s.start + cut + m.indices.groups.vp[0];
  const term = s.terms.find((t) => t.start === at);
  if (!term || !(term.tags.has("Verb") || term.tags.has("Modal") || term.tags.has("Auxiliary"))) return null;
  // A present tense in -s may be a plural noun ("the Department of Energy programs help …"): only the verbs a department
  // is the subject of.
  if (/^[a-z]+s$/.test(term.text) && !/^(?:is|has|was|does)$/.test(term.text) && !PRESENT_S.test(term.text)) return null;
  // Not what it said (a quotation's speaker is asked elsewhere), nor "is to provide …" (a plan, not an act).
  if (/^(?:said|says|told|added|noted|stated|explained)\b|^(?:is|was|are|were) to\b/.test(m.groups.vp)) return null;
  const dept = isDept(m.groups.office);
  // "The Centers for Disease Control and Prevention estimate …": a plural name's verb, singular after "Which agency".
  let vp0 = m.groups.vp;
  if (/^(?:Centers|National Institutes)\b/.test(m.groups.office)) {
    const first = vp0.split(" ")[0];
    const singular = ({ have: "has", are: "is", were: "was" } as Record<string, string>)[first];
    if (singular) vp0 = singular + vp0.slice(first.length);
    else if (!/^(?:will|would|can|could|may|might|must|should|shall|did|also|further|then|recently|today|[a-z]+(?:ed|s))$/.test(first)) return null;
  }
  const stem = dept ? (/^Department\b/.test(office.dept) ? "Which department" : "Which agency") : "Which official";
  // "also" refers to the sentence before: "Which department is also exploring …" reads as half of a pair.
  const vp = vp0.trim().replace(/^((?:will|shall|is|are|was|were|has|have|had|may|can|must) )?(?:also|further|additionally) /, "$1");
  return { office, dept, stem, vp };
}

function overlap(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.min(x.size, y.size);
}

/** The words that name an office's field, for a department that has one ("medical" for Health and Human Services). */
const fieldOf = (o: OfficeDef): RegExp | undefined => departmentField(o.dept);

/**
 * An office or department as the text names it ("the Treasury Secretary", "the State Department"), with the comparable
 * offices or departments that are its wrong answers, each in the answer's form ("Commerce Secretary" beside "Treasury
 * Secretary" where the office has such a name, its title where it has none); undefined for a name the table does not
 * know, and for an acronym ("DHS"), which the evidence would not spell as the choice does.
 */
export function officeChoices(name: string): { answer: string; wrong: string[] } | undefined {
  const o = officeOf(name);
  if (!o || /^[A-Z]{2,6}$/.test(name)) return undefined;
  const dept = isDept(name);
  const near = o.near.map((t) => BY_TITLE.get(t)!).filter((x) => !dept || !/^Department\b/.test(o.dept) || /^Department\b/.test(x.dept));
  // The answer's form: "<Field> Secretary", "<Field> Department", or the table's own.
  const suffix = / (Secretary|Department)$/.exec(name)?.[1];
  const inForm = (x: OfficeDef) => {
    const names = dept ? [x.dept, ...x.deptAliases] : [x.title, ...x.aliases];
    return (suffix && names.find((n) => new RegExp(`^[A-Z][a-z]+ ${suffix}$`).test(n))) || (dept ? x.dept : x.title);
  };
  return { answer: name, wrong: near.map(inForm) };
}
