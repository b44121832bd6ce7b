import type { CuratedOffice } from "./types";

// Leaders that U.S. history and civics texts often name, beyond the main country list.
export const WORLD_MORE: CuratedOffice[] = [
  { office: "Leader of Nazi Germany", group: "head-of-state", country: "Nazi Germany", aliases: ["Führer", "Fuhrer", "Nazi leader"], holders: `
Adolf Hitler|m|1933-1945
` },
  { office: "Prime Minister of Fascist Italy", group: "head-of-government", country: "Italy", aliases: ["Il Duce", "Duce", "Fascist leader"], holders: `
Benito Mussolini|m|1922-1943
` },
  { office: "Prime Minister of Imperial Japan", group: "head-of-government", country: "Japan", aliases: ["wartime Japanese prime minister"], holders: `
Hideki Tojo|m|1941-1944||Hideki Tōjō
` },
  { office: "Head of State of Spain", group: "head-of-state", country: "Spain", aliases: ["Caudillo", "Spanish dictator"], holders: `
Francisco Franco|m|1939-1975||General Franco
` },
  { office: "President of Yugoslavia", group: "head-of-state", country: "Yugoslavia", aliases: ["Yugoslav president", "Yugoslav leader"], holders: `
Josip Broz Tito|m|1953-1980|Tito|Tito,Marshal Tito
` },
  { office: "President of North Vietnam", group: "head-of-state", country: "North Vietnam", aliases: ["North Vietnamese leader"], holders: `
Ho Chi Minh|m|1945-1969|Ho|Uncle Ho
` },
  { office: "Leader of Cuba", group: "head-of-state", country: "Cuba", aliases: ["Cuban leader", "President of Cuba", "Cuban president", "Cuba's president"], holders: `
Fidel Castro|m|1959-2008
Raúl Castro|m|2008-2018||Raul Castro
Miguel Díaz-Canel|m|2018-|Díaz-Canel|Miguel Diaz-Canel
` },
  { office: "President of Iraq", group: "head-of-state", country: "Iraq", aliases: ["Iraqi president", "Iraq's president", "Iraqi leader"], holders: `
Saddam Hussein|m|1979-2003|Hussein|Saddam
` },
  { office: "President of Afghanistan", group: "head-of-state", country: "Afghanistan", aliases: ["Afghan president", "Afghanistan's president"], holders: `
Hamid Karzai|m|2001-2014
Ashraf Ghani|m|2014-2021
` },
  { office: "President of Syria", group: "head-of-state", country: "Syria", aliases: ["Syrian president", "Syria's president", "Syrian leader"], holders: `
Hafez al-Assad|m|1971-2000|al-Assad|Hafez Assad
Bashar al-Assad|m|2000-2024|al-Assad|Bashar Assad,Assad
Ahmed al-Sharaa|m|2025-|al-Sharaa|Ahmad al-Sharaa
` },
  { office: "Leader of Libya", group: "head-of-state", country: "Libya", aliases: ["Libyan leader"], holders: `
Muammar Gaddafi|m|1969-2011||Muammar Qaddafi,Moammar Gadhafi,Qaddafi,Gaddafi
` },
  { office: "President of Venezuela", group: "head-of-state", country: "Venezuela", aliases: ["Venezuelan president", "Venezuela's president", "Venezuelan leader"], holders: `
Hugo Chávez|m|1999-2013||Hugo Chavez
Nicolás Maduro|m|2013-||Nicolas Maduro
` },
  { office: "President of South Africa", group: "head-of-state", country: "South Africa", aliases: ["South African president", "South Africa's president"], holders: `
Nelson Mandela|m|1994-1999
Thabo Mbeki|m|1999-2008
Jacob Zuma|m|2009-2018
Cyril Ramaphosa|m|2018-
` },
  { office: "President of Brazil", group: "head-of-state", country: "Brazil", aliases: ["Brazilian president", "Brazil's president"], holders: `
Luiz Inácio Lula da Silva|m|2003-2010|Lula|Lula,Luiz Inacio Lula da Silva,Lula da Silva
Dilma Rousseff|f|2011-2016
Jair Bolsonaro|m|2019-2022
Luiz Inácio Lula da Silva|m|2023-|Lula
` },
  { office: "President of Turkey", group: "head-of-state", country: "Türkiye", aliases: ["Turkish president", "Turkey's president"], holders: `
Recep Tayyip Erdoğan|m|2014-|Erdoğan|Recep Tayyip Erdogan,Erdogan
` },
  { office: "President of the Philippines", group: "head-of-state", country: "Philippines", aliases: ["Philippine president", "Filipino president"], holders: `
Ferdinand Marcos|m|1965-1986
Corazon Aquino|f|1986-1992||Cory Aquino
Rodrigo Duterte|m|2016-2022
Ferdinand Marcos Jr.|m|2022-|Marcos|Bongbong Marcos
` },
  { office: "Prime Minister of Hungary", group: "head-of-government", country: "Hungary", aliases: ["Hungarian prime minister"], holders: `
Viktor Orbán|m|1998-2002||Viktor Orban
Viktor Orbán|m|2010-
` },
  { office: "President of Poland", group: "head-of-state", country: "Poland", aliases: ["Polish president"], holders: `
Lech Wałęsa|m|1990-1995||Lech Walesa
Andrzej Duda|m|2015-2025
Karol Nawrocki|m|2025-
` },
  { office: "President of Chile", group: "head-of-state", country: "Chile", aliases: ["Chilean president", "Chilean leader"], holders: `
Salvador Allende|m|1970-1973
Augusto Pinochet|m|1973-1990
` },
  { office: "President of Argentina", group: "head-of-state", country: "Argentina", aliases: ["Argentine president", "Argentina's president"], holders: `
Juan Perón|m|1946-1955||Juan Peron
Javier Milei|m|2023-
` },
  { office: "Prime Minister of Australia", group: "head-of-government", country: "Australia", aliases: ["Australian prime minister", "Australia's prime minister"], holders: `
Malcolm Turnbull|m|2015-2018
Scott Morrison|m|2018-2022
Anthony Albanese|m|2022-
` },
];
