// The federal courts of appeals and the United States district courts (Article III, 28 U.S.C. §§ 41 and 81–131),
// written from public facts. They are the wrong answers of "For which court is X the nominee?" where a judicial
// nominations release names fewer than four courts (nominations.ts). The three territorial courts (Guam, the Northern
// Mariana Islands, the Virgin Islands) are not listed: their names follow another pattern.

/** The twelve regional circuits and the Federal Circuit (28 U.S.C. § 41 lists the District of Columbia's first). */
export const CIRCUITS = [
  "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
  "District of Columbia", "Federal",
] as const;

/**
 * Each state's (and the District of Columbia's and Puerto Rico's) judicial districts and its circuit: "" for a state
 * that is one district ("the District of Colorado"), else the districts' directions ("Northern", "Eastern" …).
 */
export const DISTRICTS: Record<string, { circuit: (typeof CIRCUITS)[number]; districts: string[] }> = {
  Alabama: { circuit: "Eleventh", districts: ["Northern", "Middle", "Southern"] },
  Alaska: { circuit: "Ninth", districts: [""] },
  Arizona: { circuit: "Ninth", districts: [""] },
  Arkansas: { circuit: "Eighth", districts: ["Eastern", "Western"] },
  California: { circuit: "Ninth", districts: ["Northern", "Eastern", "Central", "Southern"] },
  Colorado: { circuit: "Tenth", districts: [""] },
  Connecticut: { circuit: "Second", districts: [""] },
  Delaware: { circuit: "Third", districts: [""] },
  "Columbia": { circuit: "District of Columbia", districts: [""] },
  Florida: { circuit: "Eleventh", districts: ["Northern", "Middle", "Southern"] },
  Georgia: { circuit: "Eleventh", districts: ["Northern", "Middle", "Southern"] },
  Hawaii: { circuit: "Ninth", districts: [""] },
  Idaho: { circuit: "Ninth", districts: [""] },
  Illinois: { circuit: "Seventh", districts: ["Northern", "Central", "Southern"] },
  Indiana: { circuit: "Seventh", districts: ["Northern", "Southern"] },
  Iowa: { circuit: "Eighth", districts: ["Northern", "Southern"] },
  Kansas: { circuit: "Tenth", districts: [""] },
  Kentucky: { circuit: "Sixth", districts: ["Eastern", "Western"] },
  Louisiana: { circuit: "Fifth", districts: ["Eastern", "Middle", "Western"] },
  Maine: { circuit: "First", districts: [""] },
  Maryland: { circuit: "Fourth", districts: [""] },
  Massachusetts: { circuit: "First", districts: [""] },
  Michigan: { circuit: "Sixth", districts: ["Eastern", "Western"] },
  Minnesota: { circuit: "Eighth", districts: [""] },
  Mississippi: { circuit: "Fifth", districts: ["Northern", "Southern"] },
  Missouri: { circuit: "Eighth", districts: ["Eastern", "Western"] },
  Montana: { circuit: "Ninth", districts: [""] },
  Nebraska: { circuit: "Eighth", districts: [""] },
  Nevada: { circuit: "Ninth", districts: [""] },
  "New Hampshire": { circuit: "First", districts: [""] },
  "New Jersey": { circuit: "Third", districts: [""] },
  "New Mexico": { circuit: "Tenth", districts: [""] },
  "New York": { circuit: "Second", districts: ["Northern", "Southern", "Eastern", "Western"] },
  "North Carolina": { circuit: "Fourth", districts: ["Eastern", "Middle", "Western"] },
  "North Dakota": { circuit: "Eighth", districts: [""] },
  Ohio: { circuit: "Sixth", districts: ["Northern", "Southern"] },
  Oklahoma: { circuit: "Tenth", districts: ["Northern", "Eastern", "Western"] },
  Oregon: { circuit: "Ninth", districts: [""] },
  Pennsylvania: { circuit: "Third", districts: ["Eastern", "Middle", "Western"] },
  "Puerto Rico": { circuit: "First", districts: [""] },
  "Rhode Island": { circuit: "First", districts: [""] },
  "South Carolina": { circuit: "Fourth", districts: [""] },
  "South Dakota": { circuit: "Eighth", districts: [""] },
  Tennessee: { circuit: "Sixth", districts: ["Eastern", "Middle", "Western"] },
  Texas: { circuit: "Fifth", districts: ["Northern", "Southern", "Eastern", "Western"] },
  Utah: { circuit: "Tenth", districts: [""] },
  Vermont: { circuit: "Second", districts: [""] },
  Virginia: { circuit: "Fourth", districts: ["Eastern", "Western"] },
  Washington: { circuit: "Ninth", districts: ["Eastern", "Western"] },
  "West Virginia": { circuit: "Fourth", districts: ["Northern", "Southern"] },
  Wisconsin: { circuit: "Seventh", districts: ["Eastern", "Western"] },
  Wyoming: { circuit: "Tenth", districts: [""] },
};

/** "the Western District of Washington", "the District of Colorado", "the District of Columbia". */
export function districtName(state: string, direction: string): string {
  return `the ${direction ? `${direction} ` : ""}District of ${state}`;
}

/**
 * Every district's name, "the Northern District of Alabama" …: the 91 of 28 U.S.C. §§ 81–131 (the territorial courts of
 * Guam, the Northern Mariana Islands and the Virgin Islands, made under Title 48, make 94).
 */
export function allDistricts(): { name: string; state: string; circuit: string }[] {
  return Object.entries(DISTRICTS).flatMap(([state, d]) => d.districts.map((dir) => ({ name: districtName(state, dir), state, circuit: d.circuit })));
}
