// Curated place facts written from public knowledge. Country names, capitals and continents come from
// the MIT-licensed `countries-list` package; what is here adds what it lacks: demonyms, common aliases,
// "the" before the name, years of existence, historical states, U.S. states, islands, regions and cities.

/** Demonyms by ISO 3166-1 alpha-2 code. The first is the usual adjective. */
export const DEMONYMS: Record<string, string> = {
  AD: "Andorran", AE: "Emirati", AF: "Afghan", AG: "Antiguan", AL: "Albanian", AM: "Armenian", AO: "Angolan",
  AR: "Argentine,Argentinian", AT: "Austrian", AU: "Australian", AZ: "Azerbaijani,Azeri", BA: "Bosnian",
  BB: "Barbadian", BD: "Bangladeshi", BE: "Belgian", BF: "Burkinabe", BG: "Bulgarian", BH: "Bahraini",
  BI: "Burundian", BJ: "Beninese", BN: "Bruneian", BO: "Bolivian", BR: "Brazilian", BS: "Bahamian",
  BT: "Bhutanese", BW: "Botswanan,Motswana", BY: "Belarusian", BZ: "Belizean", CA: "Canadian",
  CD: "Congolese", CF: "Central African", CG: "Congolese", CH: "Swiss", CI: "Ivorian", CL: "Chilean",
  CM: "Cameroonian", CN: "Chinese", CO: "Colombian", CR: "Costa Rican", CU: "Cuban", CV: "Cape Verdean",
  CY: "Cypriot", CZ: "Czech", DE: "German", DJ: "Djiboutian", DK: "Danish,Dane", DM: "",
  DO: "Dominican", DZ: "Algerian", EC: "Ecuadorian", EE: "Estonian", EG: "Egyptian", ER: "Eritrean",
  ES: "Spanish,Spaniard", ET: "Ethiopian", FI: "Finnish,Finn", FJ: "Fijian", FM: "Micronesian", FR: "French",
  GA: "Gabonese", GB: "British,Briton", GD: "Grenadian", GE: "Georgian", GH: "Ghanaian", GM: "Gambian",
  GN: "Guinean", GQ: "Equatorial Guinean", GR: "Greek", GT: "Guatemalan", GW: "Bissau-Guinean",
  GY: "Guyanese", HN: "Honduran", HR: "Croatian,Croat", HT: "Haitian", HU: "Hungarian", ID: "Indonesian",
  IE: "Irish", IL: "Israeli", IN: "Indian", IQ: "Iraqi", IR: "Iranian", IS: "Icelandic,Icelander",
  IT: "Italian", JM: "Jamaican", JO: "Jordanian", JP: "Japanese", KE: "Kenyan", KG: "Kyrgyz",
  KH: "Cambodian", KI: "I-Kiribati", KM: "Comorian", KN: "Kittitian", KP: "North Korean",
  KR: "South Korean", KW: "Kuwaiti", KZ: "Kazakh,Kazakhstani", LA: "Laotian,Lao", LB: "Lebanese",
  LC: "Saint Lucian", LI: "Liechtensteiner", LK: "Sri Lankan", LR: "Liberian", LS: "Basotho,Mosotho",
  LT: "Lithuanian", LU: "Luxembourgish,Luxembourger", LV: "Latvian", LY: "Libyan", MA: "Moroccan",
  MC: "Monegasque", MD: "Moldovan", ME: "Montenegrin", MG: "Malagasy", MH: "Marshallese",
  MK: "Macedonian,North Macedonian", ML: "Malian", MM: "Burmese,Myanmar", MN: "Mongolian", MR: "Mauritanian",
  MT: "Maltese", MU: "Mauritian", MV: "Maldivian", MW: "Malawian", MX: "Mexican", MY: "Malaysian",
  MZ: "Mozambican", NA: "Namibian", NE: "Nigerien", NG: "Nigerian", NI: "Nicaraguan", NL: "Dutch",
  NO: "Norwegian", NP: "Nepali,Nepalese", NR: "Nauruan", NZ: "New Zealand,New Zealander", OM: "Omani",
  PA: "Panamanian", PE: "Peruvian", PG: "Papua New Guinean", PH: "Filipino,Philippine", PK: "Pakistani",
  PL: "Polish,Pole", PS: "Palestinian", PT: "Portuguese", PW: "Palauan", PY: "Paraguayan", QA: "Qatari",
  RO: "Romanian", RS: "Serbian,Serb", RU: "Russian", RW: "Rwandan", SA: "Saudi,Saudi Arabian",
  SB: "Solomon Islander", SC: "Seychellois", SD: "Sudanese", SE: "Swedish,Swede", SG: "Singaporean",
  SI: "Slovenian,Slovene", SK: "Slovak", SL: "Sierra Leonean", SM: "Sammarinese", SN: "Senegalese",
  SO: "Somali", SR: "Surinamese", SS: "South Sudanese", ST: "Santomean", SV: "Salvadoran", SY: "Syrian",
  SZ: "Swazi", TD: "Chadian", TG: "Togolese", TH: "Thai", TJ: "Tajik", TL: "Timorese", TM: "Turkmen",
  TN: "Tunisian", TO: "Tongan", TR: "Turkish,Turk", TT: "Trinidadian", TV: "Tuvaluan", TW: "Taiwanese",
  TZ: "Tanzanian", UA: "Ukrainian", UG: "Ugandan", US: "American", UY: "Uruguayan", UZ: "Uzbek",
  VA: "Vatican", VC: "Vincentian", VE: "Venezuelan", VN: "Vietnamese", VU: "Ni-Vanuatu", WS: "Samoan",
  XK: "Kosovar,Kosovan", YE: "Yemeni", ZA: "South African", ZM: "Zambian", ZW: "Zimbabwean",
  // dependencies
  PR: "Puerto Rican", GU: "Guamanian", GL: "Greenlandic,Greenlander", HK: "Hong Konger,Hong Kong",
  BM: "Bermudian", KY: "Caymanian", MO: "Macanese",
};

/**
 * Codes that countries-list lists but that are not sovereign states: kind "territory", with their sovereign.
 * Western Sahara is disputed (no sovereign given); Antarctica is a continent.
 */
export const DEPENDENCIES: Record<string, string> = {
  AC: "GB", AI: "GB", AS: "US", AW: "NL", AX: "FI", BL: "FR", BM: "GB", BQ: "NL", BV: "NO", CC: "AU", CK: "NZ",
  CW: "NL", CX: "AU", FK: "GB", FO: "DK", GF: "FR", GG: "GB", GI: "GB", GL: "DK", GP: "FR", GS: "GB", GU: "US",
  HK: "CN", HM: "AU", IM: "GB", IO: "GB", JE: "GB", KY: "GB", MF: "FR", MO: "CN", MP: "US", MQ: "FR", MS: "GB",
  NC: "FR", NF: "AU", NU: "NZ", PF: "FR", PM: "FR", PN: "GB", PR: "US", RE: "FR", SH: "GB", SJ: "NO", SX: "NL",
  TA: "GB", TC: "GB", TF: "FR", TK: "NZ", UM: "US", VG: "GB", VI: "US", WF: "FR", YT: "FR", EH: "",
};

/** Extra aliases for countries-list entries (beyond its own `alias`), and names it spells differently. */
export const COUNTRY_ALIASES: Record<string, string> = {
  US: "U.S.,U.S.A.,the States,United States",
  GB: "U.K.,United Kingdom of Great Britain and Northern Ireland",
  CN: "People's Republic of China,PRC,P.R.C.,Mainland China,Communist China,Red China",
  TW: "Republic of China,ROC,R.O.C.,Republic of China (Taiwan),Chinese Taipei",
  RU: "Russian Federation",
  KP: "Democratic People's Republic of Korea,D.P.R.K.",
  KR: "Republic of Korea,ROK",
  IR: "Islamic Republic of Iran",
  SY: "Syrian Arab Republic",
  VN: "Socialist Republic of Vietnam",
  DE: "Federal Republic of Germany",
  FR: "French Republic",
  MX: "United Mexican States",
  SA: "Kingdom of Saudi Arabia,KSA",
  PS: "State of Palestine,Palestinian territories,Palestinian Territories",
  AE: "U.A.E.",
  CZ: "Czech Republic",
  CI: "Côte d'Ivoire",
  NL: "The Netherlands",
  VA: "Vatican City State",
  TL: "Timor-Leste",
  CV: "Cape Verde",
  SZ: "Swaziland",
  BS: "The Bahamas",
  GM: "The Gambia",
};

/** Countries usually written with "the". */
export const WITH_THE = ["US", "GB", "NL", "PH", "BS", "GM", "AE", "CD", "CG", "CF", "DO", "MV", "MH", "SB", "VA", "CZ", "KY", "VI", "VG", "TC", "FK", "FO", "CK", "MP", "UM"];

/**
 * Years of existence as an independent state, where it began (or ended) after 1900 or a break matters.
 * "a-b" one period, "a-b,c-" several; "a-" still exists. Leave a country out when not sure.
 */
export const COUNTRY_YEARS: Record<string, string> = {
  RU: "1991-", UA: "1991-", BY: "1991-", MD: "1991-", AM: "1991-", AZ: "1991-", GE: "1991-", KZ: "1991-",
  KG: "1991-", TJ: "1991-", TM: "1991-", UZ: "1991-", EE: "1918-1940,1991-", LV: "1918-1940,1991-",
  LT: "1918-1940,1991-", DE: "1871-1945,1990-", CZ: "1993-", SK: "1993-", SI: "1991-", HR: "1991-", MK: "1991-",
  BA: "1992-", RS: "2006-", ME: "2006-", XK: "2008-", IE: "1922-", IS: "1944-", FI: "1917-", PL: "1918-",
  CY: "1960-", MT: "1964-", VA: "1929-",
  IN: "1947-", PK: "1947-", LK: "1948-", MM: "1948-", IL: "1948-", KP: "1948-", KR: "1948-", PH: "1946-",
  ID: "1949-", CN: "1949-", TW: "1949-", JO: "1946-", SY: "1946-", LB: "1943-", LA: "1953-", KH: "1953-",
  VN: "1976-", MY: "1963-", SG: "1965-", MV: "1965-", KW: "1961-", BH: "1971-", QA: "1971-", AE: "1971-",
  BD: "1971-", YE: "1990-", BN: "1984-", TL: "2002-", IQ: "1932-", SA: "1932-", TR: "1923-", EG: "1922-",
  PS: "1988-",
  GH: "1957-", GN: "1958-", SD: "1956-", MA: "1956-", TN: "1956-", LY: "1951-", NG: "1960-", SN: "1960-",
  ML: "1960-", NE: "1960-", TD: "1960-", CM: "1960-", TG: "1960-", BJ: "1960-", BF: "1960-", CI: "1960-",
  MG: "1960-", MR: "1960-", CD: "1960-", CG: "1960-", GA: "1960-", CF: "1960-", SO: "1960-", SL: "1961-",
  TZ: "1964-", UG: "1962-", DZ: "1962-", RW: "1962-", BI: "1962-", KE: "1963-", MW: "1964-", ZM: "1964-",
  GM: "1965-", BW: "1966-", LS: "1966-", MU: "1968-", SZ: "1968-", GQ: "1968-", GW: "1974-", MZ: "1975-",
  AO: "1975-", CV: "1975-", KM: "1975-", ST: "1975-", SC: "1976-", DJ: "1977-", ZW: "1980-", NA: "1990-",
  ER: "1993-", SS: "2011-", ZA: "1910-",
  JM: "1962-", TT: "1962-", BB: "1966-", GY: "1966-", BS: "1973-", GD: "1974-", SR: "1975-", DM: "1978-",
  LC: "1979-", VC: "1979-", BZ: "1981-", AG: "1981-", KN: "1983-", PA: "1903-", CU: "1902-",
  WS: "1962-", NR: "1968-", TO: "1970-", FJ: "1970-", PG: "1975-", SB: "1978-", TV: "1978-", KI: "1979-",
  VU: "1980-", MH: "1986-", FM: "1986-", PW: "1994-",
};

/** Former states. name | years | aliases | demonyms | continent | successor or note */
export const HISTORICAL_COUNTRIES = `
Soviet Union|1922-1991|USSR,U.S.S.R.,Union of Soviet Socialist Republics,the Soviets,Soviet Russia|Soviet|Europe|the
West Germany|1949-1990|Federal Republic of Germany (West Germany),FRG|West German|Europe|
East Germany|1949-1990|German Democratic Republic,GDR,DDR|East German|Europe|
Czechoslovakia|1918-1992|Czechoslovak Republic,Czechoslovak Socialist Republic|Czechoslovak|Europe|
Yugoslavia|1918-1992|Socialist Federal Republic of Yugoslavia,SFRY|Yugoslav,Yugoslavian|Europe|
Serbia and Montenegro|1992-2006|Federal Republic of Yugoslavia,FRY|Serbian|Europe|
Republic of China (1912–1949)|1912-1949|Nationalist China|Chinese|Asia|
North Vietnam|1945-1976|Democratic Republic of Vietnam|North Vietnamese|Asia|
South Vietnam|1955-1975|Republic of Vietnam|South Vietnamese|Asia|
North Yemen|1962-1990|Yemen Arab Republic|North Yemeni|Asia|
South Yemen|1967-1990|People's Democratic Republic of Yemen|South Yemeni|Asia|
Russian Empire|1721-1917|Imperial Russia,Tsarist Russia|Russian|Europe|the
Ottoman Empire|-1922|Ottoman Turkey|Ottoman|Asia|the
Austria-Hungary|1867-1918|Austro-Hungarian Empire|Austro-Hungarian|Europe|
Nazi Germany|1933-1945|Third Reich,German Reich|German|Europe|
United Arab Republic|1958-1961|UAR||Africa|the
Confederate States of America|1861-1865|Confederacy,Confederate States,the Confederacy|Confederate|North America|the
Republic of Texas|1836-1845|Texas Republic||North America|the
Kingdom of Hawaii|1795-1893|Hawaiian Kingdom||Oceania|the
`;

/** U.S. states: name | postal | AP abbreviation | capital | largest or well-known cities (comma) | region */
export const US_STATES = `
Alabama|AL|Ala.|Montgomery|Birmingham,Huntsville,Mobile|South
Alaska|AK|Alaska|Juneau|Anchorage,Fairbanks|West
Arizona|AZ|Ariz.|Phoenix|Tucson,Mesa,Scottsdale|West
Arkansas|AR|Ark.|Little Rock|Fayetteville|South
California|CA|Calif.|Sacramento|Los Angeles,San Diego,San Jose,San Francisco,Fresno,Oakland|West
Colorado|CO|Colo.|Denver|Colorado Springs,Aurora,Boulder|West
Connecticut|CT|Conn.|Hartford|Bridgeport,New Haven,Stamford|Northeast
Delaware|DE|Del.|Dover|Wilmington|South
Florida|FL|Fla.|Tallahassee|Jacksonville,Miami,Tampa,Orlando|South
Georgia|GA|Ga.|Atlanta|Savannah,Augusta|South
Hawaii|HI|Hawaii|Honolulu|Hilo|West
Idaho|ID|Idaho|Boise||West
Illinois|IL|Ill.|Springfield|Chicago,Aurora,Naperville|Midwest
Indiana|IN|Ind.|Indianapolis|Fort Wayne,Evansville,South Bend|Midwest
Iowa|IA|Iowa|Des Moines|Cedar Rapids,Davenport|Midwest
Kansas|KS|Kan.|Topeka|Wichita,Overland Park,Kansas City|Midwest
Kentucky|KY|Ky.|Frankfort|Louisville,Lexington|South
Louisiana|LA|La.|Baton Rouge|New Orleans,Shreveport|South
Maine|ME|Maine|Augusta|Portland|Northeast
Maryland|MD|Md.|Annapolis|Baltimore|South
Massachusetts|MA|Mass.|Boston|Worcester,Springfield,Cambridge|Northeast
Michigan|MI|Mich.|Lansing|Detroit,Grand Rapids,Ann Arbor|Midwest
Minnesota|MN|Minn.|Saint Paul|Minneapolis,Duluth|Midwest
Mississippi|MS|Miss.|Jackson|Gulfport|South
Missouri|MO|Mo.|Jefferson City|Kansas City,St. Louis,Springfield|Midwest
Montana|MT|Mont.|Helena|Billings,Missoula|West
Nebraska|NE|Neb.|Lincoln|Omaha|Midwest
Nevada|NV|Nev.|Carson City|Las Vegas,Reno|West
New Hampshire|NH|N.H.|Concord|Manchester|Northeast
New Jersey|NJ|N.J.|Trenton|Newark,Jersey City|Northeast
New Mexico|NM|N.M.|Santa Fe|Albuquerque|West
New York|NY|N.Y.|Albany|New York City,Buffalo,Rochester,Syracuse|Northeast
North Carolina|NC|N.C.|Raleigh|Charlotte,Greensboro,Durham|South
North Dakota|ND|N.D.|Bismarck|Fargo|Midwest
Ohio|OH|Ohio|Columbus|Cleveland,Cincinnati,Toledo|Midwest
Oklahoma|OK|Okla.|Oklahoma City|Tulsa|South
Oregon|OR|Ore.|Salem|Portland,Eugene|West
Pennsylvania|PA|Pa.|Harrisburg|Philadelphia,Pittsburgh|Northeast
Rhode Island|RI|R.I.|Providence||Northeast
South Carolina|SC|S.C.|Columbia|Charleston|South
South Dakota|SD|S.D.|Pierre|Sioux Falls|Midwest
Tennessee|TN|Tenn.|Nashville|Memphis,Knoxville,Chattanooga|South
Texas|TX|Texas|Austin|Houston,San Antonio,Dallas,Fort Worth,El Paso|South
Utah|UT|Utah|Salt Lake City|Provo|West
Vermont|VT|Vt.|Montpelier|Burlington|Northeast
Virginia|VA|Va.|Richmond|Virginia Beach,Norfolk,Arlington|South
Washington|WA|Wash.|Olympia|Seattle,Spokane,Tacoma|West
West Virginia|WV|W.Va.|Charleston|Huntington|South
Wisconsin|WI|Wis.|Madison|Milwaukee,Green Bay|Midwest
Wyoming|WY|Wyo.|Cheyenne|Casper|West
`;

/** Admission years of the states (for `from`): the original 13 use their ratification year. */
export const STATEHOOD: Record<string, number> = {
  DE: 1787, PA: 1787, NJ: 1787, GA: 1788, CT: 1788, MA: 1788, MD: 1788, SC: 1788, NH: 1788, VA: 1788, NY: 1788,
  NC: 1789, RI: 1790, VT: 1791, KY: 1792, TN: 1796, OH: 1803, LA: 1812, IN: 1816, MS: 1817, IL: 1818, AL: 1819,
  ME: 1820, MO: 1821, AR: 1836, MI: 1837, FL: 1845, TX: 1845, IA: 1846, WI: 1848, CA: 1850, MN: 1858, OR: 1859,
  KS: 1861, WV: 1863, NV: 1864, NE: 1867, CO: 1876, ND: 1889, SD: 1889, MT: 1889, WA: 1889, ID: 1890, WY: 1890,
  UT: 1896, OK: 1907, NM: 1912, AZ: 1912, AK: 1959, HI: 1959,
};

/** District and territories of the United States: name | postal | capital | aliases | island? */
export const US_TERRITORIES = `
District of Columbia|DC|Washington|Washington D.C.,Washington, D.C.,D.C.,DC
Puerto Rico|PR|San Juan|Commonwealth of Puerto Rico|island
Guam|GU|Hagåtña|Territory of Guam,Hagatna|island
U.S. Virgin Islands|VI|Charlotte Amalie|United States Virgin Islands,USVI|island
American Samoa|AS|Pago Pago||island
Northern Mariana Islands|MP|Saipan|Commonwealth of the Northern Mariana Islands,CNMI|island
`;

/** Islands: name | country | aliases | note */
export const ISLANDS = `
Taiwan|Taiwan|Formosa,island of Taiwan
Hainan|China|Hainan Island
Guam|United States|island of Guam
Puerto Rico|United States|island of Puerto Rico
Cuba|Cuba|island of Cuba
Hispaniola|
Jamaica|Jamaica
Oahu|United States|O'ahu
Maui|United States
Kauai|United States
Big Island|United States|Hawaii Island,island of Hawaii
Manhattan|United States|Manhattan Island
Long Island|United States
Staten Island|United States
Ellis Island|United States
Liberty Island|United States
Alcatraz Island|United States|Alcatraz
Martha's Vineyard|United States
Nantucket|United States
Okinawa|Japan|Okinawa Island
Honshu|Japan
Hokkaido|Japan
Kyushu|Japan
Shikoku|Japan
Iwo Jima|Japan|Iwo To
Senkaku Islands|Japan|Diaoyu Islands
Great Britain|United Kingdom
Ireland|
Iceland|Iceland
Greenland|Denmark
Sicily|Italy
Sardinia|Italy
Corsica|France
Crete|Greece
Cyprus|
Malta|Malta
Sri Lanka|Sri Lanka|Ceylon
Madagascar|Madagascar
Borneo|
Sumatra|Indonesia
Java|Indonesia
Bali|Indonesia
New Guinea|
Tasmania|Australia
Luzon|Philippines
Mindanao|Philippines
Singapore|Singapore
Hong Kong Island|China
Kinmen|Taiwan|Quemoy
Matsu Islands|Taiwan|Matsu
Penghu|Taiwan|Pescadores
Spratly Islands|
Paracel Islands|
Falkland Islands|United Kingdom|Falklands,Malvinas
Diego Garcia|United Kingdom
Wake Island|United States
Midway Atoll|United States|Midway Island,Midway
Saipan|United States
Tinian|United States
Guadalcanal|Solomon Islands
Sakhalin|Russia
Kuril Islands|Russia|Kurils,Northern Territories
Zanzibar|Tanzania
Bermuda|United Kingdom
Trinidad|Trinidad and Tobago
Newfoundland|Canada
Vancouver Island|Canada
Baffin Island|Canada
Gotland|Sweden
Bornholm|Denmark
Lampedusa|Italy
Lesbos|Greece
Jeju Island|South Korea|Jeju
Ganghwa Island|South Korea
`;

/** Regions: name | kind (region/continent/water) | aliases | member countries (ISO codes) or U.S. states (postal, with us:) */
export const REGIONS = `
Middle East|region|Mideast,Near East|BH,CY,EG,IR,IQ,IL,JO,KW,LB,OM,PS,QA,SA,SY,TR,AE,YE
Indo-Pacific|region||
Asia-Pacific|region|Asia Pacific,Pacific Rim|
Southeast Asia|region||BN,KH,ID,LA,MY,MM,PH,SG,TH,TL,VN
East Asia|region|Far East|CN,JP,KP,KR,MN,TW
South Asia|region|Indian subcontinent|AF,BD,BT,IN,MV,NP,PK,LK
Central Asia|region||KZ,KG,TJ,TM,UZ
Eastern Europe|region||BY,BG,CZ,HU,MD,PL,RO,RU,SK,UA
Western Europe|region||AT,BE,FR,DE,IE,LU,MC,NL,CH,GB,LI
Southern Europe|region||AL,AD,BA,HR,GR,IT,MT,ME,MK,PT,SM,RS,SI,ES,VA,XK
Northern Europe|region||DK,EE,FI,IS,LV,LT,NO,SE
Balkans|region|Balkan Peninsula,the Balkan states|AL,BA,BG,HR,GR,XK,ME,MK,RO,RS,SI
Baltic states|region|Baltics|EE,LV,LT
Scandinavia|region|Nordic countries|DK,NO,SE
Caucasus|region|South Caucasus|AM,AZ,GE
Latin America|region||AR,BO,BR,CL,CO,CR,CU,DO,EC,SV,GT,HT,HN,MX,NI,PA,PY,PE,UY,VE
Central America|region||BZ,CR,SV,GT,HN,NI,PA
Caribbean|region|the Caribbean,West Indies|AG,BS,BB,CU,DM,DO,GD,HT,JM,KN,LC,VC,TT
North Africa|region|Maghreb|DZ,EG,LY,MA,TN,SD
Sub-Saharan Africa|region||
Horn of Africa|region||DJ,ER,ET,SO
Sahel|region||BF,ML,MR,NE,TD,SN
Persian Gulf region|region|Gulf states,the Gulf|BH,KW,OM,QA,SA,AE,IQ,IR
Arctic|region|the Arctic|
Korean Peninsula|region||KP,KR
Gaza Strip|region|Gaza|PS
West Bank|region||PS
Golan Heights|region|the Golan|
Kashmir|region||
Crimea|region|Crimean Peninsula|UA
Donbas|region|Donbass|UA
Tibet|region||CN
Xinjiang|region||CN
Siberia|region||RU
England|region||GB
Scotland|region||GB
Wales|region||GB
Northern Ireland|region|Ulster|GB
Midwest|region|Middle West,the Midwest|us:IL,IN,IA,KS,MI,MN,MO,NE,ND,OH,SD,WI
Northeast|region|the Northeast|us:CT,ME,MA,NH,NJ,NY,PA,RI,VT
New England|region||us:CT,ME,MA,NH,RI,VT
South|region|the South,American South|us:AL,AR,DE,FL,GA,KY,LA,MD,MS,NC,OK,SC,TN,TX,VA,WV
Deep South|region||us:AL,GA,LA,MS,SC
West|region|the West,American West|us:AK,AZ,CA,CO,HI,ID,MT,NV,NM,OR,UT,WA,WY
Southwest|region|the Southwest|us:AZ,NM,TX,OK
Pacific Northwest|region||us:OR,WA,ID
Mid-Atlantic|region||us:DE,MD,NJ,NY,PA
Great Plains|region||us:KS,NE,ND,SD,OK
Rust Belt|region||us:OH,PA,MI,IN,IL,WI
Sun Belt|region||
Gulf Coast|region||us:TX,LA,MS,AL,FL
Appalachia|region||us:WV,KY,TN,PA,OH,VA,NC
Great Lakes region|region|Great Lakes states|us:IL,IN,MI,MN,NY,OH,PA,WI
Africa|continent||
Antarctica|continent||
Asia|continent||
Europe|continent||
North America|continent||
South America|continent||
Oceania|continent|Australasia|
Pacific Ocean|water|Pacific,the Pacific|
Atlantic Ocean|water|Atlantic,the Atlantic|
Indian Ocean|water||
Arctic Ocean|water||
Southern Ocean|water||
Mediterranean Sea|water|Mediterranean,the Mediterranean|
South China Sea|water||
East China Sea|water||
Taiwan Strait|water|Strait of Taiwan,Formosa Strait|
Sea of Japan|water|East Sea|
Yellow Sea|water||
Black Sea|water||
Red Sea|water||
Caspian Sea|water||
Baltic Sea|water||
North Sea|water||
Caribbean Sea|water||
Gulf of Mexico|water|Gulf of America|
Persian Gulf|water|Arabian Gulf|
Gulf of Aden|water||
Strait of Hormuz|water||
Bering Strait|water||
Suez Canal|water||
Panama Canal|water||
Great Lakes|water||
Lake Michigan|water||
Lake Superior|water||
Chesapeake Bay|water||
Mississippi River|water|the Mississippi|
Missouri River|water||
Rio Grande|water||
Potomac River|water|the Potomac|
Hudson River|water|the Hudson|
Colorado River|water||
Ohio River|water||
Yangtze River|water|Yangtze|
Nile|water|Nile River|
Danube|water|Danube River|
Jordan River|water||
Dnipro River|water|Dnieper,Dnipro|
`;

/** Major U.S. cities not already named as a state capital or a city in US_STATES. name | state */
export const US_CITIES = `
Washington|DC
New York City|NY
Brooklyn|NY
Queens|NY
The Bronx|NY
Hollywood|CA
Silicon Valley|CA
Long Beach|CA
Berkeley|CA
Pasadena|CA
Santa Monica|CA
Palo Alto|CA
Bakersfield|CA
Miami Beach|FL
Key West|FL
Palm Beach|FL
St. Petersburg|FL
Fort Lauderdale|FL
Austin|TX
Arlington|TX
Plano|TX
Corpus Christi|TX
Laredo|TX
Galveston|TX
Boston|MA
Plymouth|MA
Lexington|MA
Concord|MA
Gettysburg|PA
Scranton|PA
Camden|NJ
Atlantic City|NJ
Princeton|NJ
Alexandria|VA
Williamsburg|VA
Jamestown|VA
Yorktown|VA
Charlottesville|VA
Bethesda|MD
Selma|AL
Flint|MI
Dearborn|MI
Akron|OH
Dayton|OH
Gary|IN
Ferguson|MO
Tulsa|OK
Birmingham|AL
Memphis|TN
Little Rock|AR
Anchorage|AK
Honolulu|HI
Pearl Harbor|HI
Las Vegas|NV
Albuquerque|NM
Los Alamos|NM
Roswell|NM
Salt Lake City|UT
Seattle|WA
Milwaukee|WI
Detroit|MI
Chicago|IL
Philadelphia|PA
Pittsburgh|PA
Baltimore|MD
Atlanta|GA
Dallas|TX
Houston|TX
San Antonio|TX
Denver|CO
Phoenix|AZ
Nashville|TN
New Orleans|LA
Minneapolis|MN
Cleveland|OH
Cincinnati|OH
Indianapolis|IN
Louisville|KY
Kansas City|MO
St. Louis|MO
Omaha|NE
Portland|OR
San Francisco|CA
Los Angeles|CA
San Diego|CA
Sacramento|CA
Oakland|CA
Miami|FL
Orlando|FL
Tampa|FL
Charlotte|NC
Raleigh|NC
Richmond|VA
Norfolk|VA
Newark|NJ
Buffalo|NY
Albany|NY
Hartford|CT
Providence|RI
Burlington|VT
Boise|ID
`;

/** World cities beyond capitals: name | ISO code | aliases */
export const WORLD_CITIES = `
Shanghai|CN
Hong Kong|CN
Shenzhen|CN
Guangzhou|CN|Canton
Wuhan|CN
Chongqing|CN
Tianjin|CN
Macau|CN|Macao
St. Petersburg|RU|Saint Petersburg,Leningrad,Petrograd
Vladivostok|RU
Volgograd|RU|Stalingrad
Sevastopol|UA
Kharkiv|UA|Kharkov
Odesa|UA|Odessa
Mariupol|UA
Lviv|UA
Bakhmut|UA
Donetsk|UA
Luhansk|UA
Kherson|UA
Zaporizhzhia|UA
Bucha|UA
Chernobyl|UA
Yalta|UA
Osaka|JP
Kyoto|JP
Hiroshima|JP
Nagasaki|JP
Yokohama|JP
Busan|KR|Pusan
Incheon|KR
Mumbai|IN|Bombay
Kolkata|IN|Calcutta
Chennai|IN|Madras
Bangalore|IN|Bengaluru
Karachi|PK
Lahore|PK
Tel Aviv|IL
Haifa|IL
Gaza City|PS
Ramallah|PS
Bethlehem|PS
Jeddah|SA
Mecca|SA|Makkah
Medina|SA
Dubai|AE
Istanbul|TR|Constantinople
Alexandria|EG
Mosul|IQ
Basra|IQ
Fallujah|IQ
Aleppo|SY
Kandahar|AF
Isfahan|IR
Mashhad|IR
Munich|DE
Frankfurt|DE
Hamburg|DE
Bonn|DE
Nuremberg|DE
Potsdam|DE
Marseille|FR
Lyon|FR
Nice|FR
Strasbourg|FR
Versailles|FR
Geneva|CH
Davos|CH
Zurich|CH
Milan|IT
Naples|IT
Venice|IT
Florence|IT
Barcelona|ES
Manchester|GB
Edinburgh|GB
Glasgow|GB
Belfast|GB
Liverpool|GB
Oxford|GB
Cambridge|GB
Toronto|CA
Montreal|CA
Vancouver|CA
Quebec City|CA
Calgary|CA
Guadalajara|MX
Monterrey|MX
Tijuana|MX
Ciudad Juárez|MX|Juarez
Sao Paulo|BR|São Paulo
Rio de Janeiro|BR|Rio
Sydney|AU
Melbourne|AU
Johannesburg|ZA
Cape Town|ZA
Lagos|NG
Ho Chi Minh City|VN|Saigon
The Hague|NL
Brussels|BE
Helsinki|FI
Kaohsiung|TW
`;
