import type { OfficeGroup } from "../index";

/**
 * One curated office and its holders, written from public facts.
 * `holders`: one holder a line, fields separated by "|":
 *   name | gender (m/f) | years "from-to" ("from-" while in office) | family name if not the last word | aliases, comma-separated | party | U.S. state (postal code)
 * Years are calendar years of taking and leaving the office. Leave a fact out rather than guess it.
 */
export interface CuratedOffice {
  office: string;
  group: OfficeGroup;
  country: string;
  /** Other ways texts write the office ("foreign minister", "Secretary Blinken" is not one of them). */
  aliases?: string[];
  holders: string;
}
