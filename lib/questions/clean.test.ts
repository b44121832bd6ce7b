import { describe, expect, it } from "vitest";
import { cleanArticleText, decodeEntities, isBoilerplateLine, looksLikeHtml, normalizeForMatch } from "./clean";

describe("cleanArticleText (text)", () => {
  it("keeps words and curly punctuation, normalises line endings and trailing space", () => {
    const raw = "“Hello,” he said — twice.  \r\nSecond line\u0007.\r\n\r\n\r\n\r\nThird.";
    expect(cleanArticleText(raw)).toBe("“Hello,” he said — twice.\nSecond line.\n\nThird.");
  });
  it("puts a figure printed on a line of its own back into its sentence, and leaves a list of figures alone", () => {
    const t = cleanArticleText("This is the twelfth round, bringing the number of announced federal judicial nominees to\n75.\n\nNext line.");
    expect(t).toContain("judicial nominees to 75.");
    // A line that ends a sentence, then a figure as a list's own line, is two lines still.
    expect(cleanArticleText("The totals were:\n75.\n80.")).toBe("The totals were:\n75.\n80.");
  });
  it("strips a BOM and C1 controls", () => {
    expect(cleanArticleText("\ufeffA\u0085B")).toBe("AB");
  });
});

describe("cleanArticleText (html)", () => {
  it("drops scripts, styles and tags and decodes entities into paragraphs", () => {
    const html = "<html><head><title>x</title><style>p{}</style></head><body><script>alert(1)</script><h1>Title</h1><p>Tom &amp; Jerry&#8217;s &ldquo;show&rdquo;.</p><p>Next<br>line</p></body></html>";
    expect(cleanArticleText(html, "html")).toBe("Title\n\nTom & Jerry’s “show”.\n\nNext\nline");
  });
});

describe("cleanArticleText (markdown)", () => {
  it("removes markup but keeps link text", () => {
    const md = "# Heading\n\nSome **bold** and *italic* text with a [link](http://x.y).\n\n- item one";
    expect(cleanArticleText(md, "markdown")).toBe("Heading\n\nSome bold and italic text with a link.\n\nitem one");
  });
  it("joins a paragraph wrapped over several lines, and a list item's indented lines, into one line each", () => {
    const md = "The Secretary met the\n<span style=\"x\">governors</span> of three\nstates today.\n\n-   The first item runs\n    over two lines.\n-   The second item.\n\n<!-- -->\n\n## A heading\nA paragraph.";
    expect(cleanArticleText(md, "markdown")).toBe(
      "The Secretary met the governors of three states today.\n\nThe first item runs over two lines.\nThe second item.\n\nA heading\nA paragraph.",
    );
  });
});

describe("cleanArticleText (markdown hard line breaks)", () => {
  it("does not join the line after a hard break (two spaces or a backslash), and closes bold on the next line", () => {
    const md = "**<u>Hudson Tunnel Project  \n</u>**  \nPresident Biden will announce a $292 million Mega grant to Amtrak.\n\nOne line\\\nanother line\nwrapped.";
    expect(cleanArticleText(md, "markdown")).toBe("Hudson Tunnel Project\n\nPresident Biden will announce a $292 million Mega grant to Amtrak.\n\nOne line\nanother line wrapped.");
  });
});

describe("normalizeForMatch", () => {
  it("maps curly quotes and dashes one-for-one so offsets survive", () => {
    const s = "“China’s” — U.S.–China";
    const n = normalizeForMatch(s);
    expect(n).toBe("\"China's\" - U.S.-China");
    expect(n.length).toBe(s.length);
  });
  it("keeps an em dash between two words a dash, so it does not join them into one name", () => {
    const s = "a nominee—much like Justice Breyer—who is wise";
    expect(normalizeForMatch(s)).toBe(s);
    expect(normalizeForMatch("wise — and fair")).toBe("wise - and fair");
  });
  it("decodes numeric entities", () => {
    expect(decodeEntities("&#65;&#x42;&bogus;")).toBe("AB&bogus;");
  });
});

describe("isBoilerplateLine", () => {
  it.each(["Source: www.nytimes.com", "Li You contributed research.", "Jane Roe contributed reporting from Paris.", "By Jane Doe and John Roe", "www.example.com/story"])("flags %s", (l) => {
    expect(isBoilerplateLine(l)).toBe(true);
  });
  it.each(["By the end of the war, the treaty was signed.", "Mr. Blinken said the source of the problem was clear."])("keeps %s", (l) => {
    expect(isBoilerplateLine(l)).toBe(false);
  });
});

describe("looksLikeHtml (a web page's source pasted into the article box)", () => {
  const page = `<html><head><title>Evil Page</title><script>alert('x')</script></head>
<body><h1>City council approves budget</h1>
<p>The city council of Springfield voted 7 to 2 on Tuesday to approve a $45 million budget, Mayor Jane Doe said.</p>
<p>"This budget protects our libraries and parks," said Council President Mark Lee. <img src=x onerror="alert(2)"></p>
<p>Council member Ana Ruiz voted against the plan.</p></body></html>`;
  it("knows a page's source, with or without a document start", () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml("<!DOCTYPE html>\n<title>x</title>")).toBe(true);
    expect(looksLikeHtml(page.replace(/^<html><head>.*<\/head>\n<body>/s, ""))).toBe(true);
    // Cleaned as an upload is: the sentences kept, scripts and tags gone.
    const text = cleanArticleText(page, "html");
    expect(text).toContain("The city council of Springfield voted 7 to 2");
    expect(text).not.toMatch(/<|alert|Evil Page/);
  });
  it("leaves an article that only mentions a tag, or uses angle brackets, as text", () => {
    const prose = "The bill amends the statute so that <a> and <b> in section 4 read as one clause. ".repeat(3) + "The committee voted 12 to 9 on Tuesday to send it to the floor, and the Senate will take it up next week.";
    expect(looksLikeHtml(prose)).toBe(false);
    expect(looksLikeHtml("Turnout was < 40% in 2020 and > 60% in 2024, officials said. The board met on Monday.")).toBe(false);
    expect(looksLikeHtml("A plain article.\n\nWith two paragraphs.")).toBe(false);
  });
});
