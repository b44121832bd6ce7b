/**
 * False statements by negation. A rule or finding the article states in the negative ("The CRA does not apply to
 * presidential actions") is asked in the positive ("The CRA applies to presidential actions."): the article itself
 * proves it false, and the statement is not the article's sentence, so a student must know the rule, not recognise
 * its words.
 *
 * Only where the flip is exact: one negation in the clause, on the clause's own verb, with a plain subject before
 * it (no "that", "if" or "which" clause holding the "not"), and nothing after it that changes meaning without the
 * "not" ("any", "even", "necessarily", "but", "rather"). Anything else is left alone.
 */
import { verbForms } from "./nlp";
import { ucfirst, wordCount } from "./util";

/** Every word that negates or limits; a clause with more than one (or an "unless") is not flipped. */
const NEGATORS = /\b(?:not|no|never|neither|nor|none|nothing|nobody|nowhere|cannot|without|unless|except|only|hardly|barely|rarely|seldom|fail(?:s|ed)?|lack(?:s|ed)?|absent|merely)\b|n't\b/gi;
/** Words that need the "not" to make sense, or whose meaning turns with it. */
const NEEDS_NOT = /\b(?:any|anyone|anything|anywhere|either|yet|ever|even|necessarily|much|at all|anymore|longer|but|rather|instead|alone|always|all|so|too)\b/i;
/** The "not" belongs to a dependent clause when one of these comes between the clause start and it. */
const SUBORDINATE = /\b(?:that|which|who|whom|whose|if|whether|unless|until|because|although|though|since|while|whereas|than|once|so|where|when|why|how|what)\b/i;
const AUX_NOT = /\b(does|do|did|is|are|was|were|has|have|had|can|may|shall|will|must|should)\s+not\s+|\b(can)not\s+|^(There\s+(?:are|were))\s+no\s+/i;

export interface Flipped {
  /** the positive statement, a full sentence */
  text: string;
  /** the negative clause it contradicts, as the article words it */
  clause: string;
}

export function flipNegation(statement: string): Flipped | null {
  const s = statement.trim();
  if (/["“”()?]/.test(s)) return null;
  // "According to X, …": the attribution stays, the claim is flipped.
  const attribution = s.match(/^According to [^,]{2,60},\s+/)?.[0] ?? "";
  const body = s.slice(attribution.length);
  const m = body.match(AUX_NOT);
  if (!m || m.index === undefined) return null;
  // Only the clause with the "not": a coordinate clause after it ("…, and future elections could …") goes.
  const after = body.slice(m.index + m[0].length);
  // Only where a whole clause follows (its own subject and verb): "shall not extend further than to removal from
  // Office, and disqualification to hold … Office" is one limit, and half of it is no statement.
  let cut = after.search(/;\s|\s[—–-]\s|:\s/);
  const and = after.search(/,\s+(?:and|but|or|yet|so|while|whereas)\s+(?:[\w'-]+\s+){0,5}?(?:is|are|was|were|has|have|had|can|could|may|might|must|shall|should|will|would|do|does|did)\b/i);
  if (and >= 0 && (cut < 0 || and < cut)) cut = and;
  else if (cut < 0 && /,\s+(?:and|but|or)\s/.test(after)) return null;
  let rest = (cut >= 0 ? after.slice(0, cut) : after).replace(/[.!]+$/, "");
  // "does not apply to presidential actions or to non-rule agency actions": neither, so the first alone is false
  // ("The CRA applies to presidential actions."), and reads without the awkward "or to" (rated so).
  const or = rest.search(/,?\s+or\s+(?:to|for|in|on|by|with|from)\s/);
  if (or >= 0 && wordCount(rest.slice(0, or)) >= 3) rest = rest.slice(0, or);
  const before = body.slice(0, m.index);
  // The subject: what follows a leading adverbial clause ("When X meets certain criteria, it cannot …").
  const subject = before.slice(before.lastIndexOf(",") + 1).trim();
  if (!subject && !m[3]) return null;
  // "A committee may choose to report it but may not amend it": the subject must be a noun phrase, not a clause.
  if (SUBORDINATE.test(subject) || wordCount(subject) > 12 || /\b(?:but|may|can|will|shall|must|should|would|could|is|are|was|were|has|have|had|does|do|did)\b/i.test(subject)) return null;
  if (before.includes(",") && !/^(?:When|If|Once|Under|In|For|After|Before|During|Since|Unlike|As|Like|Although|Though)\b/.test(before)) return null;
  const clause = before + m[0] + rest;
  if ((clause.match(NEGATORS) ?? []).length !== 1) return null;
  if (NEEDS_NOT.test(rest) || wordCount(rest) < 2) return null;
  // "The requirement … is present in the Constitution" reads as a trick, not a claim (rated clumsy twice).
  if (/^(?:present|found|mentioned|included|listed|contained)\b/.test(rest)) return null;
  // "… are not confined to scenarios in which …": a scope ("not only there"), and its flip an exclusive claim read as
  // the sentence with "not" removed (rejected in three ratings).
  if (/^(?:confined|limited|restricted|exclusive|unique|peculiar)\b/.test(rest)) return null;
  // "The CRA does not specify when an agency must submit a rule": a text's silence. Its flip ("The CRA specifies when
  // …") is arguably true wherever the text says anything of it: the CRA requires submission before a rule takes effect
  // (set AA's rater and set AM's, rule 3).
  if (/^(?:specify|address|mention|say|state|explain|describe|detail|list|identify|prescribe|set out|spell out)\b/.test(rest)) return null;
  // "The CRA defines when a rule is substantially the same.": the same as what? A comparison whose other side is in
  // another sentence (rated unresolved, 7d).
  if (/\b(?:the same|similar|different|comparable|identical)\W*$/i.test(rest)) return null;
  // "Works of the government may not be protected abroad": a "may not" of what is possible, not of what is allowed,
  // and "may be protected" is no contradiction of it (rated unprovable twice, 2026-12-02). A rule's "may not" ("No
  // State may not …", "A committee may not amend it") is a prohibition; a passive or a hedge is not.
  if (/^may$/i.test(m[1] ?? "") && (/^(?:be|have|always|necessarily|apply|protect|cover|include|reflect|qualify|receive|extend)\b/.test(rest) || /\b(?:works?|information|data|results?|rules?|law|protection|it|this|they)$/i.test(subject))) return null;
  let positive: string;
  if (m[3]) positive = `${m[3]} ${rest}`;
  else if (m[2]) positive = `${before}${m[2]} ${rest}`;
  else {
    const aux = m[1].toLowerCase();
    if (aux === "does" || aux === "do" || aux === "did") {
      // "does not substantially affect" → "substantially affects"
      const words = rest.split(" ");
      let k = 0;
      // Adverbs before the verb stay ("substantially affects"); "apply" and "rely" are verbs, not adverbs.
      while (k < words.length - 1 && /^[a-z]{4,}ly$/.test(words[k]) && verbForms(words[k])?.infinitive !== words[k]) k++;
      const forms = /^[a-z]+$/.test(words[k]) ? verbForms(words[k]) : null;
      if (!forms || forms.infinitive !== words[k]) return null;
      words[k] = aux === "does" ? forms.present : aux === "did" ? forms.past : forms.infinitive;
      positive = `${before}${words.join(" ")}`;
    } else positive = `${before}${m[1]} ${rest}`;
  }
  const text = ucfirst(attribution + positive).replace(/\s{2,}/g, " ").trim() + ".";
  const n = wordCount(text);
  if (n < 5 || n > 30) return null;
  return { text, clause: clause.trim() };
}
