/**
 * "The Constitution grants _____ the "power of the purse."": who holds a power. Which branch or office a power belongs
 * to is the core of a civics class (the separation of powers), and the rest of the engine asks nothing of these
 * sentences: "Congress" is no chamber the legislature blank may ask (the House and the Senate share most powers, so
 * each is arguably right beside the other), and an office is no named entity.
 *
 * The holder is read where the text gives it the power: "grants / gives / vests / delegates [to] X the power (or
 * authority) …", "X shall have (the sole) Power …" (the Constitution's own form) and "… power … shall be vested in /
 * rests with X". The wrong answers are the other branches ("Congress", "the President", "the Supreme Court") or, for an
 * office or a department, comparable ones (directives.ts): each makes the sentence false, and none is a part of the
 * answer (never "the Senate" for Congress). A holder the sentence denies the power ("does not give Congress the
 * power") is not asked, nor one the text names as sharing it.
 */
import type { Analysis } from "./analysis";
import { mk } from "./cloze";
import { officeChoices, OFFICE_ALT } from "./directives";
import type { Candidate } from "./types";
import { containsPhrase, escapeRe } from "./util";

interface Branch {
  /** the holder as a text names it */
  pattern: string;
  /** the other branches, in the answer's form */
  wrong: string[];
}

/** Money powers (the purse, taxes, borrowing): a wrong answer a student could take for the holder of the nation's money. */
const MONEY = /\b(?:purse|tax(?:es|ation)?|borrow\w*|spend\w*|debts?|money|coin\w*|appropriat\w*|budget\w*|duties|imposts|excises)\b/i;

const BRANCHES: Branch[] = [
  { pattern: String.raw`(?:[Tt]he )?(?:U\.S\. |United States )?Congress`, wrong: ["the President", "the Supreme Court", "the Cabinet"] },
  { pattern: String.raw`[Tt]he President`, wrong: ["Congress", "the Supreme Court", "the Vice President"] },
  { pattern: String.raw`[Tt]he (?:U\.S\. )?Supreme Court`, wrong: ["Congress", "the President", "the Senate"] },
];

const HOLDER = String.raw`(?<holder>(?:${BRANCHES.map((b) => b.pattern).join("|")})(?![\w'’-])(?! of (?:the )?[A-Z](?!nited States\b))|(?:[Tt]he )?(?:${OFFICE_ALT})(?![\w'’-]| of\b))`;
const KIND = String.raw`(?:the )?["“]?(?:sole |exclusive |broad |constitutional |legal |statutory |full )?(?:[Pp]owers?|[Aa]uthority)\b`;
const GIVE = String.raw`(?:grants?|granted|granting|gives?|gave|given|giving|vests?|vested|vesting|assigns?|assigned|assigning|delegates?|delegated|delegating|confers?|conferred|conferring)`;

/** The verbs that place a power with its holder: "… rests with", "… shall be vested in". */
const PLACED = String.raw`(?:rests?|resides?|lies|shall be vested|is vested|are vested) (?:with|in)`;

/** Where a text gives a holder a power, the holder's name in the group "holder". */
const FORMS = [
  new RegExp(String.raw`\b${GIVE}\s+(?:to\s+)?${HOLDER}\s+${KIND}`, "d"),
  new RegExp(String.raw`(?:^|[;,]\s+(?:and\s+)?)${HOLDER}\s+shall\s+have\s+${KIND}`, "d"),
  new RegExp(String.raw`\b(?:[Pp]owers?|[Aa]uthority)\b[^.;"]{0,260}?\b${PLACED}\s+(?:an?\s+)?${HOLDER}`, "d"),
];

/** A relative clause between a power and the verb that places it ("…, which include suspensions …, rests with"). */
const ASIDE_BEFORE_PLACED = new RegExp(String.raw`, (?:which|that) [^;]*?, (?=${PLACED} )`);

/** The power denied, not given: "does not give Congress the power …", "nor does it have the authority". */
const DENIED = /\b(?:not|never|no|nor|neither|without|lacks?|denies|denied)\b/i;

/** Each branch's pattern as a whole-name test, made once per process. */
const BRANCH_TESTS = BRANCHES.map((b) => ({ b, re: new RegExp(`^${b.pattern}$`) }));

function branchOf(holder: string): Branch | undefined {
  return BRANCH_TESTS.find(({ re }) => re.test(holder))?.b;
}

export function powerQuestions(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const s of a.usable) {
    if (/\?["'”’)]*\s*$/.test(s.norm)) continue;
    // "… nor does it have the authority to do so; that authority resides with Congress": a power denied to someone in
    // the same sentence rules out that someone's branch among the choices (set AI's three raters: "distractors
    // self-eliminate").
    if (/\b(?:not|nor|never|no)\b[^.;]{0,40}\b(?:power|authority)\b/i.test(s.norm)) continue;
    for (const form of FORMS) {
      const m = form.exec(s.norm);
      if (!m?.groups?.holder || !m.indices?.groups?.holder) continue;
      let [start, end] = m.indices.groups.holder;
      let holder = m.groups.holder;
      // "in a Congress of the United States": the article stays in the stem.
      const lead = /^the /i.test(holder) && (!branchOf(holder) || /Congress$/.test(holder)) ? 4 : 0;
      start += lead;
      holder = holder.slice(lead);
      // The words that give the power say it is given, not withheld: the holder's own stretch of the clause, and the
      // words before the verb ("does not give Congress …"), not a "not" inside an aside ("debt not subject to …").
      const segment = s.norm.slice(0, start).split(/[,;:()]/).pop() ?? "";
      if (DENIED.test(segment) || DENIED.test(s.norm.slice(Math.max(0, m.index - 30), m.index))) break;
      let answer: string;
      let wrong: string[];
      const branch = branchOf(holder);
      if (branch) {
        answer = holder.replace(/^(?:[Tt]he )?(?:U\.S\. |United States )?Congress$/, "Congress").replace(/^[Tt]he (?:U\.S\. )?Supreme Court$/, "the Supreme Court").replace(/^The President$/, "the President");
        wrong = branch.wrong.map((w) => (w === "the Cabinet" && MONEY.test(s.norm.slice(end)) ? "the Federal Reserve" : w));
        // The stem's own article: "in a _____ of the United States" takes "Congress", "President", "Supreme Court".
        if (/\ban?\s+$/.test(s.norm.slice(0, start))) wrong = wrong.map((w) => w.replace(/^the /, ""));
      } else {
        const office = officeChoices(holder);
        if (!office) continue;
        answer = office.answer;
        wrong = office.wrong;
      }
      // Not a holder the sentence names elsewhere (it shares the power, or the answer is printed beside the blank),
      // nor a wrong answer the sentence names.
      const rest = s.norm.slice(0, start) + " " + s.norm.slice(end);
      wrong = wrong.filter((w) => !containsPhrase(rest, w.replace(/^the /, "")));
      if (wrong.length < 3) break;
      // "The Constitution grants Congress the "power of the purse," allowing Congress to restrict …": the answer again
      // in a side clause after the power; the stem ends before it (the evidence keeps the whole sentence).
      let sentence = s;
      const again = s.norm.slice(end).search(new RegExp(String.raw`(?<![\w-])${escapeRe(answer.replace(/^the /, ""))}(?![\w-])`));
      if (again >= 0) {
        const side = /,(["”]?)\s+(?:allowing|enabling|giving|permitting|which|so that|thereby)\b/.exec(s.norm.slice(end));
        if (!side || side.index > again) break;
        sentence = { ...s, norm: s.norm.slice(0, end + side.index) + (side[1] ? `.${side[1]}` : ".") };
      }
      // "The authority for using such extraordinary measures …": "such" points at measures the article named before
      // (the same words); the stem names them without it.
      const such = /\bsuch ([a-z]+(?: [a-z]+)?)\b/.exec(sentence.norm.slice(0, start));
      if (such && a.norm.slice(0, s.start).toLowerCase().includes(such[1])) {
        sentence = { ...sentence, norm: sentence.norm.slice(0, such.index) + sentence.norm.slice(such.index + 5) };
        start -= 5;
        end -= 5;
      }
      // "…, which include suspensions and delays of some debt sales …, rests with the Treasury Secretary": a relative
      // clause that lists what the power covers, between the power and its holder; the stem leaves it out.
      const aside = ASIDE_BEFORE_PLACED.exec(sentence.norm.slice(0, start));
      if (aside) {
        sentence = { ...sentence, norm: sentence.norm.slice(0, aside.index) + " " + sentence.norm.slice(aside.index + aside[0].length) };
        start -= aside[0].length - 1;
        end -= aside[0].length - 1;
      }
      const c = mk(a, sentence, start, end, answer, wrong.slice(0, 3), "fill_in_blank", 0.68, `power:${answer.replace(/^the /, "").toLowerCase()}`, []);
      if (c) out.push(c);
      break;
    }
  }
  return out;
}
