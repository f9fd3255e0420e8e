// The findings of one set under two nouns (the fallback across things counted: "may be one set") over the
// non-held-out same-event groups, each group checked alone, with the sentences of their figures, for reading by hand.
//   tsx scripts/cross-findings.ts [--unannotated]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument, detectFindings, type DocumentAnalysis } from '../server/src/core';
import { GOLD, goldBatches, groupOf, heldOutGroups } from './events-corpus';

const { values } = parseArgs({ options: { unannotated: { type: 'boolean' } } });
const ROOT = path.join(__dirname, '..');
const HELD_OUT = heldOutGroups();
const annotated = new Set(
  goldBatches(undefined, false).flatMap((b) =>
    fs
      .readdirSync(path.join(GOLD, b))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5)),
  ),
);
const groups = new Map<string, string[]>();
for (const folder of ['multinews', 'ecbplus']) {
  const dir = path.join(ROOT, '..', 'shared', 'corpus', 'events', folder);
  for (const f of fs.readdirSync(dir).sort()) {
    const g = groupOf(f) ?? f;
    if (HELD_OUT.has(g) || (values.unannotated && annotated.has(g))) continue;
    groups.set(g, [...(groups.get(g) ?? []), path.join(dir, f)]);
  }
}
let found = 0;
for (const [g, files] of groups) {
  const docs: DocumentAnalysis[] = files.map((f) => analyzeDocument(fs.readFileSync(f, 'utf8'), path.basename(f)));
  const claims = new Map(docs.flatMap((d) => d.claims.map((c) => [c.id, c] as const)));
  for (const finding of detectFindings(docs)) {
    if (!finding.message.includes('may be one set')) continue;
    found++;
    console.log(`${g}: ${finding.message}`);
    for (const id of finding.claims) {
      const c = claims.get(id)!;
      console.log(`\t${c.text} | ${c.sentence.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }
}
console.error(`${found} findings over ${groups.size} groups`);
