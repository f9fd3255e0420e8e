// Figures whose frames look alike but whose text says they are of different things: a part of a counted whole,
// an earlier incident in another month, the toll of another quake, a day read from a date written month-first.
// Each pair gives no finding.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

function frameOf(text: string, figure: string) {
  const claim = analyzeDocument(text, 'a.txt').claims.find((c) => c.text === figure);
  assert.ok(claim, `no claim "${figure}"`);
  return claim.frame!;
}

describe('figures of different things', () => {
  it('reads "Of the 298 people who died ..., 193 were Dutch" as a part of the whole, compared with no toll', () => {
    // After ../shared/corpus/events/multinews/mnsample-test-row168-doc0.txt and -doc2.txt (MH17, July 2014).
    const story =
      'Malaysia Airlines Flight 17 was shot down over eastern Ukraine near Donetsk, and the Netherlands, Malaysia and Australia want the bodies back.\n\n';
    const part = `${story}Of the 298 people who died aboard the Amsterdam-to-Kuala Lumpur flight, 193 were Dutch citizens.\n`;
    const toll = `${story}The Boeing 777 was shot down on Thursday, killing all 298 people on board.\n`;
    const frame = frameOf(part, '193');
    assert.deepEqual([frame.measured, frame.head, frame.event], ['person out of 298', null, 'killed']);
    assert.deepEqual(detectFindings([analyzeDocument(part, 'a.txt'), analyzeDocument(toll, 'b.txt')]), []);
  });

  it('reads the part of a qualified whole too: "Of the more than 298 people ..., 193 were Dutch"', () => {
    const part = 'Of the more than 298 people who died aboard the flight, 193 were Dutch citizens.\n';
    const frame = frameOf(part, '193');
    assert.deepEqual([frame.measured, frame.head, frame.event], ['person out of 298', null, 'killed']);
  });

  it('reads "In early March" as the window of its clause: an earlier shooting is no count of Monday\'s', () => {
    // After ../shared/corpus/events/ecbplus/18_1ecbplus.txt (the Troy accounting firm shooting, April 2007).
    const text =
      'A Michigan man shot to death one person and injured two others Monday at the suburban Detroit accounting firm, police said.\n\n' +
      'In early March, a gunman shot and wounded three people at a printing facility near Los Angeles, California, before killing himself.\n';
    assert.equal(frameOf(text, 'three people').time, 'march');
    assert.equal(frameOf('It went on sale in mid-March priced at $150.\n', '$150').time, 'march');
    assert.deepEqual(detectFindings([analyzeDocument(text, 'a.txt')]), []);
  });

  it("gives the toll of a participle clause its main clause's month: September's quake is not Sunday's", () => {
    // After ../shared/corpus/events/ecbplus/20_1ecb.txt (the Qeshm island earthquake, November 2008).
    const text =
      "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said.\n\n" +
      'A powerful quake with a magnitude of 6.1 struck southern Iran in September near the port city of Bandar Abbas, on the mainland near Qeshm island, killing at least seven people and injuring 40, 15 of them on Qeshm.\n';
    assert.deepEqual([frameOf(text, '40').time, frameOf(text, '15').time], ['september', 'september']);
    assert.deepEqual(detectFindings([analyzeDocument(text, 'a.txt')]), []);
  });
});

describe('what a sum is of', () => {
  // After ../shared/corpus/events/multinews/mnsample-test-row092-doc2.txt and -doc4.txt (payments to Michael Cohen, May 2018).
  it('reads "in late 2017" as a time, not what two totals are of: one article\'s two totals of two companies are not compared', () => {
    const text =
      'Avenatti alleged that the company made four $50,000 payments to Cohen totaling $200,000 in late 2017 and early 2018.\n\n' +
      'The memo alleges the company paid Cohen $399,920 in late 2017 and early 2018 in four payments, each amounting to $99,980.\n';
    assert.deepEqual([frameOf(text, '$200,000').measured, frameOf(text, '$399,920').measured], [null, null]);
    assert.deepEqual(detectFindings([analyzeDocument(text, 'a.txt')]), []);
  });

  it('reads what a sum paid by the month is for past its rate ("$35,000 a month in legal fees"), and a price by the barrel as before', () => {
    const fees = 'Giuliani has said Trump was paying Cohen $35,000 a month in legal fees.\n';
    assert.equal(frameOf(fees, '$35,000').measured, 'fee per month');
    assert.equal(
      frameOf('US light crude fell 32 cents to $51.43 a barrel in New York.\n', '$51.43').measured,
      'barrel per barrel',
    );
  });
});

describe('a document dated as its URL dates it', () => {
  it('resolves "last Thursday" from "Updated 4/11/2007" as of 11 April, the day its URL gives: no second firing date', () => {
    // After ../shared/corpus/events/ecbplus/18_10ecbplus.txt (Fox News) and 18_7ecbplus.txt (USA Today).
    const story =
      'Anthony LaCalamita III was charged in Troy, Michigan, over the shooting at Gordon Advisors in suburban Detroit.\n\n';
    const fox =
      'http://www.foxnews.com/story/2007/04/11/detroit-office-shooter-charged-with-murder-attempted-murder/\n\n' +
      'Detroit Office Shooter Charged With Murder, Attempted Murder\n\nPublished April 11, 2007\n\n' +
      story +
      'The man accused of shooting his three former co-workers is Anthony LaCalamita III, a 38-year-old Troy resident who was fired from Gordon Advisors on Thursday.\n';
    const usaToday =
      'http://usatoday30.usatoday.com/news/nation/2007-04-11-office-shooting_N.htm\n\n' +
      'Mich. accountant charged with murder in office shootings\n\nUpdated 4/11/2007 1:26 PM\n\n' +
      story +
      'LaCalamita had been fired last Thursday as a general accountant at the firm and bought a shotgun and shells on Friday, Scherlinck said.\n';
    assert.deepEqual(detectFindings([analyzeDocument(fox, 'fox.txt'), analyzeDocument(usaToday, 'usa.txt')]), []);
  });
});
