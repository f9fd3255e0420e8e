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
import { isSafePattern } from 'redos-detector';
import { parse, type RootNode } from 'regjsparser';
import { isStringLike, lineOf, scannedSources, SyntaxKind, walk } from './sourceScan';
import type { Node } from 'typescript/unstable/ast';

interface FoundRegex {
  where: string;
  pattern: string;
  flags: string;
}

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

function isUnbounded(quantifier: { max?: number }): boolean {
  return quantifier.max === undefined;
}

/** Repetition counts up to this are "small": (?:\s+\w+){0,6} is polynomial at worst. */
const MAX_SMALL_REPEAT = 8;

/** Source text of every quantifier that may repeat many times around an unbounded one: (a+)+, (\w+ ?){2,30}. */
export function nestedRepetitions(pattern: string, flags: string): Set<string> {
  const ast = parse(pattern, flags.replace(/[^imsuyv]/g, ''), {
    lookbehind: true,
    namedGroups: true,
    unicodePropertyEscape: true,
    unicodeSet: true,
    modifiers: true,
  }) as RootNode;
  const found = new Set<string>();
  /** Returns whether the node holds an unbounded quantifier. */
  const visit = (node: RootNode): boolean => {
    if (node.type === 'quantifier') {
      const innerUnbounded = visit(node.body[0]);
      // A repetition bounded by a small count ({0,6}) multiplies the ways to match by a bounded power of the
      // input length: polynomial, not exponential. Only unbounded or large counts give exponential blow-up.
      const repeatsMany = node.max === undefined || node.max > MAX_SMALL_REPEAT;
      if (repeatsMany && innerUnbounded) found.add(node.raw);
      return innerUnbounded || isUnbounded(node);
    }
    if (node.type !== 'characterClass' && 'body' in node && Array.isArray(node.body)) {
      return (node.body as RootNode[]).map(visit).some(Boolean);
    }
    return false;
  };
  visit(ast);
  return found;
}

function check(regex: FoundRegex): { safe: boolean; exponential: boolean; detail: string } {
  const result = isSafePattern(regex.pattern, {
    caseInsensitive: regex.flags.includes('i'),
    multiLine: regex.flags.includes('m'),
    dotAll: regex.flags.includes('s'),
    unicode: regex.flags.includes('u') || regex.flags.includes('v'),
    maxSteps: 20_000,
    // A time limit, not only a step limit: some patterns need gigabytes before reaching maxSteps. A check that runs
    // out of time counts as unsafe (listed), with the trails found so far.
    timeout: 1_500,
  });
  const score = result.score.infinite ? 'unbounded' : String(result.score.value);
  // Exponential: two ways through the same repeated group that itself holds an unbounded quantifier.
  const nested = result.safe ? new Set<string>() : nestedRepetitions(regex.pattern, regex.flags);
  const exponential = result.trails.some(({ trail }) =>
    trail.some(({ a, b }) =>
      a.quantifierIterations.some(
        (qa) => nested.has(qa.node.source) && b.quantifierIterations.some((qb) => qb.node.source === qa.node.source),
      ),
    ),
  );
  return { safe: result.safe, exponential, detail: `score ${score}${result.error ? ` (${result.error})` : ''}` };
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
    assert.deepEqual(verdict('(\\w+)=(?:\\{((?:[^{}]|\\{[^{}]*\\})*)\\}|"([^"]*)")'), { safe: false, exponential: false });
    assert.deepEqual(verdict('^[a-c]*d[a-c]*$'), { safe: true, exponential: false });
  });

  it('has no regex with exponential backtracking (and lists every polynomial risk with file:line)', () => {
    const { regexes, unchecked } = findRegexes();
    const exponential: string[] = [];
    const polynomial: string[] = [];
    let safe = 0;
    for (const regex of regexes) {
      const verdict = check(regex);
      const line = `${regex.where}  /${regex.pattern}/${regex.flags}  ${verdict.detail}`;
      if (verdict.safe) safe++;
      else if (verdict.exponential) exponential.push(line);
      else polynomial.push(line);
    }
    console.log(`      ReDoS: ${regexes.length} regexes checked: ${safe} safe, ${polynomial.length} polynomial risk, ${exponential.length} exponential risk, ${unchecked.length} built from non-literal strings`);
    for (const line of exponential) console.log(`      EXPONENTIAL ${line}`);
    for (const line of polynomial) console.log(`      polynomial  ${line}`);
    for (const call of unchecked) console.log(`      unchecked   ${call.where}  ${call.source}`);
    assert.deepEqual(exponential, [], 'regexes with nested unbounded repetition and ambiguous paths');
    if (strict) assert.deepEqual(polynomial, [], 'CROSSCHECK_STRICT_REDOS=1: regexes with ambiguous paths');
  });
});
