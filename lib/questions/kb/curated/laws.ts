// Curated U.S. federal laws that civics texts and White House releases name: the name a text most often prints | the
// date it was signed (YYYY-MM-DD) | what it is about (comma-separated fields, the main one first: a law's wrong answers share its main
// field) | other names a text uses for it (separated by ";"; an acronym only where it names nothing else, as
// "HIPAA": "IRA" and "ARP" are not listed). Written from public facts (the public law's enactment date); MIT, as the rest of Quorum.
export const LAWS = `
Social Security Act|1935-08-14|social,labor|
Fair Labor Standards Act|1938-06-25|labor|
GI Bill|1944-06-22|veterans,education|Servicemen's Readjustment Act
Civil Rights Act of 1964|1964-07-02|rights|Civil Rights Act
Voting Rights Act|1965-08-06|rights,elections|Voting Rights Act of 1965
Fair Housing Act|1968-04-11|rights,housing|
Clean Air Act|1970-12-31|environment|
Clean Water Act|1972-10-18|environment|
Endangered Species Act|1973-12-28|environment|
Americans with Disabilities Act|1990-07-26|rights|
Family and Medical Leave Act|1993-02-05|labor|
Health Insurance Portability and Accountability Act|1996-08-21|health|HIPAA
Brady Handgun Violence Prevention Act|1993-11-30|safety|Brady Act
Violence Against Women Act|1994-09-13|safety|
USA PATRIOT Act|2001-10-26|security|PATRIOT Act;Patriot Act
No Child Left Behind Act|2002-01-08|education|
Medicare Modernization Act|2003-12-08|health|Medicare Prescription Drug, Improvement, and Modernization Act
Mental Health Parity and Addiction Equity Act|2008-10-03|health|
Affordable Care Act|2010-03-23|health|Patient Protection and Affordable Care Act
Dodd-Frank Act|2010-07-21|finance|Dodd-Frank Wall Street Reform and Consumer Protection Act
Every Student Succeeds Act|2015-12-10|education|
FAST Act|2015-12-04|infrastructure|Fixing America's Surface Transportation Act
21st Century Cures Act|2016-12-13|health|
Tax Cuts and Jobs Act|2017-12-22|tax|
First Step Act|2018-12-21|justice,safety|
Families First Coronavirus Response Act|2020-03-18|relief,health|
CARES Act|2020-03-27|relief,health|Coronavirus Aid, Relief, and Economic Security Act
Great American Outdoors Act|2020-08-04|environment|
American Rescue Plan|2021-03-11|spending,relief,health|American Rescue Plan Act;American Rescue Plan Act of 2021
Juneteenth National Independence Day Act|2021-06-17|rights|
Bipartisan Infrastructure Law|2021-11-15|spending,infrastructure,environment|Infrastructure Investment and Jobs Act
Emmett Till Antilynching Act|2022-03-29|rights,justice|
Bipartisan Safer Communities Act|2022-06-25|safety,justice|
CHIPS and Science Act|2022-08-09|spending,industry|CHIPS Act
PACT Act|2022-08-10|veterans,health|Honoring our PACT Act
Inflation Reduction Act|2022-08-16|spending,environment,health,tax|
Respect for Marriage Act|2022-12-13|rights|
Electoral Count Reform Act|2022-12-29|elections|
Fiscal Responsibility Act|2023-06-03|budget|
Laken Riley Act|2025-01-29|immigration,safety|
TAKE IT DOWN Act|2025-05-19|safety|
One Big Beautiful Bill Act|2025-07-04|tax,budget|One Big Beautiful Bill
GENIUS Act|2025-07-18|finance|
`;

export interface Law {
  name: string;
  /** signed into law, YYYY-MM-DD */
  signed: string;
  fields: string[];
  aliases: string[];
}

export function parseLaws(text = LAWS): Law[] {
  return text
    .trim()
    .split("\n")
    .map((line) => {
      const [name, signed, fields, aliases] = line.split("|");
      return { name, signed, fields: fields.split(",").filter(Boolean), aliases: (aliases ?? "").split(";").map((x) => x.trim()).filter(Boolean) };
    });
}
