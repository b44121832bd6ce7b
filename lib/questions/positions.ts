/**
 * A nominee's current position: "What position does Michael G. Heath currently hold, according to the article?"
 * Raters of the nominations releases (sets BZ and CA) asked for it in their lists of what was missing, and the old
 * biography questions (a degree's year, a clerkship, an award) were kept a third to half of the time.
 *
 * The answer is what the biography says the nominee does now ("is currently …", "currently serves as …", "has served as
 * … since 2018", a first sentence "X is the President of …"); the wrong answers are the posts the same biography says
 * the nominee held before ("Prior to that, Heath served as …", "He has also served as …; …; and …"), each one the
 * article proves is not the current one, then the other nominees' posts now, then theirs before. Where only two can be
 * found, a release of three nominees or fewer asks one such question with three choices.
 *
 * In a nominations release the quiz asks each nominee's post and this question, and leaves the biography's other
 * details to the bank (nominations.ts inBiography; ADR 054).
 */
import type { Analysis } from "./analysis";
import { nomineeHeadings, nomineeSections } from "./nominations";
import type { Candidate } from "./types";
import { escapeRe, familyName, ucfirst, wordCount } from "./util";

/** A word of a post: a title, or a profession a biography gives as one ("a partner at …"). */
const POST_TITLE = /\b(?:member|chair|chairman|chairwoman|chairperson|co-chair|commissioner|director|secretary|undersecretary|ambassador|administrator|inspector|counsel|chief|solicitor|officer|governor|trustee|representative|attorney|marshal|judge|justice|negotiator|president|treasurer|coordinator|envoy|controller|comptroller|head|executive|deputy|principal|advisor|adviser|auditor|ombudsman|fellow|partner|professor|dean|founder|co-founder|ceo|consul|manager|lead|leader|chargé|charge|mayor|senator|associate|lecturer|superintendent|commander|prosecutor|defender|clerk|editor|economist|analyst|consultant|officer|counselor|researcher|scientist)\b/i;

const LIST_OF_TITLES = new RegExp(String.raw`,\s+and\s+(?:[\p{L}-]+\s+){0,2}?${POST_TITLE.source}`, "iu");

/** Where a post ends: a side clause, a date, a second role ("… and a board member of …"). */
const POST_END = /,\s+(?!and\s+\p{Lu})(?=[a-z\d])|\s+(?:who|that|which|whose)\b|\s+since\b|\s+from\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)|\s+(?:in|until|through)\s+\d{4}|\s+\((?:\d|[a-z])|\s+and\s+(?:a|an|as|has|is|was|former|currently|also|previously|the\s+former|prior|later|then|before|after|subsequently)\b|;|\s+where\b|\s+[—–]\s+|\s+for\s+(?:over\s+|more than\s+|nearly\s+|almost\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a decade|several|many)\b/u;

/** A post as a choice: its own words, without an acronym's brackets or an opening article. */
function cleanPost(raw: string): string | null {
  let p = raw.trim();
  const end = p.search(POST_END);
  if (end >= 0) p = p.slice(0, end);
  p = p
    // (An acronym's brackets, "(ODNI)", "(DoD)"; not a post's own word, "Under Secretary of Defense (Comptroller)".)
    .replace(/\s*\([A-Z][A-Za-z&.-]*[A-Z][A-Za-z&.-]*\)/g, "")
    .replace(/[\s,;:]+$/, "")
    // (A sentence's full stop, not an abbreviation's: "Belin McCormick, P.C.", "Washington, D.C.".)
    .replace(/(?<!\b[A-Z])\.$/, "")
    .replace(/^(?:serving as\s+)?(?:the|a|an)\s+|^serving as\s+/i, "");
  // The administration it served is no part of the post ("Deputy Solicitor at the Department of Labor in the Obama
  // Administration"); a cut one ("… in the Obama") is what is left of a sentence.
  p = p.replace(/\s+(?:in|during|under)\s+the\s+\S+\s+[Aa]dministrations?\b.*$/, "");
  if (/\bthe (?:Obama|Biden|Trump|Bush|Clinton|Reagan|Carter|Obama-Biden|Biden-Harris)$/.test(p)) return null;
  if (!POST_TITLE.test(p) || !/\p{Lu}/u.test(p.slice(1))) return null;
  // A post is no praise: "a proud team member of …", "a key principal on …", "a prominent business leader".
  if (/^(?:proud|key|longtime|long-time|leading|prominent|respected|dedicated|distinguished|committed|passionate|seasoned|accomplished|tireless|renowned|recognized|nationally|internationally|highly|well-known|trusted|experienced|successful|noted|celebrated|award-winning)\b/i.test(p)) return null;
  // Part of a list of titles ("Chief Financial Officer, and Treasurer of …" of "Senior Vice President, Chief Financial
  // Officer, and Treasurer of …", set CD's two pairs): one post cut in two. (Not a place's list: "… for East Africa,
  // Sudan, and South Sudan".)
  if (LIST_OF_TITLES.test(p)) return null;
  // A rank is no post ("a career member of the Senior Foreign Service, class of Minister-Counselor").
  if (/^career\b|\bmember of the Senior (?:Foreign|Executive) Service\b/i.test(p)) return null;
  // A stray bracket or quote, or a preposition left by a cut ("USAID Director in the Dominican Republic from"), is no post.
  if ((p.match(/\(/g) ?? []).length !== (p.match(/\)/g) ?? []).length || /["“”]/.test(p) || /\s(?:of|for|to|at|in|on|with|from|and|the|by)$/.test(p)) return null;
  // ("… at the U.S. Department of Transportation" is "… at the Department of Transportation" where the words count.)
  if (wordCount(p) > 12) p = p.replace(/\bthe (?:U\.S\.|United States) (?=Department|Embassy|Mission|Agency)/g, "the ");
  // Still long, it ends before the bureau or office it sits in ("… for East Africa, Sudan, and South Sudan in the Bureau
  // of African Affairs at the Department of State"): the title alone still names the one post.
  for (let cut = p.search(/\s+(?:at|in|with|within)\s+(?:the\s+)?\p{Lu}[^,]*$/u); wordCount(p) > 12 && cut > 0; cut = p.search(/\s+(?:at|in|with|within)\s+(?:the\s+)?\p{Lu}[^,]*$/u)) {
    if (wordCount(p.slice(0, cut)) < 4) break;
    p = p.slice(0, cut);
  }
  if (wordCount(p) < 2 || wordCount(p) > 12) return null;
  // A post must say where: "Chief Financial Officer", "Legislative Attorney", "FLRA Chairman" alone (of what?), or
  // "an associate at the firm", "the Company's first Chief Diversity Officer" (which firm, which company?).
  if (!/\b(?:of|at|for|in|to|with|on)\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}&.-]*['’]s\s/u.test(p)) return null;
  // A teacher's rank with its subject but not its school ("Assistant Professor of Law"): at which school? (set CI)
  if (/\b(?:Professor|Lecturer|Instructor)\b/i.test(p) && !/\b(?:at|University|College|School|Institute|Academy)\b/.test(p)) return null;
  // (Nor "Chief of Staff" alone, "… of the U.S. Consulate General", "Deputy Chief of Mission": where?)
  if (/^(?:(?:Acting|Deputy|Assistant|Associate|Senior|Principal)\s+)*(?:Chief of (?:Staff|Operations|Mission)|Director of (?:Operations|Communications|Policy|Strategy))(?:\s+and\s+Charg[ée] d['’]affaires(?:,?\s+a\.?i\.?|\s+ad interim)?)?$/i.test(p)) return null;
  if (/\bthe (?:firm|company|agency|department|office|organization|court|institute|center|bureau)\b(?!\s+(?:of|for|on)\b)/i.test(p) || /\b(?:Embassy|Consulate(?: General)?|Mission)$/.test(p) || /^(?:Company|Firm|Agency|Department|Organization|Office)['’]s\b/.test(p)) return null;
  return ucfirst(p);
}

/** The posts of a list: "A at X; B in Y; and C", "A at X, and B at Y", "A, a B for …". */
function listItems(list: string): string[] {
  const parts = list.split(/;\s+(?:and\s+)?|,\s+(?:and\s+)?(?:as\s+)?(?=\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Attorney|Secretary|Director|Ambassador|Chief|Counsel|Administrator|Commissioner|Representative)\b|(?:the\s+|a\s+|an\s+)?(?:(?:Acting|Deputy|Senior|Principal|Assistant|Associate|Special|Executive|Chief|Vice|Managing|General)\s+)*(?:Member|Chair|Chairman|Chairwoman|Chairperson|Commissioner|Director|Secretary|Ambassador|Administrator|Counsel|Counselor|Officer|Governor|Trustee|Representative|Attorney|Judge|President|Coordinator|Envoy|Head|Advisor|Adviser|Fellow|Partner|Professor|Dean|Founder|Consul|Manager|Staff|Assistant|Deputy|Senior|Principal|Special|Chief)\b(?=\s+(?:of|for|to|at|in|on|with|and)\b|[,;]|$))|\s+and\s+then\s+(?:as\s+)?/u);
  const out: string[] = [];
  for (const x of parts) {
    if (out.length && !POST_TITLE.test(x)) out[out.length - 1] += `, ${x}`;
    else out.push(x);
  }
  return out;
}

const key = (p: string) => p.toLowerCase().replace(/^(?:acting|interim)\s+/, "").replace(/[^a-z0-9 ]/g, "").replace(/\s+/g, " ").trim();

/** A second post held now, after the first: "… and currently serves as …", "… and is also …". */
const TWO_AT_ONCE = /\band\s+(?:currently\s+|also\s+)?(?:serves|is)\b/;

/** One post inside another ("Chief of Mission" in "Deputy Chief of Mission"): as choices, one would answer the other. */
const overlapping = (x: string, y: string) => key(x).includes(key(y)) || key(y).includes(key(x));

interface Found {
  person: string;
  /** the one post the biography says the person holds now, and its sentence (none where it names none, or two) */
  current?: { post: string; sentence: number };
  /** every post the biography says the person holds now (another person's wrong answers even where it is two) */
  now: string[];
  past: string[];
}

/** What the biography says the person does now, and what they did before. */
function positionsOf(a: Analysis, person: string, spans: { start: number; end: number }[]): Found {
  const family = familyName(person);
  // (Or the given name alone, as some biographies write it: "Lisette has also served …".)
  const given = person.split(" ")[0];
  // The biography's subject: the name, the family name (with a title or a suffix), or "He"/"She".
  // (Any given name before the family name: "Bill Holloway" under "William Eugene Holloway", "Jenny Lester Moffitt".)
  const subj = String.raw`(?:(?:Judge|Justice|Ambassador|Dr\.|Mr\.|Ms\.|Mrs\.|General|Admiral|Colonel)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}${escapeRe(family)}(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?|${escapeRe(given)}|He|She`;
  // (An appositive may come between: "Heath, a career member of the Senior Foreign Service …, is currently …".)
  const appositive = String.raw`(?:,\s+(?:[^,]{2,140},\s+){0,2}[^,]{2,140},)?`;
  const lead = String.raw`(?:^|(?<=[.!?]\s))(?:${subj})${appositive}\s+`;
  const currentRes = [
    new RegExp(`${lead}(?:is\\s+)?(?:also\\s+)?currently\\s+(?:serves|serving|works|working)\\s+as\\s+(.+)$`, "u"),
    new RegExp(`${lead}is\\s+currently\\s+(?:the\\s+|a\\s+|an\\s+)?(.+)$`, "u"),
    new RegExp(`${lead}has\\s+(?:been\\s+serving|served)\\s+as\\s+(.+?)\\s+since\\s+(?:\\w+\\s+)?\\d{4}\\b`, "u"),
    new RegExp(String.raw`^Since\s+(?:\w+\s+)?\d{4},\s+(?:${subj})\s+has\s+served\s+as\s+(.+)$`, "u"),
  ];
  // The biography's first sentence: "Javier Guzman is the Deputy General Counsel at Harvard University."
  const firstRe = new RegExp(String.raw`^(?:${subj})${appositive}\s+is\s+(?!(?:the\s+|a\s+|an\s+)?(?:former|career|member of the Senior)\b)(?:the\s+|a\s+|an\s+)?(\S.+)$`, "u");
  // Earlier posts: "Prior to that, Heath served as …", "She was previously an associate at …", "John Tien previously
  // served in the Obama Administration as …", "From June 2007 to 2008, Jones was Special Assistant to …".
  const opener = String.raw`(?:(?:Prior to|Before|Previously|Earlier|Most recently|From|Between|In|After|Until|During)\b[^,]{0,120},\s+)?`;
  const pastRes = [
    new RegExp(String.raw`^${opener}(?:${subj})${appositive}\s+(?:has\s+)?(?:also\s+|previously\s+|formerly\s+)?(?:served|worked)\s+(?:(?:in|at|with|on|for)\s+[^,;]{3,80}?\s+)?as\s+(.+)$`, "u"),
    new RegExp(String.raw`^${opener}(?:${subj})${appositive}\s+(?:was|is)\s+(?:also\s+)?(?:the|a|an)\s+former\s+(.+)$`, "u"),
    new RegExp(String.raw`^${opener}(?:${subj})${appositive}\s+(?:began|started)\s+(?:his|her|their)\s+[^,]{0,40}?career\s+as\s+(.+)$`, "u"),
    // ("She was the Director of …", "Jones was Special Assistant to …"; not "was appointed as …", a post that may be now.)
    new RegExp(String.raw`^${opener}(?:${subj})${appositive}\s+was\s+(?:previously\s+|formerly\s+|also\s+)?(?:(?:the|a|an)\s+(.+)|(\p{Lu}.+))$`, "u"),
  ];
  const subjVerb = new RegExp(String.raw`(?:${subj})\s+(?:is|has|currently|was|served|serves)\b`, "u");
  const sentences = a.sentences.filter((s) => spans.some((sp) => s.start >= sp.start && s.start < sp.end));
  const currents: { post: string; sentence: number }[] = [];
  let currentMentions = 0;
  let twoAtOnce = false;
  let bioSentences = 0;
  const past: string[] = [];
  const mentionRe = new RegExp(`(?:^|\\s)(?:${subj})\\b`, "u");
  for (const s of sentences) {
    let text = s.text.replace(/\s+/g, " ").trim();
    // A biography glued to its heading on one line ("… for the Western District of Washington David Estudillo is
    // currently …"): the sentence from where the name comes back with its verb.
    const nominee = text.search(/\bNominee\b/);
    if (nominee >= 0) {
      const back = text.slice(nominee).search(subjVerb);
      if (back < 0) continue;
      text = text.slice(nominee + back);
    }
    bioSentences++;
    // Every sentence that says what the person does now: a biography with two ("also currently serves as an adjunct
    // professor") has no single answer.
    if (/\bcurrently\b|\bsince\s+(?:\w+\s+)?\d{4}\b(?![^,]*\bto\b)/.test(text) && mentionRe.test(text)) currentMentions++;
    const current = currentRes.map((re) => text.match(re)).find((m) => m);
    if (current) {
      // Two posts held at once ("… the Administrator of the USDA Agricultural Research Service and currently serves as
      // the Acting Under Secretary …"): which is "the" current one?
      if (TWO_AT_ONCE.test(current[1])) twoAtOnce = true;
      const post = cleanPost(current[1]);
      if (post) currents.push({ post, sentence: s.index });
      continue;
    }
    // The biography's first sentences: "Javier Guzman is the Deputy General Counsel at Harvard University." (Not "is
    // also the President of …", a second post beside the first.)
    if (bioSentences <= 2) {
      const m = text.match(firstRe);
      const post = m && !/^also\b/.test(m[1]) ? cleanPost(m[1]) : null;
      if (post) {
        if (TWO_AT_ONCE.test(m![1])) twoAtOnce = true;
        if (!/\bcurrently\b|\bsince\s+(?:\w+\s+)?\d{4}\b/.test(text)) currentMentions++;
        currents.push({ post, sentence: s.index });
        continue;
      }
    }
    // Past tense only: "has served as … since" is the current post, not an earlier one.
    if (/\bsince\b|\bcurrently\b|\bnow\b/.test(text)) continue;
    const m = pastRes.map((re) => text.match(re)).find((x) => x);
    // A list of posts: "acting Deputy Chief of Mission at …; Consul General in Chiang Mai, Thailand; and …".
    // ("… at the National Security Council, and Deputy Chief of Mission at …", "…, a Staff Attorney for …".)
    // (A part with no title is the place of the part before: "… for East Africa, Sudan, and South Sudan".)
    if (m) for (const item of listItems(m[1] ?? m[2])) {
      const post = cleanPost(item);
      if (post) past.push(post);
    }
  }
  // Exactly one current post: a biography with two ("also currently serves as an adjunct professor") has no single answer.
  return { person, current: currents.length === 1 && currentMentions <= 1 && !twoAtOnce ? currents[0] : undefined, now: currents.map((c) => c.post), past };
}

/** "What position does X currently hold, according to the article?": one per nominee with a biography. */
export function currentPositionQuestions(a: Analysis): Candidate[] {
  const heads = nomineeHeadings(a);
  const sections = nomineeSections(a);
  const found = [...sections].map(([person, spans]) => positionsOf(a, person, spans));
  const out: Candidate[] = [];
  let threeAsked = false;
  for (const f of found) {
    const current = f.current;
    if (!current) continue;
    // The post the person is named for: an acting holder's current post is it ("Acting Assistant Secretary for …"),
    // and the nominee question's answer would give this one away.
    const named = heads.filter((h) => h.person === f.person).map((h) => h.post.replace(/^the\s+/, ""));
    if (named.some((n) => overlapping(n, current.post))) continue;
    const wrong: string[] = [];
    const own = (x: string) => overlapping(x, current.post) || f.past.some((p) => overlapping(p, x));
    const add = (x: string) => {
      if (wrong.length < 3 && !overlapping(x, current.post) && !wrong.some((w) => overlapping(w, x)) && !named.some((n) => overlapping(n, x))) wrong.push(x);
    };
    f.past.forEach(add);
    // Then other nominees' current posts (each one the article gives someone else, never this person's earlier one), and
    // last the posts they held before: a post of the release's world that this biography does not give its person.
    for (const o of found) if (o !== f) for (const x of o.now) if (!own(x)) add(x);
    for (const o of found) if (o !== f) for (const x of o.past) if (!own(x)) add(x);
    // (Three choices in a release of three nominees or fewer, as for their posts, and once.)
    if (wrong.length < 3 && (threeAsked || wrong.length < 2 || found.length > 3)) continue;
    if (wrong.length < 3) threeAsked = true;
    const s = a.sentences[current.sentence];
    out.push({
      type: "multiple_choice",
      prompt: `What position does ${f.person} currently hold, according to the article?`,
      choices: [current.post, ...wrong],
      answer: current.post,
      evidenceStart: s.start,
      evidenceEnd: s.end,
      explanation: `The article gives ${f.person}'s current position as ${current.post}.`,
      difficulty: 2,
      entities: [f.person],
      facts: [s.index],
      base: 0.6 + 0.2 * (a.importance.get(f.person) ?? 0.3),
      answerKey: `post:${f.person}`,
    });
  }
  return out;
}
