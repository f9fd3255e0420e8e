// The CLI's side of the shared archive: `crosscheck index --store URL PATH...` fills it, `crosscheck check --store
// URL PATH...` compares the local files with the archived articles that count the same things.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocuments } from '../core';
import type { DocumentAnalysis, DocumentMeta, EngineConfig, Finding } from '../core';
import type { CheckReport } from '../core/report';
import { printable } from '../core/report/sources';
import { ingest, type IngestStats } from '../archive/ingest';
import { fetchComparable } from '../archive/query';
import { connect, migrate, requireCurrentSchema, requireWriter } from '../archive/store';
import type { SkippedPath } from '../workspace/files';

export interface ArchiveCheckOptions {
  cwd: string;
  /** Standard input's document, which stands for the file of its name. */
  stdin: { path: string; doc: DocumentAnalysis } | null;
  verbose: boolean;
  stderr: (text: string) => void;
}

export interface ArchiveCheck {
  /** The local documents, then the archived ones a reported finding cites. */
  docs: DocumentAnalysis[];
  /** The findings that involve a local file (archived documents among themselves are not this run's business). */
  findings: Finding[];
  /** The local files whose figures matched no story (see WorkspaceIndex.unmatchedFiles). */
  unmatched: string[];
  /** The files of the archived documents in `docs`. */
  archived: Set<string>;
}

function fileHash(file: string): string | null {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

export async function checkWithArchive(
  store: string,
  local: DocumentAnalysis[],
  config: EngineConfig,
  options: ArchiveCheckOptions,
): Promise<ArchiveCheck> {
  const connection = await connect(store, { applicationName: 'crosscheck check' });
  try {
    await requireCurrentSchema(connection);
    const paths = local.map((doc) =>
      doc === options.stdin?.doc ? options.stdin.path : path.resolve(options.cwd, doc.file),
    );
    const hashes = paths.flatMap((file, i) =>
      local[i] === options.stdin?.doc ? [] : [fileHash(file)].filter((hash): hash is string => hash !== null),
    );
    const archivedDocs = await fetchComparable(connection, local, { paths, hashes });
    if (options.verbose)
      options.stderr(
        `crosscheck: ${archivedDocs.length} archived document(s) comparable with these files in ${printable(connection.shown)}\n`,
      );
    const localIds = new Set<string>();
    for (const doc of local) {
      for (const item of [...doc.claims, ...doc.eventDates, ...doc.names]) localIds.add(item.id);
    }
    const checked = checkDocuments([...local, ...archivedDocs], config);
    const findings = checked.findings.filter((finding) => finding.claims.some((id) => localIds.has(id)));
    const localFiles = new Set(local.map((doc) => doc.file));
    const cited = new Set(findings.flatMap((finding) => finding.timeline.map((entry) => entry.file)));
    const archivedIds = new Map<string, string>();
    for (const doc of archivedDocs)
      for (const item of [...doc.claims, ...doc.eventDates, ...doc.names]) archivedIds.set(item.id, doc.file);
    for (const finding of findings)
      for (const id of finding.claims) if (archivedIds.has(id)) cited.add(archivedIds.get(id)!);
    const shown = archivedDocs.filter((doc) => cited.has(doc.file));
    return {
      docs: [...local, ...shown],
      findings,
      unmatched: checked.unmatched.filter((file) => localFiles.has(file)),
      archived: new Set(shown.map((doc) => doc.file)),
    };
  } finally {
    await connection.close();
  }
}

/** The JSON report with `archive: true` on the documents that come from the archive (its claims carry it already). */
export function markArchived(report: CheckReport, archived: Set<string>): CheckReport {
  if (archived.size === 0) return report;
  return {
    ...report,
    documents: report.documents.map((doc) => (archived.has(doc.file) ? { ...doc, archive: true } : doc)),
  };
}

export interface IndexRunOptions {
  roots: string[];
  prune: boolean;
  batchSize?: number;
  /** Progress on a terminal (stderr), one line rewritten in place. */
  progress: boolean;
  stderr: (text: string) => void;
  onSkip: (entry: SkippedPath) => void;
  log: (message: string) => void;
  declaredMetaOf: (file: string) => Partial<DocumentMeta> | null;
}

export async function indexIntoArchive(
  store: string,
  files: string[],
  options: IndexRunOptions,
): Promise<{ stats: IngestStats; shown: string }> {
  const connection = await connect(store, { applicationName: 'crosscheck index' });
  try {
    await migrate(connection);
    await requireWriter(connection);
    let lastShown = 0;
    const stats = await ingest(
      connection,
      files.map((file) => ({ path: file })),
      {
        batchSize: options.batchSize,
        prune: options.prune,
        roots: options.roots,
        onSkip: options.onSkip,
        log: options.log,
        declaredMetaOf: options.declaredMetaOf,
        onProgress: options.progress
          ? (done, total) => {
              const now = performance.now();
              if (done < total && now - lastShown < 100) return;
              lastShown = now;
              options.stderr(`\r\x1b[Kcrosscheck: analysed ${done}/${total} changed file(s)`);
              if (done === total) options.stderr('\n');
            }
          : undefined,
      },
    );
    return { stats, shown: connection.shown };
  } finally {
    await connection.close();
  }
}
