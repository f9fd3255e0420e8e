// Extractor throughput: analyzeDocument over the BBC corpus (and the seeds), in MB/s on one core, then the conflict
// engine (detectFindings over those analyses) and both together: the figure issue 14 names. analyzeDocument is the
// core's, as the CLI and the server run it (the extractor, then the inline markers and the document's keywords).
// `npm run bench:extract` times the core as it ships: it bundles this file with esbuild (as `npm run build` bundles
// the CLI, the server and the indexing worker) into .e2e/bench-build/extract-speed.js and runs that with plain node,
// one thread, default V8 flags. (Under tsx every imported binding is a getter call: about 10% slower, a cost the
// bundles never pay. `npx tsx bench/extract-speed.ts` still runs, for a quick look without building.)
//   npm run bench:extract                 timing only
//   npm run bench:extract -- --dump FILE   also write every analysis as JSON (to compare outputs byte for byte)
//   npm run bench:extract -- --markdown    read every text as a .md file (what Markdown parsing costs)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../server/src/core/index';
import { detectFindings } from '../server/src/core/conflicts/index';

const corpusDir = process.env.CROSSCHECK_CORPUS ?? '/work/shared/corpus/bbc';
const seedsDir = process.env.CROSSCHECK_SEEDS ?? '/work/shared/seeds';
const dumpAt = process.argv.indexOf('--dump');
const dumpPath = dumpAt >= 0 ? process.argv[dumpAt + 1] : null;
const rounds = Number(process.env.ROUNDS ?? 5);

function textsOf(dir: string): Array<{ file: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const asMarkdown = process.argv.includes('--markdown');
const docs = [...textsOf(seedsDir).filter((d) => d.file !== 'EXPECTED.md'), ...textsOf(corpusDir)].map((d) =>
  asMarkdown ? { file: d.file.replace(/\.txt$/, '.md'), text: d.text } : d,
);
if (!docs.length) throw new Error(`no texts in ${corpusDir}`);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);

if (dumpPath) {
  const out = docs.map((d) => analyzeDocument(d.text, d.file));
  writeFileSync(dumpPath, JSON.stringify(out));
  console.log(`wrote ${docs.length} analyses to ${dumpPath}`);
}

function cpuSeconds(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1e6;
}

// Warm up, then time several rounds and report the best (least disturbed by other load) and the median.
const analyses = docs.map((d) => analyzeDocument(d.text, d.file));
const findings = detectFindings(analyses).length;
const times: number[] = [];
const engineTimes: number[] = [];
const totalTimes: number[] = [];
for (let r = 0; r < rounds; r++) {
  const extraction = cpuSeconds(() => {
    for (const d of docs) analyzeDocument(d.text, d.file);
  });
  const engine = cpuSeconds(() => detectFindings(analyses));
  times.push(extraction);
  engineTimes.push(engine);
  totalTimes.push(extraction + engine);
}
const byValue = (a: number, b: number) => a - b;
const medianOf = (xs: number[]) => [...xs].sort(byValue)[Math.floor(xs.length / 2)];
times.sort(byValue);
const mb = bytes / 1e6;
const best = times[0];
const median = times[Math.floor(times.length / 2)];
console.log(`${docs.length} texts, ${mb.toFixed(2)} MB, ${rounds} rounds (CPU time)`);
console.log(
  `best   ${best.toFixed(3)} s  ${(mb / best).toFixed(1)} MB/s  ${((best * 1000) / docs.length).toFixed(3)} ms/text`,
);
console.log(`median ${median.toFixed(3)} s  ${(mb / median).toFixed(1)} MB/s`);
const engineMedian = medianOf(engineTimes);
const totalMedian = medianOf(totalTimes);
console.log(`engine median ${engineMedian.toFixed(3)} s  (detectFindings, ${findings} findings)`);
console.log(`extraction + engine median ${totalMedian.toFixed(3)} s  ${(mb / totalMedian).toFixed(1)} MB/s`);
