// A finding shaped like the seeds' death toll: 145 revised to 177, and an outlier 197.
import type { FindingLocation, FindingView } from '../../server/src/protocol';

export function location(
  claimId: string,
  line: number,
  text: string,
  extra: Partial<FindingLocation> = {},
): FindingLocation {
  return {
    claimId,
    uri: `file:///work/seeds/${claimId.split(':')[0]}`,
    line,
    character: 10,
    endLine: line,
    endCharacter: 10 + text.length,
    text,
    source: null,
    outlet: null,
    label: claimId.split('.')[0]!,
    date: null,
    ...extra,
  };
}

export function militantsFinding(): FindingView {
  return {
    id: 'revision:militants-killed',
    kind: 'revision',
    severity: 'warning',
    subject: 'militants killed',
    claims: ['002.txt:6:0', '000.txt:3:40', '004.txt:27:75'],
    message: 'The toll of militants killed went from 145 to 177; one source says 197.',
    timeline: [
      {
        claimId: '002.txt:6:0',
        file: '002.txt',
        figure: 'at least 145',
        date: '2026-01-31',
        source: 'ISPR',
        outlet: 'Dawn',
        label: 'Dawn',
        superseded: true,
      },
      {
        claimId: '000.txt:3:40',
        file: '000.txt',
        figure: '177',
        date: '2026-02-01',
        source: 'Mohsin Naqvi',
        outlet: 'The Hindu',
        label: 'The Hindu',
        superseded: false,
      },
      {
        claimId: '004.txt:27:75',
        file: '004.txt',
        figure: '197',
        date: '2026-02-01',
        source: null,
        outlet: 'Al Jazeera',
        label: 'Al Jazeera',
        superseded: false,
      },
    ],
    locations: [
      location('002.txt:6:0', 6, 'at least 145 militants', {
        source: 'ISPR',
        outlet: 'Dawn',
        label: 'Dawn',
        date: '2026-01-31',
      }),
      location('000.txt:3:40', 3, '177 militants', {
        source: 'Mohsin Naqvi',
        outlet: 'The Hindu',
        label: 'The Hindu',
        date: '2026-02-01',
      }),
      location('004.txt:27:75', 27, '197 militants', { outlet: 'Al Jazeera', label: 'Al Jazeera', date: '2026-02-01' }),
    ],
  };
}
