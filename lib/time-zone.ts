/**
 * Wall-clock times in a named (IANA) time zone, with the platform's Intl and no date library. A teacher picks
 * "9:00 on 10 March" in their own zone; the instant that means depends on the zone's rules on that date, not on
 * today's offset, so each date is converted on its own.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a zone name this runtime knows ("America/New_York", "UTC"); false for anything else, "" included. */
export function isTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's wall-clock reading at an instant, as if it were UTC (milliseconds). */
function wallClockAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The instant a `datetime-local` value ("2027-03-14T09:00") means in `timeZone`; null for "". Throws RangeError
 * for an unknown zone or an impossible date. At a change of the clocks it does what people expect (and what
 * Temporal calls "compatible"): a time skipped when clocks go forward is read with the offset before the change
 * (02:30 becomes 03:30), and a time that happens twice when clocks go back is the first of the two.
 */
export function zonedDateTimeToInstant(value: string, timeZone: string): Date | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a date and time: ${value}`);
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) {
    throw new RangeError(`Not a date and time: ${value}`);
  }
  // The offsets a day either side cover any change of the clocks near this time.
  const before = wallClockAt(wall - DAY, timeZone) - (wall - DAY);
  const after = wallClockAt(wall + DAY, timeZone) - (wall + DAY);
  const candidates = [wall - before, wall - after].filter((t) => wallClockAt(t, timeZone) === wall).sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}
