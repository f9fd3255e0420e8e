// One set under two nouns: over the non-held-out same-event corpus (or dev groups, or BBC), pairs of counts in two
// files of one group whose counted nouns differ, whose figures differ and are near (at most twice apart), with one
// event or an event on one side only: the pairs a fallback across nouns could pair. Printed with their sentences,
// for reading by hand (one set under two names, or two sets).
//   tsx scripts/near-nouns.ts [--dev] [--limit N]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../server/src/core';
import { defaultConfig } from '../server/src/core/config';
import {
  CROSS_BUCKET,
  prepareDocument,
  roleOfPeople,
  UnitCanon,
  type PreparedClaim,
} from '../server/src/core/conflicts/prepare';
import { explainApart } from '../server/src/core/conflicts/quantities';
import { kindOf } from '../server/src/core/conflicts/kinds';
import { articlePath, GOLD, goldBatches, groupOf, heldOutGroups } from './events-corpus';

const { values } = parseArgs({
  options: { dev: { type: 'boolean' }, limit: { type: 'string' }, roles: { type: 'boolean' } },
});
const ROOT = path.join(__dirname, '..');
const HELD_OUT = heldOutGroups();

function groups(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (values.dev) {
    for (const batch of goldBatches(undefined, false))
      for (const f of fs.readdirSync(path.join(GOLD, batch)).filter((f) => f.endsWith('.json'))) {
        const g = JSON.parse(fs.readFileSync(path.join(GOLD, batch, f), 'utf8')) as { files: string[] };
        out.set(`${batch}/${f.slice(0, -5)}`, g.files.map(articlePath));
      }
    return out;
  }
  for (const folder of ['multinews', 'ecbplus']) {
    const dir = path.join(ROOT, '..', 'shared', 'corpus', 'events', folder);
    for (const f of fs.readdirSync(dir).sort()) {
      const g = groupOf(f) ?? f;
      if (HELD_OUT.has(g)) continue;
      out.set(g, [...(out.get(g) ?? []), path.join(dir, f)]);
    }
  }
  return out;
}

const config = defaultConfig();
const canon = new UnitCanon(config.synonyms);
const stated = (c: PreparedClaim): number => {
  const s = c.claim.value.stated;
  return Array.isArray(s) ? s[0] : s;
};
const counts = (claims: PreparedClaim[]): PreparedClaim[] =>
  claims.filter(
    (c) => c.excluded === null && !c.measure && c.claim.quantityKind === 'count' && c.tally === null && stated(c) >= 2,
  );
const show = (c: PreparedClaim): string =>
  `${c.figure} [${c.frame.measured ?? c.unit}|${c.event || '-'}] ${c.claim.sentence.replace(/\s+/g, ' ').slice(0, 220)}`;
let n = 0;
const limit = Number(values.limit ?? 1e9);
for (const [g, files] of groups()) {
  const docs = files.map((f) =>
    prepareDocument(analyzeDocument(fs.readFileSync(f, 'utf8'), path.basename(f)), config, canon),
  );
  const seen = new Set<string>();
  for (const [i, d] of docs.entries())
    for (const e of docs.slice(i + 1))
      for (const a of counts(d.claims))
        for (const b of counts(e.claims)) {
          if (a.unit === b.unit) continue;
          const [x, y] = [stated(a), stated(b)];
          if (x === y || Math.max(x, y) > 2 * Math.min(x, y)) continue;
          if (a.event !== b.event && a.event !== '' && b.event !== '') continue;
          const k = [a.unit, b.unit, x, y].join('|');
          if (seen.has(k)) continue;
          seen.add(k);
          // With --roles, only a count of people and one by a role its report uses of people, and what the fallback
          // across nouns says of them.
          const people = (c: PreparedClaim) => kindOf(c.unit)?.any === true && kindOf(c.unit)?.kind === 'person';
          const roles = (p: PreparedClaim, r: PreparedClaim) => people(p) && roleOfPeople(r);
          if (values.roles && !roles(a, b) && !roles(b, a)) continue;
          if (n++ >= limit) continue;
          const why = values.roles
            ? ` :: ${explainApart(
                CROSS_BUCKET,
                docs
                  .map((doc) => ({ doc, claims: doc.countedClaims.get(CROSS_BUCKET) ?? [] }))
                  .filter((m) => m.claims.length > 0),
                a,
                b,
              )}`
            : '';
          console.log(`${g} ${a.unit} ~ ${b.unit}${why}\n\tA ${show(a)}\n\tB ${show(b)}`);
        }
}
console.error(`${n} pairs`);
