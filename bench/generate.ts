// Deterministic newsroom-archive generator: scales the real BBC articles (and the seed reports) to
// N articles by recombining their real sentences, so that many articles retell the same story with
// varied figures and places, and claims collide the way they do in a real archive.
// Same seed, same sources, same count → byte-identical files.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bumped whenever the output of the generator changes, so that old folders are not reused. */
export const GENERATOR_VERSION = 2;

/** mulberry32: a small, fast, seeded PRNG; good enough to pick sentences. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SourceArticle {
  topic: string;
  title: string;
  sentences: string[];
}

// Places that occur in the sources; one is swapped for another to make "the same story" elsewhere.
const PLACES = [
  'London',
  'Manchester',
  'Glasgow',
  'Cardiff',
  'Belfast',
  'Dublin',
  'Paris',
  'Berlin',
  'Madrid',
  'Rome',
  'Moscow',
  'Beijing',
  'Tokyo',
  'Delhi',
  'Mumbai',
  'Karachi',
  'Lahore',
  'Quetta',
  'Gwadar',
  'Kabul',
  'Baghdad',
  'Washington',
  'New York',
  'Los Angeles',
  'Sydney',
  'Johannesburg',
  'Nairobi',
  'Lagos',
  'Cairo',
  'Istanbul',
  'Britain',
  'France',
  'Germany',
  'Spain',
  'Italy',
  'Russia',
  'China',
  'Japan',
  'India',
  'Pakistan',
  'Iraq',
  'Afghanistan',
  'Iran',
  'Brazil',
  'Argentina',
  'Australia',
  'Canada',
  'Mexico',
  'Nigeria',
  'Kenya',
  'Scotland',
  'Wales',
  'England',
  'Ireland',
  'Europe',
  'Asia',
  'Africa',
  'Balochistan',
  'Mastung',
  'Noshki',
];
const PLACE_PATTERN = new RegExp(`\\b(?:${PLACES.map((p) => p.replace(/ /g, '\\s')).join('|')})\\b`, 'g');
const NUMBER_PATTERN = /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g;

function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readSources(bbcDir: string, seedsDir: string | null): SourceArticle[] {
  const articles: SourceArticle[] = [];
  const read = (file: string, topic: string): void => {
    const text = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const [first, ...rest] = text.split('\n');
    const sentences = rest
      .join('\n')
      .split(/\n+/)
      .flatMap(splitSentences)
      .filter((s) => s.length >= 20 && s.length <= 600);
    if (sentences.length >= 2) articles.push({ topic, title: first.trim(), sentences });
  };
  for (const name of fs
    .readdirSync(bbcDir)
    .filter((n) => n.endsWith('.txt'))
    .sort())
    read(path.join(bbcDir, name), name.replace(/_\d+\.txt$/, ''));
  if (seedsDir && fs.existsSync(seedsDir)) {
    for (const name of fs
      .readdirSync(seedsDir)
      .filter((n) => /^\d+_.*\.txt$/.test(n))
      .sort())
      read(path.join(seedsDir, name), 'security');
  }
  return articles;
}

/** Changes some figures of a sentence by a plausible amount (a revised or disputed count), keeping their format. */
function varyFigures(sentence: string, random: () => number): string {
  return sentence.replace(NUMBER_PATTERN, (number) => {
    if (random() < 0.6) return number;
    const value = Number(number.replace(/,/g, ''));
    if (!Number.isFinite(value) || (value >= 1900 && value <= 2030 && !number.includes(','))) return number; // years stay
    const decimals = number.includes('.') ? number.split('.')[1].length : 0;
    const factor = 0.7 + random() * 0.6;
    let varied = value * factor;
    varied = decimals ? Number(varied.toFixed(decimals)) : Math.max(1, Math.round(varied));
    if (varied === value) varied = decimals ? value + 10 ** -decimals : value + 1;
    const text = decimals ? varied.toFixed(decimals) : String(varied);
    return number.includes(',') ? Number(text).toLocaleString('en-US') : text;
  });
}

function varyPlaces(sentence: string, random: () => number): string {
  return sentence.replace(PLACE_PATTERN, (place) =>
    random() < 0.3 ? PLACES[Math.floor(random() * PLACES.length)] : place,
  );
}

/** The text of generated article number `index`. */
function generateArticle(
  sources: SourceArticle[],
  byTopic: Map<string, SourceArticle[]>,
  random: () => number,
): string {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const story = pick(sources);
  const sameTopic = byTopic.get(story.topic)!;
  const vary = (s: string): string => varyPlaces(varyFigures(s, random), random);
  const lines: string[] = [vary(story.title), ''];
  const paragraphs = 3 + Math.floor(random() * 4);
  let fromStory = 0;
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(random() * 4);
    for (let s = 0; s < count; s++) {
      // Retell the story (in order, as a follow-up report would), mixed with sentences from the same topic.
      if (random() < 0.55 && fromStory < story.sentences.length) sentences.push(vary(story.sentences[fromStory++]));
      else sentences.push(vary(pick(pick(sameTopic).sentences)));
    }
    lines.push(sentences.join(' '), '');
  }
  return lines.join('\n');
}

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
  reused: boolean;
}

/** Writes (or reuses) `count` articles under `parentDir`, 1,000 per sub-folder. */
export function generateCorpus(options: {
  count: number;
  seed: number;
  bbcDir: string;
  seedsDir: string | null;
  parentDir: string;
}): GeneratedCorpus {
  const dir = path.join(options.parentDir, `gen-${options.count}-seed${options.seed}-v${GENERATOR_VERSION}`);
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) {
    const { files, bytes } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { files: number; bytes: number };
    return { dir, files, bytes, reused: true };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const sources = readSources(options.bbcDir, options.seedsDir);
  if (sources.length === 0) throw new Error(`no source articles in ${options.bbcDir}`);
  const byTopic = new Map<string, SourceArticle[]>();
  for (const a of sources) byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), a]);
  const random = seededRandom(options.seed);
  let bytes = 0;
  for (let i = 0; i < options.count; i++) {
    const folder = path.join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) fs.mkdirSync(folder, { recursive: true });
    const text = generateArticle(sources, byTopic, random);
    const file = path.join(folder, `article-${String(i).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  fs.writeFileSync(marker, JSON.stringify({ files: options.count, bytes }));
  return { dir, files: options.count, bytes, reused: false };
}
