// Issue 14, an earlier event named by its month: a figure whose clause names a month before the month of its story's
// first dated report ("The same island was hit by a 6.1 quake in September" in reports of 30 November) is of an
// earlier event, and is compared only with figures of that month, as a figure of an earlier year is. A month equal to
// the first report's, a weekday ("on Sunday") or undated reports set nothing apart.
import { strict as assert } from 'node:assert';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const findingsOf = (...texts: string[]) =>
  detectFindings(texts.map((text, i) => analyzeDocument(text, `${String.fromCharCode(97 + i)}.txt`))).map(
    (f) => f.message,
  );

const dated = (date: string | null, text: string) => (date ? `Date: ${date}\n\n${text}` : text);

describe('a figure of an earlier month, beside the story’s own event', () => {
  // After ../shared/corpus/events/ecbplus/20_1ecb.txt, 20_3ecb.txt and 20_4ecb.txt (Qeshm island quakes; the files
  // carry no date: one is added here).
  const media = (date: string | null) =>
    dated(
      date,
      "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people and damaging buildings, Iranian media said.\n\n" +
        'The tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to the Gulf.\n',
    );
  const isna = (date: string | null) =>
    dated(
      date,
      "A strong 5.6-magnitude earthquake jolted part of Qeshm island in the Gulf off Iran's southern Hormozgan province on Sunday, state television reported.\n\n" +
        'According to the student ISNA news agency, the quake on the outskirts of Dargahan, a small town on the island, injured two people.\n',
    );
  const september = (date: string | null) =>
    dated(
      date,
      'An earthquake with a magnitude of 5.6 on the Richter scale shook the southern Iranian island of Qeshm and caused damage to residential buildings in villages on Sunday, ISNA news agency reported.\n\n' +
        'The same island was hit by a 6.1 quake in September.\n\n' +
        'That temblor killed at least six people, injured almost 50 and caused heavy damage to residential units in September.\n',
    );

  it('is not compared with the story’s event when the month lies before the report’s (30 November)', () => {
    assert.deepEqual(findingsOf(media('2008-11-30'), isna('2008-11-30'), september('2008-11-30')), [
      'Sources disagree on people wounded: 2 in b (the student ISNA news agency, 30 Nov); 5 in a (Iranian media, 30 Nov)',
    ]);
  });

  it('is compared when the month is the report’s own (30 September)', () => {
    assert.deepEqual(findingsOf(media('2008-09-30'), isna('2008-09-30'), september('2008-09-30')), [
      'Sources disagree on people wounded: 5 in a (Iranian media, 28 Sep, superseded by 50); 2 in b (the student ISNA news agency, 30 Sep); nearly 50 in c (30 Sep)',
    ]);
  });

  it('is compared when the story has a report of that month (a follow-up of 30 November names the event’s month)', () => {
    assert.deepEqual(findingsOf(media('2008-09-30'), isna('2008-09-30'), september('2008-11-30')), [
      'People wounded revised: 5 in a (Iranian media, 28 Sep, superseded by 50); 2 in b (the student ISNA news agency, 30 Sep, superseded by 50); nearly 50 in c (30 Nov)',
    ]);
  });

  it('is compared when the reports are undated (nothing tells the month is an earlier one)', () => {
    assert.deepEqual(findingsOf(media(null), isna(null), september(null)), [
      'Sources disagree on people wounded: 2 in b (the student ISNA news agency); 5 in a (Iranian media); nearly 50 in c',
    ]);
  });

  it('is compared with another figure of that month', () => {
    const earlier =
      'A powerful quake with a magnitude of 6.1 struck southern Iran in September near the port city of Bandar Abbas, on the mainland near Qeshm island, killing at least seven people and injuring 40, 15 of them on Qeshm.\n';
    assert.deepEqual(findingsOf(media('2008-11-30'), september('2008-11-30'), dated('2008-11-30', earlier)), [
      'Sources disagree on people wounded · september: 15 in c (30 Nov); 40 in c (30 Nov); nearly 50 in b (30 Nov)',
    ]);
  });
});
