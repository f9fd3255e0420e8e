// The claim extractor, construction by construction, on real news sentences (the seeds and BBC).
import { strict as assert } from 'node:assert';
import { analyzeDocument, EXTRACTOR_VERSION } from '../../server/src/core';
import type { Claim } from '../../server/src/core';

function claims(text: string): Claim[] {
  return analyzeDocument(text, 'test.txt').claims;
}

function only(text: string): Claim {
  const found = claims(text);
  assert.equal(found.length, 1, `expected one claim in «${text}», got ${found.map((c) => c.text).join(' | ')}`);
  return found[0];
}

function summary(c: Claim): unknown {
  return {
    text: c.text,
    stated: c.value.stated,
    low: c.value.low,
    high: c.value.high,
    qualifier: c.qualifier,
    kind: c.quantityKind,
    unitKey: c.unitKey,
    predicate: c.predicate,
  };
}

describe('extractor: numbers and qualifiers', () => {
  it('exports a version string for the persisted index', () => {
    assert.match(EXTRACTOR_VERSION, /^\d+\.\d+\.\d+$/);
  });

  const cases: Array<[string, object]> = [
    [
      'Pakistani security forces have killed 177 militants across Balochistan.',
      {
        text: '177 militants',
        stated: 177,
        low: 177,
        high: 177,
        qualifier: 'exact',
        kind: 'count',
        unitKey: 'militant',
        predicate: 'killed',
      },
    ],
    [
      'The attacks killed at least 31 civilians.',
      {
        text: 'at least 31 civilians',
        stated: 31,
        low: 31,
        high: 46.5,
        qualifier: 'at least',
        kind: 'count',
        unitKey: 'civilian',
        predicate: 'killed',
      },
    ],
    [
      'More than 100,000 players were in the world.',
      {
        text: 'More than 100,000 players',
        stated: 100000,
        low: 100000,
        high: 150000,
        qualifier: 'more than',
        kind: 'count',
        unitKey: 'player',
        predicate: null,
      },
    ],
    [
      'Nearly 50 people were killed in the shootings and bombings.',
      {
        text: 'Nearly 50 people',
        stated: 50,
        low: 45,
        high: 50,
        qualifier: 'nearly',
        kind: 'count',
        unitKey: 'person',
        predicate: 'killed',
      },
    ],
    [
      'Officials said around two dozen militants were killed in fresh overnight raids.',
      {
        text: 'around two dozen militants',
        stated: 24,
        low: 19,
        high: 29,
        qualifier: 'about',
        kind: 'count',
        unitKey: 'militant',
        predicate: 'killed',
      },
    ],
    [
      'Up to 300 people were evacuated from the building.',
      {
        text: 'Up to 300 people',
        stated: 300,
        low: 0,
        high: 300,
        qualifier: 'up to',
        kind: 'count',
        unitKey: 'person',
        predicate: 'evacuated',
      },
    ],
    [
      'Fewer than 20 workers were injured.',
      {
        text: 'Fewer than 20 workers',
        stated: 20,
        low: 0,
        high: 19,
        qualifier: 'fewer than',
        kind: 'count',
        unitKey: 'worker',
        predicate: 'wounded',
      },
    ],
    [
      'Police arrested some 40 protesters.',
      {
        text: 'some 40 protesters',
        stated: 40,
        low: 32,
        high: 48,
        qualifier: 'about',
        kind: 'count',
        unitKey: 'protester',
        predicate: 'arrested',
      },
    ],
    [
      'A high-security prison in Quetta (where dozens of inmates were briefly freed)',
      {
        text: 'dozens of inmates',
        stated: 24,
        low: 24,
        high: 99,
        qualifier: 'vague',
        kind: 'count',
        unitKey: 'inmate',
        predicate: 'freed',
      },
    ],
    [
      'Security forces killed 22 more militants overnight.',
      {
        text: '22 more militants',
        stated: 22,
        low: 22,
        high: 22,
        qualifier: 'increment',
        kind: 'count',
        unitKey: 'militant',
        predicate: 'killed',
      },
    ],
    [
      'Naqvi praised the security forces for killing an additional 22 insurgents.',
      {
        text: 'an additional 22 insurgents',
        stated: 22,
        low: 22,
        high: 22,
        qualifier: 'increment',
        kind: 'count',
        unitKey: 'insurgent',
        predicate: 'killed',
      },
    ],
    [
      'Sales rose 2.8% in the quarter.',
      {
        text: '2.8%',
        stated: 2.8,
        low: 2.8,
        high: 2.8,
        qualifier: 'exact',
        kind: 'percent',
        unitKey: 'percent',
        predicate: 'rose',
      },
    ],
    [
      'Forty-three per cent thought Mr Blunkett had done a good job.',
      {
        text: 'Forty-three per cent',
        stated: 43,
        low: 43,
        high: 43,
        qualifier: 'exact',
        kind: 'percent',
        unitKey: 'percent',
        predicate: null,
      },
    ],
    [
      'China raised rates by 0.27 percentage points.',
      {
        text: '0.27 percentage points',
        stated: 0.27,
        low: 0.27,
        high: 0.27,
        qualifier: 'exact',
        kind: 'percent',
        unitKey: 'percentage point',
        predicate: 'rose',
      },
    ],
    [
      'The firm reported one hundred and twenty complaints.',
      {
        text: 'one hundred and twenty complaints',
        stated: 120,
        low: 120,
        high: 120,
        qualifier: 'exact',
        kind: 'count',
        unitKey: 'complaint',
        predicate: null,
      },
    ],
    [
      'The club signed sixty-five players.',
      {
        text: 'sixty-five players',
        stated: 65,
        low: 65,
        high: 65,
        qualifier: 'exact',
        kind: 'count',
        unitKey: 'player',
        predicate: null,
      },
    ],
    [
      'The country has 1.5 million refugees.',
      {
        text: '1.5 million refugees',
        stated: 1_500_000,
        low: 1_500_000,
        high: 1_500_000,
        qualifier: 'exact',
        kind: 'count',
        unitKey: 'refugee',
        predicate: null,
      },
    ],
    [
      'The app has 5k users.',
      {
        text: '5k users',
        stated: 5000,
        low: 5000,
        high: 5000,
        qualifier: 'exact',
        kind: 'count',
        unitKey: 'user',
        predicate: null,
      },
    ],
    [
      'Mr Spector is currently free on £600m bail.',
      {
        text: '£600m',
        stated: 600_000_000,
        low: 600_000_000,
        high: 600_000_000,
        qualifier: 'exact',
        kind: 'money',
        unitKey: 'pound',
        predicate: null,
      },
    ],
    [
      'It was fined 500 rupees.',
      {
        text: '500 rupees',
        stated: 500,
        low: 500,
        high: 500,
        qualifier: 'exact',
        kind: 'money',
        unitKey: 'rupee',
        predicate: null,
      },
    ],
    [
      'The fatalities occurred during an intensive 40-hour operation.',
      {
        text: '40-hour',
        stated: 40,
        low: 40,
        high: 40,
        qualifier: 'exact',
        kind: 'duration',
        unitKey: 'hour',
        predicate: null,
      },
    ],
    [
      'A crowd of 4,000 to 5,000 gathered.',
      {
        text: '4,000 to 5,000',
        stated: [4000, 5000],
        low: 4000,
        high: 5000,
        qualifier: 'range',
        kind: 'count',
        unitKey: null,
        predicate: null,
      },
    ],
    [
      'The bill will cost 200-250 jobs.',
      {
        text: '200-250 jobs',
        stated: [200, 250],
        low: 200,
        high: 250,
        qualifier: 'range',
        kind: 'count',
        unitKey: 'job',
        predicate: null,
      },
    ],
    [
      'A handful of firms complained.',
      {
        text: 'A handful of firms',
        stated: 2,
        low: 2,
        high: 10,
        qualifier: 'vague',
        kind: 'count',
        unitKey: 'firm',
        predicate: null,
      },
    ],
    [
      'Tens of thousands of people fled.',
      {
        text: 'Tens of thousands of people',
        stated: 20_000,
        low: 20_000,
        high: 99_999,
        qualifier: 'vague',
        kind: 'count',
        unitKey: 'person',
        predicate: 'displaced',
      },
    ],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads «${sentence}»`, () => {
      assert.deepEqual(summary(only(sentence)), expected);
    });
  }

  it('gives the $ figure and the £ figure of "$1.13bn (£600m)" in dollars and pounds', () => {
    const found = claims('Quarterly profits jumped 76% to $1.13bn (£600m) for the three months to December.');
    assert.deepEqual(
      found.map((c) => [c.text, c.value.stated, c.quantityKind, c.unitKey]),
      [
        ['76%', 76, 'percent', 'percent'],
        ['$1.13bn', 1_130_000_000, 'money', 'dollar'],
        ['£600m', 600_000_000, 'money', 'pound'],
        ['three months', 3, 'duration', 'month'],
      ],
    );
  });

  it('reads "between 200 and 250" and "between 3% and 5%" as ranges', () => {
    assert.deepEqual(summary(only('He put the attackers at between 200 and 250.')), {
      text: 'between 200 and 250',
      stated: [200, 250],
      low: 200,
      high: 250,
      qualifier: 'range',
      kind: 'count',
      unitKey: 'attacker',
      predicate: null,
    });
    const pct = only('The company forecast growth of between 3% and 5%.');
    assert.deepEqual([pct.text, pct.value.stated, pct.quantityKind], ['between 3% and 5%', [3, 5], 'percent']);
  });
});

describe('extractor: what is not a quantity', () => {
  const none: string[] = [
    'The violence erupted early Saturday, January 31, 2026.',
    'By Tatkaal Khabar / 02-02-2026 03:15:20 am | 269 Views | 0 Comments',
    'It is the 17th year that the gallery has invited an artist.',
    'Train services remained suspended for a third day.',
    'The BLA labeled the offensive "Operation Herof 2.0".',
    'Call 0800 123 4567 for details.',
    'Italy joined the Six Nations in 2000.',
    'It is one of the most significant escalations in recent history.',
    'The 1990s were different; see section 5.',
    'The ceremony will be broadcast on BBC One at 2010 GMT.',
  ];
  for (const sentence of none) {
    it(`finds nothing in «${sentence}»`, () => {
      assert.deepEqual(
        claims(sentence).map((c) => c.text),
        [],
      );
    });
  }

  // Issue 14: a match score is no count, but one figure of its own, a tally (test/core/records.test.ts).
  it('reads a match score as one tally, never as counts or a range', () => {
    assert.deepEqual(
      [
        "Jorge Andrade's early own goal gave Liverpool a 1-0 win.",
        'The world number one beat Gaston Gaudio 5-7 6-1 6-4.',
      ].flatMap((sentence) => claims(sentence).map((c) => [c.text, c.value.parts, c.frame?.measured])),
      [
        ['1-0', [1, 0], 'score'],
        ['5-7 6-1 6-4', [5, 7, 6, 1, 6, 4], 'score'],
      ],
    );
  });

  it('keeps a year that counts something ("2000 people") and drops "2003 results"', () => {
    assert.deepEqual(
      claims('Police said 2000 people marched.').map((c) => c.text),
      ['2000 people'],
    );
    assert.deepEqual(
      claims('The firm has to restate 2000 and 2003 results.').map((c) => c.text),
      [],
    );
  });
});

describe('extractor: units and predicates across voice and order', () => {
  it('counts "members of Pakistan\'s law enforcement agencies" by its head, with the of-phrase as unitOf', () => {
    const c = claims(
      'According to reports, 17 members of Pakistan’s law enforcement agencies and 31 civilians were killed in the attacks.',
    );
    assert.deepEqual(
      c.map((x) => [x.text, x.unit, x.unitKey, x.unitOf ?? null, x.predicate]),
      [
        [
          '17 members of Pakistan’s law enforcement agencies',
          'members of Pakistan’s law enforcement agencies',
          'member',
          'law enforcement agency',
          'killed',
        ],
        ['31 civilians', 'civilians', 'civilian', null, 'killed'],
      ],
    );
  });

  it('counts "at least 167 bodies of militants" as bodies', () => {
    const c = only('Officials said hospitals received at least 167 bodies of militants for identification.');
    assert.deepEqual([c.unitKey, c.unitOf, c.predicate], ['body', 'militant', null]);
  });

  it('gives one verb to two figures: "killed at least 18 civilians and 15 security personnel"', () => {
    const c = claims(
      'The weekend attacks, claimed by the BLA, killed at least 18 civilians and 15 security personnel.',
    );
    assert.deepEqual(
      c.map((x) => [x.text, x.unitKey, x.predicate]),
      [
        ['at least 18 civilians', 'civilian', 'killed'],
        ['15 security personnel', 'security personnel', 'killed'],
      ],
    );
  });

  it('reads the passive, the adjective and the toll', () => {
    assert.equal(only('At least 33 people were left dead.').predicate, 'killed');
    assert.equal(claims('A wave of attacks that left at least 33 people dead.')[0].predicate, 'killed');
    const toll = only('Naqvi confirmed that the death toll of militants rose to 177 after raids.');
    assert.deepEqual([toll.text, toll.unitKey, toll.predicate], ['177', 'militant', 'killed']);
    const table = only('Militants Killed: 145');
    assert.deepEqual(
      [table.text, table.unit, table.unitKey, table.predicate],
      ['Militants Killed: 145', 'Militants', 'militant', 'killed'],
    );
  });

  it('reads "Nearly 50 people – 31 civilians and 17 security personnel – were killed" as three killed figures', () => {
    const c = claims('Nearly 50 people – 31 civilians and 17 security personnel – were killed in the shootings.');
    assert.deepEqual(
      c.map((x) => [x.text, x.unitKey, x.predicate]),
      [
        ['Nearly 50 people', 'person', 'killed'],
        ['31 civilians', 'civilian', 'killed'],
        ['17 security personnel', 'security personnel', 'killed'],
      ],
    );
  });

  it('reads "neutralized", "detained" and "injured"', () => {
    assert.equal(only('The Pakistani military claims to have “neutralized” 177 militants.').predicate, 'killed');
    assert.equal(only('Police detained 12 suspects on Monday.').predicate, 'arrested');
    assert.equal(only('Another 30 people were injured.').predicate, 'wounded');
  });
});

describe('extractor: attribution and stance', () => {
  it('credits role + name speakers with "confirmed"', () => {
    const c = only(
      'Interior Minister Mohsin Naqvi confirmed on Monday, February 2, that the death toll of militants rose to 177 after additional raids overnight.',
    );
    assert.deepEqual(c.attribution, { source: 'Interior Minister Mohsin Naqvi', cue: 'confirmed' });
  });

  it('credits "according to" at the end of the next sentence of the paragraph', () => {
    const doc = analyzeDocument(
      'Pakistani security forces have reported killing 197 militants in ongoing operations. The operations represent one of the highest tolls in decades, according to state media reports.',
      'a.txt',
    );
    assert.deepEqual(
      doc.claims.map((c) => [c.text, c.attribution?.source]),
      [['197 militants', 'state media reports']],
    );
  });

  it('credits the figures before and the table after "confirmed the figures"', () => {
    const text = [
      'Pakistani security forces have killed at least 145 militants.',
      'The provincial Chief Minister, Sarfraz Bugti, confirmed the figures during a press conference in Quetta on Sunday, February 1, 2026.',
      'The toll of the violence has been heavy on all sides:',
      'Militants Killed: 145',
      'Civilians Killed: 31',
    ].join('\n');
    const doc = analyzeDocument(text, 'b.txt');
    assert.deepEqual(
      doc.claims.map((c) => [c.text, c.attribution?.source, c.asOf]),
      [
        ['at least 145 militants', 'The provincial Chief Minister, Sarfraz Bugti', '2026-02-01'],
        ['Militants Killed: 145', 'The provincial Chief Minister, Sarfraz Bugti', '2026-02-01'],
        ['Civilians Killed: 31', 'The provincial Chief Minister, Sarfraz Bugti', '2026-02-01'],
      ],
    );
  });

  it("marks a party's own unconfirmed figure as claimed, and a figure the speaker rejects as rejected", () => {
    const claimed = only(
      'The Balochistan Liberation Army (BLA) has claimed responsibility for the attacks and reportedly claims to have killed 200 security personnel, a figure that has not been independently confirmed.',
    );
    assert.deepEqual(
      [claimed.attribution, claimed.stance],
      [{ source: 'The Balochistan Liberation Army (BLA)', cue: 'claims' }, 'claimed'],
    );
    const c = claims(
      'Bugti rejected the scale of the BLA’s claims and said the number of attackers was far lower than reports suggesting 1,000 to 2,000, estimating the attackers in the latest wave at between 200 and 250.',
    );
    assert.deepEqual(
      c.map((x) => [x.text, x.stance, x.unitKey, x.attribution?.source]),
      [
        ['1,000 to 2,000', 'rejected', 'attacker', 'Bugti'],
        ['between 200 and 250', 'asserted', 'attacker', 'Bugti'],
      ],
    );
  });

  it('lists every attribution with source, cue and content', () => {
    const doc = analyzeDocument(
      '“We categorically reject the baseless allegations,” said India’s Ministry of External Affairs spokesperson Randhir Jaiswal. Officials said hospitals were full. UK house prices fell 0.7% in December, according to figures from the Office of the Deputy Prime Minister.',
      'c.txt',
    );
    assert.deepEqual(
      doc.attributions.map((a) => [a.source, a.cue, a.content]),
      [
        [
          'India’s Ministry of External Affairs spokesperson Randhir Jaiswal',
          'said',
          '“We categorically reject the baseless allegations,”',
        ],
        ['Officials', 'said', 'hospitals were full.'],
        [
          'figures from the Office of the Deputy Prime Minister',
          'according to',
          'UK house prices fell 0.7% in December,',
        ],
      ],
    );
  });

  it('resolves "he" to the speaker named before it', () => {
    const doc = analyzeDocument(
      'Defence Minister Khawaja Asif said forces responded quickly. He said 40 attackers were killed.',
      'd.txt',
    );
    const c = doc.claims[0];
    assert.deepEqual(c.attribution, { source: 'Defence Minister Khawaja Asif', cue: 'said', written: 'He' });
  });
});

describe('extractor: dates, metadata, names, repeats', () => {
  it('reads outlet, author and date from the opening lines', () => {
    assert.deepEqual(analyzeDocument('Source The Hindu\nQUETTA, Pakistan — Text.', 'x').meta.outlet, 'The Hindu');
    const m = analyzeDocument(
      'Title Of A Story Here\n\nBy Tatkaal Khabar / 02-02-2026 03:15:20 am | 269 Views | 0 Comments\n#\n',
      'y',
    ).meta;
    assert.deepEqual([m.author, m.date, m.title], ['Tatkaal Khabar', '2026-02-02', 'Title Of A Story Here']);
    assert.equal(
      analyzeDocument('Intro line here\n\nAuthor : NewsGram Desk\n\nBody.', 'z').meta.author,
      'NewsGram Desk',
    );
  });

  it('reads YAML front matter', () => {
    const doc = analyzeDocument(
      '---\ntitle: "Attack toll"\noutlet: Dawn\nauthor: A. Writer\ndate: 2026-02-03\nurl: https://example.com/a\n---\nOfficials said 12 people died.\n',
      'f.md',
    );
    assert.deepEqual(doc.meta, {
      title: 'Attack toll',
      outlet: 'Dawn',
      author: 'A. Writer',
      date: '2026-02-03',
      url: 'https://example.com/a',
    });
    assert.equal(doc.claims[0].asOf, '2026-02-03');
  });

  it('finds when events began, resolving weekdays against the document date', () => {
    const a = analyzeDocument(
      'The violence erupted early Saturday, January 31, 2026, when insurgents attacked.',
      'a',
    ).eventDates;
    assert.deepEqual(
      a.map((e) => [e.subject, e.event, e.date, e.weekday]),
      [['violence', 'began', '2026-01-31', 'saturday']],
    );
    const b = analyzeDocument(
      'The recent escalation began with a series of coordinated attacks on January 29 and 30, 2026.',
      'b',
    ).eventDates;
    assert.deepEqual(
      b.map((e) => e.date),
      ['2026-01-29'],
    );
    const c = analyzeDocument(
      '---\ndate: 2026-02-02\n---\nThe crackdown began early Saturday after the attacks.',
      'c',
    ).eventDates;
    assert.deepEqual(
      c.map((e) => [e.date, e.weekday]),
      [['2026-01-31', 'saturday']],
    );
  });

  it('dates a figure by its own clause, and an earlier event by its month', () => {
    const c = claims(
      'On 1 February 2026, the Pakistan military announced that it had killed 145 militants, with this number being revised to 177 on 2 February 2026.',
    );
    assert.deepEqual(
      c.map((x) => [x.text, x.asOf, x.unitKey, x.predicate]),
      [
        ['145 militants', '2026-02-01', 'militant', 'killed'],
        ['177', '2026-02-02', 'militant', 'killed'],
      ],
    );
    const old = claims(
      'In earlier years, the BLA claimed a train hijacking in March 2025 that killed 31 civilians and security personnel.',
    );
    assert.deepEqual(
      old.map((x) => [x.asOf, x.unitKey, x.context.dates]),
      [['2025-03', 'civilian and security personnel', ['2025-03']]],
    );
  });

  it('names organisations with their acronyms', () => {
    const names = analyzeDocument(
      'The outlawed Baloch Liberation Army (BLA) attacked. The Balochistan Liberation Army said so.',
      'n',
    ).names;
    assert.deepEqual(
      names.map((n) => [n.name, n.acronym]),
      [
        ['Baloch Liberation Army', 'BLA'],
        ['Balochistan Liberation Army', null],
      ],
    );
  });

  it('points a repeated figure at its first statement', () => {
    const c = claims(
      'The attacks killed at least 18 civilians. Later text: the attacks killed at least 18 civilians again.',
    );
    assert.equal(c[1].repeatOf, c[0].id);
    assert.equal(c[0].repeatOf, null);
  });

  it('keeps spans exact in UTF-16 with CRLF and emoji', () => {
    const text = '😀 Intro\r\nPolice said 40 people were hurt.\r\n';
    const c = analyzeDocument(text, 'u.txt').claims[0];
    assert.equal(text.slice(c.start, c.end), '40 people');
    assert.deepEqual([c.line, c.character, c.id], [1, 12, 'u.txt:1:12']);
  });
});

describe('extractor: event dates of any event verb', () => {
  it('dates a past-tense verb with its subject and a year, a month or a day after "in" or "on"', () => {
    const dated = (text: string) =>
      analyzeDocument(text, 'a.txt').eventDates.map((d) => [d.subject, d.event, d.date, d.text]);
    assert.deepEqual(dated('Bettie Page vanished from public view in 1958.'), [
      ['Page', 'missing', '1958', 'Page vanished from public view in 1958'],
    ]);
    assert.deepEqual(dated('Page disappeared in March 1957.'), [
      ['Page', 'missing', '1957-03', 'Page disappeared in March 1957'],
    ]);
    assert.deepEqual(dated('The bridge collapsed on 4 March 2005, officials said.'), [
      ['bridge', 'collaps', '2005-03-04', 'bridge collapsed on 4 March 2005'],
    ]);
    // A pronoun subject is read (the engine takes it for its file's main name); a verb of saying or a clause break
    // dates nothing.
    assert.deepEqual(dated('She disappeared in 1958.'), [['She', 'missing', '1958', 'She disappeared in 1958']]);
    assert.deepEqual(dated('Officials said on 4 March 2005 that the bridge fell.'), []);
    assert.deepEqual(dated('The bridge collapsed, and in 2005 it was rebuilt.'), []);
  });

  it('dates no price or level moving (bbc business_270, business_381, business_273): it moves day after day', () => {
    const dated = (text: string) => analyzeDocument(text, 'a.txt').eventDates.map((d) => d.text);
    assert.deepEqual(dated('London Brent crude closed at $40.15 on Thursday - a drop of 5.1%.'), []);
    assert.deepEqual(dated('A barrel of light crude ended Monday down $1.33 to $42.12.'), []);
    assert.deepEqual(dated('Oil pushed higher too on Monday, as investors fretted about cold weather.'), []);
    // A clock time after "at" dates the event; a verb that moves nothing is read as before.
    assert.deepEqual(dated('The incident happened at 0400 GMT on Monday.'), [
      'incident happened at 0400 GMT on Monday',
    ]);
    assert.deepEqual(dated('The factory closed on Thursday.'), ['factory closed on Thursday']);
  });

  const read = (text: string) =>
    analyzeDocument(text, 'a.txt').eventDates.map((d) => [
      d.subject,
      d.event,
      d.date,
      d.weekday,
      d.qualifier ?? null,
      d.text,
    ]);

  it('dates an event by a date that opens the sentence, past adverbs, and "who" to the noun before it', () => {
    assert.deepEqual(read('In 1957, Page disappeared from the flash of the cameras.'), [
      ['Page', 'missing', '1957', null, null, '1957, Page disappeared'],
    ]);
    assert.deepEqual(read('Page suddenly disappeared from the scene in 1958.'), [
      ['Page', 'missing', '1958', null, null, 'Page suddenly disappeared from the scene in 1958'],
    ]);
    assert.deepEqual(read("O'Mullen's men led the league in 1948."), [
      ['men', 'lead', '1948', null, null, 'men led the league in 1948'],
    ]);
    assert.deepEqual(read("Mullen's led the team to a clean sweep in 1948."), [
      ['Mullen', 'lead', '1948', null, null, "Mullen's led the team to a clean sweep in 1948"],
    ]);
    assert.deepEqual(read('A photo of the teen who went missing on April 14, Kristian Perez.'), [
      ['teen', 'missing', '--04-14', null, null, 'teen who went missing on April 14'],
    ]);
    // An age describes whom (Multi-News row057-doc1); any other word inside a compound, a time a state was seen at
    // ("as of Monday"), a modal before the verb date nothing.
    // A name joined by "of", "on", "at" whole (its head is the other's "center"); a phrasal verb with its object; the
    // object of "convinced ... to" (not of "asked"); a particle that is the date's preposition, or a possessive that a
    // verb of saying governs, read as before.
    assert.deepEqual(
      read(
        "The Center on Wrongful Convictions at Northwestern University School of Law took up Bunch's case in 2007.",
      ).map((d) => d.slice(0, 3)),
      [['Center on Wrongful Convictions at Northwestern University School of Law', 'join', '2007']],
    );
    // A common noun after "the" or "a" is a subject after an opening date; a bare plural is not.
    assert.deepEqual(read('On Sunday, a drone struck the plane.'), [
      ['drone', 'hit', '', 'sunday', null, 'Sunday, a drone struck'],
    ]);
    assert.deepEqual(read('In 2006, officials joined the case.'), []);
    assert.deepEqual(read('In 2006, Ricks convinced the Northwestern center to join the case.'), [
      ['center', 'join', '2006', null, null, '2006, Ricks convinced the Northwestern center to join'],
    ]);
    assert.deepEqual(read('In 2006, Ricks asked the Northwestern center to join the case.'), []);
    assert.deepEqual(
      read('The 600 pictures were taken on July 2004 by a camera.').map((d) => d.slice(0, 2)),
      [['pictures', 'take']],
    );
    assert.deepEqual(
      read("Police announced Page's arrest on 3 May.").map((d) => d.slice(0, 3)),
      [['Page', 'arrested', '--05-03']],
    );
    assert.deepEqual(read('The 23-year-old was arrested in a Paris suburb last Wednesday.'), [
      ['23-year-old', 'arrested', '', 'wednesday', null, '23-year-old was arrested in a Paris suburb last Wednesday'],
    ]);
    assert.deepEqual(
      read('The six-month-old was rescued on Friday.').map((d) => d[0]),
      ['six-month-old'],
    );
    assert.deepEqual(read('The well-known was arrested on Friday.'), []);
    assert.deepEqual(read('The boy is still missing as of Monday afternoon.'), []);
    assert.deepEqual(read('The awards will be handed out in Hollywood on 27 February.'), []);
    assert.deepEqual(read('Two of them were introduced in 2002.'), []);
    assert.deepEqual(read('Bosch has stopped production of the part but expects to restart by 2 February.'), []);
    assert.deepEqual(read("The team has played in the Champions League in Friday's match."), []);
    assert.deepEqual(read('The team has played in the Champions League in Friday\u2019s match.'), []);
  });

  it('dates a verb by a date between its subject and it ("Palmer voters in 2010 approved a $3 million bond")', () => {
    // ecbplus 13_5ecbplus.txt and 13_13ecbplus.txt.
    assert.deepEqual(read('Palmer voters in 2010 approved a $3 million bond to pay for purchase of the property.'), [
      ['voters', 'approv', '2010', null, null, 'voters in 2010 approved'],
    ]);
    assert.deepEqual(read('Voters in 2009 approved a $3 million bond to buy the properties, Bower said.'), [
      ['Voters', 'approv', '2009', null, null, 'Voters in 2009 approved'],
    ]);
    assert.deepEqual(read('The shop by 2001 had closed.'), [
      ['shop', 'closed', '2001', null, 'by', 'shop by 2001 had closed'],
    ]);
    // A noun inside a phrase (BBC business_298, sport_216), an event noun that the date is of (business_320,
    // politics_271): the date is not the verb's.
    assert.deepEqual(read('The investigation of Freddie Mac in June 2003 sparked concerns.'), []);
    assert.deepEqual(read("England's 1-0 defeat to Spain on Wednesday dominated the back pages."), []);
    assert.deepEqual(read("China's admission in 2001 took 15 years."), []);
    assert.deepEqual(read('However the defection on Saturday has cast a shadow over the launch.'), []);
    assert.deepEqual(
      read('Officials said that voters in 2010 approved a bond.').map((d) => d[5]),
      ['voters in 2010 approved'],
    );
    // A subject that names nothing, a noun after the date: nothing.
    assert.deepEqual(read('Others in 2010 approved a bond.'), []);
    assert.deepEqual(read('Voters in 2009 bonds approved.'), []);
  });

  it('dates the name an active verb acts on by a date just before the verb, and reads a call to testify as a summons', () => {
    // ecb 4_7ecb.txt and 4_10ecb.txt: "called Page as a witness" and "Page was summoned to testify" are one event.
    assert.deepEqual(
      read(
        'A Congressional investigation initiated by Tennessee Senator Estes Kefauver in 1955 called Page as a witness and put Klaw out of business.',
      ),
      [['Page', 'summoned', '1955', null, null, '1955 called Page']],
    );
    assert.deepEqual(read('In 1995, Page was summoned to testify before the U.S. Senate.'), [
      ['Page', 'summoned', '1995', null, null, '1995, Page was summoned'],
    ]);
    // A subject that opens the clause stays the event's; a possessive names no object; a call that is no summons
    // is speech.
    assert.deepEqual(read('Police on Thursday arrested John Smith.'), [
      ['Police', 'arrested', '', 'thursday', null, 'Police on Thursday arrested'],
    ]);
    assert.deepEqual(read("A fire in 2003 destroyed Palmer's church."), []);
    assert.deepEqual(read('Kefauver in 1955 called Page a menace.'), []);
    assert.deepEqual(read('Officials on Monday called for calm.'), []);
  });

  it('dates the start of an activity by the activity: "began modeling", "to begin a career in modeling", "her first"', () => {
    // ecb 4_1ecb.txt, 4_10ecb.txt and 4_14ecb.txt: Page's start as a model, in 1947 or 1950.
    assert.deepEqual(
      read('She posed for her first pin-up photos in 1947 and by the 1950s pictures of her were popular.'),
      [['She', 'began model', '1947', null, null, 'She posed for her first pin-up photos in 1947']],
    );
    assert.deepEqual(
      read(
        'Born in Nashville, Page left her job as a schoolteacher and secretary to begin a career in modeling in 1950.',
      ),
      [
        [
          'Page',
          'began model',
          '1950',
          null,
          null,
          'Page left her job as a schoolteacher and secretary to begin a career in modeling in 1950',
        ],
      ],
    );
    assert.deepEqual(read('She began modeling in 1950 when she met police officer Jerry Tibbs.'), [
      ['She', 'began model', '1950', null, null, 'She began modeling in 1950'],
    ]);
    // A start of no activity, a first day: not read so; a pronoun outside a start is read as the act it is.
    assert.deepEqual(read('The war began in 2001.'), []);
    assert.deepEqual(read('Smith began talks in 2001.'), []);
    assert.deepEqual(
      read('The single was sold on its first day of release on Monday.').map((d) => d[1]),
      ['sold'],
    );
    assert.deepEqual(read('She disappeared in 1958.'), [
      ['She', 'missing', '1958', null, null, 'She disappeared in 1958'],
    ]);
  });

  it('dates a statement by the words it quotes, before or after its verb', () => {
    // Multi-News row 023: doc1 and doc2 quote one tweet, dated 20 and 19 January.
    const quoted = (text: string) =>
      analyzeDocument(text, 'a.txt').eventDates.map((d) => [d.subject, d.event, d.date, d.text, d.quote]);
    assert.deepEqual(
      quoted(
        "'So my \"sister\" said that with all her friends & fans she doesn't need any more love.' she tweeted on January 20.",
      ),
      [
        [
          'she',
          'said',
          '--01-20',
          'she tweeted on January 20',
          'so my sister said that with all her friends fans she doesn t need any more love',
        ],
      ],
    );
    assert.deepEqual(
      quoted(
        'In tweets that have since been deleted, Motes wrote on Jan. 19 under the handle @Dabbs76, \u201cSo my \u2018sister\u2019 said that she doesn\u2019t need anymore love.\u201d',
      ),
      [['Motes', 'said', '--01-19', 'Motes wrote on Jan. 19', 'so my sister said that she doesn t need anymore love']],
    );
    assert.deepEqual(
      quoted(
        "Nancy had apparently tweeted a string of vicious messages aimed at her sister, including 'Just so you all know' on January 20.",
      ).map((d) => [d[0], d[2], d[4]]),
      [['Nancy', '--01-20', 'just so you all know']],
    );
    // "said" and "told" too, the quotation before the speaker's noun phrase, an object between the verb and the date.
    assert.deepEqual(
      quoted('"We will rebuild the bridge within a year," the mayor told reporters on Tuesday.').map((d) => [
        d[0],
        d[3],
        d[4],
      ]),
      [['mayor', 'mayor told reporters on Tuesday', 'we will rebuild the bridge within a year']],
    );
    // Without a quotation of five words, a statement is not dated; a weekday in a title ("the Mail on Sunday", "the
    // Sunday Times", BBC sport_110 and sport_321) dates nothing.
    assert.deepEqual(quoted('She tweeted on January 20 about her sister.'), []);
    assert.deepEqual(quoted('The mayor said on Monday that "the bridge" will be rebuilt.'), []);
    assert.deepEqual(quoted('"I will try to help him," Meersseman told the Mail on Sunday.'), []);
    assert.deepEqual(quoted('"I will try to help him," Woodward told the Sunday Times.'), []);
  });

  it('reads "after", "before" and "by" before a year as open dates, "in the 1950s" as a decade, and "since" not at all', () => {
    assert.deepEqual(read('By 1958, at the peak of her fame, Page vanished from public view.'), [
      ['Page', 'missing', '1958', null, 'by', '1958, at the peak of her fame, Page vanished'],
    ]);
    assert.deepEqual(read('The beauty queen who disappeared from the public eye after 1957 was unaware of it.'), [
      ['queen', 'missing', '1957', null, 'after', 'queen who disappeared from the public eye after 1957'],
    ]);
    assert.deepEqual(read('The shop closed before 2001.'), [
      ['shop', 'closed', '2001', null, 'before', 'shop closed before 2001'],
    ]);
    assert.deepEqual(read('Page posed for photographer Irving Klaw in the 1950s.'), [
      ['Page', 'pos', '1950', null, 'decade', 'Page posed for photographer Irving Klaw in the 1950s'],
    ]);
    assert.deepEqual(read('Page retired after the 1950s.'), []);
    assert.deepEqual(read('Sales in December failed to meet expectations and were the worst since 1981.'), []);
  });

  it('dates a named work by the year before its noun ("the 2006 HBO movie, The Notorious Bettie Page")', () => {
    assert.deepEqual(
      read('Page was also celebrated in the 2006 HBO movie, The Notorious Bettie Page, starring Gretchen Mol.'),
      [['The Notorious Bettie Page', 'film', '2006', null, null, '2006 HBO movie, The Notorious Bettie Page']],
    );
    assert.deepEqual(read('Her life inspired the 2005 film The Notorious Bettie Page.'), [
      ['The Notorious Bettie Page', 'film', '2005', null, null, '2005 film The Notorious Bettie Page'],
    ]);
    // Without a name after it, "the 2008 election" is any election.
    assert.deepEqual(read('Turnout fell in the 2008 election across the country.'), []);
  });

  it('dates an event noun by the name after "of" or its possessive ("the disappearance last Saturday, April 15, of Kristian Perez")', () => {
    assert.deepEqual(
      read(
        'Police seek information related to the disappearance last Saturday, April 15, of Kristian Perez, 17, of Orofino.',
      ),
      [['Perez', 'missing', '--04-15', 'saturday', null, 'disappearance last Saturday, April 15, of Kristian Perez']],
    );
    assert.deepEqual(read('Perez\u2019s disappearance on April 15 alarmed the town.'), [
      ['Perez', 'missing', '--04-15', null, null, 'Perez\u2019s disappearance on April 15'],
    ]);
  });

  it("resolves a weekday or a day without a year against the file's own date (metadata, else dateline), never against other dates in it", () => {
    const sentence = 'The man was arrested in a Paris suburb last Wednesday, and charged on July 8.';
    assert.deepEqual(
      read(`---\ndate: 2017-07-06\n---\n${sentence}`).map((d) => d.slice(0, 4)),
      [['man', 'arrested', '2017-07-05', 'wednesday']],
    );
    assert.deepEqual(
      read(`PARIS, July 6, 2017 - ${sentence}`).map((d) => d.slice(0, 4)),
      [['man', 'arrested', '2017-07-05', 'wednesday']],
    );
    assert.deepEqual(
      read(`${sentence} The plot was uncovered on July 6, 2017.`).map((d) => d.slice(0, 4)),
      [
        ['man', 'arrested', '', 'wednesday'],
        ['plot', 'uncover', '2017-07-06', null],
      ],
    );
  });
});
