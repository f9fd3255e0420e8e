// Facts about the seed workspace that every editor must show, read from the seed text itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEEDS } from './environment';

export const FILE_145 = '002_f236f39115b0c122.txt';
/** The files that say 177 militants were killed (EXPECTED.md, C1). */
export const FILES_177 = [
  '000_753dc5942af7b371.txt',
  '001_2f94e5660727e969.txt',
  '003_0c6566569c3261f3.txt',
  '004_b956a5e68296c51b.txt',
];

export interface Spot {
  line: number;
  /** UTF-16 column of the first digit of "145". */
  character: number;
}

/** "... have killed at least 145 militants ..." on the second line of 002. */
export function spotOf145(): Spot {
  const lines = fs.readFileSync(path.join(SEEDS, FILE_145), 'utf8').split(/\r?\n/);
  const line = lines.findIndex((text) => text.includes('at least 145 militants'));
  if (line < 0) throw new Error(`seeds/${FILE_145} no longer says "at least 145 militants"`);
  return { line, character: lines[line].indexOf('145') };
}
