// Issue 14, frames read right (docs/nlp-measurement.md, "What to do instead"): what a share or count "of" a noun
// phrase measures, and which word is the figure's event. Each excerpt names the corpus file it is from
// (../shared/corpus); the others are written for the test. The rules read any noun and any verb.
import { strict as assert } from 'node:assert';
import type { QuantityFrame } from '../../server/src/core';
import { claimOf, claimsOf } from './fixtures/readings';

/** The parts of a frame these tests pin. */
function frameOf(text: string, figure: string): Pick<QuantityFrame, 'measured' | 'head' | 'event'> {
  const { measured, head, event } = claimOf(text, figure).frame!;
  return { measured, head, event };
}

describe('frames: a share or count of a noun phrase measures its noun', () => {
  it('a share of a singular or mass noun after "of the", "of its", "of all"; none where the noun is not sure', () => {
    // bbc/business_093.txt
    const debt = 'By 18 February, creditors holding $41bn - or 40% of the total debt - had accepted the offer.';
    assert.deepEqual(frameOf(debt, '40%'), { measured: 'debt', head: null, event: null });
    // bbc/politics_223.txt
    const population = 'He said it would apply to just 1% of the population.';
    assert.deepEqual(frameOf(population, '1%'), { measured: 'population', head: null, event: null });
    assert.equal(claimOf('The firm cut 5% of its workforce.', '5%').frame!.measured, 'workforce');
    // A hyphenated compound is one word.
    assert.equal(claimOf('Spam makes up 60% of all e-mail sent.', '60%').frame!.measured, 'e-mail');
    // Unmeasured where the noun is not sure: a possessive, a name, "and", a qualifier.
    // events mnsample-test-row032-doc1.txt: men, or their exonerations?
    const possessive = 'DNA has been central to 22% of men’s exonerations.';
    assert.equal(claimOf(possessive, '22%').frame!.measured, null);
    assert.equal(claimOf('Prices rose 5% of the UK market.', '5%').frame!.measured, null);
    // bbc/tech_195.txt
    const coordinated = 'More than 80% of medium and large companies have been victims of crime.';
    assert.equal(claimOf(coordinated, 'More than 80%').frame!.measured, null);
    assert.equal(claimOf('Exports made up 30% of the total.', '30%').frame!.measured, null);
  });

  it('a count of a part of a counted whole measures the noun as that part, and heads no count of it', () => {
    // bbc/entertainment_220.txt
    const nominations = 'And the Guardian takes three of a possible five nominations in the news category.';
    assert.deepEqual(frameOf(nominations, 'three'), { measured: 'nomination out of 5', head: null, event: null });
    assert.deepEqual(frameOf(nominations, 'five nominations'), {
      measured: 'nomination',
      head: 'nomination',
      event: null,
    });
    // bbc/entertainment_153.txt: the figure's own partitive, before the noun before "of" ("winners of").
    const awards = 'He noted that winners of 11 of the 12 main awards were from the US.';
    assert.deepEqual(frameOf(awards, '11'), { measured: 'award out of 12', head: null, event: null });
    // events ecbplus/7_11ecb.txt: the participle after the whole is the whole's, the verb before is the part's.
    const punches = 'In fact, Klitschko landed 28 of his 68 punches thrown during the round.';
    assert.deepEqual(frameOf(punches, '28'), { measured: 'punch out of 68', head: null, event: 'landed' });
    // A part of a group with no figure of its own counts the group's noun, as before.
    assert.deepEqual(frameOf('More than 10,000 of the demonstrators marched.', 'More than 10,000'), {
      measured: 'protester',
      head: 'demonstrator',
      event: 'marched',
    });
  });
});

describe('frames: the event is a word of the figure’s own clause', () => {
  it('not the verb of a relative clause closed before the figure', () => {
    // bbc/entertainment_152.txt
    const tapes = 'Mr Nogar, who died in 1994 aged 72, always used to make two tapes of sessions as a back-up.';
    assert.deepEqual(frameOf(tapes, 'two tapes'), { measured: 'tape', head: 'tape', event: null });
    assert.equal(claimOf(tapes, 'two tapes').predicate, null);
    // bbc/entertainment_146.txt
    const nominations = 'Ray Charles, who died in June 2004, has seven posthumous nominations.';
    assert.equal(claimOf(nominations, 'seven posthumous nominations').frame!.event, null);
    // The figure's own relative clause still gives its event.
    const own = 'The attack, which killed 12 people, was condemned.';
    assert.equal(claimOf(own, '12 people').frame!.event, 'killed');
  });

  it('not a capitalised name that looks like a verb', () => {
    // bbc/entertainment_268.txt
    assert.equal(claimOf('The top five includes Led Zeppelin and Queen.', 'five includes').frame!.event, null);
    // bbc/business_315.txt
    const united = 'S&N is to invest 2.47bn rupees in United through shares.';
    assert.equal(claimOf(united, '2.47bn rupees').frame!.event, null);
    // The first word of a list item may be a verb (bbc/entertainment_258.txt).
    assert.equal(claimOf('She must: - Spend three years on probation.', 'three years').frame!.event, 'spent');
  });

  it('not a noun before "of" read as its verb: the figure is that noun’s value', () => {
    // bbc/politics_375.txt, bbc/business_128.txt
    const target = 'Qantas is on track to top its target of A$500m for the full year.';
    assert.deepEqual(frameOf(target, 'A$500m'), { measured: 'target', head: null, event: null });
    // A target or goal is what is aimed at, as "aims to" says: a projection, compared with no report.
    assert.equal(claimOf(target, 'A$500m').frame!.stage, 'projected');
    // events mnsample-test-row147-doc0.txt
    const level = 'Prices may take years to reach the level of more than $110 per barrel.';
    assert.equal(claimOf(level, 'more than $110').frame!.event, null);
    // bbc/tech_347.txt
    const launch = 'Samsung will steal the limelight with the launch of three new phones.';
    assert.equal(claimOf(launch, 'three new phones').frame!.event, null);
    // An event noun before "of" is still the event.
    assert.equal(claimOf('The deaths of 31 civilians were confirmed.', '31 civilians').frame!.event, 'killed');
  });

  it('an event noun that is the object of another event noun counts no people', () => {
    // bbc/business_451.txt
    const cases = 'The merger would create a group with annual sales of 39m cases of wine.';
    assert.deepEqual(frameOf(cases, '39m cases'), { measured: 'case', head: 'case', event: 'sold' });
    assert.deepEqual(frameOf('Officials confirmed 56 cases of the disease.', '56 cases'), {
      measured: 'person',
      head: 'person',
      event: 'infected',
    });
  });

  it('not a change word that is an adjective inside a noun phrase', () => {
    // bbc/entertainment_351.txt
    const bracket = 'In the lower salary bracket, 35% of women earn less than £20,000 a year.';
    assert.deepEqual(
      claimsOf(bracket).map((c) => [c.text, c.predicate]),
      [
        ['35%', null],
        ['less than £20,000', null],
      ],
    );
    assert.equal(claimOf(bracket, '35%').frame!.event, null);
    assert.equal(claimOf('Sales were lower, at 5% below last year.', '5%').frame!.event, 'fell');
  });
});
