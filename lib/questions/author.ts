/**
 * The author of a speech, an address or an essay written in the first person: the whole text is what they said or
 * wrote. Its claims are theirs ("the racial wealth gap is the lowest it's been in 20 years" is Biden's claim, not a
 * fact the article proves), and its "we" and "our" are theirs, so questions frame its sentences as their words:
 * `President Biden said: "The racial wealth gap is the lowest it's been in _____."`
 */
import { speakerLabels, type Analysis } from "./analysis";
import type { Sentence } from "./sentences";
import { kbPerson } from "./world";
import { escapeRe, familyName } from "./util";

export interface Author {
  /** as the title names them: "President Franklin D. Roosevelt", "James Madison" */
  name: string;
  /** "said" for a speech, an address, remarks or an interview; "wrote" for an essay, a paper or a letter */
  verb: "said" | "wrote";
}

/** I/we/our outside a quote ("US" the country is not "us"); gates.ts uses it too. */
export const FIRST_PERSON = /\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b/;

/** The share of a text's sentences in the first person outside quotation marks. */
export function firstPersonShare(usable: Sentence[]): number {
  if (!usable.length) return 0;
  return usable.filter((s) => FIRST_PERSON.test(s.norm.replace(/"[^"]*"/g, ""))).length / usable.length;
}

/** A text is one person's words when a quarter of its sentences say "I" or "we" and its title names who. */
export const FIRST_PERSON_SHARE = 0.25;

/** An essay argues more than it says "I": one sentence in ten will do when the title names a known writer. */
export const ESSAY_FIRST_PERSON_SHARE = 0.1;

/**
 * A letter signed at its end ("Sincerely," then "Donald J. Trump") whose title says whose office wrote it ("Text of
 * a Letter from the President to the Speaker …"): "President Donald J. Trump".
 */
export function letterSigner(title: string, sentences: Sentence[]): string | undefined {
  if (!/\bletter\b/i.test(title)) return undefined;
  const lines = sentences.filter((s) => !s.usable).map((s) => s.text.trim());
  const k = lines.findIndex((l) => /^(?:Sincerely|Respectfully|Sincerely yours|Respectfully yours|Very respectfully|Yours truly|Yours sincerely),?$/i.test(l));
  const name = k >= 0 ? lines[k + 1] : undefined;
  if (!name || !/^(?:[A-Z][a-z]+|[A-Z]\.)(?: (?:[A-Z][a-z]+|[A-Z]\.)){1,3}$/.test(name)) return undefined;
  const office = title.match(/\bfrom (?:the )?(President|Vice President|Secretary of [A-Z][a-z]+(?: [A-Z][a-z]+)*|Governor|Mayor)\b/)?.[1];
  return office ? `${office} ${name}` : name;
}

/**
 * The byline lines before a text's body ("Antony J. Blinken, Secretary of State" on a line of its own): each line's
 * person and what follows the comma. The one parse of a byline, for its signer here and for a transcript's principal
 * (analysis.ts interviewerTurns).
 */
export function bylines(sentences: Sentence[]): { name: string; title: string }[] {
  const out: { name: string; title: string }[] = [];
  for (const s of sentences.slice(0, 6)) {
    if (s.usable) continue;
    const m = s.text.trim().match(/^((?:[A-Z][a-z'-]+|[A-Z]\.)(?: (?:[A-Z][a-z'-]+|[A-Z]\.)){0,2} [A-Z][a-z'-]+), ([A-Z][^]*)$/);
    if (m) out.push({ name: m[1], title: m[2] });
  }
  return out;
}

/**
 * A statement under its signer's byline ("Antony J. Blinken, Secretary of State"): "Secretary of State Antony J.
 * Blinken". Its "I" and "we" are the signer's (set F: "I am announcing the designation of …" was left unasked). Not an
 * interview's transcript (speaker labels: whose words are whose is in the labels) and not a line of several names (a
 * joint statement).
 */
export function bylineSigner(sentences: Sentence[], labels: (string | undefined)[] = speakerLabels(sentences)): string | undefined {
  if (labels.filter(Boolean).length >= 2) return undefined;
  const signer = bylines(sentences).find(
    (b) => /^(?:(?:Deputy |Under |Assistant )?Secretary(?: of [A-Z][a-z]+)*|President|Vice President|Ambassador[^,]{0,40}|Department Spokesperson)$/.test(b.title) && kbPerson(b.name),
  );
  return signer && `${signer.title} ${signer.name}`;
}

/**
 * "President Biden Nominates Julie Su" → "President Biden": the longest run of words after the title that names a
 * person the knowledge base knows; else the title and the one word after it.
 */
function knownPrefix(candidate: string): string {
  const words = candidate.split(/\s+/);
  const titled = /^(?:President|Vice President|(?:Press )?Secretary|Senator|Governor|Justice|Chief Justice)\b/.test(candidate);
  const titleWords = /^(?:Vice President|Chief Justice|Press Secretary)\b/.test(candidate) ? 2 : titled ? 1 : 0;
  for (let k = words.length; k > titleWords; k--) {
    const n = words.slice(0, k).join(" ");
    if (kbPerson(n) || kbPerson(words.slice(titleWords, k).join(" "))) return n;
  }
  return titled ? words.slice(0, titleWords + 1).join(" ") : candidate;
}

export function textAuthor(
  title: string,
  usable: Sentence[],
  sentences: Sentence[] = usable,
  labels: (string | undefined)[] = speakerLabels(sentences),
): Author | undefined {
  const share = firstPersonShare(usable);
  if (share < ESSAY_FIRST_PERSON_SHARE) return undefined;
  // "Joint Statement by President Biden and President von der Leyen …": two authors, and its "we" is both of them,
  // never the first one alone (rated "attributes a joint statement to Biden alone", 2026-12-03).
  if (/\bjoint\b|\b(?:and|&)\s+(?:President|Prime Minister|Chancellor|King|Queen|Premier)\b/i.test(title)) return undefined;
  const signer = letterSigner(title, sentences);
  if (signer && share >= FIRST_PERSON_SHARE) return { name: signer, verb: "wrote" };
  const signed = bylineSigner(sentences, labels);
  if (signed && share >= FIRST_PERSON_SHARE) return { name: signed, verb: "said" };
  // Quotes in a report ("Obama to Muslims: '…'") are someone else's words about the author, not theirs.
  const names = [
    ...title.matchAll(/\[([A-Z][a-z]+(?: [A-Z][a-z.]*)+)\]/g),
    // ("Press Secretary Karine Jean-Pierre": a hyphenated family name is one word, set AX's "Secretary Karine said".)
    ...title.matchAll(/\b((?:President|Vice President|(?:Press )?Secretary|Senator|Governor|Justice|Chief Justice) (?:[A-Z][a-z.]*(?:-[A-Z][a-z]+)?\s?){1,4})/g),
    ...title.matchAll(/\bby ([A-Z][a-z]+(?: [A-Z][a-z.]*)+)/g),
  ].map((m) => knownPrefix(m[1].trim().replace(/\s+(?:in|to|at|on)$/, "")));
  const name = names.find((n) => kbPerson(n) || kbPerson(n.replace(/^(?:Press )?Secretary\s+/, "")) || /^(?:President|Vice President|Secretary|Senator|Governor|Justice|Chief Justice) [A-Z][a-z]+$/.test(n));
  if (!name) return undefined;
  // "Secretary Blinken's Trip to Panama": a title about the person, not by them; a release under the press office's
  // byline ("Office of the Spokesperson", "Media Note") speaks of the person, whoever its title names (set F, a
  // fact sheet of the Spokesperson framed as the Secretary's words).
  if (new RegExp(`${escapeRe(name)}['’]s\\b`).test(title)) return undefined;
  const head = sentences.slice(0, 4).filter((x) => !x.usable).map((x) => x.norm).join(" \n ");
  if (/\b(?:Office of the Spokesperson|Media Note|Fact Sheet)\b/i.test(head)) return undefined;
  // A release about the person ("President Biden Nominates …", "President Donald J. Trump Modernizes …") names them in
  // the third person: its "we" and "our" are the press office's, not theirs.
  const family = familyName(name.replace(/^(?:President|Vice President|Secretary|Senator|Governor|Justice|Chief Justice)\s+/, ""));
  // ("Secretary of State Antony J. Blinken will travel …": an office with its field before the name.)
  const third = new RegExp(`\\b(?:President|Vice President|Secretary|Senator|Governor|Justice|Mr\\.|Mrs\\.|Ms\\.)\\s+(?:of\\s+(?:the\\s+)?)?(?:[A-Z][a-z.]*\\s+){0,3}${family}\\b`);
  if (usable.filter((s) => third.test(s.norm.replace(/"[^"]*"/g, '""'))).length >= 2) return undefined;
  const verb = /\b(?:Federalist|letter|essay|paper|op-ed|article|opinion)\b/i.test(title) ? "wrote" : "said";
  if (share < FIRST_PERSON_SHARE && !(verb === "wrote" && kbPerson(name))) return undefined;
  return { name, verb };
}

/**
 * The government a text speaks for with "we": a U.S. State Department press statement or release ("Office of the
 * Spokesperson", "Antony J. Blinken, Secretary of State" in its byline, or the Department in its title). Its "We call on
 * the Ethiopian government to …" is the United States' call. Not a joint statement or communiqué (its "we" is all of
 * its signers), nor a speech or essay with an author (textAuthor: those are framed as the author's words).
 */
export function issuer(a: Pick<Analysis, "title" | "author" | "sentences">): string | undefined {
  if (a.author || /\bjoint\b|communiqu|declaration|^(?:statement|remarks|readout)\b[^:]*\b(?:and|&)\s/i.test(a.title)) return undefined;
  const head = a.sentences.slice(0, 4).filter((x) => !x.usable).map((x) => x.norm).join(" \n ") + " \n " + a.title;
  return /\b(?:Office of the Spokesperson|(?:U\.S\. )?Department of State|State Department|Secretary of State)\b/.test(head) ? "The United States" : undefined;
}
