// How often two reports of one event that count the same thing land in one story (issue 14). The core reads each
// same-event group of the events corpus (../shared/corpus/events: ECB+ `<topic>_<n>ecb` / `<topic>_<n>ecbplus`, Multi-News
// `row<NNN>`), prepares its documents as the engine does, and groups each bucket's documents into stories
// (storyGroups). Every pair of files of the group with claims in one bucket should be in one story: the figure is
// "file pairs of one event in one story / all such pairs", and each split pair is listed with the names the two
// fingerprints share. The held-out groups are skipped by name. With --whole, every non-held-out events file and
// every BBC article are prepared together (one workspace, as `gold:cross` checks it) and the same pairs are counted
// there.
// --explain adds, for each split pair, the other members of each file's story.
//   npx tsx scripts/story-pairs.ts [--whole] [--quiet] [--explain]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

import { analyzeDocument, defaultConfig } from '../server/src/core';
import { prepareDocument, UnitCanon, type PreparedDoc } from '../server/src/core/conflicts/prepare';
import { storyGroups } from '../server/src/core/conflicts/stories';
import { CORPUS_FOLDERS, EVENTS, groupOf, heldOutGroups } from './events-corpus';

const { values } = parseArgs({
  options: { whole: { type: 'boolean' }, quiet: { type: 'boolean' }, explain: { type: 'boolean' } },
});
const CORPUS = path.join(__dirname, '..', '..', 'shared', 'corpus');

const HELD_OUT = heldOutGroups();

const groups = new Map<string, string[]>();
for (const folder of CORPUS_FOLDERS) {
  for (const file of fs.readdirSync(path.join(EVENTS, folder)).sort()) {
    const group = groupOf(file);
    if (group === null || HELD_OUT.has(group)) continue;
    const files = groups.get(group) ?? [];
    files.push(path.join(folder, file));
    groups.set(group, files);
  }
}

const config = defaultConfig();
const canon = new UnitCanon(config.synonyms);
const prepare = (full: string, name: string): PreparedDoc =>
  prepareDocument(analyzeDocument(fs.readFileSync(full, 'utf8'), name), config, canon);

let together = 0;
let pairs = 0;
const split: string[] = [];

/** Counts, in each bucket, the pairs of one group's files in one story of `docs` (the group's or the whole corpus's). */
function countPairs(group: string, docs: PreparedDoc[], inGroup: (doc: PreparedDoc) => boolean): void {
  const buckets = new Set<string>();
  for (const doc of docs) if (inGroup(doc)) for (const bucket of doc.countedClaims.keys()) buckets.add(bucket);
  for (const bucket of [...buckets].sort()) {
    const members = docs.filter((doc) => (doc.countedClaims.get(bucket)?.length ?? 0) > 0);
    const mine = members.filter(inGroup);
    if (mine.length < 2) continue;
    const stories = storyGroups(members.map((doc) => ({ file: doc.file, fingerprint: doc.fingerprint })));
    const storyOf = new Map<string, number>();
    stories.forEach((story, s) => story.forEach((doc) => storyOf.set(doc.file, s)));
    for (let i = 0; i < mine.length; i++) {
      for (let j = i + 1; j < mine.length; j++) {
        pairs++;
        const [a, b] = [mine[i], mine[j]];
        if (storyOf.get(a.file) === storyOf.get(b.file)) {
          together++;
          continue;
        }
        const shared = [...a.fingerprint].filter((name) => b.fingerprint.has(name));
        const storyText = (doc: PreparedDoc) => {
          const story = stories[storyOf.get(doc.file)!];
          const others = story.filter((d) => d.file !== doc.file).map((d) => path.basename(d.file));
          return `${others.length} others${others.length ? `: ${others.slice(0, 4).join(' ')}${others.length > 4 ? ' ...' : ''}` : ''}`;
        };
        split.push(
          `${group}\t${bucket}\t${path.basename(a.file)} (${a.fingerprint.size}) ~ ${path.basename(b.file)} (${b.fingerprint.size})` +
            `\tshare ${shared.length}: ${shared.join(' ')}` +
            (values.explain
              ? `\n\tstory of ${path.basename(a.file)}: ${storyText(a)}\n\tstory of ${path.basename(b.file)}: ${storyText(b)}`
              : ''),
        );
      }
    }
  }
}

if (values.whole) {
  const docs: PreparedDoc[] = [];
  const groupOfFile = new Map<string, string>();
  for (const [group, files] of groups) {
    for (const file of files) {
      docs.push(prepare(path.join(EVENTS, file), file));
      groupOfFile.set(file, group);
    }
  }
  for (const file of fs.readdirSync(path.join(CORPUS, 'bbc'), { recursive: true }).map(String).sort()) {
    if (file.endsWith('.txt')) docs.push(prepare(path.join(CORPUS, 'bbc', file), path.join('bbc', file)));
  }
  for (const group of groups.keys()) countPairs(group, docs, (doc) => groupOfFile.get(doc.file) === group);
} else {
  for (const [group, files] of groups) {
    const docs = files.map((file) => prepare(path.join(EVENTS, file), file));
    countPairs(group, docs, () => true);
  }
}

if (!values.quiet) for (const line of split) console.log(line);
console.log(
  `${groups.size} groups (held-out skipped)${values.whole ? ', prepared with BBC in one workspace' : ''}: ` +
    `file pairs of one event in one story ${together}/${pairs} (${((100 * together) / Math.max(1, pairs)).toFixed(1)}%), split ${pairs - together}`,
);
