// Every regular expression in server/src and client/src, found by parsing the sources with the TypeScript
// compiler API (regex literals, and RegExp(...) / new RegExp(...) with literal strings), is checked with
// redos-detector. Two verdicts:
//  - exponential risk (fails the test): redos-detector finds ambiguous paths AND the pattern repeats a group
//    that itself holds an unbounded quantifier, e.g. (a+)+ or (?:\w+\s?){2,30}: input of a few dozen
//    characters can take seconds to minutes.
//  - polynomial risk (listed, not failed): redos-detector finds ambiguous paths without such nesting, e.g.
//    \d+\s*\d+. Such a pattern is at worst polynomial in the length of what it scans; the linear-time tests
//    (1 MB line, 50 MB file, 100,000 lines) bound the real cost. Set CROSSCHECK_STRICT_REDOS=1 to fail on these too.
// RegExp calls whose pattern is not a literal string are listed as unchecked.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { check, nestedRepetitions, type FoundRegex, type Verdict } from './redosCheck';
import { isStringLike, lineOf, scannedSources, SyntaxKind, walk } from './sourceScan';
import type { Node } from 'typescript/unstable/ast';

interface UncheckedRegex {
  where: string;
  source: string;
}

function findRegexes(): { regexes: FoundRegex[]; unchecked: UncheckedRegex[] } {
  const regexes: FoundRegex[] = [];
  const unchecked: UncheckedRegex[] = [];
  for (const scanned of scannedSources()) {
    walk(scanned.sourceFile, (node) => {
      const where = `${scanned.file}:${lineOf(scanned, node)}`;
      if (node.kind === SyntaxKind.RegularExpressionLiteral) {
        const literal = (node as Node & { text: string }).text;
        const lastSlash = literal.lastIndexOf('/');
        regexes.push({ where, pattern: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1) });
      } else if (node.kind === SyntaxKind.NewExpression || node.kind === SyntaxKind.CallExpression) {
        const call = node as Node & { expression: Node & { text?: string }; arguments?: readonly Node[] };
        if (call.expression.kind !== SyntaxKind.Identifier || call.expression.text !== 'RegExp') return;
        const [patternArg, flagsArg] = call.arguments ?? [];
        if (isStringLike(patternArg) && (flagsArg === undefined || isStringLike(flagsArg))) {
          regexes.push({ where, pattern: patternArg.text, flags: flagsArg?.text ?? '' });
        } else {
          unchecked.push({ where, source: node.getText(scanned.sourceFile).slice(0, 120) });
        }
      }
    });
  }
  return { regexes, unchecked };
}

/** How many regexes one process checks (redos-detector's memory is only given back when its process ends). */
const CHUNK = 25;

/** The verdicts of `check` on every regex, each chunk in a child process of its own. */
function checkInChunks(regexes: FoundRegex[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (let i = 0; i < regexes.length; i += CHUNK) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'redosCheck.ts')], {
      input: JSON.stringify(regexes.slice(i, i + CHUNK)),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`redosCheck.ts exited with ${result.status}: ${result.stderr}`);
    verdicts.push(...(JSON.parse(result.stdout) as Verdict[]));
  }
  return verdicts;
}

describe('ReDoS: every regular expression in server/src and client/src', function () {
  this.timeout(120_000);
  const strict = process.env.CROSSCHECK_STRICT_REDOS === '1';

  it('finds regexes in the sources through the compiler API', () => {
    const { regexes } = findRegexes();
    assert.ok(regexes.length > 0, 'no regular expression found in server/src and client/src: the scan is broken');
    for (const regex of regexes) assert.match(regex.where, /^(server|client)\/src\/.+\.ts:\d+$/);
  });

  it('tells exponential from polynomial risk on known samples', () => {
    assert.deepEqual([...nestedRepetitions('(a+)+$', '')], ['(a+)+']);
    assert.deepEqual([...nestedRepetitions('(?:\\w+\\s?){2,30}', '')], ['(?:\\w+\\s?){2,30}']);
    assert.deepEqual([...nestedRepetitions('(?:[a-z]+ ){0,1}[a-z]+', 'i')], []);
    assert.deepEqual([...nestedRepetitions('\\d{1,3}(?:,\\d{3})+', '')], []);
    assert.deepEqual([...nestedRepetitions('[a+]+', '')], []);
    assert.deepEqual([...nestedRepetitions('(?:\\s+\\w+){0,6}?\\s+to', '')], []);
    const verdict = (pattern: string) => {
      const { safe, exponential } = check({ where: 'sample', pattern, flags: '' });
      return { safe, exponential };
    };
    assert.deepEqual(verdict('(a+)+$'), { safe: false, exponential: true });
    assert.deepEqual(verdict('^(?:\\w+\\s?){2,30}$'), { safe: false, exponential: true });
    assert.deepEqual(verdict('\\d+\\s*\\d+'), { safe: false, exponential: false });
    // Nested, but the ambiguity is between other parts (\\w+ at each start): polynomial, not exponential.
    assert.deepEqual(verdict('(\\w+)=(?:\\{((?:[^{}]|\\{[^{}]*\\})*)\\}|"([^"]*)")'), {
      safe: false,
      exponential: false,
    });
    assert.deepEqual(verdict('^[a-c]*d[a-c]*$'), { safe: true, exponential: false });
  });

  it('has no regex with exponential backtracking (and lists every polynomial risk with file:line)', () => {
    const { regexes, unchecked } = findRegexes();
    const exponential: string[] = [];
    const polynomial: string[] = [];
    let safe = 0;
    const verdicts = checkInChunks(regexes);
    for (const [i, regex] of regexes.entries()) {
      const verdict = verdicts[i];
      const line = `${regex.where}  /${regex.pattern}/${regex.flags}  ${verdict.detail}`;
      if (verdict.safe) safe++;
      else if (verdict.exponential) exponential.push(line);
      else polynomial.push(line);
    }
    console.log(
      `      ReDoS: ${regexes.length} regexes checked: ${safe} safe, ${polynomial.length} polynomial risk, ${exponential.length} exponential risk, ${unchecked.length} built from non-literal strings`,
    );
    for (const line of exponential) console.log(`      EXPONENTIAL ${line}`);
    for (const line of polynomial) console.log(`      polynomial  ${line}`);
    for (const call of unchecked) console.log(`      unchecked   ${call.where}  ${call.source}`);
    assert.deepEqual(exponential, [], 'regexes with nested unbounded repetition and ambiguous paths');
    if (strict) assert.deepEqual(polynomial, [], 'CROSSCHECK_STRICT_REDOS=1: regexes with ambiguous paths');
  });
});
