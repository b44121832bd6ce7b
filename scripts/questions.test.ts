import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const cli = join(root, "scripts", "questions.ts");
const seed = join(root, "prisma/sample/blinken-xi-beijing-2024.txt");
const dir = mkdtempSync(join(tmpdir(), "quorum-cli-"));

function run(...args: string[]) {
  const r = spawnSync(tsx, [cli, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("questions CLI", { timeout: 120_000 }, () => {
  it("prints the default quiz (at most 20 questions) as JSON", () => {
    const r = run(seed, "--seed", "7");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toMatch(/United States and China/);
    expect(out.article.words).toBeGreaterThan(1000);
    expect(out.questions.length).toBeGreaterThanOrEqual(12);
    expect(out.questions.length).toBeLessThanOrEqual(20);
    expect(Object.keys(out.questions[0]).sort()).toEqual(["answer", "choices", "difficulty", "entities", "evidence", "evidenceStart", "explanation", "id", "prompt", "score", "type"]);
    // same seed, same output
    expect(run(seed, "--seed", "7").stdout).toBe(r.stdout);
  });

  it("honours --count, --all and --format text", () => {
    const five = JSON.parse(run(seed, "--count", "5").stdout);
    expect(five.questions).toHaveLength(5);
    const all = JSON.parse(run(seed, "--all").stdout);
    expect(all.questions.length).toBeGreaterThan(20);
    const text = run(seed, "--count", "2", "--format", "text");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^1\. \[/m);
    expect(text.stdout).toContain("<- answer");
  });

  it("reads HTML files as HTML", () => {
    const html = `<html><body><script>var x = 1;</script><p>${"The Senate passed the bill on Tuesday after a long debate. ".repeat(3)}</p><p>Senator Jane Smith said the vote was close. The House will take up the measure in March, officials said. The bill would cost $4.5 billion over ten years.</p></body></html>`;
    const r = run(file("a.html", html));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("var x");
  });

  it("fails clearly on an empty file", () => {
    const r = run(file("empty.txt", ""));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty/);
    expect(r.stdout).toBe("");
  });

  it("fails clearly on a binary file", () => {
    const r = run(file("bin.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff, 0xfe])));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/binary/);
  });

  it("fails clearly on invalid UTF-8", () => {
    const r = run(file("latin1.txt", Buffer.from("caf\xe9 ".repeat(50), "latin1")));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/UTF-8/);
  });

  it("fails clearly on a missing file", () => {
    const r = run(join(dir, "nope.txt"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*no such file/);
  });

  it("fails clearly on non-English text", () => {
    const es = "El presidente del Gobierno se reunió ayer con los líderes europeos en Bruselas. Las conversaciones se centraron en la guerra de Ucrania, la energía y la defensa común. Según varios diplomáticos, no se alcanzó ningún acuerdo sobre el presupuesto. Está prevista una nueva reunión el mes que viene en París.";
    const r = run(file("es.txt", es));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/English/);
  });

  it("never crashes on odd but valid input (lists, tables, one very long sentence)", () => {
    const odd = [
      "Budget table",
      "Item\tFY2024\tFY2025",
      "Defense\t$850 billion\t$895 billion",
      "- first point without a period",
      "* second point",
      "The committee, which met for " + "many long and tiring hours, ".repeat(80) + "finally adjourned.",
      "The Senate approved the measure 51 to 49 on Tuesday. President Biden said he would sign it. Critics said the bill would cost $1.2 trillion over ten years.",
    ].join("\n\n");
    const r = run(file("odd.txt", odd));
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("exits 2 on usage errors", () => {
    expect(run().code).toBe(2);
    expect(run(seed, "--count", "zero").code).toBe(2);
    expect(run(seed, "--format", "xml").code).toBe(2);
    expect(run(seed, "--bogus").code).toBe(2);
    expect(run(seed, "--all", "--count", "3").code).toBe(2);
  });
});
