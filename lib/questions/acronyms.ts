/**
 * Acronyms a stem must spell out. An article defines "the Conservation Reserve Program (CRP)" once and writes "CRP"
 * after that; a question lifted from a later sentence ("CRP outlays are approximately _____ annually, according to
 * CBO.") reaches a student without the definition. Set D's raters rejected five questions for it ("USGS", "EAC",
 * "FDI", "CRP", "CBO"): a teacher would spell the acronym out at its first use in the stem, as the article did.
 *
 * Where an acronym comes from, first found first:
 * 1. the article's own definition, "Long Form (ACR)" (or "Long Form(ACR)"), whose words' initials spell the acronym;
 * 2. the knowledge base's bodies named by an all-capital alias ("FEMA", "DHS");
 * 3. a few terms of economics and policy civics texts use undefined ("FDI", "GDP").
 * Acronyms every student reads as words (U.S., UN, NATO, FBI, …) are left as they are, and so is anything inside
 * quotation marks: a quotation is printed as it was said.
 */
import { getKb } from "./kb";

/** Read as words by any student: never spelled out. */
const WELL_KNOWN = new Set(
  "US USA UK UN EU NATO FBI CIA NASA DC TV AI COVID AIDS HIV OK ID PM AM CEO GPS DNA ISIS".split(" "),
);

/**
 * Terms civics texts use without defining them. A body the knowledge base has under an acronym alias ("CBO", "GAO",
 * "WTO", "IMF") is spelled out from there (kb/curated/orgs.ts), not here. USTR and USGS stay here: as knowledge-base
 * organisations they would also become entities the engine asks about ("the Commerce Secretary and the _____"), not
 * only long forms.
 */
const TERMS: Record<string, string> = {
  FDI: "foreign direct investment",
  GDP: "gross domestic product",
  LNG: "liquefied natural gas",
  USTR: "U.S. Trade Representative",
  USGS: "U.S. Geological Survey",
  NDAA: "National Defense Authorization Act",
  FY: "fiscal year",
  PRC: "People's Republic of China",
  // The Biden-era fact sheets' laws, used for years without their names ("established by BIL", "funds in ARP"; set W).
  BIL: "Bipartisan Infrastructure Law",
  ARP: "American Rescue Plan",
};

/** Words an acronym's initials skip ("Department of the Interior" is DOI, "Food and Drug Administration" FDA). */
const SKIPPED = new Set(["of", "and", "the", "for", "on", "to", "in", "&", "a", "an"]);

function initials(words: string[], keepSmall: boolean): string {
  let out = "";
  for (const w of words) {
    if (!keepSmall && SKIPPED.has(w.toLowerCase())) continue;
    // "U.S." gives U and S; "Anti-Ballistic" gives A and B.
    if (/^(?:[A-Z]\.){2,}$/.test(w)) out += w.replace(/\./g, "");
    else for (const part of w.split("-")) if (part) out += part[0];
  }
  return out.toUpperCase();
}

/** The shortest run of words ending at the parenthesis whose initials spell `acr`, or undefined. */
function longFormBefore(before: string, acr: string): string | undefined {
  const words = before.trim().split(/\s+/).slice(-(acr.length + 6));
  const target = acr.replace(/s$/, "").toUpperCase();
  // Small words count for a letter only when no run spells the acronym without them: "Asian American and Pacific
  // Islander (AAPI)", not "American and Pacific Islander" (set BC's raters: "drops Asian").
  const spells = (run: string[], keepSmall: boolean) =>
    keepSmall ? initials(run, true) === target : initials(run, false) === target || initials(run.map((w) => w.replace(/-[a-z][\w-]*/g, "")), false) === target;
  const lengths = Array.from({ length: words.length }, (_, i) => i + 1);
  for (const [n, keepSmall] of [...lengths.map((n) => [n, false] as const), ...lengths.map((n) => [n, true] as const)]) {
    const run = words.slice(words.length - n);
    if (SKIPPED.has(run[0].toLowerCase()) || !/^[A-Za-z]/.test(run[0])) continue;
    // ("Grid-interactive Efficient Buildings (GEB)": a hyphen's lowercase half adds no letter, set AZ.)
    if (spells(run, keepSmall)) {
      // "Department of Health and Human Services (HHS)": the initials skip the department's own word, the name keeps it
      // (not "Health and Human Services (HHS) awarded …", set L's raters).
      const head = words.slice(0, words.length - n).join(" ").match(/(?:^|\s)((?:U\.S\.\s+)?(?:Department|Office|Bureau|Ministry|Secretary) of(?: the)?)$/)?.[1];
      return `${head ? `${head} ` : ""}${run.join(" ")}`.replace(/[,;:]$/, "");
    }
  }
  return undefined;
}

const DEFINITION = /([^()\n]{3,160}?)\s?\(((?:[A-Z]\.?){2,6}s?)\)/g;

/** The article's own definitions, "Long Form (ACR)": acronym → long form. */
export function articleAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) {
    const acr = m[2].replace(/\./g, "");
    if (out.has(acr) || WELL_KNOWN.has(acr)) continue;
    const long = longFormBefore(m[1], acr);
    // "The U.S. Election Assistance Commission (EAC)" at a sentence start: the stem has its own "the".
    // "the National Oceanic and Atmospheric Administration's (NOAA) …": the name without the possessive.
    if (long) out.set(acr, long.replace(/^The\s+/, "").replace(/['’]s$/, ""));
  }
  // "the Inflation Reduction Act" in one sentence and "IRA funding" in another, never "(IRA)": a run of capitalised
  // words the article prints whose initials spell the acronym (set AJ's raters: "IRA" read as a retirement account).
  // A body the knowledge base or the terms list knows keeps its full name from there ("Centers for Disease Control and
  // Prevention", not the article's shorter "Centers for Disease Control"). A three-letter acronym only for the name of a
  // body, a law or a plan ("Inflation Reduction Act"): "Community Health Workforce" in a title is no long form of "CHW"
  // (community health worker).
  const used = new Set([...text.matchAll(/\b([A-Z]{3,6})\b/g)].map((m) => m[1]).filter((x) => !out.has(x) && !WELL_KNOWN.has(x) && !knowledgeBaseAcronyms().has(x) && !TERMS[x]));
  if (used.size) {
    for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s+(?:(?:of|and|the|for|on)\s+)?[A-Z][a-z]+)+/g)) {
      const words = m[0].split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        for (let j = words.length; j > i + 1; j--) {
          const run = words.slice(i, j);
          if (SKIPPED.has(run[0].toLowerCase()) || SKIPPED.has(run[run.length - 1].toLowerCase())) continue;
          const acr = initials(run, false);
          if (used.has(acr) && !out.has(acr) && (acr.length >= 4 || BODY_NOUN.test(run.join(" ")))) out.set(acr, run.join(" "));
        }
      }
    }
  }
  return out;
}

/** A body's name takes "the": "according to the Congressional Budget Office", not "according to Congressional Budget Office". */
const BODY_NOUN =
  /\b(?:Office|Survey|Program|Programme|Commission|Agency|Act|Administration|Department|Service|Bureau|Board|Council|Committee|Court|Organization|Fund|Bank|Corporation|Representative|Authority|Institute|Institutes|Forum|Alliance|Union|Agreement|Treaty|Initiative|Plan|Law|System|Reserve|Foundation|Centers?|Group|Assembly|Conference|Partnership|Force|Guard|Corps|Command|Mission|Panel|Caucus|Network|Nations|States)$/;

/**
 * "Office of Personnel Management", "Department of Energy": a body named by what it is of takes "the" too when it opens
 * the stem ("The Office of Personnel Management (OPM) estimates …"; set J). Inside a sentence it may be a modifier
 * ("designate DOE sites"), which takes none.
 */
const BODY_OF = /^(?:U\.S\.\s+)?(?:Office|Department|Bureau|Board|Council|Committee|Court|Agency|Commission|Institute|Institutes|Administration|Ministry|Library|Centers?|Corporation|Organization) (?:of|for)\b/;

/**
 * What follows an acronym used as a noun of its own ("to support CDC in developing …", "through USAID", "and HHS
 * awarded …"), not as a modifier ("designate DOE sites"): the end, a mark, a preposition or conjunction, an auxiliary,
 * or a verb in the past.
 */
const DETERMINER = "(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|no)";

const HEAD_AFTER = /^(?:$|[,.;:!?)—–]|\s+(?:in|on|at|to|for|with|by|from|and|or|as|that|which|who|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|also|through|under|into|about|after|before|during|since)\b|\s+[a-z]+ed\b)/;

/**
 * How the acronym at [at, end) is written out: "Conservation Reserve Program (CRP)", with "the" before a body's name
 * that has no determiner ("If authority expires, the Conservation Reserve Program (CRP) can …"), a term in lower case
 * ("foreign direct investment", also where the article's definition opened a sentence), a possessive as "…'s", and no
 * second parenthesis where one follows ("gross domestic product (real debt)").
 */
function spelled(prompt: string, at: number, end: number, acr: string, long: string, suffix: string | undefined): string {
  const words = long.split(/\s+/);
  const term = words.slice(1).some((w) => /^[a-z]/.test(w) && !SKIPPED.has(w));
  let name = term ? long[0].toLowerCase() + long.slice(1) : long;
  const before = prompt.slice(0, at);
  // "a $698 million MCC Compact": a figure between the determiner and the name (a 2022 fact sheet: "a $698 million the
  // Millennium Challenge Corporation (MCC) Compact").
  // So is a run of capitalised words between them: "the House Republican IRA repeal bill" (set AS: "the House
  // Republican the Inflation Reduction Act (IRA) repeal bill").
  const determined =
    new RegExp(String.raw`(?:\b${DETERMINER}|'s|s')\s+(?:[\w.-]+\s+|\$?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s+)?$`, "i").test(before) ||
    /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose)\s+(?:[A-Z][\w.-]*\s+){2,3}$/.test(before);
  // "the unprecedented and open-ended COI": a determiner before its adjectives.
  const describedBefore = new RegExp(String.raw`\b${DETERMINER}\s+(?:(?:and|or|new|[a-z-]+(?:ed|al|ive|ic|ous|ful|ent|ant|ary|ble))\s+){1,4}$`).test(before);
  // A possessive is the head of its own phrase: "visit the Department of Health and Human Services's website".
  const head = !describedBefore && (!before.trim() || /,\s+$/.test(before) || suffix === "'s" || HEAD_AFTER.test(prompt.slice(end)));
  // A name that modifies the noun after it takes no "the" of its own: "in ARP funding", "of total HEERF dollars", "a
  // $698 million MCC Compact", "ARP ESSER funds" (a 2022 fact sheet: "in the American Rescue Plan (ARP) funding").
  // At a clause's start it keeps one ("The Federal Emergency Management Agency (FEMA) Disaster Survivor Assistance
  // teams are deploying …"), which also keeps its first word from being read as the sentence's.
  const modifier = !suffix && before.trim() !== "" && !/,\s+$/.test(before) && /^\s+(?:[A-Z]|(?:funding|funds|dollars|money|grants?|investments?|resources|allocations?|awards?|recipients)\b)/.test(prompt.slice(end));
  if (!term && ((BODY_NOUN.test(long) && !modifier) || (BODY_OF.test(long) && head)) && !determined && !/\bU\.S\.\s+$/.test(before)) name = `the ${name}`;
  // A sentence's start, not "U.S. FDI".
  if (/^\s*$|[!?:]\s+$|[a-z\d)"]\.\s+$|(?:^|\s)"$/.test(before)) name = name[0].toUpperCase() + name.slice(1);
  if (suffix === "'s") return `${name}'s`;
  if (/^\s*\(/.test(prompt.slice(end))) return name;
  return suffix === "s" ? `${name} (${acr}s)` : `${name} (${acr})`;
}

let kbAcronyms: Map<string, string> | undefined;
function knowledgeBaseAcronyms(): Map<string, string> {
  if (kbAcronyms) return kbAcronyms;
  const out = new Map<string, string>();
  for (const o of getKb().allOrgs()) {
    for (const alias of o.aliases) {
      if (/^[A-Z]{2,6}$/.test(alias) && !out.has(alias)) out.set(alias, o.name);
    }
  }
  return (kbAcronyms = out);
}

function longFormOf(acr: string, article: Map<string, string>): string | undefined {
  if (WELL_KNOWN.has(acr)) return undefined;
  return article.get(acr) ?? knowledgeBaseAcronyms().get(acr) ?? TERMS[acr];
}

const ACRONYM = /\b([A-Z]{2,6})('s|’s|s)?\b(?![-.]\w)/g;

/**
 * The stem with each acronym spelled out at its first use: "Conservation Reserve Program (CRP) outlays …", and "the
 * Conservation Reserve Program's" for a possessive. Acronyms inside quotation marks, already spelled out, or whose long
 * form would print the question's answer are left alone.
 */
export function spellOutAcronyms(prompt: string, article: Map<string, string>, answer = ""): string {
  const quoted: [number, number][] = [];
  for (const m of prompt.matchAll(/"[^"]*"|“[^”]*”/g)) quoted.push([m.index, m.index + m[0].length]);
  const inQuote = (i: number) => quoted.some(([a, b]) => i >= a && i < b);
  const done = new Set<string>();
  const edits: { at: number; len: number; text: string }[] = [];
  for (const m of prompt.matchAll(ACRONYM)) {
    const acr = m[1];
    if (done.has(acr) || inQuote(m.index)) continue;
    done.add(acr);
    const long = longFormOf(acr, article);
    if (!long) continue;
    // Already defined in the stem, or the acronym is itself a definition ("… Program (CRP)").
    if (prompt.toLowerCase().includes(long.toLowerCase()) || prompt[m.index - 1] === "(") continue;
    // "the U.S.-ASEAN Strategic Partnership": one half of a hyphenated name, which a long form would break ("the
    // U.S.-the Association of Southeast Asian Nations (ASEAN) Strategic Partnership", set W's rater).
    if (/[-–]$/.test(prompt.slice(0, m.index)) || /^[-–]\w/.test(prompt.slice(m.index + m[0].length))) continue;
    if (answer && (long.toLowerCase().includes(answer.toLowerCase()) || answer.toLowerCase().includes(long.toLowerCase()))) continue;
    const text = spelled(prompt, m.index, m.index + m[0].length, acr, long, m[2] === "’s" ? "'s" : m[2]);
    // "An HHS notice" is "A Department of Health and Human Services (HHS) notice": the article goes with the new word.
    const art = prompt.slice(0, m.index).match(/\b(an?|An?)\s+$/);
    if (art) {
      const an = /^[aeiou]/i.test(text) ? "an" : "a";
      const fixed = /^A/.test(art[1]) ? an[0].toUpperCase() + an.slice(1) : an;
      edits.push({ at: m.index - art[0].length, len: art[0].length + m[0].length, text: `${fixed} ${text}` });
    } else edits.push({ at: m.index, len: m[0].length, text });
  }
  let out = prompt;
  for (const e of edits.reverse()) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.len);
  return out;
}

