// Quantity frames (core/extract/frames.ts): what a figure counts, by which event, where, when and of whom, read
// from its sentence for any noun and any verb; and the reading errors seen on real coverage, one test each.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, checkDocuments, detectFindings } from '../../server/src/core';
import { WorkspaceIndex } from '../../server/src/core/workspaceIndex';
import { claimInterval } from '../../server/src/core/intervals';
import { agrees } from '../../server/src/core/citations';
import type { DocumentAnalysis, QuantityFrame } from '../../server/src/core';
import { claimOf } from './fixtures/readings';

/** The parts of a frame a test pins. */
function frameOf(text: string, figure: string): Partial<QuantityFrame> {
  const { measured, event, agent, place, time, scope, stage } = claimOf(text, figure).frame!;
  return { measured, event, agent, place, time, scope, stage };
}

/** Reports of one story: each ends with a line naming what the story's reports name (its fingerprint). */
function docs(...texts: string[]): DocumentAnalysis[] {
  return texts.map((text, i) =>
    analyzeDocument(
      `${text}\n\nOfficials in Kalba said that the figures were shared with the Halden Herald and with Nordvik Radio as well.`,
      `${'abcdefgh'[i]}.txt`,
    ),
  );
}

const SEEDS = path.join(__dirname, '..', '..', 'seeds');

const none = { agent: null, place: null, time: null, scope: null, stage: null };

describe('quantity frames: any noun, any verb', () => {
  for (const [text, figure, frame] of [
    [
      'British Airways cancelled 120 flights at Heathrow on Tuesday.',
      '120 flights',
      { ...none, measured: 'flight', event: 'cancelled', agent: 'Airways', place: 'Heathrow', time: 'tuesday' },
    ],
    ['About 300 homes were burnt.', 'About 300 homes', { ...none, measured: 'home', event: 'destroyed' }],
    ['Fire razed 300 homes.', '300 homes', { ...none, measured: 'home', event: 'destroyed' }],
    [
      'Police seized 12 armoured vehicles.',
      '12 armoured vehicles',
      { ...none, measured: 'armoured vehicle', event: 'seized' },
    ],
    ['The ruling party won 45 seats.', '45 seats', { ...none, measured: 'seat', event: 'won' }],
    // ../shared/corpus/bbc/politics_195.txt: a count of two fates is no count of one of them.
    [
      'Jack Straw said on Friday that about 440 Britons were either dead or missing in the disaster.',
      'about 440 Britons',
      { ...none, measured: 'briton', event: 'killed or missing' },
    ],
    [
      'At least 12 people were killed or injured in the blast.',
      'At least 12 people',
      { ...none, measured: 'person', event: 'killed or wounded' },
    ],
    [
      'At least 12 people were killed in the blast.',
      'At least 12 people',
      { ...none, measured: 'person', event: 'killed' },
    ],
    [
      'In 2012, China produced about 12.2 million tons of waste.',
      'about 12.2 million tons',
      { ...none, measured: 'waste', event: 'produced', agent: 'China', time: '2012' },
    ],
    ['The firm paid a $5m fine.', '$5m', { ...none, measured: 'fine', event: 'fined' }],
    [
      "Leno's new salary is likely around $20 million.",
      'around $20 million',
      { ...none, measured: 'salary', event: null, agent: 'Leno' },
    ],
    [
      'Some 40 protesters gathered outside the embassy.',
      'Some 40 protesters',
      { ...none, measured: 'protester', event: 'attended', place: 'embassy' },
    ],
    [
      'Since the offensive began, at least 1,200 people have been killed.',
      'at least 1,200 people',
      { ...none, measured: 'person', event: 'killed', scope: 'running' },
    ],
    [
      'Security forces killed 22 more militants overnight.',
      '22 more militants',
      { ...none, measured: 'militant', event: 'killed', time: 'overnight', scope: 'increment' },
    ],
  ] as const) {
    it(`reads «${text}»`, () => assert.deepEqual(frameOf(text, figure), frame));
  }

  it('converts units of one dimension and keeps currencies apart', () => {
    const km = claimOf('The runners covered 5 km.', '5 km').frame!;
    const miles = claimOf('The route is 3.1 miles long.', '3.1 miles').frame!;
    assert.deepEqual([km.dimension, km.unit, km.scale], ['length', 'metre', 1000]);
    assert.deepEqual([miles.dimension, miles.unit, miles.scale], ['length', 'metre', 1609.344]);
    assert.deepEqual(
      [claimOf('It cost $5m.', '$5m').frame!.unit, claimOf('It cost £5m.', '£5m').frame!.unit],
      ['dollar', 'pound'],
    );
  });
});

describe('one interval rule for the extractor, the engine and the citations', () => {
  it('reads "at least 18" as 18 to 27 everywhere: against 31 it disagrees, against 20 it agrees', () => {
    const atLeast18 = claimOf('At least 18 civilians were killed.', 'At least 18 civilians');
    const thirtyOne = claimOf('31 civilians were killed.', '31 civilians');
    const twenty = claimOf('20 civilians were killed.', '20 civilians');
    assert.deepEqual(atLeast18.value, { stated: 18, low: 18, high: 27 });
    assert.deepEqual(claimInterval(atLeast18), { low: 18, high: 27 });
    assert.equal(agrees(atLeast18, thirtyOne), false);
    assert.equal(agrees(atLeast18, twenty), true);
    assert.deepEqual(
      detectFindings(
        docs(
          'At least 18 civilians were killed in the attack on the market in Quetta.',
          '31 civilians were killed in the attack on the market in Quetta.',
        ),
      ).map((f) => f.kind),
      ['conflict'],
    );
  });
});

describe('reading errors seen on real coverage', () => {
  it('counts "N others injured" after a toll as injured, not killed', () => {
    const text = 'Five people were killed and 12 others were injured in the blast.';
    const others = claimOf(text, '12');
    assert.equal(others.frame!.event, 'wounded');
    assert.equal(others.predicate, 'wounded');
    const findings = detectFindings(
      docs(
        text,
        'Five people were killed and 12 people were injured in the blast.',
        'Five people were killed in the blast and 15 were injured.',
      ),
    );
    assert.deepEqual(
      findings.map((f) => [f.kind, f.subject]),
      [['conflict', 'people wounded']],
    );
  });

  it('does not count "more than N people had taken shelter" as killed', () => {
    const text = 'The strike killed 15 people at the school, where more than 700 people had taken shelter.';
    const shelter = claimOf(text, 'more than 700 people');
    assert.equal(shelter.frame!.event, null);
    assert.equal(shelter.predicate, null);
    assert.deepEqual(
      detectFindings(docs(text, 'The strike on the school killed 16 people.')).map((f) => f.subject),
      ['people killed'],
    );
  });

  it('reads "hundreds of other people" as hundreds, not 200', () => {
    const findings = detectFindings(
      docs(
        'Hundreds of other people fled the fighting in the town of Kalba.',
        'Thousands of people fled the fighting in the town of Kalba.',
      ),
    );
    assert.deepEqual(
      findings.map((f) => f.timeline.map((e) => e.figure)),
      [['hundreds', 'thousands']],
    );
  });

  it('reads "several dozen" as 36 to 108, shown as written', () => {
    const claim = claimOf('Several dozen protesters gathered in the square.', 'Several dozen protesters');
    assert.deepEqual([claim.qualifier, claim.value], ['vague', { stated: 36, low: 36, high: 108 }]);
    const findings = detectFindings(
      docs(
        'Several dozen protesters gathered in the square on Friday.',
        'More than 500 protesters gathered in the square on Friday.',
      ),
    );
    assert.deepEqual(
      findings.map((f) => f.timeline.map((e) => e.figure)),
      [['several dozen', 'more than 500']],
    );
  });

  it('never invents a total from unrelated figures of one article', () => {
    const article = [
      'At least 20 people were killed in the flooding on Monday, officials said.',
      'Rescuers were still searching the valley.',
      'Crews worked through the night.',
      'Roads were closed.',
      'Separately, 12 soldiers were killed in an ambush in the north, and 8 civilians were killed in a market bombing in the capital.',
    ].join('\n\n');
    const findings = detectFindings(
      docs(article, 'At least 20 people were killed in the flooding on Monday, officials said.'),
    );
    assert.deepEqual(
      findings.filter((f) => f.kind === 'conflict' || f.kind === 'internal'),
      [],
    );
  });

  it("does not date a figure by an aside's year", () => {
    const claim = claimOf(
      'The group, founded in 2004, said on Monday that 30 fighters had been killed.',
      '30 fighters',
    );
    assert.equal(claim.asOf, null);
    assert.equal(claimOf('In 2019, a similar attack killed 40 people.', '40 people').asOf, '2019');
    const findings = detectFindings(
      docs(
        'Published 2026-03-02\n\nThe ministry, founded in 2004, said that 30 soldiers had been killed.',
        'Published 2026-03-02\n\nThe ministry said that 45 soldiers had been killed.',
      ),
    );
    assert.deepEqual(
      findings.map((f) => [f.kind, f.subject]),
      [['conflict', 'soldiers killed']],
    );
  });

  it("does not give a count of countries the toll's predicate", () => {
    const text = 'The virus has killed 500 people in 12 countries.';
    const countries = claimOf(text, '12 countries');
    assert.deepEqual([countries.predicate, countries.frame!.event], [null, null]);
    assert.deepEqual(detectFindings(docs(text, 'The virus has killed 500 people in 15 countries.')), []);
  });

  it('reads "the UN said earlier that it had confirmed N dead" beside a later, higher figure as a revision', () => {
    const findings = detectFindings(
      docs(
        'The UN said earlier that it had confirmed 120 people dead in the flooding in Derna. The toll has since risen to 150, officials said.',
        'At least 150 people were killed in the flooding in Derna, officials said.',
      ),
    );
    assert.deepEqual(
      findings.map((f) => [f.kind, f.severity]),
      [['revision', 'information']],
    );
    assert.deepEqual(
      findings[0].timeline.map((e) => [e.figure, e.superseded]),
      [
        ['120', true],
        ['150', false],
        ['at least 150', false],
      ],
    );
  });
});

describe('a finding explains itself', () => {
  it('gives its shared frame in words, in the message and the JSON', () => {
    const findings = detectFindings(
      docs(
        'Police said 14 people were killed at the market in Kandahar on Tuesday.',
        'Officials said 19 people were killed at the market in Kandahar on Tuesday.',
      ),
    );
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].frame, {
      measured: 'person',
      event: 'killed',
      place: 'market in Kandahar',
      time: 'tuesday',
      scope: null,
      unit: null,
      words: 'killed · at the market in Kandahar · tuesday',
    });
    assert.equal(findings[0].message.split('\n').length, 1);
    assert.equal(
      findings[0].message,
      'Sources disagree on people killed · at the market in Kandahar · tuesday: 14 in a (Police); 19 in b (Officials)',
    );
  });
});

describe('a draft is never silently left out', () => {
  it('tells which files count what the others count but matched none of their stories, and updates as they change', () => {
    const seeds = fs
      .readdirSync(SEEDS)
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .sort()
      .map((f) => analyzeDocument(fs.readFileSync(path.join(SEEDS, f), 'utf8'), f));
    const index = new WorkspaceIndex();
    index.setMany(seeds);
    assert.deepEqual(index.unmatchedFiles(), []);
    index.set(
      analyzeDocument(
        'At least 20 civilians and 15 soldiers were killed when militants attacked 12 towns on Saturday, officials said.',
        'draft.txt',
      ),
    );
    assert.deepEqual(index.unmatchedFiles(), ['draft.txt']);
    assert.deepEqual(
      checkDocuments([...seeds, analyzeDocument('At least 20 civilians were killed, officials said.', 'draft.txt')])
        .unmatched,
      ['draft.txt'],
    );
    index.set(
      analyzeDocument(
        'At least 20 civilians and 15 soldiers were killed when the Baloch Liberation Army attacked 12 towns across Balochistan on Saturday, officials in Quetta told Dawn, and Sarfraz Bugti and Mohsin Naqvi confirmed it.',
        'draft.txt',
      ),
    );
    assert.deepEqual(index.unmatchedFiles(), []);
    assert.ok(
      index
        .findings()
        .some(
          (f) =>
            f.kind === 'conflict' &&
            f.subject === 'civilians killed' &&
            f.claims.some((id) => id.startsWith('draft.txt')),
        ),
    );
  });
});

describe('quantity frames: whose figure it is', () => {
  for (const [text, figure, agent] of [
    // ../shared/corpus/bbc/sport_199.txt, sport_168.txt: a sentence's first word, a name, is the subject.
    ['Mutu scored six goals in his first five games after arriving at Stamford Bridge.', 'six goals', 'Mutu'],
    ['Adriano has scored 14 goals in 20 Serie A appearances this season.', '14 goals', 'Adriano'],
    // A plural, an institution, a word for everyone: no name.
    ['Police arrested 12 people in the city.', '12 people', null],
    ['Officials counted 40 bodies.', '40 bodies', null],
    // Who speaks owns no figure of what is said (seeds: the Interior Minister's count).
    ['Interior Minister Mohsin Naqvi said 177 militants were killed.', '177 militants', null],
    // ../shared/corpus/bbc/business_180.txt, sport_311.txt: a relative clause's figure is the name's it describes.
    ['South Korea, which has about $200bn in foreign reserves, said it plans to buy more.', 'about $200bn', 'Korea'],
    ["A third penalty from Ronan O'Gara, who kicked 13 points, extended the lead.", '13 points', "O'Gara"],
    ['The deal, which is worth $5bn, was signed.', '$5bn', null],
    // ../shared/corpus/events ecb-7 (7_11ecb), bbc/business_297.txt: the subject before an aside.
    [
      'Klitschko, who was coming off an 11th-round knockout of Tony Thompson in July, landed 178 punches to just 30 for Rahman.',
      '178 punches',
      'Klitschko',
    ],
    ["ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs.", '2,850 jobs', 'Amro'],
    ['In July, the bank cut 300 jobs.', '300 jobs', null],
    // ../shared/corpus/events/ecbplus/22_11ecbplus.txt: a month before the aside is no subject.
    [
      'In February, a woman opened fire at the University of Alabama, killing three and injuring several others.',
      'three',
      null,
    ],
    // ../shared/corpus/bbc/sport_338.txt: "his" stands for the nearest subject before it, not the sentence's first.
    [
      'Robinson has confirmed that fly-half Charlie Hodgson will be the first-choice kicker despite his three missed penalties.',
      'three missed penalties',
      'Hodgson',
    ],
    ['The company said their 300 workers were paid.', '300 workers', null],
    // ../shared/corpus/bbc/tech_117.txt: "it" after a verb of saying is who says so.
    [
      'Black Spider said it had stopped more than 1 million copies of the virus.',
      'more than 1 million copies',
      'Spider',
    ],
    [
      'Security firm Network Box said that it stopped more than 30,000 copies an hour.',
      'more than 30,000 copies',
      'Box',
    ],
    ['Officials said it killed 12 people.', '12 people', null],
    // ../shared/corpus/events/multinews/mnsample-test-row142-doc1.txt (CNN) and -doc0.txt (The Hill): in a list of
    // several owners' shares, each is the name's it follows or precedes.
    [
      "The new CNN/ORC Poll finds Trump at 18% support among Republicans, with former Florida governor Jeb Bush just behind at 15%, within the poll's margin of error.",
      '15%',
      'Bush',
    ],
    ['They are joined at the top of the pack by Wisconsin Governor Scott Walker, with 10% support.', '10%', 'Walker'],
    ['Jeb Bush follows in second place with 15 percent.', '15 percent', 'Bush'],
    [
      'Trump took 21% of the New Hampshire GOP primary vote, with Bush running second at 14%, while in Iowa Trump was at 17% and Walker at 19%.',
      '17%',
      'Trump',
    ],
    [
      'Trump took 21% of the New Hampshire GOP primary vote, with Bush running second at 14%, while in Iowa Trump was at 17% and Walker at 19%.',
      '14%',
      'Bush',
    ],
    [
      'Trump took 21% of the New Hampshire GOP primary vote, with Bush running second at 14%, while in Iowa Trump was at 17% and Walker at 19%.',
      '19%',
      'Walker',
    ],
    ['Among those who have narrowed it down, 24% of that group backs him, 16% Bush and 12% Walker.', '12%', 'Walker'],
    ['In the poll, Trump 18%, Bush 15%, Walker 9%.', '15%', 'Bush'],
    ['Support stood as follows: Labour, 35%; Conservatives, 33%.', '33%', 'Conservatives'],
    // No list's item: a place set before a share of its people, a speaker after a change, a day after a share.
    ['In Britain, 15% of people agree.', '15%', null],
    ['Shares rose 5%, Reuters reported.', '5%', null],
    ['Sales rose 4% on Monday, 6% Tuesday.', '6%', null],
  ] as Array<[string, string, string | null]>) {
    it(`"${text}": ${figure} is ${agent ?? "nobody's"}`, () => {
      assert.equal(claimOf(text, figure).frame!.agent, agent);
    });
  }

  const goals = (a: string, b: string) => detectFindings(docs(a, b)).map((f) => [f.kind, f.message]);

  it("two players' goals in two reports are no conflict", () => {
    assert.deepEqual(
      goals(
        'Adriano has scored 14 goals in 20 Serie A appearances this season.',
        'Mutu scored six goals in his first five games after arriving at Stamford Bridge.',
      ),
      [],
    );
  });

  it("two players' contracts far apart are no conflict unless their sentences name one owner (ecbplus 10_1ecbplus)", () => {
    const lowell = 'The Red Sox signed Mike Lowell to a three-year contract worth $37.5 million.';
    const teixeira = 'The Nationals signed Mark Teixeira to an eight-year contract worth $160 million.';
    assert.deepEqual(goals(lowell, teixeira), []);
    assert.deepEqual(goals('The Red Sox offered Mark Teixeira an eight-year contract worth $100 million.', teixeira), [
      [
        'conflict',
        'Sources disagree on dollars: $100 million in a (Officials in Kalba); $160 million in b (Officials in Kalba)',
      ],
    ]);
  });

  it("two countries' reserves, one told in a relative clause, are no conflict", () => {
    assert.deepEqual(
      goals(
        'South Korea, which has about $200bn in foreign exchange reserves, said it plans to buy euros.',
        'Japan has $850bn in foreign exchange reserves, officials said.',
      ),
      [],
    );
    assert.deepEqual(
      goals(
        'The country, which has about $200bn in foreign exchange reserves, said it plans to buy euros.',
        'Japan has $850bn in foreign exchange reserves, officials said.',
      ),
      [
        [
          'conflict',
          'Sources disagree on dollars: about $200 billion in a (Officials in Kalba); $850 billion in b (officials)',
        ],
      ],
    );
  });

  it("one player's missed penalties and another's penalties are no conflict (bbc sport_338, sport_405)", () => {
    const hodgson =
      'Robinson has confirmed that fly-half Charlie Hodgson will be the first-choice kicker despite his three missed penalties and a drop goal against France.';
    const ogara =
      "England fly-half Charlie Hodgson nailed the conversion from out on the left, but almost immediately O'Gara, winning his 50th cap, answered with two penalties in quick succession.";
    assert.deepEqual(goals(hodgson, ogara), []);
    assert.deepEqual(goals(hodgson.replace('despite his three', 'despite the three'), ogara), [
      ['conflict', 'Sources disagree on penalties: 2 in b (Officials in Kalba); 3 in a (Robinson)'],
    ]);
  });

  it("two firms' counts in one report, each told by the firm, are not one file's two figures (bbc tech_117)", () => {
    const article = (second: string) =>
      detectFindings([
        analyzeDocument(
          `Black Spider said it had stopped more than 1 million copies of the Bagle virus since the outbreak began.\n\n${second} stopped more than 900,000 copies of the Bagle virus as the outbreak reached a peak.`,
          'a.txt',
        ),
      ]).map((f) => [f.kind, f.message]);
    assert.deepEqual(article('Security firm Network Box said that it'), []);
    assert.deepEqual(article('Security firm Network Box said that the software'), [
      [
        'internal',
        'a gives 2 figures for copies stopped: more than 900,000 (Security firm Network Box) and more than 1,000,000 (Black Spider)',
      ],
    ]);
  });

  it('a count of the dead or missing is no death toll (bbc politics_135, politics_195)', () => {
    const confirmed = 'The Foreign Office says 41 Britons are now confirmed to have died in the tsunami.';
    assert.deepEqual(
      goals(
        confirmed,
        'Foreign Secretary Jack Straw said that about 440 Britons were either dead or missing in the tsunami.',
      ),
      [],
    );
    assert.deepEqual(
      goals(confirmed, 'Foreign Secretary Jack Straw said that about 440 Britons were dead in the tsunami.'),
      [
        [
          'conflict',
          'Sources disagree on britons killed: 41 in a (The Foreign Office); about 440 in b (Foreign Secretary Jack Straw)',
        ],
      ],
    );
  });

  it("one player's goals in two reports still are", () => {
    assert.deepEqual(
      goals(
        'Adriano has scored 14 goals in 20 Serie A appearances this season.',
        'Adriano scored 12 goals in 20 Serie A appearances this season.',
      ),
      [
        [
          'conflict',
          'Sources disagree on goals scored · 20 appearances: 12 in b (Officials in Kalba); 14 in a (Officials in Kalba)',
        ],
      ],
    );
  });
});

describe('quantity frames: a part of the figure before it', () => {
  // ../shared/corpus/events/multinews/mnsample-test-row071-doc0.txt and -doc1.txt (a protest in Kabul).
  const ap = 'At least five people were wounded, two from gunshots.';
  const reuters =
    'A police source later said one person had been killed and five wounded, and that the toll could rise.';

  it('reads "two from gunshots" after a toll as a part of it, no figure of the toll', () => {
    assert.deepEqual(frameOf(ap, 'two'), { ...none, measured: null, event: null });
    assert.deepEqual(frameOf('Seven people were injured, two seriously.', 'two'), {
      ...none,
      measured: null,
      event: null,
    });
  });

  it('so five wounded against "two from gunshots" is no conflict', () => {
    assert.deepEqual(detectFindings(docs(ap, reuters)), []);
  });

  it('while five wounded against twelve still is', () => {
    assert.deepEqual(
      detectFindings(docs(ap, reuters.replace('five wounded', 'twelve wounded'))).map((f) => [f.kind, f.message]),
      [
        [
          'conflict',
          'Sources disagree on people wounded: at least 5 in a (Officials in Kalba); 12 in b (A police source)',
        ],
      ],
    );
  });
});

describe('quantity frames: a length of time spent in a role', () => {
  // ../shared/corpus/events/ecbplus/5_3ecb.txt and 5_12ecb.txt (Tony DiLeo, named coach of the 76ers).
  const role =
    'Prior to that, DiLeo spent four seasons as the Sixers Director of Player Personnel (1999-2003) and has served as an Assistant Coach under Larry Brown.';
  const whole = 'DiLeo has spent 19 seasons with the 76ers.';

  it('reads "four seasons as the Sixers Director of Player Personnel" as a length in that role', () => {
    assert.equal(claimOf(role, 'four seasons').frame!.measured, 'spent as director');
    // "as" opens a clause here, no role: what lasted is the drought (the subject of "lasted").
    assert.equal(claimOf('The drought lasted three years as prices rose.', 'three years').frame!.measured, 'drought');
  });

  it('so four seasons as director against 19 seasons with the team is no conflict', () => {
    assert.deepEqual(detectFindings(docs(role, whole)), []);
  });

  it('while two lengths of the whole still are', () => {
    assert.deepEqual(
      detectFindings(docs(whole.replace('19', '17'), whole)).map((f) => [f.kind, f.message]),
      [
        [
          'conflict',
          'Sources disagree on seasons spent: 17 seasons in a (Officials in Kalba); 19 seasons in b (Officials in Kalba)',
        ],
      ],
    );
  });
});

describe("quantity frames: a length of time is someone's", () => {
  // After ../shared/corpus/events/ecbplus/5_2ecbplus.txt and 5_9ecbplus.txt: a coach's deal and a player's.
  const coach =
    "The Philadelphia 76ers fired coach Jim O'Brien on Monday.\n\nO'Brien just finished the first year of a three-year deal that included an option and paid him about $4 million a year.";
  const player =
    'Agent says Sixers to sign Dalembert to six-year deal\n\nSamuel Dalembert agreed to a deal with the Philadelphia 76ers on Saturday, his agent Marc Cornstein told ESPN.';

  it("so the coach's three-year deal against the player's six-year deal is no conflict", () => {
    assert.deepEqual(detectFindings(docs(coach, player)), []);
  });

  it("while two lengths of the coach's deal still are", () => {
    assert.deepEqual(
      detectFindings(docs(coach, "The 76ers had signed Jim O'Brien to a four-year deal.")).map((f) => [
        f.kind,
        f.message,
      ]),
      [
        [
          'conflict',
          'Sources disagree on length of time: 3 years in a (Officials in Kalba); 4 years in b (Officials in Kalba)',
        ],
      ],
    );
  });
});

describe('quantity frames: the effect of the clause before', () => {
  // ../shared/corpus/bbc/business_064.txt: passengers of cancelled flights, and of delayed ones.
  const cancelled =
    'The company said that it had to cancel 77 short and medium-distance flights, affecting about 5,000 passengers.';
  const delayed =
    "Mr Lamberty said that 92 outgoing flights and 86 income flights were delayed by an average of an hour following President Bush's arrival, affecting almost 17,000 passengers.";

  it('reads "..., affecting 5,000 passengers" as affected by the event before, and no speaker as owner', () => {
    assert.equal(claimOf(cancelled, 'about 5,000 passengers').frame!.event, 'affecting by cancelled');
    assert.equal(claimOf(delayed, 'almost 17,000 passengers').frame!.event, 'affecting by delayed');
    assert.equal(claimOf(delayed, '92 outgoing flights').frame!.agent, null);
  });

  it("so one article's passengers of cancellations and of delays are no internal conflict", () => {
    assert.deepEqual(detectFindings([analyzeDocument(`${cancelled}\n\n${delayed}\n`, 'business_064.txt')]), []);
  });

  it('while two sources for the passengers of the cancellations still are', () => {
    const other = cancelled.replace('The company', 'Mr Lamberty').replace('about 5,000', 'almost 17,000');
    assert.deepEqual(
      detectFindings([analyzeDocument(`${cancelled}\n\n${other}\n`, 'business_064.txt')]).map((f) => [
        f.kind,
        f.severity,
      ]),
      [['internal', 'warning']],
    );
  });
});

describe('quantity frames: the occasions an average is over', () => {
  // ../shared/corpus/events/ecbplus/5_4ecbplus.txt (insidehoops.com): a career in the playoffs, and a whole career.
  const playoffs =
    'In 133 career playoff games, he averaged 14.4 points, 6.9 assists, and 3.4 rebounds while shooting 51.2 percent from the field.';
  const career =
    'The native of Chicago, Ill., he averaged 11.1 points, 6.7 assists and 2.1 steals in 1,101 career games while shooting 52.3 percent from the field.';

  it('reads "in 133 career playoff games" as what the average is over', () => {
    assert.equal(claimOf(playoffs, '14.4 points').frame!.time, '133 games');
    assert.equal(claimOf(career, '11.1 points').frame!.time, '1,101 games');
  });

  it("so one article's averages over 133 games and over 1,101 are no internal conflict", () => {
    assert.deepEqual(detectFindings([analyzeDocument(`${playoffs}\n\n${career}\n`, '5_4ecbplus.txt')]), []);
  });

  it('while two averages over the same games still are', () => {
    assert.deepEqual(
      detectFindings(docs(playoffs, playoffs.replace('14.4', '15.4'))).map((f) => [f.kind, f.message]),
      [
        [
          'conflict',
          'Sources disagree on points averaged · 133 games: 14.4 in a (Officials in Kalba); 15.4 in b (Officials in Kalba)',
        ],
      ],
    );
  });
});

describe('a projection is no report', () => {
  // After BBC entertainment_143.txt and entertainment_160.txt (the Band Aid 20 single's sales).
  const BAND = "The Band Aid 20 single Do They Know It's Christmas? went on sale on Monday. ";
  const sold = BAND + 'The Band Aid 20 single has sold 300,000 copies, according to sales figures.';

  it('reads a condition ("if") and a forecast ("expected to", "predicted that") as projected', () => {
    assert.deepEqual(
      [
        ['If the track sold 500,000 copies, more than £1m would be raised for charity.', '500,000 copies'],
        [
          "Predicted chart-topper Do They Know it's Christmas? is expected to sell at least 300,000 copies by the time the new chart is announced on Sunday.",
          'at least 300,000 copies',
        ],
        [
          'It is predicted that the Band Aid 20 song will sell 300,000 copies in the UK by the time the new chart is announced on Sunday.',
          '300,000 copies',
        ],
        // After BBC tech_114.txt.
        ['It said it was hopeful that it could save some 110 jobs by selling the business.', 'some 110 jobs'],
        ["Leno's new salary is likely around $20 million.", 'around $20 million'],
      ].map(([text, figure]) => claimOf(text, figure).frame!.stage),
      ['projected', 'projected', 'projected', 'projected', null],
    );
  });

  it('is not compared with a reported figure', () => {
    assert.deepEqual(
      detectFindings(
        docs(sold, BAND + 'If the Band Aid 20 single sold 500,000 copies, more than £1m would be raised for charity.'),
      ),
      [],
    );
    assert.deepEqual(
      detectFindings(
        docs(
          BAND +
            'More than 72,000 copies of the new Band Aid single were sold on its first day of release, according to sales figures.',
          BAND +
            'The Band Aid 20 single is expected to sell at least 300,000 copies by the time the new chart is announced.',
        ),
      ),
      [],
    );
    // After BBC tech_114.txt and tech_119.txt (Argonaut's jobs: hoped to save, saved).
    const ARGONAUT = "Argonaut Games, one of Britain's largest independent game makers, went into administration. ";
    assert.deepEqual(
      detectFindings(
        docs(
          ARGONAUT + 'The administrator said it was hopeful that it could save some 110 jobs by selling the business.',
          ARGONAUT + 'The administrator said the sale of Argonaut Games has saved over 40 jobs.',
        ),
      ),
      [],
    );
    // Two reports still disagree.
    assert.deepEqual(
      detectFindings(docs(sold, BAND + 'The Band Aid 20 single has sold 350,000 copies.')).map((f) => f.message),
      ['Sources disagree on copies sold: 300,000 in a (sales figures); 350,000 in b (Officials in Kalba)'],
    );
  });
});

describe('a streak is a running count', () => {
  // After BBC sport_352.txt (Wales's losing run against England) and sport_403.txt (one Six Nations' losses).
  const run =
    'But despite their traditional hospitality when the Irish are visiting, Wood believes Wales might end their four-match losing run against England in Cardiff.';
  const season = 'The same year that England ruled the roost, a woeful Wales lost all five matches in the Six Nations.';

  it('reads "a four-match losing run" and "a 10-game winning streak" as running', () => {
    assert.deepEqual(
      [
        frameOf(run, 'four-match').scope,
        frameOf('Chelsea extended their 10-game winning streak.', '10-game').scope,
        frameOf(season, 'five matches').scope,
      ],
      ['running', 'running', null],
    );
  });

  it("is not compared with one season's count", () => {
    assert.deepEqual(detectFindings(docs(run, season)), []);
  });
});
