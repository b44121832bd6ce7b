import "server-only";
import { db } from "@/lib/db";
import { clear, consume, LIMITS, refund, type Verdict } from "./rate-limit";

/**
 * Sign-in guessing, counted in three ways (docs/decisions/006):
 * - per account and address: 5 wrong passwords in 15 minutes lock that account for that address only, so a
 *   stranger's guesses elsewhere do not shut the real user out;
 * - per address: 30 wrong passwords in 15 minutes, whatever the accounts, stop that address (guessing a class's
 *   usernames one by one);
 * - per account: 50 wrong passwords in an hour from anywhere lock the account (guessing from many addresses).
 * Every attempt counts before the password is checked; a right password gives its count back.
 */
function keys(identifier: string, address: string) {
  return {
    address: { key: `signin:addr:${address}`, limit: LIMITS.signInAddress },
    pair: { key: `signin:pair:${address}|${identifier}`, limit: LIMITS.signInPair },
    account: { key: `signin:acct:${identifier}`, limit: LIMITS.signInAccount },
  };
}

export async function countSignInAttempt(identifier: string, address: string, now = new Date()): Promise<Verdict> {
  const k = keys(identifier, address);
  // An address that is already stopped adds no rows for the usernames it tries.
  const byAddress = await consume([k.address], 1, now);
  if (!byAddress.allowed) return byAddress;
  return consume([k.pair, k.account], 1, now);
}

export async function signInSucceeded(identifier: string, address: string, now = new Date()): Promise<void> {
  const k = keys(identifier, address);
  await clear([k.pair.key]);
  await refund([k.address.key, k.account.key], 1, now);
}

/**
 * A teacher's temporary password is a fresh start: the account's locks go, from every address (each address's own
 * count stays). Whoever was guessing does not know the new password.
 */
export async function clearAccountLocks(identifier: string): Promise<void> {
  await clear([keys(identifier, "").account.key]);
  await clearPairsOf(identifier);
}

async function clearPairsOf(identifier: string) {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "signin:pair:", endsWith: `|${identifier}` } } });
}
