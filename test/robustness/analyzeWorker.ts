// Runs analyzeDocument (and detectFindings over its result, with the documents `beside` it if any) in a worker thread, so that a test can stop an
// analysis that overruns its time bound instead of waiting for it.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument, detectFindings } from '../../server/src/core';

const {
  text,
  file,
  beside = [],
} = workerData as { text: string; file: string; beside?: { text: string; file: string }[] };
const started = process.hrtime.bigint();
const doc = analyzeDocument(text, file);
const analyzedMs = Number(process.hrtime.bigint() - started) / 1e6;
const findingsStarted = process.hrtime.bigint();
const findings = detectFindings([doc, ...beside.map((other) => analyzeDocument(other.text, other.file))]);
const findingsMs = Number(process.hrtime.bigint() - findingsStarted) / 1e6;
parentPort!.postMessage({
  analyzedMs,
  findingsMs,
  claims: doc.claims.length,
  findings: findings.length,
  file: doc.file,
});
