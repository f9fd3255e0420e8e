// Story groups (conflicts/stories.ts): which reports of a bucket tell one story, from the names they share.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';
import { documentKeywords } from '../../server/src/core/conflicts/prepare';
import { storyGroups, type StoryDoc } from '../../server/src/core/conflicts/stories';

const report = (file: string, names: string) => ({ file, fingerprint: new Set(names.split(' ').filter(Boolean)) });
const grouped = (docs: StoryDoc[]) => storyGroups(docs).map((story) => story.map((doc) => doc.file).join(' '));

describe('story groups', () => {
  // Two reports of one killing, two of a company's tax bill: two stories, each linked by four names.
  const killing = [
    report('a1.txt', 'staunton smith crawford sharron virginia'),
    report('a2.txt', 'staunton smith crawford sharron diane'),
  ];
  const tax = [report('b1.txt', 'yukos moscow rosneft khodorkovsky'), report('b2.txt', 'yukos moscow rosneft gazprom')];

  it('keep two unrelated stories apart', () => {
    assert.deepEqual(grouped([...killing, ...tax]), ['a1.txt a2.txt', 'b1.txt b2.txt']);
  });

  it('join a brief naming one thing to the story of the reports that name it', () => {
    assert.deepEqual(grouped([...killing, ...tax, report('brief.txt', 'staunton')]), [
      'a1.txt a2.txt brief.txt',
      'b1.txt b2.txt',
    ]);
  });

  it('leave a brief naming one thing alone when two stories name it, or none', () => {
    const naming = report('a3.txt', 'staunton smith crawford sharron moscow');
    assert.deepEqual(grouped([...killing, naming, ...tax, report('brief.txt', 'moscow')]), [
      'a1.txt a2.txt a3.txt',
      'b1.txt b2.txt',
      'brief.txt',
    ]);
    assert.deepEqual(grouped([...killing, ...tax, report('brief.txt', 'leeds')]), [
      'a1.txt a2.txt',
      'b1.txt b2.txt',
      'brief.txt',
    ]);
  });

  it('join briefs naming the same one thing, when no longer report names it', () => {
    assert.deepEqual(grouped([...killing, report('c1.txt', 'leeds'), report('c2.txt', 'leeds')]), [
      'a1.txt a2.txt',
      'c1.txt c2.txt',
    ]);
  });

  it('leave a report naming nothing alone, even beside one story only', () => {
    assert.deepEqual(grouped([...killing, report('brief.txt', '')]), ['a1.txt a2.txt', 'brief.txt']);
  });
});

describe('story weights', () => {
  // Names given once, as a fingerprint lists them: alphabetically, after its most frequent names.
  const tail = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`).join(' ');

  it('weigh the names a report gives most above those it gives once', () => {
    // Two reports of talks in Geneva lead with the same four names (zarif given most, then kerry, iran, geneva), then
    // each gives thirty names once (a page's links): 4 names of 34 in common, but the four that say what each is about.
    const a = report('a.txt', `zarif kerry iran geneva ${tail('a', 30)}`);
    const b = report('b.txt', `zarif kerry iran geneva ${tail('b', 30)}`);
    assert.deepEqual(grouped([a, b]), ['a.txt b.txt']);
  });

  it('weigh alike the names of a fingerprint in alphabetical order (each given as often)', () => {
    // The same four names, after the thirty given once: they weigh no more than those, and the reports stay apart.
    const a = report('a.txt', `${tail('a', 30)} geneva iran kerry zarif`);
    const b = report('b.txt', `${tail('b', 30)} geneva iran kerry zarif`);
    assert.deepEqual(grouped([a, b]), ['a.txt', 'b.txt']);
  });
});

describe('story fingerprints', () => {
  it('leave out contractions, web addresses, handles and hashtags', () => {
    const text =
      'http://www.ontheredcarpet.com/Lindsay-Lohan-checks-into-rehab\n\nLindsay Lohan checked into rehab, her lawyer ' +
      'Mark Heller said. "I\'m sure she will do well," Heller told the Newport Beach court. Follow @JimCarrey and ' +
      "#FIFAWorldCup. Lohan met O'Brien's team in Newport on Monday; I'll see, I've said, we don't know.";
    assert.deepEqual(documentKeywords(text), ['newport', 'beach', 'heller', 'lohan', 'mark', "o'brien"]);
  });
});

describe('a one-sentence brief of a story', () => {
  // After ECB+ 22_1ecb.txt and 22_2ecb.txt: a lead sentence names the town and nothing else.
  const report = analyzeDocument(
    'Police in Staunton, Virginia, said Sharron Crawford Smith killed two women at the Dairy Queen. Smith was arrested at her home in Staunton on Friday.',
    'a.txt',
  );
  const brief = (text: string) => analyzeDocument(text, 'brief.txt');
  const messages = (...docs: ReturnType<typeof analyzeDocument>[]) => detectFindings(docs).map((f) => f.message);

  it('is compared with the report naming its town (2 killed against 3)', () => {
    const staunton = brief(
      'A 60-year-old woman was charged with killing three young women in a Staunton ice cream shop, police said.',
    );
    assert.deepEqual(messages(report, staunton), [
      'Sources disagree on women killed: 2 in a (Police in Staunton, Virginia); 3 in brief (police)',
    ]);
  });

  it('is not compared with a report of another town', () => {
    const leeds = brief('A man was charged with killing three women in a Leeds bakery, police said.');
    assert.deepEqual(messages(report, leeds), []);
  });
});
