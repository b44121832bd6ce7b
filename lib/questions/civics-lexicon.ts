/**
 * Bundled fallback lists for distractors when an article has too few entities
 * of a kind. Curated by hand so casing and spelling are consistent (the
 * compromise lexicon gives "Republic Of Ireland" and micro-states).
 */

export const COUNTRIES = [
  "United States", "China", "Russia", "Ukraine", "United Kingdom", "France", "Germany", "Japan",
  "India", "Canada", "Mexico", "Brazil", "Italy", "Spain", "Australia", "South Korea", "North Korea",
  "Iran", "Iraq", "Israel", "Egypt", "Turkey", "Saudi Arabia", "Pakistan", "Afghanistan", "Syria",
  "Poland", "Netherlands", "Belgium", "Sweden", "Norway", "Finland", "Denmark", "Switzerland", "Austria",
  "Greece", "Portugal", "Ireland", "Argentina", "Chile", "Colombia", "Venezuela", "Cuba", "Peru",
  "South Africa", "Nigeria", "Kenya", "Ethiopia", "Indonesia", "Vietnam", "Philippines", "Thailand",
  "Malaysia", "Singapore", "Taiwan", "New Zealand", "Hungary", "Romania", "Belarus", "Georgia",
  "Lebanon", "Jordan", "Qatar", "Yemen", "Libya", "Morocco", "Algeria", "Sudan", "Bangladesh",
  "Czech Republic", "Serbia", "Estonia", "Latvia", "Lithuania", "Moldova", "Haiti", "Nicaragua",
];

/** Extra spellings that mean a country in running text. */
export const COUNTRY_ALIASES: Record<string, string> = {
  "U.S.": "United States", "US": "United States", "U.S.A.": "United States", "America": "United States",
  "United States of America": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom",
  "Britain": "United Kingdom", "Great Britain": "United Kingdom", "the Netherlands": "Netherlands",
};

export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
  "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
  "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
  "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
  "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
  "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
  "West Virginia", "Wisconsin", "Wyoming",
];

export const CITIES = [
  "Washington", "New York", "Los Angeles", "Chicago", "Houston", "Philadelphia", "Boston", "San Francisco",
  "Seattle", "Atlanta", "Miami", "New Orleans", "Denver", "Detroit", "Baltimore", "Dallas",
  "London", "Paris", "Berlin", "Moscow", "Beijing", "Shanghai", "Hong Kong", "Tokyo", "Seoul",
  "New Delhi", "Mumbai", "Kyiv", "Kiev", "Warsaw", "Brussels", "Geneva", "Vienna", "Rome", "Madrid",
  "Munich", "Ottawa", "Toronto", "Mexico City", "Tehran", "Jerusalem", "Tel Aviv", "Cairo", "Istanbul",
  "Ankara", "Riyadh", "Dubai", "Baghdad", "Kabul", "Islamabad", "Singapore", "Sydney", "Taipei",
  "Hanoi", "Manila", "Jakarta", "Bangkok", "Nairobi", "Johannesburg", "Lagos", "Stockholm", "Oslo",
  "Helsinki", "Copenhagen", "Amsterdam", "The Hague", "Davos", "Camp David", "Alexandria", "Lebanon",
];

export const REGIONS = [
  "Middle East", "Europe", "Asia", "Africa", "Latin America", "South America", "North America",
  "Pacific", "Indo-Pacific", "Atlantic", "Arctic", "Gulf Coast", "Balkans", "Caribbean",
  "Central Asia", "East Asia", "Southeast Asia", "Western Europe", "Eastern Europe", "Gaza", "West Bank",
  "Crimea", "Donbas", "Persian Gulf", "South China Sea", "Taiwan Strait", "Midwest", "New England",
];

export const WORLD_LEADERS = [
  "Joe Biden", "Donald J. Trump", "Barack Obama", "Kamala Harris", "Xi Jinping", "Vladimir V. Putin",
  "Volodymyr Zelensky", "Emmanuel Macron", "Olaf Scholz", "Rishi Sunak", "Keir Starmer", "Justin Trudeau",
  "Narendra Modi", "Fumio Kishida", "Benjamin Netanyahu", "Recep Tayyip Erdogan", "Angela Merkel",
];

export const US_INSTITUTIONS = [
  "Congress", "the Senate", "the House of Representatives", "the Supreme Court", "the White House",
  "the State Department", "the Department of Defense", "the Department of Homeland Security",
  "the Treasury Department", "the Department of Justice", "the Federal Reserve",
  "the Congressional Budget Office", "the Government Accountability Office", "the Pentagon",
];

export const OFFICES = [
  "Secretary of State", "Secretary of Defense", "Secretary of the Treasury", "Attorney General",
  "Vice President", "Speaker of the House", "Chief Justice", "National Security Adviser",
  "Senate Majority Leader", "White House Chief of Staff",
];

/** Honorifics and short titles that introduce a person's name. */
export const HONORIFICS = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gov.", "Sen.", "Rep.", "Gen.", "Adm.", "Lt.", "Col.", "Sgt.", "Capt.", "Rev.", "Sir", "Dame", "Lord", "Lady"];

/** Words that mark a capitalised phrase as a title or office. */
export const TITLE_WORDS = [
  "President", "Vice President", "Secretary", "Minister", "Prime Minister", "Governor", "Senator",
  "Representative", "Mayor", "Director", "Administrator", "Advisor", "Adviser", "Ambassador", "Chancellor",
  "Chief Justice", "Justice", "Judge", "Professor", "Speaker", "Leader", "General", "Admiral", "Commissioner",
  "Chairman", "Chairwoman", "Chair", "Spokesman", "Spokeswoman", "Dean", "King", "Queen", "Premier", "Attorney General",
  "Sheriff", "Councilmember", "Congressman", "Congresswoman", "President-elect", "Parish President",
];

/**
 * One-word titles that stand right before a person's name ("Governor Edwards", "Secretary-General Guterres",
 * "Dr Biden"), without a dot. The gates and the transcript reader both use it to tell a title from a given name.
 */
export const TITLES_BEFORE_NAME: ReadonlySet<string> = new Set([
  "President", "Secretary", "Secretary-General", "Minister", "Senator", "Representative", "Governor", "Mayor",
  "Justice", "Judge", "General", "Ambassador", "Chancellor", "Premier", "King", "Queen", "Prince", "Princess",
  "Pope", "Director", "Administrator", "Chairman", "Chairwoman", "Chair", "Speaker", "Leader", "Commissioner",
  "Admiral", "Colonel", "Captain", "Sheriff", "Attorney", "Lieutenant", "Sergeant", "Sir", "Lord", "Lady", "Dame",
  "Saint", "Deputy", "Chief", "Emir", "Sheikh", "Sultan", "Professor", "Dean", "Bishop", "Cardinal", "Rabbi",
  "Reverend", "Officer", "Agent", "Detective", "Inspector", "Commander", "Marshal", "Major", "Private", "Corporal",
  "Envoy", "Spokesperson", "Spokesman", "Spokeswoman", "Coordinator", "Adviser", "Advisor", "Counselor",
  "Councilmember", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Delegate", "Treasurer",
  "Comptroller", "Auditor", "Clerk", "Magistrate", "Provost", "Principal", "Superintendent", "Doctor", "Mr", "Mrs",
  "Ms", "Miss", "Dr", "Gen", "Gov", "Sen", "Rep",
]);

/** Words that make a capitalised phrase an organisation, split by sub-kind. */
export const GOV_ORG_WORDS = [
  "Department", "Ministry", "Agency", "Administration", "Congress", "Senate", "House", "Court", "Treasury",
  "Bureau", "Commission", "Council", "Committee", "Office", "Service", "Reserve", "Guard", "Army", "Navy",
  "Force", "Parliament", "Assembly", "Legislature", "Cabinet", "Government", "Corps",
];
export const EDU_ORG_WORDS = ["University", "College", "School", "Institute", "Academy"];
export const OTHER_ORG_WORDS = [
  "Company", "Corporation", "Inc.", "Corp.", "Group", "Association", "Foundation", "Center", "Centre",
  "Organization", "Organisation", "Union", "Party", "Alliance", "Bank", "Fund", "Conference", "Witnesses",
  "Times", "Post", "Press", "News", "Network", "Church",
];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
];

export const DEMONYM_TO_COUNTRY: Record<string, string> = {
  American: "United States", Chinese: "China", Russian: "Russia", Ukrainian: "Ukraine", British: "United Kingdom",
  French: "France", German: "Germany", Japanese: "Japan", Indian: "India", Canadian: "Canada",
  Mexican: "Mexico", Israeli: "Israel", Iranian: "Iran", Korean: "South Korea", Italian: "Italy",
};

/** Words that name a department's field: in a stem, they point to the department blanked before them. */
export const DEPARTMENT_FIELDS: Record<string, RegExp> = {
  "Health and Human Services": /\b(?:medical|hospitals?|health|patients?|vaccines?|doctors?|nurses?)\b/i,
  Agriculture: /\b(?:farms?|farmers?|crops?|agricultural|food safety|livestock)\b/i,
  Education: /\b(?:schools?|students?|teachers?|education)\b/i,
  Energy: /\b(?:energy|electricity|power grid|nuclear|oil)\b/i,
  Transportation: /\b(?:highways?|roads?|transit|airports?|railroads?|transportation|trucking|truck drivers?)\b/i,
  "Veterans Affairs": /\bveterans?\b/i,
  Labor: /\b(?:wages?|workplace|employers?|unions?)\b/i,
  // ("… served at the _____ as an Associate Deputy Attorney General", set BP, both pairs.)
  // (The federal one only: "Associate Deputy Attorney General", "the Attorney General"; not "Texas Attorney General" nor
  // "attorneys general of 20 states", the review of engine 33.)
  Justice: /\b(?:prosecut\w*|indict\w*|criminal|FBI|(?:(?:Deputy|Associate|Assistant|U\.S\.|United States|the)\s+)+Attorneys? General)\b/i,
  // ("Service members", set BN and set BO, both pairs each: "gives away Defense".)
  Defense: /\b(?:military|troops|soldiers|weapon systems?|warfighters?|(?<!\bnational\s)service\s?members|Pentagon|weapons|Marine Corps|Army|Navy|Air Force|installations)\b/i,
  Treasury: /\b(?:taxes|tax|currency|debt|borrow\w*)\b/i,
  "Housing and Urban Development": /\b(?:housing|homeless\w*|renters?)\b/i,
  Interior: /\b(?:national parks?|public lands|tribal)\b/i,
  Commerce: /\b(?:exports?|trade|census|businesses)\b/i,
  "Homeland Security": /\b(?:border|immigration|terror\w*)\b/i,
};
/**
 * The field of each federal agency the knowledge base lists (kb/curated/orgs.ts), for wrong answers of the answer's
 * field: the Federal Reserve beside the Securities and Exchange Commission and the Internal Revenue Service, not beside
 * the Federal Aviation Administration because both names start with "Federal" (set AF).
 */
const AGENCY_FIELD_LIST: [string, string[]][] = [
  ["money", ["Federal Reserve", "Internal Revenue Service", "Securities and Exchange Commission", "Federal Trade Commission", "Small Business Administration", "Office of Management and Budget", "Congressional Budget Office", "Bureau of Labor Statistics", "Census Bureau", "Social Security Administration"]],
  ["security", ["Federal Bureau of Investigation", "Central Intelligence Agency", "National Security Agency", "Drug Enforcement Administration", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "U.S. Immigration and Customs Enforcement", "U.S. Customs and Border Protection", "U.S. Citizenship and Immigration Services", "Transportation Security Administration", "Secret Service", "U.S. Marshals Service", "Office of the Director of National Intelligence", "National Security Council"]],
  ["health", ["Centers for Disease Control and Prevention", "Food and Drug Administration", "National Institutes of Health"]],
  ["land and science", ["Environmental Protection Agency", "National Aeronautics and Space Administration", "National Oceanic and Atmospheric Administration", "National Weather Service", "National Park Service", "U.S. Forest Service"]],
  ["regulation", ["Federal Communications Commission", "Federal Election Commission", "Federal Trade Commission", "Securities and Exchange Commission"]],
  ["service", ["Federal Emergency Management Agency", "U.S. Postal Service", "Peace Corps", "U.S. Agency for International Development", "Social Security Administration"]],
  ["record", ["Government Accountability Office", "Congressional Budget Office", "Library of Congress", "National Archives"]],
  ["health", ["Health Resources and Services Administration", "Substance Abuse and Mental Health Services Administration", "Centers for Medicare & Medicaid Services", "Indian Health Service", "Administration for Children and Families", "Administration for Community Living", "National Cancer Institute", "Administration for Strategic Preparedness and Response"]],
  ["money", ["Consumer Financial Protection Bureau", "Federal Deposit Insurance Corporation", "Commodity Futures Trading Commission", "Federal Housing Finance Agency", "Pension Benefit Guaranty Corporation", "Office of Foreign Assets Control", "Export-Import Bank of the United States"]],
  ["trade and development", ["U.S. International Development Finance Corporation", "Millennium Challenge Corporation", "U.S. Trade and Development Agency", "U.S. African Development Foundation", "Export-Import Bank of the United States", "U.S. Agency for International Development", "Economic Development Administration", "Minority Business Development Agency", "Small Business Administration"]],
  ["science", ["National Institute of Standards and Technology", "National Science Foundation", "Defense Advanced Research Projects Agency", "National Aeronautics and Space Administration", "National Oceanic and Atmospheric Administration", "National Telecommunications and Information Administration", "Office of Science and Technology Policy"]],
  ["white house", ["Office of Science and Technology Policy", "Council on Environmental Quality", "National Economic Council", "Domestic Policy Council", "Council of Economic Advisers", "Office of National Drug Control Policy", "Office of the National Cyber Director", "Office of Gun Violence Prevention", "Office of Management and Budget", "National Security Council"]],
  ["transport", ["Federal Aviation Administration", "Federal Highway Administration", "Federal Transit Administration", "Federal Railroad Administration", "Maritime Administration", "National Highway Traffic Safety Administration", "Federal Motor Carrier Safety Administration", "Pipeline and Hazardous Materials Safety Administration", "National Transportation Safety Board"]],
  ["work", ["Occupational Safety and Health Administration", "Equal Employment Opportunity Commission", "National Labor Relations Board", "Office of Personnel Management", "General Services Administration"]],
  ["land and science", ["Bureau of Land Management", "Bureau of Ocean Energy Management", "Bureau of Indian Affairs", "Bureau of Reclamation", "U.S. Fish and Wildlife Service", "Natural Resources Conservation Service", "U.S. Army Corps of Engineers"]],
  ["energy", ["Federal Energy Regulatory Commission", "Nuclear Regulatory Commission", "Bureau of Ocean Energy Management"]],
  ["regulation", ["Consumer Product Safety Commission", "Consumer Financial Protection Bureau", "Federal Energy Regulatory Commission", "Nuclear Regulatory Commission"]],
  ["security", ["Cybersecurity and Infrastructure Security Agency", "Office of the National Cyber Director", "Office of National Drug Control Policy"]],
  ["service", ["AmeriCorps", "Federal Housing Administration", "Food and Nutrition Service", "General Services Administration"]],
  ["culture", ["National Endowment for the Arts", "National Endowment for the Humanities", "Institute of Museum and Library Services", "Library of Congress", "National Archives"]],
];
/** Each agency's fields (an agency may have two: the FTC regulates trade and is a money body). */
const AGENCY_FIELDS = new Map<string, string[]>();
for (const [field, names] of AGENCY_FIELD_LIST) for (const n of names) AGENCY_FIELDS.set(n, [...(AGENCY_FIELDS.get(n) ?? []), field]);
/** Agencies inside another of the knowledge base's agencies: never one beside the other (set BL: the National Weather
 * Service offered where the answer was NOAA, "part of NOAA"). */
const PART_OF: Record<string, string> = {
  "National Weather Service": "National Oceanic and Atmospheric Administration",
  "National Cancer Institute": "National Institutes of Health",
  "Bureau of Labor Statistics": "Department of Labor",
};
/** Whether one body is part of the other. */
export function partOf(x: string, y: string): boolean {
  return PART_OF[x] === y || PART_OF[y] === x;
}
/** Whether two agencies share a field. */
export function sameAgencyField(x: string, y: string): boolean {
  const fy = AGENCY_FIELDS.get(y);
  return !!fy && (AGENCY_FIELDS.get(x) ?? []).some((f) => fy.includes(f));
}

/**
 * The words of a sentence's matter that each agency field fits (a wrong answer that fits reads as plausible). Fields of
 * mixed agencies (service, regulation, record, the White House's offices) have none.
 */
const AGENCY_TOPICS: Record<string, RegExp> = {
  health: /\b(?:health|medical|hospitals?|patients?|drugs?|opioids?|overdose|vaccin\w*|disease|mental|medicare|medicaid|care|injur\w*|mortality|suicide)\b/i,
  money: /\b(?:financ\w*|banks?|banking|loans?|lending|lenders?|credit|mortgages?|tax\w*|debt|insur\w*|consumers?)\b/i,
  security: /\b(?:security|terror\w*|crimes?|criminal|law enforcement|border|trafficking|cyber\w*|firearms?|guns?|(?:airport|passenger|traveler) screenings?)\b/i,
  transport: /\b(?:airports?|aviation|highways?|roads?|transit|rail\w*|pipelines?|vehicles?|traffic|ports?|ships?|shipping|travel\w*)\b/i,
  "land and science": /\b(?:lands?|forests?|wildfires?|water|wildlife|conservation|tribal|tribes|oceans?|climate|weather|parks?|drought|floods?)\b/i,
  energy: /\b(?:energy|electric\w*|nuclear|power|grid|gas|oil|reactors?)\b/i,
  work: /\b(?:workers?|workplaces?|employ\w*|labor|wages?|unions?|hiring|workforce)\b/i,
  "trade and development": /\b(?:trade|exports?|development|businesses|entrepreneurs?|manufactur\w*|small business\w*|capital)\b/i,
  // (Not "research": every field has it; NIST and NASA for firearm injury research were rated implausible, set BI.)
  science: /\b(?:technolog\w*|standards|innovation|space|broadband|internet|telecom\w*|manufactur\w*)\b/i,
  // (Not "cultural" beside "natural" or "ancestral": a place's "cultural and natural resources", a sanctuary's
  // "scientific, cultural, and ancestral linkages", land and science, where culture bodies were rated implausible, set
  // BN, both pairs.)
  culture: /\b(?:arts?|humanities|museums?|librar\w*|(?<!\b(?:natural|ancestral),?\s+(?:and\s+)?)cultur\w*(?![\s,]+(?:and\s+)?(?:natural|ancestral)\b))\b/i,
};
/**
 * Whether a department or agency of the knowledge base fits a sentence's matter ("airport screenings": Transportation
 * and the TSA do, Education and Energy do not): wrong answers that fit go first (set BH's raters: "implausible").
 */
export function bodyFitsTopic(name: string, sentence: string, only?: readonly string[]): boolean {
  // A department by its field's words; an agency by its fields' ("the Defense Advanced Research Projects Agency" is no
  // department of Defense), or by those of them given.
  const fields = AGENCY_FIELDS.get(name);
  if (fields) return fittingFields(name, sentence)!.some((f) => !only || only.includes(f));
  return /^(?:U\.S\.\s+)?Department of\b/.test(name) ? !!departmentField(name)?.test(matterOf(sentence)) : false;
}

/** A sentence's own words: not the names it prints ("the Federal Aviation Administration" is no sign that it is about
 * transport). (Names of two words or more only: "Medicare", "the Pentagon" and "Army" are the matter.) */
const matterOf = (sentence: string) => sentence.replace(/\b[A-Z][\w.&'-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w.&'-]*)+/g, " ");

/** The fields of an agency that a sentence's words fit ("a portfolio … in manufacturing, agriculture … and insurance":
 * the DFC's trade and development), or undefined for a body without fields. */
export function fittingFields(name: string, sentence: string): string[] | undefined {
  const fields = AGENCY_FIELDS.get(name);
  if (!fields) return undefined;
  const words = matterOf(sentence);
  return fields.filter((f) => AGENCY_TOPICS[f]?.test(words));
}

/** The field words of the department a name names ("Department of Health and Human Services": "medical", …). */
export function departmentField(name: string | undefined): RegExp | undefined {
  return name ? Object.entries(DEPARTMENT_FIELDS).find(([field]) => name.includes(field))?.[1] : undefined;
}

/**
 * Words that only one agency is known for, so that a stem with them answers its blank: "the _____ provides in-depth tax
 * information for immigrants" is the Internal Revenue Service whatever the wrong answers are (set BN, both pairs), as
 * "medical" is Health for a department. Few on purpose: a field's words shared by the agency's wrong answers ("the
 * _____ closed airspace" with transport agencies beside the FAA, fixture 01) are no giveaway.
 */
const AGENCY_OWN_WORDS: Record<string, RegExp> = {
  "Internal Revenue Service": /\btax(?:es|payers?)?\b/i,
  "Census Bureau": /\bcensus\b/i,
  // ("passengers with urgent … questions … get help from the _____", set BQ, both pairs.)
  // ("… to keep guns out of dangerous hands", set BQ's pair B.)
  "Office of Gun Violence Prevention": /\b(?:guns?|firearms?|shootings?)\b/i,
  "Transportation Security Administration": /\b(?:passengers?|air travell?ers?|airport screenings?|checkpoints?)\b/i,
};

/**
 * What gives a department or agency away: its field's words after its blank, or an agency's own words anywhere in the
 * sentence ("passengers … get help from the _____": the TSA, set BQ).
 */
export function givesBodyAway(name: string | undefined, before: string, after: string): boolean {
  if (!name) return false;
  const own = AGENCY_OWN_WORDS[name];
  return !!departmentField(name)?.test(after) || (!!own && (own.test(before) || own.test(after)));
}

/**
 * Closed classes of civics terms whose members exclude each other where a sentence uses one: the Congressional Record
 * is not the Federal Register, a joint resolution is no concurrent resolution, the Equal Protection Clause is not the
 * Commerce Clause. A blank on one offers the others (cloze.ts `termQuestions`). `since`: the year the thing began, so
 * that an older text is never offered it.
 */
export interface CivicsTerm {
  text: string;
  since?: number;
  /** terms of one group are never each other's wrong answers (Roe v. Wade and Planned Parenthood v. Casey) */
  group?: string;
  /** other spellings a text uses for the same thing */
  aliases?: string[];
}
export const TERM_CLASSES: { kind: string; terms: CivicsTerm[] }[] = [
  {
    kind: "publication",
    terms: [
      { text: "Federal Register", since: 1936 },
      { text: "Congressional Record", since: 1873 },
      { text: "Code of Federal Regulations", since: 1938 },
      { text: "United States Code", since: 1926, aliases: ["U.S. Code"] },
      { text: "Statutes at Large", since: 1845 },
    ],
  },
  {
    kind: "resolution",
    terms: [{ text: "joint resolution" }, { text: "concurrent resolution" }, { text: "simple resolution" }],
  },
  {
    kind: "clause",
    terms: [
      "Commerce", "Equal Protection", "Due Process", "Necessary and Proper", "Supremacy", "Establishment", "Free Exercise",
      "Elections", "Full Faith and Credit", "Take Care", "Appointments", "Emoluments", "Guarantee", "Speech or Debate",
      "Presentment", "Free Speech", "Confrontation", "Takings", "Privileges and Immunities", "Spending",
    ].map((n) => ({ text: `${n} Clause`, since: /^(?:Equal Protection|Due Process)$/.test(n) ? 1868 : 1788 })),
  },
  {
    kind: "majority",
    terms: [{ text: "simple majority" }, { text: "two-thirds majority", aliases: ["two-thirds"] }, { text: "three-fifths majority", aliases: ["three-fifths"] }, { text: "three-fourths majority", aliases: ["three-fourths", "three-quarters"] }],
  },
  {
    // Landmark cases a civics class meets, by decision year (the C3 framework and the AP Government required cases).
    kind: "case",
    terms: [
      { text: "Marbury v. Madison", since: 1803 },
      { text: "McCulloch v. Maryland", since: 1819 },
      { text: "Brown v. Board of Education", since: 1954 },
      { text: "Miranda v. Arizona", since: 1966 },
      { text: "Gideon v. Wainwright", since: 1963 },
      { text: "Tinker v. Des Moines", since: 1969 },
      { text: "Plessy v. Ferguson", since: 1896 },
      { text: "Gibbons v. Ogden", since: 1824 },
      { text: "Baker v. Carr", since: 1962 },
      { text: "Engel v. Vitale", since: 1962 },
      { text: "Mapp v. Ohio", since: 1961 },
      { text: "United States v. Nixon", since: 1974 },
      { text: "Citizens United v. FEC", since: 2010, aliases: ["Citizens United v. Federal Election Commission"] },
      { text: "Shelby County v. Holder", since: 2013 },
      { text: "Obergefell v. Hodges", since: 2015 },
      { text: "Loving v. Virginia", since: 1967 },
      { text: "Korematsu v. United States", since: 1944 },
      { text: "Dred Scott v. Sandford", since: 1857 },
      { text: "Roe v. Wade", since: 1973, group: "abortion" },
      { text: "Planned Parenthood v. Casey", since: 1992, group: "abortion" },
      { text: "Dobbs v. Jackson Women's Health Organization", since: 2022, group: "abortion" },
    ],
  },
  {
    kind: "document",
    terms: [
      { text: "Declaration of Independence", since: 1776 },
      { text: "Articles of Confederation", since: 1777 },
      { text: "Bill of Rights", since: 1789 },
      { text: "Federalist Papers", since: 1788 },
      { text: "Emancipation Proclamation", since: 1863 },
      { text: "Gettysburg Address", since: 1863 },
      { text: "Mayflower Compact", since: 1620 },
      { text: "Magna Carta", since: 1215 },
    ],
  },
];
