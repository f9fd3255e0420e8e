// Child process of the benchmark: indexes one folder with the library (indexFiles + detectFindings)
// and prints one JSON line of timings, so that each measure has a fresh process and its own peak RSS.
// Usage: node probe.js <folder> --worker-script <dist/worker.js> [--cache <dir>] [--workers N]
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { detectFindings } from '../server/src/core';
import type { Claim, DocumentAnalysis, Finding } from '../server/src/core';
import { indexFiles } from '../server/src/indexing/indexer';
import type { IndexStats } from '../server/src/indexing/indexer';
import { listTextFiles } from '../server/src/workspace/files';

/** The file with the most claims in findings, and the offset of the first digit of its first such claim: what the bench edits. */
function hotSpot(docs: DocumentAnalysis[], findings: Finding[]): { file: string; offset: number } | null {
  const claims = new Map<string, Claim>();
  for (const doc of docs) for (const claim of doc.claims) claims.set(claim.id, claim);
  const involved = new Map<string, Claim[]>();
  for (const finding of findings) {
    for (const id of finding.claims) {
      const claim = claims.get(id);
      if (!claim || !/\d/.test(claim.text)) continue;
      const list = involved.get(claim.file);
      if (list) list.push(claim);
      else involved.set(claim.file, [claim]);
    }
  }
  let best: Claim[] | undefined;
  for (const list of involved.values()) if (!best || list.length > best.length) best = list;
  if (!best) return null;
  const first = best.reduce((a, b) => (b.start < a.start ? b : a));
  return { file: first.file, offset: first.start + first.text.search(/\d/) };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      cache: { type: 'string' },
      workers: { type: 'string' },
      'worker-script': { type: 'string' },
      findings: { type: 'boolean' },
    },
  });
  const root = path.resolve(positionals[0]);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const paths = listTextFiles([root]);
  const listed = performance.now();
  let stats: IndexStats | undefined;
  const docs = await indexFiles(
    paths.map((p) => ({ path: p, file: path.relative(root, p).split(path.sep).join('/') })),
    {
      cacheDir: values.cache,
      workers: values.workers === undefined ? undefined : Number(values.workers),
      workerScript: values['worker-script'],
      pruneCache: true,
      onStats: (s) => (stats = s),
    },
  );
  const indexed = performance.now();
  let findings = -1;
  let hot: { file: string; offset: number } | null = null;
  let found: Finding[] = [];
  if (values.findings) {
    found = detectFindings(docs);
    findings = found.length;
  }
  const done = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  if (values.findings) hot = hotSpot(docs, found);
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  process.stdout.write(
    JSON.stringify({
      files: paths.length,
      docs: docs.length,
      claims,
      findings,
      listMs: listed - started,
      indexMs: indexed - listed,
      findingsMs: values.findings ? done - indexed : null,
      totalMs: done - started,
      /** CPU time of this process and its worker threads (user + system): steadier than wall time on a busy machine. */
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      heapUsedMB: process.memoryUsage().heapUsed / 1024 / 1024,
      stats,
      hotFile: hot?.file ?? null,
      hotOffset: hot?.offset ?? null,
    }) + '\n',
  );
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
