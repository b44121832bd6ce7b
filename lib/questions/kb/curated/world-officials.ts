import type { CuratedOffice } from "./types";

// Heads of state and government and foreign ministers (since 1945 unless noted) of the countries that U.S.
// civics texts name most. Chinese and Korean names are written family name first as in English-language news;
// the family field says so explicitly. Where a year or a holder was not certain, it was left out.
export const WORLD_OFFICES: CuratedOffice[] = [
  // --- China (People's Republic) ---
  {
    office: "Chairman of the Chinese Communist Party",
    group: "head-of-state",
    country: "China",
    aliases: ["Chairman of the Communist Party of China", "party chairman", "Chinese Communist Party chairman"],
    holders: `
Mao Zedong|m|1945-1976|Mao|Mao Tse-tung,Chairman Mao
Hua Guofeng|m|1976-1981|Hua
Hu Yaobang|m|1981-1982|Hu
`,
  },
  {
    office: "General Secretary of the Chinese Communist Party",
    group: "head-of-state",
    country: "China",
    aliases: ["General Secretary of the Communist Party of China", "Communist Party general secretary", "party general secretary", "general secretary", "party chief", "Chinese leader", "China's leader"],
    holders: `
Hu Yaobang|m|1982-1987|Hu
Zhao Ziyang|m|1987-1989|Zhao
Jiang Zemin|m|1989-2002|Jiang
Hu Jintao|m|2002-2012|Hu
Xi Jinping|m|2012-|Xi
`,
  },
  {
    office: "President of the People's Republic of China",
    group: "head-of-state",
    country: "China",
    aliases: ["President of China", "Chinese president", "China's president", "Chairman of the People's Republic of China"],
    holders: `
Mao Zedong|m|1949-1959|Mao
Liu Shaoqi|m|1959-1968|Liu
Li Xiannian|m|1983-1988|Li
Yang Shangkun|m|1988-1993|Yang
Jiang Zemin|m|1993-2003|Jiang
Hu Jintao|m|2003-2013|Hu
Xi Jinping|m|2013-|Xi
`,
  },
  {
    office: "Premier of China",
    group: "head-of-government",
    country: "China",
    aliases: ["Chinese premier", "China's premier", "Premier of the State Council"],
    holders: `
Zhou Enlai|m|1949-1976|Zhou|Chou En-lai
Hua Guofeng|m|1976-1980|Hua
Zhao Ziyang|m|1980-1987|Zhao
Li Peng|m|1987-1998|Li
Zhu Rongji|m|1998-2003|Zhu
Wen Jiabao|m|2003-2013|Wen
Li Keqiang|m|2013-2023|Li
Li Qiang|m|2023-|Li
`,
  },
  {
    office: "Chairman of the Central Military Commission",
    group: "military",
    country: "China",
    aliases: ["Central Military Commission chairman"],
    holders: `
Deng Xiaoping|m|1981-1989|Deng|Teng Hsiao-ping
Jiang Zemin|m|1989-2004|Jiang
Hu Jintao|m|2004-2012|Hu
Xi Jinping|m|2012-|Xi
`,
  },
  {
    office: "Vice President of the People's Republic of China",
    group: "official",
    country: "China",
    aliases: ["Vice President of China", "Chinese vice president", "China's vice president"],
    holders: `
Hu Jintao|m|1998-2003|Hu
Zeng Qinghong|m|2003-2008|Zeng
Xi Jinping|m|2008-2013|Xi
Li Yuanchao|m|2013-2018|Li
Wang Qishan|m|2018-2023|Wang
Han Zheng|m|2023-|Han
`,
  },
  {
    office: "Chairman of the Standing Committee of the National People's Congress",
    group: "official",
    country: "China",
    aliases: ["Chairman of the National People's Congress", "China's top legislator"],
    holders: `
Li Peng|m|1998-2003|Li
Wu Bangguo|m|2003-2013|Wu
Zhang Dejiang|m|2013-2018|Zhang
Li Zhanshu|m|2018-2023|Li
Zhao Leji|m|2023-|Zhao
`,
  },
  {
    office: "Foreign Minister of China",
    group: "foreign-minister",
    country: "China",
    aliases: ["Chinese foreign minister", "China's foreign minister"],
    holders: `
Zhou Enlai|m|1949-1958|Zhou
Chen Yi|m|1958-1972|Chen
Ji Pengfei|m|1972-1974|Ji
Qiao Guanhua|m|1974-1976|Qiao
Huang Hua|m|1976-1982|Huang
Wu Xueqian|m|1982-1988|Wu
Qian Qichen|m|1988-1998|Qian
Tang Jiaxuan|m|1998-2003|Tang
Li Zhaoxing|m|2003-2007|Li
Yang Jiechi|m|2007-2013|Yang
Wang Yi|m|2013-2022|Wang
Qin Gang|m|2022-2023|Qin
Wang Yi|m|2023-|Wang
`,
  },
  // --- Soviet Union and Russia ---
  {
    office: "General Secretary of the Communist Party of the Soviet Union",
    group: "head-of-state",
    country: "Soviet Union",
    aliases: ["Soviet leader", "General Secretary of the CPSU", "First Secretary of the Communist Party of the Soviet Union", "Soviet general secretary"],
    holders: `
Joseph Stalin|m|1922-1953||Josef Stalin
Nikita Khrushchev|m|1953-1964
Leonid Brezhnev|m|1964-1982
Yuri Andropov|m|1982-1984
Konstantin Chernenko|m|1984-1985
Mikhail Gorbachev|m|1985-1991
`,
  },
  {
    office: "Premier of the Soviet Union",
    group: "head-of-government",
    country: "Soviet Union",
    aliases: ["Soviet premier", "Chairman of the Council of Ministers of the Soviet Union"],
    holders: `
Joseph Stalin|m|1941-1953
Georgy Malenkov|m|1953-1955
Nikolai Bulganin|m|1955-1958
Nikita Khrushchev|m|1958-1964
Alexei Kosygin|m|1964-1980
Nikolai Tikhonov|m|1980-1985
Nikolai Ryzhkov|m|1985-1991
Valentin Pavlov|m|1991-1991
`,
  },
  {
    office: "Chairman of the Presidium of the Supreme Soviet",
    group: "head-of-state",
    country: "Soviet Union",
    aliases: ["Soviet head of state"],
    holders: `
Mikhail Kalinin|m|1938-1946
Nikolai Shvernik|m|1946-1953
Kliment Voroshilov|m|1953-1960
Leonid Brezhnev|m|1960-1964
Anastas Mikoyan|m|1964-1965
Nikolai Podgorny|m|1965-1977
Leonid Brezhnev|m|1977-1982
Yuri Andropov|m|1983-1984
Konstantin Chernenko|m|1984-1985
Andrei Gromyko|m|1985-1988
Mikhail Gorbachev|m|1988-1990
`,
  },
  {
    office: "President of the Soviet Union",
    group: "head-of-state",
    country: "Soviet Union",
    aliases: ["Soviet president"],
    holders: `
Mikhail Gorbachev|m|1990-1991
`,
  },
  {
    office: "Foreign Minister of the Soviet Union",
    group: "foreign-minister",
    country: "Soviet Union",
    aliases: ["Soviet foreign minister"],
    holders: `
Vyacheslav Molotov|m|1939-1949
Andrey Vyshinsky|m|1949-1953||Andrei Vyshinsky
Vyacheslav Molotov|m|1953-1956
Dmitri Shepilov|m|1956-1957
Andrei Gromyko|m|1957-1985
Eduard Shevardnadze|m|1985-1990
Alexander Bessmertnykh|m|1991-1991
`,
  },
  {
    office: "President of Russia",
    group: "head-of-state",
    country: "Russia",
    aliases: ["Russian president", "Russia's president", "President of the Russian Federation", "Kremlin leader"],
    holders: `
Boris Yeltsin|m|1991-1999
Vladimir Putin|m|2000-2008||Vladimir V. Putin
Dmitry Medvedev|m|2008-2012||Dmitri Medvedev,Dmitri A. Medvedev
Vladimir Putin|m|2012-
`,
  },
  {
    office: "Prime Minister of Russia",
    group: "head-of-government",
    country: "Russia",
    aliases: ["Russian prime minister", "Russia's prime minister"],
    holders: `
Viktor Chernomyrdin|m|1992-1998
Sergei Kiriyenko|m|1998-1998
Yevgeny Primakov|m|1998-1999
Sergei Stepashin|m|1999-1999
Vladimir Putin|m|1999-2000
Mikhail Kasyanov|m|2000-2004
Mikhail Fradkov|m|2004-2007
Viktor Zubkov|m|2007-2008
Vladimir Putin|m|2008-2012
Dmitry Medvedev|m|2012-2020
Mikhail Mishustin|m|2020-
`,
  },
  {
    office: "Foreign Minister of Russia",
    group: "foreign-minister",
    country: "Russia",
    aliases: ["Russian foreign minister", "Russia's foreign minister"],
    holders: `
Andrei Kozyrev|m|1990-1996
Yevgeny Primakov|m|1996-1998
Igor Ivanov|m|1998-2004
Sergei Lavrov|m|2004-||Sergey Lavrov,Sergei V. Lavrov
`,
  },
  // --- United Kingdom ---
  {
    office: "Monarch of the United Kingdom",
    group: "head-of-state",
    country: "United Kingdom",
    aliases: ["British monarch", "King of the United Kingdom", "Queen of the United Kingdom"],
    holders: `
George VI|m|1936-1952|George|King George VI
Elizabeth II|f|1952-2022|Elizabeth|Queen Elizabeth II,Queen Elizabeth
Charles III|m|2022-|Charles|King Charles III,King Charles
`,
  },
  {
    office: "Prime Minister of the United Kingdom",
    group: "head-of-government",
    country: "United Kingdom",
    aliases: ["British prime minister", "Britain's prime minister", "U.K. prime minister", "UK prime minister"],
    holders: `
Winston Churchill|m|1940-1945
Clement Attlee|m|1945-1951
Winston Churchill|m|1951-1955
Anthony Eden|m|1955-1957
Harold Macmillan|m|1957-1963
Alec Douglas-Home|m|1963-1964|Douglas-Home
Harold Wilson|m|1964-1970
Edward Heath|m|1970-1974||Ted Heath
Harold Wilson|m|1974-1976
James Callaghan|m|1976-1979
Margaret Thatcher|f|1979-1990
John Major|m|1990-1997
Tony Blair|m|1997-2007
Gordon Brown|m|2007-2010
David Cameron|m|2010-2016
Theresa May|f|2016-2019
Boris Johnson|m|2019-2022
Liz Truss|f|2022-2022
Rishi Sunak|m|2022-2024
Keir Starmer|m|2024-
`,
  },
  {
    office: "Foreign Secretary of the United Kingdom",
    group: "foreign-minister",
    country: "United Kingdom",
    aliases: ["British Foreign Secretary", "Foreign Secretary", "Britain's foreign secretary"],
    holders: `
Anthony Eden|m|1940-1945
Ernest Bevin|m|1945-1951
Herbert Morrison|m|1951-1951
Anthony Eden|m|1951-1955
Harold Macmillan|m|1955-1955
Selwyn Lloyd|m|1955-1960
Alec Douglas-Home|m|1960-1963|Douglas-Home
Rab Butler|m|1963-1964
Patrick Gordon Walker|m|1964-1965|Gordon Walker
Michael Stewart|m|1965-1966
George Brown|m|1966-1968
Michael Stewart|m|1968-1970
Alec Douglas-Home|m|1970-1974|Douglas-Home
James Callaghan|m|1974-1976
Anthony Crosland|m|1976-1977
David Owen|m|1977-1979
Lord Carrington|m|1979-1982|Carrington|Peter Carrington
Francis Pym|m|1982-1983
Geoffrey Howe|m|1983-1989
John Major|m|1989-1989
Douglas Hurd|m|1989-1995
Malcolm Rifkind|m|1995-1997
Robin Cook|m|1997-2001
Jack Straw|m|2001-2006
Margaret Beckett|f|2006-2007
David Miliband|m|2007-2010
William Hague|m|2010-2014
Philip Hammond|m|2014-2016
Boris Johnson|m|2016-2018
Jeremy Hunt|m|2018-2019
Dominic Raab|m|2019-2021
Liz Truss|f|2021-2022
James Cleverly|m|2022-2023
David Cameron|m|2023-2024
David Lammy|m|2024-2025
Yvette Cooper|f|2025-
`,
  },
  // --- France ---
  {
    office: "President of France",
    group: "head-of-state",
    country: "France",
    aliases: ["French president", "France's president", "President of the French Republic"],
    holders: `
Vincent Auriol|m|1947-1954
René Coty|m|1954-1959
Charles de Gaulle|m|1959-1969|de Gaulle|General de Gaulle
Georges Pompidou|m|1969-1974
Valéry Giscard d'Estaing|m|1974-1981|Giscard d'Estaing
François Mitterrand|m|1981-1995
Jacques Chirac|m|1995-2007
Nicolas Sarkozy|m|2007-2012
François Hollande|m|2012-2017
Emmanuel Macron|m|2017-
`,
  },
  {
    office: "Prime Minister of France",
    group: "head-of-government",
    country: "France",
    aliases: ["French prime minister", "France's prime minister"],
    holders: `
Michel Debré|m|1959-1962
Georges Pompidou|m|1962-1968
Maurice Couve de Murville|m|1968-1969|Couve de Murville
Jacques Chaban-Delmas|m|1969-1972
Pierre Messmer|m|1972-1974
Jacques Chirac|m|1974-1976
Raymond Barre|m|1976-1981
Pierre Mauroy|m|1981-1984
Laurent Fabius|m|1984-1986
Jacques Chirac|m|1986-1988
Michel Rocard|m|1988-1991
Édith Cresson|f|1991-1992
Pierre Bérégovoy|m|1992-1993
Édouard Balladur|m|1993-1995
Alain Juppé|m|1995-1997
Lionel Jospin|m|1997-2002
Jean-Pierre Raffarin|m|2002-2005
Dominique de Villepin|m|2005-2007|de Villepin
François Fillon|m|2007-2012
Jean-Marc Ayrault|m|2012-2014
Manuel Valls|m|2014-2016
Bernard Cazeneuve|m|2016-2017
Édouard Philippe|m|2017-2020
Jean Castex|m|2020-2022
Élisabeth Borne|f|2022-2024
Gabriel Attal|m|2024-2024
Michel Barnier|m|2024-2024
François Bayrou|m|2024-2025
Sébastien Lecornu|m|2025-
`,
  },
  {
    office: "Foreign Minister of France",
    group: "foreign-minister",
    country: "France",
    aliases: ["French foreign minister", "France's foreign minister"],
    holders: `
Robert Schuman|m|1948-1953
Maurice Couve de Murville|m|1958-1968|Couve de Murville
Michel Debré|m|1968-1969
Maurice Schumann|m|1969-1973
Michel Jobert|m|1973-1974
Jean Sauvagnargues|m|1974-1976
Louis de Guiringaud|m|1976-1978|de Guiringaud
Jean François-Poncet|m|1978-1981|François-Poncet
Claude Cheysson|m|1981-1984
Roland Dumas|m|1984-1986
Jean-Bernard Raimond|m|1986-1988
Roland Dumas|m|1988-1993
Alain Juppé|m|1993-1995
Hervé de Charette|m|1995-1997|de Charette
Hubert Védrine|m|1997-2002
Dominique de Villepin|m|2002-2004|de Villepin
Michel Barnier|m|2004-2005
Philippe Douste-Blazy|m|2005-2007
Bernard Kouchner|m|2007-2010
Michèle Alliot-Marie|f|2010-2011
Alain Juppé|m|2011-2012
Laurent Fabius|m|2012-2016
Jean-Marc Ayrault|m|2016-2017
Jean-Yves Le Drian|m|2017-2022|Le Drian
Catherine Colonna|f|2022-2024
Stéphane Séjourné|m|2024-2024
Jean-Noël Barrot|m|2024-
`,
  },
  // --- Germany, West Germany, East Germany ---
  {
    office: "Chancellor of Germany",
    group: "head-of-government",
    country: "Germany",
    aliases: ["German chancellor", "Germany's chancellor", "Chancellor", "Federal Chancellor"],
    holders: `
Helmut Kohl|m|1990-1998
Gerhard Schröder|m|1998-2005||Gerhard Schroeder
Angela Merkel|f|2005-2021
Olaf Scholz|m|2021-2025
Friedrich Merz|m|2025-
`,
  },
  {
    office: "Chancellor of West Germany",
    group: "head-of-government",
    country: "West Germany",
    aliases: ["West German chancellor"],
    holders: `
Konrad Adenauer|m|1949-1963
Ludwig Erhard|m|1963-1966
Kurt Georg Kiesinger|m|1966-1969|Kiesinger
Willy Brandt|m|1969-1974
Helmut Schmidt|m|1974-1982
Helmut Kohl|m|1982-1990
`,
  },
  {
    office: "President of Germany",
    group: "head-of-state",
    country: "Germany",
    aliases: ["German president", "Federal President of Germany"],
    holders: `
Richard von Weizsäcker|m|1990-1994|von Weizsäcker
Roman Herzog|m|1994-1999
Johannes Rau|m|1999-2004
Horst Köhler|m|2004-2010
Christian Wulff|m|2010-2012
Joachim Gauck|m|2012-2017
Frank-Walter Steinmeier|m|2017-
`,
  },
  {
    office: "President of West Germany",
    group: "head-of-state",
    country: "West Germany",
    aliases: ["West German president"],
    holders: `
Theodor Heuss|m|1949-1959
Heinrich Lübke|m|1959-1969
Gustav Heinemann|m|1969-1974
Walter Scheel|m|1974-1979
Karl Carstens|m|1979-1984
Richard von Weizsäcker|m|1984-1990|von Weizsäcker
`,
  },
  {
    office: "Foreign Minister of Germany",
    group: "foreign-minister",
    country: "Germany",
    aliases: ["German foreign minister", "Germany's foreign minister"],
    holders: `
Hans-Dietrich Genscher|m|1990-1992
Klaus Kinkel|m|1992-1998
Joschka Fischer|m|1998-2005
Frank-Walter Steinmeier|m|2005-2009
Guido Westerwelle|m|2009-2013
Frank-Walter Steinmeier|m|2013-2017
Sigmar Gabriel|m|2017-2018
Heiko Maas|m|2018-2021
Annalena Baerbock|f|2021-2025
Johann Wadephul|m|2025-
`,
  },
  {
    office: "Foreign Minister of West Germany",
    group: "foreign-minister",
    country: "West Germany",
    aliases: ["West German foreign minister"],
    holders: `
Konrad Adenauer|m|1951-1955
Heinrich von Brentano|m|1955-1961|von Brentano
Willy Brandt|m|1966-1969
Walter Scheel|m|1969-1974
Hans-Dietrich Genscher|m|1974-1990
`,
  },
  {
    office: "Leader of East Germany",
    group: "head-of-state",
    country: "East Germany",
    aliases: ["East German leader", "First Secretary of the Socialist Unity Party", "General Secretary of the Socialist Unity Party"],
    holders: `
Walter Ulbricht|m|1950-1971
Erich Honecker|m|1971-1989
Egon Krenz|m|1989-1989
`,
  },
  // --- Japan ---
  {
    office: "Prime Minister of Japan",
    group: "head-of-government",
    country: "Japan",
    aliases: ["Japanese prime minister", "Japan's prime minister"],
    holders: `
Shigeru Yoshida|m|1946-1947
Tetsu Katayama|m|1947-1948
Hitoshi Ashida|m|1948-1948
Shigeru Yoshida|m|1948-1954
Ichirō Hatoyama|m|1954-1956
Tanzan Ishibashi|m|1956-1957
Nobusuke Kishi|m|1957-1960
Hayato Ikeda|m|1960-1964
Eisaku Satō|m|1964-1972
Kakuei Tanaka|m|1972-1974
Takeo Miki|m|1974-1976
Takeo Fukuda|m|1976-1978
Masayoshi Ōhira|m|1978-1980
Zenkō Suzuki|m|1980-1982
Yasuhiro Nakasone|m|1982-1987
Noboru Takeshita|m|1987-1989
Sōsuke Uno|m|1989-1989
Toshiki Kaifu|m|1989-1991
Kiichi Miyazawa|m|1991-1993
Morihiro Hosokawa|m|1993-1994
Tsutomu Hata|m|1994-1994
Tomiichi Murayama|m|1994-1996
Ryutaro Hashimoto|m|1996-1998
Keizō Obuchi|m|1998-2000
Yoshirō Mori|m|2000-2001
Junichiro Koizumi|m|2001-2006
Shinzo Abe|m|2006-2007
Yasuo Fukuda|m|2007-2008
Tarō Asō|m|2008-2009
Yukio Hatoyama|m|2009-2010
Naoto Kan|m|2010-2011
Yoshihiko Noda|m|2011-2012
Shinzo Abe|m|2012-2020
Yoshihide Suga|m|2020-2021
Fumio Kishida|m|2021-2024
Shigeru Ishiba|m|2024-2025
Sanae Takaichi|f|2025-
`,
  },
  {
    office: "Emperor of Japan",
    group: "head-of-state",
    country: "Japan",
    aliases: ["Japanese emperor"],
    holders: `
Hirohito|m|1926-1989|Hirohito|Emperor Hirohito,Emperor Showa
Akihito|m|1989-2019|Akihito|Emperor Akihito
Naruhito|m|2019-|Naruhito|Emperor Naruhito
`,
  },
  {
    office: "Foreign Minister of Japan",
    group: "foreign-minister",
    country: "Japan",
    aliases: ["Japanese foreign minister", "Japan's foreign minister"],
    holders: `
Fumio Kishida|m|2012-2017
Taro Kono|m|2017-2019
Toshimitsu Motegi|m|2019-2021
Yoshimasa Hayashi|m|2021-2023
Yoko Kamikawa|f|2023-2024
Takeshi Iwaya|m|2024-2025
Toshimitsu Motegi|m|2025-
`,
  },
  // --- India ---
  {
    office: "Prime Minister of India",
    group: "head-of-government",
    country: "India",
    aliases: ["Indian prime minister", "India's prime minister"],
    holders: `
Jawaharlal Nehru|m|1947-1964
Lal Bahadur Shastri|m|1964-1966|Shastri
Indira Gandhi|f|1966-1977
Morarji Desai|m|1977-1979
Charan Singh|m|1979-1980
Indira Gandhi|f|1980-1984
Rajiv Gandhi|m|1984-1989
V. P. Singh|m|1989-1990||Vishwanath Pratap Singh
Chandra Shekhar|m|1990-1991
P. V. Narasimha Rao|m|1991-1996|Rao|Narasimha Rao
Atal Bihari Vajpayee|m|1996-1996|Vajpayee
H. D. Deve Gowda|m|1996-1997|Gowda|Deve Gowda
I. K. Gujral|m|1997-1998
Atal Bihari Vajpayee|m|1998-2004|Vajpayee
Manmohan Singh|m|2004-2014
Narendra Modi|m|2014-
`,
  },
  {
    office: "President of India",
    group: "head-of-state",
    country: "India",
    aliases: ["Indian president", "India's president"],
    holders: `
A. P. J. Abdul Kalam|m|2002-2007|Kalam|Abdul Kalam
Pratibha Patil|f|2007-2012
Pranab Mukherjee|m|2012-2017
Ram Nath Kovind|m|2017-2022|Kovind
Droupadi Murmu|f|2022-
`,
  },
  {
    office: "External Affairs Minister of India",
    group: "foreign-minister",
    country: "India",
    aliases: ["Indian foreign minister", "India's foreign minister", "Minister of External Affairs"],
    holders: `
Sushma Swaraj|f|2014-2019
S. Jaishankar|m|2019-||Subrahmanyam Jaishankar
`,
  },
  // --- Israel ---
  {
    office: "Prime Minister of Israel",
    group: "head-of-government",
    country: "Israel",
    aliases: ["Israeli prime minister", "Israel's prime minister"],
    holders: `
David Ben-Gurion|m|1948-1954
Moshe Sharett|m|1954-1955
David Ben-Gurion|m|1955-1963
Levi Eshkol|m|1963-1969
Golda Meir|f|1969-1974
Yitzhak Rabin|m|1974-1977
Menachem Begin|m|1977-1983
Yitzhak Shamir|m|1983-1984
Shimon Peres|m|1984-1986
Yitzhak Shamir|m|1986-1992
Yitzhak Rabin|m|1992-1995
Shimon Peres|m|1995-1996
Benjamin Netanyahu|m|1996-1999
Ehud Barak|m|1999-2001
Ariel Sharon|m|2001-2006
Ehud Olmert|m|2006-2009
Benjamin Netanyahu|m|2009-2021
Naftali Bennett|m|2021-2022
Yair Lapid|m|2022-2022
Benjamin Netanyahu|m|2022-
`,
  },
  {
    office: "President of Israel",
    group: "head-of-state",
    country: "Israel",
    aliases: ["Israeli president", "Israel's president"],
    holders: `
Chaim Weizmann|m|1949-1952
Shimon Peres|m|2007-2014
Reuven Rivlin|m|2014-2021
Isaac Herzog|m|2021-
`,
  },
  {
    office: "Foreign Minister of Israel",
    group: "foreign-minister",
    country: "Israel",
    aliases: ["Israeli foreign minister", "Israel's foreign minister"],
    holders: `
Golda Meir|f|1956-1966
Abba Eban|m|1966-1974
Moshe Dayan|m|1977-1979
Yair Lapid|m|2021-2022
Eli Cohen|m|2023-2024
Israel Katz|m|2024-2024
Gideon Sa'ar|m|2024-
`,
  },
  // --- Ukraine ---
  {
    office: "President of Ukraine",
    group: "head-of-state",
    country: "Ukraine",
    aliases: ["Ukrainian president", "Ukraine's president"],
    holders: `
Leonid Kravchuk|m|1991-1994
Leonid Kuchma|m|1994-2005
Viktor Yushchenko|m|2005-2010
Viktor Yanukovych|m|2010-2014
Petro Poroshenko|m|2014-2019
Volodymyr Zelenskyy|m|2019-||Volodymyr Zelensky,Volodymyr Zelenskiy,Zelensky,Zelenskiy
`,
  },
  {
    office: "Prime Minister of Ukraine",
    group: "head-of-government",
    country: "Ukraine",
    aliases: ["Ukrainian prime minister", "Ukraine's prime minister"],
    holders: `
Yulia Tymoshenko|f|2007-2010
Arseniy Yatsenyuk|m|2014-2016
Volodymyr Groysman|m|2016-2019
Denys Shmyhal|m|2020-2025
Yulia Svyrydenko|f|2025-
`,
  },
  {
    office: "Foreign Minister of Ukraine",
    group: "foreign-minister",
    country: "Ukraine",
    aliases: ["Ukrainian foreign minister", "Ukraine's foreign minister"],
    holders: `
Dmytro Kuleba|m|2020-2024
Andrii Sybiha|m|2024-||Andriy Sybiha
`,
  },
  // --- Iran ---
  {
    office: "Supreme Leader of Iran",
    group: "head-of-state",
    country: "Iran",
    aliases: ["Iran's supreme leader", "Iranian supreme leader", "supreme leader"],
    holders: `
Ruhollah Khomeini|m|1979-1989||Ayatollah Ruhollah Khomeini,Ayatollah Khomeini
Ali Khamenei|m|1989-||Ayatollah Ali Khamenei,Ayatollah Khamenei
`,
  },
  {
    office: "Shah of Iran",
    group: "head-of-state",
    country: "Iran",
    aliases: ["the shah"],
    holders: `
Mohammad Reza Pahlavi|m|1941-1979|Pahlavi|Mohammad Reza Shah
`,
  },
  {
    office: "President of Iran",
    group: "head-of-government",
    country: "Iran",
    aliases: ["Iranian president", "Iran's president"],
    holders: `
Abolhassan Banisadr|m|1980-1981
Mohammad-Ali Rajai|m|1981-1981
Ali Khamenei|m|1981-1989
Akbar Hashemi Rafsanjani|m|1989-1997|Rafsanjani
Mohammad Khatami|m|1997-2005
Mahmoud Ahmadinejad|m|2005-2013
Hassan Rouhani|m|2013-2021
Ebrahim Raisi|m|2021-2024
Masoud Pezeshkian|m|2024-
`,
  },
  {
    office: "Prime Minister of Iran",
    group: "head-of-government",
    country: "Iran",
    aliases: ["Iranian prime minister"],
    holders: `
Mohammad Mosaddegh|m|1951-1953||Mohammad Mossadegh
`,
  },
  {
    office: "Foreign Minister of Iran",
    group: "foreign-minister",
    country: "Iran",
    aliases: ["Iranian foreign minister", "Iran's foreign minister"],
    holders: `
Mohammad Javad Zarif|m|2013-2021|Zarif|Javad Zarif
Hossein Amir-Abdollahian|m|2021-2024|Amir-Abdollahian
Abbas Araghchi|m|2024-
`,
  },
  // --- Koreas ---
  {
    office: "Supreme Leader of North Korea",
    group: "head-of-state",
    country: "North Korea",
    aliases: ["North Korean leader", "North Korea's leader"],
    holders: `
Kim Il Sung|m|1948-1994|Kim|Kim Il-sung
Kim Jong Il|m|1994-2011|Kim|Kim Jong-il
Kim Jong Un|m|2011-|Kim|Kim Jong-un
`,
  },
  {
    office: "President of South Korea",
    group: "head-of-state",
    country: "South Korea",
    aliases: ["South Korean president", "South Korea's president"],
    holders: `
Syngman Rhee|m|1948-1960|Rhee
Yun Posun|m|1960-1962|Yun
Park Chung-hee|m|1963-1979|Park|Park Chung Hee
Choi Kyu-hah|m|1979-1980|Choi
Chun Doo-hwan|m|1980-1988|Chun
Roh Tae-woo|m|1988-1993|Roh
Kim Young-sam|m|1993-1998|Kim
Kim Dae-jung|m|1998-2003|Kim
Roh Moo-hyun|m|2003-2008|Roh
Lee Myung-bak|m|2008-2013|Lee
Park Geun-hye|f|2013-2017|Park
Moon Jae-in|m|2017-2022|Moon
Yoon Suk Yeol|m|2022-2025|Yoon|Yoon Suk-yeol
Lee Jae-myung|m|2025-|Lee|Lee Jae Myung
`,
  },
  // --- Canada, Mexico ---
  {
    office: "Prime Minister of Canada",
    group: "head-of-government",
    country: "Canada",
    aliases: ["Canadian prime minister", "Canada's prime minister"],
    holders: `
William Lyon Mackenzie King|m|1935-1948|King|Mackenzie King
Louis St. Laurent|m|1948-1957|St. Laurent
John Diefenbaker|m|1957-1963
Lester B. Pearson|m|1963-1968||Lester Pearson
Pierre Trudeau|m|1968-1979||Pierre Elliott Trudeau
Joe Clark|m|1979-1980
Pierre Trudeau|m|1980-1984
John Turner|m|1984-1984
Brian Mulroney|m|1984-1993
Kim Campbell|f|1993-1993
Jean Chrétien|m|1993-2003
Paul Martin|m|2003-2006
Stephen Harper|m|2006-2015
Justin Trudeau|m|2015-2025
Mark Carney|m|2025-
`,
  },
  {
    office: "Foreign Minister of Canada",
    group: "foreign-minister",
    country: "Canada",
    aliases: ["Canadian foreign minister", "Canada's foreign minister", "Minister of Foreign Affairs of Canada"],
    holders: `
Chrystia Freeland|f|2017-2019
Mélanie Joly|f|2021-2025
Anita Anand|f|2025-
`,
  },
  {
    office: "President of Mexico",
    group: "head-of-state",
    country: "Mexico",
    aliases: ["Mexican president", "Mexico's president"],
    holders: `
Miguel Alemán|m|1946-1952||Miguel Alemán Valdés
Adolfo Ruiz Cortines|m|1952-1958|Ruiz Cortines
Adolfo López Mateos|m|1958-1964|López Mateos
Gustavo Díaz Ordaz|m|1964-1970|Díaz Ordaz
Luis Echeverría|m|1970-1976
José López Portillo|m|1976-1982|López Portillo
Miguel de la Madrid|m|1982-1988|de la Madrid
Carlos Salinas de Gortari|m|1988-1994|Salinas|Carlos Salinas
Ernesto Zedillo|m|1994-2000
Vicente Fox|m|2000-2006
Felipe Calderón|m|2006-2012
Enrique Peña Nieto|m|2012-2018|Peña Nieto
Andrés Manuel López Obrador|m|2018-2024|López Obrador|AMLO
Claudia Sheinbaum|f|2024-
`,
  },
  // --- Taiwan (Republic of China) ---
  {
    office: "President of the Republic of China",
    group: "head-of-state",
    country: "Taiwan",
    aliases: ["President of Taiwan", "Taiwanese president", "Taiwan's president"],
    holders: `
Chiang Kai-shek|m|1950-1975|Chiang|Generalissimo Chiang
Yen Chia-kan|m|1975-1978|Yen
Chiang Ching-kuo|m|1978-1988|Chiang
Lee Teng-hui|m|1988-2000|Lee
Chen Shui-bian|m|2000-2008|Chen
Ma Ying-jeou|m|2008-2016|Ma
Tsai Ing-wen|f|2016-2024|Tsai
Lai Ching-te|m|2024-|Lai|William Lai
`,
  },
  // --- Saudi Arabia, Egypt, Palestinian Authority ---
  {
    office: "King of Saudi Arabia",
    group: "head-of-state",
    country: "Saudi Arabia",
    aliases: ["Saudi king", "Saudi monarch"],
    holders: `
Abdulaziz ibn Saud|m|1932-1953|Ibn Saud|Ibn Saud,King Abdulaziz
Saud bin Abdulaziz|m|1953-1964|Saud|King Saud
Faisal bin Abdulaziz|m|1964-1975|Faisal|King Faisal
Khalid bin Abdulaziz|m|1975-1982|Khalid|King Khalid
Fahd bin Abdulaziz|m|1982-2005|Fahd|King Fahd
Abdullah bin Abdulaziz|m|2005-2015|Abdullah|King Abdullah
Salman bin Abdulaziz|m|2015-|Salman|King Salman
`,
  },
  {
    office: "Prime Minister of Saudi Arabia",
    group: "head-of-government",
    country: "Saudi Arabia",
    aliases: ["Saudi prime minister", "Saudi crown prince", "Crown Prince of Saudi Arabia"],
    holders: `
Mohammed bin Salman|m|2022-|bin Salman|MBS,Crown Prince Mohammed bin Salman,Mohammad bin Salman
`,
  },
  {
    office: "Foreign Minister of Saudi Arabia",
    group: "foreign-minister",
    country: "Saudi Arabia",
    aliases: ["Saudi foreign minister"],
    holders: `
Saud al-Faisal|m|1975-2015|al-Faisal|Prince Saud al-Faisal
Adel al-Jubeir|m|2015-2018|al-Jubeir|Adel Al-Jubeir
Faisal bin Farhan|m|2019-|bin Farhan|Prince Faisal bin Farhan
`,
  },
  {
    office: "President of Egypt",
    group: "head-of-state",
    country: "Egypt",
    aliases: ["Egyptian president", "Egypt's president"],
    holders: `
Muhammad Naguib|m|1953-1954|Naguib
Gamal Abdel Nasser|m|1956-1970|Nasser
Anwar Sadat|m|1970-1981||Anwar el-Sadat
Hosni Mubarak|m|1981-2011
Mohamed Morsi|m|2012-2013||Mohammed Morsi
Abdel Fattah el-Sisi|m|2014-|el-Sisi|Abdel Fattah al-Sisi,Sisi,el-Sisi
`,
  },
  {
    office: "King of Egypt",
    group: "head-of-state",
    country: "Egypt",
    holders: `
Farouk|m|1936-1952|Farouk|King Farouk
`,
  },
  {
    office: "President of the Palestinian Authority",
    group: "head-of-state",
    country: "Palestine",
    aliases: ["Palestinian president", "Palestinian Authority president", "President of the State of Palestine", "Palestinian leader"],
    holders: `
Yasser Arafat|m|1994-2004
Mahmoud Abbas|m|2005-
`,
  },
  {
    office: "Chairman of the Palestine Liberation Organization",
    group: "official",
    country: "Palestine",
    aliases: ["PLO chairman", "P.L.O. chairman", "PLO leader"],
    holders: `
Yasser Arafat|m|1969-2004
Mahmoud Abbas|m|2004-
`,
  },
  {
    office: "Prime Minister of the Palestinian Authority",
    group: "head-of-government",
    country: "Palestine",
    aliases: ["Palestinian prime minister"],
    holders: `
Salam Fayyad|m|2007-2013
Rami Hamdallah|m|2013-2019
Mohammad Shtayyeh|m|2019-2024
Mohammad Mustafa|m|2024-
`,
  },
  // --- Italy ---
  {
    office: "Prime Minister of Italy",
    group: "head-of-government",
    country: "Italy",
    aliases: ["Italian prime minister", "Italy's prime minister"],
    holders: `
Alcide De Gasperi|m|1945-1953|De Gasperi
Aldo Moro|m|1963-1968
Giulio Andreotti|m|1972-1973
Aldo Moro|m|1974-1976
Giulio Andreotti|m|1976-1979
Bettino Craxi|m|1983-1987
Giulio Andreotti|m|1989-1992
Giuliano Amato|m|1992-1993
Silvio Berlusconi|m|1994-1995
Romano Prodi|m|1996-1998
Massimo D'Alema|m|1998-2000|D'Alema
Giuliano Amato|m|2000-2001
Silvio Berlusconi|m|2001-2006
Romano Prodi|m|2006-2008
Silvio Berlusconi|m|2008-2011
Mario Monti|m|2011-2013
Enrico Letta|m|2013-2014
Matteo Renzi|m|2014-2016
Paolo Gentiloni|m|2016-2018
Giuseppe Conte|m|2018-2021
Mario Draghi|m|2021-2022
Giorgia Meloni|f|2022-
`,
  },
  {
    office: "President of Italy",
    group: "head-of-state",
    country: "Italy",
    aliases: ["Italian president"],
    holders: `
Giorgio Napolitano|m|2006-2015
Sergio Mattarella|m|2015-
`,
  },
  {
    office: "Foreign Minister of Italy",
    group: "foreign-minister",
    country: "Italy",
    aliases: ["Italian foreign minister"],
    holders: `
Luigi Di Maio|m|2019-2022|Di Maio
Antonio Tajani|m|2022-
`,
  },
  // --- International ---
  {
    office: "Secretary-General of the United Nations",
    group: "diplomat",
    country: "International",
    aliases: ["U.N. secretary-general", "UN secretary-general", "United Nations secretary-general", "U.N. Secretary General", "UN Secretary General"],
    holders: `
Trygve Lie|m|1946-1952
Dag Hammarskjöld|m|1953-1961||Dag Hammarskjold
U Thant|m|1961-1971|Thant
Kurt Waldheim|m|1972-1981
Javier Pérez de Cuéllar|m|1982-1991|Pérez de Cuéllar
Boutros Boutros-Ghali|m|1992-1996|Boutros-Ghali
Kofi Annan|m|1997-2006
Ban Ki-moon|m|2007-2016|Ban
António Guterres|m|2017-||Antonio Guterres
`,
  },
  {
    office: "Secretary General of NATO",
    group: "diplomat",
    country: "International",
    aliases: ["NATO secretary general", "NATO secretary-general", "NATO chief"],
    holders: `
Jens Stoltenberg|m|2014-2024
Mark Rutte|m|2024-
`,
  },
];
