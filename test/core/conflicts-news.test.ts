// Two small stories written like multi-outlet coverage (fixtures/engine/news), through the whole core: each
// story's disagreement is found, and nothing crosses from one story to the other.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { resolveConfig } from '../../server/src/core/config';
import { figureText, prepareDocument, UnitCanon } from '../../server/src/core/conflicts/prepare';
import { findingsOf } from './fixtures/readings';

const NEWS = path.join(__dirname, 'fixtures/engine/news');

describe('conflict engine on small multi-outlet stories', () => {
  const docs = () =>
    fs
      .readdirSync(NEWS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => analyzeDocument(fs.readFileSync(path.join(NEWS, f), 'utf8'), f));

  it('finds the bus crash\'s injured (30 against 25, the unit implied by "killed and 30 injured"), the quake toll (95 against 128/157) and its injured (more than 140, at least 160)', () => {
    const findings = detectFindings(docs());
    assert.deepEqual(
      findings.map((f) => [f.kind, f.subject, [...new Set(f.timeline.map((e) => e.file))].join(' ')]),
      [
        ['conflict', 'people killed', 'b1.txt b2.txt b3.txt'],
        ['conflict', 'people wounded', 'a1.txt a2.txt'],
        ['conflict', 'people wounded', 'b1.txt b2.txt'],
      ],
    );
    // Two floors of the quake's injured are different floors (strictInterval), for information.
    assert.deepEqual(
      [findings[2].severity, findings[2].message],
      [
        'information',
        'Sources disagree on people wounded (more than 140 and at least 160 are different floors): more than 140 in Reuters (the Home Ministry); at least 160 in Kathmandu Post',
      ],
    );
    assert.equal(
      findings[0].message,
      'Sources disagree on people killed · in Jajarkot: at least 128 in Reuters (officials) / 157 in Kathmandu Post (the Home Ministry); 95 in Daily Star (police)',
    );
  });

  it('reads "police said on Saturday" as the day of the statement, not a one-day count', () => {
    const b3 = docs().find((d) => d.file === 'b3.txt')!;
    const alone = detectFindings([b3, docs().find((d) => d.file === 'b1.txt')!]);
    assert.equal(alone.length, 1);
    assert.equal(alone[0].subject, 'people killed');
  });
});

describe('one article, two sums of one measure', () => {
  // After ../shared/corpus/events/ecbplus/10_4ecbplus.txt (wcvb.com, the Teixeira bidding, December 2008).
  const offers =
    'Lynch reported the Red Sox team of owner John Henry offered Teixeira an eight-year deal worth $184 million.\n\n' +
    'It was then that agent Scott Boras countered by asking for an eight-year contract worth $200 million, sources said.\n';

  it('gives no finding when their sentences name nobody in common (one team offers, an agent asks)', () => {
    assert.deepEqual(detectFindings([analyzeDocument(offers, 'wcvb.txt')]), []);
  });

  it('is an internal conflict when their sentences name one subject: information, since no two sources give them', () => {
    const named = offers.replace('agent Scott Boras countered', 'the Red Sox countered');
    assert.deepEqual(
      detectFindings([analyzeDocument(named, 'wcvb.txt')]).map((f) => [f.kind, f.severity, f.message]),
      [
        [
          'internal',
          'information',
          'wcvb gives 2 figures for dollars: $184 million (Lynch) and $200 million (sources)',
        ],
      ],
    );
  });
});

describe('one article, two counts of one frame', () => {
  // After ../shared/corpus/bbc/tech/057.txt: two games' awards, no source.
  const awards =
    'PC first person shooter Half-Life 2 has won six Bafta Awards, including best game and best online game.\n\n' +
    'Burnout 3 won three awards in the categories for racing, technical direction and best PlayStation 2 game.\n';

  it('is none when no two sources give them and their sentences name nothing in common (two games, two counts)', () => {
    assert.deepEqual(detectFindings([analyzeDocument(awards, 'bafta.txt')]), []);
    // After ../shared/corpus/bbc/business_049.txt: two years' output.
    const cars =
      'During that year, 3,500 people produced 56,000 cars.\n\n' +
      'Last year, MG Rover, which employs more than 6,000 people, produced just 110,000 cars.\n';
    assert.deepEqual(detectFindings([analyzeDocument(cars, 'rover.txt')]), []);
  });

  it('is information when no two sources give them and their sentences name one subject', () => {
    const again = awards.replace('Burnout 3 won three', 'The makers of Half-Life 2 won five');
    assert.deepEqual(
      detectFindings([analyzeDocument(again, 'bafta.txt')]).map((f) => [f.kind, f.severity]),
      [['internal', 'information']],
    );
  });

  it('is none when no two sources give them and one is half the other (a writer counts two things)', () => {
    const half = awards.replace('Burnout 3 won', 'The makers of Half-Life 2 won');
    assert.deepEqual(detectFindings([analyzeDocument(half, 'bafta.txt')]), []);
  });

  it('is a warning when two sources give them (seeds 003: state media against the military)', () => {
    const text =
      'Security forces killed 197 militants in the operation, state media reported.\n\n' +
      'The military said it had killed 177 militants in the operation.\n';
    assert.deepEqual(
      detectFindings([analyzeDocument(text, 'a.txt')]).map((f) => [f.kind, f.severity, f.message]),
      [['internal', 'warning', 'a gives 2 figures for militants killed: 177 (The military) and 197 (state media)']],
    );
  });
});

describe('sums as a reader writes them', () => {
  const figures = (text: string) => analyzeDocument(text, 'a.txt').claims.map((c) => figureText(c));

  it('in millions, billions or trillions, with the currency as written, ranges and small sums in full', () => {
    // After ../shared/corpus/events/ecbplus/10_13ecbplus.txt and multinews row 147 (doc1, doc2).
    assert.deepEqual(figures('The offer was in the range of $145 million to $175 million, possibly more.'), [
      '$145–175 million',
    ]);
    assert.deepEqual(figures('The government ran a deficit of 367 billion riyals last year.'), ['367 billion riyals']);
    assert.deepEqual(figures('A company he valued at up to $2.5tn will be listed.'), ['up to $2.5 trillion']);
    assert.deepEqual(figures('Up to $30,000 in prize money is up for grabs.'), ['up to $30,000']);
  });
});

describe('dates of one event told in other words by two outlets', () => {
  const findings = (a: string, b: string) =>
    detectFindings([analyzeDocument(a, 'a.txt'), analyzeDocument(b, 'b.txt')]).map((f) => [f.kind, f.message]);

  it('compares "X took up Bunch\'s case in 2007" with "In 2006, Ricks convinced the center to join the case"', () => {
    // After Multi-News row 032, doc0 and doc3: a phrasal verb (taking up a case is joining it), a causative verb (the
    // object joins), and a common noun that heads the other's name ("the Northwestern center", "Center on ...").
    const BUNCH = 'Kristine Bunch of Indiana was exonerated by the Northwestern University School of Law team. ';
    const tookUp =
      BUNCH +
      "The Center on Wrongful Convictions at Northwestern University School of Law took up Bunch's case in 2007.";
    const convinced = (year: string, verb = 'convinced') =>
      BUNCH + `In ${year}, Ricks ${verb} the Northwestern center to join the case, and the team soon found problems.`;
    assert.deepEqual(findings(tookUp, convinced('2006')), [
      ['date', 'Sources disagree on when the center join: 2006 in b; 2007 in a'],
    ]);
    // The same year agrees; asking is no joining; a case taken up by another is not the center's.
    assert.deepEqual(findings(tookUp, convinced('2007')), []);
    assert.deepEqual(findings(tookUp, convinced('2006', 'asked')), []);
    assert.deepEqual(findings(tookUp.replace('The Center on', 'The Society of'), convinced('2006')), []);
  });
  const PAGE =
    'Bettie Page, the pin-up queen photographed by Irving Klaw in New York, died in Los Angeles on Thursday. ';

  it('compares "called Page as a witness" in 1955 with "Page was summoned to testify" in 1995', () => {
    // After ecb 4_7ecb.txt and 4_10ecb.txt.
    const called =
      PAGE +
      'A Congressional investigation initiated by Tennessee Senator Estes Kefauver in 1955 called Page as a witness and put Klaw out of business.';
    assert.deepEqual(findings(called, PAGE + 'In 1995, Page was summoned to testify before the U.S. Senate.'), [
      ['date', 'Sources disagree on when the page summoned: 1955 in a; 1995 in b'],
    ]);
    // One year agrees; a call that is no summons, and another event of the same year, are not compared.
    assert.deepEqual(findings(called, PAGE + 'In 1955, Page was summoned to testify before the U.S. Senate.'), []);
    assert.deepEqual(
      findings(PAGE + 'Kefauver in 1955 called Page a menace.', PAGE + 'In 1995, Page was summoned to testify.'),
      [],
    );
    assert.deepEqual(findings(called, PAGE + 'In 1995, Page was honoured in Nashville.'), []);
  });

  it('compares the start of one activity told in other words, a pronoun standing for the name its file mentions most', () => {
    // After ecb 4_1ecb.txt ("She posed for her first pin-up photos in 1947") and 4_10ecb.txt (1950).
    const page = PAGE + 'Her agent said Page was 85. ';
    const began = page + 'Born in Nashville, Page left her job as a secretary to begin a career in modeling in 1950.';
    assert.deepEqual(findings(page + 'She posed for her first pin-up photos in 1947.', began), [
      ['date', 'Sources disagree on when the page began model: 1947 in a; 1950 in b'],
    ]);
    // The same year agrees; another activity's start, or a file that mentions another person most, is not compared.
    assert.deepEqual(findings(page + 'She posed for her first pin-up photos in 1950.', began), []);
    assert.deepEqual(findings(page + 'She won her first award in 1947.', began), []);
    const hughes =
      'Howard Hughes pursued Bettie Page in Los Angeles. Hughes was rebuffed by Page, Hughes said. Hughes of New York met Irving Klaw. ';
    assert.deepEqual(findings(hughes + 'She posed for her first pin-up photos in 1947.', began), []);
  });

  it('does not compare the dates of one event done to two named things ("won the Rugby World Cup", "won the first Rugby World Cup Sevens")', () => {
    // After BBC sport_375.txt (2003) and sport_400.txt (1993).
    const DALLAGLIO =
      'England flanker Lawrence Dallaglio has retired from international rugby, ending a career with Wasps and England. ';
    const cup =
      DALLAGLIO +
      "An integral part of a sustained period of success for England, Dallaglio's crowning glory was his part in the side that won the Rugby World Cup in 2003.";
    const won = (what: string) =>
      DALLAGLIO + `England won ${what} with a side that included the likes of Lawrence Dallaglio and Matt Dawson.`;
    assert.deepEqual(findings(cup, won('the first Rugby World Cup Sevens in 1993')), []);
    // The same thing won, dated differently, is still compared.
    assert.deepEqual(findings(cup, won('the Rugby World Cup in 2004')), [
      ['date', 'Sources disagree on when the england won: 2003 in a; 2004 in b'],
    ]);
  });

  it('compares the dates of one quoted statement ("she tweeted on January 20", "Motes wrote on Jan. 19"), not of two', () => {
    // After Multi-News row 023, doc1 and doc2.
    const NANCY = 'Nancy Motes, the half-sister of Julia Roberts, was found dead in Los Angeles. ';
    const tweeted =
      NANCY +
      "'So my \"sister\" said that with all her friends & fans she doesn't need any more love.' she tweeted on January 20, referring to Roberts.";
    const wrote = (day: string, words: string) =>
      NANCY +
      `In tweets that have since been deleted, Motes wrote on ${day} under the handle @Dabbs76, \u201c${words}\u201d`;
    const same = 'So my \u2018sister\u2019 said that with all her friends & fans she doesn\u2019t need anymore love.';
    assert.deepEqual(findings(tweeted, wrote('Jan. 19', same)), [
      ['date', 'Sources disagree on when the motes said: 19 Jan in b; 20 Jan in a'],
    ]);
    // The same day agrees; another statement on another day is not the same one.
    assert.deepEqual(findings(tweeted, wrote('Jan. 20', same)), []);
    assert.deepEqual(findings(tweeted, wrote('Jan. 19', 'My own family has abandoned me and I am alone.')), []);
  });
});

describe('figures one sentence gives side by side', () => {
  const story = 'The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start.\n\n';
  const findings = (docs: Array<[string, string]>) =>
    detectFindings(docs.map(([text, file]) => analyzeDocument(story + text, file))).map((f) => [
      f.kind,
      f.severity,
      f.message,
    ]);

  it("are two quantities in every file of the story (two players' points: 15.5 is not a contradiction of 14.9)", () => {
    // ../shared/corpus/events/ecbplus/5_14ecb.txt and 5_1ecb.txt.
    const a =
      'Andre Miller is averaging 15.5 points per game, Andre Iguodala 14.9 points, a drop of five points per game from last season, while Samuel Dalembert is down almost five points per game with his 5.8 points and just over two rebounds.\n';
    const b =
      'Miller is averaging 15.5 points per game this season, but Iguodala is averaging just 14.9 points per contest, a drop of five points per game from last season.\n';
    assert.deepEqual(
      findings([
        [a, '5_14ecb.txt'],
        [b, '5_1ecb.txt'],
      ]),
      [],
    );
  });

  // After ../shared/corpus/events/ecbplus/5_4ecb.txt and 5_14ecb.txt: Elton Brand's contract.
  const brand =
    'More had been expected from a team that signed free-agent forward Elton Brand to a five-year, $80 million contract in the off-season.\n';
  const twoDeals =
    'Stefanski expected more from a team that had signed free agent Elton Brand to an $82 million deal and re-signed core players Iguodala and Williams for $80 million and $25 million, respectively.\n';

  it("are two quantities when in parallel (two players' deals), so another outlet's $80 million deal is no contradiction", () => {
    const parallel = twoDeals.replace(
      're-signed core players Iguodala and Williams for $80 million and $25 million, respectively',
      'core player Andre Iguodala to an $80 million deal',
    );
    assert.deepEqual(
      findings([
        [parallel, '5_4ecb.txt'],
        [brand, '5_14ecb.txt'],
      ]),
      [],
    );
  });

  it('tell nothing apart when not in parallel ("an $82 million deal" and "for $80 million"): $82 million against $80 million stands', () => {
    assert.deepEqual(
      findings([
        [twoDeals, '5_4ecb.txt'],
        [brand, '5_14ecb.txt'],
      ]),
      [
        [
          'conflict',
          'information',
          'Sources disagree on dollars: $80 million in 5_14ecb, 5_4ecb (Stefanski); $82 million in 5_4ecb (Stefanski)',
        ],
      ],
    );
  });
});

describe("a writer's conversion of a sum", () => {
  // After ../shared/corpus/bbc/business_059.txt and business_087.txt: "an $11bn (£5.7bn) accounting fraud", "an
  // $11bn (£5.8bn) fraud": one sum in dollars, converted to pounds at two days' rates.
  const tail =
    '\n\nOfficials in Kalba said that the figures were shared with the Halden Herald and with Nordvik Radio.';
  const findings = (a: string, b: string) =>
    detectFindings([analyzeDocument(a + tail, 'a.txt'), analyzeDocument(b + tail, 'b.txt')]).map((f) => [
      f.kind,
      f.message,
    ]);
  const company = "Worldcom's takeover of MCI is worth $11bn (£5.7bn), the company said.";
  const analysts = "Worldcom's takeover of MCI is worth $11bn (£5.8bn), analysts said.";

  it('is not compared: the sum it converts is (one $11bn, no conflict between £5.7bn and £5.8bn)', () => {
    assert.deepEqual(findings(company, analysts), []);
  });

  it('leaves the sums themselves compared ($11bn against $12bn)', () => {
    assert.deepEqual(findings(company, analysts.replace('$11bn (£5.8bn)', '$12bn (£6.3bn)')), [
      ['conflict', 'Sources disagree on dollars: $11 billion in a (the company); $12 billion in b (analysts)'],
    ]);
  });
});

describe("a writer's conversion of a measure", () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row106-doc1.txt ("a design range of more than 3,000 km
  // (1,800 miles)") and row014-doc0.txt ("at about 1,700ft (580m)", where 1,700 ft is 518 m).
  const tail =
    '\n\nOfficials in Kalba said that the figures were shared with the Halden Herald and with Nordvik Radio.';
  const findings = (a: string, b: string) =>
    detectFindings([analyzeDocument(a + tail, 'a.txt'), analyzeDocument(b + tail, 'b.txt')]).map((f) => [
      f.kind,
      f.message,
    ]);
  const metric = 'The Musudan missile has a range of 3,000 km (1,800 miles), the ministry said.';
  const imperial = 'The Musudan missile has a range of 2,500 miles, the ministry said.';

  it('is no figure of its own: the measure it converts is compared (3,000 km against 2,500 miles, no 1,800 miles)', () => {
    assert.deepEqual(findings(metric, imperial), [
      ['conflict', 'Sources disagree on length: 2,500 miles in b (the ministry); 3,000 km in a (the ministry)'],
    ]);
  });

  const config = resolveConfig();
  const excluded = (text: string) =>
    prepareDocument(analyzeDocument(text, 'a.txt'), config, new UnitCanon(config.synonyms)).claims.map((c) => [
      c.claim.text,
      c.excluded,
    ]);

  it("is set aside after a range whose first end's conversion it passed over (BBC entertainment_152)", () => {
    assert.deepEqual(excluded('The tapes were valued at between $30,000 (£16,000) and $50,000 (£27,000).'), [
      ['between $30,000 (£16,000) and $50,000', null],
      ['£27,000', 'conversion'],
    ]);
  });

  it('is set aside only when it gives the amount of the measure it follows, each read as rounded', () => {
    assert.deepEqual(excluded(metric), [
      ['3,000 km', null],
      ['1,800 miles', 'conversion'],
    ]);
    assert.deepEqual(excluded('The peak is 580 m (1,900 ft) high.'), [
      ['580 m', null],
      ['1,900 ft', 'conversion'],
    ]);
    // "1,700ft (580m)": 1,700 ft is 518 m, so 580 m is a figure of its own (mnsample-test-row014-doc0.txt).
    assert.deepEqual(excluded('The drone hit the plane at about 1,700ft (580m) over the park.'), [
      ['about 1,700ft', null],
      ['580m', null],
    ]);
    // A length and a mass are no conversion of each other.
    assert.deepEqual(excluded('The rocket is 15 m (40 tonnes) long.'), [
      ['15 m', null],
      ['40 tonnes', null],
    ]);
  });
});

describe('two reports printing the same two sentences', () => {
  // ../shared/corpus/bbc/entertainment_129.txt and entertainment_261.txt: one article printed twice, two albums' moves.
  const chart =
    'The debut album, which took the best British album title at the Brits on Tuesday, moved up seven places from number eight to number one.\n\n' +
    'Also capitalising on Brits success were the Scissor Sisters whose eponymous album moved three places to number two.\n';
  const findings = (a: string, b: string) =>
    detectFindings([analyzeDocument(a, 'entertainment_129.txt'), analyzeDocument(b, 'entertainment_261.txt')]).map(
      (f) => [f.kind, f.severity, f.message],
    );

  it('do not disagree with each other over them (each gives 7 and 3: two counts, far apart, in one text)', () => {
    assert.deepEqual(findings(chart, chart), []);
  });

  it('still disagree where one prints another figure (7 against 6)', () => {
    assert.deepEqual(findings(chart, chart.replace('moved up seven places', 'moved up six places'))[0], [
      'conflict',
      'warning',
      'Sources disagree on places moved: 3 in entertainment_129, entertainment_261; 6 in entertainment_261; 7 in entertainment_129',
    ]);
  });
});

describe('stories of one outlet linked in a chain', () => {
  // After BBC business_004.txt (BA's job cuts) and business_297.txt (ABN Amro's): two stories that share a city and
  // a continent, one report of the first with the second.
  const BA = 'British Airways chief Rod Eddington spoke at Heathrow and Gatwick with Willie Walsh and Martin George';
  const ba = analyzeDocument(
    `Since the 11 September 2001 attacks in the United States, BA has cut 13,000 jobs as part of a major cost-cutting drive. ${BA} in London, on the future of Europe.`,
    'a1.txt',
  );
  const baAgain = analyzeDocument(`BA has cut 13,000 jobs since 2001. ${BA}.`, 'a2.txt');
  // (The bank's name after its description: "ABN Amro, ..., is to cut" would name whose cuts they are, two owners.)
  const abn = analyzeDocument(
    "The Netherlands' largest bank, ABN Amro, is to cut 2,850 jobs as a result of falling profits, its chief Rijkman Groenink told reporters in London about Europe.",
    'b.txt',
  );

  it("are two stories when a report is linked to only one of the other story's reports", () => {
    assert.deepEqual(detectFindings([ba, baAgain, abn]), []);
  });

  it('are one story when every report is linked to the other (a folder of one event)', () => {
    assert.deepEqual(
      detectFindings([ba, abn]).map((f) => f.message),
      ['Sources disagree on jobs cut: 13,000 in a1 (11 Sep); 2,850 in b'],
    );
  });
});

describe('a numbered part of an event', () => {
  // dev-3 ecb-7 (7_6ecb, 7_11ecb): one round's punches are no count of the fight's.
  const whole =
    'Klitschko, who was coming off an 11th-round knockout of Tony Thompson in July, landed 178 punches to just 30 for Rahman in Mannheim.';
  const findings = (part: string) =>
    detectFindings([analyzeDocument(whole, 'a.txt'), analyzeDocument(part, 'b.txt')]).map((f) => [f.kind, f.message]);

  it('is not compared with the whole ("In the sixth, he landed one punch")', () => {
    assert.deepEqual(findings('Klitschko beat Rahman in Mannheim. In the sixth, he landed one punch.'), []);
    assert.deepEqual(findings('Klitschko beat Rahman in Mannheim. He landed 28 punches in the sixth round.'), []);
  });

  it('a figure without the part is still compared', () => {
    assert.deepEqual(findings('Klitschko beat Rahman in Mannheim. He landed 150 punches.'), [
      ['conflict', 'Sources disagree on punches landed: 150 in b; 178 in a'],
    ]);
    assert.deepEqual(findings('Klitschko beat Rahman in Mannheim. In the sixth, he landed 150 punches.').length, 0);
  });
});

describe('a supposition', () => {
  // ../shared/corpus/bbc/entertainment_160.txt, entertainment_143.txt; sport_326.txt, sport_415.txt.
  const findings = (a: string, b: string) => findingsOf(a, b).map(([kind, , message]) => [kind, message]);

  it('is no report: a condition ("If the track sold 500,000 copies") is compared with nothing, not even a forecast', () => {
    const forecast = 'Band Aid 20 is expected to sell 300,000 copies of Do They Know It Is Christmas in the UK.';
    assert.deepEqual(
      findings(
        forecast,
        'If the Band Aid 20 track sold 500,000 copies in the UK, more than £1m would be raised for charity.',
      ),
      [],
    );
    assert.deepEqual(findings(forecast, 'The Band Aid 20 track is expected to sell 500,000 copies in the UK.'), [
      ['conflict', 'Sources disagree on copies sold · in UK: 300,000 in a; 500,000 in b'],
    ]);
  });

  it("is its sentence's only: the same figure told as a fact later in the text is compared (bbc/sport_034.txt)", () => {
    // A repeat reads as its first occurrence for its window and side, not for a supposition of its first clause.
    assert.deepEqual(
      findings(
        'The Band Aid 20 track sold 300,000 copies in the UK.',
        'If the Band Aid 20 track sold 500,000 copies in the UK, more than £1m would be raised for charity. The Band Aid 20 track sold 500,000 copies in the UK by Friday.',
      ),
      [['conflict', 'Sources disagree on copies sold · in UK: 300,000 in a; 500,000 in b']],
    );
  });

  it('is no report: a generic "you" ("You lose one game and it doesn\'t make you a bad team")', () => {
    const england = 'England, who have lost three Six Nations games in a row, wasted a 17-6 lead against France.';
    assert.deepEqual(
      findings(england, "Robinson said: You lose one game against France and it doesn't make you a bad team."),
      [],
    );
    assert.deepEqual(findings(england, 'Robinson said England lost one game against France in the Six Nations.'), [
      ['conflict', 'Sources disagree on games lost: 1 in b (Robinson); 3 in a'],
    ]);
  });
});

describe('the whole a part is counted from', () => {
  // ../shared/corpus/bbc/sport_405.txt, sport_323.txt; dev-3 ecb-7 T1 (7_1ecb, 7_11ecb).
  const findings = (a: string, b: string) => findingsOf(a, b).map(([kind, , message]) => [kind, message]);

  it('is no count of the story ("lost nine of their last 14 matches", "28 of his 68 punches thrown")', () => {
    assert.deepEqual(
      findings(
        "Andy Robinson's England have now lost nine of their last 14 matches since the World Cup final.",
        "Despite England's dip in form since the World Cup final, they have lost eight of their last 13 matches.",
      ),
      [],
    );
    assert.deepEqual(
      findings(
        'The final numbers showed Klitschko landing 178 of 369 punches thrown while Rahman connected on just 30 of 207 punches thrown.',
        'In fact, Klitschko landed 28 of his 68 punches thrown during the round, while Rahman connected on just 1-of-16.',
      ),
      [],
    );
  });

  it('a count of the same thing outside such a phrase is still compared', () => {
    assert.deepEqual(
      findings(
        "Andy Robinson's England have now played 14 matches since the World Cup final.",
        "Despite England's dip in form since the World Cup final, they have played 13 matches.",
      ),
      [['conflict', 'Sources disagree on matches played · running total: 13 in b; 14 in a']],
    );
  });
});

describe('a price or rate a change moved to or from', () => {
  // ../shared/corpus/bbc/business_435.txt, business_451.txt.
  const findings = (a: string, b: string) => findingsOf(a, b).map(([kind, , message]) => [kind, message]);
  const suspended = "Southcorp's shares were suspended at A$4.25 on the Sydney exchange.";

  it('is one reading of a moving level, compared with nothing', () => {
    assert.deepEqual(findings(suspended, "Southcorp's shares rose 12% to A$4.76 on the Sydney exchange."), []);
    assert.deepEqual(findings(suspended, "Southcorp's shares traded at A$4.76 on the Sydney exchange."), [
      ['conflict', 'Sources disagree on dollars: A$4.25 in a; A$4.76 in b'],
    ]);
  });
});

describe('a figure of the period before', () => {
  // ../shared/corpus/bbc/business_328.txt, business_041.txt.
  const findings = (a: string, b: string) => findingsOf(a, b).map(([kind, , message]) => [kind, message]);
  const record = 'The US federal budget deficit hit a record $412bn in the 12 months to September.';

  it('is compared only with another figure of that period ("$377bn in the previous year")', () => {
    assert.deepEqual(
      findings(record, 'The US federal budget deficit was $377bn in the previous year, the Treasury said.'),
      [],
    );
    assert.deepEqual(findings(record, 'The US federal budget deficit was $377bn, the Treasury said.'), [
      ['conflict', 'Sources disagree on dollars: $377 billion in b (the Treasury); $412 billion in a'],
    ]);
  });
});
