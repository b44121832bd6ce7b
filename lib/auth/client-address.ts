// No "server-only" marker: pure, tested on its own.

/**
 * The address a request came from, as a rate-limit key. Next.js puts the socket's address in X-Forwarded-For when
 * the request has none; a reverse proxy appends the address it saw. Either way the last entry is the one this
 * server's side vouches for. (A client talking to Next.js directly can send its own header: docs/decisions/006 says
 * what that can and cannot win it.) IPv6 addresses count per /64, the block one home or school is usually given.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return normaliseAddress(last ?? headers.get("x-real-ip") ?? "");
}

export function normaliseAddress(raw: string): string {
  let a = raw.trim().toLowerCase();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"));
  a = a.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1];
  if (/^\d{1,3}(\.\d{1,3}){3}(:\d+)?$/.test(a)) return a.replace(/:\d+$/, "");
  if (a.includes(":")) {
    const groups = expandIpv6(a);
    if (groups) return groups.slice(0, 4).join(":") + "::/64";
  }
  return a === "" ? "unknown" : a.slice(0, 64);
}

function expandIpv6(a: string): string[] | null {
  if (!/^[0-9a-f:]+$/.test(a) || (a.match(/::/g) ?? []).length > 1) return null;
  const [head, tail] = a.includes("::") ? a.split("::") : [a, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (tail === null ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array(tail === null ? 0 : missing).fill("0"), ...right];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
