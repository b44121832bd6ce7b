/**
 * Engine 36 (ADR 053): a nominations release's central fact, the post each nominee is named for, asked as "For which
 * post is X the nominee?" with the release's other posts, or courts and embassies from the knowledge base, as the wrong
 * answers. The texts are written for the tests, after the pool's releases (set BV's judicial release gave no question).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { candidateBank, generateQuestions } from "./index";
import { resolveLeadingPronoun } from "./cloze";
import { allDistricts, CIRCUITS, DISTRICTS } from "./kb/curated/courts";
import { kbPostsFor, nomineeHeadings, nomineePostQuestions } from "./nominations";
import { gateBiography, gatePredictable, gateStemStart, gateTrivia } from "./gates";
import { article, everyCandidate, stem } from "./test-helpers";

const BIO = (name: string, she = true) => [
  `${name} has served in public life for two decades and is known for ${she ? "her" : "his"} work on civil rights.`,
  `${she ? "She" : "He"} received ${she ? "her" : "his"} law degree from a state university and clerked for a federal judge.`,
];

/** A judicial release whose headings run into each biography on one line, as the White House's pages print them. */
const judicial = article("President Biden Announces Second Slate of Judicial Nominees — The White House, April 29, 2021", [
  "WASHINGTON – President Biden is announcing his intent to nominate three additional individuals to District Court vacancies.",
  "This is the second judicial nominations announcement made by the President.",
  "David Estudillo: Nominee for the United States District Court for the Western District of Washington David Estudillo is currently the Presiding Judge of the Grant County Superior Court.",
  "Judge Estudillo is also the President of the Washington State Superior Court Judges' Association.",
  "Tana Lin: Nominee for the United States District Court for the Western District of Washington Tana Lin has worked at Keller Rohrback LLP since 2004.",
  "From 2001 to 2004, Ms. Lin was the Litigation Coordinator at the Michigan Poverty Law Program.",
  "Christine O'Hearn: Nominee for the United States District Court for the District of New Jersey Christine O'Hearn is a partner at Brown & Connery LLP, where she has practiced since 1993.",
  "Ms. O'Hearn's work focuses on complex labor and employment litigation.",
]);

describe("a nominee's court", () => {
  const a = analyze(judicial);
  const qs = nomineePostQuestions(a);
  it("reads the heading glued to the biography up to where the name comes back", () => {
    expect(nomineeHeadings(a).map((h) => [h.person, h.post])).toEqual([
      ["David Estudillo", "the United States District Court for the Western District of Washington"],
      ["Tana Lin", "the United States District Court for the Western District of Washington"],
      ["Christine O'Hearn", "the United States District Court for the District of New Jersey"],
    ]);
  });
  it("asks each nominee's court, with the state's other districts and its circuit's from the knowledge base", () => {
    const q = qs.find((c) => c.entities[0] === "Christine O'Hearn")!;
    expect(q.prompt).toBe("For which court is Christine O'Hearn the nominee, according to the article?");
    expect(q.answer).toBe("the United States District Court for the District of New Jersey");
    expect(q.choices).toHaveLength(4);
    // The release's other court first, then New Jersey's circuit (the Third: Pennsylvania, Delaware).
    expect(q.choices[1]).toBe("the United States District Court for the Western District of Washington");
    for (const c of q.choices.slice(2)) expect(c).toMatch(/^the United States District Court for the (?:(?:Eastern|Middle|Western) District of Pennsylvania|District of Delaware)$/);
    // Two nominees for one court: one question of that court (the second would be the first's four choices and answer
    // again, set BZ), whose wrong answers are not the court twice.
    expect(qs.find((c) => c.entities[0] === "Tana Lin")).toBeUndefined();
    const estudillo = qs.find((c) => c.entities[0] === "David Estudillo")!;
    expect(estudillo.choices.filter((c) => c === estudillo.answer)).toHaveLength(1);
    expect(estudillo.choices).toContain("the United States District Court for the Eastern District of Washington");
  });
  it("shows the heading as the evidence, and the quiz asks it though a heading is no sentence of its own", () => {
    const quiz = generateQuestions(judicial, { seed: "1" }).questions;
    const q = quiz.find((x) => x.prompt.startsWith("For which court is David Estudillo"))!;
    expect(q.evidence).toBe("David Estudillo: Nominee for the United States District Court for the Western District of Washington");
  });
  it("a court of appeals takes other circuits", () => {
    const text = article("President Biden Names Third Slate of Judicial Nominees — The White House, May 12, 2021", [
      "Today, President Biden announced his intent to nominate three individuals to serve as judges.",
      "Eunice C. Lee, Nominee for the United States Court of Appeals for the Second Circuit",
      ...BIO("Eunice C. Lee"),
      "Lauren J. King, Nominee for the United States District Court for the Western District of Washington",
      ...BIO("Lauren J. King"),
    ]);
    const q = nomineePostQuestions(analyze(text)).find((c) => c.entities[0] === "Eunice C. Lee")!;
    expect(q.choices.slice(1).every((c) => /^the United States Court of Appeals for the .+ Circuit$/.test(c))).toBe(true);
    expect(new Set(q.choices).size).toBe(4);
  });
});

describe("courts in the knowledge base", () => {
  it("lists the 91 districts of the states, the District of Columbia and Puerto Rico once each, each in a circuit", () => {
    const all = allDistricts();
    expect(all).toHaveLength(91);
    expect(new Set(all.map((d) => d.name)).size).toBe(91);
    expect(Object.keys(DISTRICTS)).toHaveLength(52);
    for (const d of all) expect(CIRCUITS).toContain(d.circuit);
    expect(all.map((d) => d.name)).toContain("the District of Columbia");
    expect(all.map((d) => d.name)).toContain("the Central District of California");
  });
});

describe("an ambassador's post", () => {
  const text = article("President Biden Announces Key Nominations — The White House, October 8, 2021", [
    "Today, President Biden announced his intent to nominate the following individuals to serve in key roles:",
    "Jamie Harpootlian, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Slovenia",
    ...BIO("Jamie Harpootlian"),
    "Victoria Reggie Kennedy, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Austria**",
    ...BIO("Victoria Reggie Kennedy"),
    "Douglas Hickey, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Finland",
    ...BIO("Douglas Hickey", false),
    "Glen S. Fukushima, Nominee for Member of the Securities Investor Protection Corporation",
    ...BIO("Glen S. Fukushima", false),
  ]);
  const qs = nomineePostQuestions(analyze(text));
  it("is named by the country's short name, the heading's footnote mark dropped", () => {
    const q = qs.find((c) => c.entities[0] === "Jamie Harpootlian")!;
    expect(q.prompt).toBe("For which post is Jamie Harpootlian the nominee, according to the article?");
    expect(q.answer).toBe("Ambassador to Slovenia");
    expect(q.choices[1]).toBe("Ambassador to Austria");
  });
  it("takes embassies of the country's region from the knowledge base, never one the United States does not keep", () => {
    const q = qs.find((c) => c.entities[0] === "Jamie Harpootlian")!;
    expect(q.choices).toHaveLength(4);
    for (const c of q.choices) expect(c).toMatch(/^Ambassador to /);
    expect(q.choices).not.toContain("Member of the Securities Investor Protection Corporation");
    for (const c of q.choices) expect(c).not.toMatch(/San Marino|Monaco|Andorra|Liechtenstein|Vatican|United States/);
  });
  it("asks no post that would be the only one of its kind among embassies", () => {
    expect(qs.find((c) => c.entities[0] === "Glen S. Fukushima")).toBeUndefined();
  });
});

describe("a release of several posts", () => {
  const people = [
    ["Matt Quinn", "Under Secretary for Memorial Affairs, Department of Veterans Affairs"],
    ["Doug Parker", "Assistant Secretary for Occupational Safety and Health, Department of Labor"],
    ["Ali Nouri", "Assistant Secretary for Congressional and Intergovernmental Affairs, Department of Energy"],
    ["Nuria Fernandez", "Administrator, Federal Transit Administration, Department of Transportation"],
  ];
  const lines = people.flatMap(([n, p]) => [`${n}, Nominee for ${p}`, ...BIO(n)]);
  it("offers the release's other posts, whole", () => {
    const text = article("President Biden Announces Key Nominations — The White House, April 9, 2021", ["Today, President Biden announced his intent to nominate four individuals.", ...lines]);
    const { candidates } = candidateBank(text);
    const q = candidates.find((c) => c.prompt.startsWith("For which post is Ali Nouri"))!;
    expect(q.answer).toBe("Assistant Secretary for Congressional and Intergovernmental Affairs, Department of Energy");
    // The other Assistant Secretary first.
    expect(q.choices[1]).toBe("Assistant Secretary for Occupational Safety and Health, Department of Labor");
    expect(new Set(q.choices)).toEqual(new Set(people.map(([, p]) => p)));
  });
  it("asks nothing of a person named for two posts, and a list printed twice names each nominee once", () => {
    const twice = article("President Biden Announces Key Nominations — The White House, April 9, 2021", [
      "Today, President Biden announced his intent to nominate four individuals.",
      ...people.map(([n, p]) => `${n}, Nominee for ${p}`),
      ...lines,
      "Matt Quinn, Nominee for Member of the Board of Visitors of the Coast Guard Academy",
    ]);
    const a = analyze(twice);
    expect(nomineeHeadings(a).filter((h) => h.person === "Doug Parker")).toHaveLength(1);
    const qs = nomineePostQuestions(a);
    expect(qs.map((q) => q.entities[0]).sort()).toEqual(["Ali Nouri", "Doug Parker", "Nuria Fernandez"]);
  });
  it("cuts a glued heading at 'Mr. Given Family' and drops a title before the name", () => {
    const text = article("President Biden Announces Key Nominations — The White House, June 9, 2021", [
      "Today, President Biden announced his intent to nominate four individuals.",
      "Guy Kiyokawa, Nominee for Assistant Secretary for Enterprise Integration, Department of Veterans Affairs Mr. Guy Kiyokawa is currently the Deputy Director of the Defense Health Agency.",
      "Dr. Maria Rosario Jackson, Nominee for Chair of the National Endowment for the Arts",
      ...BIO("Maria Rosario Jackson"),
    ]);
    expect(nomineeHeadings(analyze(text)).map((h) => [h.person, h.post])).toEqual([
      ["Guy Kiyokawa", "Assistant Secretary for Enterprise Integration, Department of Veterans Affairs"],
      ["Maria Rosario Jackson", "Chair of the National Endowment for the Arts"],
    ]);
  });
});

describe("nominations sent to the Senate", () => {
  const nb = "\u00a0\u00a0\u00a0\u00a0 ";
  const text = article("Nominations Sent to the Senate — The White House, April 27, 2021", [
    "NOMINATIONS SENT TO THE SENATE:",
    `${nb}Shalanda H. Baker, of Texas, to be Director of the Office of Minority Economic Impact, Department of Energy, vice James Edward Campos.`,
    `${nb}Gilbert Ray Cisneros, Jr., of California, to be Under Secretary of Defense for Personnel and Readiness, vice Matthew P. Donovan.`,
    `${nb}Steven C. Bondy, of New Jersey, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, to be Ambassador Extraordinary and Plenipotentiary of the United States of America to the Kingdom of Bahrain.`,
    `${nb}Cynthia C. Hogan, of Maryland, to be a Member of the Board of Directors of the Corporation for National and Community Service for a term expiring October 6, 2025, vice Shelly Lowe.`,
    `${nb}Deborah L. Boardman, of Maryland, to be United States District Judge for the District of Maryland, vice Richard D. Bennett, retiring.`,
    `${nb}Amitabha Bose, of New Jersey, to be Administrator of the Federal Railroad Administration, vice Ronald L. Batory.`,
    "WITHDRAWAL SENT TO THE SENATE:",
    `${nb}Robin C. Ashton, of Maryland, to be Inspector General, Central Intelligence Agency, vice David B. Buckley, resigned, which was sent to the Senate on April 19, 2021.`,
  ]);
  const a = analyze(text);
  it("reads each line's post, without the term, the predecessor or the career service", () => {
    expect(nomineeHeadings(a).map((h) => [h.person, h.post])).toEqual([
      ["Shalanda H. Baker", "Director of the Office of Minority Economic Impact, Department of Energy"],
      ["Gilbert Ray Cisneros", "Under Secretary of Defense for Personnel and Readiness"],
      ["Steven C. Bondy", "Ambassador Extraordinary and Plenipotentiary of the United States of America to the Kingdom of Bahrain"],
      ["Cynthia C. Hogan", "Member of the Board of Directors of the Corporation for National and Community Service"],
      ["Deborah L. Boardman", "United States District Judge for the District of Maryland"],
      ["Amitabha Bose", "Administrator of the Federal Railroad Administration"],
    ]);
  });
  it("asks the posts; a withdrawn nomination is no one's post and no wrong answer", () => {
    const qs = nomineePostQuestions(a);
    const baker = qs.find((q) => q.entities[0] === "Shalanda H. Baker")!;
    expect(baker.prompt).toBe("For which post is Shalanda H. Baker the nominee, according to the article?");
    expect(qs.flatMap((q) => q.choices).some((c) => /Central Intelligence/.test(c))).toBe(false);
    // A term's end is no era of the question ("In 2025, for which post is …", set BY's first draft).
    const hogan = candidateBank(text).candidates.find((q) => q.entities[0] === "Cynthia C. Hogan" && q.heading)!;
    expect(hogan.prompt).toBe("For which post is Cynthia C. Hogan the nominee, according to the article?");
    const bondy = qs.find((q) => q.entities[0] === "Steven C. Bondy")!;
    expect(bondy.answer).toBe("Ambassador to Bahrain");
    // A district judge's post takes other districts' judgeships: Maryland is one district, so the Fourth Circuit's.
    const boardman = qs.find((q) => q.entities[0] === "Deborah L. Boardman")!;
    expect(boardman.prompt).toMatch(/^For which post /);
    for (const c of boardman.choices.slice(1)) expect(c).toMatch(/^United States District Judge for the (?:(?:Eastern|Middle|Western|Northern|Southern) )?District of (?:Virginia|North Carolina|South Carolina|West Virginia)$/);
  });
});

describe("set BY's findings", () => {
  const nb = "\u00a0\u00a0\u00a0\u00a0 ";
  const senate = article("Nominations Sent to the Senate — The White House, September 13, 2021", [
    "NOMINATIONS SENT TO THE SENATE:",
    `${nb}Donald Lu, of California, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, to be an Assistant Secretary of State for South Asian Affairs, vice Alice G. Wells.`,
    `${nb}Karen Erika Donfried, of Maryland, to be an Assistant Secretary of State (European and Eurasian Affairs), vice Philip T. Reeker.`,
    `${nb}Jessica Lewis, of Ohio, to be an Assistant Secretary of State (Political-Military Affairs), vice R. Clarke Cooper.`,
    `${nb}Michael J. McCord, of Ohio, to be Under Secretary of Defense (Comptroller), vice Elaine McCusker.`,
    `${nb}Todd Gee, of Mississippi, to be United States Attorney for the Southern District of Mississippi for the term of four years, vice Mike Hurst.`,
    `${nb}Terry J. Burgin, of North Carolina, to be United States Marshal for the Western District of North Carolina for the term of four years, vice Jeffrey S. Rogers.`,
    `${nb}Michael Purnell, of Mississippi, to be United States Marshal for the Northern District of Mississippi for the term of four years, vice Jeffrey Hartley.`,
    `${nb}Eddie M. Caldwell, of North Carolina, to be United States Marshal for the Middle District of North Carolina for the term of four years, vice Gerald Whitt.`,
    `${nb}Catherine J.K. Sandoval, of California, to be a Member of the Chemical Safety and Hazard Investigation Board for a term of five years, vice Kristen M. Kulinowski.`,
  ]);
  const qs = nomineePostQuestions(analyze(senate));
  it("writes the Senate's bracketed bureau as the releases do, so that no choice stands out by its brackets", () => {
    const lu = qs.find((q) => q.entities[0] === "Donald Lu")!;
    expect(lu.choices).toContain("Assistant Secretary of State for European and Eurasian Affairs");
    expect(lu.choices).toContain("Assistant Secretary of State for Political-Military Affairs");
    expect(qs.flatMap((q) => q.choices)).not.toContain("Under Secretary of Defense for Comptroller");
  });
  it("offers a U.S. Attorney other districts' attorneys, not three marshals", () => {
    const gee = qs.find((q) => q.entities[0] === "Todd Gee")!;
    expect(gee.answer).toBe("United States Attorney for the Southern District of Mississippi");
    for (const c of gee.choices) expect(c).toMatch(/^United States Attorney for the /);
    expect(gee.choices).toContain("United States Attorney for the Northern District of Mississippi");
  });
  it("names a board's seat as its member's, where the heading names only the board", () => {
    const text = article("President Biden Announces Key Nominations — The White House, April 1, 2022", [
      "Today, President Biden announced his intent to nominate the following individuals:",
      "Catherine J.K. Sandoval, Nominee for Chemical Safety and Hazard Investigation Board",
      ...BIO("Catherine J.K. Sandoval"),
      "Gregory Doud, Nominee for Chief Agricultural Negotiator at the United States Trade Representative",
      ...BIO("Gregory Doud", false),
      "Max Vekich, Nominee for Commissioner of the Federal Maritime Commission",
      ...BIO("Max Vekich", false),
      "Carlos Monje, Nominee for Under Secretary of Transportation for Policy",
      ...BIO("Carlos Monje", false),
    ]);
    const q = nomineePostQuestions(analyze(text)).find((c) => c.entities[0] === "Catherine J.K. Sandoval")!;
    expect(q.answer).toBe("Member of the Chemical Safety and Hazard Investigation Board");
  });
  it("asks no post that is the only one of its title among three of another", () => {
    const text = article("President Biden Announces Key Nominations — The White House, April 1, 2022", [
      "Today, President Biden announced his intent to nominate the following individuals:",
      "Lynette Young Overby, Nominee for Member of the National Council on the Humanities",
      ...BIO("Lynette Young Overby"),
      "Sean Burton, Nominee for Member of the Board of Directors of the Metropolitan Washington Airports Authority",
      ...BIO("Sean Burton", false),
      "Jennifer Beth Sass, Nominee for Member of the Chemical Safety and Hazard Investigation Board",
      ...BIO("Jennifer Beth Sass"),
      "Ali Nouri, Nominee for Assistant Secretary for Congressional and Intergovernmental Affairs, Department of Energy",
      ...BIO("Ali Nouri", false),
    ]);
    const people = nomineePostQuestions(analyze(text)).map((q) => q.entities[0]);
    expect(people).toContain("Sean Burton");
    expect(people).not.toContain("Ali Nouri");
  });
  const bio = (sentences: string[]) => candidateBank(article("President Biden Announces Key Nominees — The White House, March 8, 2022", [
    "Today, President Biden announced his intent to nominate the following individuals to serve as key leaders:",
    "Tess Udall, Nominee for Member of the Board of Directors of the Inter-American Foundation",
    "Jay Shambaugh, Nominee for Under Secretary of the Treasury for International Affairs",
    "Lesslie Viguerie, Nominee for Ambassador Extraordinary and Plenipotentiary to the Kyrgyz Republic",
    "William H. Duncan, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of El Salvador",
    ...sentences,
  ])).candidates;
  it("asks no one's origins, spouse or praise in figures", () => {
    const cs = bio([
      "Tess Udall is a sixth generation Coloradan, born and raised in the foothills of Boulder.",
      "Jay Shambaugh is married to Flora Zylfijaj and they have two children.",
      "Lesslie Viguerie was named an Employment Law MVP by Law360 in 2018, recognizing the top five most influential attorneys in the field.",
      "William H. Duncan had a distinguished career of public service spanning four decades as a diplomat and as a military chaplain.",
    ]);
    expect(cs.filter((c) => /Coloradan|married to|top _____|spanning _____/.test(c.prompt))).toEqual([]);
  });
  it("keeps a fact sheet's figure about first-generation appointees", () => {
    const figure = { ...stem("According to the fact sheet, nearly _____ of all appointees at the Department are first-generation Americans."), type: "numeric" as const, answer: "half", answerKey: "num:half" };
    const nominations = analyze(article("President Biden Announces Key Nominees — The White House, March 8, 2022", ["Today, President Biden announced his intent to nominate the following individuals."]));
    const sheet = analyze(article("Eleanor Roosevelt and the Role of the First Lady", ["Eleanor Roosevelt changed what Americans expected of a president's spouse."]));
    expect(gateTrivia(figure) || gateBiography(figure, nominations)).toBe(false);
    expect(gateBiography({ ...figure, prompt: "A native of California and third-generation American of Japanese ancestry, _____ has promoted Asian American advancement." }, nominations)).toBe(true);
    // Only in a release of nominations: a history's "who was married to _____" stays (the review).
    const married = { ...stem("Eleanor Roosevelt, who was married to _____, transformed the role of First Lady."), answer: "Franklin D. Roosevelt", answerKey: "person:Franklin D. Roosevelt" };
    expect(gateBiography(married, sheet) || gateTrivia(married)).toBe(false);
    expect(gateBiography(married, nominations)).toBe(true);
  });
  it("keeps a series of verbs after 'which' whole", () => {
    const cs = bio(["William H. Duncan is the Founder, Chairman and CEO of Chartwell Hotels, LLC, which owns, develops and manages hotels throughout the Northeast."]);
    for (const c of cs.filter((x) => /Chartwell/.test(x.prompt))) expect(c.prompt).not.toMatch(/LLC develops/);
  });
});

describe("set BZ's findings", () => {
  const text = article("President Biden Announces Key Nominations — The White House, July 21, 2021", [
    "Today, President Biden announced his intent to nominate the following individuals to serve in key roles:",
    "Victoria Reggie Kennedy, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Austria",
    "Victoria Reggie Kennedy is Senior Counsel in the corporate and securities practice group at Greenberg Traurig LLP, in Boston.",
    "She earned a J.D., summa cum laude, from Tulane University School of Law, and then clerked for Hon. Robert A. Sprecher, U.S. Court of Appeals for the Seventh Circuit in Chicago.",
    "She is the recipient of eight honorary degrees and numerous civic awards, including the Ellis Island Medal of Honor.",
    "John R. Bass, Nominee for Under Secretary of State for Management",
    "John R. Bass has served as Ambassador to the Islamic Republic of Afghanistan, Ambassador to the Republic of Turkey, and Ambassador to the Republic of Georgia.",
    "Maryanne Donaghy, Nominee for Assistant Secretary for Accountability and Whistleblower Protection, Department of Veterans Affairs",
    "Ms. Donaghy lectured extensively during her years as a federal prosecutor on financial fraud, money laundering and corporate wrongdoing.",
    "Ronald L. Davis, Nominee for Director of the United States Marshals Service",
    "Ronald L. Davis leads a national practice on police reform and has advised cities across the country.",
    "Seema Nanda, Nominee for Solicitor of the Department of Labor",
    "Seema Nanda served as Chief of Staff, Deputy Chief of Staff, and Deputy Solicitor at the U.S Department of Labor in the Obama – Biden Administration.",
    "Jocelyn Samuels, Nominee for Member of the Equal Employment Opportunity Commission",
    "Other professional highlights include six years at the Office of Management and Budget and work as a research assistant at a development bank.",
    "Gayle Conelly Manchin, Nominee for Federal Co-Chair of the Appalachian Regional Commission",
    "Gayle Conelly Manchin attended West Virginia University, attaining her Bachelor of Arts in Language Arts and Education and a Master of Arts in Reading.",
    "In 2010-2011, Victoria served as Vice President of Administration and Finance at the Millennium Challenge Corporation in 2010-2011.",
  ]);
  const cs = everyCandidate(text);
  const ok = candidateBank(text).candidates;
  it("'Hon.' ends no sentence, and 'She' is never a man the knowledge base knows by his given name", () => {
    expect(analyze(text).sentences.some((s) => /^Robert A\. Sprecher/.test(s.text))).toBe(false);
    expect(cs.some((c) => /Sprecher is the recipient/.test(c.prompt))).toBe(false);
  });
  it("offers no man for 'her years'", () => {
    const q = ok.find((c) => /^Who lectured extensively during her years/.test(c.prompt));
    expect(q?.choices ?? []).not.toContain("Ronald L. Davis");
  });
  it("lets one pronoun's guess give way to the given name, for 'her years' and for a leading 'She'", () => {
    const few = article("President Biden Announces Key Nominations — The White House, March 26, 2021", [
      "Today, President Biden announced his intent to nominate the following individuals to serve in key roles:",
      "Maryanne Donaghy, Nominee for Assistant Secretary for Accountability and Whistleblower Protection, Department of Veterans Affairs",
      "Ms. Donaghy lectured extensively during her years as a federal prosecutor on financial fraud, money laundering and corporate wrongdoing.",
      "Ronald L. Davis, Nominee for Director of the United States Marshals Service",
      "Ronald L. Davis leads a national practice on police reform and has advised cities across the country.",
      "John R. Bass, Nominee for Under Secretary of State for Management",
      "John R. Bass directs the department's management of embassies and consulates around the world.",
      "Seema Nanda, Nominee for Solicitor of the Department of Labor",
      "Seema Nanda has led the department's enforcement of wage laws for a decade.",
      "Jocelyn Samuels, Nominee for Member of the Equal Employment Opportunity Commission",
      "Jocelyn Samuels has enforced civil rights laws at the Department of Justice for many years.",
    ]);
    for (const c of candidateBank(few).candidates.filter((x) => /her years/.test(x.prompt))) expect(c.choices.filter((x) => /Davis|Bass/.test(x))).toEqual([]);
    const a = analyze(article("A Release — The White House, July 21, 2021", [
      "The library's reading room is named for Robert A. Sprecher, a judge of the Seventh Circuit.",
      "She is the recipient of eight honorary degrees and numerous civic awards.",
    ]));
    const s = a.sentences.find((x) => x.text.startsWith("She is"))!;
    expect(resolveLeadingPronoun(a, s, "She is the recipient of _____ honorary degrees and numerous civic awards.")).toMatch(/^She /);
  });
  it("does not cut a stem at an administration's dash, and still cuts at another name's", () => {
    expect(cs.some((c) => /in the Obama\.$/.test(c.prompt))).toBe(false);
    const sheet = article("Fact Sheet: Biden-Harris Administration Protects Public Lands — The White House, March 21, 2023", [
      "Today, the Administration is announcing new actions to conserve lands and waters across the country.",
      "The U.S. Forest Service and the Bureau of Land Management announced actions to consider protections for cultural and natural resources in the Pactola Reservoir - Rapid Creek Watershed in South Dakota, including drinking water for Rapid City and Ellsworth Air Force Base, from the adverse impacts of mineral exploration and development.",
      "The Pactola Reservoir is the largest and deepest reservoir in the Black Hills National Forest, with 14 miles of shoreline.",
    ]);
    expect(candidateBank(sheet).candidates.some((c) => /_____ announced actions to consider protections for cultural and natural resources in the Pactola Reservoir\.$/.test(c.prompt))).toBe(true);
  });
  it("refuses 'Other professional highlights', a degree 'attaining', a date said twice and 'the Islamic Republic of _____'", () => {
    expect(ok.filter((c) => /^Other professional highlights|attaining her Bachelor|In 2010-2011, .* in 2010-2011|Islamic Republic of _____/.test(c.prompt))).toEqual([]);
    const blank = { ...stem("John R. Bass has served as Ambassador to the Islamic Republic of _____, Ambassador to the Republic of Turkey, and Ambassador to the Republic of Georgia."), answer: "Afghanistan", answerKey: "country:Afghanistan" };
    expect(gatePredictable(blank, analyze(text))).toBe(true);
    expect(gatePredictable({ ...blank, prompt: "John R. Bass has served as Ambassador to _____, Ambassador to the Republic of Turkey, and Ambassador to the Republic of Georgia." }, analyze(text))).toBe(false);
  });
});

describe("set CA's findings", () => {
  const text = article("President Biden Names Eighteenth Round of Judicial Nominees — The White House, May 25, 2022", [
    "Today, President Biden announced his intent to nominate four individuals to serve as federal judges and one to serve as a United States Attorney.",
    "Jeremy C. Daniel: Nominee for the United States District Court for the Northern District of Illinois",
    "Mr. Daniel was previously an associate at Katten Muchin Rosenman LLP in Chicago, Illinois, and has advised the city on public safety.",
    "Darrel James Papillion: Nominee for the United States District Court for the Eastern District of Louisiana",
    "Mr. Papillion has represented workers and small businesses in complex litigation for two decades in New Orleans.",
    "Danny Lam Nguyen: Nominee for the District of Columbia Superior Court",
    "Mr. Nguyen leads the criminal division of the District's public defender service and trains new defenders.",
    "Eric G. Olshan: Nominee for United States Attorney for the Western District of Pennsylvania",
    "Mr. Olshan entered the Department of Justice through the Attorney General's Honors Program.",
    "Rachel S. Bloomekatz: Nominee for the United States Court of Appeals for the Sixth Circuit",
    "Rachel S. Bloomekatz is a solo practitioner at Bloomekatz Law LLC, which she founded in 2019 in Columbus, Ohio.",
    "From 2009 to 2010, she served as a law clerk for Chief Justice Margaret Marshall on the Massachusetts Supreme Judicial Court, and she argued before the Ninth Circuit in 2015.",
    "The President has now announced 57 nominees to serve as U.S. Attorneys, and 17 nominees to serve as U.S. Marshals.",
  ]);
  const ok = candidateBank(text).candidates;
  it("knows a 'Name: Nominee for …' heading's person as a nominee, by the full name", () => {
    const q = ok.find((c) => /^Who was previously an associate at Katten/.test(c.prompt))!;
    expect(q.answer).toBe("Jeremy C. Daniel");
    for (const c of q.choices) expect(["Jeremy C. Daniel", "Darrel James Papillion", "Danny Lam Nguyen", "Eric G. Olshan", "Rachel S. Bloomekatz"]).toContain(c);
  });
  it("asks no clerkship's judge, no firm's founding year, and no office as a body 'to serve as _____'", () => {
    expect(ok.filter((c) => /Chief Justice\?|founded in _____|to serve as _____/.test(c.prompt))).toEqual([]);
  });
  it("refuses a stem that opens with a name cut to its initial", () => {
    expect(gateStemStart(stem("R. Thompson currently serves as the _____'s Principal Deputy Assistant Secretary for South and Central Asian Affairs."))).toBe(true);
    expect(gateStemStart(stem("J. Edgar Hoover led the _____ for nearly five decades."))).toBe(false);
  });
});

describe("set CA's findings in a release of five nominations", () => {
  const text = article("President Biden Announces Five Key Nominations — The White House, September 16, 2021", [
    "Today, President Biden announced his intent to nominate the following individuals to serve in key roles:",
    "John Sherman, Nominee for Chief Information Officer, Department of Defense",
    "Mr. Sherman grew up in rural Jackson County in South Texas.",
    "Krista Boyd, Nominee for Inspector General, Office of Personnel Management",
    "Ms. Boyd has led Committee efforts to protect whistleblowers and to improve whistleblower laws.",
    "Matthew Axelrod, Nominee for Assistant Secretary for Export Enforcement, Department of Commerce",
    "During the Obama-Biden Administration, Matthew Axelrod served as the Principal Associate Deputy Attorney General, and supervised a staff of twenty-five attorneys.",
    "Viquar Ahmad, Nominee for Assistant Secretary for Administration and Chief Financial Officer, Department of Commerce",
    "Viquar Ahmad has been recognized with excellence awards, including the U.S. Coast Guard's Distinguished Public Service Medal.",
    "Margo Schlanger, Nominee for Assistant Secretary for Civil Rights, United States Department of Agriculture",
    "Margo Schlanger founded the Civil Rights Litigation Clearinghouse, a public archive of civil rights cases.",
  ]);
  it("asks no upbringing, no unnamed committee, no staff's size and no award's giver", () => {
    const ok = candidateBank(text).candidates;
    expect(ok.filter((c) => /grew up|Committee efforts|a staff of _____|_____'s Distinguished/.test(c.prompt))).toEqual([]);
    expect(everyCandidate(text).some((c) => /a staff of _____/.test(c.prompt))).toBe(true);
  });
});

describe("the review of engine 36", () => {
  const BIO2 = (n: string) => [`${n} has served in public life for two decades and is known for work on civil rights.`];
  const heads = (text: string) => nomineeHeadings(analyze(text)).map((h) => [h.person, h.post]);
  it("cuts a glued heading where the whole name comes back or a date opens the biography, not at a given name that is a place", () => {
    const text = article("President Biden Names Judicial Nominees — The White House, April 29, 2021", [
      "Today, President Biden announced his intent to nominate the following individuals.",
      "Virginia Smith, Nominee for United States Attorney for the Eastern District of Virginia",
      ...BIO2("Virginia Smith"),
      "Tana Lin: Nominee for the United States District Court for the Western District of Washington From 2001 to 2004, Ms. Lin was the Litigation Coordinator at the Michigan Poverty Law Program.",
    ]);
    expect(heads(text)).toEqual([
      ["Virginia Smith", "United States Attorney for the Eastern District of Virginia"],
      ["Tana Lin", "the United States District Court for the Western District of Washington"],
    ]);
  });
  const embassies = (date: string) => article(date ? `President Biden Announces Key Nominations${date}` : "Key Nominations", [
    date ? "Today, President Biden announced his intent to nominate the following individuals to serve as ambassadors." : "The following individuals have been nominated to serve as ambassadors.",
    "Thomas Reyes, Nominee for Ambassador Extraordinary and Plenipotentiary to New Zealand",
    ...BIO2("Thomas Reyes"),
    "Marie Oakes, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Fiji",
    ...BIO2("Marie Oakes"),
    "Claire Hollis, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Madagascar",
    ...BIO2("Claire Hollis"),
    "Mark Ellery, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Poland",
    ...BIO2("Mark Ellery"),
  ]);
  it("offers no embassy a neighbour's ambassador covers, no state of the past, and no 'the Czechia'", () => {
    for (const text of [embassies(" — The White House, October 8, 2021"), embassies("")]) {
      const a = analyze(text);
      expect(a.year === undefined).toBe(!/2021/.test(text));
      const fill = nomineeHeadings(a).flatMap((h) => kbPostsFor(a, h));
      expect(fill).toContain("Ambassador to Czechia");
      expect(fill).toContain("Ambassador to the United Kingdom");
      for (const c of fill) expect(c).not.toMatch(/Samoa|Tonga|Vanuatu|Solomon|Comoros|Seychelles|Maldives|Soviet|Nazi|Yugoslavia|Czechoslovakia|East Germany|Austria-Hungary|Empire|the Czechia/);
    }
  });
  it("offers a chair no seat of the same commission, and asks a justice's post as a post", () => {
    const nb = "\u00a0\u00a0\u00a0\u00a0 ";
    const text = article("Nominations Sent to the Senate — The White House, July 19, 2021", [
      "NOMINATIONS SENT TO THE SENATE:",
      `${nb}Alexander Hoehn-Saric, of Maryland, to be Chairman of the Consumer Product Safety Commission, vice Ann Marie Buerkle.`,
      `${nb}Mary T. Boyle, of Maryland, to be a Commissioner of the Consumer Product Safety Commission for a term of seven years, vice Robert S. Adler.`,
      `${nb}Ketanji Brown Jackson, of the District of Columbia, to be an Associate Justice of the Supreme Court of the United States, vice Stephen G. Breyer, retiring.`,
      `${nb}Amitabha Bose, of New Jersey, to be Administrator of the Federal Railroad Administration (New Position).`,
      `${nb}Armando O. Bonilla, of Virginia, to be a Judge of the United States Court of Federal Claims for a term of fifteen years, vice Thomas C. Wheeler.`,
      `${nb}Deborah L. Boardman, of Maryland, to be United States District Judge for the District of Maryland, vice Richard D. Bennett, retiring.`,
      `${nb}Toby J. Heytens, of Virginia, to be United States Circuit Judge for the Fourth Circuit, vice Henry F. Floyd, retiring.`,
      `${nb}Carlos Alberto Monje, of Louisiana, to be Under Secretary of Transportation for Policy, vice Derek Kan.`,
      `${nb}Brenda Mallory, of Maryland, to be a Member of the Council on Environmental Quality, vice Mary Neumayr.`,
      "WITHDRAWAL SENT TO THE SENATE:",
      `${nb}Robin C. Ashton, of Maryland, to be Inspector General, Central Intelligence Agency, vice David B. Buckley, resigned, which was sent to the Senate on April 19, 2021.`,
      "NOMINATIONS SENT TO THE SENATE:",
      `${nb}Shalanda H. Baker, of Texas, to be Director of the Office of Minority Economic Impact, Department of Energy, vice James Edward Campos.`,
    ]);
    const a = analyze(text);
    expect(nomineeHeadings(a).map((h) => h.person)).toContain("Shalanda H. Baker");
    expect(nomineeHeadings(a).find((h) => h.person === "Amitabha Bose")?.post).toBe("Administrator of the Federal Railroad Administration");
    const qs = nomineePostQuestions(a);
    const chair = qs.find((q) => q.entities[0] === "Alexander Hoehn-Saric")!;
    expect(chair.choices).not.toContain("Commissioner of the Consumer Product Safety Commission");
    expect(qs.find((q) => q.entities[0] === "Ketanji Brown Jackson")?.prompt).toMatch(/^For which post /);
  });
  it("asks a post its first nominee was not asked about", () => {
    const text = article("President Biden Announces Key Nominations — The White House, April 9, 2021", [
      "Today, President Biden announced his intent to nominate the following individuals.",
      "Matt Quinn, Nominee for Member of the National Mediation Board",
      "Matt Quinn, Nominee for Under Secretary for Memorial Affairs, Department of Veterans Affairs",
      "Linda Puchala, Nominee for Member of the National Mediation Board",
      "Doug Parker, Nominee for Member of the Occupational Safety and Health Review Commission",
      "Ali Nouri, Nominee for Member of the Federal Labor Relations Authority",
      "Nuria Fernandez, Nominee for Member of the Merit Systems Protection Board",
    ]);
    expect(nomineePostQuestions(analyze(text)).map((q) => q.entities[0])).toContain("Linda Puchala");
  });
  it("keeps figures that only look like a biography's praise or degrees, and a monarchy's name in a history", () => {
    const num = (prompt: string) => ({ ...stem(prompt), type: "numeric" as const, answer: "ten", answerKey: "num:ten" });
    for (const p of ["The Department awarded grants to the top _____ applicants in the competition.", "The United States ranked among the top _____ countries in clean energy investment.", "Over a long career in the Senate, Byrd cast more than _____ roll-call votes.", "The Pell Grant increase will help _____ students earning their first bachelor's degree.", "Millions of Texans were receiving emergency alerts as temperatures fell to _____ degrees."]) expect(gateTrivia(num(p)), p).toBe(false);
    const history = analyze(article("The Overthrow of the Hawaiian Kingdom", ["In 1893, American businessmen overthrew Queen Liliuokalani."]));
    const founded = { ...stem("Frederick Douglass edited The North Star, a newspaper which he founded in _____ in Rochester."), type: "numeric" as const, answer: "1847", answerKey: "num:1847" };
    expect(gateBiography(founded, history)).toBe(false);
    expect(gatePredictable({ ...stem("In 1893, American businessmen overthrew Queen Liliuokalani, the last monarch of the Kingdom of _____."), answer: "Hawaii", answerKey: "state:Hawaii" }, history)).toBe(false);
  });
  it("reads an accented given name, and does not undo a pronoun of the person's own sentence", () => {
    const a = analyze(article("A Release — The White House, July 21, 2021", [
      "The President today named José Maria Ortega as the new Special Envoy for the Andean Region.",
      "He previously served as the Deputy Assistant Secretary for Andean Affairs.",
      "Carol Reed said he would lead the office's work on trade.",
    ]));
    expect(a.ents.persons.get("José Maria Ortega")?.gender).toBe("m");
    // (A man the knowledge base's list of given names would call a woman: his own sentence says "he".)
    expect(a.ents.persons.get("Carol Reed")?.gender).toBe("m");
  });
});
