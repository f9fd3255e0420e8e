// Measures an off-the-shelf part-of-speech tagger / lemmatiser against the frames' own reading (issue 14): for every
// claim of the dev same-event batches' articles and of the BBC corpus, the tagger reads the claim's sentence, and
// from its tags and lemmas this script derives (1) the head of the counted noun phrase ("three Mars orbiters" →
// orbiter, "40% of households" → household) and (2) the lemma of the word that governs the figure (killed, dead →
// killed; burnt → destroyed), then compares them with the claim's frame (`head`, the last word of `measured` for a
// share, `event`). Prints agreement rates, a seeded random sample of disagreements to judge by hand, and the
// tagger's speed (whole BBC texts, then only the sentences that hold a figure), its load time and bundle size.
// The taggers are not dependencies of Crosscheck; install them without saving before running:
//   npm install --no-save wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 compromise@14.20.0
//   npx tsx scripts/nlp-measure.ts [--tagger wink|compromise] [--sample 60] [--seed 14] [--speed] [--bundle]
// Never reads the held-out batches (test/gold/events/heldout-*) nor their articles: only the dev* batches' files.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import * as zlib from 'node:zlib';
import { analyzeDocument } from '../server/src/core/index';
import type { Claim } from '../server/src/core/index';
import { eventKey, isEventWord } from '../server/src/core/extract/frames';

const { values } = parseArgs({
  options: {
    tagger: { type: 'string', default: 'wink' },
    sample: { type: 'string', default: '60' },
    seed: { type: 'string', default: '14' },
    speed: { type: 'boolean' },
    bundle: { type: 'boolean' },
    dump: { type: 'string' },
  },
});
const ROOT = path.join(__dirname, '..');
const GOLD = path.join(ROOT, 'test', 'gold', 'events');
const EVENTS = path.join(ROOT, '..', 'shared', 'corpus', 'events');
const BBC = path.join(ROOT, '..', 'shared', 'corpus', 'bbc');

/** A tagged token, whatever the tagger: offsets in its sentence, a Universal POS tag, a lower-case lemma. */
interface Tagged {
  text: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

interface Tagger {
  name: string;
  /** Tags one text; returns its tokens and how many there were. */
  tag(text: string): Tagged[];
  /** Tags one text as cheaply as the tagger allows (what a pipeline pays): the token count. */
  tagOnly(text: string): number;
}

function winkTagger(): Tagger {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    name: 'wink-nlp 2.4.0 + wink-eng-lite-web-model 1.8.1',
    tag(text) {
      const tokens = nlp.readDoc(text).tokens();
      const words: string[] = tokens.out(its.value);
      const tags: string[] = tokens.out(its.pos);
      const lemmas: string[] = tokens.out(its.lemma);
      const spaces: string[] = tokens.out(its.precedingSpaces);
      const out: Tagged[] = [];
      let at = 0;
      for (let i = 0; i < words.length; i++) {
        at += spaces[i].length;
        // The tokeniser keeps every character but may normalise none: find the word from here to be safe.
        const found = text.indexOf(words[i], at);
        const start = found >= 0 && found - at < 4 ? found : at;
        out.push({
          text: words[i],
          start,
          end: start + words[i].length,
          pos: tags[i],
          lemma: (lemmas[i] ?? words[i]).toLowerCase(),
        });
        at = start + words[i].length;
      }
      return out;
    },
    tagOnly(text) {
      const tokens = nlp.readDoc(text).tokens();
      tokens.out(its.pos);
      tokens.out(its.lemma);
      return tokens.length();
    },
  };
}

/** compromise's tags mapped to Universal POS, its `root` (infinitive, singular) as the lemma. */
function compromiseTagger(): Tagger {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  const upos = (tags: string[], text: string): string => {
    const has = (t: string) => tags.includes(t);
    if (has('Value') || has('Cardinal') || /^\d/.test(text)) return 'NUM';
    if (has('Auxiliary') || has('Copula') || has('Modal')) return 'AUX';
    if (has('Verb')) return 'VERB';
    if (has('ProperNoun')) return 'PROPN';
    if (has('Pronoun')) return 'PRON';
    if (has('Noun')) return 'NOUN';
    if (has('Adjective')) return 'ADJ';
    if (has('Adverb')) return 'ADV';
    if (has('Determiner')) return 'DET';
    if (has('Preposition')) return 'ADP';
    if (has('Conjunction')) return 'CCONJ';
    return 'X';
  };
  const terms = (text: string) => {
    const doc = nlp(text);
    doc.compute('root');
    return doc.json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{
        text: string;
        tags: string[];
        root?: string;
        normal: string;
        pre: string;
        post: string;
        offset: { start: number; length: number };
      }>;
    }>;
  };
  return {
    name: 'compromise 14.20.0',
    tag(text) {
      const out: Tagged[] = [];
      for (const sentence of terms(text))
        for (const t of sentence.terms) {
          // compromise keeps punctuation in pre/post: give it its own token so that clause boundaries show.
          for (const ch of t.pre.trim()) out.push({ text: ch, start: -1, end: -1, pos: 'PUNCT', lemma: ch });
          out.push({
            text: t.text,
            start: t.offset.start,
            end: t.offset.start + t.offset.length,
            pos: upos(t.tags, t.text),
            lemma: (t.root ?? t.normal ?? t.text).toLowerCase(),
          });
          for (const ch of t.post.trim())
            out.push({ text: ch, start: -1, end: -1, pos: ch === '%' ? 'SYM' : 'PUNCT', lemma: ch });
        }
      return out;
    },
    tagOnly(text) {
      const doc = nlp(text);
      doc.compute('root');
      return doc.terms().length;
    },
  };
}

// ---- deriving the head and the governing word from tags ----

/** Words that are part of a figure (after or instead of its digits): "31 million", "hundreds", "40 per cent". */
const FIGURE_WORDS =
  /^(?:million|billion|trillion|bn|m|k|tn|hundreds?|thousands?|millions|billions|dozens?|scores?|per|cent|percent|%|tens)$/i;
/** Verbs that report a figure rather than govern it. */
const REPORTING = new Set(['say', 'tell', 'report', 'claim', 'announce', 'add', 'state', 'confirm', 'estimate']);
/** Words that end a clause for the search of the governing word. */
const CLAUSE_END = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–', 'that', 'which', 'who', 'while', 'but']);

const isNoun = (t: Tagged) => t.pos === 'NOUN' || t.pos === 'PROPN';

interface Derived {
  head: string | null;
  event: string | null;
  /** The governing word as written ("edged"), to tell a different word from a different lemma convention. */
  eventWord?: string | null;
}

/** Reads the head and the governing word of the figure that starts at `start` and ends at `end` in the sentence. */
function derive(tokens: Tagged[], start: number, end: number): Derived {
  // The figure: the first number inside the claim's span, then every number token or figure word after it.
  let i = tokens.findIndex(
    (t) => t.start >= start && t.start < end && (t.pos === 'NUM' || FIGURE_WORDS.test(t.text) || /^\d/.test(t.text)),
  );
  if (i < 0) i = tokens.findIndex((t) => t.start >= start && t.start < end);
  if (i < 0) return { head: null, event: null };
  const first = i;
  while (
    i + 1 < tokens.length &&
    (tokens[i + 1].pos === 'NUM' || tokens[i + 1].pos === 'SYM' || FIGURE_WORDS.test(tokens[i + 1].text))
  )
    i++;
  let j = i + 1;
  // "40% of households", "hundreds of the Afghans": the head is the partitive's object.
  if (tokens[j]?.lemma === 'of') {
    j++;
    while (tokens[j] && (tokens[j].pos === 'DET' || tokens[j].pos === 'PRON')) j++;
  }
  // The noun run: adjectives, nouns, hyphen-joined words and participles that modify a following noun.
  let head: Tagged | null = null;
  let k = j;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (isNoun(t)) head = t;
    // "the country's exports": the possessor is a modifier, the head comes after it.
    else if (head && t.lemma === "'s" && next && (isNoun(next) || next.pos === 'ADJ')) head = null;
    // Hyphen-joined words modify what follows: "state-run banks", "stone-hurling Afghans".
    else if (t.text === '-' || (tokens[k - 1]?.text === '-' && next && (isNoun(next) || next.pos === 'ADJ'))) continue;
    else if (head) break;
    else if (t.pos === 'ADJ' || t.pos === 'NUM') continue;
    // A participle before a noun modifies it: "271 scheduled flights", "stone-hurling Afghans".
    else if (t.pos === 'VERB' && next && (isNoun(next) || next.pos === 'ADJ' || next.text === '-')) continue;
    else break;
  }
  const nounEnd = head ? tokens.indexOf(head) + 1 : j;
  // The governing word: a verb just before the figure ("killed at least 31"), else the verb the noun phrase is the
  // subject of ("31 people were killed", "five houses burnt"), else any verb of the clause before it.
  const usable = (t: Tagged) =>
    (t.pos === 'VERB' && !REPORTING.has(t.lemma)) || (t.pos === 'ADJ' && isEventWord(t.lemma)) || isEventWord(t.lemma);
  let event: Tagged | null = null;
  let left: Tagged | null = null;
  let adjacent = true;
  for (let b = first - 1; b >= 0 && first - b <= 12; b--) {
    const t = tokens[b];
    if (CLAUSE_END.has(t.lemma) || t.text === ',' || t.pos === 'SCONJ') break;
    if (t.pos === 'VERB' && !REPORTING.has(t.lemma)) {
      left = t;
      break;
    }
    if (!['DET', 'ADP', 'ADV', 'ADJ', 'NUM', 'PART', 'SYM'].includes(t.pos)) adjacent = false;
  }
  if (left && adjacent) event = left;
  if (!event) {
    for (let a = nounEnd; a < tokens.length && a - nounEnd <= 6; a++) {
      const t = tokens[a];
      if (CLAUSE_END.has(t.lemma) || t.pos === 'PUNCT') break;
      if (usable(t) && t.pos !== 'NOUN') {
        event = t;
        break;
      }
      if (!['AUX', 'ADV', 'PART', 'ADJ'].includes(t.pos)) break;
    }
  }
  if (!event) event = left;
  return { head: head ? head.lemma : null, event: event ? event.lemma : null, eventWord: event ? event.text : null };
}

// ---- the texts and our claims ----

function devFiles(): string[] {
  const files = new Set<string>();
  for (const batch of fs
    .readdirSync(GOLD)
    .filter((b) => b.startsWith('dev'))
    .sort())
    for (const f of fs
      .readdirSync(path.join(GOLD, batch))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const group = JSON.parse(fs.readFileSync(path.join(GOLD, batch, f), 'utf8')) as { files: string[] };
      for (const file of group.files)
        files.add(path.join(EVENTS, file.startsWith('mnsample-') ? 'multinews' : 'ecbplus', file));
    }
  return [...files];
}

function bbcFiles(): string[] {
  return fs
    .readdirSync(BBC)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(BBC, f));
}

/** The noun our frame counts: its head for a head count, the last word of what a share measures. */
function ourHead(claim: Claim): string | null {
  const frame = claim.frame;
  if (!frame) return null;
  if (frame.head) return frame.head;
  if (frame.dimension === 'percent' && frame.measured) return frame.measured.split(' ').pop() ?? null;
  return null;
}

/** Lemmas that name one thing under two conventions ("people" / "person"). */
const SAME_NOUN = new Map([['people', 'person']]);
const nounKey = (w: string | null) => (w === null ? null : (SAME_NOUN.get(w) ?? w).replace(/s$/, ''));
const eventKeyOf = (w: string | null) => (w === null ? null : eventKey(w));
/** Whether the frame's event and the tagger's governing word are one: by its lemma or as written ("edged" / "edge"). */
const sameEvent = (r: Row) =>
  eventKeyOf(r.ours.event) === eventKeyOf(r.tagger.event) ||
  eventKeyOf(r.ours.event) === eventKeyOf(r.tagger.eventWord ?? null);

interface Row {
  corpus: 'dev' | 'bbc';
  file: string;
  sentence: string;
  figure: string;
  dimension: string;
  ours: Derived;
  tagger: Derived;
}

function measure(tagger: Tagger): Row[] {
  const rows: Row[] = [];
  const sets: Array<['dev' | 'bbc', string[]]> = [
    ['dev', devFiles()],
    ['bbc', bbcFiles()],
  ];
  for (const [corpus, files] of sets)
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const cache = new Map<string, Tagged[]>();
      for (const claim of analyzeDocument(text, path.basename(file)).claims) {
        const frame = claim.frame;
        if (!frame || (frame.dimension !== 'count' && frame.dimension !== 'percent')) continue;
        const at = text.lastIndexOf(claim.sentence, claim.start);
        if (at < 0 || claim.start > at + claim.sentence.length) continue;
        let tokens = cache.get(claim.sentence);
        if (!tokens) cache.set(claim.sentence, (tokens = tagger.tag(claim.sentence)));
        rows.push({
          corpus,
          file: path.basename(file),
          sentence: claim.sentence,
          figure: claim.text,
          dimension: frame.dimension,
          ours: { head: ourHead(claim), event: frame.event },
          tagger: derive(tokens, claim.start - at, claim.end - at),
        });
      }
    }
  return rows;
}

/** A small seeded generator, so that the sample judged by hand can be drawn again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function report(rows: Row[]): void {
  const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '-'}%)`;
  for (const corpus of ['dev', 'bbc'] as const) {
    const of = rows.filter((r) => r.corpus === corpus);
    const heads = of.filter((r) => r.ours.head !== null || r.tagger.head !== null);
    const headsBoth = heads.filter((r) => r.ours.head !== null && r.tagger.head !== null);
    const events = of.filter((r) => r.ours.event !== null || r.tagger.event !== null);
    const eventsBoth = events.filter((r) => r.ours.event !== null && r.tagger.event !== null);
    const sameHead = (r: Row) => nounKey(r.ours.head) === nounKey(r.tagger.head);
    console.log(`${corpus}: ${of.length} count/share claims`);
    console.log(`  head  agree ${pct(heads.filter(sameHead).length, heads.length)} where either reads one;`);
    for (const dimension of ['count', 'percent']) {
      const d = headsBoth.filter((r) => r.dimension === dimension);
      console.log(`        ${dimension}: both read one: agree ${pct(d.filter(sameHead).length, d.length)}`);
    }
    console.log(`        both read one: agree ${pct(headsBoth.filter(sameHead).length, headsBoth.length)};`);
    console.log(
      `        ours only ${heads.filter((r) => r.tagger.head === null).length}, tagger only ${heads.filter((r) => r.ours.head === null).length}`,
    );
    console.log(`  event agree ${pct(events.filter(sameEvent).length, events.length)} where either reads one;`);
    console.log(`        both read one: agree ${pct(eventsBoth.filter(sameEvent).length, eventsBoth.length)};`);
    console.log(
      `        ours only ${events.filter((r) => r.tagger.event === null).length}, tagger only ${events.filter((r) => r.ours.event === null).length}`,
    );
  }
  const next = random(Number(values.seed));
  const draw = <T>(xs: T[], n: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return out;
  };
  // The sample judged by hand, per question: two thirds where both read a different word, a third where only one
  // of them reads any (most of those are the tagger's verb where the frame names no event).
  const n = Math.ceil(Number(values.sample) / 4);
  const show = (r: Row, what: 'head' | 'event', i: number) =>
    console.log(
      `${what[0].toUpperCase()}${i} [${r.corpus} ${r.file}] «${r.figure}» ours=${r.ours[what]} tagger=${r.tagger[what]}\n    ${r.sentence.replace(/\s+/g, ' ').slice(0, 300)}`,
    );
  for (const what of ['head', 'event'] as const) {
    const differ = rows.filter((r) =>
      what === 'head' ? nounKey(r.ours.head) !== nounKey(r.tagger.head) : !sameEvent(r),
    );
    const both = differ.filter((r) => r.ours[what] !== null && r.tagger[what] !== null);
    const one = differ.filter((r) => r.ours[what] === null || r.tagger[what] === null);
    console.log(`\n${what} disagreements: ${both.length} both read a word, ${one.length} only one reads one`);
    let i = 0;
    for (const r of draw(both, 2 * n)) show(r, what, ++i);
    for (const r of draw(one, n)) show(r, what, ++i);
  }
}

// ---- speed, load time, bundle size ----

function cpu(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1e6;
}

function speed(tagger: Tagger): void {
  const texts = bbcFiles().map((f) => fs.readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const sentences = new Set<string>();
  // The least a frame reader could tag: 60 characters either side of each figure, overlapping windows merged.
  const windows: string[] = [];
  for (const [n, text] of texts.entries()) {
    let from = -1;
    let to = -1;
    for (const c of analyzeDocument(text, `${n}.txt`).claims) {
      sentences.add(c.sentence);
      const start = Math.max(0, c.start - 60);
      if (start > to) {
        if (to > from) windows.push(text.slice(from, to));
        from = start;
      }
      to = Math.max(to, c.end + 60);
    }
    if (to > from) windows.push(text.slice(from, to));
  }
  const windowBytes = windows.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const figureSentences = [...sentences];
  const sentenceBytes = figureSentences.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const best = (run: () => number): { s: number; tokens: number } => {
    let tokens = 0;
    const times = [0, 1, 2].map(() => cpu(() => (tokens = run())));
    return { s: Math.min(...times), tokens };
  };
  const all = best(() => texts.reduce((n, t) => n + tagger.tagOnly(t), 0));
  const some = best(() => figureSentences.reduce((n, t) => n + tagger.tagOnly(t), 0));
  const least = best(() => windows.reduce((n, t) => n + tagger.tagOnly(t), 0));
  const ours = best(() => {
    texts.forEach((t, n) => analyzeDocument(t, `${n}.txt`));
    return 0;
  });
  const line = (what: string, r: { s: number; tokens: number }, mb: number) =>
    console.log(
      `  ${what}: ${r.s.toFixed(2)} s CPU, ${Math.round(r.tokens / r.s).toLocaleString('en')} tokens/s, ${(mb / r.s).toFixed(2)} MB/s (${mb.toFixed(2)} MB, ${r.tokens.toLocaleString('en')} tokens)`,
    );
  console.log(`speed on BBC (${texts.length} texts; best of 3):`);
  line('tagger, whole texts', all, bytes / 1e6);
  line(`tagger, the ${figureSentences.length} sentences that hold a figure`, some, sentenceBytes / 1e6);
  line(`tagger, 60 characters either side of each figure (${windows.length} windows)`, least, windowBytes / 1e6);
  console.log(
    `  our extraction (analyzeDocument under tsx): ${ours.s.toFixed(2)} s, ${(bytes / 1e6 / ours.s).toFixed(2)} MB/s`,
  );
}

function bundle(): void {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nlp-bundle-'));
  const entries: Record<string, string> = {
    wink: "const w = require('wink-nlp'); const m = require('wink-eng-lite-web-model'); module.exports = w(m, ['sbd', 'pos']);",
    compromise: "module.exports = require('compromise');",
  };
  for (const [name, source] of Object.entries(entries)) {
    const entry = path.join(ROOT, '.e2e', `nlp-entry-${name}.js`);
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    fs.writeFileSync(entry, source);
    const out = path.join(work, `${name}.js`);
    execFileSync(
      path.join(ROOT, 'node_modules', '.bin', 'esbuild'),
      [
        entry,
        '--bundle',
        '--minify',
        '--platform=node',
        '--target=node20',
        '--format=cjs',
        `--outfile=${out}`,
        '--log-level=error',
      ],
      { stdio: 'inherit' },
    );
    // Load time: the best of five fresh processes requiring the bundle, less the best of five bare node starts.
    const startup = (script: string) =>
      Math.min(
        ...[0, 1, 2, 3, 4].map(() => {
          const t0 = process.hrtime.bigint();
          execFileSync(process.execPath, ['-e', script]);
          return Number(process.hrtime.bigint() - t0) / 1e6;
        }),
      );
    const withLoad = startup(`require(${JSON.stringify(out)})`);
    const bare = startup('0');
    const gzipped = zlib.gzipSync(fs.readFileSync(out), { level: 9 }).length;
    console.log(
      `bundle ${name}: ${(fs.statSync(out).size / 1e6).toFixed(2)} MB minified (${(gzipped / 1e6).toFixed(2)} MB gzip); load ${(withLoad - bare).toFixed(0)} ms (node start excluded)`,
    );
    fs.rmSync(entry);
  }
  for (const f of ['cli.js', 'worker.js', 'server.js', 'client.js'].map((f) => path.join(ROOT, 'dist', f)))
    if (fs.existsSync(f))
      console.log(
        `  today dist/${path.basename(f)}: ${(fs.statSync(f).size / 1e6).toFixed(2)} MB (${(zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length / 1e6).toFixed(2)} MB gzip)`,
      );
  fs.rmSync(work, { recursive: true });
}

const tagger = values.tagger === 'compromise' ? compromiseTagger() : winkTagger();
console.log(`tagger: ${tagger.name}`);
if (values.bundle) bundle();
else if (values.speed) speed(tagger);
else {
  const rows = measure(tagger);
  if (values.dump) fs.writeFileSync(values.dump, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  report(rows);
}
