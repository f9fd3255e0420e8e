// Issue 14, a head count whose event only says the people were there ("800 protesters gathered", "40 firefighters
// fought the blaze", "30 volunteers arrived") is the same quantity as the bare count of those people ("more than
// 10,000 demonstrators") and as another such event of them: countedEvent and claimsSameMeasure in
// conflicts/quantities.ts. A count of "people" (no role), of one person, or of people an event sets apart ("arrested
// protesters") stays apart.
import { strict as assert } from 'node:assert';
import { findingsOf } from './fixtures/readings';

describe('a count of people who were there, beside the bare count of them', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row071-doc0.txt and doc1.txt (a protest in Kabul).
  const gathered =
    'Up to 800 protesters gathered at a square on the outskirts of Kabul on Wednesday, chanting slogans.\n';
  const bare = '"There are more than 10,000 demonstrators," police officer Mohammad Usman said in Kabul.\n';

  it('is compared: up to 800 protesters gathered, more than 10,000 demonstrators', () => {
    assert.deepEqual(findingsOf(gathered, bare), [
      [
        'conflict',
        'information',
        'Sources disagree on protesters attended: up to 800 in a; more than 10,000 in b (police officer Mohammad Usman)',
      ],
    ]);
  });

  it('is compared across two events of being there: firefighters who fought the blaze and who arrived', () => {
    // After ../shared/corpus/events/ecbplus/13_3ecb.txt and 13_21ecb.txt (a church fire in Wasilla).
    const fought = 'Steele said that about 40 firefighters fought the blaze at the church on Friday.\n';
    const arrived = 'About 70 volunteer firefighters arrived at the three-story church on Friday, officials said.\n';
    assert.deepEqual(findingsOf(fought, arrived), [
      [
        'conflict',
        'information',
        'Sources disagree on firefighters arrived · at the church · friday: about 40 in a (Steele); about 70 in b (officials)',
      ],
    ]);
  });

  it('is not compared with a count of "people", which names no role', () => {
    // After ../shared/corpus/bbc/politics_072.txt: a poll's sample is no crowd.
    const poll = 'A poll of 1,313 people in Kabul suggests two-thirds of voters back the plan.\n';
    const marched = 'Hundreds of thousands of people demonstrated in Kabul against the plan.\n';
    assert.deepEqual(findingsOf(poll, marched), []);
  });

  it('is not compared with one person, nor with people another event sets apart', () => {
    // After ../shared/corpus/events/multinews/mnsample-test-row015-doc1.txt (migrants at the Serbian border).
    const one = 'Some were treated for the tear gas and at least one protester had a leg injury, police said.\n';
    const arrested = '"There are 300 arrested protesters in the city jail," police said in Kabul.\n';
    assert.deepEqual(findingsOf(gathered.replace('Up to 800', 'About 800'), one), []);
    assert.deepEqual(findingsOf(gathered.replace('Up to 800', 'About 2,000'), arrested), []);
  });
});
