// Finding ids and suppression scope on the seeds, through the whole core: an id names what a finding is about,
// so it survives another folder prefix, another file and an edit elsewhere; a marker silences only the claims it
// covers, in its own file.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, checkDocuments, type Finding } from '../../server/src/core';
import { notComparableEdit, suppressionEdit } from '../../server/src/core/citations';

const SEEDS = path.resolve(__dirname, '../../seeds');

interface Text {
  name: string;
  text: string;
}

const seeds: Text[] = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: fs.readFileSync(path.join(SEEDS, name), 'utf8') }));

function findingsOf(texts: Text[], prefix = ''): Finding[] {
  return checkDocuments(texts.map((t) => analyzeDocument(t.text, prefix + t.name))).findings;
}

const SEED_IDS = [
  'conflict/civilians-killed/b36dc362',
  'conflict/militants-killed/36b693c2',
  'conflict/people-killed/ab1a198d',
  'conflict/security-personnel-killed/24bf0628',
  'internal/militants-killed/6b0dcbf8',
  'date/attacks-began/30159c02',
  'date/operations-began/cd231718',
  'attributed/security-personnel-killed/eb027e64',
  'name-variant/bla/90dce64b',
];

/** Each diagnostic a finding puts in a file: "000:7 conflict/civilians-killed/b36dc362" (file, 0-based line, finding). */
function diagnostics(findings: Finding[]): string[] {
  return findings
    .flatMap((f) =>
      f.claims.map((claim) => {
        const [file, line] = claim.split(':');
        return `${path.basename(file).slice(0, 3)}:${line} ${f.id}`;
      }),
    )
    .sort();
}

function edited(texts: Text[], name: string, edit: { start: number; end: number; newText: string }): Text[] {
  return texts.map((t) =>
    t.name === name ? { name, text: t.text.slice(0, edit.start) + edit.newText + t.text.slice(edit.end) } : t,
  );
}

describe('finding ids', () => {
  it('are the same whatever folder the files are named from (check . and check ..)', () => {
    assert.deepEqual(
      findingsOf(seeds).map((f) => f.id),
      SEED_IDS,
    );
    assert.deepEqual(
      findingsOf(seeds, 'seeds/').map((f) => f.id),
      SEED_IDS,
    );
    assert.deepEqual(
      findingsOf(seeds, 'work/main/seeds/').map((f) => f.id),
      SEED_IDS,
    );
  });

  it('stay when a file is added, unrelated or agreeing with figures the findings already have', () => {
    const unrelated = {
      name: 'notes.txt',
      text: 'The city council approved 12 new bus routes on Tuesday, the mayor said.\nTicket prices rise to 3 dollars in March.\n',
    };
    assert.deepEqual(
      findingsOf([...seeds, unrelated]).map((f) => f.id),
      SEED_IDS,
    );
    const agreeing = {
      name: '005_agreeing.txt',
      text: 'Balochistan attacks\n\nAt least 31 civilians and 17 security personnel were killed when Baloch Liberation Army militants attacked Quetta, officials said. Security forces killed 177 militants, Interior Minister Mohsin Naqvi said.\n',
    };
    const withAgreeing = findingsOf([...seeds, agreeing]);
    assert.deepEqual(
      withAgreeing.map((f) => f.id),
      SEED_IDS,
    );
    assert.deepEqual(
      withAgreeing.filter((f) => f.claims.some((c) => c.startsWith('005'))).map((f) => f.id),
      [
        'conflict/civilians-killed/b36dc362',
        'conflict/militants-killed/36b693c2',
        'conflict/security-personnel-killed/24bf0628',
        'attributed/security-personnel-killed/eb027e64',
        'name-variant/bla/90dce64b',
      ],
    );
  });

  it('stay when an unrelated paragraph is edited and lines move', () => {
    const text = seeds[3].text;
    const paragraph = text.indexOf('The violence has drawn attention');
    const edit = {
      start: paragraph,
      end: paragraph,
      newText: 'A new opening line, added later.\nThe province has long been restive. ',
    };
    assert.deepEqual(
      findingsOf(edited(seeds, seeds[3].name, edit)).map((f) => f.id),
      SEED_IDS,
    );
  });
});

describe('suppression scope', () => {
  const militants = 'conflict/militants-killed/36b693c2';

  it('"Ignore this finding in this paragraph" in a plain text without blank lines silences that finding on that line of that file only', () => {
    const before = diagnostics(findingsOf(seeds));
    assert.ok(before.includes(`000:1 ${militants}`) && before.includes(`000:9 ${militants}`));
    const text = seeds[0].text;
    const at = text.indexOf('177 militants');
    const edit = suppressionEdit(text, at, militants, false);
    const secondLine = text.indexOf('\n') + 1;
    assert.deepEqual(edit, { start: secondLine, end: secondLine, newText: `crosscheck-ignore: ${militants}\n` });
    const after = diagnostics(findingsOf(edited(seeds, seeds[0].name, edit)));
    // 000's lines from the claim's on move down by one (the marker line); its 177 on that line is silenced for this
    // finding; every other diagnostic, in 000 and in the four other files, stays.
    const expected = before
      .filter((d) => d !== `000:1 ${militants}`)
      .map((d) => d.replace(/^000:(\d+)/, (_, line) => `000:${Number(line) >= 1 ? Number(line) + 1 : line}`))
      .sort();
    assert.deepEqual(after, expected);
  });

  it('a name variant silenced in one file is read again without its mentions there', () => {
    const nameVariant = 'name-variant/bla/90dce64b';
    const mention = analyzeDocument(seeds[3].text, seeds[3].name).names.find(
      (n) => n.id === '003_0c6566569c3261f3.txt:3:121',
    )!;
    const edit = suppressionEdit(seeds[3].text, mention.start, nameVariant, false);
    const after = findingsOf(edited(seeds, seeds[3].name, edit)).find((f) => f.id === nameVariant)!;
    assert.equal(
      after.message,
      'One name, 2 spellings: "Baloch Liberation Army" in The Hindu, Tatkaal Khabar, NewsGram; "Balochistan Liberation Army" in NewsGram',
    );
    assert.equal(
      after.claims.some((c) => c.startsWith('003')),
      false,
    );
  });

  it('a not-comparable mark leaves one figure out of every comparison, and the finding stays for the others', () => {
    const civilians = 'conflict/civilians-killed/b36dc362';
    const text = seeds[3].text;
    const at = text.indexOf('31 civilians');
    const edit = notComparableEdit(text, { start: at, text: '31 civilians' }, false);
    const line = text.lastIndexOf('\n', at) + 1;
    assert.deepEqual(edit, { start: line, end: line, newText: 'crosscheck-not-comparable: 31 civilians\n' });
    const before = findingsOf(seeds).find((f) => f.id === civilians)!;
    const after = findingsOf(edited(seeds, seeds[3].name, edit)).find((f) => f.id === civilians)!;
    assert.deepEqual(
      before.timeline.map((e) => `${e.file.slice(0, 3)} ${e.figure}`),
      ['002 31', '000 at least 31', '001 at least 18', '003 31', '004 31'],
    );
    assert.deepEqual(
      after.timeline.map((e) => `${e.file.slice(0, 3)} ${e.figure}`),
      ['002 31', '000 at least 31', '001 at least 18', '004 31'],
    );
    // The same, declared in .crosscheck.json's "notComparable" (a glob of the file, the figure as written).
    const declared = checkDocuments(
      seeds.map((t) => analyzeDocument(t.text, `seeds/${t.name}`)),
      { notComparable: [{ glob: '**/003_*.txt', figures: ['31 Civilians'] }] },
    );
    assert.deepEqual(
      declared.findings.find((f) => f.id === civilians)!.timeline.map((e) => `${e.file.slice(6, 9)} ${e.figure}`),
      ['002 31', '000 at least 31', '001 at least 18', '004 31'],
    );
  });

  it("a figure marked not comparable takes part in no finding: 003's 197 militants", () => {
    const text = seeds[3].text;
    const edit = notComparableEdit(text, { start: text.indexOf('197 militants'), text: '197 militants' }, false);
    const findings = findingsOf(edited(seeds, seeds[3].name, edit));
    // Without it, 145 is superseded by 177 and nothing else disagrees (a revision), and 003 no longer contradicts itself.
    assert.deepEqual(
      findings.filter((f) => f.subject === 'militants killed').map((f) => f.message),
      [
        'Militants killed revised: 145 in The Hindu, NewsGram (The provincial Chief Minister, Sarfraz Bugti, 1 Feb, superseded by 177); 177 in The Hindu, Tatkaal Khabar, 003, NewsGram (Interior Minister Mohsin Naqvi, 2 Feb)',
      ],
    );
  });
});
