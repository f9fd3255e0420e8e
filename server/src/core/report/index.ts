// The reports: pure functions from analysed documents and findings to JSON, SARIF, Markdown and text.
export { checkReport, compactJsonChunks, extractReport, jsonTextChunks, toJsonText } from './json';
export type { CheckReport, CheckReportOptions, ExtractReport, SkippedFile } from './json';
export { sarifReport, sarifLevel, RULES, SARIF_SCHEMA_URI } from './sarif';
export type { SarifReportOptions } from './sarif';
export { markdownReport, escapeMarkdown } from './markdown';
export type { MarkdownReportOptions } from './markdown';
export { textReport } from './text';
export type { TextReportOptions } from './text';
export { extractTextReport } from './extractText';
export { ReportIndex, bySeverity, summaryLine } from './sources';
export type { SourceRow } from './sources';
