import { randomBytes } from "node:crypto";

/**
 * An id for a row written by raw SQL (docs/decisions/031), in the shape of the ids Prisma's @default(cuid()) gives
 * the others: 25 characters of [0-9a-z], starting with "c", then the time (so ids sort roughly by creation), then 16
 * random characters (about 80 bits: no two alike in any school's lifetime).
 */
export function newRowId(now: number = Date.now()): string {
  let random = "";
  for (const byte of randomBytes(16)) random += (byte % 36).toString(36);
  return `c${now.toString(36).padStart(8, "0")}${random}`;
}
