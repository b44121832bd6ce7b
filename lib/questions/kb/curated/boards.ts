/**
 * Federal bodies whose seats the President fills with the Senate's consent, for the wrong answers of "For which post is X
 * the nominee?" where a release names too few posts of the answer's kind ("Commissioner of the Federal Communications
 * Commission" beside two other posts). Written from public facts (the bodies' organic statutes and the United States
 * Government Manual); a body's first year is its creation or its present name.
 *
 * name | the ("the" before it) | first year
 */
export interface Body {
  name: string;
  the: boolean;
  from: number;
}

const parse = (rows: string): Body[] =>
  rows
    .trim()
    .split("\n")
    .map((r) => r.split("|").map((x) => x.trim()))
    .map(([name, the, from]) => ({ name, the: the === "the", from: Number(from) }));

/** Multi-member commissions: "Commissioner of the …" (or "Member of the …"). */
export const COMMISSIONS: Body[] = parse(`
Federal Communications Commission|the|1934
Securities and Exchange Commission|the|1934
Federal Trade Commission|the|1914
Federal Election Commission|the|1975
Federal Energy Regulatory Commission|the|1977
Nuclear Regulatory Commission|the|1975
Commodity Futures Trading Commission|the|1974
Consumer Product Safety Commission|the|1972
Equal Employment Opportunity Commission|the|1965
Federal Maritime Commission|the|1961
United States International Trade Commission|the|1974
Postal Regulatory Commission|the|2006
Election Assistance Commission|the|2002
United States Commission on Civil Rights|the|1957
Federal Mine Safety and Health Review Commission|the|1977
Occupational Safety and Health Review Commission|the|1970
United States Sentencing Commission|the|1984
United States Parole Commission|the|1976
Marine Mammal Commission|the|1972
`);

/** Multi-member boards: "Member of the …". */
export const BOARDS: Body[] = parse(`
National Labor Relations Board|the|1935
Merit Systems Protection Board|the|1979
National Mediation Board|the|1934
National Transportation Safety Board|the|1967
Surface Transportation Board|the|1996
Chemical Safety and Hazard Investigation Board|the|1998
Privacy and Civil Liberties Oversight Board|the|2007
Social Security Advisory Board|the|1994
Federal Retirement Thrift Investment Board|the|1986
`);

/** Boards of directors of government corporations and foundations: "Member of the Board of Directors of …". */
export const CORPORATIONS: Body[] = parse(`
Amtrak|-|1971
Tennessee Valley Authority|the|1933
Corporation for Public Broadcasting|the|1967
Millennium Challenge Corporation|the|2004
Federal Deposit Insurance Corporation|the|1933
AmeriCorps|-|2020
African Development Foundation|the|1980
Inter-American Foundation|the|1969
National Institute of Building Sciences|the|1974
Legal Services Corporation|the|1974
Export-Import Bank of the United States|the|1934
United States International Development Finance Corporation|the|2019
United States Institute of Peace|the|1984
Securities Investor Protection Corporation|the|1970
`);
