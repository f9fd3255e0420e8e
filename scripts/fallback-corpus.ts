// The story fallback's findings over the events corpus's groups that are neither held out nor annotated (issue 14):
// the built CLI checks each group's articles alone, as gold:events checks an annotated group, and every finding the
// fallback makes ("tell it in alike words") is listed with its claims' sentences, to be read by hand. Held-out groups
// are skipped by name (heldOutGroups), annotated ones by the gold batches' file names. With --all, every finding is
// listed, not only the fallback's.
//   npm run build && npx tsx scripts/fallback-corpus.ts [--quiet] [--all]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

import { articlePath, CORPUS_FOLDERS, EVENTS, GOLD, goldBatches, groupOf, heldOutGroups } from './events-corpus';

const { values } = parseArgs({ options: { quiet: { type: 'boolean' }, all: { type: 'boolean' } } });
const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
/** The fallback's reason, in every finding it makes (mayDisagree's note in quantities.ts). */
const FALLBACK_NOTE = 'tell it in alike words';

interface Report {
  claims: Array<{ id: string; file: string; sentence: string; text: string }>;
  conflicts: Array<{ id: string; severity: string; subject: string; claims: string[]; message: string }>;
}

function main(): void {
  if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const skipped = heldOutGroups();
  for (const batch of goldBatches(undefined, false))
    for (const file of fs.readdirSync(path.join(GOLD, batch)))
      if (file.endsWith('.json')) skipped.add(file.slice(0, -'.json'.length));
  const groups = new Map<string, string[]>();
  for (const folder of CORPUS_FOLDERS)
    for (const file of fs.readdirSync(path.join(EVENTS, folder)).sort()) {
      const group = groupOf(file);
      if (group === null || skipped.has(group)) continue;
      groups.set(group, [...(groups.get(group) ?? []), file]);
    }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-fallback-corpus-'));
  let findings = 0;
  let checked = 0;
  for (const [group, files] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (files.length < 2) continue;
    checked++;
    const folder = path.join(work, group);
    fs.mkdirSync(folder);
    for (const file of files) fs.copyFileSync(articlePath(file), path.join(folder, file));
    const out = path.join(work, `${group}.json`);
    execFileSync(process.execPath, [CLI, 'check', folder, '--format', 'json', '--output', out], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
    const byId = new Map(report.claims.map((c) => [c.id, c]));
    for (const finding of report.conflicts) {
      if (!values.all && !finding.message.includes(FALLBACK_NOTE)) continue;
      findings++;
      console.log(`${group}: ${finding.message}`);
      if (values.quiet) continue;
      for (const id of finding.claims) {
        const claim = byId.get(id);
        if (claim) console.log(`    ${path.basename(claim.file)} [${claim.text}] ${claim.sentence}`);
      }
    }
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(
    `${values.all ? 'findings' : 'fallback findings'}: ${findings} over ${checked} groups (neither held out nor annotated)`,
  );
}

main();
