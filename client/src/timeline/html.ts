// The figure timeline page: an inline SVG chart of each source's figure on a time axis, and a table.
// Pure: no VS Code import, so that it can be unit-tested; every document text goes through escapeHtml.
import type { FindingView } from '../../../server/src/protocol';
import { monthName } from '../../../server/src/core/text/calendar';

/** One point of the chart: a source's figure, when it was given, by whom. */
export interface TimelinePoint {
  claimId: string;
  figure: string;
  value: number | null;
  date: string | null;
  source: string | null;
  /** How a person names the source (its outlet, else its byline, else a short form of its file name). */
  label: string | null;
  superseded: boolean;
  /** Where the claim stands, as a person reads it, e.g. "002_f236.txt:14". */
  place: string;
}

export interface TimelinePageInput {
  finding: FindingView;
  /** A fresh random nonce for this page's style and script elements. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  /** How to name a claim's file and line, e.g. "002_f236.txt:14". */
  place(claimId: string): string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML and SVG element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/**
 * The number a figure states, for placing it on the value axis: "at least 1,250 people" → 1250,
 * "$2.5 million" → 2500000, "31-40" → 31 (the first number). Null when the figure has no numeral.
 */
export function figureValue(figure: string): number | null {
  const match = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion|bn|mn|m|k)\b)?/i.exec(figure);
  if (!match) return null;
  const number = Number(match[1]!.replace(/,/g, '') + (match[2] ?? ''));
  const multiplier = match[3] ? MULTIPLIERS[match[3].toLowerCase()]! : 1;
  return number * multiplier;
}

/** The points of a finding: its timeline when the engine gave one, else one point per location. */
export function timelinePoints(finding: FindingView, place: (claimId: string) => string): TimelinePoint[] {
  if (finding.timeline.length > 0) {
    return finding.timeline.map((entry) => ({
      claimId: entry.claimId,
      figure: entry.figure,
      value: figureValue(entry.figure),
      date: entry.date,
      source: entry.source,
      label: entry.label,
      superseded: entry.superseded,
      place: place(entry.claimId),
    }));
  }
  return finding.locations.map((location) => ({
    claimId: location.claimId,
    figure: location.text,
    value: figureValue(location.text),
    date: location.date,
    source: location.source,
    label: location.label,
    superseded: false,
    place: place(location.claimId),
  }));
}

/** Days since 1970 of an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the start of the period); null if not one. */
export function isoDay(date: string | null): number | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1));
  return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}

/** "2026-02-01" → "1 Feb 2026"; other strings unchanged. */
export function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${Number(match[3])} ${monthName(Number(match[2]), true) ?? match[2]} ${match[1]}`;
}

/** Tick values for an axis from low to high: about `count` round steps (1, 2 or 5 × 10^n). */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!(high > low)) return [low];
  const rough = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const WIDTH = 760;
const HEIGHT = 300;
const LEFT = 72;
/** Room right of the last column for its labels. */
const RIGHT = 150;
const TOP = 24;
const BOTTOM = 48;
/** Width of the column of each undated figure. */
const UNDATED_SLOT = 130;

/** Plain one-line text: line breaks and runs of spaces in a figure or name become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Figures of one value on one day (or both undated): drawn as one mark, however many sources give them. */
export interface Mark {
  points: TimelinePoint[];
  day: number | null;
  value: number | null;
}

/** The points grouped into marks, in the order of their first point. */
export function timelineMarks(points: TimelinePoint[]): Mark[] {
  const marks = new Map<string, Mark>();
  for (const point of points) {
    const day = isoDay(point.date);
    const key = `${day ?? 'undated'}|${point.value ?? oneLine(point.figure)}`;
    const mark = marks.get(key);
    if (mark) mark.points.push(point);
    else marks.set(key, { points: [point], day, value: point.value });
  }
  return [...marks.values()];
}

/** "The Hindu · ISPR"; for several sources the first two and how many more. */
function whoOf(points: TimelinePoint[]): string {
  const names = [
    ...new Set(
      points.map(
        (point) =>
          [point.label, point.source]
            .filter((part): part is string => Boolean(part))
            .map(oneLine)
            .join(' · ') || 'unattributed',
      ),
    ),
  ];
  return names.length <= 2 ? names.join('; ') : `${names.slice(0, 2).join('; ')} +${names.length - 2} more`;
}

/** The mark's label: its figure as written (the bare number when sources word it differently), ×N for N sources. */
function figureOf(mark: Mark): string {
  const wordings = new Set(mark.points.map((point) => oneLine(point.figure)));
  const figure =
    wordings.size === 1 || mark.value === null ? oneLine(mark.points[0]!.figure) : formatNumber(mark.value);
  return mark.points.length > 1 ? `${figure} ×${mark.points.length}` : figure;
}

/** A rectangle of the chart, in SVG units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A mark as drawn: its circle, and its two-line label (figure, then outlets and speakers) in its box. */
export interface PlacedMark {
  mark: Mark;
  x: number;
  y: number;
  radius: number;
  figure: string;
  who: string;
  /** Where the label stands; it never overlaps another label, a circle or the axis labels, and stays in the chart. */
  label: Box;
  /** True when the label stands left of its circle (its text then ends at the circle). */
  labelLeft: boolean;
  /** True when the label had to move away from its circle: a thin line then leads from one to the other. */
  leader: boolean;
}

export interface TimelineLayout {
  width: number;
  /** At least HEIGHT; more when labels had to go below the chart. */
  height: number;
  marks: PlacedMark[];
  /** The "no date" lane at the right, where figures without a date stand; null when every figure has one. */
  undatedLane: Box | null;
  /** The chart's own text (axis ticks, dates, "no date"), which labels keep clear of. */
  fixedText: Box[];
}

/** How far apart the marks of one day stand. */
const SAME_DAY_STEP = 18;
/** Height of a label box: the figure's line (13px) and the speakers' line (11px). */
const LABEL_HEIGHT = 32;
/** Gap between a circle and its label, and between two labels. */
const LABEL_GAP = 4;
/** Labels are cut (with an ellipsis) beyond these lengths; the title and the table keep the whole text. */
const FIGURE_LABEL_LIMIT = 28;
const WHO_LABEL_LIMIT = 40;
/** How many rows above and below its circle a label may move before it goes below the chart. */
const LABEL_ROW_TRIES = 6;

/** A generous estimate of the width of a label's text (no DOM to measure in): bold 13px figure, 11px names. */
function labelWidth(figure: string, who: string): number {
  return Math.ceil(Math.max(figure.length * 13 * 0.6, who.length * 11 * 0.56)) + 2 * LABEL_GAP;
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Where everything of the chart stands: x is the date, y the figure's value. Figures without a date stand in
 * their own lane at the right ("no date"), each value in a column of its own. One mark per value and day.
 * Labels are placed one after the other, in the marks' order, at the first free spot among: beside the circle
 * on its preferred side (alternating within a day, the first facing the middle of the chart), on the other side,
 * then one label row lower or higher, two rows, ... and, when no spot is free, in a row below the chart.
 */
export function timelineLayout(points: TimelinePoint[]): TimelineLayout {
  const marks = timelineMarks(points);
  const datedDays = [...new Set(marks.map((mark) => mark.day).filter((day): day is number => day !== null))].sort(
    (a, b) => a - b,
  );
  const undated = marks.filter((mark) => mark.day === null);
  const plotRight = WIDTH - RIGHT;
  const plotWidth = plotRight - LEFT;
  const undatedWidth =
    undated.length === 0
      ? 0
      : datedDays.length === 0
        ? plotWidth
        : Math.min(plotWidth * 0.4, UNDATED_SLOT * undated.length);
  const datedRight = plotRight - undatedWidth;
  const sameDay = new Map<number, Mark[]>();
  for (const mark of marks) if (mark.day !== null) sameDay.set(mark.day, [...(sameDay.get(mark.day) ?? []), mark]);
  // The first and last days stand far enough in that the marks spread around them stay out of the axis and the lane.
  const widestDay = Math.max(1, ...[...sameDay.values()].map((group) => group.length));
  const margin = Math.min((datedRight - LEFT) / 2, Math.max(24, ((widestDay - 1) / 2) * SAME_DAY_STEP + 12));
  const firstDay = datedDays[0] ?? 0;
  const lastDay = datedDays[datedDays.length - 1] ?? 0;
  const dayX = (day: number): number =>
    lastDay === firstDay
      ? (LEFT + datedRight) / 2
      : LEFT + margin + ((day - firstDay) / (lastDay - firstDay)) * (datedRight - LEFT - 2 * margin);
  const undatedX = (mark: Mark): number => datedRight + (undated.indexOf(mark) + 0.5) * (undatedWidth / undated.length);
  const valueY = valueScale(marks).y;

  const circles = marks.map((mark) => {
    const y = mark.value === null ? HEIGHT - BOTTOM : valueY(mark.value);
    const radius = Number(Math.min(10, 6 + 2 * Math.log2(mark.points.length)).toFixed(1));
    if (mark.day === null) return { mark, x: undatedX(mark), y, radius, prefersLeft: false };
    // Marks of one day are spread apart so that none hides another.
    const group = sameDay.get(mark.day)!;
    const rank = group.indexOf(mark);
    const x = dayX(mark.day) + (rank - (group.length - 1) / 2) * SAME_DAY_STEP;
    const rightHalf = x > (LEFT + plotRight) / 2;
    return { mark, x, y, radius, prefersLeft: rightHalf ? rank % 2 === 0 : rank % 2 === 1 };
  });

  const fixedText: Box[] = [
    { x: 0, y: 0, width: LEFT - LABEL_GAP, height: HEIGHT }, // the value ticks
    ...datedDays.map((day) => ({ x: dayX(day) - 40, y: HEIGHT - BOTTOM + 8, width: 80, height: 16 })),
  ];
  if (undated.length > 0)
    fixedText.push({ x: datedRight + undatedWidth / 2 - 30, y: HEIGHT - BOTTOM + 8, width: 60, height: 16 });

  const taken: Box[] = [
    ...fixedText,
    ...circles.map(({ x, y, radius }) => ({ x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius })),
  ];
  const free = (box: Box): boolean =>
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= WIDTH &&
    box.y + box.height <= HEIGHT &&
    !taken.some((other) => boxesOverlap(box, other));
  let height = HEIGHT;
  const placed = circles.map(({ mark, x, y, radius, prefersLeft }): PlacedMark => {
    const figure = cut(figureOf(mark), FIGURE_LABEL_LIMIT);
    const who = cut(whoOf(mark.points), WHO_LABEL_LIMIT);
    const width = labelWidth(figure, who);
    const beside = (left: boolean, row: number): Box => ({
      x: left ? x - radius - LABEL_GAP - width : x + radius + LABEL_GAP,
      y: y - 17 + row * (LABEL_HEIGHT + LABEL_GAP),
      width,
      height: LABEL_HEIGHT,
    });
    for (let tries = 0; tries <= 2 * LABEL_ROW_TRIES; tries++) {
      const row = tries === 0 ? 0 : tries % 2 === 1 ? (tries + 1) / 2 : -tries / 2;
      for (const left of [prefersLeft, !prefersLeft]) {
        const box = beside(left, row);
        if (free(box)) {
          taken.push(box);
          return { mark, x, y, radius, figure, who, label: box, labelLeft: left, leader: row !== 0 };
        }
      }
    }
    // No room in the chart: a row of its own below it, as near its circle as it fits.
    const below = Math.max(height, ...taken.map((box) => box.y + box.height)) + LABEL_GAP;
    const box = { x: Math.min(Math.max(LEFT, x - width / 2), WIDTH - width), y: below, width, height: LABEL_HEIGHT };
    taken.push(box);
    height = Math.max(height, below + LABEL_HEIGHT + LABEL_GAP);
    return { mark, x, y, radius, figure, who, label: box, labelLeft: false, leader: true };
  });
  const undatedLane =
    undated.length > 0 ? { x: datedRight, y: TOP, width: undatedWidth, height: HEIGHT - BOTTOM - TOP } : null;
  return { width: WIDTH, height, marks: placed, undatedLane, fixedText };
}

/** The value axis: round ticks around the figures, and the y of a value. */
function valueScale(marks: Mark[]): { ticks: number[]; y: (value: number) => number } {
  const values = marks.map((mark) => mark.value).filter((value): value is number => value !== null);
  const minValue = values.length ? Math.min(...values) : 0;
  const maxValue = values.length ? Math.max(...values) : 1;
  const padding = maxValue === minValue ? Math.max(1, Math.abs(maxValue) * 0.1) : (maxValue - minValue) * 0.15;
  const ticks = niceTicks(Math.max(0, minValue - padding), maxValue + padding);
  const low = Math.min(ticks[0]!, minValue);
  const high = Math.max(ticks[ticks.length - 1]!, maxValue);
  const y = (value: number): number =>
    high === low
      ? (TOP + HEIGHT - BOTTOM) / 2
      : HEIGHT - BOTTOM - ((value - low) / (high - low)) * (HEIGHT - BOTTOM - TOP);
  return { ticks, y };
}

/** Where a leader line from a circle meets its label box: the nearest point of the box. */
function nearestPoint(box: Box, x: number, y: number): { x: number; y: number } {
  return { x: Math.min(Math.max(x, box.x), box.x + box.width), y: Math.min(Math.max(y, box.y), box.y + box.height) };
}

/**
 * The chart, as timelineLayout places it: a dashed arrow leads from a superseded figure to the one that
 * replaced it; each label stands on a box of the editor's background.
 */
export function timelineSvg(points: TimelinePoint[]): string {
  const layout = timelineLayout(points);
  const marks = layout.marks.map((placed) => placed.mark);
  const { ticks, y: valueY } = valueScale(marks);
  const plotRight = WIDTH - RIGHT;
  const placedOf = new Map(layout.marks.map((placed) => [placed.mark, placed] as const));
  const markOf = new Map(marks.flatMap((mark) => mark.points.map((point) => [point, mark] as const)));

  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="Figures by date">`,
  );
  const lane = layout.undatedLane;
  if (lane) {
    parts.push(
      `<rect class="lane" x="${lane.x.toFixed(1)}" y="${lane.y}" width="${lane.width.toFixed(1)}" height="${lane.height}"/>`,
    );
  }
  for (const tick of ticks) {
    const y = valueY(tick).toFixed(1);
    parts.push(`<line class="grid" x1="${LEFT}" y1="${y}" x2="${plotRight}" y2="${y}"/>`);
    parts.push(
      `<text class="tick" x="${LEFT - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${formatNumber(tick)}</text>`,
    );
  }
  parts.push(`<line class="axis" x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${plotRight}" y2="${HEIGHT - BOTTOM}"/>`);
  const days = new Map<number, PlacedMark[]>();
  for (const placed of layout.marks)
    if (placed.mark.day !== null) days.set(placed.mark.day, [...(days.get(placed.mark.day) ?? []), placed]);
  for (const [, group] of [...days].sort((a, b) => a[0] - b[0])) {
    const x = group.reduce((sum, placed) => sum + placed.x, 0) / group.length;
    parts.push(
      `<text class="tick" x="${x.toFixed(1)}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">${escapeHtml(readableDate(group[0]!.mark.points[0]!.date!))}</text>`,
    );
  }
  if (lane) {
    if (lane.x > LEFT) {
      parts.push(
        `<line class="divider" x1="${lane.x.toFixed(1)}" y1="${TOP}" x2="${lane.x.toFixed(1)}" y2="${HEIGHT - BOTTOM}"/>`,
      );
    }
    parts.push(
      `<text class="tick" x="${(lane.x + lane.width / 2).toFixed(1)}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">no date</text>`,
    );
  }
  // A superseded figure points at the next figure in time order that is not superseded itself.
  const arrows = new Set<string>();
  points.forEach((point, index) => {
    if (!point.superseded) return;
    const from = markOf.get(point)!;
    const replacement = points.slice(index + 1).find((later) => !later.superseded && markOf.get(later) !== from);
    if (!replacement) return;
    const a = placedOf.get(from)!;
    const b = placedOf.get(markOf.get(replacement)!)!;
    const line = `<line class="revision" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}"/>`;
    if (!arrows.has(line)) parts.push(line);
    arrows.add(line);
  });
  for (const placed of layout.marks) {
    const { mark, x, y, radius, figure, who, label, labelLeft } = placed;
    const superseded = mark.points.every((point) => point.superseded);
    const classes = ['point', superseded ? 'superseded' : '', mark.value === null ? 'unplaced' : '']
      .filter(Boolean)
      .join(' ');
    const textX = (labelLeft ? label.x + label.width - LABEL_GAP : label.x + LABEL_GAP).toFixed(1);
    const anchor = labelLeft ? ' text-anchor="end"' : '';
    const places = mark.points.map((point) => point.place).join(', ');
    const fullFigure = figureOf(mark);
    const fullWho = whoOf(mark.points);
    parts.push(
      `<g class="entry" data-claim="${escapeHtml(mark.points[0]!.claimId)}" tabindex="0" role="link" aria-label="${escapeHtml(`${fullFigure}, ${fullWho}, ${places}`)}">`,
      `<title>${escapeHtml(`${fullFigure} (${fullWho}) ${places}`)}</title>`,
    );
    if (placed.leader) {
      const end = nearestPoint(label, x, y);
      parts.push(
        `<line class="leader" x1="${x.toFixed(1)}" y1="${y.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}"/>`,
      );
    }
    parts.push(
      `<circle class="${classes}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius}"/>`,
      `<rect class="label-box" x="${label.x.toFixed(1)}" y="${label.y.toFixed(1)}" width="${label.width}" height="${label.height}" rx="3"/>`,
      `<text class="figure" x="${textX}" y="${(label.y + 13).toFixed(1)}"${anchor}>${escapeHtml(figure)}</text>`,
      `<text class="who" x="${textX}" y="${(label.y + 28).toFixed(1)}"${anchor}>${escapeHtml(who)}</text>`,
      `</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** The rows of the table under the chart, one per point, in time order. */
function timelineTable(points: TimelinePoint[]): string {
  const rows = points.map((point) => {
    const cells = [
      point.date ? readableDate(point.date) : '—',
      oneLine(point.figure) + (point.superseded ? ' (revised later)' : ''),
      point.source ? oneLine(point.source) : 'unattributed',
      point.label ? oneLine(point.label) : '—',
    ].map((cell) => `<td>${escapeHtml(cell)}</td>`);
    const link = `<td><a href="#" data-claim="${escapeHtml(point.claimId)}">${escapeHtml(point.place)}</a></td>`;
    return `<tr>${cells.join('')}${link}</tr>`;
  });
  return [
    '<table>',
    '<thead><tr><th>Date</th><th>Figure</th><th>Said by</th><th>Source</th><th>Where</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
h1 { font-size: 1.3em; font-weight: 600; margin: 16px 0 4px; }
.kind { display: inline-block; padding: 0 6px; border-radius: 3px; margin-right: 6px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); font-size: 0.85em; text-transform: uppercase; }
.message { color: var(--vscode-descriptionForeground); margin: 4px 0 12px; }
.chart-box { overflow-x: auto; }
.chart { width: 100%; min-width: 560px; max-width: 900px; height: auto; overflow: visible; }
.chart text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); }
.chart .tick { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.chart .figure, .chart .who { paint-order: stroke; stroke: var(--vscode-editor-background); stroke-width: 3px; stroke-linejoin: round; }
.chart .figure { font-size: 13px; font-weight: 600; }
.chart .who { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.chart .grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border)); stroke-opacity: 0.5; }
.chart .axis { stroke: var(--vscode-foreground); stroke-opacity: 0.6; }
.chart .divider { stroke: var(--vscode-panel-border); stroke-dasharray: 2 4; }
.chart .lane { fill: var(--vscode-editorWidget-background, var(--vscode-editor-background)); fill-opacity: 0.6; }
.chart .label-box { fill: var(--vscode-editor-background); fill-opacity: 0.85; }
.chart .leader { stroke: var(--vscode-descriptionForeground); stroke-opacity: 0.6; }
.chart .revision { stroke: var(--vscode-charts-orange); stroke-width: 1.5; stroke-dasharray: 5 4; }
.chart .point { fill: var(--vscode-charts-blue); stroke: var(--vscode-editor-background); stroke-width: 2; }
.chart .point.superseded { fill: var(--vscode-editor-background); stroke: var(--vscode-charts-orange); }
.chart .point.unplaced { fill: var(--vscode-disabledForeground); }
.chart .entry { cursor: pointer; }
.chart .entry:focus { outline: none; }
.chart .entry:focus circle, .chart .entry:hover circle { stroke: var(--vscode-focusBorder); stroke-width: 3; }
table { border-collapse: collapse; margin-top: 16px; max-width: 100%; }
td a { word-break: break-all; }
th, td { text-align: left; padding: 4px 12px 4px 0; border-bottom: 1px solid var(--vscode-panel-border); }
th { font-weight: 600; }
a { color: var(--vscode-textLink-foreground); }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
vscode.setState({ findingId: document.body.getAttribute('data-finding') });
for (const element of document.querySelectorAll('[data-claim]')) {
  const open = (event) => { event.preventDefault(); vscode.postMessage({ type: 'open', claimId: element.getAttribute('data-claim') }); };
  element.addEventListener('click', open);
  element.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') open(event); });
}
`;

/** The whole webview page for one finding, under a strict Content Security Policy. */
export function timelineHtml(input: TimelinePageInput): string {
  const { finding, nonce, cspSource } = input;
  const points = timelinePoints(finding, input.place);
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const body =
    points.length > 0
      ? `<div class="chart-box">${timelineSvg(points)}</div>\n${timelineTable(points)}`
      : '<p class="message">This finding has no figures to draw.</p>';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(`Timeline: ${finding.subject}`)}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    `<body data-finding="${escapeHtml(finding.id)}">`,
    `<h1><span class="kind">${escapeHtml(finding.kind)}</span>${escapeHtml(finding.subject)}</h1>`,
    `<p class="message">${escapeHtml(finding.message)}</p>`,
    body,
    `<script nonce="${nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
