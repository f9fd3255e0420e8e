// Every figure of every seed that EXPECTED.md speaks of, with its value, qualifier, unit, predicate,
// attribution, stance and date, as `crosscheck extract seeds/<file>` gives it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/core';
import type { Claim, DocumentAnalysis } from '../../server/src/core';

const SEEDS = path.join(__dirname, '..', '..', 'seeds');

function seed(prefix: string): DocumentAnalysis {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return analyzeDocument(fs.readFileSync(path.join(SEEDS, name), 'utf8'), `seeds/${name}`);
}

type Row = [
  text: string,
  stated: number | [number, number],
  qualifier: string,
  unitKey: string | null,
  predicate: string | null,
  source: string | null,
  stance: string,
  asOf: string | null,
];

function rows(doc: DocumentAnalysis, keep: (c: Claim) => boolean = () => true): Row[] {
  return doc.claims
    .filter(keep)
    .map((c) => [
      c.text,
      c.value.stated,
      c.qualifier,
      c.unitKey,
      c.predicate,
      c.attribution?.source ?? null,
      c.stance,
      c.asOf,
    ]);
}

const counts = (c: Claim) => c.quantityKind === 'count';

describe('extractor on the seeds', () => {
  it('000 (The Hindu): 177 militants, nearly 200 insurgents, 12 towns, at least 31 civilians and 17 security personnel; Naqvi on 2 Feb', () => {
    const doc = seed('000');
    assert.deepEqual(doc.meta, { title: null, outlet: 'The Hindu', author: null, date: null, url: null });
    assert.deepEqual(rows(doc, counts), [
      ['177 militants', 177, 'exact', 'militant', 'killed', null, 'asserted', '2026-02-02'],
      ['nearly 200 insurgents', 200, 'nearly', 'insurgent', null, null, 'asserted', '2026-01-31'],
      ['at least 12 towns and cities', 12, 'at least', 'town and city', null, null, 'asserted', '2026-01-31'],
      ['dozens of inmates', 24, 'vague', 'inmate', 'freed', null, 'asserted', '2026-02-02'],
      ['at least 31 civilians', 31, 'at least', 'civilian', 'killed', null, 'asserted', '2026-02-02'],
      ['17 security personnel', 17, 'exact', 'security personnel', 'killed', null, 'asserted', '2026-02-02'],
      ['177', 177, 'exact', 'militant', 'killed', 'Interior Minister Mohsin Naqvi', 'asserted', '2026-02-02'],
    ]);
    assert.deepEqual(
      doc.eventDates.map((e) => [e.subject, e.date, e.weekday]),
      [['violence', '2026-01-31', 'saturday']],
    );
    assert.deepEqual(
      doc.names.map((n) => [n.name, n.acronym]),
      [['Baloch Liberation Army', 'BLA']],
    );
  });

  it('001 (Tatkaal Khabar, 2 Feb): 177 in 48 hours, at least 33 = 18 + 15, two dozen / 22 more; the repeated copy points back', () => {
    const doc = seed('001');
    assert.deepEqual([doc.meta.author, doc.meta.date], ['Tatkaal Khabar', '2026-02-02']);
    const firstCopy = rows(doc, (c) => counts(c) && c.repeatOf === null);
    assert.deepEqual(firstCopy, [
      ['177 Militants', 177, 'exact', 'militant', 'killed', null, 'asserted', '2026-02-02'],
      ['around two dozen militants', 24, 'about', 'militant', 'killed', 'Officials', 'asserted', '2026-02-02'],
      ['at least 33 people', 33, 'at least', 'person', 'killed', 'Officials', 'asserted', '2026-02-02'],
      ['nearly 200 militants', 200, 'nearly', 'militant', null, 'officials', 'asserted', '2026-02-02'],
      ['at least 18 civilians', 18, 'at least', 'civilian', 'killed', null, 'asserted', '2026-02-02'],
      ['15 security personnel', 15, 'exact', 'security personnel', 'killed', null, 'asserted', '2026-02-02'],
      [
        'an additional 22 insurgents',
        22,
        'increment',
        'insurgent',
        'killed',
        'Interior Minister Mohsin Naqvi',
        'asserted',
        '2026-02-02',
      ],
      ['dozens', 24, 'vague', null, 'killed', 'authorities', 'asserted', '2026-02-02'],
    ]);
    const eighteen = doc.claims.filter((c) => c.text === 'at least 18 civilians');
    assert.equal(eighteen.length, 2);
    assert.equal(eighteen[1].repeatOf, eighteen[0].id);
  });

  it('002 (The Hindu): at least 145 and the 145 / 31 / 17 table, all credited to Bugti on 1 Feb', () => {
    const doc = seed('002');
    assert.deepEqual(rows(doc, counts), [
      [
        'at least 145 militants',
        145,
        'at least',
        'militant',
        'killed',
        'The provincial Chief Minister, Sarfraz Bugti',
        'asserted',
        '2026-02-01',
      ],
      ['at least 12 different locations', 12, 'at least', 'location', null, null, 'asserted', '2026-02-01'],
      [
        'Militants Killed: 145',
        145,
        'exact',
        'militant',
        'killed',
        'The provincial Chief Minister, Sarfraz Bugti',
        'asserted',
        '2026-02-01',
      ],
      [
        'Civilians Killed: 31',
        31,
        'exact',
        'civilian',
        'killed',
        'The provincial Chief Minister, Sarfraz Bugti',
        'asserted',
        '2026-02-01',
      ],
      [
        'Security Personnel Killed: 17',
        17,
        'exact',
        'security personnel',
        'killed',
        'The provincial Chief Minister, Sarfraz Bugti',
        'asserted',
        '2026-02-01',
      ],
    ]);
    const hours = doc.claims.find((c) => c.text === '40-hour')!;
    assert.deepEqual([hours.quantityKind, hours.unitKey], ['duration', 'hour']);
  });

  it('003: 197 by state media, the military claims 177, the BLA claims 200; the attacks began on 29 January', () => {
    const doc = seed('003');
    assert.deepEqual(rows(doc, counts), [
      ['197 militants', 197, 'exact', 'militant', 'killed', 'state media reports', 'asserted', '2026-02-02'],
      [
        '17 members of Pakistan’s law enforcement agencies',
        17,
        'exact',
        'member',
        'killed',
        'reports',
        'asserted',
        '2026-02-02',
      ],
      ['31 civilians', 31, 'exact', 'civilian', 'killed', 'reports', 'asserted', '2026-02-02'],
      [
        '200 security personnel',
        200,
        'exact',
        'security personnel',
        'killed',
        'The Balochistan Liberation Army (BLA)',
        'claimed',
        '2026-02-02',
      ],
      ['177 militants', 177, 'exact', 'militant', 'killed', 'The Pakistani military', 'claimed', '2026-02-02'],
    ]);
    assert.equal(doc.claims[1].unitOf, 'law enforcement agency');
    assert.deepEqual(
      doc.eventDates.map((e) => [e.subject, e.date]),
      [
        ['operations', '2026-01-29'],
        ['escalation', '2026-01-29'],
      ],
    );
    assert.deepEqual(
      doc.names.filter((n) => n.acronym).map((n) => [n.name, n.acronym]),
      [
        ['Balochistan Liberation Army', 'BLA'],
        ['Special Tactical Operations Squad', 'STOS'],
        ['China-Pakistan Economic Corridor', 'CPEC'],
      ],
    );
  });

  it("004 (NewsGram): 145 revised to 177, Rind's 22 more and 177, 167 bodies, 92 on Saturday, Bugti's rejected 1,000 to 2,000, the 2025 hijacking", () => {
    const doc = seed('004');
    assert.equal(doc.meta.author, 'NewsGram Desk');
    const pick = (text: string, at = 0) => doc.claims.filter((c) => c.text === text)[at];
    const row = (c: Claim) => [
      c.value.stated,
      c.qualifier,
      c.unitKey,
      c.predicate,
      c.attribution?.source ?? null,
      c.stance,
      c.asOf,
    ];
    assert.deepEqual(row(pick('145 militants')), [
      145,
      'exact',
      'militant',
      'killed',
      'the Pakistan military',
      'asserted',
      '2026-02-01',
    ]);
    assert.deepEqual(row(pick('177', 0)), [
      177,
      'exact',
      'militant',
      'killed',
      'the Pakistan military',
      'asserted',
      '2026-02-02',
    ]);
    assert.deepEqual(row(pick('22 more militants')), [
      22,
      'increment',
      'militant',
      'killed',
      'Provincial government spokesperson Shahid Rind',
      'asserted',
      '2026-02-02',
    ]);
    assert.deepEqual(row(pick('177', 1)), [
      177,
      'exact',
      'militant',
      'killed',
      'Provincial government spokesperson Shahid Rind',
      'asserted',
      '2026-02-02',
    ]);
    assert.deepEqual(row(pick('at least 167 bodies of militants')), [
      167,
      'at least',
      'body',
      null,
      'Officials',
      'asserted',
      '2026-02-02',
    ]);
    assert.deepEqual(row(pick('92 fighters')), [
      92,
      'exact',
      'fighter',
      'killed',
      'Pakistan’s military',
      'asserted',
      '2026-01-31',
    ]);
    assert.deepEqual(row(pick('1,000 to 2,000')), [
      [1000, 2000],
      'range',
      'attacker',
      null,
      'Bugti',
      'rejected',
      '2026-02-02',
    ]);
    assert.deepEqual(row(pick('between 200 and 250')), [
      [200, 250],
      'range',
      'attacker',
      null,
      'Bugti',
      'asserted',
      '2026-02-02',
    ]);
    assert.deepEqual(row(pick('Nearly 50 people')), [50, 'nearly', 'person', 'killed', null, 'asserted', '2026-02-02']);
    const hijacking = pick('31 civilians and security personnel');
    assert.deepEqual(
      [hijacking.asOf, hijacking.unitKey, hijacking.predicate],
      ['2025-03', 'civilian and security personnel', 'killed'],
    );
    const footer = pick('Over 45 Million Children');
    assert.deepEqual([footer.value.stated, footer.qualifier, footer.unitKey], [45_000_000, 'more than', 'child']);
    // "92 fighters were killed on Saturday": a weekday alone, the file has no date of its own to resolve it against.
    assert.deepEqual(
      doc.eventDates.map((e) => [e.subject, e.date]),
      [
        ['attacks', '2026-01-31'],
        ['violence', '2026-01-31'],
        ['fighters', ''],
      ],
    );
  });
});
