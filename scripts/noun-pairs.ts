// Which counted nouns outlets use for one set: over the non-held-out same-event corpus, pairs of counts in two files
// of one group with the same figure and event but different counted nouns (agreement across wording), and pairs
// with the same event and different figures and nouns in one file (two groups one text tells apart).
//   tsx scripts/noun-pairs.ts [--bbc] [--examples]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../server/src/core';
import { singular } from '../server/src/core/extract/quantities';
import { defaultConfig } from '../server/src/core/config';
import {
  distinctSets,
  namedAlike,
  prepareDocument,
  UnitCanon,
  type PreparedClaim,
  type PreparedDoc,
} from '../server/src/core/conflicts/prepare';
import { groupOf, heldOutGroups } from './events-corpus';

const { values } = parseArgs({ options: { bbc: { type: 'boolean' }, examples: { type: 'boolean' } } });
const ROOT = path.join(__dirname, '..');
const SHARED = path.join(ROOT, '..', 'shared', 'corpus');
const HELD_OUT = heldOutGroups();

function groups(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (values.bbc) {
    const bbc = path.join(SHARED, 'bbc');
    for (const f of fs.readdirSync(bbc).sort()) out.set(f, [path.join(bbc, f)]);
    return out;
  }
  for (const folder of ['multinews', 'ecbplus']) {
    const dir = path.join(SHARED, 'events', folder);
    for (const f of fs.readdirSync(dir).sort()) {
      const g = groupOf(f) ?? f;
      if (HELD_OUT.has(g)) continue;
      const list = out.get(g) ?? [];
      list.push(path.join(dir, f));
      out.set(g, list);
    }
  }
  return out;
}

const config = defaultConfig();
const canon = new UnitCanon(config.synonyms);
const same = new Map<string, string[]>();
const apart = new Map<string, string[]>();
const key = (a: string, b: string): string => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);
/** Pairs the engine may compare (one bucket, not two sets), by table. */
const compared = new Map<Map<string, string[]>, number>();
const pairOf = (m: Map<string, string[]>, a: PreparedClaim, b: PreparedClaim, ex: string): void => {
  // As the engine reads them: one bucket, not two sets, and near figures unless named alike (NEAR_RATIO).
  const near = Math.max(stated(a), stated(b)) <= 1.5 * Math.min(stated(a), stated(b));
  const may = a.bucket === b.bucket && !distinctSets(a, b) && (namedAlike(a, b) || near);
  if (may) compared.set(m, (compared.get(m) ?? 0) + 1);
  add(m, key(noun(a), noun(b)), `${may ? '[compared] ' : ''}${ex}`);
};
/** The counted noun as written (before synonyms), singular. */
const noun = (c: PreparedClaim): string => (c.claim.unitKey ? singular(c.claim.unitKey) : c.unit);
const add = (m: Map<string, string[]>, k: string, ex: string): void => {
  const l = m.get(k) ?? [];
  l.push(ex);
  m.set(k, l);
};
const counts = (d: PreparedDoc): PreparedClaim[] =>
  d.claims.filter((c) => c.excluded === null && !c.measure && c.claim.quantityKind === 'count' && c.event !== '');
const stated = (c: PreparedClaim): number => {
  const s = c.claim.value.stated;
  return Array.isArray(s) ? s[0] : s;
};
const show = (c: PreparedClaim): string => `${c.figure} ${c.unit}/${c.event}: ${c.claim.sentence.slice(0, 160)}`;

const byFigure = new Map<string, Array<[string, PreparedClaim]>>();
for (const [g, files] of groups()) {
  const docs = files.map((f) =>
    prepareDocument(analyzeDocument(fs.readFileSync(f, 'utf8'), path.basename(f)), config, canon),
  );
  for (const [i, d] of docs.entries()) {
    const cs = counts(d);
    // one file: same event, different figures and nouns (two sets it tells apart)
    for (const [j, a] of cs.entries())
      for (const b of cs.slice(j + 1))
        if (noun(a) !== noun(b) && a.event === b.event && stated(a) !== stated(b) && stated(a) > 1 && stated(b) > 1)
          pairOf(apart, a, b, `${g} ${show(a)} || ${show(b)}`);
    if (values.bbc)
      for (const a of cs)
        if (stated(a) >= 20) {
          const k = `${g.split('_')[0]}|${a.event}|${stated(a)}`;
          const l = byFigure.get(k) ?? [];
          l.push([g, a]);
          byFigure.set(k, l);
        }
    const others = values.bbc ? [d] : docs.slice(i + 1);
    for (const e of others)
      for (const a of cs)
        for (const b of counts(e))
          if (a !== b && noun(a) !== noun(b) && a.event === b.event && stated(a) === stated(b) && stated(a) > 2)
            pairOf(same, a, b, `${g} ${show(a)} || ${show(b)}`);
  }
}

const across = new Map<string, string[]>();
for (const l of byFigure.values())
  for (const [i, [g, a]] of l.entries())
    for (const [h, b] of l.slice(i + 1))
      if (g !== h && noun(a) !== noun(b)) pairOf(across, a, b, `${g} ${show(a)} || ${h} ${show(b)}`);

for (const [title, m] of [
  ['two files of one section, same figure (>= 20) and event, two nouns', across],
  ['same figure, same event, two nouns', same],
  ['one file, same event, two figures, two nouns', apart],
] as const) {
  const total = [...m.values()].reduce((n, l) => n + l.length, 0);
  console.log(`== ${title}: ${total} pairs, ${compared.get(m) ?? 0} the engine may compare`);
  for (const [k, ex] of [...m].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1))) {
    console.log(`${ex.length}\t${k}`);
    if (values.examples) for (const e of ex.slice(0, 3)) console.log(`\t\t${e}`);
    else
      for (const e of ex.filter((e) => e.startsWith('[compared]')).slice(0, 3)) console.log(`\t\t${e.slice(0, 300)}`);
  }
}
