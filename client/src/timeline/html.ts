// The figure timeline page: an inline SVG chart of each source's figure on a time axis, and a table.
// Pure: no VS Code import, so that it can be unit-tested; every document text goes through escapeHtml.
import type { FindingView } from '../../../server/src/protocol';

/** One point of the chart: a source's figure, when it was given, by whom. */
export interface TimelinePoint {
  claimId: string;
  figure: string;
  value: number | null;
  date: string | null;
  source: string | null;
  outlet: string | null;
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
      outlet: entry.outlet,
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
    outlet: location.outlet,
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-02-01" → "1 Feb 2026"; other strings unchanged. */
export function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
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
    ...new Set(points.map((point) => [point.outlet, point.source].filter((part): part is string => Boolean(part)).map(oneLine).join(' · ') || 'unattributed')),
  ];
  return names.length <= 2 ? names.join('; ') : `${names.slice(0, 2).join('; ')} +${names.length - 2} more`;
}

/** The mark's label: its figure as written (the bare number when sources word it differently), ×N for N sources. */
function figureOf(mark: Mark): string {
  const wordings = new Set(mark.points.map((point) => oneLine(point.figure)));
  const figure = wordings.size === 1 || mark.value === null ? oneLine(mark.points[0]!.figure) : formatNumber(mark.value);
  return mark.points.length > 1 ? `${figure} ×${mark.points.length}` : figure;
}

/**
 * The chart: x is the date, y the figure's value. Figures without a date stand at the right ("no date"),
 * each value in a column of its own. One mark per value and day, labelled with its figure (×N when N
 * sources give it) and, below, its outlets and speakers; a dashed arrow leads from a superseded figure
 * to the one that replaced it.
 */
export function timelineSvg(points: TimelinePoint[]): string {
  const marks = timelineMarks(points);
  const datedDays = [...new Set(marks.map((mark) => mark.day).filter((day): day is number => day !== null))].sort((a, b) => a - b);
  const undated = marks.filter((mark) => mark.day === null);
  const plotRight = WIDTH - RIGHT;
  const plotWidth = plotRight - LEFT;
  const undatedWidth = undated.length === 0 ? 0 : datedDays.length === 0 ? plotWidth : Math.min(plotWidth * 0.4, UNDATED_SLOT * undated.length);
  const datedRight = plotRight - undatedWidth;
  const firstDay = datedDays[0] ?? 0;
  const lastDay = datedDays[datedDays.length - 1] ?? 0;
  const dayX = (day: number): number =>
    lastDay === firstDay ? (LEFT + datedRight) / 2 : LEFT + 24 + ((day - firstDay) / (lastDay - firstDay)) * (datedRight - LEFT - 48);
  const undatedX = (mark: Mark): number => datedRight + (undated.indexOf(mark) + 0.5) * (undatedWidth / undated.length);

  const values = marks.map((mark) => mark.value).filter((value): value is number => value !== null);
  const minValue = values.length ? Math.min(...values) : 0;
  const maxValue = values.length ? Math.max(...values) : 1;
  const padding = maxValue === minValue ? Math.max(1, Math.abs(maxValue) * 0.1) : (maxValue - minValue) * 0.15;
  const ticks = niceTicks(Math.max(0, minValue - padding), maxValue + padding);
  const low = Math.min(ticks[0]!, minValue);
  const high = Math.max(ticks[ticks.length - 1]!, maxValue);
  const valueY = (value: number): number =>
    high === low ? (TOP + HEIGHT - BOTTOM) / 2 : HEIGHT - BOTTOM - ((value - low) / (high - low)) * (HEIGHT - BOTTOM - TOP);

  // Marks of one day are spread apart so that none hides another; labels alternate sides so that the
  // labels of neighbours do not run into each other, the first one facing the middle of the chart.
  const sameDay = new Map<number, Mark[]>();
  for (const mark of marks) if (mark.day !== null) sameDay.set(mark.day, [...(sameDay.get(mark.day) ?? []), mark]);
  const positions = new Map<Mark, { x: number; y: number; labelLeft: boolean }>();
  for (const mark of marks) {
    const y = mark.value === null ? HEIGHT - BOTTOM : valueY(mark.value);
    if (mark.day === null) {
      positions.set(mark, { x: undatedX(mark), y, labelLeft: false });
      continue;
    }
    const group = sameDay.get(mark.day)!;
    const rank = group.indexOf(mark);
    const x = dayX(mark.day) + (rank - (group.length - 1) / 2) * 18;
    const rightHalf = x > (LEFT + plotRight) / 2;
    positions.set(mark, { x, y, labelLeft: rightHalf ? rank % 2 === 0 : rank % 2 === 1 });
  }
  const markOf = new Map(marks.flatMap((mark) => mark.points.map((point) => [point, mark] as const)));

  const parts: string[] = [];
  parts.push(`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Figures by date">`);
  for (const tick of ticks) {
    const y = valueY(tick).toFixed(1);
    parts.push(`<line class="grid" x1="${LEFT}" y1="${y}" x2="${plotRight}" y2="${y}"/>`);
    parts.push(`<text class="tick" x="${LEFT - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${formatNumber(tick)}</text>`);
  }
  parts.push(`<line class="axis" x1="${LEFT}" y1="${HEIGHT - BOTTOM}" x2="${plotRight}" y2="${HEIGHT - BOTTOM}"/>`);
  for (const day of datedDays) {
    const date = marks.find((mark) => mark.day === day)!.points[0]!.date!;
    parts.push(
      `<text class="tick" x="${dayX(day).toFixed(1)}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">${escapeHtml(readableDate(date))}</text>`,
    );
  }
  if (undated.length > 0) {
    if (datedDays.length > 0) {
      parts.push(`<line class="divider" x1="${datedRight.toFixed(1)}" y1="${TOP}" x2="${datedRight.toFixed(1)}" y2="${HEIGHT - BOTTOM}"/>`);
    }
    parts.push(
      `<text class="tick" x="${(datedRight + undatedWidth / 2).toFixed(1)}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">no date</text>`,
    );
  }
  // A superseded figure points at the next figure in time order that is not superseded itself.
  const arrows = new Set<string>();
  points.forEach((point, index) => {
    if (!point.superseded) return;
    const from = markOf.get(point)!;
    const replacement = points.slice(index + 1).find((later) => !later.superseded && markOf.get(later) !== from);
    if (!replacement) return;
    const to = markOf.get(replacement)!;
    const a = positions.get(from)!;
    const b = positions.get(to)!;
    const line = `<line class="revision" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}"/>`;
    if (!arrows.has(line)) parts.push(line);
    arrows.add(line);
  });
  for (const mark of marks) {
    const { x, y, labelLeft } = positions.get(mark)!;
    const figure = figureOf(mark);
    const who = whoOf(mark.points);
    const superseded = mark.points.every((point) => point.superseded);
    const classes = ['point', superseded ? 'superseded' : '', mark.value === null ? 'unplaced' : ''].filter(Boolean).join(' ');
    const radius = Math.min(10, 6 + 2 * Math.log2(mark.points.length));
    const labelX = (labelLeft ? x - radius - 4 : x + radius + 4).toFixed(1);
    const anchor = labelLeft ? ' text-anchor="end"' : '';
    const places = mark.points.map((point) => point.place).join(', ');
    parts.push(
      `<g class="entry" data-claim="${escapeHtml(mark.points[0]!.claimId)}" tabindex="0" role="link" aria-label="${escapeHtml(`${figure}, ${who}, ${places}`)}">`,
      `<title>${escapeHtml(`${figure} (${who}) ${places}`)}</title>`,
      `<circle class="${classes}" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${Number(radius.toFixed(1))}"/>`,
      `<text class="figure" x="${labelX}" y="${(y - 4).toFixed(1)}"${anchor}>${escapeHtml(figure)}</text>`,
      `<text class="who" x="${labelX}" y="${(y + 12).toFixed(1)}"${anchor}>${escapeHtml(who)}</text>`,
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
      point.outlet ? oneLine(point.outlet) : '—',
    ].map((cell) => `<td>${escapeHtml(cell)}</td>`);
    const link = `<td><a href="#" data-claim="${escapeHtml(point.claimId)}">${escapeHtml(point.place)}</a></td>`;
    return `<tr>${cells.join('')}${link}</tr>`;
  });
  return [
    '<table>',
    '<thead><tr><th>Date</th><th>Figure</th><th>Said by</th><th>Outlet</th><th>Where</th></tr></thead>',
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
