import { strict as assert } from 'node:assert';
import {
  escapeHtml,
  figureValue,
  isoDay,
  niceTicks,
  readableDate,
  boxesOverlap,
  timelineHtml,
  timelineLayout,
  timelineMarks,
  timelinePoints,
  timelineSvg,
  type Box,
  type TimelinePoint,
} from '../../client/src/timeline/html';
import type { FindingView } from '../../server/src/protocol';
import { location, militantsFinding } from './fixtures';

const place = (claimId: string): string => `${claimId.split(':')[0]}:${Number(claimId.split(':')[1]) + 1}`;

function page(finding: FindingView): string {
  return timelineHtml({ finding, nonce: 'n0nce42', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', place });
}

/** Circles of the chart in document order, with their coordinates and classes. */
function circles(svg: string): { cx: number; cy: number; classes: string }[] {
  return [...svg.matchAll(/<circle class="([^"]*)" cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+"\/>/g)].map((match) => ({
    classes: match[1]!,
    cx: Number(match[2]),
    cy: Number(match[3]),
  }));
}

/** The label boxes the chart draws under its labels, and the box of its view. */
function labelBoxes(svg: string): Box[] {
  return [
    ...svg.matchAll(
      /<rect class="label-box" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="3"\/>/g,
    ),
  ].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    width: Number(match[3]),
    height: Number(match[4]),
  }));
}

/** A crowded finding: seven figures on one day, close in value, three on the next, and five without a date. */
function crowdedPoints(): TimelinePoint[] {
  const point = (
    claimId: string,
    figure: string,
    value: number | null,
    date: string | null,
    outlet: string | null,
    source: string | null,
  ): TimelinePoint => ({
    claimId,
    figure,
    value,
    date,
    source,
    label: outlet,
    superseded: false,
    place: `${claimId}.txt:1`,
  });
  return [
    ...[145, 147, 150, 152, 155, 158, 160].map((value, i) =>
      point(
        `d1-${i}`,
        `at least ${value} militants`,
        value,
        '2026-02-01',
        'The Hindu',
        `Interior Minister Mohsin Naqvi ${i}`,
      ),
    ),
    ...[177, 178, 180].map((value, i) =>
      point(`d2-${i}`, `${value} militants`, value, '2026-02-02', 'Dawn', 'the Inter-Services Public Relations'),
    ),
    point('u-0', '197 militants', 197, null, 'Al Jazeera', 'state media'),
    point('u-1', '196 militants', 196, null, null, 'the Balochistan government spokesman'),
    point('u-2', 'dozens of militants', null, null, 'Reuters', null),
    point('u-3', 'scores of militants', null, null, 'AP', null),
    point('u-4', '195 militants', 195, null, 'BBC Urdu', 'officials'),
  ];
}

describe('timeline page (client/src/timeline/html.ts)', () => {
  it('escapes the five HTML-significant characters', () => {
    assert.equal(
      escapeHtml(`<script>alert("x")</script> & 'y'`),
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    assert.equal(escapeHtml('at least 145 militants'), 'at least 145 militants');
  });

  it('renders document text containing markup as text: the only script element is its own, with the nonce', () => {
    const finding = militantsFinding();
    finding.subject = '<script>alert(1)</script>';
    finding.message = '<img src=x onerror=alert(2)>';
    finding.timeline[0]!.figure = '"><script>alert(3)</script>';
    finding.timeline[1]!.source = '</text><script>alert(4)</script>';
    finding.timeline[2]!.label = '<iframe src="https://evil.example">';
    const html = page(finding);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="n0nce42">']);
    assert.equal(html.includes('<img'), false);
    assert.equal(html.includes('<iframe'), false);
    assert.ok(html.includes('<h1><span class="kind">revision</span>&lt;script&gt;alert(1)&lt;/script&gt;</h1>'));
    assert.ok(html.includes('<p class="message">&lt;img src=x onerror=alert(2)&gt;</p>'));
    assert.ok(html.includes('<td>&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt; (revised later)</td>'));
    assert.ok(html.includes('<td>&lt;/text&gt;&lt;script&gt;alert(4)&lt;/script&gt;</td>'));
    assert.ok(html.includes('<td>&lt;iframe src=&quot;https://evil.example&quot;&gt;</td>'));
  });

  it('sets a strict Content Security Policy with the nonce on its style and script', () => {
    const html = page(militantsFinding());
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src https://file+.vscode-resource.vscode-cdn.net data:; style-src &#39;nonce-n0nce42&#39;; script-src &#39;nonce-n0nce42&#39;">`,
      ),
    );
    assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="n0nce42">']);
  });

  it('loads nothing remote, uses no inline style attribute and takes every colour from the theme', () => {
    const html = page(militantsFinding());
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.equal(/https?:\/\/|\bsrc=/.test(withoutPolicy), false);
    assert.equal(/\bstyle="/.test(html), false);
    assert.equal(/#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i.test(html), false);
    const colours = [...html.matchAll(/(?:^|[;{\s])(?:fill|stroke|color|background):\s*([^;]+);/gm)].map(
      (match) => match[1]!,
    );
    assert.ok(colours.length >= 10);
    for (const colour of colours) assert.match(colour, /^var\(--vscode-/);
  });

  it('draws each figure with its outlet and speaker, later dates to the right and higher figures higher', () => {
    const svg = timelineSvg(timelinePoints(militantsFinding(), place));
    const [first, second, third] = circles(svg);
    assert.ok(first && second && third);
    assert.ok(first.cx < second.cx && first.cx < third.cx, '31 January is left of 1 February');
    assert.equal(third.cx - second.cx, 18, 'two figures of one day stand side by side');
    assert.ok(third.cy < second.cy && second.cy < first.cy, '197 above 177 above 145');
    assert.equal(first.classes, 'point superseded');
    assert.equal(second.classes, 'point');
    assert.ok(svg.includes('>at least 145</text>') && svg.includes('>Dawn · ISPR</text>'));
    assert.ok(svg.includes('>177</text>') && svg.includes('>The Hindu · Mohsin Naqvi</text>'));
    assert.ok(svg.includes('>197</text>') && svg.includes('>Al Jazeera</text>'));
    assert.ok(svg.includes('>31 Jan 2026</text>') && svg.includes('>1 Feb 2026</text>'));
    const revision = /<line class="revision" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"\/>/.exec(svg);
    assert.ok(revision, 'a dashed arrow leads from the superseded 145 to 177');
    assert.deepEqual(revision.slice(1).map(Number), [first.cx, first.cy, second.cx, second.cy]);
  });

  it('puts undated figures in a "no date" column right of the dated ones, and links every point to its claim', () => {
    const finding = militantsFinding();
    finding.timeline = [];
    finding.locations[2] = location('004.txt:27:75', 27, '197 militants', {
      outlet: 'Al Jazeera',
      label: 'Al Jazeera',
    });
    const points = timelinePoints(finding, place);
    assert.deepEqual(
      points.map((point) => [point.figure, point.value, point.date, point.place]),
      [
        ['at least 145 militants', 145, '2026-01-31', '002.txt:7'],
        ['177 militants', 177, '2026-02-01', '000.txt:4'],
        ['197 militants', 197, null, '004.txt:28'],
      ],
    );
    const svg = timelineSvg(points);
    assert.ok(svg.includes('>no date</text>'));
    const [first, second, third] = circles(svg);
    assert.ok(third!.cx > second!.cx && second!.cx > first!.cx);
    assert.deepEqual(
      [...page(finding).matchAll(/<a href="#" data-claim="([^"]+)">([^<]+)<\/a>/g)].map((match) => [
        match[1],
        match[2],
      ]),
      [
        ['002.txt:6:0', '002.txt:7'],
        ['000.txt:3:40', '000.txt:4'],
        ['004.txt:27:75', '004.txt:28'],
      ],
    );
  });

  it('gives each undated value a column of its own when no figure has a date, and writes figures on one line', () => {
    const undated = (claimId: string, figure: string, value: number): TimelinePoint => ({
      claimId,
      figure,
      value,
      date: null,
      source: null,
      label: null,
      superseded: false,
      place: `${claimId}:1`,
    });
    const svg = timelineSvg([
      undated('a', '17', 17),
      undated('b', '31\nSecurity Personnel', 31),
      undated('c', '15', 15),
    ]);
    const xs = circles(svg).map((circle) => circle.cx);
    assert.ok(xs[1]! - xs[0]! >= 100 && xs[2]! - xs[1]! >= 100, `columns apart: ${xs.join(', ')}`);
    assert.ok(svg.includes('>31 Security Personnel</text>'));
    assert.equal(svg.includes('class="divider"'), false);
  });

  it('draws one mark for the sources that give one figure on one day, with their count and names', () => {
    const finding = militantsFinding();
    finding.timeline.splice(
      2,
      0,
      {
        claimId: '001.txt:1:0',
        file: '001.txt',
        figure: '177 militants',
        date: '2026-02-01',
        source: null,
        outlet: 'Dawn',
        label: 'Dawn',
        superseded: false,
      },
      {
        claimId: '003.txt:5:0',
        file: '003.txt',
        figure: '177',
        date: '2026-02-01',
        source: 'the Pakistani military',
        outlet: null,
        label: '003',
        superseded: false,
      },
    );
    const points = timelinePoints(finding, place);
    assert.deepEqual(
      timelineMarks(points).map((mark) => mark.points.map((point) => point.claimId)),
      [['002.txt:6:0'], ['000.txt:3:40', '001.txt:1:0', '003.txt:5:0'], ['004.txt:27:75']],
    );
    const svg = timelineSvg(points);
    assert.equal(circles(svg).length, 3);
    assert.ok(svg.includes('>177 ×3</text>'));
    assert.ok(svg.includes('>The Hindu · Mohsin Naqvi; Dawn +1 more</text>'));
    assert.equal([...svg.matchAll(/class="revision"/g)].length, 1);
  });

  it('names each source by its label (outlet, byline or file), never the raw file name, in the chart and the table', () => {
    const finding = militantsFinding();
    finding.timeline[2] = {
      ...finding.timeline[2]!,
      file: 'seeds/003_0c6566569c3261f3.txt',
      source: 'state media',
      outlet: null,
      label: '003',
    };
    const html = page(finding);
    assert.ok(html.includes('>003 · state media</text>'));
    assert.ok(html.includes('<td>state media</td><td>003</td>'));
    assert.equal(html.includes('0c6566569c3261f3'), false);
  });

  it('labels a mark with the bare number when its sources word the figure differently', () => {
    const point = (claimId: string, figure: string): TimelinePoint => ({
      claimId,
      figure,
      value: 31,
      date: '2026-02-02',
      source: null,
      label: null,
      superseded: false,
      place: `${claimId}:1`,
    });
    assert.ok(timelineSvg([point('a', 'at least 31'), point('b', '31')]).includes('>31 ×2</text>'));
    assert.ok(timelineSvg([point('a', 'at least 31'), point('b', 'at least 31')]).includes('>at least 31 ×2</text>'));
  });

  it('alternates the label sides of the figures of one day, the first facing the middle of the chart', () => {
    const svg = timelineSvg(timelinePoints(militantsFinding(), place));
    assert.deepEqual(
      [...svg.matchAll(/<text class="figure" x="[\d.]+" y="[\d.]+"( text-anchor="end")?>([^<]+)<\/text>/g)].map(
        (match) => [match[2], Boolean(match[1])],
      ),
      [
        ['at least 145', false],
        ['177', true],
        ['197', false],
      ],
    );
  });

  it('lays out the labels of a crowded chart so that no two overlap, none covers a circle or the axis text, and all stay in view', () => {
    const points = crowdedPoints();
    const svg = timelineSvg(points);
    const boxes = labelBoxes(svg);
    const marks = circles(svg);
    assert.equal(boxes.length, 15);
    assert.equal(marks.length, 15);
    const [, , width, height] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg)!.slice(1).map(Number);
    const layout = timelineLayout(points);
    boxes.forEach((box, i) => {
      assert.ok(
        box.x >= 0 && box.y >= 0 && box.x + box.width <= width! && box.y + box.height <= height!,
        `label ${i} out of view: ${JSON.stringify(box)}`,
      );
      boxes
        .slice(i + 1)
        .forEach((other, j) => assert.equal(boxesOverlap(box, other), false, `labels ${i} and ${i + 1 + j} overlap`));
      for (const circle of marks) {
        const radius = 6;
        assert.equal(
          boxesOverlap(box, { x: circle.cx - radius, y: circle.cy - radius, width: 2 * radius, height: 2 * radius }),
          false,
          `label ${i} covers a circle`,
        );
      }
      for (const text of layout.fixedText) assert.equal(boxesOverlap(box, text), false, `label ${i} covers axis text`);
    });
    // each label's two lines stand in its box; a label moved away from its circle has a leader line
    const texts = [...svg.matchAll(/<text class="(?:figure|who)" x="([\d.]+)" y="([\d.]+)"/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    assert.equal(texts.length, 30);
    texts.forEach(([x, y], i) => {
      const box = boxes[Math.floor(i / 2)]!;
      assert.ok(
        x! >= box.x && x! <= box.x + box.width && y! > box.y && y! <= box.y + box.height,
        `text ${i} outside its box`,
      );
    });
    assert.equal([...svg.matchAll(/class="leader"/g)].length, layout.marks.filter((mark) => mark.leader).length);
    assert.ok(
      layout.marks.some((mark) => mark.leader),
      'a crowded chart moves some labels',
    );
    assert.equal(timelineSvg(points), svg, 'the same figures give the same chart');
  });

  it('keeps the undated figures in their own lane, one column each, apart from the dated ones', () => {
    const points = crowdedPoints();
    const svg = timelineSvg(points);
    const lane = /<rect class="lane" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>/.exec(svg);
    assert.ok(lane, 'the chart draws the no-date lane');
    const [x, , width] = lane.slice(1).map(Number);
    const marks = circles(svg);
    const undated = marks.slice(10);
    for (const mark of marks.slice(0, 10)) assert.ok(mark.cx + 10 < x!, `a dated figure in the lane: ${mark.cx}`);
    for (const mark of undated)
      assert.ok(mark.cx > x! && mark.cx < x! + width!, `an undated figure outside the lane: ${mark.cx}`);
    const columns = undated.map((mark) => mark.cx);
    assert.equal(new Set(columns).size, 5, `undated figures pile up: ${columns.join(', ')}`);
    assert.deepEqual(
      undated.map((mark) => mark.classes),
      ['point', 'point', 'point unplaced', 'point unplaced', 'point'],
    );
    assert.ok(svg.includes('>no date</text>'));
    assert.equal(
      /<rect class="lane"/.test(timelineSvg(timelinePoints(militantsFinding(), place))),
      false,
      'no lane when every figure has a date',
    );
  });

  it('draws a single figure without dividing by zero', () => {
    const point: TimelinePoint = {
      claimId: 'a',
      figure: '31 civilians',
      value: 31,
      date: '2026-02-01',
      source: null,
      label: null,
      superseded: false,
      place: 'a.txt:1',
    };
    const svg = timelineSvg([point]);
    assert.equal(/NaN|Infinity/.test(svg), false);
    assert.ok(svg.includes('>unattributed</text>'));
  });

  it('says so when a finding has no figure to draw', () => {
    const finding = militantsFinding();
    finding.timeline = [];
    finding.locations = [];
    assert.ok(page(finding).includes('<p class="message">This finding has no figures to draw.</p>'));
  });

  it('reads the number of a figure as written', () => {
    assert.equal(figureValue('at least 1,250 people'), 1250);
    assert.equal(figureValue('$2.5 million'), 2_500_000);
    assert.equal(figureValue('3.5bn rupees'), 3_500_000_000);
    assert.equal(figureValue('31-40 civilians'), 31);
    assert.equal(figureValue('Militants Killed: 145'), 145);
    assert.equal(figureValue('dozens of people'), null);
  });

  it('reads ISO dates of a day, a month or a year, and writes them for people', () => {
    assert.equal(isoDay('1970-01-02'), 1);
    assert.equal(isoDay('2026-02'), isoDay('2026-02-01'));
    assert.equal(isoDay('2026'), isoDay('2026-01-01'));
    assert.equal(isoDay('yesterday'), null);
    assert.equal(readableDate('2026-02-01'), '1 Feb 2026');
    assert.equal(readableDate('2026-02'), '2026-02');
  });

  it('chooses round axis ticks', () => {
    assert.deepEqual(niceTicks(100, 220), [100, 150, 200]);
    assert.deepEqual(niceTicks(0, 1), [0, 0.2, 0.4, 0.6, 0.8, 1]);
    assert.deepEqual(niceTicks(5, 5), [5]);
  });
});
