/**
 * Question generation CLI:
 *   npm run -s questions -- <article.txt> [--count N | --all] [--seed S] [--format json|text] [--title T]
 * Exit codes: 0 ok, 1 bad or unreadable input, 2 usage error.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { ArticleError, cleanArticleText, generateQuestions, type GeneratedQuestion } from "../lib/questions/index";

const USAGE = "usage: npm run -s questions -- <article.txt|.md|.html> [--count N | --all] [--seed S] [--format json|text] [--title T]";

function usage(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

function fail(msg: string): never {
  process.stderr.write(`error: ${msg}\n`);
  process.exit(1);
}

interface Args { file: string; count?: number; all: boolean; seed?: string; format: "json" | "text"; title?: string }

function parseArgs(argv: string[]): Args {
  const args: Partial<Args> & { all: boolean; format: "json" | "text" } = { all: false, format: "json" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === "--count" || a === "-n") {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 500) usage("--count must be a whole number from 1 to 500");
      args.count = n;
    } else if (a === "--all") args.all = true;
    else if (a === "--seed") args.seed = value();
    else if (a === "--title") args.title = value();
    else if (a === "--format") {
      const f = value();
      if (f !== "json" && f !== "text") usage("--format must be json or text");
      args.format = f;
    } else if (a === "--help" || a === "-h") {
      process.stdout.write(USAGE + "\n");
      process.exit(0);
    } else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else if (args.file) usage(`unexpected argument ${a}`);
    else args.file = a;
  }
  if (!args.file) usage("missing article file");
  if (args.all && args.count !== undefined) usage("use either --count or --all, not both");
  return args as Args;
}

function readArticle(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String((e as Error).message);
    fail(`cannot read ${file}: ${why}`);
  }
  if (buf.length === 0) fail(`${file} is empty`);
  if (buf.includes(0)) fail(`${file} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    fail(`${file} is not valid UTF-8 text`);
  }
  const ext = extname(file).toLowerCase();
  const format = ext === ".html" || ext === ".htm" ? "html" : ext === ".md" || ext === ".markdown" ? "markdown" : "text";
  return cleanArticleText(text, format);
}

function asText(title: string, qs: GeneratedQuestion[]): string {
  const lines = [title, ""];
  qs.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}, difficulty ${q.difficulty}, score ${q.score}] ${q.prompt}`);
    q.choices.forEach((c, k) => lines.push(`   ${String.fromCharCode(65 + k)}. ${c}${c === q.answer ? "   <- answer" : ""}`));
    lines.push(`   Evidence: ${q.evidence}`, `   Explanation: ${q.explanation}`, "");
  });
  return lines.join("\n");
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const text = readArticle(args.file);
  try {
    const result = generateQuestions(text, { count: args.count, all: args.all, seed: args.seed, title: args.title });
    const out = args.format === "json" ? JSON.stringify({ article: result.article, questions: result.questions }, null, 2) : asText(result.article.title, result.questions);
    process.stdout.write(out + "\n");
  } catch (e) {
    if (e instanceof ArticleError) fail(e.message);
    fail(`could not generate questions: ${(e as Error).message}`);
  }
}

main();
