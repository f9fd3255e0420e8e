import { strict as assert } from 'node:assert';
import { detectFindings, messageFor, type Finding, type FindingKind } from '../../server/src/core';
import { dateFindings } from '../../server/src/core/conflicts/dates';
import { BALOCHISTAN, doc, FLOODS } from './fixtures/engine/builders';

function kinds(findings: Finding[]): FindingKind[] {
  return findings.map((f) => f.kind);
}

function only(findings: Finding[], kind: FindingKind): Finding {
  const matching = findings.filter((f) => f.kind === kind);
  assert.equal(matching.length, 1, `expected one ${kind}, got ${JSON.stringify(findings.map((f) => f.message))}`);
  return matching[0];
}

describe('conflict engine: intervals', () => {
  const pair = (a: Parameters<typeof doc>[1]['claims'], b: Parameters<typeof doc>[1]['claims']) =>
    detectFindings([doc('a.txt', { claims: a, story: BALOCHISTAN }), doc('b.txt', { claims: b, story: BALOCHISTAN })]);

  it('reports 18 against at least 31 civilians killed as a conflict', () => {
    const findings = pair(
      [{ value: 18, unit: 'civilians' }],
      [{ value: 31, unit: 'civilians', qualifier: 'at least' }],
    );
    const conflict = only(findings, 'conflict');
    assert.equal(conflict.subject, 'civilians killed');
    assert.deepEqual(conflict.claims, ['a.txt:1:25', 'b.txt:1:25']);
    assert.equal(conflict.message, 'Sources disagree on civilians killed: 18 in a; at least 31 in b');
    assert.equal(conflict.severity, 'warning');
  });

  it('finds "at least 31" and "33" compatible', () => {
    assert.deepEqual(
      pair([{ value: 31, unit: 'civilians', qualifier: 'at least' }], [{ value: 33, unit: 'civilians' }]),
      [],
    );
  });

  it('finds "nearly 200" and "between 200 and 250" touching, so compatible', () => {
    assert.deepEqual(
      pair([{ value: 200, unit: 'attackers', qualifier: 'nearly' }], [{ value: [200, 250], unit: 'attackers' }]),
      [],
    );
  });

  it('finds "around two dozen" covering 22', () => {
    assert.deepEqual(
      pair(
        [{ value: 24, unit: 'militants', qualifier: 'about', text: 'around two dozen militants' }],
        [{ value: 22, unit: 'militants' }],
      ),
      [],
    );
  });

  it('finds 89% and 89.4% agreeing after rounding, but not 89% and 90.1%', () => {
    const share = (value: number) => [
      { value, unit: 'voters', predicate: 'backed', quantityKind: 'percent' as const, text: `${value}% of voters` },
    ];
    assert.deepEqual(pair(share(89), share(89.4)), []);
    assert.deepEqual(kinds(pair(share(89), share(90.1))), ['conflict']);
  });

  it('never compares an increment ("an additional 22") with a total', () => {
    assert.deepEqual(
      pair(
        [{ value: 22, unit: 'militants', qualifier: 'increment', text: '22 more militants' }],
        [{ value: 177, unit: 'militants' }],
      ),
      [],
    );
    assert.deepEqual(
      pair(
        [
          {
            value: 22,
            unit: 'militants',
            sentence: 'Forces in Quetta killed an additional 22 militants in Balochistan.',
          },
        ],
        [{ value: 177, unit: 'militants' }],
      ),
      [],
    );
  });

  it('never lets a rejected figure conflict', () => {
    assert.deepEqual(
      pair(
        [{ value: [1000, 2000], unit: 'attackers', predicate: 'launched', stance: 'rejected' }],
        [{ value: [200, 250], unit: 'attackers', predicate: 'launched' }],
      ),
      [],
    );
  });

  it('keeps a one-day count ("92 fighters were killed on Saturday") apart from the total', () => {
    const oneDay = {
      value: 92,
      unit: 'militants',
      sentence: 'The army in Quetta said 92 militants were killed on Saturday in Balochistan.',
    };
    assert.deepEqual(pair([oneDay], [{ value: 177, unit: 'militants' }]), []);
    const overnight = {
      value: 24,
      unit: 'militants',
      qualifier: 'about' as const,
      sentence: 'Officials in Quetta said around 24 militants were killed in fresh overnight raids in Balochistan.',
      text: 'around 24 militants',
    };
    assert.deepEqual(pair([overnight], [{ value: 177, unit: 'militants' }]), []);
  });

  it('ignores durations of different windows (48 hours, 40-hour operation)', () => {
    const hours = (value: number) => [{ value, unit: 'hours', predicate: 'lasted', quantityKind: 'duration' as const }];
    assert.deepEqual(pair(hours(48), hours(40)), []);
  });
});

describe('conflict engine: what counts as the same thing', () => {
  it('counts insurgents as militants by default', () => {
    const findings = detectFindings([
      doc('a.txt', { claims: [{ value: 145, unit: 'insurgents' }], story: BALOCHISTAN }),
      doc('b.txt', { claims: [{ value: 177, unit: 'militants' }], story: BALOCHISTAN }),
    ]);
    assert.equal(only(findings, 'conflict').subject, 'militants killed');
  });

  it('does not count fighters as militants unless .crosscheck.json says so', () => {
    const docs = [
      doc('a.txt', { claims: [{ value: 92, unit: 'fighters' }], story: BALOCHISTAN }),
      doc('b.txt', { claims: [{ value: 177, unit: 'militants' }], story: BALOCHISTAN }),
    ];
    assert.deepEqual(detectFindings(docs), []);
    assert.deepEqual(kinds(detectFindings(docs, { synonyms: { militant: ['fighter'] } })), ['conflict']);
  });

  it('counts "members of law enforcement agencies" as security personnel', () => {
    const findings = detectFindings([
      doc('a.txt', { claims: [{ value: 15, unit: 'security personnel' }], story: BALOCHISTAN }),
      doc('b.txt', {
        claims: [{ value: 17, unit: "members of Pakistan's law enforcement agencies", unitKey: 'member' }],
        story: BALOCHISTAN,
      }),
    ]);
    assert.equal(only(findings, 'conflict').subject, 'security personnel killed');
  });

  it('never compares killed with wounded, or bodies received with militants killed', () => {
    assert.deepEqual(
      detectFindings([
        doc('a.txt', { claims: [{ value: 40, unit: 'civilians', predicate: 'wounded' }], story: BALOCHISTAN }),
        doc('b.txt', {
          claims: [
            { value: 31, unit: 'civilians' },
            { value: 167, unit: 'bodies of militants', unitKey: 'body', predicate: 'received' },
          ],
          story: BALOCHISTAN,
        }),
        doc('c.txt', { claims: [{ value: 177, unit: 'militants' }], story: BALOCHISTAN }),
      ]),
      [],
    );
  });

  it('never compares figures of two different stories', () => {
    const findings = detectFindings([
      doc('pakistan.txt', { claims: [{ value: 31, unit: 'civilians' }], story: BALOCHISTAN }),
      doc('floods.txt', {
        claims: [
          { value: 12, unit: 'civilians', sentence: 'Police in Dhaka said 12 civilians were killed in Sylhet.' },
        ],
        story: FLOODS,
      }),
    ]);
    assert.deepEqual(findings, []);
  });

  it('compares two reports that share only a few names as one story, their conflict information only', () => {
    const findings = detectFindings([
      doc('a.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN }),
      doc('b.txt', {
        claims: [{ value: 31, unit: 'civilians' }],
        story: 'Mourners in Quetta and Balochistan buried the dead near Ziarat, Sibi, Kalat, Turbat and Panjgur.',
      }),
    ]);
    const conflict = only(findings, 'conflict');
    assert.equal(conflict.message, 'Sources disagree on civilians killed: 18 in a; 31 in b');
    assert.equal(conflict.severity, 'information');
  });

  it('makes a conflict between figures more than ten times apart information only', () => {
    const conflict = only(
      detectFindings([
        doc('a.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN }),
        doc('b.txt', { claims: [{ value: 310, unit: 'civilians' }], story: BALOCHISTAN }),
      ]),
      'conflict',
    );
    assert.equal(conflict.severity, 'information');
  });

  it('keeps an earlier event named by its year ("a train hijacking in March 2025 that killed 31") apart', () => {
    const findings = detectFindings([
      doc('a.txt', { date: '2026-02-02', claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN }),
      doc('b.txt', {
        date: '2026-02-02',
        claims: [
          { value: 18, unit: 'civilians' },
          {
            value: 31,
            unit: 'civilians',
            sentence:
              'In earlier years the Baloch Liberation Army claimed a train hijacking in March 2025 in Balochistan that killed 31 civilians.',
          },
        ],
        story: BALOCHISTAN,
      }),
    ]);
    assert.deepEqual(findings, []);
  });

  it('treats one file repeating its own figure as one figure', () => {
    const findings = detectFindings([
      doc('a.txt', {
        claims: [
          { value: 18, unit: 'civilians' },
          { value: 18, unit: 'civilians', line: 9, repeatOf: 'a.txt:1:25' },
        ],
        story: BALOCHISTAN,
      }),
      doc('b.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN }),
    ]);
    assert.deepEqual(findings, []);
  });
});

describe('conflict engine: kinds of finding', () => {
  it('explains a revised toll as a revision timeline, the earlier figure superseded', () => {
    const findings = detectFindings([
      doc('early.txt', {
        claims: [{ value: 145, unit: 'militants', source: 'Chief Minister Sarfraz Bugti', asOf: '2026-02-01' }],
        story: BALOCHISTAN,
      }),
      doc('late.txt', {
        claims: [{ value: 177, unit: 'militants', source: 'Interior Minister Mohsin Naqvi', asOf: '2026-02-02' }],
        story: BALOCHISTAN,
      }),
    ]);
    const revision = only(findings, 'revision');
    assert.equal(revision.severity, 'information');
    assert.deepEqual(
      revision.timeline.map((e) => [e.file, e.figure, e.date, e.source, e.superseded]),
      [
        ['early.txt', '145', '2026-02-01', 'Chief Minister Sarfraz Bugti', true],
        ['late.txt', '177', '2026-02-02', 'Interior Minister Mohsin Naqvi', false],
      ],
    );
    assert.equal(
      revision.message,
      'Militants killed revised: 145 in early (Chief Minister Sarfraz Bugti, 1 Feb, superseded by 177); 177 in late (Interior Minister Mohsin Naqvi, 2 Feb)',
    );
  });

  it('follows an explicit "revised to" even without dates, and stays a conflict while an outlier remains', () => {
    const findings = detectFindings([
      doc('a.txt', { claims: [{ value: 145, unit: 'militants' }], story: BALOCHISTAN }),
      doc('b.txt', {
        claims: [
          {
            value: 145,
            unit: 'militants',
            sentence:
              'The military in Quetta said it had killed 145 militants, with this number being revised to 177 on 2 February.',
          },
          {
            value: 177,
            unit: 'militants',
            line: 2,
            sentence:
              'The military in Quetta said it had killed 145 militants, with this number being revised to 177 on 2 February.',
          },
        ],
        story: BALOCHISTAN,
      }),
      doc('c.txt', { claims: [{ value: 197, unit: 'militants', source: 'state media' }], story: BALOCHISTAN }),
    ]);
    const conflict = only(findings, 'conflict');
    assert.deepEqual(
      conflict.timeline.map((e) => [e.file, e.figure, e.superseded]),
      [
        ['a.txt', '145', true],
        ['b.txt', '145', true],
        ['b.txt', '177', false],
        ['c.txt', '197', false],
      ],
    );
    assert.equal(
      findings.filter((f) => f.kind === 'internal').length,
      0,
      'a revision inside one file is not an internal conflict',
    );
    assert.equal(
      messageFor(conflict, conflict.claims[0]),
      '145 militants killed here (superseded); 177 in b; 197 in c',
    );
  });

  it('reports one file giving two figures for one count as internal', () => {
    const findings = detectFindings([
      doc('a.txt', {
        claims: [
          { value: 197, unit: 'militants', source: 'state media' },
          { value: 177, unit: 'militants', source: 'the Pakistani military' },
        ],
        story: BALOCHISTAN,
      }),
    ]);
    const internal = only(findings, 'internal');
    assert.equal(internal.severity, 'warning');
    assert.equal(
      internal.message,
      'a gives 2 figures for militants killed: 177 (the Pakistani military) and 197 (state media)',
    );
  });

  it("shows a party's own claim as attributed, apart from the official figure", () => {
    const findings = detectFindings([
      doc('a.txt', { claims: [{ value: 17, unit: 'security personnel' }], story: BALOCHISTAN }),
      doc('b.txt', {
        claims: [
          { value: 17, unit: 'security personnel' },
          {
            value: 200,
            unit: 'security personnel',
            source: 'The Balochistan Liberation Army (BLA)',
            stance: 'claimed',
          },
        ],
        story: BALOCHISTAN,
      }),
    ]);
    const attributed = only(findings, 'attributed');
    assert.equal(attributed.severity, 'information');
    assert.equal(
      attributed.message,
      "200 security personnel killed is The Balochistan Liberation Army (BLA)'s own claim (b); official figure 17 in a, b",
    );
    assert.deepEqual(
      findings.map((f) => f.kind),
      ['attributed'],
    );
  });

  it('checks parts against totals: "at least 33" = 18 + 15 conflicts with "nearly 50" = 31 + 17', () => {
    const findings = detectFindings([
      doc('a.txt', {
        claims: [
          { value: 33, unit: 'people', qualifier: 'at least' },
          { value: 18, unit: 'civilians' },
          { value: 15, unit: 'security personnel' },
        ],
        story: BALOCHISTAN,
      }),
      doc('b.txt', {
        claims: [
          {
            value: 50,
            unit: 'people',
            qualifier: 'nearly',
            line: 3,
            sentence: 'Nearly 50 people – 31 civilians and 17 security personnel – were killed in Quetta.',
          },
          {
            value: 31,
            unit: 'civilians',
            line: 3,
            sentence: 'Nearly 50 people – 31 civilians and 17 security personnel – were killed in Quetta.',
          },
          {
            value: 17,
            unit: 'security personnel',
            line: 3,
            sentence: 'Nearly 50 people – 31 civilians and 17 security personnel – were killed in Quetta.',
          },
        ],
        story: BALOCHISTAN,
      }),
    ]);
    const total = findings.find((f) => f.subject === 'people killed')!;
    assert.equal(total.kind, 'conflict');
    assert.equal(
      total.message,
      'Sources disagree on people killed: at least 33 (= 18 civilians + 15 security personnel) in a; nearly 50 (= 31 civilians + 17 security personnel) in b',
    );
  });

  it('reports the same event dated differently, and a weekday that does not match its date', () => {
    const findings = detectFindings([
      doc('a.txt', {
        eventDates: [{ date: '2026-01-31', weekday: 'saturday', text: 'Saturday, January 31, 2026' }],
        story: BALOCHISTAN,
      }),
      doc('b.txt', {
        eventDates: [
          { date: '2026-01-29', subject: 'escalation', weekday: 'friday', text: 'Friday, January 29, 2026' },
        ],
        story: BALOCHISTAN,
      }),
    ]);
    const date = only(findings, 'date');
    assert.equal(date.message, 'Sources disagree on when the attacks began: 29 Jan 2026 in b; 31 Jan 2026 in a');
    assert.deepEqual(date.claims, ['a.txt:50:0', 'b.txt:50:0']);
    const weekday = only(findings, 'weekday');
    assert.equal(
      weekday.message,
      'Friday does not match 29 Jan 2026, which is a Thursday ("Friday, January 29, 2026")',
    );
  });

  it('compares event dates of any precision: a year agrees with a day of it, and differs from another year', () => {
    const findings = detectFindings([
      doc('a.txt', {
        eventDates: [
          { date: '1958', event: 'missing', subject: 'Page', text: 'Page vanished from public view in 1958' },
        ],
        story: BALOCHISTAN,
      }),
      doc('b.txt', {
        eventDates: [
          { date: '1957', event: 'missing', subject: 'Page', text: 'Page disappeared from the public eye in 1957' },
        ],
        story: BALOCHISTAN,
      }),
      doc('c.txt', {
        eventDates: [{ date: '1958-03-04', event: 'missing', subject: 'Page', text: 'Page vanished on 4 March 1958' }],
        story: BALOCHISTAN,
      }),
    ]);
    const date = only(findings, 'date');
    assert.equal(date.message, 'Sources disagree on when the page missing: 4 Mar 1958 in a, c; 1957 in b');
    assert.deepEqual(date.claims, ['a.txt:50:0', 'b.txt:50:0', 'c.txt:50:0']);
    const agreeing = detectFindings([
      doc('a.txt', { eventDates: [{ date: '1958', event: 'missing', subject: 'Page' }], story: BALOCHISTAN }),
      doc('c.txt', { eventDates: [{ date: '1958-03-04', event: 'missing', subject: 'Page' }], story: BALOCHISTAN }),
    ]);
    assert.deepEqual(kinds(agreeing), []);
    // A file that dates the event twice tells of one that recurs: "Labour won in 1997 ... won again in 2001".
    const recurring = detectFindings([
      doc('a.txt', {
        eventDates: [
          { date: '1997', event: 'won', subject: 'Labour' },
          { date: '2001', event: 'won', subject: 'Labour' },
        ],
        story: BALOCHISTAN,
      }),
      doc('b.txt', { eventDates: [{ date: '2001', event: 'won', subject: 'Labour' }], story: BALOCHISTAN }),
    ]);
    assert.deepEqual(kinds(recurring), []);
  });

  it('compares one person described in other words across files, and two weekdays alone ("Thursday", "last Wednesday")', () => {
    // Multi-News row 057: doc0 "the man was arrested in the Argenteuil suburb Thursday", doc1 "The 23-year-old was
    // arrested in a Paris suburb last Wednesday" (neither file has a date of its own).
    const arrest = (
      file: string,
      subject: string,
      weekday: string,
      extra: { date: string; weekday: string; event: string; subject: string; line: number }[] = [],
    ) =>
      doc(file, {
        eventDates: [{ date: '', weekday, event: 'arrested', subject, text: `${subject} was arrested` }, ...extra],
        story: BALOCHISTAN,
      });
    const date = only(
      detectFindings([arrest('a.txt', 'man', 'thursday'), arrest('b.txt', '23-year-old', 'wednesday')]),
      'date',
    );
    assert.equal(date.message, 'Sources disagree on when the 23-year-old arrested: a Thursday in a; a Wednesday in b');
    // The same weekday agrees; a man and a woman, or a file that describes two people, are not one person.
    assert.deepEqual(
      kinds(detectFindings([arrest('a.txt', 'man', 'thursday'), arrest('b.txt', 'suspect', 'thursday')])),
      [],
    );
    assert.deepEqual(
      kinds(detectFindings([arrest('a.txt', 'man', 'thursday'), arrest('b.txt', 'woman', 'wednesday')])),
      [],
    );
    const two = arrest('a.txt', 'man', 'thursday', [
      { date: '', weekday: 'friday', event: 'arrested', subject: 'woman', line: 51 },
    ]);
    assert.deepEqual(kinds(detectFindings([two, arrest('b.txt', 'suspect', 'wednesday')])), []);
  });

  it('compares open dates as intervals: "after 1957" agrees with 1958, "by 1958" with 1957 and 1958, "the 1950s" with 1957', () => {
    const page = (file: string, date: string, qualifier?: 'after' | 'by') =>
      doc(file, {
        eventDates: [{ date, event: 'missing', subject: 'Page', ...(qualifier ? { qualifier } : {}) }],
        story: BALOCHISTAN,
      });
    assert.deepEqual(
      kinds(detectFindings([page('a.txt', '1958'), page('b.txt', '1957', 'after'), page('c.txt', '1958', 'by')])),
      [],
    );
    const date = only(
      detectFindings([
        page('a.txt', '1958'),
        page('b.txt', '1957', 'after'),
        page('c.txt', '1957'),
        page('d.txt', '1958', 'by'),
      ]),
      'date',
    );
    assert.equal(date.message, 'Sources disagree on when the page missing: 1958 in a, b, d; 1957 in c, d');
    assert.deepEqual(date.claims, ['a.txt:50:0', 'b.txt:50:0', 'c.txt:50:0', 'd.txt:50:0']);
    assert.deepEqual(kinds(detectFindings([page('a.txt', '1958'), page('b.txt', '1958', 'after')])), ['date']);
    const posed = (file: string, date: string, qualifier?: 'decade') =>
      doc(file, {
        eventDates: [{ date, event: 'pos', subject: 'Page', ...(qualifier ? { qualifier } : {}) }],
        story: BALOCHISTAN,
      });
    assert.deepEqual(kinds(detectFindings([posed('a.txt', '1950', 'decade'), posed('b.txt', '1957')])), []);
    assert.equal(
      only(detectFindings([posed('a.txt', '1950', 'decade'), posed('b.txt', '1947')]), 'date').message,
      'Sources disagree on when the page pos: 1947 in b; the 1950s in a',
    );
  });

  it("compares days without a year by month and day, across subjects when one names the other's", () => {
    const perez = doc('a.txt', {
      eventDates: [
        {
          date: '--04-15',
          weekday: 'saturday',
          event: 'missing',
          subject: 'Perez',
          sentence: 'The disappearance last Saturday, April 15, of Kristian Perez.',
        },
      ],
      story: BALOCHISTAN,
    });
    const teen = (sentence: string, date = '--04-14') =>
      doc('b.txt', { eventDates: [{ date, event: 'missing', subject: 'teen', sentence }], story: BALOCHISTAN });
    const date = only(
      detectFindings([perez, teen('A photo of the teen who went missing on April 14, Kristian Perez.')]),
      'date',
    );
    assert.equal(date.message, 'Sources disagree on when the perez missing: 14 Apr in b; 15 Apr in a');
    assert.deepEqual(
      kinds(
        detectFindings([perez, teen('A photo of the teen who went missing on April 15, Kristian Perez.', '--04-15')]),
      ),
      [],
    );
    // Another teen: the sentence does not name Perez.
    assert.deepEqual(kinds(detectFindings([perez, teen('A photo of the teen who went missing on April 14.')])), []);
    // A year's day agrees with the same day without a year, not with another.
    assert.deepEqual(
      kinds(
        detectFindings([
          perez,
          doc('c.txt', {
            eventDates: [{ date: '2017-04-15', event: 'missing', subject: 'Perez' }],
            story: BALOCHISTAN,
          }),
        ]),
      ),
      [],
    );
    assert.deepEqual(
      kinds(
        detectFindings([
          perez,
          doc('c.txt', {
            eventDates: [{ date: '2017-04-16', event: 'missing', subject: 'Perez' }],
            story: BALOCHISTAN,
          }),
        ]),
      ),
      ['date'],
    );
  });

  it("compares weekdays resolved against each file's date, weekdays alone by their names, never dates of different events", () => {
    const arrest = (file: string, date: string, weekday: string, event = 'arrested') =>
      doc(file, { eventDates: [{ date, weekday, event, subject: 'man' }], story: BALOCHISTAN });
    const date = only(
      detectFindings([arrest('a.txt', '2017-07-06', 'thursday'), arrest('b.txt', '2017-07-05', 'wednesday')]),
      'date',
    );
    assert.equal(date.message, 'Sources disagree on when the man arrested: 5 Jul 2017 in b; 6 Jul 2017 in a');
    // A Thursday resolved to 6 July against "July 5" without a year in a file without a date of its own.
    const undated = doc('b.txt', {
      eventDates: [{ date: '--07-05', event: 'arrested', subject: 'man' }],
      story: BALOCHISTAN,
    });
    assert.equal(
      only(detectFindings([arrest('a.txt', '2017-07-06', 'thursday'), undated]), 'date').message,
      'Sources disagree on when the man arrested: 5 Jul in b; 6 Jul 2017 in a',
    );
    // Without a date of its own, a file's "Thursday" may be of any week: it agrees with any date, and with another
    // Thursday; one event cannot be on a Thursday and on a Wednesday, whatever the week.
    assert.deepEqual(kinds(detectFindings([arrest('a.txt', '', 'thursday'), arrest('b.txt', '', 'thursday')])), []);
    assert.deepEqual(kinds(detectFindings([arrest('a.txt', '', 'thursday'), arrest('b.txt', '', 'wednesday')])), [
      'date',
    ]);
    assert.deepEqual(
      kinds(detectFindings([arrest('a.txt', '', 'thursday'), arrest('b.txt', '2017-07-05', 'wednesday')])),
      [],
    );
    // Arrested on one day, charged on another: two events.
    assert.deepEqual(
      kinds(
        detectFindings([
          arrest('a.txt', '2017-07-06', 'thursday'),
          arrest('b.txt', '2017-07-05', 'wednesday', 'charged'),
        ]),
      ),
      [],
    );
  });

  it('recomputes a date finding per subject without suppressed dates: the rest still disagree, or no finding', () => {
    const page = (file: string, date: string) =>
      doc(file, { eventDates: [{ date, event: 'missing', subject: 'Page' }], story: BALOCHISTAN });
    const other = doc('d.txt', {
      eventDates: [{ date: '1940', event: 'missing', subject: 'Klaw' }],
      story: BALOCHISTAN,
    });
    const docs = [page('a.txt', '1958'), page('b.txt', '1957'), page('c.txt', '1958'), other].map((d) => ({
      file: d.file,
      doc: d,
      fingerprint: new Set<string>(),
    }));
    const [found, ...more] = dateFindings('d:missing', docs, (members) => [members]);
    assert.equal(more.length, 0);
    assert.equal(found.finding.message, 'Sources disagree on when the page missing: 1958 in a, c; 1957 in b');
    assert.deepEqual(found.without!(new Set(['b.txt:50:0'])), []);
    assert.deepEqual(
      found.without!(new Set(['a.txt:50:0'])).map((f) => f.finding.message),
      ['Sources disagree on when the page missing: 1957 in b; 1958 in c'],
    );
  });

  it('hints at one organisation spelled two ways, but not at plurals or different names', () => {
    const findings = detectFindings([
      doc('a.txt', { names: [{ name: 'Baloch Liberation Army', acronym: 'BLA' }, { name: 'Liberal Democrat' }] }),
      doc('b.txt', {
        names: [
          { name: 'Balochistan Liberation Army', acronym: 'BLA' },
          { name: 'Liberal Democrats' },
          { name: 'Labour Party' },
          { name: 'Liberal Party' },
        ],
      }),
    ]);
    const variant = only(findings, 'name-variant');
    assert.equal(variant.severity, 'hint');
    assert.equal(
      variant.message,
      'One name, 2 spellings: "Baloch Liberation Army" in a; "Balochistan Liberation Army" in b',
    );
  });

  it('hints at no name that differs by an inflected word (a video caption: mnsample-test-row075-doc2)', () => {
    // "JUST WATCHED Police: Spike in synthetic marijuana overdoses ... MUST WATCH Police: Spike ..."
    const caption = (name: string) => ({ name });
    assert.deepEqual(
      detectFindings([
        doc('a.txt', { names: [caption('WATCHED Police')] }),
        doc('b.txt', { names: [caption('WATCH Police')] }),
      ]),
      [],
    );
    // BBC tech_360, entertainment_172: one name, a longer form of a word.
    const broadcast = detectFindings([
      doc('a.txt', { names: [caption('European Broadcast Union')] }),
      doc('b.txt', { names: [caption('European Broadcasting Union')] }),
    ]);
    assert.deepEqual(
      broadcast.map((f) => f.message),
      ['One name, 2 spellings: "European Broadcast Union" in a; "European Broadcasting Union" in b'],
    );
  });

  it('hints at unattributed figures only when enabled', () => {
    const docs = [
      doc('a.txt', { claims: [{ value: 18, unit: 'civilians', sentence: 'In Quetta 18 civilians died.' }] }),
    ];
    assert.deepEqual(detectFindings(docs), []);
    const hint = only(detectFindings(docs, { severities: { unattributed: 'hint' } as never }), 'unattributed');
    assert.equal(hint.message, '"18 civilians" has no source in its sentence or paragraph: who says so?');
  });
});

describe('conflict engine: ids, order, configuration, suppression', () => {
  const base = () => [
    doc('a.txt', { claims: [{ value: 18, unit: 'civilians' }], story: BALOCHISTAN }),
    doc('b.txt', { claims: [{ value: 31, unit: 'civilians' }], story: BALOCHISTAN }),
  ];

  it('keeps finding ids when the claims move, and gives the same findings whatever the document order', () => {
    const before = detectFindings(base());
    const moved = base();
    moved[0] = doc('a.txt', { claims: [{ value: 18, unit: 'civilians', line: 40 }], story: BALOCHISTAN });
    const after = detectFindings(moved);
    assert.equal(before[0].id, after[0].id);
    assert.match(before[0].id, /^conflict\/civilians-killed\/[0-9a-f]{8}$/);
    assert.deepEqual(detectFindings([...base()].reverse()), before);
  });

  it('applies severities, turns kinds off and ignores by kind or id prefix', () => {
    assert.equal(detectFindings(base(), { severities: { conflict: 'error' } as never })[0].severity, 'error');
    assert.deepEqual(detectFindings(base(), { severities: { conflict: 'off' } as never }), []);
    assert.deepEqual(detectFindings(base(), { ignore: ['conflict'] }), []);
    assert.deepEqual(detectFindings(base(), { ignore: ['conflict/civilians-killed'] }), []);
    assert.equal(
      detectFindings(base(), { ignore: ['conflict/civilians'] }).length,
      1,
      'a prefix must end at a "/" boundary',
    );
  });

  it('drops a finding an inline marker covers, by kind or for everything', () => {
    const suppressed = (targets: string[]) => {
      const docs = base();
      docs[0].suppressions = [{ line: 0, fromLine: 1, toLine: 1, targets }];
      return detectFindings(docs);
    };
    assert.deepEqual(suppressed([]), []);
    assert.deepEqual(suppressed(['conflict']), []);
    assert.equal(suppressed(['date']).length, 1);
    const docs = base();
    docs[0].suppressions = [{ line: 5, fromLine: 6, toLine: 8, targets: [] }];
    assert.equal(detectFindings(docs).length, 1, 'a marker covering other lines changes nothing');
  });
});

describe('conflict engine: look-alikes from real news', () => {
  it('never compares figures of change ("rose to 310 from 287", "fell 32 cents")', () => {
    const sentence = 'The number of Japanese films released in Tokyo rose to 310 in 2004 from 287 the previous year.';
    assert.deepEqual(
      detectFindings([
        doc('a.txt', { claims: [{ value: 310, unit: 'films', predicate: 'rose', sentence }], story: BALOCHISTAN }),
        doc('b.txt', { claims: [{ value: 287, unit: 'films', predicate: 'rose', sentence }], story: BALOCHISTAN }),
      ]),
      [],
    );
  });

  it('does not read two figures one sentence relates as a contradiction', () => {
    const sentence = 'Officials in Quetta said 145 militants were killed on Sunday in Balochistan, and 177 by Monday.';
    assert.deepEqual(
      detectFindings([
        doc('a.txt', { claims: [{ value: 145, unit: 'militants', sentence }], story: BALOCHISTAN }),
        doc('b.txt', { claims: [{ value: 177, unit: 'militants', sentence }], story: BALOCHISTAN }),
      ]),
      [],
    );
  });

  it('does not compare counts whose sentences share no word ("dying from infections" against "dying from the cold")', () => {
    assert.deepEqual(
      detectFindings([
        doc('a.txt', {
          claims: [
            {
              value: 5000,
              unit: 'people',
              sentence:
                'Ministers had not delivered cleaner hospitals in Quetta, with 5000 people dying from infections.',
            },
          ],
          story: BALOCHISTAN,
        }),
        doc('b.txt', {
          claims: [
            {
              value: 20000,
              unit: 'people',
              sentence: 'Pensioners across Balochistan suffer: 20000 people dying from winter cold every year.',
            },
          ],
          story: BALOCHISTAN,
        }),
      ]),
      [],
    );
  });

  it('compares money only across files, and only when the sentences name the same thing', () => {
    const money = (value: number, sentence: string) => [
      {
        value,
        unit: 'dollars',
        unitKey: 'dollar',
        predicate: 'earned',
        quantityKind: 'money' as const,
        text: `$${value}m`,
        sentence,
      },
    ];
    assert.deepEqual(
      detectFindings([
        doc('a.txt', {
          claims: [
            ...money(630, 'General Motors earned $630m in the quarter in Detroit.'),
            { ...money(569, 'General Motors earned $569m from continuing operations in Detroit.')[0], line: 2 },
          ],
          story: BALOCHISTAN,
        }),
      ]),
      [],
      'two amounts in one article are not an internal conflict',
    );
    assert.deepEqual(
      detectFindings([
        doc('a.txt', {
          claims: money(630, 'General Motors earned $630m in the quarter in Detroit.'),
          story: BALOCHISTAN,
        }),
        doc('b.txt', { claims: money(17, 'Qantas shares earned $17m in Sydney.'), story: BALOCHISTAN }),
      ]),
      [],
      'different firms',
    );
    assert.deepEqual(
      kinds(
        detectFindings([
          doc('a.txt', {
            claims: money(630, 'General Motors earned $630m in the fourth quarter in Detroit.'),
            story: BALOCHISTAN,
          }),
          doc('b.txt', {
            claims: money(530, 'General Motors earned $530m in the fourth quarter, its Detroit office said.'),
            story: BALOCHISTAN,
          }),
        ]),
      ),
      ['conflict'],
    );
  });

  it("takes the latest year as the story's, so that an earlier event named by its year stays apart", () => {
    const findings = detectFindings([
      doc('a.txt', {
        claims: [
          {
            value: 38000,
            unit: 'people',
            qualifier: 'at least',
            sentence: 'Giant waves in Quetta killed at least 38000 people across Balochistan in 2004.',
          },
          {
            value: 10000,
            unit: 'people',
            qualifier: 'about',
            line: 2,
            sentence: 'Hurricane Mitch killed about 10000 people in Quetta and Balochistan in 1998.',
          },
        ],
        story: BALOCHISTAN,
      }),
      doc('b.txt', {
        claims: [
          {
            value: 38000,
            unit: 'people',
            sentence: 'Officials in Quetta said 38000 people were killed in Balochistan.',
          },
        ],
        story: BALOCHISTAN,
      }),
    ]);
    assert.deepEqual(findings, []);
  });
});
