// Attribution across genres (issue 15): a speaker after the quotation with an apposition, organisations and
// documents as sources, pronouns resolved to the person named before, cues beyond "said", and what is no speech.
import { strict as assert } from 'node:assert';
import { analyzeDocument } from '../../server/src/core';

/** Each attribution of a text as [source, cue, speaker]. */
function attributions(text: string): unknown[] {
  return analyzeDocument(text, 'attribution.txt').attributions.map((a) => [a.source, a.cue, a.speaker]);
}

describe('extractor: attribution across genres', () => {
  const cases: Array<[string, unknown[]]> = [
    [
      '"We will not back down," said Rep. Jane Doe, a Democrat from New York and an ally of the governor.',
      [['Rep. Jane Doe', 'said', 'Rep. Jane Doe']],
    ],
    ['Common Cause says it collected 40,000 signatures.', [['Common Cause', 'says', 'Common Cause']]],
    ['A survey by Gallup shows 62% of voters back the plan.', [['A survey by Gallup', 'shows', 'A survey by Gallup']]],
    ['The senator denounced the plan as a waste of $2 billion.', [['The senator', 'denounced', 'The senator']]],
    ['The minister questioned whether 500 jobs would be saved.', [['The minister', 'questioned', 'The minister']]],
    ['The union called on the government to hire 1,000 nurses.', [['The union', 'called on', 'The union']]],
    ['The agency warned that 3 million people face hunger.', [['The agency', 'warned', 'The agency']]],
    [
      'The report portrays the city as a place where 40% of children are poor.',
      [['The report', 'portrays', 'The report']],
    ],
    ['The UN estimates that 2 million people have fled.', [['The UN', 'estimates', 'The UN']]],
    ['According to the ministry, 17 soldiers died.', [['the ministry', 'according to', 'the ministry']]],
    // Appositions and origins after a name, a dash-bounded clause, documents and families as sources.
    [
      'James Horn, head of research at the Colonial Williamsburg Foundation and a historian on the colony, said the find adds 3 facts.',
      [['James Horn', 'said', 'James Horn']],
    ],
    [
      'Steve Landells, from the British Airline Pilots Association (Balpa), said 12 drones came close.',
      [['Steve Landells', 'said', 'Steve Landells']],
    ],
    [
      'Sylvia Segura, 61, told The Dallas Morning News that 4 priests left.',
      [['Sylvia Segura', 'told', 'Sylvia Segura']],
    ],
    [
      'The UK Air Proximity Board - which investigates near-miss incidents in UK airspace - said there were 12 near-misses.',
      [['The UK Air Proximity Board', 'said', 'The UK Air Proximity Board']],
    ],
    [
      'Mr Landells from Balpa added: "Pilots fly at 8,000 feet."',
      [['Mr Landells from Balpa', 'added', 'Mr Landells from Balpa']],
    ],
    ['He made $5 million in salary, according to the filing.', [['the filing', 'according to', 'the filing']]],
    [
      'Kristian Perez left the prom at 9:30 p.m., according to his family.',
      [['his family', 'according to', 'his family']],
    ],
    [
      'A full 48 percent of children are stunted, according to a 2015 report by UNICEF.',
      [['a 2015 report by UNICEF', 'according to', 'a 2015 report by UNICEF']],
    ],
    ['"Safety is our first priority," the statement said.', [['the statement', 'said', 'the statement']]],
    ['"It is 5," added the star.', [['the star', 'added', 'the star']]],
    [
      '"Cancer kills 9 in 10," said lead author Anoop Prabhu.',
      [['lead author Anoop Prabhu', 'said', 'lead author Anoop Prabhu']],
    ],
    [
      'This is new. It is the first time we have data from 184 countries," said Ruediger Kuehr of United Nations University.',
      [['Ruediger Kuehr of United Nations University', 'said', 'Ruediger Kuehr of United Nations University']],
    ],
    ["They never cared for her,' said an angry Fraschetti.", [['an angry Fraschetti', 'said', 'an angry Fraschetti']]],
    [
      '“I came to see 5 shows,” said a 34-year-old lobbyist who declined to give her name.',
      [['a 34-year-old lobbyist', 'said', 'a 34-year-old lobbyist']],
    ],
    [
      'Jung Hwang, 43, owner of CR Market on the corner, said that police came 3 times.',
      [['Jung Hwang', 'said', 'Jung Hwang']],
    ],
    [
      'Rhonda Sneed, 64, who has lived across the street for 17 years, said she did not recall it.',
      [['Rhonda Sneed', 'said', 'Rhonda Sneed']],
    ],
    [
      'The Israeli military, however, said 3 men were civilians.',
      [['The Israeli military', 'said', 'The Israeli military']],
    ],
    ['Added Gosselin: “Use 5 coupons.”', [['Gosselin', 'added', 'Gosselin']]],
    [
      'One lawmaker who attended, James Cleverly, said May made 3 points.',
      [['James Cleverly', 'said', 'James Cleverly']],
    ],
    ['Theresa May said 5 people died.', [['Theresa May', 'said', 'Theresa May']]],
    ['Prices rose 5%, say analysts.', [['analysts', 'say', 'analysts']]],
    ['Locally, too, say analysts, prices rose 5%.', [['analysts', 'say', 'analysts']]],
    // Pronouns: the speaker is the person named before; the source stays as written.
    ['John Smith, the mayor, spoke on Monday. "We lost 12 homes," he said.', [['he', 'said', 'John Smith']]],
    ['Mary Jones led the inquiry. She told reporters that 30 files were missing.', [['She', 'told', 'Mary Jones']]],
    ['Rep. Jane Doe arrived at noon. "We counted 40 ballots," she said.', [['she', 'said', 'Rep. Jane Doe']]],
    [
      'Officials said 5 people died. Mr Naqvi arrived later. He said 17 soldiers were killed.',
      [
        ['Officials', 'said', 'Officials'],
        ['He', 'said', 'Mr Naqvi'],
      ],
    ],
    // No speech, one name, no speaker.
    ['Orange added 1m customers in the quarter.', []],
    ['Time Warner said it would cut 600 jobs.', [['Time Warner', 'said', 'Time Warner']]],
    ['Pakistan said 31 civilians were killed.', [['Pakistan', 'said', 'Pakistan']]],
    ['The film shows 5 people in a boat.', []],
    ['The club called the police at 9pm.', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(attributions(text), expected));
  }

  it('cites the person a pronoun stands for, and keeps the pronoun as written', () => {
    const [claim] = analyzeDocument(
      'Mary Jones led the inquiry. She told reporters that 30 files were missing.',
      'a.txt',
    ).claims;
    assert.deepEqual(claim.attribution, { source: 'Mary Jones', cue: 'told', written: 'She' });
  });
});
