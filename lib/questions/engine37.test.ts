/**
 * Engine 37 (ADR 054): a nominee's current position, "What position does X currently hold, according to the article?",
 * with the posts the same biography says the nominee held before, then the other nominees' current posts, as the wrong
 * answers. Raters of sets BZ and CA asked for it; the texts are written for the tests, after the pool's releases.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { generateQuestions } from "./index";
import { BOARDS, COMMISSIONS, CORPORATIONS } from "./kb/curated/boards";
import { kbPostsFor, nomineeHeadings, nomineePostQuestions } from "./nominations";
import { currentPositionQuestions } from "./positions";
import { article } from "./test-helpers";


const OPEN = "WASHINGTON – Today, President Joe Biden announced his intent to nominate the following individuals:";
/** A nominations release as the White House prints one: its title and date, the opening line, then the lines given. */
const nominations = (title: string, date: string, lines: string[]) => article(`${title} — The White House, ${date}`, [OPEN, ...lines]);
/** Heading lines: "Name, Nominee for Post". */
const headings = (posts: [string, string][]) => posts.map(([who, post]) => `${who}, Nominee for ${post}`);
/** The post question of one nominee. */
const askPost = (text: string, who: string) => nomineePostQuestions(analyze(text)).find((q) => q.entities[0] === who);
const diplomats = article("President Biden Announces Key Nominees — The White House, May 28, 2024", [
  "WASHINGTON – Today, President Joe Biden announced his intent to nominate the following individuals to serve as key leaders in his administration:",
  "Michael G. Heath, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Malawi",
  "Michael G. Heath, a career member of the Senior Foreign Service with the rank of Minister-Counselor, is currently Deputy Assistant Secretary for West Africa in the Bureau of African Affairs.",
  "Prior to that, Heath served as Deputy Chief of Mission at the U.S. Embassy in Bangkok, Thailand.",
  "He has also served as Consul General in Chiang Mai, Thailand; Chief of the economic policy analysis unit in Beijing, China; and Senior Country Officer for Indonesia at the Department of State.",
  "A California native, Heath holds a B.A. from Stanford University.",
  "Peter W. Lord, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Senegal",
  "Peter W. Lord, a career member of the Senior Foreign Service, class of Counselor, currently serves as the Deputy Assistant Secretary for East Africa, Sudan, and South Sudan in the Bureau of African Affairs at the U.S. Department of State.",
  "Lord previously served as Deputy Director of the Office of East African Affairs.",
  "In 2019, Lord led the United States delegation to the African Union summit in Addis Ababa, Ethiopia.",
  "He earned a degree from Georgetown University.",
  "Kelly Adams-Smith, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Moldova",
  "Kelly Adams-Smith has three decades of experience in European security policy and transatlantic trade.",
  "Kelly Adams-Smith has served as the Deputy Chief of Mission at the U.S. Mission to the European Union since 2021.",
  "She was an associate at the firm in Boston before joining the Foreign Service.",
  "She also served as Chief Financial Officer.",
  "Carol Spahn, Nominee for Director of the Peace Corps",
  "Carol Spahn currently serves as Acting Director of the Peace Corps.",
  "She previously served as Chief of Operations for the Peace Corps in the Africa Region, and Senior Vice President of Operations at Women for Women International.",
]);

describe("a nominee's current position", () => {
  const a = analyze(diplomats);
  const qs = currentPositionQuestions(a);
  const of = (person: string) => qs.find((q) => q.entities[0] === person);

  it("asks what the biography says the nominee does now, with the posts it says they held before", () => {
    const q = of("Michael G. Heath")!;
    expect(q.prompt).toBe("What position does Michael G. Heath currently hold, according to the article?");
    expect(q.answer).toBe("Deputy Assistant Secretary for West Africa in the Bureau of African Affairs");
    // "Prior to that, … served as …" and "He has also served as A; B; and C": each an earlier post, three at most.
    expect(q.choices.slice(1)).toEqual(["Deputy Chief of Mission at the U.S. Embassy in Bangkok, Thailand", "Consul General in Chiang Mai, Thailand", "Chief of the economic policy analysis unit in Beijing, China"]);
    // The evidence is the sentence that says "currently", and the rank before it is no post.
    expect(a.text.slice(q.evidenceStart, q.evidenceEnd)).toMatch(/^Michael G\. Heath, a career member .* is currently Deputy Assistant Secretary for West Africa/);
    expect(q.choices.join(" ")).not.toMatch(/Senior Foreign Service|Minister-Counselor/);
  });

  it("keeps a place's list in the post and cuts a long post before the bureau it sits in", () => {
    const q = of("Peter W. Lord")!;
    expect(q.answer).toBe("Deputy Assistant Secretary for East Africa, Sudan, and South Sudan");
    expect(q.choices[1]).toBe("Deputy Director of the Office of East African Affairs");
    // Too few earlier posts of his own: the other nominees' current posts fill the choices.
    expect(q.choices.slice(2)).toEqual(expect.arrayContaining(["Deputy Assistant Secretary for West Africa in the Bureau of African Affairs"]));
  });

  it("reads 'has served as … since 2021' as the current post and leaves out posts that do not say where", () => {
    const q = of("Kelly Adams-Smith")!;
    expect(q.answer).toBe("Deputy Chief of Mission at the U.S. Mission to the European Union");
    // "an associate at the firm" (which firm?) and "Chief Financial Officer" (of what?) are no choices.
    for (const c of q.choices) expect(c).not.toMatch(/the firm|^Chief Financial Officer$/);
  });

  it("asks nothing of a nominee whose current post is the one named for, acting", () => {
    // "Acting Director of the Peace Corps" would give away "Director of the Peace Corps", the nominee question's answer.
    expect(of("Carol Spahn")).toBeUndefined();
  });

  it("puts the question in the quiz beside the nominee's post", () => {
    const quiz = generateQuestions(diplomats, { seed: "1" }).questions;
    const q = quiz.find((x) => x.prompt === "What position does Michael G. Heath currently hold, according to the article?");
    expect(q?.evidence).toMatch(/is currently Deputy Assistant Secretary for West Africa/);
    expect(quiz.some((x) => x.prompt.startsWith("For which post is Michael G. Heath the nominee"))).toBe(true);
  });
});

describe("a nominations release's quiz", () => {
  it("asks each nominee's post and current position, and leaves the biographies' details to the bank", () => {
    const r = generateQuestions(diplomats, { seed: "1", bank: true });
    const quiz = r.questions.map((q) => q.prompt);
    const bank = (r.bank ?? []).map((q) => q.prompt);
    expect(quiz).toContain("What position does Kelly Adams-Smith currently hold, according to the article?");
    // Nor a profile of a nominee now ("Who has three decades of experience in …?"): kept 58 of 70 times in sets BT and
    // BU, but 20 of 44 in set CH, a fresh panel of such questions.
    expect(quiz).not.toContain("Who has three decades of experience in European security policy and transatlantic trade?");
    expect(bank).toContain("Who has three decades of experience in European security policy and transatlantic trade?");
    // "Who has served as the Deputy Chief of Mission … since 2021?" and "In _____, Peter W. Lord led the United States
    // delegation …" are résumé details (raters kept 28 of 94 biography questions in sets BZ, CA and CC): the bank's.
    for (const p of [/^Who has served as the Deputy Chief of Mission/, /led the United States delegation/]) {
      expect(quiz.some((x) => p.test(x))).toBe(false);
      expect(bank.some((x) => p.test(x))).toBe(true);
    }
  });

  it("shows an embassy by the country's short name where the knowledge base knows its formal one", () => {
    const text = nominations("President Biden Announces Key Nominees", "April 22, 2022", [
      "Michael Alan Ratney, Nominee for Ambassador Extraordinary and Plenipotentiary to the Kingdom of Saudi Arabia",
      "Michael Alan Ratney is the Acting Deputy Director of the Foreign Service Institute.",
      "Joseph Donnelly, Nominee for Ambassador Extraordinary and Plenipotentiary to the Holy See",
      "Joseph Donnelly is a partner at Akin Gump Strauss Hauer & Feld LLP.",
    ]);
    const qs = nomineePostQuestions(analyze(text));
    // Not "the Kingdom of Saudi Arabia", the one formal name among the choices (set CC's two pairs).
    expect(qs.find((q) => q.entities[0] === "Michael Alan Ratney")?.answer).toBe("Ambassador to Saudi Arabia");
    expect(qs.find((q) => q.entities[0] === "Joseph Donnelly")?.answer).toBe("Ambassador to the Holy See");
  });
});

describe("a nominee's seat on a commission or board, where the release names too few like it", () => {
  const release = (year: number, posts: [string, string][], extra: string[] = []) => nominations("President Biden Announces Key Nominations", `October 26, ${year}`, [...headings(posts), ...extra]);
  const ask = askPost;

  it("takes other commissions' commissioners, other boards' members and other corporations' directors, in the answer's words", () => {
    const posts: [string, string][] = [
      ["Jessica Rosenworcel", "Commissioner of the Federal Communications Commission"],
      ["Alan Davidson", "Assistant Secretary for Communications and Information, Department of Commerce"],
      ["Linda Puchala", "Member of the National Mediation Board"],
      ["Leslie N. Bluhm", "Member of the Board of Directors of AmeriCorps"],
      ["Joel Szabat", "Member of the AMTRAK Board of Directors"],
    ];
    const text = release(2021, posts, ["Jessica Rosenworcel has served on the Federal Election Commission's advisory panel."]);
    const fcc = ask(text, "Jessica Rosenworcel")!;
    for (const c of fcc.choices.slice(1)) expect(c).toMatch(/^Commissioner of the [A-Z].* Commission$/);
    // (Not a commission the release names: the Federal Election Commission.)
    expect(fcc.choices.join(" | ")).not.toMatch(/Federal Election Commission/);
    // The release's other members' seats first, then the knowledge base's in the answer's shape.
    const puchala = ask(text, "Linda Puchala")!.choices.slice(1);
    expect(puchala.filter((c) => /^Member of the (?!National Mediation)[A-Z][\w ]* Board$/.test(c)).length).toBeGreaterThan(0);
    const bluhm = ask(text, "Leslie N. Bluhm")!.choices.slice(1);
    expect(bluhm.filter((c) => /^Member of the Board of Directors of (?:the )?(?!AmeriCorps)[A-Z]/.test(c)).length).toBeGreaterThan(0);
    const szabat = ask(text, "Joel Szabat")!.choices.slice(1);
    expect(szabat.filter((c) => /^Member of the (?!AMTRAK)[A-Z][\w -]* Board of Directors$/.test(c)).length).toBeGreaterThan(0);
  });

  it("lists each body once, with a year", () => {
    const all = [...COMMISSIONS, ...BOARDS, ...CORPORATIONS];
    expect(new Set(all.map((b) => b.name.toLowerCase())).size).toBe(all.length);
    for (const b of all) expect(b.from).toBeGreaterThan(1780);
    expect(COMMISSIONS.every((b) => / Commission$/.test(b.name) || /^United States Commission on /.test(b.name))).toBe(true);
    expect(BOARDS.every((b) => / Board$/.test(b.name))).toBe(true);
  });

  it("offers no body younger than the release", () => {
    const text = release(2018, [["Leslie N. Bluhm", "Member of the Board of Directors of the Corporation for Public Broadcasting"], ["Ramin Toloui", "Assistant Secretary for Economic and Business Affairs, Department of State"]]);
    const a = analyze(text);
    const fill = kbPostsFor(a, nomineeHeadings(a)[0]);
    // AmeriCorps (so named in 2020) and the Development Finance Corporation (2019) are no 2018 boards.
    expect(fill.join(" | ")).not.toMatch(/AmeriCorps|Development Finance Corporation/);
    expect(fill).toContain("Member of the Board of Directors of the Tennessee Valley Authority");
    expect(ask(text, "Leslie N. Bluhm")?.choices).toHaveLength(4);
  });
});

describe("a release of three nominees", () => {
  const three = article("President Biden Announces Key Roles — The White House, April 7, 2021", [
    "WASHINGTON – Today, President Joe Biden announced his intent to nominate three individuals to key roles.",
    "Robert Anderson, Nominee for Solicitor of the Department of the Interior",
    "Robert Anderson is currently the Principal Deputy Solicitor for the U.S. Department of the Interior.",
    "Earlier in his career, Anderson was a staff attorney for the Native American Rights Fund.",
    "Mohsin Syed, Nominee for Assistant Secretary for Governmental Affairs, Department of Transportation",
    "Mohsin Syed currently serves as the Principal Deputy Assistant Secretary for Congressional Affairs at the Department of Transportation.",
    "He currently also leads the department's outreach to state legislatures.",
    "Patricia Ross, Nominee for Assistant Secretary for Congressional and Legislative Affairs, Department of Veterans Affairs",
    "Patricia Ross is a Senior Policy Advisor in the Office of the Speaker of the House.",
  ]);
  it("asks one post with the release's three posts as its choices, and not a second with the same three", () => {
    const qs = nomineePostQuestions(analyze(three));
    expect(qs).toHaveLength(1);
    expect(qs[0].choices).toHaveLength(3);
  });
  it("asks one current position with three choices where only two wrong answers can be found", () => {
    const two = nominations("President Biden Announces Key Nominees", "May 8, 2023", [
      "Ann Lee, Nominee for Inspector General, Department of Labor",
      "Ann Lee currently serves as Deputy Inspector General at the Department of Energy.",
      "Lee previously served as Counsel to the Inspector General at the Department of Commerce.",
      "Ben Ortiz, Nominee for Inspector General, Department of the Treasury",
      "Ben Ortiz currently serves as Assistant Inspector General for Audit at the Department of Justice.",
    ]);
    const qs = currentPositionQuestions(analyze(two));
    expect(qs).toHaveLength(1);
    expect(qs[0].choices).toHaveLength(3);
  });

  it("offers another nominee's post now as a wrong answer though that biography names two", () => {
    const q = currentPositionQuestions(analyze(three)).find((x) => x.entities[0] === "Robert Anderson")!;
    expect(q.choices).toHaveLength(4);
    expect(q.choices).toContain("Principal Deputy Assistant Secretary for Congressional Affairs at the Department of Transportation");
    // Mohsin Syed's own question is not asked: two things he does now.
    expect(currentPositionQuestions(analyze(three)).find((x) => x.entities[0] === "Mohsin Syed")).toBeUndefined();
  });
});

describe("set CE's and CF's faults", () => {
  const release = (title: string, posts: [string, string][]) => nominations(title, "September 20, 2022", headings(posts));
  const ask = askPost;
  const posts: [string, string][] = [
    ["Lynne M. Tracy", "Ambassador Extraordinary and Plenipotentiary to the Russian Federation"],
    ["Travis Hill", "Member and Vice Chair of the Board of Directors, Federal Deposit Insurance Corporation"],
    ["Jonathan McKernan", "Member of the Board of Directors, Federal Deposit Insurance Corporation"],
    ["Roger F. Nyhus", "Ambassador Extraordinary and Plenipotentiary to Barbados"],
  ];
  const text = release("President Biden Announces Key Nominees", posts);

  it("shows an embassy by the short name its wrong answers have ('the Russian Federation' is Russia)", () => {
    expect(ask(text, "Lynne M. Tracy")?.answer).toBe("Ambassador to Russia");
  });

  it("offers no member's seat of the board whose vice chair is the answer (the vice chair is a member too)", () => {
    for (const c of ask(text, "Travis Hill")?.choices.slice(1) ?? []) expect(c).not.toBe("Member of the Board of Directors, Federal Deposit Insurance Corporation");
  });

  it("fills a board's seat in the answer's own form ('…, Federal Deposit Insurance Corporation')", () => {
    const q = ask(text, "Jonathan McKernan")!;
    for (const c of q.choices) expect(c).toMatch(/^Member of the Board of Directors, [A-Z]/);
  });

  it("reads a heading whose name has a suffix ('John W. Leslie, Jr., Nominee for …')", () => {
    const t = release("President Biden Announces Key Nominees", [
      ["John W. Leslie, Jr.", "Member of the Board of Directors of the African Development Foundation"],
      ["Deborah Robinson", "Intellectual Property Enforcement Coordinator"],
    ]);
    expect(nomineeHeadings(analyze(t)).map((h) => h.post)).toContain("Member of the Board of Directors of the African Development Foundation");
  });

  it("asks no post whose body the release's title names and no wrong answer does", () => {
    const fcc = release("President Biden Announces Federal Communications Commission Nominees", [
      ["Jessica Rosenworcel", "Commissioner of the Federal Communications Commission"],
      ["Roger F. Nyhus", "Ambassador Extraordinary and Plenipotentiary to Barbados"],
      ["Alan Davidson", "Assistant Secretary for Communications and Information, Department of Commerce"],
    ]);
    expect(ask(fcc, "Jessica Rosenworcel")).toBeUndefined();
    expect(ask(release("President Biden Announces Key Nominees", [["Jessica Rosenworcel", "Commissioner of the Federal Communications Commission"], ["Roger F. Nyhus", "Ambassador Extraordinary and Plenipotentiary to Barbados"], ["Alan Davidson", "Assistant Secretary for Communications and Information, Department of Commerce"]]), "Jessica Rosenworcel")).toBeDefined();
  });

  it("reads a list of offices with a state's possessive as two posts ('… of Florida, Florida's Attorney General')", () => {
    const t = nominations("President Biden Announces Key Nominees", "June 7, 2023", [
      "Charlie Crist, Nominee for Representative of the United States on the Council of the International Civil Aviation Organization",
      "Charlie Crist currently serves as a Senior Advisor at the Bipartisan Policy Center.",
      "Previously, Crist served as the 44th Governor of the State of Florida, Florida's Attorney General, and was the last elected statewide Commissioner of Education.",
      "Michael Colin Casey, Nominee for Director of the National Counterintelligence and Security Center",
      "Michael Colin Casey currently serves as the Staff Director for the Senate Select Committee on Intelligence.",
    ]);
    const q = currentPositionQuestions(analyze(t)).find((x) => x.entities[0] === "Michael Colin Casey")!;
    expect(q.choices).toEqual(expect.arrayContaining(["44th Governor of the State of Florida", "Florida's Attorney General"]));
  });
});

describe("set CG's faults", () => {
  const cg = nominations("President Biden Announces Key Nominees", "May 3, 2022", [
    "Annie Caputo, Nominee for Member of the Nuclear Regulatory Commission",
    "Annie Caputo currently serves as a senior policy advisor at Bechtel.",
    "Carlos Uriarte, Nominee for Assistant Attorney General for Legislative Affairs, Department of Justice",
    "Carlos Uriarte currently serves as Vice President, Regulatory Counsel at Unite Us.",
    "Gerald H. Acker, Nominee for Commissioner of the International Joint Commission",
    "Gerald H. Acker is an attorney who has been involved in law and policy in Michigan for 40 years.",
    "Acker has also served as a Chairperson for the State Bar of Michigan, Attorney Grievance Commission.",
  ]);
  it("asks no three-choice post whose wrong answers have none of its title", () => {
    // "Assistant Attorney General …" against a commission's member and a commissioner: picked out by its shape.
    expect(nomineePostQuestions(analyze(cg)).find((q) => q.entities[0] === "Carlos Uriarte")).toBeUndefined();
  });
  it("takes no description for a post, and no body's name for a second post", () => {
    const all = currentPositionQuestions(analyze(cg)).flatMap((q) => q.choices);
    // "an attorney who has been involved in law and policy …" is no post; "…, Attorney Grievance Commission" is the
    // State Bar's commission, not a post of its own.
    expect(all.join(" | ")).not.toMatch(/who has been involved|^Attorney Grievance Commission$/m);
    expect(all).not.toContain("Chairperson for the State Bar of Michigan");
  });
});

describe("set CI's faults", () => {
  const rel = (title: string, lines: string[]) => nominations(title, "May 11, 2022", lines);
  it("offers no teacher's rank without its school, nor 'Deputy Chief of Mission and Chargé d'affaires' without its embassy", () => {
    const t = rel("President Biden Announces Key Nominees", [
      "Beth Van Schaack, Nominee for Ambassador-at-Large for Global Criminal Justice",
      "Beth Van Schaack is the Leah Kaplan Visiting Professor in Human Rights at Stanford Law School.",
      "Martha Williams, Nominee for Director of the United States Fish and Wildlife Service",
      "Martha Williams currently serves as Principal Deputy Director of the U.S. Fish and Wildlife Service.",
      "Williams previously served as an Assistant Professor of Law.",
      "William Popp, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Uganda",
      "William Popp is currently the U.S. Ambassador to the Republic of Guatemala.",
      "He previously served as Deputy Chief of Mission and Chargé d'affaires.",
    ]);
    const all = currentPositionQuestions(analyze(t)).flatMap((q) => q.choices);
    expect(all).not.toContain("Assistant Professor of Law");
    expect(all).not.toContain("Deputy Chief of Mission and Chargé d'affaires");
  });
  it("shows 'the Gabonese Republic' as Gabon", () => {
    const t = rel("President Biden Announces Key Nominees", [
      "Vernelle Trim FitzPatrick, Nominee for Ambassador Extraordinary and Plenipotentiary to the Gabonese Republic",
      "William Popp, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Uganda",
    ]);
    expect(nomineePostQuestions(analyze(t)).find((q) => q.entities[0] === "Vernelle Trim FitzPatrick")?.answer).toBe("Ambassador to Gabon");
  });
  it("fills a board's seat with the answer's own 'for', and asks no seat whose one distinctive word the title has", () => {
    const t = rel("President Biden Announces Key Nominees", [
      "Diane Kaplan, Nominee for Member of the Board of Directors for the Corporation for Public Broadcasting",
      "Phil Washington, Nominee for Administrator of the Federal Aviation Administration",
    ]);
    for (const c of nomineePostQuestions(analyze(t)).find((q) => q.entities[0] === "Diane Kaplan")!.choices) expect(c).toMatch(/^Member of the Board of Directors for /);
    const ussc = rel("President Biden Nominates Bipartisan Slate for the United States Sentencing Commission", [
      "Claria Horn Boom, Nominee for Commissioner of the United States Sentencing Commission",
      "Phil Washington, Nominee for Administrator of the Federal Aviation Administration",
    ]);
    expect(nomineePostQuestions(analyze(ussc)).find((q) => q.entities[0] === "Claria Horn Boom")).toBeUndefined();
  });
});

describe("a biography glued to its heading", () => {
  const judicial = article("President Biden Announces Second Slate of Judicial Nominees — The White House, April 29, 2021", [
    "WASHINGTON – President Biden is announcing his intent to nominate three additional individuals to District Court vacancies.",
    "David Estudillo: Nominee for the United States District Court for the Western District of Washington David Estudillo is currently the Presiding Judge of the Grant County Superior Court in Ephrata, Washington.",
    "Prior to his appointment, Judge Estudillo was a partner at Estudillo Law Firm in Moses Lake, Washington.",
    "Tana Lin: Nominee for the United States District Court for the Western District of Washington Tana Lin is of counsel at Keller Rohrback LLP.",
    "From 2001 to 2004, Ms. Lin was the Litigation Coordinator at the Michigan Poverty Law Program.",
    "Christine O'Hearn: Nominee for the United States District Court for the District of New Jersey Christine O'Hearn is a partner at Brown & Connery LLP, where she has practiced since 1993.",
    "Ms. O'Hearn's work focuses on complex labor and employment litigation.",
  ]);
  it("reads the current post from where the name comes back after the heading's court", () => {
    const qs = currentPositionQuestions(analyze(judicial));
    const q = qs.find((x) => x.entities[0] === "David Estudillo")!;
    expect(q.answer).toBe("Presiding Judge of the Grant County Superior Court in Ephrata, Washington");
    // His own earlier post first, then the other nominees' posts now.
    expect(q.choices.slice(1)).toEqual(["Partner at Estudillo Law Firm in Moses Lake, Washington", "Of counsel at Keller Rohrback LLP", "Partner at Brown & Connery LLP"]);
    // "is a partner at …, where she has practiced since 1993": one post now, said once.
    expect(qs.find((x) => x.entities[0] === "Christine O'Hearn")?.answer).toBe("Partner at Brown & Connery LLP");
  });
});

describe("what a current position is not", () => {
  const release = (bio: string[]) =>
    nominations("President Biden Announces Key Nominees", "June 15, 2022", [
      "Julie D. Fisher, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Cyprus",
      ...bio,
      "Radha Iyengar Plumb, Nominee for Deputy Under Secretary of Defense for Personnel and Readiness",
      "Radha Iyengar Plumb currently serves as Chief of Staff to the Deputy Secretary of Defense.",
      "Previously, she was the Global Head of Policy Analysis at Facebook.",
      "David Prouty, Nominee for Member of the National Labor Relations Board",
      "David Prouty currently serves as General Counsel of Service Employees International Union Local 32BJ.",
      "He previously served as General Counsel of the Major League Baseball Players Association.",
      "Jeff Marootian, Nominee for Assistant Secretary for Energy Efficiency and Renewable Energy",
      "Jeff Marootian currently serves as Special Assistant to the President for Climate Policy.",
      "He previously served as Director of the District Department of Transportation.",
    ]);
  const fisher = (bio: string[]) => currentPositionQuestions(analyze(release(bio))).find((q) => q.entities[0] === "Julie D. Fisher");

  it("is asked when the biography names one post now and others before", () => {
    const q = fisher(["Julie D. Fisher currently serves as the U.S. Special Envoy for Belarus.", "Fisher previously served as Director of the State Department's Operations Center."]);
    expect(q?.answer).toBe("U.S. Special Envoy for Belarus");
    expect(q?.choices[1]).toBe("Director of the State Department's Operations Center");
  });

  it("keeps a post's own bracketed word and takes no praise for a post", () => {
    const q = fisher([
      "Julie D. Fisher currently serves as the U.S. Special Envoy for Belarus.",
      "Fisher previously served as Under Secretary of Defense (Comptroller).",
      "Fisher was a proud team member of the launch of the AmeriCorps program.",
      "She was Senior Vice President, Chief Financial Officer, and Treasurer of Small Enterprise Assistance Funds.",
    ]);
    expect(q?.choices[1]).toBe("Under Secretary of Defense (Comptroller)");
    expect(q?.choices.join(" ")).not.toMatch(/proud|team member/i);
    // A list of one post's titles is not cut into posts ("Chief Financial Officer, and Treasurer of …", set CD).
    expect(q?.choices.join(" | ")).not.toMatch(/Officer, and Treasurer/);
  });

  it("is not asked where the biography names two posts held now", () => {
    expect(fisher(["Julie D. Fisher currently serves as the U.S. Special Envoy for Belarus.", "She also currently serves as an adjunct professor at Georgetown University."])).toBeUndefined();
    expect(fisher(["Julie D. Fisher is the U.S. Special Envoy for Belarus and currently serves as Acting Director of the Operations Center."])).toBeUndefined();
    expect(fisher(["Julie D. Fisher currently serves as the U.S. Special Envoy for Belarus and is also Acting Director of the Operations Center."])).toBeUndefined();
    // (A second thing done now that is no post still makes "currently" two answers' word.)
    expect(fisher(["Julie D. Fisher currently serves as the U.S. Special Envoy for Belarus.", "She currently also leads the Department's task force on sanctions."])).toBeUndefined();
  });

  it("reads the first sentence's 'is the …' as the current post, but not a rank or a former post", () => {
    expect(fisher(["Julie D. Fisher is the U.S. Special Envoy for Belarus.", "She holds a degree from Tulane University."])?.answer).toBe("U.S. Special Envoy for Belarus");
    expect(fisher(["Julie D. Fisher is a career member of the Senior Foreign Service.", "She holds a degree from Tulane University."])).toBeUndefined();
    expect(fisher(["Julie D. Fisher is the former U.S. Special Envoy for Belarus.", "She holds a degree from Tulane University."])).toBeUndefined();
  });

  it("is no question where the article has no nominee's heading", () => {
    const news = article("A New Envoy — Example News, June 15, 2022", [
      "Julie D. Fisher currently serves as the U.S. Special Envoy for Belarus.",
      "Fisher previously served as Director of the State Department's Operations Center.",
      "Radha Iyengar Plumb currently serves as Chief of Staff to the Deputy Secretary of Defense.",
      "David Prouty currently serves as General Counsel of Service Employees International Union Local 32BJ.",
      "Jeff Marootian currently serves as Special Assistant to the President for Climate Policy.",
    ]);
    expect(currentPositionQuestions(analyze(news))).toEqual([]);
  });
});
