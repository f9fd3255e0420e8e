// Scores the conflict engine on hand-annotated same-event groups (test/gold/events/<batch>/<group>.json) with the
// shared scorer (../shared/eval/score_clusters.py), exactly as coverage outside this repository is measured: per
// group, the built CLI checks a folder holding only that group's articles, and the scorer reads its JSON.
//   tsx scripts/gold-events.ts [--heldout] [--batch dev,dev-2] [--keep DIR] [--verbose]
// Prints each batch's summary, then what the scorer does not count by severity (scripts/gold-events-info.py: the
// agreements and look-alikes an information finding pairs, the disagreements only information findings surface). Without --heldout only the batches rules may be tuned on are scored (those whose name
// does not start with "heldout"); with it, every batch, then the held-out batches pooled.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { articlePath, GOLD, goldBatches } from './events-corpus';

const { values } = parseArgs({
  options: {
    batch: { type: 'string' },
    heldout: { type: 'boolean' },
    keep: { type: 'string' },
    verbose: { type: 'boolean' },
  },
});
const ROOT = path.join(__dirname, '..');
const SCORER = path.join(ROOT, '..', 'shared', 'eval', 'score_clusters.py');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const INFO = path.join(__dirname, 'gold-events-info.py');

interface Group {
  cluster: string;
  files: string[];
}

function groupsOf(batch: string): Array<{ name: string; json: string; group: Group }> {
  const dir = path.join(GOLD, batch);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const json = path.join(dir, f);
      return { name: f.slice(0, -'.json'.length), json, group: JSON.parse(fs.readFileSync(json, 'utf8')) as Group };
    });
}

/** Runs the CLI on one group's articles alone and writes its JSON report to `result`. */
function check(group: Group, work: string, result: string): void {
  const folder = path.join(work, 'articles', group.cluster);
  fs.mkdirSync(folder, { recursive: true });
  for (const file of group.files) fs.copyFileSync(articlePath(file), path.join(folder, file));
  execFileSync(process.execPath, [CLI, 'check', folder, '--format', 'json', '--output', result], {
    cwd: work,
    stdio: 'inherit',
  });
}

/** Runs the shared scorer over expectations and results; returns its output (it exits 1 below target: not an error here). */
function score(expected: string, results: string): string {
  try {
    return execFileSync('python3', [SCORER, expected, results], { encoding: 'utf8' });
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    if (typeof out === 'string' && out.includes('held-out clusters:')) return out;
    throw error;
  }
}

/** The severity-aware counts of gold-events-info.py over expectations and results. */
function severities(expected: string, results: string): string {
  return execFileSync('python3', [INFO, SCORER, expected, results], { encoding: 'utf8' }).trimEnd();
}

function summary(output: string): string {
  return values.verbose ? output.trimEnd() : output.trimEnd().split('\n').pop()!;
}

function main(): void {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const work = values.keep
    ? path.resolve(values.keep)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-gold-events-'));
  const pooled = { expected: path.join(work, 'pooled', 'expected'), results: path.join(work, 'pooled', 'results') };
  fs.mkdirSync(pooled.expected, { recursive: true });
  fs.mkdirSync(pooled.results, { recursive: true });
  let heldOut = 0;
  for (const batch of goldBatches(values.batch?.split(','), values.heldout === true)) {
    const expected = path.join(work, batch, 'expected');
    const results = path.join(work, batch, 'results');
    fs.mkdirSync(expected, { recursive: true });
    fs.mkdirSync(results, { recursive: true });
    for (const { name, json, group } of groupsOf(batch)) {
      fs.copyFileSync(json, path.join(expected, `${name}.json`));
      check(group, work, path.join(results, `${name}.json`));
      if (batch.startsWith('heldout')) {
        heldOut += 1;
        fs.copyFileSync(json, path.join(pooled.expected, `${name}.json`));
        fs.copyFileSync(path.join(results, `${name}.json`), path.join(pooled.results, `${name}.json`));
      }
    }
    console.log(`${batch}: ${summary(score(expected, results))}`);
    console.log(`${' '.repeat(batch.length)}  ${severities(expected, results)}`);
  }
  if (heldOut > 0) {
    console.log(
      `pooled held-out batches (${heldOut} groups): ${summary(score(pooled.expected, pooled.results)).split('\n').pop()}`,
    );
    console.log(`  ${severities(pooled.expected, pooled.results)}`);
  }
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}

main();
