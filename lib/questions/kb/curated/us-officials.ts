import type { CuratedOffice } from "./types";

// U.S. offices outside Congress. Presidents and vice presidents come from executive.yaml (congress-legislators).
export const US_OFFICES: CuratedOffice[] = [
  {
    office: "Secretary of State",
    group: "us-cabinet",
    country: "United States",
    aliases: ["U.S. Secretary of State", "US Secretary of State", "American Secretary of State", "America's top diplomat"],
    holders: `
Thomas Jefferson|m|1790-1793
Edmund Randolph|m|1794-1795
Timothy Pickering|m|1795-1800
John Marshall|m|1800-1801
James Madison|m|1801-1809
Robert Smith|m|1809-1811
James Monroe|m|1811-1817
John Quincy Adams|m|1817-1825
Henry Clay|m|1825-1829
Martin Van Buren|m|1829-1831
Edward Livingston|m|1831-1833
Louis McLane|m|1833-1834
John Forsyth|m|1834-1841
Daniel Webster|m|1841-1843
Abel P. Upshur|m|1843-1844
John C. Calhoun|m|1844-1845
James Buchanan|m|1845-1849
John M. Clayton|m|1849-1850
Daniel Webster|m|1850-1852
Edward Everett|m|1852-1853
William L. Marcy|m|1853-1857
Lewis Cass|m|1857-1860
Jeremiah S. Black|m|1860-1861
William H. Seward|m|1861-1869
Elihu B. Washburne|m|1869-1869
Hamilton Fish|m|1869-1877
William M. Evarts|m|1877-1881
James G. Blaine|m|1881-1881
Frederick T. Frelinghuysen|m|1881-1885
Thomas F. Bayard|m|1885-1889
James G. Blaine|m|1889-1892
John W. Foster|m|1892-1893
Walter Q. Gresham|m|1893-1895
Richard Olney|m|1895-1897
John Sherman|m|1897-1898
William R. Day|m|1898-1898
John Hay|m|1898-1905
Elihu Root|m|1905-1909
Robert Bacon|m|1909-1909
Philander C. Knox|m|1909-1913
William Jennings Bryan|m|1913-1915
Robert Lansing|m|1915-1920
Bainbridge Colby|m|1920-1921
Charles Evans Hughes|m|1921-1925
Frank B. Kellogg|m|1925-1929
Henry L. Stimson|m|1929-1933
Cordell Hull|m|1933-1944
Edward R. Stettinius Jr.|m|1944-1945
James F. Byrnes|m|1945-1947
George C. Marshall|m|1947-1949
Dean Acheson|m|1949-1953
John Foster Dulles|m|1953-1959
Christian Herter|m|1959-1961
Dean Rusk|m|1961-1969
William P. Rogers|m|1969-1973
Henry Kissinger|m|1973-1977
Cyrus Vance|m|1977-1980
Edmund Muskie|m|1980-1981
Alexander Haig|m|1981-1982
George P. Shultz|m|1982-1989
James Baker|m|1989-1992||James A. Baker III,James A. Baker
Lawrence Eagleburger|m|1992-1993
Warren Christopher|m|1993-1997
Madeleine Albright|f|1997-2001
Colin Powell|m|2001-2005
Condoleezza Rice|f|2005-2009
Hillary Clinton|f|2009-2013||Hillary Rodham Clinton
John Kerry|m|2013-2017
Rex Tillerson|m|2017-2018
Mike Pompeo|m|2018-2021
Antony Blinken|m|2021-2025||Antony J. Blinken,Tony Blinken
Marco Rubio|m|2025-
`,
  },
  {
    office: "Secretary of Defense",
    group: "us-cabinet",
    country: "United States",
    aliases: ["Defense Secretary", "U.S. Secretary of Defense", "Pentagon chief", "defense chief"],
    holders: `
James Forrestal|m|1947-1949
Louis A. Johnson|m|1949-1950
George C. Marshall|m|1950-1951
Robert A. Lovett|m|1951-1953
Charles E. Wilson|m|1953-1957
Neil H. McElroy|m|1957-1959
Thomas S. Gates Jr.|m|1959-1961
Robert McNamara|m|1961-1968||Robert S. McNamara
Clark Clifford|m|1968-1969
Melvin Laird|m|1969-1973
Elliot Richardson|m|1973-1973
James Schlesinger|m|1973-1975
Donald Rumsfeld|m|1975-1977
Harold Brown|m|1977-1981
Caspar Weinberger|m|1981-1987
Frank Carlucci|m|1987-1989
Dick Cheney|m|1989-1993
Les Aspin|m|1993-1994
William Perry|m|1994-1997||William J. Perry
William Cohen|m|1997-2001||William S. Cohen
Donald Rumsfeld|m|2001-2006
Robert Gates|m|2006-2011||Robert M. Gates
Leon Panetta|m|2011-2013
Chuck Hagel|m|2013-2015
Ashton Carter|m|2015-2017||Ash Carter
Jim Mattis|m|2017-2019||James Mattis
Mark Esper|m|2019-2020
Lloyd Austin|m|2021-2025||Lloyd J. Austin III
Pete Hegseth|m|2025-
`,
  },
  {
    office: "Secretary of War",
    group: "us-cabinet",
    country: "United States",
    // 1789–1947; since September 2025 also a secondary title of the Secretary of Defense (executive order).
    holders: `
Henry Knox|m|1789-1794
Timothy Pickering|m|1795-1796
James McHenry|m|1796-1800
Samuel Dexter|m|1800-1801
Henry Dearborn|m|1801-1809
William Eustis|m|1809-1812
John Armstrong Jr.|m|1813-1814
James Monroe|m|1814-1815
William H. Crawford|m|1815-1816
John C. Calhoun|m|1817-1825
James Barbour|m|1825-1828
Peter B. Porter|m|1828-1829
John Eaton|m|1829-1831
Lewis Cass|m|1831-1836
Joel Roberts Poinsett|m|1837-1841
John Bell|m|1841-1841
John Canfield Spencer|m|1841-1843
William Wilkins|m|1844-1845
William L. Marcy|m|1845-1849
George W. Crawford|m|1849-1850
Charles Magill Conrad|m|1850-1853
Jefferson Davis|m|1853-1857
John B. Floyd|m|1857-1860
Joseph Holt|m|1861-1861
Simon Cameron|m|1861-1862
Edwin M. Stanton|m|1862-1868
John Schofield|m|1868-1869
John A. Rawlins|m|1869-1869
William W. Belknap|m|1869-1876
Alphonso Taft|m|1876-1876
J. Donald Cameron|m|1876-1877
George W. McCrary|m|1877-1879
Alexander Ramsey|m|1879-1881
Robert Todd Lincoln|m|1881-1885
William C. Endicott|m|1885-1889
Redfield Proctor|m|1889-1891
Stephen B. Elkins|m|1891-1893
Daniel S. Lamont|m|1893-1897
Russell A. Alger|m|1897-1899
Elihu Root|m|1899-1904
William Howard Taft|m|1904-1908
Luke E. Wright|m|1908-1909
Jacob M. Dickinson|m|1909-1911
Henry L. Stimson|m|1911-1913
Lindley M. Garrison|m|1913-1916
Newton D. Baker|m|1916-1921
John W. Weeks|m|1921-1925
Dwight F. Davis|m|1925-1929
James William Good|m|1929-1929
Patrick J. Hurley|m|1929-1933
George Dern|m|1933-1936
Harry Hines Woodring|m|1936-1940
Henry L. Stimson|m|1940-1945
Robert P. Patterson|m|1945-1947
Kenneth C. Royall|m|1947-1947
Pete Hegseth|m|2025-
`,
  },
  {
    office: "Secretary of the Treasury",
    group: "us-cabinet",
    country: "United States",
    aliases: ["Treasury Secretary", "U.S. Treasury Secretary"],
    holders: `
Alexander Hamilton|m|1789-1795
Oliver Wolcott Jr.|m|1795-1800
Samuel Dexter|m|1801-1801
Albert Gallatin|m|1801-1814
George W. Campbell|m|1814-1814
Alexander J. Dallas|m|1814-1816
William H. Crawford|m|1816-1825
Richard Rush|m|1825-1829
Samuel D. Ingham|m|1829-1831
Louis McLane|m|1831-1833
William J. Duane|m|1833-1833
Roger B. Taney|m|1833-1834
Levi Woodbury|m|1834-1841
Thomas Ewing|m|1841-1841
Walter Forward|m|1841-1843
John C. Spencer|m|1843-1844
George M. Bibb|m|1844-1845
Robert J. Walker|m|1845-1849
William M. Meredith|m|1849-1850
Thomas Corwin|m|1850-1853
James Guthrie|m|1853-1857
Howell Cobb|m|1857-1860
Philip F. Thomas|m|1860-1861
John A. Dix|m|1861-1861
Salmon P. Chase|m|1861-1864
William P. Fessenden|m|1864-1865
Hugh McCulloch|m|1865-1869
George S. Boutwell|m|1869-1873
William A. Richardson|m|1873-1874
Benjamin Bristow|m|1874-1876
Lot M. Morrill|m|1876-1877
John Sherman|m|1877-1881
William Windom|m|1881-1881
Charles J. Folger|m|1881-1884
Walter Q. Gresham|m|1884-1884
Hugh McCulloch|m|1884-1885
Daniel Manning|m|1885-1887
Charles S. Fairchild|m|1887-1889
William Windom|m|1889-1891
Charles Foster|m|1891-1893
John G. Carlisle|m|1893-1897
Lyman J. Gage|m|1897-1902
Leslie M. Shaw|m|1902-1907
George B. Cortelyou|m|1907-1909
Franklin MacVeagh|m|1909-1913
William G. McAdoo|m|1913-1918
Carter Glass|m|1918-1920
David F. Houston|m|1920-1921
Andrew Mellon|m|1921-1932||Andrew W. Mellon
Ogden L. Mills|m|1932-1933
William H. Woodin|m|1933-1933
Henry Morgenthau Jr.|m|1934-1945
Fred M. Vinson|m|1945-1946
John W. Snyder|m|1946-1953
George M. Humphrey|m|1953-1957
Robert B. Anderson|m|1957-1961
C. Douglas Dillon|m|1961-1965|Dillon|Douglas Dillon
Henry H. Fowler|m|1965-1968
Joseph W. Barr|m|1968-1969
David M. Kennedy|m|1969-1971
John Connally|m|1971-1972
George P. Shultz|m|1972-1974
William E. Simon|m|1974-1977
W. Michael Blumenthal|m|1977-1979|Blumenthal|Michael Blumenthal
G. William Miller|m|1979-1981|Miller|William Miller
Donald Regan|m|1981-1985
James Baker|m|1985-1988
Nicholas F. Brady|m|1988-1993
Lloyd Bentsen|m|1993-1994
Robert Rubin|m|1995-1999
Lawrence Summers|m|1999-2001||Larry Summers
Paul O'Neill|m|2001-2002
John W. Snow|m|2003-2006
Henry Paulson|m|2006-2009||Hank Paulson
Timothy Geithner|m|2009-2013||Tim Geithner
Jack Lew|m|2013-2017||Jacob Lew
Steven Mnuchin|m|2017-2021
Janet Yellen|f|2021-2025
Scott Bessent|m|2025-
`,
  },
  {
    office: "Attorney General",
    group: "us-cabinet",
    country: "United States",
    aliases: ["U.S. Attorney General", "the nation's top law enforcement officer"],
    holders: `
Edmund Randolph|m|1789-1794
William Bradford|m|1794-1795
Charles Lee|m|1795-1801
Levi Lincoln|m|1801-1804
John Breckinridge|m|1805-1806
Caesar A. Rodney|m|1807-1811
William Pinkney|m|1811-1814
Richard Rush|m|1814-1817
William Wirt|m|1817-1829
John M. Berrien|m|1829-1831
Roger B. Taney|m|1831-1833
Benjamin F. Butler|m|1833-1838
Felix Grundy|m|1838-1839
Henry D. Gilpin|m|1840-1841
John J. Crittenden|m|1841-1841
Hugh S. Legaré|m|1841-1843||Hugh S. Legare
John Nelson|m|1843-1845
John Y. Mason|m|1845-1846
Nathan Clifford|m|1846-1848
Isaac Toucey|m|1848-1849
Reverdy Johnson|m|1849-1850
John J. Crittenden|m|1850-1853
Caleb Cushing|m|1853-1857
Jeremiah S. Black|m|1857-1860
Edwin M. Stanton|m|1860-1861
Edward Bates|m|1861-1864
James Speed|m|1864-1866
Henry Stanbery|m|1866-1868
William M. Evarts|m|1868-1869
Ebenezer R. Hoar|m|1869-1870
Amos T. Akerman|m|1870-1871
George H. Williams|m|1871-1875
Edwards Pierrepont|m|1875-1876
Alphonso Taft|m|1876-1877
Charles Devens|m|1877-1881
Wayne MacVeagh|m|1881-1881
Benjamin H. Brewster|m|1881-1885
Augustus H. Garland|m|1885-1889
William H. H. Miller|m|1889-1893
Richard Olney|m|1893-1895
Judson Harmon|m|1895-1897
Joseph McKenna|m|1897-1898
John W. Griggs|m|1898-1901
Philander C. Knox|m|1901-1904
William H. Moody|m|1904-1906
Charles J. Bonaparte|m|1906-1909
George W. Wickersham|m|1909-1913
James C. McReynolds|m|1913-1914
Thomas W. Gregory|m|1914-1919
A. Mitchell Palmer|m|1919-1921|Palmer|Mitchell Palmer
Harry M. Daugherty|m|1921-1924
Harlan F. Stone|m|1924-1925
John G. Sargent|m|1925-1929
William D. Mitchell|m|1929-1933
Homer Cummings|m|1933-1939
Frank Murphy|m|1939-1940
Robert H. Jackson|m|1940-1941
Francis Biddle|m|1941-1945
Tom C. Clark|m|1945-1949
J. Howard McGrath|m|1949-1952
James P. McGranery|m|1952-1953
Herbert Brownell Jr.|m|1953-1957
William P. Rogers|m|1957-1961
Robert F. Kennedy|m|1961-1964
Nicholas Katzenbach|m|1965-1966
Ramsey Clark|m|1967-1969
John N. Mitchell|m|1969-1972
Richard Kleindienst|m|1972-1973
Elliot Richardson|m|1973-1973
William B. Saxbe|m|1974-1975
Edward H. Levi|m|1975-1977
Griffin Bell|m|1977-1979
Benjamin Civiletti|m|1979-1981
William French Smith|m|1981-1985|Smith
Edwin Meese|m|1985-1988||Ed Meese,Edwin Meese III
Dick Thornburgh|m|1988-1991
William Barr|m|1991-1993||William P. Barr,Bill Barr
Janet Reno|f|1993-2001
John Ashcroft|m|2001-2005
Alberto Gonzales|m|2005-2007
Michael Mukasey|m|2007-2009
Eric Holder|m|2009-2015
Loretta Lynch|f|2015-2017
Jeff Sessions|m|2017-2018
William Barr|m|2019-2020
Merrick Garland|m|2021-2025
Pam Bondi|f|2025-
`,
  },
  {
    office: "Secretary of Homeland Security",
    group: "us-cabinet",
    country: "United States",
    aliases: ["Homeland Security Secretary"],
    holders: `
Tom Ridge|m|2003-2005
Michael Chertoff|m|2005-2009
Janet Napolitano|f|2009-2013
Jeh Johnson|m|2013-2017
John F. Kelly|m|2017-2017||John Kelly
Kirstjen Nielsen|f|2017-2019
Alejandro Mayorkas|m|2021-2025
Kristi Noem|f|2025-
`,
  },
  {
    office: "National Security Adviser",
    group: "us-official",
    country: "United States",
    aliases: ["National Security Advisor", "national security adviser", "Assistant to the President for National Security Affairs"],
    holders: `
Robert Cutler|m|1953-1955
Dillon Anderson|m|1955-1956
Robert Cutler|m|1957-1958
Gordon Gray|m|1958-1961
McGeorge Bundy|m|1961-1966
Walt Rostow|m|1966-1969||Walt W. Rostow
Henry Kissinger|m|1969-1975
Brent Scowcroft|m|1975-1977
Zbigniew Brzezinski|m|1977-1981
Richard V. Allen|m|1981-1982
William P. Clark Jr.|m|1982-1983
Robert McFarlane|m|1983-1985||Bud McFarlane
John Poindexter|m|1985-1986
Frank Carlucci|m|1986-1987
Colin Powell|m|1987-1989
Brent Scowcroft|m|1989-1993
Anthony Lake|m|1993-1997||Tony Lake
Sandy Berger|m|1997-2001||Samuel Berger
Condoleezza Rice|f|2001-2005
Stephen Hadley|m|2005-2009
James L. Jones|m|2009-2010
Thomas E. Donilon|m|2010-2013||Tom Donilon
Susan Rice|f|2013-2017
Michael Flynn|m|2017-2017
H. R. McMaster|m|2017-2018
John Bolton|m|2018-2019
Robert C. O'Brien|m|2019-2021
Jake Sullivan|m|2021-2025
Mike Waltz|m|2025-2025
Marco Rubio|m|2025-
`,
  },
  {
    office: "Ambassador to the United Nations",
    group: "diplomat",
    country: "United States",
    aliases: ["U.N. ambassador", "UN ambassador", "United Nations ambassador", "U.S. ambassador to the United Nations", "U.S. Permanent Representative to the United Nations"],
    holders: `
Edward R. Stettinius Jr.|m|1945-1946
Warren Austin|m|1947-1953
Henry Cabot Lodge Jr.|m|1953-1960
James Jeremiah Wadsworth|m|1960-1961
Adlai Stevenson II|m|1961-1965|Stevenson|Adlai Stevenson
Arthur Goldberg|m|1965-1968
George Ball|m|1968-1968
James Russell Wiggins|m|1968-1969
Charles Yost|m|1969-1971
George H. W. Bush|m|1971-1973
John A. Scali|m|1973-1975
Daniel Patrick Moynihan|m|1975-1976
William Scranton|m|1976-1977
Andrew Young|m|1977-1979
Donald McHenry|m|1979-1981
Jeane Kirkpatrick|f|1981-1985
Vernon A. Walters|m|1985-1989
Thomas R. Pickering|m|1989-1992||Thomas Pickering
Edward J. Perkins|m|1992-1993
Madeleine Albright|f|1993-1997
Bill Richardson|m|1997-1998
Richard Holbrooke|m|1999-2001
John Negroponte|m|2001-2004
John Danforth|m|2004-2005
John Bolton|m|2005-2006
Zalmay Khalilzad|m|2007-2009
Susan Rice|f|2009-2013
Samantha Power|f|2013-2017
Nikki Haley|f|2017-2018
Kelly Craft|f|2019-2021
Linda Thomas-Greenfield|f|2021-2025
Mike Waltz|m|2025-
`,
  },
  {
    office: "Chair of the Federal Reserve",
    group: "us-official",
    country: "United States",
    aliases: ["Fed chair", "Fed chairman", "Federal Reserve chair", "Federal Reserve chairman", "Chairman of the Federal Reserve"],
    holders: `
Paul Volcker|m|1979-1987
Alan Greenspan|m|1987-2006
Ben Bernanke|m|2006-2014
Janet Yellen|f|2014-2018
Jerome Powell|m|2018-
`,
  },
  {
    office: "Director of the Federal Bureau of Investigation",
    group: "us-official",
    country: "United States",
    aliases: ["FBI director", "F.B.I. director", "Director of the FBI"],
    holders: `
J. Edgar Hoover|m|1924-1972|Hoover
Clarence M. Kelley|m|1973-1978
William H. Webster|m|1978-1987
William S. Sessions|m|1987-1993
Louis Freeh|m|1993-2001
Robert Mueller|m|2001-2013||Robert S. Mueller III
James Comey|m|2013-2017
Christopher Wray|m|2017-2025
Kash Patel|m|2025-
`,
  },
  {
    office: "Director of the Central Intelligence Agency",
    group: "us-official",
    country: "United States",
    aliases: ["CIA director", "C.I.A. director", "Director of Central Intelligence", "Director of the CIA"],
    holders: `
Allen Dulles|m|1953-1961
William Colby|m|1973-1976
George H. W. Bush|m|1976-1977
William Casey|m|1981-1987
George Tenet|m|1997-2004
Leon Panetta|m|2009-2011
David Petraeus|m|2011-2012
John Brennan|m|2013-2017
Mike Pompeo|m|2017-2018
Gina Haspel|f|2018-2021
William J. Burns|m|2021-2025||Bill Burns
John Ratcliffe|m|2025-
`,
  },
  {
    office: "Chairman of the Joint Chiefs of Staff",
    group: "military",
    country: "United States",
    aliases: ["Chairman of the Joint Chiefs", "chairman of the Joint Chiefs of Staff", "Joint Chiefs chairman", "the nation's top military officer"],
    holders: `
Omar Bradley|m|1949-1953
Colin Powell|m|1989-1993
Mike Mullen|m|2007-2011
Martin Dempsey|m|2011-2015
Joseph Dunford|m|2015-2019
Mark Milley|m|2019-2023
Charles Q. Brown Jr.|m|2023-2025|Brown|C. Q. Brown
Dan Caine|m|2025-
`,
  },
  {
    office: "Speaker of the House",
    group: "us-congress-leader",
    country: "United States",
    aliases: ["Speaker of the House of Representatives", "House Speaker", "the speaker", "Speaker"],
    holders: `
Sam Rayburn|m|1940-1947
Joseph W. Martin Jr.|m|1947-1949
Sam Rayburn|m|1949-1953
Joseph W. Martin Jr.|m|1953-1955
Sam Rayburn|m|1955-1961
John W. McCormack|m|1962-1971
Carl Albert|m|1971-1977
Tip O'Neill|m|1977-1987||Thomas P. O'Neill
Jim Wright|m|1987-1989
Tom Foley|m|1989-1995
Newt Gingrich|m|1995-1999
Dennis Hastert|m|1999-2007
Nancy Pelosi|f|2007-2011
John Boehner|m|2011-2015
Paul Ryan|m|2015-2019
Nancy Pelosi|f|2019-2023
Kevin McCarthy|m|2023-2023
Mike Johnson|m|2023-
`,
  },
  {
    office: "Senate Majority Leader",
    group: "us-congress-leader",
    country: "United States",
    aliases: ["majority leader of the Senate", "Senate majority leader"],
    holders: `
Alben W. Barkley|m|1937-1947
Wallace H. White Jr.|m|1947-1949
Scott W. Lucas|m|1949-1951
Ernest McFarland|m|1951-1953
Robert A. Taft|m|1953-1953
William Knowland|m|1953-1955
Lyndon B. Johnson|m|1955-1961
Mike Mansfield|m|1961-1977
Robert Byrd|m|1977-1981
Howard Baker|m|1981-1985
Bob Dole|m|1985-1987
Robert Byrd|m|1987-1989
George J. Mitchell|m|1989-1995
Bob Dole|m|1995-1996
Trent Lott|m|1996-2001
Tom Daschle|m|2001-2003
Bill Frist|m|2003-2007
Harry Reid|m|2007-2015
Mitch McConnell|m|2015-2021
Chuck Schumer|m|2021-2025
John Thune|m|2025-
`,
  },
  {
    office: "Senate Minority Leader",
    group: "us-congress-leader",
    country: "United States",
    aliases: ["minority leader of the Senate", "Senate minority leader"],
    holders: `
Wallace H. White Jr.|m|1945-1947
Alben W. Barkley|m|1947-1949
Kenneth S. Wherry|m|1949-1951
Styles Bridges|m|1952-1953
Lyndon B. Johnson|m|1953-1955
William Knowland|m|1955-1959
Everett Dirksen|m|1959-1969
Hugh Scott|m|1969-1977
Howard Baker|m|1977-1981
Robert Byrd|m|1981-1987
Bob Dole|m|1987-1995
Tom Daschle|m|1995-2001
Trent Lott|m|2001-2003
Tom Daschle|m|2003-2005
Harry Reid|m|2005-2007
Mitch McConnell|m|2007-2015
Harry Reid|m|2015-2017
Chuck Schumer|m|2017-2021
Mitch McConnell|m|2021-2025
Chuck Schumer|m|2025-
`,
  },
  {
    office: "House Majority Leader",
    group: "us-congress-leader",
    country: "United States",
    aliases: ["majority leader of the House"],
    holders: `
Dick Armey|m|1995-2003
Tom DeLay|m|2003-2005
Steny Hoyer|m|2007-2011
Eric Cantor|m|2011-2014
Kevin McCarthy|m|2014-2019
Steny Hoyer|m|2019-2023
Steve Scalise|m|2023-
`,
  },
  {
    office: "House Minority Leader",
    group: "us-congress-leader",
    country: "United States",
    aliases: ["minority leader of the House"],
    holders: `
Dick Gephardt|m|1995-2003
Nancy Pelosi|f|2003-2007
John Boehner|m|2007-2011
Nancy Pelosi|f|2011-2019
Kevin McCarthy|m|2019-2023
Hakeem Jeffries|m|2023-
`,
  },
  {
    office: "Chief Justice of the United States",
    group: "us-justice",
    country: "United States",
    aliases: ["Chief Justice", "chief justice", "Chief Justice of the Supreme Court", "the chief justice"],
    holders: `
John Jay|m|1789-1795
John Rutledge|m|1795-1795
Oliver Ellsworth|m|1796-1800
John Marshall|m|1801-1835
Roger B. Taney|m|1836-1864
Salmon P. Chase|m|1864-1873
Morrison Waite|m|1874-1888||Morrison R. Waite
Melville Fuller|m|1888-1910||Melville W. Fuller
Edward Douglass White|m|1910-1921||Edward D. White
William Howard Taft|m|1921-1930
Charles Evans Hughes|m|1930-1941
Harlan F. Stone|m|1941-1946
Fred M. Vinson|m|1946-1953
Earl Warren|m|1953-1969
Warren E. Burger|m|1969-1986
William Rehnquist|m|1986-2005||William H. Rehnquist
John Roberts|m|2005-||John G. Roberts Jr.,John G. Roberts
`,
  },
  {
    office: "Associate Justice of the Supreme Court",
    group: "us-justice",
    country: "United States",
    aliases: ["Associate Justice", "Supreme Court justice", "Justice", "justice of the Supreme Court"],
    holders: `
James Wilson|m|1789-1798
John Rutledge|m|1790-1791
William Cushing|m|1790-1810
John Blair Jr.|m|1790-1795
James Iredell|m|1790-1799
Thomas Johnson|m|1791-1793
William Paterson|m|1793-1806
Samuel Chase|m|1796-1811
Bushrod Washington|m|1798-1829
Alfred Moore|m|1800-1804
William Johnson|m|1804-1834
Henry Brockholst Livingston|m|1807-1823
Thomas Todd|m|1807-1826
Gabriel Duvall|m|1811-1835
Joseph Story|m|1812-1845
Smith Thompson|m|1823-1843
Robert Trimble|m|1826-1828
John McLean|m|1830-1861
Henry Baldwin|m|1830-1844
James Moore Wayne|m|1835-1867
Philip P. Barbour|m|1836-1841
John Catron|m|1837-1865
John McKinley|m|1838-1852
Peter Vivian Daniel|m|1842-1860
Samuel Nelson|m|1845-1872
Levi Woodbury|m|1845-1851
Robert Cooper Grier|m|1846-1870
Benjamin Robbins Curtis|m|1851-1857
John Archibald Campbell|m|1853-1861
Nathan Clifford|m|1858-1881
Noah Haynes Swayne|m|1862-1881
Samuel Freeman Miller|m|1862-1890
David Davis|m|1862-1877
Stephen Johnson Field|m|1863-1897
William Strong|m|1870-1880
Joseph P. Bradley|m|1870-1892
Ward Hunt|m|1873-1882
John Marshall Harlan|m|1877-1911
William Burnham Woods|m|1881-1887
Stanley Matthews|m|1881-1889
Horace Gray|m|1882-1902
Samuel Blatchford|m|1882-1893
Lucius Q. C. Lamar|m|1888-1893
David Josiah Brewer|m|1890-1910
Henry Billings Brown|m|1891-1906
George Shiras Jr.|m|1892-1903
Howell Edmunds Jackson|m|1893-1895
Edward Douglass White|m|1894-1910
Rufus W. Peckham|m|1896-1909
Joseph McKenna|m|1898-1925
Oliver Wendell Holmes Jr.|m|1902-1932|Holmes|Oliver Wendell Holmes
William R. Day|m|1903-1922
William Henry Moody|m|1906-1910
Horace Harmon Lurton|m|1910-1914
Charles Evans Hughes|m|1910-1916
Willis Van Devanter|m|1911-1937|Van Devanter
Joseph Rucker Lamar|m|1911-1916
Mahlon Pitney|m|1912-1922
James Clark McReynolds|m|1914-1941
Louis Brandeis|m|1916-1939||Louis D. Brandeis
John Hessin Clarke|m|1916-1922
George Sutherland|m|1922-1938
Pierce Butler|m|1923-1939
Edward Terry Sanford|m|1923-1930
Harlan F. Stone|m|1925-1941
Owen Roberts|m|1930-1945||Owen J. Roberts
Benjamin N. Cardozo|m|1932-1938
Hugo Black|m|1937-1971||Hugo L. Black
Stanley Forman Reed|m|1938-1957
Felix Frankfurter|m|1939-1962
William O. Douglas|m|1939-1975
Frank Murphy|m|1940-1949
James F. Byrnes|m|1941-1942
Robert H. Jackson|m|1941-1954
Wiley Blount Rutledge|m|1943-1949
Harold Hitz Burton|m|1945-1958
Tom C. Clark|m|1949-1967
Sherman Minton|m|1949-1956
John Marshall Harlan II|m|1955-1971
William J. Brennan Jr.|m|1956-1990
Charles Evans Whittaker|m|1957-1962
Potter Stewart|m|1958-1981
Byron White|m|1962-1993||Byron R. White
Arthur Goldberg|m|1962-1965
Abe Fortas|m|1965-1969
Thurgood Marshall|m|1967-1991
Harry Blackmun|m|1970-1994||Harry A. Blackmun
Lewis F. Powell Jr.|m|1972-1987
William Rehnquist|m|1972-1986
John Paul Stevens|m|1975-2010
Sandra Day O'Connor|f|1981-2006|O'Connor
Antonin Scalia|m|1986-2016
Anthony Kennedy|m|1988-2018||Anthony M. Kennedy
David Souter|m|1990-2009||David H. Souter
Clarence Thomas|m|1991-
Ruth Bader Ginsburg|f|1993-2020|Ginsburg
Stephen Breyer|m|1994-2022||Stephen G. Breyer
Samuel Alito|m|2006-||Samuel A. Alito Jr.
Sonia Sotomayor|f|2009-
Elena Kagan|f|2010-
Neil Gorsuch|m|2017-||Neil M. Gorsuch
Brett Kavanaugh|m|2018-||Brett M. Kavanaugh
Amy Coney Barrett|f|2020-|Barrett
Ketanji Brown Jackson|f|2022-|Jackson
`,
  },
];
