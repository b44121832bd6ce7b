import { splitSentences } from "./sentences";
import { extractEntities } from "./entities";
const s = splitSentences("Preserving it was at the heart of a meeting between Secretary of State Antony J. Blinken and China’s leader, Xi Jinping, in Beijing on Friday.");
console.log(s[0].norm, extractEntities(s).mentions);
