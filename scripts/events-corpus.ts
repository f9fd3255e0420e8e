// The same-event corpus (../shared/corpus/events) and its hand-annotated groups (test/gold/events), as every script
// that reads them must see them: which group a file reports, where an article lives, which batches and groups are
// held out (never read while rules are written: every group of a batch named "heldout...").
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
export const GOLD = path.join(ROOT, 'test', 'gold', 'events');
export const EVENTS = path.join(ROOT, '..', 'shared', 'corpus', 'events');
export const CORPUS_FOLDERS = ['ecbplus', 'multinews'] as const;

/** The event group a corpus file reports (`ecb-4`, `ecbplus-4`, `mn-086`), or null for another file. */
export function groupOf(file: string): string | null {
  const ecb = /^(\d+)_\d+(ecbplus|ecb)\.txt$/.exec(file);
  if (ecb) return `${ecb[2]}-${ecb[1]}`;
  const mn = /^mnsample-test-row(\d+)-doc\d+\.txt$/.exec(file);
  return mn ? `mn-${mn[1]}` : null;
}

/** Where a group's article lives in the shared corpus, from its file name. */
export function articlePath(file: string): string {
  return path.join(EVENTS, file.startsWith('mnsample-') ? 'multinews' : 'ecbplus', file);
}

/** The annotated batches, sorted: those named in `wanted` (all when absent), held-out ones only with `heldOut`. */
export function goldBatches(wanted: string[] | undefined, heldOut: boolean): string[] {
  return fs
    .readdirSync(GOLD, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .filter((b) => (wanted ? wanted.includes(b) : true) && (heldOut || !b.startsWith('heldout')));
}

/** The groups of every held-out batch: never read by a script that informs a rule. */
export function heldOutGroups(): Set<string> {
  return new Set(
    goldBatches(undefined, true)
      .filter((batch) => batch.startsWith('heldout'))
      .flatMap((batch) => fs.readdirSync(path.join(GOLD, batch)))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length)),
  );
}
