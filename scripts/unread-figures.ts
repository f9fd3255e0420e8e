// Figures the extractor never reads: over the non-held-out same-event corpus (held-out groups skipped) and BBC, every
// digit-bearing token and every number word that no claim or event date (with its clock) covers, classed by shape
// from the words around it (counts, then with --samples N that many examples of each class, or of --class NAME).
// With --dropped, a claim the engine's preparation drops (a frame it never compares: a length of time that says
// nothing of what lasted, a count no verb governs) covers nothing either, and is classed by its kind.
//   tsx scripts/unread-figures.ts [--bbc|--events] [--dropped] [--samples N] [--class NAME]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../server/src/core';
import type { Claim } from '../server/src/core/types';
import { isNumberWord } from '../server/src/core/extract/numbers';
import { defaultConfig } from '../server/src/core/config';
import { prepareDocument, UnitCanon } from '../server/src/core/conflicts/prepare';
import { CORPUS_FOLDERS, EVENTS, groupOf, heldOutGroups } from './events-corpus';

const { values } = parseArgs({
  options: {
    bbc: { type: 'boolean' },
    events: { type: 'boolean' },
    samples: { type: 'string', default: '0' },
    class: { type: 'string' },
    dropped: { type: 'boolean' },
  },
});
const ROOT = path.join(__dirname, '..');
const BBC = path.join(ROOT, '..', 'shared', 'corpus', 'bbc');
const HELD_OUT = heldOutGroups();

function files(): string[] {
  const out: string[] = [];
  if (!values.events) for (const f of fs.readdirSync(BBC).sort()) out.push(path.join(BBC, f));
  if (!values.bbc)
    for (const folder of CORPUS_FOLDERS) {
      const dir = path.join(EVENTS, folder);
      for (const f of fs.readdirSync(dir).sort()) {
        const g = groupOf(f);
        if (g !== null && HELD_OUT.has(g)) continue;
        out.push(path.join(dir, f));
      }
    }
  return out;
}

const MONTHS =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const TIME_WORDS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?)$/i;
const AGE = /^\d+-(year|month|week|day)s?-old$/i;

/** The shape of an unread token from itself and the words beside it. */
function classify(text: string, tok: string, s: number, e: number): string {
  const before = text.slice(Math.max(0, s - 40), s);
  const after = text.slice(e, e + 40);
  const prev = /([A-Za-z$£€#.]+)\W*$/.exec(before)?.[1] ?? '';
  const next = /^\W*([A-Za-z%]+)/.exec(after)?.[1] ?? '';
  const lineStart = text.lastIndexOf('\n', s) + 1;
  if (/^\d{1,2}:\d{2}/.test(tok) || /^\s*(a\.?m|p\.?m)\b/i.test(after)) return 'clock';
  if (/\d{3}\W\d{3}\W\d{4}/.test(text.slice(s - 5, e + 10))) return 'phone';
  if (/https?:|www\.|\.com|@/.test(text.slice(Math.max(0, s - 30), e + 5))) return 'url/handle';
  if (/^(19|20)\d{2}s?$/.test(tok)) return /s$/.test(tok) ? 'decade' : 'year';
  if (/^'\d{2}s?$/.test(tok)) return 'year (short)';
  if (MONTHS.test(prev) || MONTHS.test(next)) return 'date part';
  if (/^\d+(st|nd|rd|th)$/i.test(tok)) return 'ordinal (digits)';
  if (AGE.test(tok)) return 'age (N-year-old)';
  if (/^\d+-/.test(tok) && /[a-z]/i.test(tok)) return 'compound N-word';
  if (/^\d+[-–]\d+$/.test(tok)) return 'score/range N-N';
  if (/[a-z]\d|\d[a-z]/i.test(tok)) return 'alphanumeric';
  if (
    /^(no|number|nos?|route|highway|interstate|flight|room|page|section|article|chapter|channel|bus|rule|level|category|grade|class|season|episode|vol|volume|act|line|platform|gate|ward|block|unit|apartment|suite|floor|district)\.?$/i.test(
      prev,
    )
  )
    return 'label (No./Route/...)';
  if (/^(street|st|avenue|ave|road|rd|boulevard|blvd|lane|drive|way|place)\b/i.test(next)) return 'address';
  if (TIME_WORDS.test(next)) return `time length (${isNumberWord(tok.toLowerCase()) ? 'word' : 'digits'})`;
  if (/^(old|years?-old)$/i.test(next) || /^(aged|age|ages)$/i.test(prev)) return 'age';
  if (/^%|percent|per$/i.test(next)) return 'percent';
  if (/^[$£€]/.test(tok) || /[$£€]\s*$/.test(before)) return 'money';
  if (/^(one|a|an)$/i.test(tok)) return 'one/a';
  if (/^(pm|am|GMT|BST|ET|EST|EDT|PT|o'clock)$/i.test(next)) return 'clock';
  if (s - lineStart < 3 && /^\d+[.)]?$/.test(tok)) return 'line start';
  if (isNumberWord(tok.toLowerCase())) return /^[A-Z]/.test(tok) ? 'number word (capital)' : 'number word';
  if (/^\d+(\.\d+)?$/.test(tok)) return /^[a-z]/i.test(next) ? 'digits + word' : 'digits + other';
  return 'other';
}

/** The class of a figure read and then dropped by preparation: its kind, and for a length of time whether it is an age. */
function droppedClass(c: Claim, text: string): string {
  if (c.quantityKind !== 'duration') return `dropped ${c.quantityKind}`;
  const around = text.slice(c.start, Math.min(text.length, c.end + 12));
  return /-old|\bold\b|\bof age\b/i.test(around) ||
    /\b(aged?|ages)\s*$/i.test(text.slice(Math.max(0, c.start - 8), c.start))
    ? 'dropped duration (age)'
    : 'dropped duration';
}

const config = defaultConfig();
const canon = new UnitCanon(config.synonyms);
const counts = new Map<string, number>();
const samples = new Map<string, string[]>();
let total = 0;
const TOKEN = /[$£€]?\d[\d,.:]*(?:[-–][A-Za-z\d]+)*(?:st|nd|rd|th|s|m|bn|tn|k)?|\b[A-Za-z]+(?:-[A-Za-z]+)*\b/g;
for (const file of files()) {
  const text = fs.readFileSync(file, 'utf8');
  const a = analyzeDocument(text, path.basename(file));
  const covered: Array<[number, number]> = [];
  // With --dropped, a claim the engine's preparation drops (a frame it never compares) covers nothing.
  const kept = values.dropped
    ? new Set(prepareDocument(a, config, canon).claims.map((c) => c.claim.id))
    : new Set(a.claims.map((c) => c.id));
  for (const c of a.claims) if (kept.has(c.id)) covered.push([c.start, c.end]);
  const dropped = a.claims.filter((c) => !kept.has(c.id));
  for (const d of a.eventDates) covered.push([d.start, d.end]);
  covered.sort((x, y) => x[0] - y[0]);
  const isCovered = (s: number, e: number): boolean => covered.some(([cs, ce]) => cs < e && s < ce);
  for (const m of text.matchAll(TOKEN)) {
    let tok = m[0].replace(/[.,:]+$/, '');
    const s = m.index;
    const e = s + tok.length;
    const isDigit = /\d/.test(tok);
    if (!isDigit) {
      // number words, and their hyphened compounds ("twenty-five", "three-year")
      const head = tok.split('-')[0].toLowerCase();
      if (!isNumberWord(head) && !isNumberWord(tok.toLowerCase())) continue;
      if (/^(a|an)$/i.test(tok)) continue;
    }
    if (isCovered(s, e)) continue;
    tok = tok.replace(/^[$£€]/, (x) => x);
    const drop = dropped.find((c) => c.start < e && s < c.end);
    const cls = drop ? droppedClass(drop, text) : classify(text, tok, s, e);
    total++;
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    const lineS = Math.max(text.lastIndexOf('\n', s) + 1, s - 90);
    const lineE = Math.min(text.indexOf('\n', e) === -1 ? text.length : text.indexOf('\n', e), e + 90);
    const l = samples.get(cls) ?? [];
    l.push(`${path.basename(file)}: ${text.slice(lineS, s)}[[${tok}]]${text.slice(e, lineE)}`.replace(/\s+/g, ' '));
    samples.set(cls, l);
  }
}
console.log(`unread figure tokens: ${total}`);
for (const [k, v] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${String(v).padStart(6)}  ${k}`);
const n = Number(values.samples);
if (n > 0)
  for (const [k, l] of samples) {
    if (values.class && k !== values.class) continue;
    console.log(`\n== ${k} (${l.length})`);
    // spread samples over the list
    const step = Math.max(1, Math.floor(l.length / n));
    for (let i = 0; i < l.length && i / step < n; i += step) console.log(`  ${l[i]}`);
  }
