// Reads set F's HTML with the product's own reader: npx tsx docs/quality/2026-12-04-engine14-setF/to-text.ts IN OUT
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cleanArticleText } from "../../../lib/questions/clean";
const [inDir, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(inDir).filter((x) => x.endsWith(".html"))) writeFileSync(`${outDir}/${f.replace(/\.html$/, ".txt")}`, cleanArticleText(readFileSync(`${inDir}/${f}`, "utf8"), "html"));
