import type { OfficeGroup } from "../index";

/**
 * Offices as texts name them, including generic titles with no country ("prime minister", "foreign minister")
 * that `holders()` answers by office group and the country asked for.
 */
export const GENERIC_OFFICES: { title: string; group: OfficeGroup; country?: string; aliases: string[] }[] = [
  { title: "President of the United States", group: "us-president", country: "United States", aliases: ["President", "the president", "U.S. president", "US president", "American president", "President of the U.S.", "commander in chief", "chief executive", "Pres."] },
  { title: "Vice President of the United States", group: "us-vice-president", country: "United States", aliases: ["Vice President", "the vice president", "U.S. vice president", "Vice-President", "VP", "Veep"] },
  { title: "U.S. Senator", group: "us-senator", country: "United States", aliases: ["Senator", "Sen.", "senator", "United States Senator", "US Senator", "Sens."] },
  { title: "U.S. Representative", group: "us-representative", country: "United States", aliases: ["Representative", "Rep.", "Reps.", "Congressman", "Congresswoman", "member of Congress", "congressman", "congresswoman", "U.S. Rep.", "House member", "Delegate", "Resident Commissioner"] },
  { title: "Governor", group: "us-governor", country: "United States", aliases: ["Gov.", "governor", "state governor", "Govs."] },
  { title: "Lieutenant Governor", group: "us-official", country: "United States", aliases: ["Lt. Gov.", "lieutenant governor"] },
  { title: "Mayor", group: "official", aliases: ["mayor"] },
  { title: "Secretary of Commerce", group: "us-cabinet", country: "United States", aliases: ["Commerce Secretary"] },
  { title: "Secretary of Labor", group: "us-cabinet", country: "United States", aliases: ["Labor Secretary"] },
  { title: "Secretary of Agriculture", group: "us-cabinet", country: "United States", aliases: ["Agriculture Secretary"] },
  { title: "Secretary of the Interior", group: "us-cabinet", country: "United States", aliases: ["Interior Secretary"] },
  { title: "Secretary of Energy", group: "us-cabinet", country: "United States", aliases: ["Energy Secretary"] },
  { title: "Secretary of Education", group: "us-cabinet", country: "United States", aliases: ["Education Secretary"] },
  { title: "Secretary of Transportation", group: "us-cabinet", country: "United States", aliases: ["Transportation Secretary"] },
  { title: "Secretary of Health and Human Services", group: "us-cabinet", country: "United States", aliases: ["Health Secretary", "HHS Secretary"] },
  { title: "Secretary of Housing and Urban Development", group: "us-cabinet", country: "United States", aliases: ["Housing Secretary", "HUD Secretary"] },
  { title: "Secretary of Veterans Affairs", group: "us-cabinet", country: "United States", aliases: ["Veterans Affairs Secretary", "VA Secretary"] },
  { title: "White House Chief of Staff", group: "us-official", country: "United States", aliases: ["chief of staff", "White House chief of staff"] },
  { title: "White House Press Secretary", group: "us-official", country: "United States", aliases: ["press secretary", "White House press secretary"] },
  { title: "U.S. Trade Representative", group: "us-cabinet", country: "United States", aliases: ["Trade Representative", "USTR", "trade representative"] },
  { title: "Director of National Intelligence", group: "us-official", country: "United States", aliases: ["DNI", "director of national intelligence"] },
  { title: "Solicitor General", group: "us-official", country: "United States", aliases: ["solicitor general", "U.S. solicitor general"] },
  { title: "Ambassador", group: "diplomat", aliases: ["ambassador", "Amb.", "envoy", "special envoy"] },
  { title: "Prime Minister", group: "head-of-government", aliases: ["prime minister", "P.M.", "PM", "premier", "Premier"] },
  { title: "Foreign Minister", group: "foreign-minister", aliases: ["foreign minister", "minister of foreign affairs", "Minister of Foreign Affairs"] },
  { title: "Defense Minister", group: "defense-minister", aliases: ["defense minister", "defence minister", "Defence Minister", "minister of defense", "Minister of Defense", "minister of defence"] },
  { title: "Head of State", group: "head-of-state", aliases: ["head of state"] },
  { title: "Head of Government", group: "head-of-government", aliases: ["head of government"] },
  { title: "King", group: "head-of-state", aliases: ["king", "Queen", "queen", "monarch"] },
  { title: "General", group: "military", aliases: ["Gen.", "general", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Admiral", "Adm.", "admiral", "Colonel", "Col."] },
  { title: "Minister", group: "official", aliases: ["minister", "Minister"] },
  { title: "Spokesperson", group: "official", aliases: ["spokesman", "spokeswoman", "spokesperson"] },
];
