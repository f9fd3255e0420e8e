// Issue 16, part B: where an article keeps its outlet, what the user declares about a file, the citation styles,
// and the one label that names a source everywhere.
import { strict as assert } from 'node:assert';
import {
  analyzeDocument,
  declaredMeta,
  detectFindings,
  listSources,
  markdownReport,
  parseConfig,
  readableFileLabel,
  resolveCitationStyle,
  siteName,
  sourceLabel,
  styledCitationEdits,
  withDeclared,
} from '../../server/src/core';
import { fullCitation, pandocKey } from '../../server/src/core/citationStyles';
import type { CitedSource } from '../../server/src/core/citations';
import { readMeta } from '../../server/src/core/extract/meta';

const meta = (text: string) => readMeta(text).meta;

describe('the outlet of an article, from its head', () => {
  it('reads "Source The Hindu" (seeds/000_753dc5942af7b371.txt)', () => {
    assert.equal(
      meta(
        'Source The Hindu\nQUETTA, Pakistan — In one of the most significant security escalations in recent history, forces killed 177.\n',
      ).outlet,
      'The Hindu',
    );
  });

  it("names the site that posts as itself in its byline (seeds/001_2f94e5660727e969.txt), not a person's byline", () => {
    const head =
      'Pakistan Launches Massive Crackdown in Balochistan, 177 Militants Killed in 48 Hours\n\nBy Tatkaal Khabar / 02-02-2026 03:15:20 am | 269 Views | 0 Comments\n#\n';
    assert.deepEqual(
      [meta(head).outlet, meta(head).author, meta(head).date],
      ['Tatkaal Khabar', 'Tatkaal Khabar', '2026-02-02'],
    );
    const person = meta(
      'A headline about the markets today\n\nBy Julie Steenhuysen\n\nCHICAGO (Reuters) - Shares fell.\n',
    );
    assert.deepEqual([person.outlet, person.author], [null, 'Julie Steenhuysen']);
  });

  it('reads a newsroom byline as its outlet: "Author : NewsGram Desk" (seeds/004_b956a5e68296c51b.txt)', () => {
    const m = meta(
      'Pakistan\n\nBalochistan Violence: 177 Militants Killed After Attacks Leave Nearly 50 Dead\n\nAuthor : NewsGram Desk\n\nKey Points\n',
    );
    assert.deepEqual([m.outlet, m.author], ['NewsGram', 'NewsGram Desk']);
  });

  it('names the site of a URL at the top, with its date line (ecbplus/1_10ecbplus.txt)', () => {
    const m = meta(
      'http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504\n\nLindsay Lohan checks into Betty Ford Center\n\nMay 03, 2013\n\nAfter skipping out on entering a Newport Beach rehabilitation facility, Lindsay Lohan has checked in.\n',
    );
    assert.deepEqual(m, {
      title: 'Lindsay Lohan checks into Betty Ford Center',
      outlet: 'Los Angeles Times',
      author: null,
      date: '2013-05-03',
      url: 'http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504',
    });
  });

  it('reads "Updated 4/11/2007" as the URL dates it, 11 April, and a day-first date the URL does not swap as written (ecbplus/18_7ecbplus.txt)', () => {
    const url = 'http://usatoday30.usatoday.com/news/nation/2007-04-11-office-shooting_N.htm';
    const head = (date: string) =>
      `${url}\n\nMich. accountant charged with murder in office shootings\n\nUpdated ${date} 1:26 PM\n\nA fired accountant was arraigned Wednesday.\n`;
    assert.equal(meta(head('4/11/2007')).date, '2007-04-11');
    assert.equal(meta(head('4/12/2007')).date, '2007-12-04');
    assert.equal(
      meta(head('4/11/2007').replace(url, 'http://usatoday30.usatoday.com/news/nation/office-shooting_N.htm')).date,
      '2007-11-04',
    );
  });

  it('reads a date in figures month first before an American time zone (ecbplus/1_14ecbplus.txt)', () => {
    const head = (line: string) => `Lindsay Lohan Checks Into Betty Ford Rehab\n\n${line}\n\nLohan checked in.\n`;
    assert.equal(meta(head('UPDATED 05/03/2013 at 11:00 AM EDT')).date, '2013-05-03');
    assert.equal(meta(head('Updated 05/03/2013 1:26 PM ET')).date, '2013-05-03');
    assert.equal(meta(head('Updated 05/03/2013 1:26 PM')).date, '2013-03-05');
    assert.equal(meta(head('Updated 25/03/2013 at 11:00 AM EDT')).date, '2013-03-25');
  });

  it('does not take a picture credit for the outlet (multinews row052-doc1)', () => {
    assert.equal(meta('Source: Jdarsie11 / Wikimedia Commons\n\n1. Anthony Scaramucci\n').outlet, null);
  });

  it('reads Markdown front matter, and a Pandoc title block', () => {
    const fm = meta(
      '---\ntitle: "Toll rises"\nurl: https://www.example-news.com/world/1\ndate: 2026-02-03\n---\nBody.\n',
    );
    assert.deepEqual(fm, {
      title: 'Toll rises',
      outlet: 'example-news.com',
      author: null,
      date: '2026-02-03',
      url: 'https://www.example-news.com/world/1',
    });
    const pandoc = readMeta(
      '% Balochistan toll rises\n% Staff reporter\n% 3 February 2026\n\nSecurity forces killed 177 militants.\n',
    );
    assert.deepEqual(pandoc.meta, {
      title: 'Balochistan toll rises',
      outlet: null,
      author: 'Staff reporter',
      date: '2026-02-03',
      url: null,
    });
    assert.equal(pandoc.bodyStart, '% Balochistan toll rises\n% Staff reporter\n% 3 February 2026\n'.length);
    assert.deepEqual(readMeta('%\n% Staff reporter\n\nBody.\n').meta.author, 'Staff reporter');
    assert.equal(readMeta('%PDF-1.4 is not a title block\nBody.\n').bodyStart, 0);
  });
});

describe('the name of a source', () => {
  it('gives every host a readable site: well-known outlets by name, others by their registrable domain', () => {
    assert.deepEqual(
      [
        'http://query.nytimes.com/gst/fullpage.html',
        'http://sports.espn.go.com/nba/news',
        'https://www.example-news.com/a',
        'http://news.bbc.co.uk/2/hi',
        'http://www.abc.net.au/news/1',
        'http://sportzassassin2.blogspot.nl/2005_05_01_archive.html',
        'http://oscar.go.com/blogs',
        'https://user@WWW.Example.org:8080/x',
        'not a url',
        'http://localhost/a',
      ].map(siteName),
      [
        'The New York Times',
        'ESPN',
        'example-news.com',
        'BBC News',
        'abc.net.au',
        'sportzassassin2.blogspot.nl',
        'oscar.go.com',
        'example.org',
        null,
        null,
      ],
    );
  });

  it('labels a source by its outlet, else its byline, else its file name without a hash', () => {
    assert.equal(sourceLabel({ file: 'seeds/000_753dc5942af7b371.txt', outlet: 'The Hindu' }), 'The Hindu');
    assert.equal(sourceLabel({ file: 'a/b.txt', outlet: null, author: 'Julie Steenhuysen' }), 'Julie Steenhuysen');
    assert.equal(sourceLabel({ file: 'seeds/004_b956a5e68296c51b.txt', outlet: '  ' }), '004');
    assert.deepEqual(
      ['seeds/004_b956a5e68296c51b.txt', 'notes\\report.md', 'x/1_10ecbplus.txt', 'draft'].map(readableFileLabel),
      ['004', 'report', '1_10ecbplus', 'draft'],
    );
    assert.equal(
      listSources([
        { file: 's/002_f236f39115b0c122.txt', outlet: 'The Hindu' },
        { file: 's/003_0c6566569c3261f3.txt', outlet: null },
        { file: 's/000_753dc5942af7b371.txt', outlet: 'The Hindu' },
      ]),
      'The Hindu, 003',
    );
  });
});

describe('.crosscheck.json "sources" and "citationStyle"', () => {
  it("reads what it declares by glob; a later glob wins a field; the declared fields replace the text's", () => {
    const { config, errors } = parseConfig(
      JSON.stringify({
        citationStyle: 'full',
        sources: {
          'wires/ap-*.txt': { outlet: 'AP', date: '2026-02-01' },
          'wires/ap-late.txt': { date: '2026-02-02', url: 'https://apnews.com/x' },
        },
      }),
    );
    assert.deepEqual(errors, []);
    assert.equal(config.citationStyle, 'full');
    assert.deepEqual(declaredMeta(config.sources, 'wires/ap-late.txt'), {
      outlet: 'AP',
      date: '2026-02-02',
      url: 'https://apnews.com/x',
    });
    assert.deepEqual(declaredMeta(config.sources, './wires/ap-1.txt'), { outlet: 'AP', date: '2026-02-01' });
    assert.equal(declaredMeta(config.sources, 'wires/reuters-1.txt'), null);
    const read = { title: 'Toll rises', outlet: 'Reuters', author: null, date: null, url: null };
    assert.deepEqual(withDeclared(read, { outlet: 'AP', date: '2026-02-01' }), {
      title: 'Toll rises',
      outlet: 'AP',
      author: null,
      date: '2026-02-01',
      url: null,
    });
    assert.deepEqual(withDeclared({ ...read, outlet: null }, { url: 'https://www.dawn.com/news/1' }).outlet, 'Dawn');
  });

  it('names each bad value without throwing, keeps the good ones, and reads keys such as "__proto__" as plain keys', () => {
    const { config, errors } =
      parseConfig(`{ "citationStyle": "apa", "sources": { "__proto__": { "outlet": "AP" }, "a.txt": { "outlet": 3, "colour": "red", "date": "1 Feb" },
      "**a**b**c**d": { "outlet": "X" }, "b.txt": "AP" } }`);
    assert.deepEqual(errors, [
      '"citationStyle" must be one of auto, outlet-date, full, footnote, pandoc, not "apa"',
      '"sources.a.txt.outlet" must be a non-empty string, not 3',
      '"sources.a.txt.colour": unknown field (fields: outlet, date, title, url, author)',
      '"sources.a.txt.date" must be written YYYY-MM-DD (or YYYY-MM, YYYY), not "1 Feb"',
      '"sources": the glob "**a**b**c**d" has 4 wildcards ("*" or "**"); at most 3 are allowed, as matching more can take minutes',
      '"sources.b.txt" must be an object such as { "outlet": "AP", "date": "2026-02-01" }, not "AP"',
    ]);
    assert.equal(config.citationStyle, null);
    assert.deepEqual(
      config.sources.map((s) => [s.glob, { ...s.meta }]),
      [
        ['__proto__', { outlet: 'AP' }],
        ['a.txt', {}],
      ],
    );
    assert.deepEqual(parseConfig('{ "sources": [] }').errors, [
      '"sources" must be an object such as { "wires/ap-*.txt": { "outlet": "AP" } }, not an array',
    ]);
  });
});

describe('citation styles', () => {
  const hindu: CitedSource = {
    file: 'seeds/000_753dc5942af7b371.txt',
    outlet: 'The Hindu',
    author: null,
    title: 'Pakistan kills 177 militants',
    url: 'https://www.thehindu.com/news/a',
    date: '2026-02-02',
    sentence: 'Pakistani security forces have killed 177 militants.',
  };
  const text = 'Forces killed 177 militants.\n';
  const end = 'Forces killed 177 militants'.length;

  it('chooses the style from the setting: "auto" is a footnote in Markdown (a key with the bibliography\'s), outlet and date elsewhere', () => {
    assert.deepEqual(
      [
        resolveCitationStyle('auto', true, null),
        resolveCitationStyle('auto', true, 'hindu26'),
        resolveCitationStyle('auto', false, 'hindu26'),
        resolveCitationStyle('footnote', false, null),
        resolveCitationStyle('pandoc', false, null),
        resolveCitationStyle('full', false, null),
        resolveCitationStyle('pandoc', true, null),
      ],
      ['footnote', 'pandoc', 'outlet-date', 'outlet-date', 'outlet-date', 'full', 'pandoc'],
    );
  });

  it('writes each style exactly', () => {
    assert.deepEqual(styledCitationEdits(text, end, hindu, 'outlet-date'), [
      { start: end, end, newText: ' (The Hindu, 2 February 2026)' },
    ]);
    assert.deepEqual(styledCitationEdits(text, end, hindu, 'full'), [
      {
        start: end,
        end,
        newText: ' (The Hindu, "Pakistan kills 177 militants", 2 February 2026, https://www.thehindu.com/news/a)',
      },
    ]);
    assert.deepEqual(styledCitationEdits(text, end, hindu, 'pandoc', 'hindu26'), [
      { start: end, end, newText: ' [@hindu26]' },
    ]);
    assert.deepEqual(styledCitationEdits(text, end, hindu, 'pandoc'), [{ start: end, end, newText: ' [@hindu2026]' }]);
    assert.deepEqual(styledCitationEdits(text, end, hindu, 'footnote'), [
      { start: end, end, newText: '[^1]' },
      {
        start: text.length,
        end: text.length,
        newText:
          '\n[^1]: The Hindu, 2 February 2026, seeds/000_753dc5942af7b371.txt: "Pakistani security forces have killed 177 militants."\n',
      },
    ]);
  });

  it('names a source without an outlet by its byline or its readable file name, never the hash', () => {
    const bare: CitedSource = { file: 'seeds/003_0c6566569c3261f3.txt', outlet: null, date: null, sentence: 'x' };
    assert.equal(fullCitation(bare), '(003)');
    assert.equal(
      fullCitation({ ...bare, author: 'Julie Steenhuysen', date: '2026-02' }),
      '(Julie Steenhuysen, February 2026)',
    );
    assert.equal(pandocKey(bare), '003');
    assert.deepEqual(styledCitationEdits('x', 1, bare, 'outlet-date'), [{ start: 1, end: 1, newText: ' (003)' }]);
  });
});

describe("the reports' outlet column", () => {
  it('shows the outlet, else the byline, beside the file', () => {
    const story = 'militants, after attacks by the Baloch Liberation Army in Balochistan near Quetta, Pakistan.\n';
    const docs = [
      analyzeDocument(
        `A report from the province of Balochistan\n\nBy Julie Steenhuysen\n\nSecurity forces killed 145 ${story}`,
        'a.txt',
      ),
      analyzeDocument(`Source Dawn\n\nSecurity forces killed 177 ${story}`, 'b.txt'),
    ];
    const rows = markdownReport(docs, detectFindings(docs))
      .split('\n')
      .filter((line) => /^\| (145|177) /.test(line));
    assert.deepEqual(rows, [
      '| 145 militants | unattributed | Julie Steenhuysen | — | `a.txt:5` |',
      '| 177 militants | unattributed | Dawn | — | `b.txt:3` |',
    ]);
  });
});
