// Curated organisations: name | kind | country (name or empty) | aliases (comma) | years "a-b" or "a-"
// Written from public facts; where a founding year was not certain it is left out.
export const ORGS = `
Department of State|department|United States|State Department,the State Department,U.S. State Department,U.S. Department of State,Foggy Bottom|1789-
Department of Defense|department|United States|Defense Department,the Pentagon,Pentagon,DOD,DoD,U.S. Department of Defense|1947-
War Department|department|United States|Department of War|1789-1947
Department of the Treasury|department|United States|Treasury Department,the Treasury,U.S. Treasury,Treasury|1789-
Department of Justice|department|United States|Justice Department,DOJ,the Justice Department,U.S. Department of Justice|1870-
Department of the Interior|department|United States|Interior Department,DOI|1849-
Department of Agriculture|department|United States|Agriculture Department,USDA|1862-
Department of Commerce|department|United States|Commerce Department|1913-
Department of Labor|department|United States|Labor Department,DOL|1913-
Department of Health and Human Services|department|United States|HHS,Health and Human Services|1979-
Department of Housing and Urban Development|department|United States|HUD,Housing and Urban Development|1965-
Department of Transportation|department|United States|Transportation Department,DOT|1966-
Department of Energy|department|United States|Energy Department,DOE|1977-
Department of Education|department|United States|Education Department|1979-
Department of Veterans Affairs|department|United States|VA,Veterans Affairs|1989-
Department of Homeland Security|department|United States|Homeland Security,DHS|2002-
Federal Bureau of Investigation|agency|United States|FBI,F.B.I.|1908-
Central Intelligence Agency|agency|United States|CIA,C.I.A.|1947-
National Security Agency|agency|United States|NSA,N.S.A.|1952-
Federal Emergency Management Agency|agency|United States|FEMA|1979-
Environmental Protection Agency|agency|United States|EPA,E.P.A.|1970-
Internal Revenue Service|agency|United States|IRS,I.R.S.|1862-
Social Security Administration|agency|United States|SSA|1935-
Centers for Disease Control and Prevention|agency|United States|CDC,C.D.C.|1946-
Food and Drug Administration|agency|United States|FDA,F.D.A.|1906-
National Institutes of Health|agency|United States|NIH,N.I.H.|1887-
Federal Reserve|agency|United States|the Fed,Federal Reserve System,Federal Reserve Board|1913-
Securities and Exchange Commission|agency|United States|SEC,S.E.C.|1934-
Federal Communications Commission|agency|United States|FCC,F.C.C.|1934-
Federal Trade Commission|agency|United States|FTC,F.T.C.|1914-
Federal Election Commission|agency|United States|FEC|1974-
Federal Aviation Administration|agency|United States|FAA,F.A.A.|1958-
National Aeronautics and Space Administration|agency|United States|NASA|1958-
Drug Enforcement Administration|agency|United States|DEA,D.E.A.|1973-
Bureau of Alcohol, Tobacco, Firearms and Explosives|agency|United States|ATF,A.T.F.|1972-
U.S. Immigration and Customs Enforcement|agency|United States|ICE,Immigration and Customs Enforcement|2003-
U.S. Customs and Border Protection|agency|United States|CBP,Customs and Border Protection,Border Patrol|2003-
U.S. Citizenship and Immigration Services|agency|United States|USCIS|2003-
Transportation Security Administration|agency|United States|TSA|2001-
Secret Service|agency|United States|U.S. Secret Service,United States Secret Service|1865-
U.S. Marshals Service|agency|United States|U.S. Marshals|1789-
Census Bureau|agency|United States|U.S. Census Bureau,United States Census Bureau|1902-
Bureau of Labor Statistics|agency|United States|BLS|1884-
Office of Management and Budget|agency|United States|OMB|1970-
Congressional Budget Office|agency|United States|CBO|1974-
Government Accountability Office|agency|United States|GAO,General Accounting Office|1921-
Library of Congress|agency|United States||1800-
National Archives|agency|United States|National Archives and Records Administration,NARA|1934-
U.S. Postal Service|agency|United States|USPS,Postal Service,Post Office|1971-
National Park Service|agency|United States|NPS|1916-
U.S. Forest Service|agency|United States|Forest Service|1905-
National Oceanic and Atmospheric Administration|agency|United States|NOAA|1970-
National Weather Service|agency|United States|Weather Service|1870-
Small Business Administration|agency|United States|SBA|1953-
Peace Corps|agency|United States||1961-
U.S. Agency for International Development|agency|United States|USAID,U.S.A.I.D.|1961-
Office of the Director of National Intelligence|agency|United States|ODNI|2004-
National Security Council|agency|United States|NSC|1947-
U.S. International Development Finance Corporation|agency|United States|Development Finance Corporation,DFC|2019-
Consumer Financial Protection Bureau|agency|United States|CFPB|2011-
National Institute of Standards and Technology|agency|United States|NIST|1901-
General Services Administration|agency|United States|GSA|1949-
Millennium Challenge Corporation|agency|United States|MCC|2004-
National Science Foundation|agency|United States|NSF|1950-
Health Resources and Services Administration|agency|United States|HRSA|1982-
Substance Abuse and Mental Health Services Administration|agency|United States|SAMHSA|1992-
Centers for Medicare & Medicaid Services|agency|United States|Centers for Medicare and Medicaid Services,CMS|1977-
Indian Health Service|agency|United States|IHS|1955-
Administration for Children and Families|agency|United States|ACF|1991-
Administration for Community Living|agency|United States|ACL|2012-
National Cancer Institute|agency|United States|NCI|1937-
Administration for Strategic Preparedness and Response|agency|United States|ASPR|2022-
Office of Science and Technology Policy|agency|United States|OSTP,White House Office of Science and Technology Policy|1976-
Council on Environmental Quality|agency|United States|CEQ,White House Council on Environmental Quality|1970-
National Economic Council|agency|United States|NEC,White House National Economic Council|1993-
Domestic Policy Council|agency|United States|DPC,White House Domestic Policy Council|1993-
Council of Economic Advisers|agency|United States|CEA,Council of Economic Advisors,White House Council of Economic Advisers|1946-
Office of National Drug Control Policy|agency|United States|ONDCP,White House Office of National Drug Control Policy|1988-
Office of the National Cyber Director|agency|United States|ONCD|2021-
Office of Gun Violence Prevention|agency|United States|OGVP,White House Office of Gun Violence Prevention|2023-
Office of Personnel Management|agency|United States|OPM|1979-
Cybersecurity and Infrastructure Security Agency|agency|United States|CISA|2018-
Minority Business Development Agency|agency|United States|MBDA|1969-
Economic Development Administration|agency|United States|EDA|1965-
National Telecommunications and Information Administration|agency|United States|NTIA|1978-
U.S. Trade and Development Agency|agency|United States|USTDA|1992-
U.S. African Development Foundation|agency|United States|USADF|1980-
Export-Import Bank of the United States|agency|United States|Export-Import Bank,EXIM|1934-
Federal Housing Administration|agency|United States|FHA|1934-
Federal Housing Finance Agency|agency|United States|FHFA|2008-
Federal Deposit Insurance Corporation|agency|United States|FDIC|1933-
Commodity Futures Trading Commission|agency|United States|CFTC|1974-
Pension Benefit Guaranty Corporation|agency|United States|PBGC|1974-
Office of Foreign Assets Control|agency|United States|OFAC|1950-
Consumer Product Safety Commission|agency|United States|CPSC|1972-
Equal Employment Opportunity Commission|agency|United States|EEOC|1965-
Occupational Safety and Health Administration|agency|United States|OSHA|1971-
National Labor Relations Board|agency|United States|NLRB|1935-
Federal Highway Administration|agency|United States|FHWA|1966-
Federal Transit Administration|agency|United States||1964-
Federal Railroad Administration|agency|United States||1966-
Maritime Administration|agency|United States|MARAD|1950-
National Highway Traffic Safety Administration|agency|United States|NHTSA|1970-
Federal Motor Carrier Safety Administration|agency|United States|FMCSA|2000-
Pipeline and Hazardous Materials Safety Administration|agency|United States|PHMSA|2004-
National Transportation Safety Board|agency|United States|NTSB|1967-
Bureau of Land Management|agency|United States|BLM|1946-
Bureau of Ocean Energy Management|agency|United States|BOEM|2011-
Bureau of Indian Affairs|agency|United States|BIA|1824-
Bureau of Reclamation|agency|United States||1902-
U.S. Fish and Wildlife Service|agency|United States|Fish and Wildlife Service,USFWS|1940-
Natural Resources Conservation Service|agency|United States|NRCS|1935-
Food and Nutrition Service|agency|United States|FNS|1969-
Federal Energy Regulatory Commission|agency|United States|FERC|1977-
Nuclear Regulatory Commission|agency|United States|NRC|1975-
Defense Advanced Research Projects Agency|agency|United States|DARPA|1958-
U.S. Army Corps of Engineers|agency|United States|Army Corps of Engineers,USACE|1802-
National Endowment for the Arts|agency|United States||1965-
National Endowment for the Humanities|agency|United States|NEH|1965-
Institute of Museum and Library Services|agency|United States|IMLS|1996-
AmeriCorps|agency|United States|Corporation for National and Community Service|1993-
White House|government|United States|the White House,Executive Office of the President|
Cabinet|government|United States|the Cabinet,President's Cabinet|
Joint Chiefs of Staff|military|United States|the Joint Chiefs|1942-
U.S. Army|military|United States|United States Army,the Army|1775-
U.S. Navy|military|United States|United States Navy,the Navy|1775-
U.S. Air Force|military|United States|United States Air Force,the Air Force|1947-
U.S. Marine Corps|military|United States|United States Marine Corps,Marine Corps,the Marines|1775-
U.S. Coast Guard|military|United States|United States Coast Guard,Coast Guard|1790-
U.S. Space Force|military|United States|United States Space Force,Space Force|2019-
National Guard|military|United States|the National Guard|1903-
Congress|legislature|United States|U.S. Congress,United States Congress,Capitol Hill|1789-
Senate|legislature|United States|U.S. Senate,United States Senate,the Senate|1789-
House of Representatives|legislature|United States|U.S. House,the House,United States House of Representatives,U.S. House of Representatives|1789-
Continental Congress|legislature|United States|Second Continental Congress,First Continental Congress|1774-1789
Supreme Court|court|United States|U.S. Supreme Court,Supreme Court of the United States,the Supreme Court,the high court|1789-
Court of Appeals|court|United States|U.S. Court of Appeals,federal appeals court,appeals court,circuit court|1891-
District Court|court|United States|U.S. District Court,federal district court|1789-
Democratic Party|party|United States|Democrats,the Democrats,Democratic|1828-
Republican Party|party|United States|Republicans,the Republicans,GOP,G.O.P.,Grand Old Party|1854-
Whig Party|party|United States|Whigs|1833-1856
Federalist Party|party|United States|Federalists|1789-1835
Democratic-Republican Party|party|United States|Democratic-Republicans,Jeffersonian Republicans|1792-1825
Libertarian Party|party|United States||1971-
Green Party|party|United States|Green Party of the United States|2001-
Chinese Communist Party|party|China|Communist Party of China,CCP,C.C.P.,CPC,the Communist Party,Chinese Communist Party (CCP)|1921-
Communist Party of the Soviet Union|party|Soviet Union|CPSU,Soviet Communist Party|1912-1991
United Russia|party|Russia||2001-
Conservative Party|party|United Kingdom|Conservatives,Tories,the Tories|1834-
Labour Party|party|United Kingdom|Labour|1900-
Liberal Democrats|party|United Kingdom|Lib Dems|1988-
Christian Democratic Union|party|Germany|CDU|1945-
Social Democratic Party of Germany|party|Germany|SPD,Social Democrats|1863-
Alternative for Germany|party|Germany|AfD|2013-
Likud|party|Israel|Likud party|1973-
Kuomintang|party|Taiwan|KMT,Nationalist Party,Nationalists|1919-
Democratic Progressive Party|party|Taiwan|DPP|1986-
Liberal Democratic Party|party|Japan|LDP|1955-
Bharatiya Janata Party|party|India|BJP|1980-
Indian National Congress|party|India|Congress Party|1885-
Workers' Party of Korea|party|North Korea||1949-
Hamas|party|Palestine||1987-
Fatah|party|Palestine||1959-
Hezbollah|party|Lebanon|Hizbollah|1982-
Palestine Liberation Organization|international|Palestine|PLO,P.L.O.|1964-
Palestinian Authority|government|Palestine|Palestinian National Authority,PA|1994-
United Nations|international||UN,U.N.,the United Nations|1945-
U.N. Security Council|international||UN Security Council,United Nations Security Council,Security Council|1945-
U.N. General Assembly|international||UN General Assembly,United Nations General Assembly,General Assembly|1945-
League of Nations|international|||1920-1946
North Atlantic Treaty Organization|international||NATO,N.A.T.O.|1949-
Warsaw Pact|international||Warsaw Treaty Organization|1955-1991
European Union|international||EU,E.U.|1993-
European Commission|international|||1958-
European Parliament|legislature|||1952-
European Economic Community|international||EEC,Common Market|1958-1993
World Trade Organization|international||WTO,W.T.O.|1995-
World Health Organization|international||WHO,W.H.O.|1948-
International Monetary Fund|international||IMF,I.M.F.|1945-
World Bank|international|||1944-
International Court of Justice|court||ICJ,World Court|1945-
International Criminal Court|court||ICC|2002-
International Atomic Energy Agency|international||IAEA,I.A.E.A.|1957-
Organization of American States|international||OAS|1948-
African Union|international||AU|2002-
Association of Southeast Asian Nations|international||ASEAN|1967-
Group of Seven|international||G7,G-7|1975-
Group of 20|international||G20,G-20|1999-
Organization of the Petroleum Exporting Countries|international||OPEC|1960-
Arab League|international||League of Arab States|1945-
Quad|international||Quadrilateral Security Dialogue|2007-
BRICS|international|||2009-
Shanghai Cooperation Organization|international||SCO|2001-
UNESCO|international||United Nations Educational, Scientific and Cultural Organization|1945-
UNICEF|international||United Nations Children's Fund|1946-
Red Cross|ngo||International Committee of the Red Cross,ICRC|1863-
American Red Cross|ngo|United States||1881-
Amnesty International|ngo|||1961-
Human Rights Watch|ngo|||1978-
American Civil Liberties Union|ngo|United States|ACLU,A.C.L.U.|1920-
National Association for the Advancement of Colored People|ngo|United States|NAACP,N.A.A.C.P.|1909-
National Rifle Association|ngo|United States|NRA,N.R.A.|1871-
Parliament|legislature|United Kingdom|British Parliament,Westminster|
House of Commons|legislature|United Kingdom|the Commons|
House of Lords|legislature|United Kingdom|the Lords|
Bundestag|legislature|Germany|German parliament|1949-
Knesset|legislature|Israel|Israeli parliament|1949-
Duma|legislature|Russia|State Duma|1993-
National People's Congress|legislature|China|NPC|1954-
Legislative Yuan|legislature|Taiwan|Taiwan's legislature|1928-
Verkhovna Rada|legislature|Ukraine|Rada,Ukrainian parliament|1990-
Diet|legislature|Japan|National Diet,Japanese parliament|1947-
Lok Sabha|legislature|India||1952-
Kremlin|government|Russia|the Kremlin|
Politburo|government|China|Politburo Standing Committee|
People's Liberation Army|military|China|PLA,P.L.A.|1927-
Red Army|military|Soviet Union|Soviet Army|1918-1991
Israel Defense Forces|military|Israel|IDF,I.D.F.|1948-
Islamic Revolutionary Guard Corps|military|Iran|IRGC,Revolutionary Guards,Revolutionary Guard|1979-
KGB|agency|Soviet Union|K.G.B.,Committee for State Security|1954-1991
Mossad|agency|Israel||1949-
MI6|agency|United Kingdom|Secret Intelligence Service|1909-
Ministry of Foreign Affairs of China|department|China|Chinese foreign ministry,China's foreign ministry|1949-
Ministry of Foreign Affairs of Russia|department|Russia|Russian foreign ministry,Russia's foreign ministry|1991-
Foreign Office|department|United Kingdom|Foreign, Commonwealth and Development Office,FCDO,British Foreign Office|
Harvard University|university|United States|Harvard|1636-
Yale University|university|United States|Yale|1701-
Princeton University|university|United States|Princeton|1746-
Columbia University|university|United States|Columbia|1754-
Stanford University|university|United States|Stanford|1885-
Massachusetts Institute of Technology|university|United States|MIT,M.I.T.|1861-
University of California, Berkeley|university|United States|UC Berkeley,Berkeley|1868-
Georgetown University|university|United States|Georgetown|1789-
Johns Hopkins University|university|United States|Johns Hopkins|1876-
Brookings Institution|ngo|United States|Brookings|1916-
Council on Foreign Relations|ngo|United States|CFR|1921-
Heritage Foundation|ngo|United States||1973-
The New York Times|media|United States|New York Times,NYT,the Times|1851-
The Washington Post|media|United States|Washington Post|1877-
The Wall Street Journal|media|United States|Wall Street Journal,WSJ|1889-
Associated Press|media|United States|AP,the AP,A.P.|1846-
Reuters|media|United Kingdom||1851-
CNN|media|United States|Cable News Network|1980-
Fox News|media|United States|Fox News Channel|1996-
NPR|media|United States|National Public Radio|1970-
PBS|media|United States|Public Broadcasting Service|1969-
BBC|media|United Kingdom|British Broadcasting Corporation|1922-
Xinhua|media|China|Xinhua News Agency|1931-
Global Times|media|China||1993-
TikTok|company|China||2016-
ByteDance|company|China||2012-
Huawei|company|China||1987-
Apple|company|United States|Apple Inc.|1976-
Google|company|United States|Alphabet|1998-
Microsoft|company|United States||1975-
Amazon|company|United States|Amazon.com|1994-
Meta|company|United States|Facebook,Meta Platforms|2004-
Tesla|company|United States||2003-
Boeing|company|United States||1916-
Lockheed Martin|company|United States||1995-
General Motors|company|United States|GM|1908-
Ford Motor Company|company|United States|Ford|1903-
ExxonMobil|company|United States|Exxon Mobil,Exxon|1999-
Nvidia|company|United States||1993-
OpenAI|company|United States||2015-
Taiwan Semiconductor Manufacturing Company|company|Taiwan|TSMC|1987-
Samsung|company|South Korea|Samsung Electronics|1938-
Toyota|company|Japan||1937-
`;
