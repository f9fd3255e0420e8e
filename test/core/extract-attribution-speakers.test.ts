// Speakers read whole (issue 15, second round): full noun phrases with quantifiers, ages, modifiers and a
// document's agent; countries and capitals as the subject of a speech verb; a dateline is no speaker; cues
// next to a quotation ("read", "“...,” he mumbles"), "it emerged in X"; and what is no speech.
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** Each attribution of a text as [source, cue]. */
function attributions(text: string): unknown[] {
  return analyzeDocument(text, 'speakers.txt').attributions.map((a) => [a.source, a.cue]);
}

describe('extractor: speakers read whole', () => {
  const cases: Array<[string, unknown[]]> = [
    // Full noun phrases.
    ['Some eye witnesses reported feeling a tremor for 30 seconds.', [['Some eye witnesses', 'reported']]],
    ['Nearly every single resident told us the water rose 2 metres.', [['Nearly every single resident', 'told']]],
    ['"We were lucky," said one elderly farmer.', [['one elderly farmer', 'said']]],
    ['Others told the radio station they had felt 2 shocks.', [['Others', 'told']]],
    ['The 72-year-old senator said 6 bills were pending.', [['The 72-year-old senator', 'said']]],
    [
      'A poll of voters by research firm Ipsos found 54% support the plan.',
      [['A poll of voters by research firm Ipsos', 'found']],
    ],
    ['US monitoring data suggests 8 flights were diverted.', [['US monitoring data', 'suggests']]],
    [
      'Five people were held, according to Met Police spokesperson Const. Ann Lowe.',
      [['Met Police spokesperson Const. Ann Lowe', 'according to']],
    ],
    ['The accused has told investigators that he fired 2 shots.', [['The accused', 'told']]],
    [
      'Farmers and other rural groups have blamed the drought for 300 job losses.',
      [['Farmers and other rural groups', 'blamed']],
    ],
    ['Her family had earlier said 3 children died.', [['Her family', 'said']]],
    [
      "Trade rose 5%, according to numbers released by Japan's Finance Ministry.",
      [["numbers released by Japan's Finance Ministry", 'according to']],
    ],
    [
      "The group's quarterly survey of companies found exports rose 5%.",
      [["The group's quarterly survey of companies", 'found']],
    ],
    // Countries and capitals speak as the subject of a speech verb; a dateline does not.
    ['Kazakhstan says 40 miners were rescued.', [['Kazakhstan', 'says']]],
    ['Both Paris and Berlin said 3 envoys met.', [['Paris and Berlin', 'said']]],
    ['Canberra warned that 3 ships had entered its waters.', [['Canberra', 'warned']]],
    ["Pakistan's army said 5 militants died.", [["Pakistan's army", 'said']]],
    [
      'MANILA, Philippines — The Philippines is raising its alert level, saying 12 villages face lava flows.',
      [['The Philippines', 'saying']],
    ],
    ['MOSCOW (Reuters) - Russia is sending 2 ships, saying the route is safe.', [['Russia', 'saying']]],
    [
      'Shocked health officials in Powys said this meant 5 beds would close.',
      [['Shocked health officials in Powys', 'said']],
    ],
    ['The court in Washington found that 3 cases failed.', [['The court in Washington', 'found']]],
    [
      'Drug enforcement chiefs in the US have vowed to test 500 riders.',
      [['Drug enforcement chiefs in the US', 'vowed']],
    ],
    [
      "Pakistan's High Commissioner to Britain said 5 envoys would go.",
      [["Pakistan's High Commissioner to Britain", 'said']],
    ],
    ['A singer hoping to perform in the US can expect to pay $1,300.', []],
    // Cues next to a quotation, and "it emerged in".
    ['"Our systems are overloaded," read a notice on Ticketmaster.', [['a notice on Ticketmaster', 'read']]],
    ['"The shop is closed," the council statement read.', [['the council statement', 'read']]],
    ['Some visitors saw a banner reading "Sold out" at 9am.', [['a banner', 'reading']]],
    ['"It was dark," he mumbled, looking at the 3 doors.', [['he', 'mumbled']]],
    ['It emerged in German press reports that 14 players had been fined.', [['German press reports', 'emerged in']]],
    ['"It will cost 5 million," the charity\'s website states.', [["the charity's website", 'states']]],
    ['Police allege the driver was going 90mph.', [['Police', 'allege']]],
    ['The minister apologised for the 3 missed deadlines.', [['The minister', 'apologised']]],
    // Cues of several words.
    ['Palin released a statement after the fire destroyed 2 rooms.', [['Palin', 'released a statement']]],
    ['The club issued a brief statement on its 3 signings.', [['The club', 'issued a brief statement']]],
    ['The mayor called for 500 more officers.', [['The mayor', 'called for']]],
    // No speech: a name, a label, a charge, a sum, a hearsay passive, reading a book.
    ['The United States Department of Energy cut 200 jobs.', []],
    ['Court jails driver POSTED: 12/03/09 | The mayor pledged 20 new buses.', [['The mayor', 'pledged']]],
    ['The suspended bank employee accused of stealing $5,000 appears in court.', []],
    ['The cost of the delays adds up to $3 million.', []],
    ['The ministry officials are now said to be checking 40 sites.', []],
    ['He read 40 books last year.', []],
    ['Police released 40 prisoners.', []],
    ['Ireland maintained their Grand Slam ambitions with 3 tries.', []],
    ['Wales conceded a penalty after 5 minutes.', []],
    ['The minister conceded that 3 files were lost.', [['The minister', 'conceded']]],
    ['Test versions of 2 programs are due to be released by the summer.', []],
    ['US firms added only 146,000 jobs in January.', []],
    ['Battery life was the most complained about feature of 3 laptops.', []],
    ['A US report issued on Tuesday lists 5 banks.', []],
    ['You have to count to 10 and say, it is fine.', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(attributions(text), expected));
  }
});
