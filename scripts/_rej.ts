import { readFileSync } from "node:fs";
import { candidateBank } from "../lib/questions/index";
import { cleanArticleText } from "../lib/questions/clean";
const { candidates, rejected } = candidateBank(cleanArticleText(readFileSync(process.argv[2], "utf8")));
const by: Record<string, number> = {};
for (const r of rejected) by[`${r.candidate.type}:${r.reason}`] = (by[`${r.candidate.type}:${r.reason}`] ?? 0) + 1;
console.log("kept", candidates.length, "below 0.36:", candidates.filter(c=>c.score<0.36).length, JSON.stringify(by));
if (process.argv[3]) for (const r of rejected.filter(r => r.reason === process.argv[3]).slice(0, 12)) console.log(r.candidate.type, "|", r.candidate.prompt.slice(0, 160));
