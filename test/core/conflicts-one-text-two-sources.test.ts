// One text giving two sources' figures for one thing (issue 14, spec C6): an internal finding when two sources that
// share no word give near figures of one measure whose sentences name one owner and share a word of the thing; none
// for one writer's figures, shares from two polls, a whole and its part, two owners, or one source named twice.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

function findings(text: string, file: string): unknown[] {
  return detectFindings([analyzeDocument(text, file)]).map((f) => [f.kind, f.severity, f.message]);
}

function sources(text: string): unknown[] {
  return analyzeDocument(text, 'sources.txt').claims.map((c) => [c.text, c.attribution?.source ?? null]);
}

describe('extractor: sources of an estimate and of an aside', () => {
  it('reads "X put the quake\'s strength at N" as X giving N (ecb 20_5ecb.txt)', () => {
    assert.deepEqual(sources("The U.S. Geological Survey put the quake's strength at magnitude-5.4."), [
      ['magnitude-5.4', 'Geological Survey'],
    ]);
  });

  it('reads "Other reports put the death toll from the blast at 15" as the reports giving 15', () => {
    assert.deepEqual(sources('Other reports put the death toll from the blast at 15.'), [['15', 'Other reports']]);
  });

  it('reads no source in "put the house at risk"', () => {
    assert.deepEqual(analyzeDocument('The storm put the house at risk.', 'risk.txt').attributions, []);
  });

  it('reads no source in "put his team through their paces at 1030 GMT" (BBC)', () => {
    assert.deepEqual(
      analyzeDocument('Woodward will put his North team through their paces at 1030 GMT.', 'paces.txt').attributions,
      [],
    );
  });

  it('reads "- according to X" at the end of a sentence as X giving what stands before it (BBC)', () => {
    assert.deepEqual(
      sources(
        'Prices rose 5% more in Britain than the rest of the world – according to new research by the University of Warwick.',
      ),
      [['5%', 'new research']],
    );
  });

  it('reads "- according to X ... -" as X giving what stands between the dashes (Multi-News row 168, doc1)', () => {
    assert.deepEqual(
      sources(
        'The SU-25 is a ground attack aircraft - according to its manufacturer its maximum service height is 7,000m - 3km short of MH17.',
      ),
      [
        ['7,000m', 'its manufacturer'],
        ['3km', null],
      ],
    );
  });
});

describe('one text, two sources, one thing', () => {
  const quake =
    "Iran's state television says a magnitude-5.2 quake has injured three people in the Persian Gulf Island of Qeshm.\n\n" +
    "The U.S. Geological Survey put the quake's strength at magnitude-5.4.\n";

  it('is an internal finding: state television and the USGS on one quake (ecb 20_5ecb.txt)', () => {
    assert.deepEqual(findings(quake, '20_5ecb.txt'), [
      [
        'internal',
        'information',
        "20_5ecb gives 2 figures for magnitudes: 5.2 magnitude (Iran's state television) and 5.4 magnitude (Geological Survey)",
      ],
    ]);
  });

  it('is none when the writer gives the second figure (no second source)', () => {
    const own = quake.replace("The U.S. Geological Survey put the quake's strength at", "The quake's strength was");
    assert.deepEqual(findings(own, '20_5ecb.txt'), []);
  });

  it('is none for a second quake', () => {
    const text =
      'The quake had a magnitude of 6.1, the USGS said.\n\n' +
      'A second quake, of magnitude 5.8, struck an hour later, Iranian media reported.\n';
    assert.deepEqual(findings(text, 'quakes.txt'), []);
  });

  it('is none for figures of two periods ("last year", "this year")', () => {
    const text =
      'The company made a profit of $5m last year, it said.\n\n' +
      'Analysts expect the company to make a profit of $6m this year.\n';
    assert.deepEqual(findings(text, 'profit.txt'), []);
  });

  it('is an internal finding: a general and the manufacturer on one aircraft (Multi-News row 168, doc1)', () => {
    const text =
      '"The SU-25 fighter jet can gain an altitude of 10km, according to its specification," Lt Gen Kartopolov explained.\n\n' +
      'The SU-25 "fighter jet" Russia claims to have identified close to the airliner is a ground attack aircraft - ' +
      'according to its manufacturer its maximum service height, without weapons, is 7,000m - 3km short of MH17.\n';
    assert.deepEqual(findings(text, 'row168-doc1.txt'), [
      [
        'internal',
        'information',
        'row168-doc1 gives 2 figures for length: 7,000 m (its manufacturer) and 10 km (Lt Gen Kartopolov)',
      ],
    ]);
  });

  const cost = 'Pew researchers say the survey cost $5m.\n\nGallup says the survey cost $6m.\n';

  it('is an internal finding for two sources that share no word', () => {
    assert.deepEqual(findings(cost, 'survey.txt'), [
      [
        'internal',
        'information',
        'survey gives 2 figures for dollars cost: $5 million (Pew researchers) and $6 million (Gallup)',
      ],
    ]);
  });

  it('is an internal finding for two sources that share only a function word ("the auction house", "The Art Newspaper")', () => {
    const text =
      'The painting sold for $2.1m, the auction house said.\n\n' +
      'The Art Newspaper reported that the painting sold for $2.4m.\n';
    assert.deepEqual(findings(text, 'painting.txt'), [
      [
        'internal',
        'information',
        'painting gives 2 figures for dollars: $2.1 million (the auction house) and $2.4 million (The Art Newspaper)',
      ],
    ]);
  });

  it('is none for two things the sentences are about ("The film took $50m", "The sequel took $60m")', () => {
    const text =
      'The film took $50m in its first weekend, the studio said.\n\n' +
      'The sequel took $60m in its first weekend, analysts said.\n';
    assert.deepEqual(findings(text, 'films.txt'), []);
  });

  it('is none for one source named twice ("Pew researchers", "The Pew report")', () => {
    assert.deepEqual(findings(cost.replace('Gallup says', 'The Pew report says'), 'survey.txt'), []);
  });

  it("is none for two polls' shares (BBC politics_112-like)", () => {
    const text =
      'Labour is on 40% of the vote, the Daily Telegraph said.\n\nLabour is on 45% of the vote, pollsters Ipsos said.\n';
    assert.deepEqual(findings(text, 'polls.txt'), []);
  });

  const bids =
    'The Sunday Telegraph said a £1.3bn offer from Deutsche Boerse had been rejected.\n\n' +
    'Analysts say that Deutsche Boerse may make an offer of £1.4bn.\n';

  it("is an internal finding for two sources on one owner's offer", () => {
    assert.deepEqual(findings(bids, 'bids.txt'), [
      [
        'internal',
        'information',
        'bids gives 2 figures for pounds: £1.3 billion (Telegraph) and £1.4 billion (Analysts)',
      ],
    ]);
  });

  it("is none for two owners' offers (BBC business_421-like: Deutsche Boerse and Euronext)", () => {
    const text = bids.replace('that Deutsche Boerse may', 'that Paris-based Euronext may');
    assert.deepEqual(findings(text, 'bids.txt'), []);
  });

  const payout =
    'The directors have agreed to pay $54m to settle a lawsuit, reports say.\n\n' +
    "James Wareham, a lawyer, told Reuters the directors' insurers will pay $36m.\n";

  it('is an internal finding for two sources on one payment', () => {
    assert.deepEqual(findings(payout, 'payout.txt'), [
      [
        'internal',
        'information',
        'payout gives 2 figures for dollars paid: $36 million (James Wareham, a lawyer) and $54 million (reports)',
      ],
    ]);
  });

  it('is none for a whole and its part, the text giving their difference (BBC business_403-like)', () => {
    const text = payout.replace('pay $54m to', 'pay $54m, including $18m from their own pockets, to');
    assert.deepEqual(findings(text, 'payout.txt'), []);
  });
});
