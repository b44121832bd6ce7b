// Knowledge-base benchmark: cold load (JSON import + index build), heap, and lookups per second.
// Run: npm run bench:kb. Numbers are for this machine; the load happens once per process.
const heapBefore = process.memoryUsage().heapUsed;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { getKb, KB_VERSION } = await import("../lib/questions/kb/index");
const tImport = performance.now();
const cpu1 = process.cpuUsage();
const kb = getKb();
const tBuild = performance.now();
const cpu2 = process.cpuUsage();
const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => ((b.user - a.user + b.system - a.system) / 1000).toFixed(0);
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

const queries: (() => unknown)[] = [
  () => kb.person("Antony J. Blinken"),
  () => kb.person("Xi Jinping"),
  () => kb.person("Chuck Schumer"),
  () => kb.place("the People's Republic of China"),
  () => kb.place("Guam"),
  () => kb.org("the State Department"),
  () => kb.office("Sen."),
  () => kb.countryOfDemonym("Chinese"),
  () => kb.firstNameGender("Nancy"),
  () => kb.nounClass("senator"),
  () => kb.holders("Secretary of State", { year: 2024 }),
  () => kb.peopleInGroup("us-senator", { year: 2020, gender: "f", limit: 10 }),
];
let n = 0;
const t1 = performance.now();
let sink = 0;
while (performance.now() - t1 < 1000)
  for (const q of queries) {
    if (q() !== undefined) sink++;
    n++;
  }
const secs = (performance.now() - t1) / 1000;
const s = kb.stats();
console.log(`KB ${KB_VERSION} (${sink > 0 ? "answers found" : "no answers"})`);
console.log(`cold load: ${(tBuild - t0).toFixed(0)} ms wall (JSON import ${(tImport - t0).toFixed(0)} ms, index build ${(tBuild - tImport).toFixed(0)} ms)`);
console.log(`cold load CPU: ${cpuMs(cpu0, cpu2)} ms (import ${cpuMs(cpu0, cpu1)} ms incl. tsx transform, index build ${cpuMs(cpu1, cpu2)} ms); load average ${(await import("node:os")).loadavg()[0].toFixed(1)}`);
console.log(`heap: +${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB (total ${(heapAfter / 1048576).toFixed(1)} MB)`);
console.log(`lookups: ${Math.round(n / secs).toLocaleString("en-US")}/s (mixed: person, place, org, office, demonym, name, noun, holders, peopleInGroup)`);
console.log(`entries: people ${s.people} (curated ${s.curatedPeople}), places ${s.places}, orgs ${s.orgs}, offices ${s.offices}, names ${s.maleNames + s.femaleNames}, nouns ${s.nouns}`);

export {};
