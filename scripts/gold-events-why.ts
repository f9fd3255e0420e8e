// Why a hand-annotated disagreement is not surfaced: for each disagreement of the scored batches that no finding
// surfaces, the first step of the engine that keeps two of its figures (with different values) apart, "(one file)" when
// both stand in one file.
//   tsx scripts/gold-events-why.ts [--batch dev,dev-2] [--counts] [--shapes]   (npm run gold:why)
// Steps, in engine order: `no claim` (the extractor reads no figure of the mention there), `excluded:<why>` (every
// claim there is kept from comparison), `bucket` (two things measured), `story` (one thing measured, two stories),
// `key:<part>` (one story, two quantities: event, year, window, change period or earlier month), `compare` (one
// quantity, but the comparison finds no disagreement: partial frames, owners, places, ...; its detail says whether the
// two figures' intervals meet or how far apart they are), `found apart` (compared,
// but in findings that never hold both). Without --batch only the tuned batches (names not starting "heldout"); with
// --counts only the number of misses per step is printed, never a sentence: the one form fit for held-out batches.
// `unscorable`: the shared scorer reads equal figures in every mention ("fourth" / "fifth"), so no finding can surface it.
// --shapes adds to `no claim` the shape of the figure not read (a year, an ordinal, a length of time, ...).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument, checkDocuments, type Claim, type DocumentAnalysis, type Finding } from '../server/src/core';
import { defaultConfig } from '../server/src/core/config';
import {
  CROSS_BUCKET,
  prepareDocument,
  UnitCanon,
  type PreparedClaim,
  type PreparedDoc,
} from '../server/src/core/conflicts/prepare';
import { explainApart, quantityKey, storyDates } from '../server/src/core/conflicts/quantities';
import { storyGroups } from '../server/src/core/conflicts/stories';
import { kindOf } from '../server/src/core/conflicts/kinds';
import { articlePath, GOLD, goldBatches } from './events-corpus';

const { values } = parseArgs({
  options: { batch: { type: 'string' }, counts: { type: 'boolean' }, shapes: { type: 'boolean' } },
});
const KEY_PARTS = ['event', 'year', 'window', 'change period', 'earlier month'];

interface Mention {
  value: string;
  file: string;
  sentence: string;
}
interface Item {
  id: string;
  section: string;
  kind: string;
  subject: string;
  mentions: Mention[];
}
interface Group {
  cluster: string;
  files: string[];
  items: Item[];
}

// The shared scorer's reading of figures and sentences (../shared/eval/score_clusters.py), so that "matches" here
// means what it means there.
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, 'sixty-five': 65, dozen: 12, hundred: 100,
  thousand: 1000,
}; // prettier-ignore

function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(Number(m[0].replace(/,/g, '')));
  for (const [word, value] of Object.entries(WORDS)) if (new RegExp(`\\b${word}\\b`, 'i').test(text)) out.add(value);
  return out;
}
const normalized = (s: string): string =>
  s
    .replace(/[^\w%.,$£€ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
function sameSentence(a: string, b: string): boolean {
  const [na, nb] = [normalized(a), normalized(b)];
  if (!na || !nb) return false;
  if (na.includes(nb) || nb.includes(na)) return true;
  const [ta, tb] = [new Set(na.split(' ')), new Set(nb.split(' '))];
  return [...ta].filter((t) => tb.has(t)).length / Math.max(1, Math.min(ta.size, tb.size)) >= 0.7;
}
/** A claim's figures; a dated event (no value) has those of its text. */
function claimNumbers(claim: Claim): Set<number> {
  const out = numbersIn(claim.text);
  if (claim.value === undefined) return out;
  const { stated, low, high } = claim.value;
  for (const v of [...(Array.isArray(stated) ? stated : [stated]), low, high]) if (typeof v === 'number') out.add(v);
  return out;
}
function matches(claim: Claim, mention: Mention): boolean {
  if (path.basename(claim.file) !== mention.file || !sameSentence(claim.sentence ?? '', mention.sentence)) return false;
  const wanted = numbersIn(mention.value);
  if (wanted.size === 0) return true;
  const have = claimNumbers(claim);
  return [...have].some((a) => [...wanted].some((b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b))));
}

/** The first step keeping two mentions' claims apart (see the header), with its detail. */
function stepApart(x: PreparedClaim[], y: PreparedClaim[], docs: PreparedDoc[], findings: Finding[]): [string, string] {
  const counted = (cs: PreparedClaim[]): PreparedClaim[] => cs.filter((c) => c.excluded === null);
  if (counted(x).length === 0 || counted(y).length === 0) {
    const why = [...x, ...y].find((c) => c.excluded !== null)?.excluded;
    return [`excluded:${why}`, [...x, ...y].map((c) => `${c.figure} ${c.bucket} ${c.excluded ?? ''}`).join('; ')];
  }
  const docOf = (c: PreparedClaim): PreparedDoc => docs.find((d) => d.claims.includes(c))!;
  // With --shapes, why the engine's own steps leave a pair of one bucket's story apart (explainApart).
  const explained = (bucket: string, a: PreparedClaim, b: PreparedClaim): string => {
    if (!values.shapes) return '';
    const members = docs
      .map((doc) => ({ doc, claims: doc.countedClaims.get(bucket) ?? [] }))
      .filter((m) => m.claims.length > 0);
    const stories = storyGroups(members.map((m) => ({ file: m.doc.file, fingerprint: m.doc.fingerprint, m })));
    const story = stories.find((s) => s.some((e) => e.m.doc === docOf(a)) && s.some((e) => e.m.doc === docOf(b)));
    return story
      ? `; ${explainApart(
          bucket,
          story.map((e) => e.m),
          a,
          b,
        )}`
      : '; two stories';
  };
  const pairs = counted(x).flatMap((a) => counted(y).map((b) => [a, b] as const));
  const sameBucket = pairs.filter(([a, b]) => a.bucket === b.bucket);
  if (sameBucket.length === 0) {
    const detail = pairs.map(([a, b]) => `${a.bucket}/${a.predicate || '-'} vs ${b.bucket}/${b.predicate || '-'}`);
    const [a, b] = pairs[0];
    const step = `bucket ${[bucketKind(a), bucketKind(b)].sort().join('/')}`;
    const crossed = pairs.find(([p, q]) => [p, q].every((c) => docOf(c).countedClaims.get(CROSS_BUCKET)?.includes(c)));
    const across = crossed
      ? explained(CROSS_BUCKET, crossed[0], crossed[1])
      : values.shapes
        ? `; kinds ${[a, b].map((c) => (c.measure ? 'measure' : (kindOf(c.unit)?.kind ?? 'none'))).join('/')}`
        : '';
    return [step + across, [...new Set(detail)].join('; ')];
  }
  let furthest: [string, string] = ['story', sameBucket.map(([a]) => a.bucket).join(' ')];
  for (const [a, b] of sameBucket) {
    const members = docs.filter((d) => (d.countedClaims.get(a.bucket) ?? []).length > 0);
    const stories = storyGroups(members.map((d) => ({ file: d.file, fingerprint: d.fingerprint, doc: d })));
    const story = stories.find((s) => s.some((m) => m.doc === docOf(a)) && s.some((m) => m.doc === docOf(b)));
    if (!story) continue;
    const { storyYear, firstReport } = storyDates(story.map((m) => m.doc));
    const [ka, kb] = [a, b].map((c) => quantityKey(c, docOf(c), storyYear, firstReport).split('|'));
    const part = ka.findIndex((p, i) => p !== kb[i]);
    if (part >= 0) {
      if (furthest[0] === 'story')
        furthest = [
          `key:${KEY_PARTS[part]}${ka[part] === '' || kb[part] === '' ? ' (one side none)' : ''}${shape(a, b)}${explained(a.bucket, a, b)}`,
          `${a.bucket} ${JSON.stringify(ka[part])} vs ${JSON.stringify(kb[part])}`,
        ];
      continue;
    }
    const holding = (c: PreparedClaim): Finding[] => findings.filter((f) => f.claims.includes(c.claim.id));
    if (holding(a).length > 0 && holding(b).length > 0)
      return [
        'found apart',
        `${a.bucket} ${a.figure} / ${b.figure}: ${holding(a)[0].subject} | ${holding(b)[0].subject}`,
      ];
    const frame = (c: PreparedClaim): string =>
      `${c.figure} [${c.frame.measured ?? '-'} · ${c.event || '-'} · ${c.frame.agent ?? '-'} · ${c.frame.place ?? '-'}]`;
    const apart = intervals(a, b);
    const how =
      apart === ' (intervals meet)' ? 'meet' : Number(/([\d.]+) times/.exec(apart)?.[1]) < 2 ? '< 2x' : '>= 2x';
    return [
      `compare${values.shapes ? ` (${how})` : ''}${shape(a, b)}${explained(a.bucket, a, b)}`,
      `${a.bucket} ${frame(a)} vs ${frame(b)}${apart}`,
    ];
  }
  return furthest;
}

/**
 * How two figures' intervals (in the bucket's base unit) stand: "intervals meet" when they can be one value (the
 * engine clusters such figures together, and compares them only by a strict reading), else how many times apart
 * their middles are (the engine compares figures whose frames leave the thing or the event unsaid only within 1.5).
 */
function intervals(a: PreparedClaim, b: PreparedClaim): string {
  if (a.low <= b.high && b.low <= a.high) return ' (intervals meet)';
  const middle = (c: PreparedClaim) =>
    Math.abs(Number.isFinite(c.low) && Number.isFinite(c.high) && c.low > 0 ? (c.low + c.high) / 2 : c.high);
  const [x, y] = [middle(a), middle(b)];
  return Math.min(x, y) > 0 ? ` (${(Math.max(x, y) / Math.min(x, y)).toFixed(1)} times apart)` : '';
}

/** Why no claim matches a mention: no claim in its sentence, claims of other figures there, or its figure read elsewhere. */
function unread(mention: Mention, docs: PreparedDoc[]): [string, string] {
  const inFile = docs.filter((d) => d.file === mention.file).flatMap((d) => d.claims.map((c) => c.claim));
  const inSentence = inFile.filter((c) => sameSentence(c.sentence, mention.sentence));
  const wanted = numbersIn(mention.value);
  const elsewhere = inFile.some((c) => [...claimNumbers(c)].some((v) => wanted.has(v)));
  const dated = docs
    .filter((d) => d.file === mention.file)
    .some((d) => d.doc.eventDates.some((e) => sameSentence(e.sentence ?? '', mention.sentence)));
  const how = dated
    ? 'a date read there'
    : inSentence.length === 0
      ? elsewhere
        ? 'read in another sentence'
        : 'nothing read'
      : 'other figures read';
  return [
    `no claim (${how}${values.shapes ? `; ${valueShape(mention.value)}` : ''})`,
    `${mention.value} in ${mention.file}`,
  ];
}

/** The shape of a figure as written, for counts that do not show it (--shapes). */
function valueShape(value: string): string {
  if (/\b(?:1[89]|20)\d0s\b/.test(value)) return 'a decade';
  if (/\b(?:1[89]\d\d|20\d\d)\b.*\b(?:1[89]\d\d|20\d\d)\b/.test(value)) return 'two years';
  if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i.test(value)) return 'a month and year';
  if (/\b1[89]\d\d\b|\b20\d\d\b/.test(value)) return /^\W*\d{4}\W*$/.test(value) ? 'a year alone' : 'a year in words';
  if (/\d:\d\d|\b[ap]\.?m\b/i.test(value)) return 'a clock time';
  if (/\d(st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.test(value))
    return 'an ordinal';
  if (/\b(years?|months?|weeks?|days?|hours?|minutes?)\b/i.test(value)) return 'a length of time or age';
  if (/[$£€%]|percent|million|billion/i.test(value)) return 'money or a share';
  if (/\d/.test(value)) return 'digits';
  return 'words';
}

/** With --shapes, the kind of thing two claims of one bucket measure: "count", or the unit of a measure ("q:dollar"). */
function shape(a: PreparedClaim, b: PreparedClaim): string {
  if (!values.shapes) return '';
  return `; ${a.measure ? a.bucket : 'count'}${b.bucket !== a.bucket ? `/${b.measure ? b.bucket : 'count'}` : ''}`;
}

/** The kind of a bucket for counts: a count of something ("q:person") or a measure (money, share, unit). */
function bucketKind(c: PreparedClaim): string {
  return c.measure ? 'measure' : 'count';
}

function main(): void {
  const counts = new Map<string, number>();
  const config = defaultConfig();
  const wanted = values.batch?.split(',');
  for (const batch of goldBatches(wanted, wanted !== undefined)) {
    const dir = path.join(GOLD, batch);
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const group = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Group;
      const analyses: DocumentAnalysis[] = group.files.map((file) => {
        return analyzeDocument(fs.readFileSync(articlePath(file), 'utf8'), file);
      });
      const { findings } = checkDocuments(analyses);
      const canon = new UnitCanon(config.synonyms);
      const docs = analyses.map((a) => prepareDocument(a, config, canon));
      const dated = (a: DocumentAnalysis): Claim[] =>
        a.eventDates.map((d) => ({ ...d, file: a.file }) as unknown as Claim);
      const allClaims = analyses.flatMap((a) => [...a.claims, ...dated(a)]);
      const byId = new Map(allClaims.map((c) => [c.id, c]));
      for (const item of group.items) {
        if (item.section !== 'disagree' || !['conflict', 'revision', 'conversion'].includes(item.kind)) continue;
        const surfaced = findings.some((f) => {
          const claims = f.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
          const hit = item.mentions.filter((m) => claims.some((c) => matches(c, m)));
          return new Set(hit.map((m) => [...numbersIn(m.value)].sort().join())).size >= 2;
        });
        if (surfaced) continue;
        let best: [string, string] | null = null;
        const order = ['found apart', 'compare', 'key', 'story', 'bucket', 'excluded', 'no claim'];
        const rank = (step: string): number => order.findIndex((o) => step.startsWith(o));
        for (const [i, m] of item.mentions.entries())
          for (const n of item.mentions.slice(i + 1)) {
            // The scorer tells two mentions apart by their figures as it reads them; one it reads none in matches any
            // claim of its sentence, so only a pair whose readings are equal (both empty too) can never be surfaced.
            if ([...numbersIn(m.value)].sort().join() === [...numbersIn(n.value)].sort().join()) continue;
            const prepared = (mention: Mention): PreparedClaim[] =>
              docs.flatMap((d) => d.claims.filter((c) => matches(c.claim, mention)));
            const [x, y] = [prepared(m), prepared(n)];
            const step: [string, string] =
              x.length === 0 || y.length === 0 ? unread(x.length === 0 ? m : n, docs) : stepApart(x, y, docs, findings);
            if (m.file === n.file) step[0] += ' (one file)';
            if (best === null || rank(step[0]) < rank(best[0])) best = step;
          }
        const [step, detail] = best ?? ['unscorable', 'the scorer reads the same figures (or none) in every mention'];
        counts.set(step, (counts.get(step) ?? 0) + 1);
        if (!values.counts) console.log(`${batch}/${group.cluster} ${item.id} ${step}: ${detail}  (${item.subject})`);
      }
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`missed disagreements: ${total}`);
  for (const [step, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${step}: ${n}`);
}

main();
