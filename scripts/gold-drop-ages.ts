// Applies the gold convention of issue 15 to every test/gold/quantities-*.jsonl: an age after a name ("Bratman, 26,",
// "Mrs Parker Bowles, 57,") is no quantity. Removes each entry whose span is a bare whole number standing right after
// "Name, " and right before ",". Prints only how many entries it removed per file (never the text: some files are
// held out). Usage: tsx scripts/gold-drop-ages.ts [--dry-run]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MONTH_NAMES, WEEKDAYS } from '../server/src/core/text/calendar';

const GOLD = path.join(__dirname, '..', 'test', 'gold');
const dryRun = process.argv.includes('--dry-run');

/** Capitalised words before a comma that are no name. */
const NOT_A_NAME = new Set([
  ...MONTH_NAMES,
  ...WEEKDAYS.map((day) => day[0].toUpperCase() + day.slice(1)),
  'In',
  'On',
  'At',
  'The',
  'A',
  'An',
  'And',
  'But',
  'Of',
  'For',
  'To',
  'By',
  'From',
  'With',
  'However',
  'Meanwhile',
  'Yet',
  'So',
  'Also',
  'Then',
  'Now',
  'Still',
]);

interface Entry {
  span: string;
}
interface Item {
  text: string;
  quantities?: Entry[];
}

/** Whether the first whole-word occurrence of `span` (where the scorer places it) is an age after a name. */
function isAgeAfterName(text: string, span: string): boolean {
  if (!/^\d{1,3}$/.test(span)) return false;
  for (let index = text.indexOf(span); index >= 0; index = text.indexOf(span, index + 1)) {
    const before = index > 0 ? text[index - 1] : ' ';
    const after = text[index + span.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const name = /(\p{Lu}[\p{L}'’.-]*), $/u.exec(text.slice(Math.max(0, index - 60), index));
    return name !== null && !NOT_A_NAME.has(name[1]) && after === ',';
  }
  return false;
}

for (const file of fs
  .readdirSync(GOLD)
  .filter((f) => f.startsWith('quantities-') && f.endsWith('.jsonl'))
  .sort()) {
  const full = path.join(GOLD, file);
  const lines = fs.readFileSync(full, 'utf8').split('\n');
  let removed = 0;
  const out = lines.map((line) => {
    if (!line.trim()) return line;
    const item = JSON.parse(line) as Item;
    const kept = (item.quantities ?? []).filter((q) => !isAgeAfterName(item.text, q.span));
    if (kept.length === (item.quantities ?? []).length) return line;
    removed += (item.quantities ?? []).length - kept.length;
    // Cut the entries out of the line as written, so that every other line and entry keeps its bytes.
    let edited = line;
    for (const span of new Set((item.quantities ?? []).filter((q) => !kept.includes(q)).map((q) => q.span))) {
      const entry = `\\{"span": ${JSON.stringify(span).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^{}]*\\}`;
      edited = edited.replace(new RegExp(`, ${entry}|${entry}, |${entry}`, 'g'), '');
    }
    if (JSON.stringify(JSON.parse(edited)) !== JSON.stringify({ ...item, quantities: kept }))
      throw new Error(`${file}: could not cut an entry out of line ${(item as { id?: string }).id}`);
    return edited;
  });
  if (removed && !dryRun) fs.writeFileSync(full, out.join('\n'));
  console.log(`${file}: ${removed} removed`);
}
