// The verdict of redos-detector on one regular expression (see redos.test.ts), and a command that checks a list of
// them: `tsx redosCheck.ts < regexes.json` prints their verdicts as JSON. redos-detector keeps much of what it builds
// for a pattern alive until the process ends (gigabytes over two hundred patterns), so the test checks the sources'
// regexes in chunks, each in a process of its own.
import { isSafePattern } from 'redos-detector';
import { parse, type RootNode } from 'regjsparser';

export interface FoundRegex {
  where: string;
  pattern: string;
  flags: string;
}

export interface Verdict {
  safe: boolean;
  exponential: boolean;
  detail: string;
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

export function check(regex: FoundRegex): Verdict {
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

if (require.main === module) {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => (input += chunk));
  process.stdin.on('end', () => {
    const regexes = JSON.parse(input) as FoundRegex[];
    process.stdout.write(JSON.stringify(regexes.map(check)));
  });
}
