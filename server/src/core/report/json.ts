// The JSON reports: THE contract of `crosscheck check --format json` ({ files, claims, conflicts }) and of
// `crosscheck extract --format json` ({ claims, attributions }). Fields may be added, never renamed or removed.
import type {
  AttributionRecord,
  Claim,
  DocumentAnalysis,
  DocumentMeta,
  EventDate,
  Finding,
  NameMention,
  UnreadFigure,
} from '../types';

/** A file the run could not read, and why ("binary file (contains NUL bytes)"). */
export interface SkippedFile {
  file: string;
  reason: string;
  /** Why, as a stable word a program can switch on: the reader's typed reason ("binary", "too-large", ...). */
  code?: string;
}

export interface CheckReportOptions {
  skipped?: readonly SkippedFile[];
  /** The files whose figures matched no story (checkDocuments). */
  unmatched?: readonly string[];
}

export interface CheckReport {
  /** The files read, relative paths with forward slashes. */
  files: string[];
  /** Every claim of every file, whether or not it conflicts. */
  claims: Claim[];
  /** The findings (all kinds, not only "conflict"). */
  conflicts: Finding[];
  /** Added: each file's outlet, author, date, title and URL. */
  documents: { file: string; meta: DocumentMeta }[];
  /** Added: the dated events and organisation names that date and name-variant findings refer to by id. */
  eventDates: (EventDate & { file: string })[];
  names: (NameMention & { file: string })[];
  /** Added: the files that could not be read, with the reason. */
  skipped: SkippedFile[];
  /** Added: the files whose figures count what other files count but matched none of their stories (never compared). */
  unmatched: string[];
}

export interface ExtractReport {
  claims: Claim[];
  attributions: AttributionRecord[];
  /** Added: the figures not read, with the reason (only when there are some). */
  unread?: UnreadFigure[];
}

export function checkReport(
  docs: readonly DocumentAnalysis[],
  findings: readonly Finding[],
  options: CheckReportOptions = {},
): CheckReport {
  return {
    files: docs.map((doc) => doc.file),
    claims: docs.flatMap((doc) => doc.claims),
    conflicts: [...findings],
    documents: docs.map((doc) => ({ file: doc.file, meta: doc.meta })),
    eventDates: docs.flatMap((doc) => (doc.eventDates ?? []).map((dated) => ({ ...dated, file: doc.file }))),
    names: docs.flatMap((doc) => (doc.names ?? []).map((name) => ({ ...name, file: doc.file }))),
    skipped: [...(options.skipped ?? [])],
    unmatched: [...(options.unmatched ?? [])],
  };
}

export function extractReport(doc: DocumentAnalysis): ExtractReport {
  return doc.unread?.length
    ? { claims: doc.claims, attributions: doc.attributions, unread: doc.unread }
    : { claims: doc.claims, attributions: doc.attributions };
}

/** Pretty-printed JSON with a final newline, as the CLI writes it. */
export function toJsonText(report: unknown): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** How deep jsonTextChunks opens arrays and objects before it serialises what is inside in one piece. */
const STREAMED_DEPTH = 4;
/** Pieces are gathered up to about this many characters before they are handed out. */
const CHUNK_CHARACTERS = 1 << 20;

function isPlainContainer(value: unknown): value is unknown[] | Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A value as JSON.stringify(value, null, 2) writes it when it starts at `indent` inside a larger document. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= STREAMED_DEPTH || !isPlainContainer(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield text.includes('\n') ? text.split('\n').join(`\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      const item = value[i];
      yield* pieces(
        item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item,
        inner,
        depth + 1,
      );
    }
    return yield `\n${indent}]`;
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** How deep compactPieces opens arrays and objects; what is deeper goes to JSON.stringify whole. */
const COMPACT_DEPTH = 3;
/** At most this many items (or entries) go to one JSON.stringify call in compactPieces. */
const COMPACT_BATCH = 1024;

/**
 * A value as JSON.stringify(value) writes it: the arrays and objects of the first COMPACT_DEPTH levels opened, runs
 * of up to COMPACT_BATCH of their items serialised by one JSON.stringify call, so that it costs little more than one.
 */
function* compactPieces(value: unknown, depth: number): Generator<string> {
  if (depth >= COMPACT_DEPTH || !isPlainContainer(value)) return yield JSON.stringify(value) ?? 'null';
  const isArray = Array.isArray(value);
  const items: [string, unknown][] = isArray ? value.map((item, i) => [String(i), item]) : Object.entries(value);
  const skipped = (item: unknown): boolean =>
    item === undefined || typeof item === 'function' || typeof item === 'symbol';
  yield isArray ? '[' : '{';
  let written = 0;
  for (let i = 0; i < items.length;) {
    const [key, item] = items[i];
    if (!isArray && skipped(item)) {
      i++;
      continue;
    }
    if (depth + 1 < COMPACT_DEPTH && isPlainContainer(item)) {
      yield `${written++ > 0 ? ',' : ''}${isArray ? '' : `${JSON.stringify(key)}:`}`;
      yield* compactPieces(item, depth + 1);
      i++;
      continue;
    }
    // A run of items that are not opened, serialised together.
    let end = i;
    while (
      end < items.length &&
      end - i < COMPACT_BATCH &&
      !(depth + 1 < COMPACT_DEPTH && isPlainContainer(items[end][1]))
    )
      end++;
    const run = items.slice(i, end);
    const text = isArray ? JSON.stringify(run.map(([, v]) => v)) : JSON.stringify(Object.fromEntries(run));
    if (text.length > 2) yield `${written++ > 0 ? ',' : ''}${text.slice(1, -1)}`;
    i = end;
  }
  yield isArray ? ']' : '}';
}

/** Gathers pieces into chunks of about CHUNK_CHARACTERS. */
function* gathered(parts: Iterable<string>, end: string): Generator<string> {
  let chunk = '';
  for (const part of parts) {
    chunk += part;
    if (chunk.length >= CHUNK_CHARACTERS) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + end;
}

/**
 * toJsonText(report) in pieces of about a megabyte, for reports too large to be one string (a workspace of 100,000
 * files gives more JSON than a JavaScript string can hold). Joined, the pieces are exactly toJsonText's text.
 */
export function* jsonTextChunks(report: unknown): Generator<string> {
  yield* gathered(pieces(report, '', 0), '\n');
}

/** JSON.stringify(value) in pieces of about a megabyte (joined, exactly its text): for large values written to a file. */
export function* compactJsonChunks(value: unknown): Generator<string> {
  yield* gathered(compactPieces(value, 0), '');
}
