// The SARIF 2.1.0 report, for CI systems and code-scanning dashboards: one result per finding per claim
// location, the finding's other claims as related locations, one rule per kind of finding.
import type * as Sarif from 'sarif';
import type { DocumentAnalysis, Finding, FindingKind, Severity } from '../types';
import type { SkippedFile } from './json';
import { bySeverity, oneLine, ReportIndex, type SourceRow } from './sources';

export interface SarifReportOptions {
  /** The tool's version, e.g. "0.1.0". */
  toolVersion?: string;
  /** Absolute file: URI of the folder the relative paths start from (ending in "/"), as %SRCROOT%. */
  sourceRootUri?: string;
  /** Files the run could not read: reported as tool notifications of the run's invocation. */
  skipped?: readonly SkippedFile[];
}

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

interface RuleText {
  name: string;
  defaultSeverity: Severity;
  short: string;
  help: string;
}

/** One rule per kind of finding, with what it means and what to do about it. */
export const RULES: Record<FindingKind, RuleText> = {
  conflict: {
    name: 'ConflictingFigures',
    defaultSeverity: 'warning',
    short: 'Files give incompatible figures for the same quantity.',
    help: 'Two or more files count the same thing in the same event (same unit and predicate) with figures whose ranges do not overlap, e.g. "177 militants killed" and "197 militants killed". Check which source is right, cite it, or say why the figures differ.',
  },
  revision: {
    name: 'RevisedFigure',
    defaultSeverity: 'information',
    short: 'A later report updates an earlier figure.',
    help: 'A later report, or an explicit "revised to" / "rose to", updates a figure given earlier (e.g. 145 announced on 1 February, 177 on 2 February). The earlier figure is marked superseded: update the text or date the figure ("as of 1 February").',
  },
  internal: {
    name: 'InternalInconsistency',
    defaultSeverity: 'warning',
    short: 'One file gives two figures for one quantity.',
    help: 'The same file states two different figures for the same count (e.g. 197 militants killed, then "neutralized 177"). Make the file consistent, or attribute each figure to its source.',
  },
  attributed: {
    name: 'AttributedClaim',
    defaultSeverity: 'information',
    short: "A party's own figure differs from the official one.",
    help: 'A figure credited to a party to the events (e.g. an armed group claiming 200 security personnel killed) differs from the official figure. Keep both, each with its attribution; do not present the claim as fact.',
  },
  date: {
    name: 'ConflictingDates',
    defaultSeverity: 'warning',
    short: 'The same event is dated differently.',
    help: 'Files give different dates for the same event (e.g. attacks beginning on 29 or on 31 January). Check the date against the primary sources.',
  },
  weekday: {
    name: 'WeekdayMismatch',
    defaultSeverity: 'warning',
    short: 'A weekday does not match its date.',
    help: 'The text names a weekday that does not fall on the date it goes with (e.g. "Sunday, 31 January 2026", a Saturday). Correct the weekday or the date.',
  },
  'name-variant': {
    name: 'NameVariant',
    defaultSeverity: 'hint',
    short: 'One organisation is spelled two ways.',
    help: 'The workspace spells one organisation in two ways (e.g. "Baloch Liberation Army" and "Balochistan Liberation Army"). Pick one spelling, or note the alternative once.',
  },
  unattributed: {
    name: 'UnattributedFigure',
    defaultSeverity: 'hint',
    short: 'A figure has no source in its sentence or paragraph.',
    help: 'No speaker, outlet or "according to" covers this figure in its sentence or paragraph. Say who gives the figure.',
  },
};

const RULE_ORDER = Object.keys(RULES) as FindingKind[];

export function sarifLevel(severity: Severity): Sarif.Result.level {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'note';
}

export function sarifReport(
  docs: readonly DocumentAnalysis[],
  findings: readonly Finding[],
  options: SarifReportOptions = {},
): Sarif.Log {
  const index = new ReportIndex(docs);
  const artifactIndex = new Map(docs.map((doc, i) => [doc.file, i]));
  const physical = (row: SourceRow): Sarif.PhysicalLocation => ({
    artifactLocation: { uri: fileUri(row.file), uriBaseId: SOURCE_ROOT, index: artifactIndex.get(row.file) },
    region: {
      startLine: row.line + 1,
      startColumn: row.character + 1,
      endLine: row.endLine + 1,
      endColumn: row.endCharacter + 1,
      snippet: { text: row.figure },
    },
  });

  const results: Sarif.Result[] = [];
  const occurrences = new Map<string, number>();
  for (const finding of bySeverity(findings)) {
    const rows = index.rows(finding);
    const base: Sarif.Result = {
      ruleId: finding.kind,
      ruleIndex: RULE_ORDER.indexOf(finding.kind),
      level: sarifLevel(finding.severity),
      message: { text: oneLine(finding.message) },
      partialFingerprints: { 'crosscheck/finding/v1': finding.id },
      properties: { severity: finding.severity, subject: finding.subject, findingId: finding.id },
    };
    if (rows.length === 0) {
      results.push(base);
      continue;
    }
    rows.forEach((row, i) => {
      const locationKey = `${finding.id}|${row.file}|${row.figure}`;
      const occurrence = occurrences.get(locationKey) ?? 0;
      occurrences.set(locationKey, occurrence + 1);
      const others = rows.filter((_, j) => j !== i);
      results.push({
        ...base,
        locations: [{ physicalLocation: physical(row) }],
        ...(others.length > 0 && {
          relatedLocations: others.map((other, j) => ({
            id: j + 1,
            physicalLocation: physical(other),
            message: { text: describe(other) },
          })),
        }),
        partialFingerprints: { ...base.partialFingerprints, 'crosscheck/location/v1': `${locationKey}|${occurrence}` },
        properties: { ...base.properties, figure: row.figure, superseded: row.superseded },
      });
    });
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'Crosscheck',
        ...(options.toolVersion && { version: options.toolVersion, semanticVersion: options.toolVersion }),
        rules: RULE_ORDER.map((kind) => ruleDescriptor(kind)),
      },
    },
    ...(options.sourceRootUri && { originalUriBaseIds: { [SOURCE_ROOT]: { uri: options.sourceRootUri } } }),
    artifacts: docs.map((doc) => ({ location: { uri: fileUri(doc.file), uriBaseId: SOURCE_ROOT } })),
    columnKind: 'utf16CodeUnits',
    ...(options.skipped && {
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: options.skipped.map((skipped) => ({
            level: 'warning' as const,
            message: { text: `Skipped ${skipped.file}: ${skipped.reason}` },
            locations: [
              { physicalLocation: { artifactLocation: { uri: fileUri(skipped.file), uriBaseId: SOURCE_ROOT } } },
            ],
          })),
        },
      ],
    }),
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function ruleDescriptor(kind: FindingKind): Sarif.ReportingDescriptor {
  const rule = RULES[kind];
  return {
    id: kind,
    name: rule.name,
    shortDescription: { text: rule.short },
    fullDescription: { text: rule.help },
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity), enabled: kind !== 'unattributed' },
    properties: { tags: ['prose', 'fact-checking'] },
  };
}

/** "177 militants (Interior Minister Mohsin Naqvi, The Hindu, 2026-02-02)". */
function describe(row: SourceRow): string {
  const details = [row.speaker, row.outlet, row.date, row.superseded ? 'superseded' : null].filter(Boolean);
  return details.length > 0 ? `${row.figure} (${details.join(', ')})` : row.figure;
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
export function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
