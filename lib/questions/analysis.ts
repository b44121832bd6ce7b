import { articleAcronyms } from "./acronyms";
import { TITLES_BEFORE_NAME } from "./civics-lexicon";
import { normalizeForMatch } from "./clean";
import { extractEntities, resolveTitledFamilyNames, type EntityIndex } from "./entities";
import { findQuantities, type Quantity } from "./numbers";
import { splitSentences, type Sentence } from "./sentences";
import { articleYear, yearFromPeople } from "./world";
import { personEras, sentenceEras, type Eras } from "./era";
import { bylines, issuer, textAuthor, type Author } from "./author";

export const STOPWORDS = new Set(
  ("a an the and or but nor so yet for of to in on at by with from as into onto upon about above below over under " +
    "between among through during before after since until than then that this these those there here it its it's " +
    "he she they we you i me him her them us my your his their our who whom whose which what when where why how " +
    "is are was were be been being am do does did done have has had having will would shall should can could may " +
    "might must not no nor only also very too just more most less least much many some any each every all both " +
    "either neither such same other another own if whether because while although though unless however thus " +
    "hence therefore even still already ever never again once").split(" "),
);

export interface Analysis {
  text: string;
  norm: string;
  sentences: Sentence[];
  usable: Sentence[];
  ents: EntityIndex;
  quantities: Quantity[];
  /** content-word frequencies, lowercased */
  freq: Map<string, number>;
  /** 0..1 per sentence: how much of the article's main vocabulary it carries */
  centrality: number[];
  /** 0..1 per canonical entity */
  importance: Map<string, number>;
  words: number;
  /** the article's title (its first line when that is a heading, else the start of its first sentence) */
  title: string;
  /** the year the article was written in or is about, when it says */
  year?: number;
  /** each sentence's era (era.ts) */
  eras: Eras;
  /** the eras of the sentences that name each person */
  personEras: Map<string, Set<number>>;
  /** who is speaking, when the whole text is one person's speech or essay (author.ts) */
  author?: Author;
  /** the government the text's "we" is, when it is a State Department release ("The United States"; author.ts issuer) */
  issuer?: string;
  /**
   * how many full sentences the text has, whoever speaks them: what the too-short rule counts, so a transcript whose
   * turns are mostly other speakers' is read (and may give few questions) rather than refused
   */
  fullSentences: number;
  /** each sentence's speaker label, when it opens with one (speakerLabels) */
  labels: (string | undefined)[];
  /** the acronyms the article defines, "Long Form (ACR)": acronym → long form (acronyms.ts) */
  acronyms: Map<string, string>;
}

export function articleTitle(text: string, sentences: { text: string; usable: boolean }[]): string {
  const firstLine = text.split("\n").find((l) => l.trim())?.trim() ?? "";
  const words = firstLine.split(/\s+/).filter(Boolean);
  if (firstLine && words.length <= 40 && !/[.!?]["'”’)]*$/.test(firstLine)) return firstLine;
  const first = sentences.find((s) => s.usable)?.text ?? firstLine;
  const fw = first.split(/\s+/).filter(Boolean);
  return fw.length <= 8 ? first : fw.slice(0, 8).join(" ").replace(/[,;:]$/, "") + "…";
}

export function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** A speaker's label that opens a turn: "SECRETARY BLINKEN: …", "MS. JEAN-PIERRE: …", a briefing's or an FAQ's "Q: …", "A: …". */
export const TURN_LABEL = /^(Q|A|\p{Lu}[\p{Lu}.'’ -]{0,40}[\p{Lu}.]):\s/u;
/** Labels of whoever asks in an interview or a briefing. */
export const ASKER = /^(?:QUESTION|Q|MODERATOR|INTERVIEWER|HOST|PARTICIPANT|AUDIENCE MEMBER|REPORTER)$/;
/** Labels of the room ("AUDIENCE: Four more years!"): never a named speaker, never the text's own words. */
export const ROOM = /^(?:PARTICIPANTS?|AUDIENCE(?: MEMBERS?)?|CROWD|STAFF)$/;

/**
 * A fact sheet's lead-in in capitals ("STOPPING INVASIVE CARP: Today, the President signed …", "THE PROBLEM: …",
 * "BACKGROUND: …"): a section's topic, not a speaker. Read as speakers, two of them made a fact sheet "a transcript
 * that speaks for nobody" and left out every sentence after its first lead-in.
 */
export function isLeadIn(label: string): boolean {
  const first = label.split(/\s+/)[0].replace(/\.$/, "");
  const title = first[0] + first.slice(1).toLowerCase();
  if (/^\p{Lu}{3,}ING$/u.test(first) && !TITLES_BEFORE_NAME.has(title) && title !== "Ranking") return true;
  if (/^(?:A|AN)\s/.test(label)) return true;
  if (/^THE\s/.test(label) && !/^THE (?:VICE |FIRST |SECOND )?(?:PRESIDENT|LADY|GENTLEMAN|SPEAKER|CHAIR(?:MAN|WOMAN)?|SECRETARY|MODERATOR|OPERATOR|CLERK)$/.test(label)) return true;
  // A clause, not a name ("PRESIDENT TRUMP KEEPS HIS PROMISES", "EQUAL OPPORTUNITY FOR WOMEN AND GIRLS"); "OF" is a
  // title's ("SECRETARY OF STATE BLINKEN").
  if (/\b(?:FOR|TO|AND|OR|HIS|HER|ITS|OUR|THEIR|IS|ARE|WAS|WERE|BE|IN|ON|WITH|AT|BY|FROM|NOT|NEVER)\b/.test(label)) return true;
  return /^(?:BACKGROUND|CONTEXT|NOTE|EDITOR'?S NOTE|UPDATE|SUMMARY|FACT SHEET|KEY (?:FACTS|POINTS|TAKEAWAYS)|WHY|WHAT|HOW|WHEN|WHERE|NEW|MORE)$/.test(label);
}

/** A label that names someone by a title or a role ("FOREIGN MINISTER LAPID", "MS. JEAN-PIERRE", "THE PRESIDENT", "Q"). */
function titledLabel(label: string): boolean {
  if (ASKER.test(label) || ROOM.test(label)) return true;
  return label.split(/[\s-]+/).some((w) => {
    const bare = w.replace(/\.$/, "");
    return bare.length > 0 && TITLES_BEFORE_NAME.has(bare[0] + bare.slice(1).toLowerCase());
  });
}

/**
 * Each sentence's speaker label, when it opens with one ("SECRETARY BLINKEN" of "SECRETARY BLINKEN: …"). A text whose
 * labels name no one by a title or role has none: "TARIFFS WORK:" and "CHINESE ACTIONS:" are a fact sheet's topics.
 */
export function speakerLabels(sentences: Sentence[]): (string | undefined)[] {
  const labels = sentences.map((s) => {
    const label = s.norm.match(TURN_LABEL)?.[1]?.trim();
    return label && !isLeadIn(label) ? label : undefined;
  });
  return labels.some((l) => l && titledLabel(l)) ? labels : labels.map(() => undefined);
}

/**
 * An interview's transcript ("QUESTION: … SECRETARY BLINKEN: …"): the interviewer's turns are not the text's facts
 * nor its speaker's words (set F: a question put to the Secretary was framed as his words). In a text with at least
 * three "QUESTION:" (or "Q:", "MODERATOR:") turns, every sentence from such a label to the next speaker's label is
 * left out of the questions.
 */
export function interviewerTurns(sentences: Sentence[], labels: (string | undefined)[] = speakerLabels(sentences)): void {
  const asks = labels.filter((l) => l && ASKER.test(l)).length;
  // A joint press availability ("SECRETARY BLINKEN: …", "FOREIGN MINISTER ÇAVUŞOĞLU: …", "AMBASSADOR AUBIN: …"):
  // only the turns of the person the byline names are theirs (set F's raters: three quotes of other speakers framed
  // as the Secretary's). Other speakers' turns are left out, as an interviewer's are.
  const speakers = new Set(labels.filter((l): l is string => !!l && !ASKER.test(l) && !ROOM.test(l)));
  const room = labels.some((l) => l && ROOM.test(l));
  // The White House prints no byline: "Remarks by Vice President Harris and Governor Josh Shapiro" speaks as "THE VICE
  // PRESIDENT:" or "VICE PRESIDENT HARRIS:" (set I: the Governor's "We've been friends for 20 years" was framed as the
  // Vice President's).
  const office = sentences[0]?.text.match(/^Remarks (?:as Prepared for Delivery )?by (?:the )?(Vice President|President)(?: ([A-Z][a-z'’-]+))?/);
  const principal = bylines(sentences)[0]?.name.split(" ").pop()!.toUpperCase();
  const isPrincipal = (l: string) => {
    const u = l.toUpperCase();
    if (principal) return u.includes(principal);
    if (!office) return false;
    return u === `THE ${office[1].toUpperCase()}` || (!!office[2] && u.endsWith(` ${office[2].toUpperCase()}`) && u.includes(office[1].toUpperCase()));
  };
  const joint = speakers.size >= 2 && [...speakers].some(isPrincipal);
  // Two or more speakers and no one the text speaks for: nobody's turns are the text's own words.
  const nobody = speakers.size >= 2 && !joint;
  if (asks < 3 && !joint && !nobody && !room) return;
  const drop: number[] = [];
  let out = false;
  for (let i = 0; i < sentences.length; i++) {
    const label = labels[i];
    if (label) out = ASKER.test(label) || ROOM.test(label) || nobody || (joint && !isPrincipal(label));
    if (out && sentences[i].usable) drop.push(i);
  }
  for (const i of drop) sentences[i].usable = false;
}

export function analyze(text: string): Analysis {
  const norm = normalizeForMatch(text);
  const sentences = splitSentences(text);
  const labels = speakerLabels(sentences);
  const fullSentences = sentences.filter((s) => s.usable).length;
  interviewerTurns(sentences, labels);
  const usable = sentences.filter((s) => s.usable);
  const ents = extractEntities(sentences);
  const writtenIn = articleYear(text);
  resolveTitledFamilyNames(ents, sentences, writtenIn);
  const freq = new Map<string, number>();
  for (const s of usable) for (const w of contentWords(s.norm)) freq.set(w, (freq.get(w) ?? 0) + 1);
  const quantities: Quantity[] = [];
  for (const s of usable) quantities.push(...findQuantities(s.norm, s.start));
  const maxEnt = Math.max(1, ...ents.count.values());
  const importance = new Map<string, number>();
  for (const [k, v] of ents.count) importance.set(k, Math.min(1, 0.25 + (0.75 * v) / maxEnt));
  const centralityRaw = sentences.map((s) => {
    if (!s.usable) return 0;
    const ws = contentWords(s.norm);
    if (!ws.length) return 0;
    let sum = 0;
    for (const w of ws) sum += Math.log(1 + (freq.get(w) ?? 0));
    let ent = 0;
    for (const m of ents.bySentence[s.index]) ent = Math.max(ent, importance.get(m.canonical) ?? 0);
    return sum / Math.sqrt(ws.length) + 2 * ent;
  });
  const maxC = Math.max(1e-9, ...centralityRaw);
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  const title = articleTitle(text, sentences);
  const eras = sentenceEras(sentences);
  const a: Analysis = {
    text, norm, sentences, usable, ents, quantities, freq, centrality: centralityRaw.map((c) => c / maxC), importance, words,
    title: title.replace(/…$/, ""),
    year: writtenIn ?? yearFromPeople([...ents.persons.keys()]),
    eras,
    personEras: personEras({ ents, eras }),
    author: textAuthor(title, usable, sentences, labels),
    labels,
    fullSentences,
    acronyms: articleAcronyms(text),
  };
  a.issuer = issuer(a);
  return a;
}
