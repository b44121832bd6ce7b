/**
 * Engine 35 (ADR 052): faults that raters named and engine 34 still asked (the replay of every rated item, and sets BT,
 * BU and BV), each a rule. The texts are written for the tests, after the releases the raters read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { candidateBank } from "./index";
import { onlyAsModifier } from "./distractors";
import { gateTitleGiveaway, gateUnresolved } from "./gates";
import { article, everyCandidate, release, stem } from "./test-helpers";
import { blankedPrompt } from "./util";
import type { Candidate } from "./types";

const bank = (text: string) => candidateBank(text).candidates;
/** A release a blind rating found a fault in, whole (`fixtures/heldout/`, CC0). */
const heldout = (name: string) => readFileSync(join(__dirname, "fixtures", "heldout", name), "utf8");
const offers = (cs: Candidate[], name: string) => cs.filter((c) => c.choices.includes(name));

/** A nominations release: its list, then each nominee's heading line and biography. */
function nominees(date: string, people: { heading: string; bio: string[] }[]): string {
  return article(`President Biden Announces Key Nominees — The White House, ${date}`, [
    "WASHINGTON – Today, President Joe Biden announced his intent to nominate the following individuals to serve as key leaders in his administration:",
    ...people.map((p) => p.heading),
    ...people.flatMap((p) => [p.heading, ...p.bio]),
  ]);
}

describe("people the article names only as a modifier are no wrong answers", () => {
  const text = article("President Biden Announces Key White House Personnel — The White House, May 5, 2023", [
    "Today, President Biden announced that Neera Tanden will serve as Assistant to the President and Domestic Policy Advisor.",
    "The President also announced that Stefanie Feldman will serve as Assistant to the President and Staff Secretary.",
    "Additionally, Zayn Siddique will be promoted to Principal Deputy of the Domestic Policy Council.",
    "Susan Rice has helped craft and implement the President's domestic policy agenda for over two years.",
    "Stefanie Feldman has worked for President Biden for more than a decade.",
    "Prior to that, she was the director of domestic policy for the Obama-Biden presidential campaign, and served as policy director for the Hillary Clinton presidential campaign.",
    "Zayn Siddique previously served as a senior advisor in the Office of Management and Budget.",
  ]);
  it("'the Hillary Clinton presidential campaign' names no one who did anything", () => {
    const a = analyze(text);
    expect(a.ents.persons.has("Hillary Clinton")).toBe(true);
    expect(onlyAsModifier(a, "Hillary Clinton")).toBe(true);
    expect(onlyAsModifier(a, "Stefanie Feldman")).toBe(false);
  });
  it("is offered for no blank or question", () => {
    const all = everyCandidate(text);
    expect(all.some((c) => c.answer === "Office of Management and Budget"), "the release is asked").toBe(true);
    // (Neither as a wrong answer nor blanked: "policy director for the _____ presidential campaign".)
    expect(offers(all, "Hillary Clinton")).toEqual([]);
  });
});

describe("a nominee's blank takes the release's other nominees only", () => {
  const text = nominees("April 20, 2023", [
    { heading: "Tobin John Bradley, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Guatemala", bio: ["Tobin John Bradley, a career member of the Senior Foreign Service with the rank of Minister-Counselor, currently serves as Deputy Assistant Secretary of State in the Bureau of International Narcotics and Law Enforcement Affairs.", "Prior to that, Bradley served as the INL Director in Mexico City."] },
    { heading: "Jeffery Martin Baran, Nominee for Commissioner on the Nuclear Regulatory Commission", bio: ["Jeffery Martin Baran currently serves as a member of the Nuclear Regulatory Commission, a position he has held since October 2014.", "He previously served on the staff of the House Committee on Energy and Commerce for more than ten years."] },
    { heading: "Cara L. Abercrombie, Nominee for Assistant Secretary of Defense for Acquisition", bio: ["Cara L. Abercrombie currently serves as Deputy Assistant to the President and Coordinator for Defense Policy and Arms Control at the National Security Council.", "A career member of the Senior Executive Service, Abercrombie has held numerous positions in the Office of the Secretary of Defense since 2003, including Special Assistant to Secretary of Defense, Chuck Hagel."] },
  ]);
  it("not a Secretary a biography names (Chuck Hagel for a career diplomat)", () => {
    const all = everyCandidate(text);
    expect(offers(all, "Chuck Hagel")).toEqual([]);
  });
});

describe("an office held in another year is no measure of a sentence about this one", () => {
  const text = article("President Biden Announces Key Nominees — The White House, June 11, 2021", [
    "Today, President Biden announced his intent to nominate January Contreras to serve as Assistant Secretary for Family Support at the Department of Health and Human Services.",
    "January Contreras was a member of Governor Janet Napolitano's Children's Cabinet and the Arizona Early Childhood Development and Health Board.",
    "She founded the Arizona Legal Women and Youth Services, a nonprofit that provides free legal services to young people.",
    "Contreras lives in Arizona with her husband and their two sons.",
  ]);
  it("'Governor _____' is not offered 2021's cabinet for Janet Napolitano, a Secretary of 2009–2013", () => {
    const all = everyCandidate(text);
    for (const c of all.filter((x) => x.answer === "Janet Napolitano")) {
      for (const x of ["Janet Yellen", "Deb Haaland", "Marcia L. Fudge", "Gina Raimondo"]) expect(c.choices, c.prompt).not.toContain(x);
    }
  });
});

describe("who a person is, from what the release says of them", () => {
  const text = nominees("March 3, 2023", [
    { heading: "Gerald W. Fauth III, Nominee for Member of the National Mediation Board", bio: ["Gerald W. Fauth III currently serves as Chairman of the National Mediation Board.", "In 1998, Mr. Fauth was named by the Surface Transportation Board an original member of the Conrail Transaction Council.", "Mr. Fauth holds a Bachelor's degree from Hampden-Sydney College in Virginia."] },
    { heading: "Linda Puchala, Nominee for Member of the National Mediation Board", bio: ["Linda Puchala was first confirmed as Member of the National Mediation Board by the United States Senate on May 21, 2009.", "A Michigan native, Ms. Puchala resides in Glen Burnie, Maryland, and holds a Bachelor's degree from Cleary University."] },
    { heading: "Betty Y. Jang, Nominee for Member of the Board of Trustees of the Harry S. Truman Scholarship Foundation", bio: ["Ms. Jang is an executive with over 25 years of legal, compliance, and leadership experience.", "Ms. Jang began her career as an assistant public defender with the Office of the Cook County Public Defender."] },
    { heading: "Audrey K. Schuster, Nominee for Member of the Board of Trustees of the Harry S. Truman Scholarship Foundation", bio: ["Audrey K. Schuster has been an active leader volunteer in the education and family service community for over 30 years.", "For the last 16 years, Schuster has served as a trained volunteer for the Visiting Moms program.", "She is the loving wife to real estate developer Mark Schuster."] },
  ]);
  const a = analyze(text);
  it("'Ms. Jang' is Betty Y. Jang, the name of her biography's heading", () => {
    expect(a.ents.persons.has("Betty Y. Jang")).toBe(true);
    expect(a.ents.persons.has("Jang")).toBe(false);
    expect(a.ents.mentions.filter((m) => m.text === "Jang").every((m) => m.canonical === "Betty Y. Jang")).toBe(true);
  });
  it("'resides in Glen Burnie, Maryland' names a town, not a person", () => {
    expect(a.ents.persons.has("Glen Burnie")).toBe(false);
    expect(offers(everyCandidate(text), "Glen Burnie")).toEqual([]);
  });
  it("'Mr. _____' is not offered 'Schuster', the family name of a woman and her husband (set BT's release)", () => {
    const all = everyCandidate(heldout("six-key-nominations-2021.txt"));
    expect(all.some((c) => c.answer === "Betty Y. Jang"), "the whole release reads Jang in full too").toBe(true);
    for (const c of all.filter((x) => /\bMr\. _____/.test(x.prompt))) expect(c.choices, c.prompt).not.toContain("Schuster");
    expect(offers(all, "Glen Burnie")).toEqual([]);
  });
});

describe("the gender and the title a sentence gives its blank (sets BT and BU, whole releases)", () => {
  it("'As a mother to four, _____ …' takes women only, not a man the article never calls 'he'", () => {
    const all = everyCandidate(heldout("boards-and-commissions-2023.txt")).filter((c) => /mother to four/.test(c.prompt) && c.type === "fill_in_blank");
    for (const c of all) expect(c.choices, c.prompt).not.toContain("Youngblood");
  });
  it("'Dr. _____' takes people the article calls Dr., and a career diplomat's blank takes none of them", () => {
    const all = everyCandidate(heldout("key-nominees-2022.txt"));
    const diplomats = ["Mark W. Libby", "Gautam Rana", "Marie C. Damour", "Angela Price Aggeler"];
    for (const c of all.filter((x) => /\bDr\. _____/.test(x.prompt))) for (const d of diplomats) expect(c.choices, c.prompt).not.toContain(d);
    for (const c of all.filter((x) => diplomats.includes(x.answer))) expect(c.choices, c.prompt).not.toContain("Sue E. Moore");
  });
});

describe("a stem is no list without its 'and'", () => {
  const sentence = "Before joining the Commission staff, Ms. Boyle developed affordable housing programs for the city of Gaithersburg, Md., worked in private practice at a major international law firm, and served on Capitol Hill as a staff member for the late Congressman Steve Solarz and for the Asia and Pacific Subcommittee of the House Foreign Affairs Committee.";
  it("refuses a window that ends before a series' last item", () => {
    const at = sentence.indexOf("Boyle");
    expect(blankedPrompt(sentence, at, at + "Boyle".length, "_____", 30)).toBeNull();
  });
  it("keeps a window whose clause has no series", () => {
    const s = "The Senate approved the bill by a vote of 74 to 25 on Wednesday evening after a long debate about its cost, and the House is expected to take up the measure again on Friday morning.";
    const at = s.indexOf("Senate");
    expect(blankedPrompt(s, at, at + "Senate".length, "_____", 25)).toMatch(/^The _____ approved the bill/);
  });
});

describe("a figure's wrong answers are of its kind", () => {
  const text = article("What They Are Reading in the States: Gas Prices Continue to Fall Across the Country — The White House, October 24, 2022", [
    "Gas prices have declined by an average of $1.22 per gallon nationwide since their June peak, according to new data released on Monday.",
    "In Michigan, the average price of a gallon of regular gas is $3.99, down from a record high in June.",
    "In Ohio, drivers are paying an average of $3.39 per gallon, and in Indiana they are paying $3.79.",
    "The President has called on oil companies to pass their savings on to consumers at the pump.",
  ]);
  it("a fall of $1.22 is not offered the article's prices", () => {
    const q = bank(text).find((c) => c.type === "numeric" && c.answer === "$1.22");
    expect(q, "the question exists").toBeDefined();
    for (const x of ["$3.99", "$3.39", "$3.79"]) expect(q!.choices).not.toContain(x);
  });
  it("how many chapters a guidebook has is not asked (set BV's release)", () => {
    expect(everyCandidate(heldout("infrastructure-guidebook-2022.txt")).filter((c) => c.type === "numeric" && /_____ chapters/.test(c.prompt))).toEqual([]);
  });
  it("how many chapters: a short text", () => {
    const guide = article("Biden Administration Releases Bipartisan Infrastructure Law Guidebook — The White House, January 31, 2022", [
      "Today, the Biden Administration released a guidebook to help state, local, tribal and territorial governments access funding from the Bipartisan Infrastructure Law.",
      "The guidebook contains 12 chapters grouping Bipartisan Infrastructure Law programs by issue area.",
      "It describes more than 375 programs that will deliver $1.2 trillion in investments over five years.",
    ]);
    const all = everyCandidate(guide).filter((c) => c.type === "numeric");
    expect(all.some((c) => c.answer === "$1.2 trillion"), "another figure is asked").toBe(true);
    expect(all.some((c) => c.answer === "12")).toBe(false);
  });
});

describe("what a stem leaves unsaid", () => {
  const a = analyze(article("White House Launches U.S. Cyber Trust Mark — The White House, January 7, 2025", [
    "Manufacturers of connected devices can now apply for the new label.",
    "The U.S. Cyber Trust Mark program allows them to test products against established cybersecurity criteria from the U.S. National Institute of Standards and Technology.",
  ]));
  it("'allows them' with no plural before it in the stem", () => {
    expect(gateUnresolved({ ...stem("The U.S. Cyber Trust Mark program allows them to test products against established cybersecurity criteria from the U.S. _____."), facts: [2] }, a)).toBe(true);
    // (A plural before "them" holds it.)
    expect(gateUnresolved({ ...stem("The new rules require manufacturers to label their devices, and the _____ will review them."), facts: [2] }, a)).toBe(false);
  });
  it("'The United States' inside a stem is printed with the stem's lowercase 'the'", () => {
    const text = article("FACT SHEET: Counter Ransomware Initiative Convenes Fourth Gathering — The White House, October 2, 2024", [
      "This week, the United States hosted the fourth gathering of the International Counter Ransomware Initiative in Washington.",
      "Establishing the CRI Fund: The United States launched a new fund that will strengthen members' cybersecurity capabilities through rapid assistance in the wake of a cyber attack.",
      "Australia developed a website that includes a forum for members to request assistance from other members.",
      "Germany and Nigeria led the initiative's work on diplomacy and capacity building.",
    ]);
    for (const t of [text, heldout("counter-ransomware-2024.txt")]) {
      for (const c of bank(t)) if (c.type === "fill_in_blank" && !c.prompt.startsWith("_____")) for (const x of c.choices) expect(x, c.prompt).not.toMatch(/^The\s/);
    }
    const q = bank(heldout("counter-ransomware-2024.txt")).find((c) => /_____ launched a new fund/.test(c.prompt));
    expect(q?.answer).toBe("the United States");
  });
  it("a role question whose office and answer the title prints", () => {
    const text = article("ICYMI: Treasury Secretary Yellen Says US Economy Not in Recession — The White House, July 24, 2022", [
      "Treasury Secretary Janet Yellen said on Sunday that the economy is not in a recession.",
      "Commerce Secretary Gina Raimondo said the labor market remains strong.",
    ]);
    const a2 = analyze(text);
    const q = { type: "multiple_choice", prompt: "Who is identified in the article as the Treasury Secretary?", answer: "Janet Yellen", choices: ["Janet Yellen", "Gina Raimondo"], answerKey: "role:Janet Yellen" } as Candidate;
    expect(gateTitleGiveaway(q, a2)).toBe(true);
    expect(gateTitleGiveaway({ ...q, prompt: "Who is identified in the article as the Commerce Secretary?", answer: "Gina Raimondo", answerKey: "role:Gina Raimondo" }, a2)).toBe(false);
  });
});

describe("set BW's faults in the contingent-election explainer", () => {
  const text = article("Contingent election — Wikipedia, 2019", [
    "A contingent election is used to elect the president or vice president if no candidate receives a majority of the whole number of Electors appointed.",
    "A candidate is required to receive an absolute majority of state delegation votes (currently 26 votes) in order for that candidate to become the president-elect.",
    "Section 3 of the 20th Amendment specifies that if the House of Representatives has not chosen a president-elect in time for the inauguration (noon on January 20), then the vice president-elect becomes acting president until the House selects a president.",
    "The contingent election process was modified by the 20th Amendment, which took effect in 1933.",
    "The House of Representatives chose Thomas Jefferson as president in 1801 after 36 ballots.",
  ]);
  const all = everyCandidate(text);
  it("a majority's threshold of 50 delegations takes half, two-thirds and three-quarters, no count below a majority", () => {
    const q = all.find((c) => c.type === "numeric" && c.answer === "26");
    expect(q, "the question exists").toBeDefined();
    expect(q!.choices.slice().sort()).toEqual(["25", "26", "34", "38"]);
  });
  it("an amendment whose number the stem prints elsewhere ('noon on January 20') is not blanked", () => {
    expect(all.filter((c) => c.answer === "20th Amendment" && /January 20/.test(c.prompt))).toEqual([]);
    expect(all.some((c) => c.answer === "20th Amendment"), "the other sentence is asked").toBe(true);
  });
  it("an amendment ratified after the sentence's year is no wrong answer", () => {
    const q = all.find((c) => c.answer === "20th Amendment" && /modified by/.test(c.prompt));
    expect(q, "the question exists").toBeDefined();
    for (const x of ["22nd Amendment", "23rd Amendment", "24th Amendment", "25th Amendment", "26th Amendment"]) expect(q!.choices).not.toContain(x);
  });
});

describe("a biography's paragraph year dates only its own sentence (set BT's release)", () => {
  it("'As CEO, _____ created …' is not dated by the year he was hired", () => {
    const all = everyCandidate(heldout("boards-and-commissions-2022.txt")).filter((c) => /created an independent living center/.test(c.prompt));
    expect(all.length, "the sentence is asked").toBeGreaterThan(0);
    for (const c of all) expect(c.prompt).not.toMatch(/^In 1988\b/);
  });
});

describe("a staff title cut before the name it serves", () => {
  it("is no role of that name (set BT's release: 'the Legislative Director for Congressman' answered by the congressman)", () => {
    const all = everyCandidate(heldout("national-security-nominations-2021.txt"));
    expect(all.filter((c) => /Legislative Director for Congressman\?$/.test(c.prompt))).toEqual([]);
    expect(all.some((c) => c.type === "multiple_choice"), "the release is asked").toBe(true);
  });
});

describe("a name the frame must not lowercase", () => {
  const text = article("FACT SHEET: Biden-Harris Administration Expands Registered Apprenticeships — The White House, February 17, 2023", [
    "The Department of Labor announced $65 million in grants to expand Registered Apprenticeships in clean energy and manufacturing.",
    "Registered Apprenticeships help employers attract, train, and retain a skilled workforce, and every dollar invested returns $1.47 in increased productivity.",
    "Starbucks commits to reduce carbon emissions in its direct operations and supply chain 50% by 2030.",
    "More than 200 employers have joined the Apprenticeship Ambassador Initiative since it launched last year.",
  ]);
  it("'Registered Apprenticeships', which the text capitalises mid-sentence, and 'Starbucks' keep their capitals", () => {
    const all = everyCandidate(text);
    const reg = all.filter((c) => /egistered Apprenticeships help employers/.test(c.prompt));
    expect(reg.length, "the sentence is asked").toBeGreaterThan(0);
    for (const c of reg) expect(c.prompt).not.toMatch(/\bregistered Apprenticeships help/);
    const sb = all.filter((c) => /tarbucks commits/.test(c.prompt));
    expect(sb.length, "the sentence is asked").toBeGreaterThan(0);
    for (const c of sb) expect(c.prompt).not.toMatch(/\bstarbucks\b/);
  });
});

/** The review of engine 35: each rule above left alone what it must (the reviewer's texts). */
describe("what engine 35's rules leave alone", () => {
  const lines = (title: string, ...body: string[]) => article(title, body);
  it("a person who joined the White House or worked for years is no modifier", () => {
    const a = analyze(lines("President Biden Announces Key White House Staff — The White House, May 5, 2023",
      "Jeff Zients joined the White House in 2021 to lead the COVID-19 response.",
      "Mike Donilon worked for years as a political strategist in Washington.",
      "Anita Dunn joined the team as Senior Advisor to the President."));
    for (const p of ["Jeff Zients", "Mike Donilon", "Anita Dunn"]) expect(onlyAsModifier(a, p), p).toBe(false);
  });
  it("a person before a state's possessive is a person ('Rebecka Peterson, Oklahoma's 2023 Teacher of the Year')", () => {
    const a = analyze(lines("First Lady Honors Teachers of the Year — The White House, April 24, 2023",
      "First Lady Jill Biden presented the national award to Rebecka Peterson, Oklahoma's 2023 Teacher of the Year.",
      "Rebecka Peterson teaches mathematics at Union High School in Tulsa.",
      "A letter from Jared Polis, Colorado's governor, praised the state's teachers."));
    expect(a.ents.persons.has("Rebecka Peterson")).toBe(true);
    expect(a.ents.persons.has("Jared Polis")).toBe(true);
  });
  it("an unnamed woman's 'her' gives a man's blank no women", () => {
    const text = lines("Local Volunteers Recognized for Service — City News, April 24, 2023",
      "Daniel Ortiz said he has volunteered at the food bank for a decade.",
      "Maria Chen said she organizes the weekly meal program.",
      "Karen Holt said she started the tutoring program in 2015.",
      "Samuel Brooks said he repairs bicycles for children in the neighborhood.",
      "Thomas Reed said he coordinates the winter coat drive.",
      "Linda Park said she hopes more young people will join.",
      "Every week, Daniel Ortiz delivers groceries to a retired teacher who can no longer leave her apartment.");
    const qs = everyCandidate(text).filter((c) => c.answer === "Daniel Ortiz" && /groceries/.test(c.prompt));
    expect(qs.length, "the sentence is asked").toBeGreaterThan(0);
    for (const c of qs) for (const w of ["Maria Chen", "Karen Holt", "Linda Park"]) expect(c.choices, c.prompt).not.toContain(w);
  });
  it("'4 parts per trillion' is a limit, not a document's parts", () => {
    const text = lines("EPA Announces First National Drinking Water Standard for PFAS — U.S. Environmental Protection Agency, April 10, 2024",
      "The Environmental Protection Agency set an enforceable limit of 4 parts per trillion for PFOA and PFOS in drinking water.",
      "The rule will protect about 100 million people from exposure to the chemicals.",
      "Water systems will have five years to comply with the new limits.");
    expect(everyCandidate(text).some((c) => c.type === "numeric" && c.answer === "4")).toBe(true);
  });
  it("an amendment's number inside another figure ('27 states' for the Second) cues nothing; an earlier era keeps the question", () => {
    const text = lines("Rights in the Bill of Rights — Civics Explainer, 2023",
      "The Second Amendment protects the right to keep and bear arms, and 27 states now allow adults to carry a handgun without a permit.",
      "The framers in 1787 let state legislatures choose senators, a practice that the Seventeenth Amendment ended.",
      "The Eighth Amendment bars cruel and unusual punishment.");
    const all = everyCandidate(text);
    expect(all.some((c) => c.answer === "Second Amendment")).toBe(true);
    expect(all.some((c) => c.answer === "Seventeenth Amendment")).toBe(true);
  });
  it("a date's commas are no series", () => {
    const s = "The Senate passed the Inflation Reduction Act by a vote of 51 to 50 on Sunday, August 7, 2022, after Vice President Kamala Harris cast the deciding vote in a session that ran through the night, and the House passed the bill the following Friday before the President signed it.";
    const at = s.indexOf("Inflation Reduction Act");
    expect(blankedPrompt(s, at, at + "Inflation Reduction Act".length, "_____", 40)).not.toBeNull();
  });
  it("a text with doctors in it still asks who said what", () => {
    const text = lines("Administration Officials Urge Americans to Get Updated COVID-19 Vaccines — The White House, October 25, 2022",
      "Secretary Xavier Becerra urged older Americans to get the updated vaccine before Thanksgiving.",
      "Dr. Ashish Jha said the updated vaccines offer strong protection against the newest variants.",
      "Dr. Rochelle Walensky said millions of Americans are eligible and have not yet received an updated shot.",
      "Jeff Zients said every pharmacy in the country has the updated vaccine available for free.",
      "Dr. Vivek Murthy said getting vaccinated is one of the most important things people can do for their health this winter.");
    const said = everyCandidate(text).filter((c) => c.type === "quote_attribution" || /^Who said\b/.test(c.prompt)).map((c) => c.answer);
    expect(said).toContain("Jeff Zients");
    expect(said).toContain("Ashish Jha");
  });
  it("a singular 'their' is no unresolved 'them'", () => {
    const a = release("The buyer must report the vehicle identification number on their tax return.");
    expect(gateUnresolved(stem("The applicant must submit their tax returns to the _____ by March 1."), a)).toBe(false);
    expect(gateUnresolved(stem("Jordan Reyes, the National Teacher of the Year, said they were honored to represent the _____."), a)).toBe(false);
  });
  it("a majority of one body is no threshold for a count of another", () => {
    const text = lines("Governors Back Broadband Bill — Capitol Report, June 6, 2023",
      "The bill needs a simple majority in the Senate. So far 26 governors have endorsed it in a joint letter.",
      "The bill would provide $42 billion for broadband in rural areas.",
      "Another 12 governors said they were still reviewing the bill.");
    const q = everyCandidate(text).find((c) => c.type === "numeric" && c.answer === "26");
    expect(q, "the question exists").toBeDefined();
    expect(q!.choices.slice().sort()).not.toEqual(["25", "26", "34", "38"]);
  });
});

describe("set BX's faults", () => {
  it("a change whose start and end the stem prints is not asked", () => {
    const text = article("FACT SHEET: Restaurant Revitalization Fund — The White House, March 11, 2022", [
      "From 2009 to 2019, the number of restaurants, bars, and other food and beverage places grew by 19 percent, from 548,000 establishments to 653,000.",
      "The Restaurant Revitalization Fund provided $28.6 billion in relief to more than 100,000 restaurants and bars.",
      "The industry still employed 1.3 million fewer workers than before the pandemic.",
    ]);
    const all = everyCandidate(text).filter((c) => c.type === "numeric");
    expect(all.some((c) => c.answer === "$28.6 billion"), "another figure is asked").toBe(true);
    for (const x of ["19 percent", "548,000", "653,000"]) expect(all.some((c) => c.answer === x), x).toBe(false);
  });
  it("a spouse's name is not blanked (set BX's release)", () => {
    const all = everyCandidate(heldout("key-administration-nominations-2021.txt"));
    expect(all.some((c) => c.answer === "Mark Colón" || /Colón/.test(c.prompt)), "the release's nominee is asked").toBe(true);
    expect(all.filter((c) => /with his wife, _____/.test(c.prompt))).toEqual([]);
  });
});
