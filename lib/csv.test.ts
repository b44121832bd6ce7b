import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every row with CRLF", () => {
    const csv = toCsv([["a", "b"], [1, null]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe("a,b\r\n1,\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("Zoë")).toBe("Zoë");
  });

  it("defuses cells a spreadsheet would run as formulas, but not our own numbers", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-0.25)).toBe("-0.25");
  });
});

describe("csvFileName", () => {
  it("keeps letters, digits and dashes", () => {
    expect(csvFileName("Civics, Period 3", "scores")).toBe("civics-period-3-scores.csv");
    expect(csvFileName("../..")).toBe("export.csv");
  });
});
