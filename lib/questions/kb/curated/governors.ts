import type { CuratedOffice } from "./types";

// Governors in office in 2025–2026 (the seventh field is the state's postal code). Earlier governors are not
// listed yet; a governor who was also in Congress is merged with that record.
export const GOVERNORS: CuratedOffice[] = [
  {
    office: "Governor",
    group: "us-governor",
    country: "United States",
    holders: `
Kay Ivey|f|2017-||||AL
Mike Dunleavy|m|2018-||||AK
Katie Hobbs|f|2023-||||AZ
Sarah Huckabee Sanders|f|2023-|Sanders|||AR
Gavin Newsom|m|2019-||||CA
Jared Polis|m|2019-||||CO
Ned Lamont|m|2019-||||CT
Matt Meyer|m|2025-||||DE
Ron DeSantis|m|2019-||||FL
Brian Kemp|m|2019-||||GA
Josh Green|m|2022-||||HI
Brad Little|m|2019-||||ID
JB Pritzker|m|2019-||J.B. Pritzker||IL
Mike Braun|m|2025-||||IN
Kim Reynolds|f|2017-||||IA
Laura Kelly|f|2019-||||KS
Andy Beshear|m|2019-||||KY
Jeff Landry|m|2024-||||LA
Janet Mills|f|2019-||||ME
Wes Moore|m|2023-||||MD
Maura Healey|f|2023-||||MA
Gretchen Whitmer|f|2019-||||MI
Tim Walz|m|2019-||||MN
Tate Reeves|m|2020-||||MS
Mike Kehoe|m|2025-||||MO
Greg Gianforte|m|2021-||||MT
Jim Pillen|m|2023-||||NE
Joe Lombardo|m|2023-||||NV
Kelly Ayotte|f|2025-||||NH
Phil Murphy|m|2018-2026||||NJ
Mikie Sherrill|f|2026-||||NJ
Michelle Lujan Grisham|f|2019-|Lujan Grisham|||NM
Kathy Hochul|f|2021-||||NY
Josh Stein|m|2025-||||NC
Kelly Armstrong|m|2024-||||ND
Mike DeWine|m|2019-||||OH
Kevin Stitt|m|2019-||||OK
Tina Kotek|f|2023-||||OR
Josh Shapiro|m|2023-||||PA
Dan McKee|m|2021-||||RI
Henry McMaster|m|2017-||||SC
Larry Rhoden|m|2025-||||SD
Bill Lee|m|2019-||||TN
Greg Abbott|m|2015-||||TX
Spencer Cox|m|2021-||||UT
Phil Scott|m|2017-||||VT
Glenn Youngkin|m|2022-2026||||VA
Abigail Spanberger|f|2026-||||VA
Bob Ferguson|m|2025-||||WA
Patrick Morrisey|m|2025-||||WV
Tony Evers|m|2019-||||WI
Mark Gordon|m|2019-||||WY
`,
  },
];

// Defence ministers of the countries U.S. civics texts name most, recent holders only.
export const DEFENSE_MINISTERS: CuratedOffice[] = [
  {
    office: "Defense Minister of Russia",
    group: "defense-minister",
    country: "Russia",
    aliases: ["Russian defense minister", "Russia's defense minister"],
    holders: `
Sergei Shoigu|m|2012-2024||Sergey Shoigu
Andrei Belousov|m|2024-||Andrey Belousov
`,
  },
  {
    office: "Defense Minister of China",
    group: "defense-minister",
    country: "China",
    aliases: ["Chinese defense minister", "China's defense minister"],
    holders: `
Wei Fenghe|m|2018-2023|Wei
Li Shangfu|m|2023-2023|Li
Dong Jun|m|2023-|Dong
`,
  },
  {
    office: "Defense Minister of Israel",
    group: "defense-minister",
    country: "Israel",
    aliases: ["Israeli defense minister", "Israel's defense minister"],
    holders: `
Moshe Dayan|m|1967-1974
Ehud Barak|m|2007-2013
Benny Gantz|m|2020-2022
Yoav Gallant|m|2022-2024
Israel Katz|m|2024-
`,
  },
  {
    office: "Defense Minister of Ukraine",
    group: "defense-minister",
    country: "Ukraine",
    aliases: ["Ukrainian defense minister", "Ukraine's defense minister"],
    holders: `
Oleksii Reznikov|m|2021-2023||Oleksiy Reznikov
Rustem Umerov|m|2023-2025
Denys Shmyhal|m|2025-
`,
  },
  {
    office: "Defence Secretary of the United Kingdom",
    group: "defense-minister",
    country: "United Kingdom",
    aliases: ["British Defence Secretary", "Defence Secretary", "British defense secretary"],
    holders: `
Ben Wallace|m|2019-2023
Grant Shapps|m|2023-2024
John Healey|m|2024-
`,
  },
  {
    office: "Defence Minister of Germany",
    group: "defense-minister",
    country: "Germany",
    aliases: ["German defense minister", "German defence minister"],
    holders: `
Ursula von der Leyen|f|2013-2019|von der Leyen
Boris Pistorius|m|2023-
`,
  },
];

/** Extra names for people whose records use their full formal names. */
export const PERSON_ALIASES: Record<string, string[]> = {
  "George Walker Bush": ["George W. Bush", "George Bush Jr."],
  "George Herbert Walker Bush": ["George H.W. Bush", "George Bush Sr."],
  "John Fitzgerald Kennedy": ["John F. Kennedy", "JFK"],
  "Franklin Delano Roosevelt": ["Franklin D. Roosevelt", "FDR"],
  "Lyndon Baines Johnson": ["LBJ"],
  "Dwight David Eisenhower": ["Dwight D. Eisenhower", "Ike"],
  "Joseph R. Biden Jr.": ["Joe Biden"],
  "Donald J. Trump": ["Donald Trump"],
  "Barack Obama": ["Barack Hussein Obama", "Barack H. Obama"],
  "James Earl Carter": ["Jimmy Carter", "James Earl Carter Jr."],
  "William Jefferson Clinton": ["Bill Clinton"],
  "Ronald Wilson Reagan": ["Ronald Reagan"],
  "Richard Milhous Nixon": ["Richard M. Nixon"],
  "Gerald Rudolph Ford Jr.": ["Gerald R. Ford", "Gerald Ford"],
  "Kamala D. Harris": ["Kamala Harris"],
  "J.D. Vance": ["JD Vance", "James David Vance"],
  "Albert Arnold Gore Jr.": ["Al Gore"],
  "Mike Pence": ["Michael Pence", "Michael R. Pence"],
  "Theodore Roosevelt": ["Teddy Roosevelt", "TR"],
  "Abraham Lincoln": ["Honest Abe"],
};
