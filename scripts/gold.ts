// Scores the extractor against the hand-annotated gold files in test/gold/.
//   quantities-*.jsonl   {id, text, quantities: [{span, value, unit, vague?}]}
//   attributions-*.jsonl {id, text, attributions: [{source, cue, at?}]}
// Prints precision / recall / F1 for: value, value+unit, attribution source (exact and overlapping
// span) and cue. Usage: tsx scripts/gold.ts [--verbose] [--only quantities|attributions] [--file PATTERN]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../server/src/core/extract';
import { singular } from '../server/src/core/extract/quantities';
import type { Claim } from '../server/src/core/types';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean' }, only: { type: 'string' }, file: { type: 'string' } },
});
const GOLD = path.join(__dirname, '..', 'test', 'gold');

interface GoldQuantity {
  span: string;
  value: number | [number, number] | null;
  unit: string | null;
  vague?: boolean;
}
interface GoldAttribution {
  source: string;
  cue: string;
  at?: number;
}
interface Item<T> {
  id: string;
  text: string;
  quantities?: T[];
  attributions?: T[];
}

class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision(): number {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision,
      r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
  line(label: string): string {
    return `${label.padEnd(30)} P ${this.precision.toFixed(3)}  R ${this.recall.toFixed(3)}  F1 ${this.f1.toFixed(3)}   (tp ${this.tp}, fp ${this.fp}, fn ${this.fn})`;
  }
}

function readItems<T>(prefix: string): Array<Item<T> & { file: string }> {
  const out: Array<Item<T> & { file: string }> = [];
  for (const name of fs.readdirSync(GOLD).sort()) {
    if (!name.startsWith(prefix) || !name.endsWith('.jsonl')) continue;
    if (values.file && !name.includes(values.file)) continue;
    const lines = fs
      .readFileSync(path.join(GOLD, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    for (const l of lines) out.push({ ...(JSON.parse(l) as Item<T>), file: name });
  }
  return out;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);
}

function sameValue(stated: number | [number, number], gold: number | [number, number]): boolean {
  if (Array.isArray(gold))
    return Array.isArray(stated) && sameNumber(stated[0], gold[0]) && sameNumber(stated[1], gold[1]);
  return !Array.isArray(stated) && sameNumber(stated, gold);
}

function sameUnit(claim: Claim, gold: string | null): boolean {
  if (gold === null) return claim.unitKey === null;
  if (claim.unitKey === null) return false;
  // "pound weight" is the extractor's key for pounds of mass (apart from the currency); the gold writes the unit "pound".
  const key = claim.unitKey.toLowerCase().replace(/^pound weight$/, 'pound');
  const g = singular(gold.toLowerCase());
  if (key === g) return true;
  const lastWord = key.split(/[\s-]/).pop()!;
  return lastWord === g || g.split(/[\s-]/).pop() === lastWord;
}

/** The first whole-word occurrence of needle at or after `at`. */
function spanOf(text: string, needle: string, at = 0): { start: number; end: number } | null {
  for (let index = text.indexOf(needle, at); index >= 0; index = text.indexOf(needle, index + 1)) {
    const before = index > 0 ? text[index - 1] : ' ';
    const after = text[index + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))
      return { start: index, end: index + needle.length };
  }
  return null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function scoreQuantities(): void {
  const items = readItems<GoldQuantity>('quantities');
  const value = new Score();
  const valueUnit = new Score();
  let goldCount = 0;
  for (const item of items) {
    const doc = analyzeDocument(item.text, 'gold');
    const gold = (item.quantities ?? []).map((q) => ({ ...q, location: spanOf(item.text, q.span) }));
    goldCount += gold.filter((g) => !g.vague).length;
    // Records, scores and votes ("52-3", "1-0", "5-7 6-1") are tallies, and ranks ("his sixth defense") claims of
    // their own kind: the gold annotates neither, so they are neither required nor penalised here (README).
    const claims = doc.claims.filter(
      (c) =>
        !c.value.parts &&
        c.quantityKind !== 'ordinal' &&
        !gold.some((g) => g.vague && g.location && overlaps(g.location, c)),
    );
    const used = new Set<Claim>();
    for (const g of gold) {
      if (g.vague || g.value === null) continue;
      const candidates = claims.filter((c) => !used.has(c) && sameValue(c.value.stated, g.value!));
      const match = candidates.find((c) => g.location && overlaps(g.location, c)) ?? candidates[0];
      if (match) {
        used.add(match);
        value.tp++;
        if (sameUnit(match, g.unit)) valueUnit.tp++;
        else {
          valueUnit.fn++;
          valueUnit.fp++;
          if (values.verbose)
            console.log(`UNIT  ${item.id}: «${g.span}» gold ${g.unit}, got ${match.unitKey} («${match.text}»)`);
        }
      } else {
        value.fn++;
        valueUnit.fn++;
        if (values.verbose)
          console.log(
            `MISS  ${item.id}: «${g.span}» = ${JSON.stringify(g.value)} ${g.unit ?? ''}   | ${item.text.slice(0, 140)}`,
          );
      }
    }
    for (const c of claims) {
      if (used.has(c)) continue;
      value.fp++;
      valueUnit.fp++;
      if (values.verbose)
        console.log(
          `EXTRA ${item.id}: «${c.text}» = ${JSON.stringify(c.value.stated)} ${c.unitKey ?? ''}   | ${item.text.slice(0, 140)}`,
        );
    }
  }
  console.log(`quantities: ${items.length} sentences, ${goldCount} gold quantities`);
  console.log(value.line('  value'));
  console.log(valueUnit.line('  value+unit'));
}

function scoreAttributions(): void {
  const items = readItems<GoldAttribution>('attributions');
  const exact = new Score();
  const overlap = new Score();
  let cues = 0;
  let cueRight = 0;
  let goldCount = 0;
  for (const item of items) {
    const doc = analyzeDocument(item.text, 'gold');
    const predicted = doc.attributions.map((a) => ({ a, span: a.sourceSpan ?? { start: a.start, end: a.end } }));
    const gold = (item.attributions ?? []).map((g) => ({ ...g, span: spanOf(item.text, g.source, g.at ?? 0) }));
    goldCount += gold.length;
    const usedExact = new Set<number>();
    const usedOverlap = new Set<number>();
    for (const g of gold) {
      if (!g.span) throw new Error(`${item.file} ${item.id}: source «${g.source}» not in the text`);
      const e = predicted.findIndex(
        (p, k) => !usedExact.has(k) && p.span.start === g.span!.start && p.span.end === g.span!.end,
      );
      if (e >= 0) {
        usedExact.add(e);
        exact.tp++;
      } else exact.fn++;
      const o = predicted.findIndex((p, k) => !usedOverlap.has(k) && overlaps(p.span, g.span!));
      if (o >= 0) {
        usedOverlap.add(o);
        overlap.tp++;
        cues++;
        if (predicted[o].a.cue.toLowerCase() === g.cue.toLowerCase()) cueRight++;
        else if (values.verbose)
          console.log(`CUE   ${item.id}: «${g.source}» gold cue ${g.cue}, got ${predicted[o].a.cue}`);
        if (e < 0 && values.verbose)
          console.log(`SPAN  ${item.id}: gold «${g.source}», got «${predicted[o].a.source}»`);
      } else {
        overlap.fn++;
        if (values.verbose) console.log(`MISS  ${item.id}: «${g.source}» ${g.cue}   | ${item.text.slice(0, 160)}`);
      }
    }
    predicted.forEach((p, k) => {
      if (!usedExact.has(k)) exact.fp++;
      if (!usedOverlap.has(k)) {
        overlap.fp++;
        if (values.verbose) console.log(`EXTRA ${item.id}: «${p.a.source}» ${p.a.cue}   | ${item.text.slice(0, 160)}`);
      }
    });
  }
  console.log(`attributions: ${items.length} passages, ${goldCount} gold attributions`);
  console.log(exact.line('  source exact'));
  console.log(overlap.line('  source overlap'));
  console.log(`  cue (of overlapping sources)   ${cues ? (cueRight / cues).toFixed(3) : 'n/a'} (${cueRight}/${cues})`);
}

if (!values.only || values.only === 'quantities') scoreQuantities();
if (!values.only || values.only === 'attributions') scoreAttributions();
