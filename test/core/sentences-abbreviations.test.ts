// Sentence ends after abbreviations: "No." and "ft." do not end a sentence, the acronyms "FT." and "IE." do.
import { strict as assert } from 'node:assert';
import { segment } from '../../server/src/core/text/sentences';

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentences: abbreviations and acronyms before a period', () => {
  const cases: Array<[string, string[]]> = [
    [
      'The deal was first reported by the FT. Shares rose 5% on Monday.',
      ['The deal was first reported by the FT.', 'Shares rose 5% on Monday.'],
    ],
    ['Most users left IE. Chrome gained 12 points.', ['Most users left IE.', 'Chrome gained 12 points.']],
    ['He lives at No. 10 Downing Street.', ['He lives at No. 10 Downing Street.']],
    ['EMBED FROM AUG. 13: Drone misses helicopter.', ['EMBED FROM AUG. 13: Drone misses helicopter.']],
    ['APPLE INC. said 5 stores closed.', ['APPLE INC. said 5 stores closed.']],
    ['The wall is 6 ft. High winds knocked it down.', ['The wall is 6 ft. High winds knocked it down.']],
    ['Dr. Smith said 4 died. It was true.', ['Dr. Smith said 4 died.', 'It was true.']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(sentences(text), expected));
});
