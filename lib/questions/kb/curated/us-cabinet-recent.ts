import type { CuratedOffice } from "./types";

// Other cabinet-level offices, holders since 2009 (confirmed holders; acting ones left out unless long-serving).
const US = "United States";
export const US_CABINET_RECENT: CuratedOffice[] = [
  { office: "Secretary of Commerce", group: "us-cabinet", country: US, holders: `
Gary Locke|m|2009-2011
John Bryson|m|2011-2012
Penny Pritzker|f|2013-2017
Wilbur Ross|m|2017-2021
Gina Raimondo|f|2021-2025
Howard Lutnick|m|2025-
` },
  { office: "Secretary of Labor", group: "us-cabinet", country: US, holders: `
Hilda Solis|f|2009-2013
Tom Perez|m|2013-2017||Thomas Perez
Alexander Acosta|m|2017-2019||Alex Acosta
Eugene Scalia|m|2019-2021
Marty Walsh|m|2021-2023||Martin Walsh
Lori Chavez-DeRemer|f|2025-
` },
  { office: "Secretary of Agriculture", group: "us-cabinet", country: US, holders: `
Tom Vilsack|m|2009-2017
Sonny Perdue|m|2017-2021
Tom Vilsack|m|2021-2025
Brooke Rollins|f|2025-
` },
  { office: "Secretary of the Interior", group: "us-cabinet", country: US, holders: `
Ken Salazar|m|2009-2013
Sally Jewell|f|2013-2017
Ryan Zinke|m|2017-2019
David Bernhardt|m|2019-2021
Deb Haaland|f|2021-2025||Debra Haaland
Doug Burgum|m|2025-
` },
  { office: "Secretary of Energy", group: "us-cabinet", country: US, holders: `
Steven Chu|m|2009-2013
Ernest Moniz|m|2013-2017
Rick Perry|m|2017-2019
Dan Brouillette|m|2019-2021
Jennifer Granholm|f|2021-2025
Chris Wright|m|2025-
` },
  { office: "Secretary of Education", group: "us-cabinet", country: US, holders: `
Arne Duncan|m|2009-2015
John King Jr.|m|2016-2017
Betsy DeVos|f|2017-2021
Miguel Cardona|m|2021-2025
Linda McMahon|f|2025-
` },
  { office: "Secretary of Transportation", group: "us-cabinet", country: US, holders: `
Ray LaHood|m|2009-2013
Anthony Foxx|m|2013-2017
Elaine Chao|f|2017-2021
Pete Buttigieg|m|2021-2025
Sean Duffy|m|2025-
` },
  { office: "Secretary of Health and Human Services", group: "us-cabinet", country: US, holders: `
Kathleen Sebelius|f|2009-2014
Sylvia Mathews Burwell|f|2014-2017|Burwell|Sylvia Burwell
Tom Price|m|2017-2017
Alex Azar|m|2018-2021
Xavier Becerra|m|2021-2025
Robert F. Kennedy Jr.|m|2025-|Kennedy|RFK Jr.
` },
  { office: "Secretary of Housing and Urban Development", group: "us-cabinet", country: US, holders: `
Shaun Donovan|m|2009-2014
Julian Castro|m|2014-2017||Julián Castro
Ben Carson|m|2017-2021
Marcia Fudge|f|2021-2024
Scott Turner|m|2025-
` },
  { office: "Secretary of Veterans Affairs", group: "us-cabinet", country: US, holders: `
Eric Shinseki|m|2009-2014
Bob McDonald|m|2014-2017||Robert McDonald
David Shulkin|m|2017-2018
Robert Wilkie|m|2018-2021
Denis McDonough|m|2021-2025
Doug Collins|m|2025-
` },
  { office: "Director of National Intelligence", group: "us-official", country: US, holders: `
Dennis Blair|m|2009-2010
James Clapper|m|2010-2017
Dan Coats|m|2017-2019
John Ratcliffe|m|2020-2021
Avril Haines|f|2021-2025
Tulsi Gabbard|f|2025-
` },
  { office: "U.S. Trade Representative", group: "us-cabinet", country: US, holders: `
Ron Kirk|m|2009-2013
Michael Froman|m|2013-2017
Robert Lighthizer|m|2017-2021
Katherine Tai|f|2021-2025
Jamieson Greer|m|2025-
` },
  { office: "White House Chief of Staff", group: "us-official", country: US, holders: `
Rahm Emanuel|m|2009-2010
Bill Daley|m|2011-2012||William Daley
Jack Lew|m|2012-2013
Denis McDonough|m|2013-2017
Reince Priebus|m|2017-2017
John F. Kelly|m|2017-2019
Mick Mulvaney|m|2019-2020
Mark Meadows|m|2020-2021
Ron Klain|m|2021-2023
Jeff Zients|m|2023-2025
Susie Wiles|f|2025-
` },
  { office: "White House Press Secretary", group: "us-official", country: US, holders: `
Robert Gibbs|m|2009-2011
Jay Carney|m|2011-2014
Josh Earnest|m|2014-2017
Sean Spicer|m|2017-2017
Sarah Huckabee Sanders|f|2017-2019|Sanders
Stephanie Grisham|f|2019-2020
Kayleigh McEnany|f|2020-2021
Jen Psaki|f|2021-2022
Karine Jean-Pierre|f|2022-2025|Jean-Pierre
Karoline Leavitt|f|2025-
` },
  { office: "Administrator of the Environmental Protection Agency", group: "us-official", country: US, aliases: ["EPA administrator", "E.P.A. administrator", "EPA chief"], holders: `
Lisa Jackson|f|2009-2013
Gina McCarthy|f|2013-2017
Scott Pruitt|m|2017-2018
Andrew Wheeler|m|2019-2021
Michael Regan|m|2021-2025
Lee Zeldin|m|2025-
` },
];
