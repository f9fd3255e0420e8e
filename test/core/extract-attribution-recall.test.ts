// Attribution recall (issue 15, third round): clauses between a speaker and the cue, a document's agent,
// cues of political news, speech signed by layout (a dash, a colon), pronoun contractions, and what stays
// no speech. Examples written for these tests, in the style of ../shared/corpus/bbc.
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** Each attribution of a text as [source, cue], and its source and cue as they stand in the text. */
function attributions(text: string): unknown[] {
  return analyzeDocument(text, 'recall.txt').attributions.map((a) => {
    const source = a.sourceSpan ? text.slice(a.sourceSpan.start, a.sourceSpan.end) : null;
    const cue = a.cueSpan ? text.slice(a.cueSpan.start, a.cueSpan.end) : null;
    assert.equal(source, a.source, 'the source span covers the source as written');
    assert.equal(cue, a.cue, 'the cue span covers the cue as written');
    return [a.source, a.cue];
  });
}

describe('extractor: attribution recall', () => {
  const cases: Array<[string, unknown[]]> = [
    // Participle clauses and relative clauses between the speaker and the cue.
    ['Smith, speaking on Tuesday, said 40 jobs would go.', [['Smith', 'said']]],
    ['Two officials, speaking on condition of anonymity, said 12 people were hurt.', [['Two officials', 'said']]],
    [
      'The minister, speaking at a conference in Leeds, warned that 300 schools were at risk.',
      [['The minister', 'warned']],
    ],
    ['The study, published in Nature, found that 12 species had vanished.', [['The study', 'found']]],
    ['The book, being serialised in a Sunday paper, says the two men met 3 times.', [['The book', 'says']]],
    ['Mr Straw, visiting Beijing, noted that 3 embargoes applied.', [['Mr Straw', 'noted']]],
    [
      'The figures came from the Low Pay Commission which said 1m people would benefit.',
      [['the Low Pay Commission', 'said']],
    ],
    [
      'He was replying to Tory spokesman Julian Lewis who said the posters were a mistake.',
      [['Tory spokesman Julian Lewis', 'said']],
    ],
    [
      'The plan was labelled a misjudgement by the Conservatives, who said it had cost £2m.',
      [['the Conservatives', 'said']],
    ],
    // Clauses and appositions with commas or a denial inside, a phrase between commas, an opening conjunction or phrase.
    [
      'The Alliance, which includes Age Concern, Mencap and the Autistic Society, said 3 clauses had to go.',
      [['The Alliance', 'said']],
    ],
    [
      'Dr Gibbons, who was a GP in Neath, in the Afan Valley, before becoming an AM, said 40 staff left.',
      [['Dr Gibbons', 'said']],
    ],
    ['Mr Brown, who was not at the meeting, says he has held 3 talks.', [['Mr Brown', 'says']]],
    [
      "And Menzies Campbell, the Liberal Democrats' foreign affairs spokesman, said 3 transfers were checked.",
      [['Menzies Campbell', 'said']],
    ],
    [
      'Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spree before 2005.',
      [['Ed Balls, ex-chief economic adviser to the Treasury', 'said']],
    ],
    [
      'Ed Balls, ex-chief economist, said there would be no spree before 2005.',
      [['Ed Balls, ex-chief economist', 'said']],
    ],
    ['Lord Nicholls of Birkenhead, in his ruling, said 9 judges agreed.', [['Lord Nicholls of Birkenhead', 'said']]],
    [
      'But Chief Constable David Warcup has met 3 protest groups and said the talks went well.',
      [['Chief Constable David Warcup', 'said']],
    ],
    ['In an upbeat report, he slightly increased borrowing but insisted 3 targets would be met.', [['he', 'insisted']]],
    [
      'In a separate development, Robin Cook gave his support to Mr Brown but told a lunch that 2 votes mattered.',
      [['Robin Cook', 'told']],
    ],
    [
      'A spokesman for the Albanian embassy in London said 2 schemes were new.',
      [['A spokesman for the Albanian embassy in London', 'said']],
    ],
    ['The plan would save £100 a year, says the party - and 3 more schemes would follow.', [['the party', 'says']]],
    ['India has rejected these claims, calling them "baseless" and citing 3 reports.', [['India', 'rejected']]],
    // American style: party tags, a role of something, adverbs and reflexives before the verb.
    ['Rep. Nancy Pelosi, D-Calif., said 12 members had signed.', [['Rep. Nancy Pelosi', 'said']]],
    ['Sanders, I-Vt., has said 20 states would vote for him.', [['Sanders', 'said']]],
    [
      'The former secretary of state told the crowd that 10 million jobs had been created.',
      [['The former secretary of state', 'told']],
    ],
    ['Trump has long argued that 3 million people voted illegally.', [['Trump', 'argued']]],
    ['Obama once said that 5 percent was enough.', [['Obama', 'said']]],
    ['Trump himself said 5 states were in play.', [['Trump', 'said']]],
    ['Ronaldo himself had agreed to pay 2 fines.', []],
    // Speakers near someone: "sources familiar with", "people close to", "aides to", "critics of".
    ['Sources familiar with the talks said 3 options remained.', [['Sources familiar with the talks', 'said']]],
    ['People close to the prime minister said 2 ministers would go.', [['People close to the prime minister', 'said']]],
    ['Aides to the senator said 3 staffers had quit.', [['Aides to the senator', 'said']]],
    ['Critics of the plan say it would cost $40 billion.', [['Critics of the plan', 'say']]],
    ['Supporters of the bill argue 2 million people would benefit.', [['Supporters of the bill', 'argue']]],
    ['The price of the bill estimate rose to $2 billion.', []],
    [
      'Trevor Phillips, chair of the Commission for Racial Equality, praised the 3 reports.',
      [['Trevor Phillips, chair of the Commission for Racial Equality', 'praised']],
    ],
    // A figure in a name, a poll's share and its respondents.
    ['Andre 3000 thanked fans for 20 years of support.', [['Andre 3000', 'thanked']]],
    ['Number 10 said 3 ministers were interested.', [['Number 10', 'said']]],
    ['Meantime, 32% said Mr Blair was a good prime minister.', [['32%', 'said']]],
    ['A total of 53% of those polled said they backed 2 bills.', [['those polled', 'said']]],
    ['The index rose 5% said traders.', []],
    ['In January 2005 said nothing.', []],
    // A document and its agent after a determiner.
    [
      'Research by the Institute for Fiscal Studies suggests 2 million families will lose out.',
      [['Research by the Institute for Fiscal Studies', 'suggests']],
    ],
    [
      'Figures from the Office for National Statistics show unemployment fell by 20,000.',
      [['Figures from the Office for National Statistics', 'show']],
    ],
    ['The Paris-based think tank said growth would reach 3%.', [['The Paris-based think tank', 'said']]],
    // Cues in their base form after a plural or I/we/they subject; none after a modal or a causative.
    ['The Tories believe the prime minister is playing the fear card.', [['The Tories', 'believe']]],
    ['Critics warn the scheme will cost £5bn.', [['Critics', 'warn']]],
    ['They argue that 5 schools will close.', [['They', 'argue']]],
    ['Ministers fear that 3,000 jobs could go.', [['Ministers', 'fear']]],
    ['What this is really about, believes Mr Blair, is a vote on 3 bills.', [['Mr Blair', 'believes']]],
    ['Only such an investigation could reveal what happened to the 40 files.', []],
    ['Comments like his make people believe 3 ministers are to blame.', []],
    ['The power to deny 40 people entry was removed.', []],
    ['It is hard to believe that 5 people fit in the car.', []],
    ['The economics think tank cut its forecast to 2%.', []],
    // A cue with an object, then a clause: speech; an object alone: none.
    ['Labour claims the policy is little more than a stunt costing £3m.', [['Labour', 'claims']]],
    [
      'The Conservatives claimed the plans would amount to an extra tax of £11,000.',
      [['The Conservatives', 'claimed']],
    ],
    ['He conceded his comments may have been offensive to 2 groups.', [['He', 'conceded']]],
    ['Ireland maintained their unbeaten run for 3 years.', []],
    ['He claimed the title for the 3rd time.', []],
    // Cues of political news.
    ['Trump called the deal a disaster for 40,000 workers.', [['Trump', 'called']]],
    ['Clinton called it "a dangerous idea" on 3 occasions.', [['Clinton', 'called']]],
    ['The senator slammed the proposal as a waste of $2 billion.', [['The senator', 'slammed']]],
    ['The governor touted the 40,000 new jobs created last year.', [['The governor', 'touted']]],
    ['Trump boasted that he would win 40 states.', [['Trump', 'boasted']]],
    ['Rubio hinted he might spend $5 million.', [['Rubio', 'hinted']]],
    ['Republicans countered that the bill would add $1 trillion to the deficit.', [['Republicans', 'countered']]],
    ['The director testified that 3 agents were involved.', [['The director', 'testified']]],
    ['A spokesman pointed out that 12 flights had landed.', [['A spokesman', 'pointed out']]],
    ['Trump was quoted as saying that 5 states were in play.', [['Trump', 'quoted as saying']]],
    [
      'The 32-year-old also felt concentrating on club rugby could add 2 years to his career.',
      [['The 32-year-old', 'felt']],
    ],
    ['Mr Kennedy criticised Mr Brown for ignoring the 3 reports, saying it was high time.', [['Mr Kennedy', 'saying']]],
    ['Forces responded in a timely manner to the 3 attacks.', []],
    ['The strike, called by the union, closed 40 offices.', []],
    ['Ford pleaded guilty to 2 charges.', []],
    ['The motion questioning 3 expansion plans was signed.', []],
    // Speech without a verb: a quotation signed after a dash, a name and a colon before a quotation.
    ['"We will cut 500 jobs" — Jane Smith, chief executive.', [['Jane Smith', '—']]],
    ['Wenger: "We have 25 players and that is enough."', [['Wenger', ':']]],
    ['POSTED: "5 new cases" were found.', []],
    ['The so-called "war on terror" - Britain and 3 allies joined it.', []],
    // A pronoun with its verb glued on; negation and "believe me".
    ['"I have a good relationship with him - he\'s always said he wants me to sign for 3 years."', [['he', 'said']]],
    ['He said the minister should quit, but did not believe 3 rebels would vote.', [['He', 'said']]],
    ['"I will finish him off, and believe me I will win 3 seats."', []],
    // One name, no speech.
    ['Orange added 1m customers in the quarter.', []],
    [
      "Time Warner, the world's largest media firm, said profits rose 5%.",
      [["Time Warner, the world's largest media firm", 'said']],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(attributions(text), expected));
  }

  it('gives "I" inside a quotation the speaker of the quotation, not the speaker named before', () => {
    const doc = analyzeDocument(
      'Mr Blair said 2 ministers would stay. "I think 3 ministers will go," said Mr Brown.',
      'c.txt',
    );
    assert.deepEqual(
      doc.attributions.map((a) => [a.source, a.cue, a.speaker]),
      [
        ['Mr Blair', 'said', 'Mr Blair'],
        ['I', 'think', 'Mr Brown'],
        ['Mr Brown', 'said', 'Mr Brown'],
      ],
    );
  });

  it('resolves a contracted pronoun to the person named before, for the hover and citations', () => {
    const text = 'Arsene Wenger spoke on Friday. "He\'s always said he wants 3 more years," Edu added.';
    const doc = analyzeDocument("Arsene Wenger spoke on Friday. He's always said 3 players would stay.", 'a.txt');
    assert.deepEqual(
      doc.attributions.map((a) => [a.source, a.speaker]),
      [['He', 'Arsene Wenger']],
    );
    assert.deepEqual(
      analyzeDocument(text, 'b.txt').attributions.map((a) => [a.source, a.cue]),
      [
        ['He', 'said'],
        ['Edu', 'added'],
      ],
    );
  });
});
