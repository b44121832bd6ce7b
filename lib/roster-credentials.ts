import { randomInt } from "node:crypto";

// Lower case only, and no i, l, o, 0 or 1: students copy these from a printed card.
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A random password a student can type from a card: 10 characters (about 50 bits) shown as two groups of five. */
export function readablePassword(): string {
  let chars = "";
  for (let i = 0; i < 10; i++) chars += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

const USERNAME_MAX = 30;

/** "Ava Martinez" → "ava.m", "José" → "jose", "Mary Ann O'Neil" → "mary.o". Always a valid username start. */
export function usernameBase(displayName: string): string {
  const words = displayName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  if (words.length === 0) return "student";
  const first = words[0].slice(0, USERNAME_MAX - 6);
  return words.length > 1 ? `${first}.${words[words.length - 1][0]}` : first;
}

/**
 * One unique username per name, none of them in `taken` nor repeated: the base, then base2, base3… on a clash
 * (bases shorter than three characters start at base1, since usernames need three).
 */
export function uniqueUsernames(displayNames: string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  return displayNames.map((name) => {
    const base = usernameBase(name);
    let n = base.length >= 3 ? 0 : 1;
    let candidate = n === 0 ? base : `${base}${n}`;
    while (used.has(candidate)) {
      n = n === 0 ? 2 : n + 1;
      candidate = `${base}${n}`;
    }
    used.add(candidate);
    return candidate;
  });
}
