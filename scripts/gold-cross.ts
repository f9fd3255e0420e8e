// Counts findings that link two different events ("between stories"): the built CLI checks the whole events corpus
// and the BBC corpus (../shared/corpus), and every warning or error whose claims come from more than one event is
// counted. Events: ECB+ `<topic>_<n>ecb` and `<topic>_<n>ecbplus` are two events per topic; Multi-News files of one
// `row<NNN>` are one story; each BBC article is its own story (articles with the same title line are one).
//   tsx scripts/gold-cross.ts [--verbose] [--max-per-1000 N]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { verbose: { type: 'boolean' } } });
const ROOT = path.join(__dirname, '..');
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface Report {
  files: string[];
  claims: Array<{ id: string; file: string; sentence: string; text: string }>;
  eventDates?: Array<{ id: string; file: string }>;
  conflicts: Array<{ id: string; severity: string; subject: string; claims: string[]; message: string }>;
}

const titles = new Map<string, string>();

/** The event a file reports, from its path in the shared corpus. */
function eventOf(file: string): string {
  const base = path.basename(file);
  const ecb = /^(\d+)_\d+(ecbplus|ecb)\.txt$/.exec(base);
  if (ecb) return `${ecb[2]}-${ecb[1]}`;
  const mn = /^mnsample-test-row(\d+)-doc\d+\.txt$/.exec(base);
  if (mn) return `mn-${mn[1]}`;
  let title = titles.get(file);
  if (title === undefined) {
    const full = path.isAbsolute(file) ? file : path.join(ROOT, file);
    title = `bbc:${fs.readFileSync(full, 'utf8').split('\n', 1)[0].trim().toLowerCase()}`;
    titles.set(file, title);
  }
  return title;
}

function main(): void {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-cross-')), 'report.json');
  execFileSync(
    process.execPath,
    [CLI, 'check', path.join(CORPUS, 'events'), path.join(CORPUS, 'bbc'), '--format', 'json', '--output', out],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const fileOf = new Map([...report.claims, ...(report.eventDates ?? [])].map((c) => [c.id, c.file]));
  let warnings = 0;
  const linking: Report['conflicts'] = [];
  for (const finding of report.conflicts) {
    if (finding.severity !== 'warning' && finding.severity !== 'error') continue;
    warnings += 1;
    const events = new Set(
      finding.claims
        .map((id) => fileOf.get(id))
        .filter((f): f is string => !!f)
        .map(eventOf),
    );
    if (events.size > 1) linking.push(finding);
  }
  if (values.verbose) for (const f of linking) console.log(`  ${f.id}: ${f.message}`);
  const per1000 = (linking.length / report.files.length) * 1000;
  console.log(
    `between stories: ${linking.length} warnings link two different events over ${report.files.length} articles ` +
      `(${per1000.toFixed(2)} per 1,000; target <= 1); ${warnings} warnings in all`,
  );
}

main();
