// Why each claim is kept from comparison (PreparedClaim.excluded), over the dev groups, the rest of the non-held-out
// same-event corpus and BBC (held-out groups skipped: heldOutGroups()), to audit a rule that changes it.
//   tsx scripts/excluded-audit.ts OUT.jsonl                 one JSON line per prepared claim
//   tsx scripts/excluded-audit.ts OUT.jsonl --diff OLD.jsonl  also: each claim whose `excluded` changed, and counts
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../server/src/core';
import { defaultConfig } from '../server/src/core/config';
import { prepareDocument, UnitCanon } from '../server/src/core/conflicts/prepare';
import { GOLD, goldBatches, groupOf, heldOutGroups } from './events-corpus';

const { values, positionals } = parseArgs({ options: { diff: { type: 'string' } }, allowPositionals: true });
const SHARED = path.join(__dirname, '..', '..', 'shared', 'corpus');
const HELD_OUT = heldOutGroups();
const DEV = new Set(
  goldBatches(undefined, false).flatMap((batch) =>
    fs
      .readdirSync(path.join(GOLD, batch))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length)),
  ),
);

interface Row {
  set: string;
  file: string;
  id: string;
  text: string;
  bucket: string;
  excluded: string | null;
  sentence: string;
}

const files: Array<[string, string]> = [];
for (const folder of ['multinews', 'ecbplus']) {
  const dir = path.join(SHARED, 'events', folder);
  for (const f of fs.readdirSync(dir).sort()) {
    const group = groupOf(f) ?? f;
    if (HELD_OUT.has(group)) continue;
    files.push([DEV.has(group) ? 'dev' : 'corpus', path.join(dir, f)]);
  }
}
const bbc = path.join(SHARED, 'bbc');
for (const f of fs.readdirSync(bbc).sort()) files.push(['bbc', path.join(bbc, f)]);

const config = defaultConfig();
const canon = new UnitCanon(config.synonyms);
const rows: Row[] = [];
for (const [set, file] of files) {
  const doc = prepareDocument(analyzeDocument(fs.readFileSync(file, 'utf8'), path.basename(file)), config, canon);
  for (const c of doc.claims)
    rows.push({
      set,
      file: path.basename(file),
      id: c.claim.id,
      text: c.claim.text,
      bucket: c.bucket,
      excluded: c.excluded,
      sentence: c.claim.sentence,
    });
}
fs.writeFileSync(positionals[0], rows.map((r) => JSON.stringify(r)).join('\n') + '\n');

if (values.diff) {
  const old = new Map<string, Row>();
  for (const line of fs.readFileSync(values.diff, 'utf8').split('\n'))
    if (line) {
      const row = JSON.parse(line) as Row;
      old.set(`${row.file}|${row.id}`, row);
    }
  const counts = new Map<string, number>();
  for (const row of rows) {
    const before = old.get(`${row.file}|${row.id}`);
    if (!before || before.excluded === row.excluded) continue;
    const key = `${row.set}: ${before.excluded} -> ${row.excluded}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    console.log(`[${row.set}] ${row.file} "${row.text}" ${row.bucket} ${before.excluded} -> ${row.excluded}`);
    console.log(`    ${row.sentence.slice(0, 240)}`);
  }
  for (const [key, n] of [...counts].sort()) console.log(`${key}: ${n}`);
}
