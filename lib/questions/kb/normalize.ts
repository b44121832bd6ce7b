// Name normalisation shared by the KB build script and the runtime index. Pure: no I/O.

const SUFFIX = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Lower case, no accents, no periods or commas, straight apostrophes, single spaces, no leading "the". */
const ASCII = /^[\x20-\x7e]*$/;
export function normalize(s: string): string {
  // Most names are plain ASCII: skip the Unicode work for them.
  const folded = ASCII.test(s) ? s : s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return folded
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/'s$/, "");
}

/**
 * Lookup keys for a person's name: as written, without middle initials and suffixes ("Antony J. Blinken" ->
 * "antony blinken"), and with hyphens as spaces ("Kim Jong-un" -> "kim jong un").
 */
export function nameKeys(name: string): string[] {
  const base = normalize(name);
  const keys = new Set<string>([base]);
  const toks = base.split(" ");
  const core = toks.filter((t, i) => !(t.length === 1 && i > 0 && i < toks.length - 1) && !(SUFFIX.has(t) && i > 0));
  keys.add(core.join(" "));
  // A leading initial before a full name ("J. Edgar Hoover") may be dropped too.
  if (core.length > 2 && core[0].length === 1) keys.add(core.slice(1).join(" "));
  for (const k of [...keys]) if (k.includes("-")) keys.add(k.replace(/-/g, " "));
  keys.delete("");
  return [...keys];
}

/** Common English short forms of first names, to the formal names records use ("Dick Cheney" -> Richard). */
export const NICKNAMES: Record<string, string[]> = {
  dick: ["richard"], rick: ["richard"], rich: ["richard"], bob: ["robert"], rob: ["robert"], bobby: ["robert"],
  bill: ["william"], will: ["william"], billy: ["william"], tom: ["thomas"], tommy: ["thomas"], tip: ["thomas"],
  jim: ["james"], jimmy: ["james"], mike: ["michael"], mitch: ["addison", "mitchell"], chuck: ["charles"],
  charlie: ["charles"], newt: ["newton"], joe: ["joseph"], ted: ["edward", "theodore"], ed: ["edward"],
  sam: ["samuel"], al: ["albert", "alan", "alfred"], dan: ["daniel"], don: ["donald"], jack: ["john"],
  jeff: ["jeffrey", "jefferson"], les: ["leslie"], pete: ["peter"], steve: ["steven", "stephen"],
  tony: ["anthony", "antony"], hank: ["henry"], larry: ["lawrence"], ash: ["ashton"], ben: ["benjamin"],
  nick: ["nicholas"], chris: ["christopher"], matt: ["matthew"], pat: ["patrick", "patricia"], fred: ["frederick"],
  ron: ["ronald"], jerry: ["gerald", "jerome"], gene: ["eugene"], ken: ["kenneth"], liz: ["elizabeth"],
  beth: ["elizabeth"], kathy: ["katherine", "kathleen"], sue: ["susan"], becky: ["rebecca"], debbie: ["deborah"],
  cathy: ["catherine"], andy: ["andrew"], tim: ["timothy"], greg: ["gregory"], doug: ["douglas"], jon: ["jonathan"],
  nate: ["nathan", "nathaniel"], abe: ["abraham"], walt: ["walter"], harry: ["harold", "henry"], hal: ["harold"],
  ike: ["dwight"], jd: ["james"], lou: ["louis"], vince: ["vincent"], frank: ["francis"], marty: ["martin"],
};

/** Keys for a name with its first word replaced by the formal names it may stand for. */
export function nicknameKeys(name: string): string[] {
  const n = normalize(name);
  const [first, ...rest] = n.split(" ");
  if (!rest.length) return [];
  return (NICKNAMES[first] ?? []).flatMap((f) => nameKeys(`${f} ${rest.join(" ")}`));
}
