// Findings about figures: one bucket = one thing counted (canonical unit + predicate). Inside it, documents
// are grouped by story, claims by year and time window, and each such quantity gets at most one conflict or
// revision finding, one internal finding per file that contradicts itself, and attributed findings for
// figures a party to the events puts forward.
//
// How C1 splits (documented choice): one finding per quantity. Its kind is 'conflict' while two figures that
// nothing supersedes still disagree; 'revision' when every disagreement is explained by a later figure
// (explicit "revised to"/"rose to", or a later-dated higher toll). Superseded figures stay in the finding,
// marked superseded in its timeline.
import type { Finding, FindingFrame, FindingKind, TimelineEntry } from '../types';
import {
  ADDED,
  changeSpan,
  CROSS_BUCKET,
  distinctSets,
  firstWordName,
  isAddition,
  isChangeAmount,
  namedAlike,
  namesKind,
  RANK_PREFIX,
  roleOfPeople,
  type PreparedClaim,
  type PreparedDoc,
} from './prepare';
import { BOUNDS, type Bound, type Interval, isCap, statesBound, strictInterval, tallyValue } from '../intervals';
import { SHARE } from '../extract/quantities';
import { ageOwnerWord, isAgeFrame, namesDimension, sameAgeOwner } from '../extract/frames';
import { LAST_YEAR, MONTH_WORDS, monthNumber } from '../text/calendar';
import { FUNCTION_WORDS, isCountry, SPEECH_CUES, UNITS_WORDS } from '../extract/lexicon';
import { demotedAcrossCores, storyGroups, type StoryDoc } from './stories';
import { kindOf, namedAtTwoLevels } from './kinds';
import {
  baseName,
  compareStrings,
  daysBetween,
  formatDate,
  formatNumber,
  hash,
  labelOf,
  listDocs,
  pluralize,
  slug,
  pushTo,
  CAPITAL_FIRST,
} from './text';

export interface LocatedFinding {
  finding: Finding;
  /** The file and line of each of the finding's claims, in the order of finding.claims (for inline suppressions). */
  locations: Array<{ file: string; line: number }>;
  /**
   * The findings the same comparison gives without some of its claims (those an inline marker suppresses): the
   * finding as it stands without them, or nothing when what is left no longer disagrees. Absent: the claims are
   * simply left out (see WorkspaceIndex).
   */
  without?: (excluded: ReadonlySet<string>) => LocatedFinding[];
}

interface Statement {
  file: string;
  doc: PreparedDoc;
  claims: PreparedClaim[];
  value: number;
  low: number;
  high: number;
  date: string | null;
  source: string | null;
  keys: StatementKeys;
  /** The other measures with a unit in the sentence of its first figure (describedAlike): read on first use. */
  measuresBeside: PreparedClaim[] | null;
}

interface Cluster {
  statements: Statement[];
  low: number;
  high: number;
  superseded: boolean;
  supersededBy: Cluster | null;
}

const CUMULATIVE = new Set([
  'killed',
  'wounded',
  'arrested',
  'displaced',
  'missing',
  'evacuated',
  'rescued',
  'infected',
]);

/** The dimension each base unit of a measure measures, as a finding names it. */
const DIMENSION_NAMES: ReadonlyMap<string, string> = new Map([
  ['metre', 'length'],
  ['kilogram', 'weight'],
  ['litre', 'volume'],
  ['hectare', 'area'],
]);

export function subjectOf(unit: string, predicate: string): string {
  if (unit.startsWith(RANK_PREFIX)) return unit; // "which title defense"

  // Lengths of time compare in seconds, but are written in days, hours, minutes.
  if (unit === 'second' || unit === 'year' || unit === 'month')
    return predicate ? `length of time ${predicate}` : 'length of time';
  // Measures compare in a base unit whatever unit they are written in: named by their dimension ("length", not "metres").
  const dimension = DIMENSION_NAMES.get(unit);
  if (dimension) return predicate ? `${dimension} ${predicate}` : dimension;
  if (predicate.startsWith(ADDED)) return `${ADDED}${pluralize(unit)} ${predicate.slice(ADDED.length)}`.trimEnd();
  return predicate ? `${pluralize(unit)} ${predicate}` : pluralize(unit);
}

/** "Klitschko's record", "score of Chelsea v Arsenal", "Senate vote", "Sharron Smith's age", "the victim's age". */
function tallySubject(group: PreparedClaim[]): string {
  const frame = group[0].frame;
  if (frame.measured === 'score' && frame.sides) return `score of ${frame.sides.join(' v ')}`;
  if (frame.measured === 'vote') return `${frame.agent} vote`;
  if (isAgeFrame(frame)) return `${agedName(group)}'s ${frame.measured}`;
  return `${frame.agent}'s ${frame.measured}`;
}

/**
 * Whom ages of one owner are of, as written: the longest name the group's claims give ("Sharron Smith", not
 * "Smith"; not "she"), "the victim" for a role.
 */
function agedName(group: PreparedClaim[]): string {
  const owner = ageOwnerWord(group[0].frame.agent ?? '');
  let name = '';
  for (const c of group) {
    const written = c.claim.frame?.agent ?? '';
    if (written.length > name.length && ageOwnerWord(written) === owner) name = written;
  }
  if (name === '') name = capitalize(owner); // "She was 85." of the file's "page"
  return /^\p{Lu}/u.test(name) ? name : `the ${name}`;
}

/**
 * The word a group's subject names its event by ("" for none), the same for any order of the claims: a past
 * participle if one is read; for a length of time, the verb of what lasted.
 */
function eventWordOf(claims: PreparedClaim[], lasted = ''): string {
  // A verb that only names the dimension ("weighing 130 pounds", "cost $5m") names the event of claims that all say it.
  const told = claims.every(namesOnlyDimension) ? claims : claims.filter((c) => !namesOnlyDimension(c));
  const words = [...new Set(told.map((c) => c.predicate).filter((w) => w !== ''))].sort();
  return (
    (lasted ? words.find((w) => w.startsWith(lasted)) : undefined) ??
    words.find((w) => w.endsWith('ed')) ??
    words[0] ??
    ''
  );
}

function statedValue(claim: PreparedClaim): number {
  if (claim.claim.value.parts) return tallyValue(claim.claim.value.parts);
  const stated = claim.claim.value.stated;
  return Array.isArray(stated) ? (stated[0] + stated[1]) / 2 : stated;
}

function claimDate(claim: PreparedClaim, doc: PreparedDoc): string | null {
  return claim.claim.asOf ?? doc.doc.meta.date ?? null;
}

function minDate(dates: Array<string | null>): string | null {
  const known = dates.filter((d): d is string => d !== null).sort();
  return known[0] ?? null;
}

function byPosition(a: PreparedClaim, b: PreparedClaim): number {
  return compareStrings(a.claim.file, b.claim.file) || a.claim.start - b.claim.start;
}

function makeStatements(claims: PreparedClaim[], docs: Map<string, PreparedDoc>): Statement[] {
  const byKey = new Map<string, PreparedClaim[]>();
  for (const claim of [...claims].sort(byPosition)) {
    const key = `${claim.claim.file}\u0000${JSON.stringify(claim.claim.value.parts ?? claim.claim.value.stated)}`;
    pushTo(byKey, key, claim);
  }
  const statements: Statement[] = [];
  for (const list of byKey.values()) {
    const doc = docs.get(list[0].claim.file)!;
    let low = -Infinity,
      high = Infinity;
    for (const c of list) {
      low = Math.max(low, c.low);
      high = Math.min(high, c.high);
    }
    if (low > high) {
      const tightest = [...list].sort((a, b) => a.high - a.low - (b.high - b.low))[0];
      low = tightest.low;
      high = tightest.high;
    }
    statements.push({
      file: doc.file,
      doc,
      claims: list,
      value: statedValue(list[0]),
      low,
      high,
      date: minDate(list.map((c) => claimDate(c, doc))),
      source: list.find((c) => c.claim.attribution)?.claim.attribution?.source ?? null,
      keys: new StatementKeys(list),
      measuresBeside: null,
    });
  }
  return statements.sort(
    (a, b) => a.low - b.low || a.high - b.high || compareStrings(a.file, b.file) || a.value - b.value,
  );
}

/**
 * Groups statements (sorted by their low end) into clusters of overlapping intervals: each joins the first cluster,
 * in order of creation, that it overlaps. A cluster whose high end lies below a statement's low end can overlap no
 * later statement (lows only grow, a cluster's high only shrinks), so it leaves the search: linear in the statements.
 */
function clusterStatements(statements: Statement[]): Cluster[] {
  const clusters: Cluster[] = [];
  let open: Cluster[] = [];
  for (const statement of statements) {
    if (open.some((c) => c.high < statement.low)) open = open.filter((c) => c.high >= statement.low);
    const home = open.find((c) => c.low <= statement.high && statement.low <= c.high);
    if (home) {
      home.statements.push(statement);
      home.low = Math.max(home.low, statement.low);
      home.high = Math.min(home.high, statement.high);
    } else {
      const cluster: Cluster = {
        statements: [statement],
        low: statement.low,
        high: statement.high,
        superseded: false,
        supersededBy: null,
      };
      clusters.push(cluster);
      open.push(cluster);
    }
  }
  return clusters;
}

function clusterValue(cluster: Cluster): number {
  const counts = new Map<number, number>();
  for (const s of cluster.statements) counts.set(s.value, (counts.get(s.value) ?? 0) + s.claims.length);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function clusterDate(cluster: Cluster): string | null {
  return minDate(cluster.statements.map((s) => s.date));
}

function clusterHolds(cluster: Cluster, value: number): boolean {
  return cluster.statements.some((s) => s.value === value) || (value >= cluster.low && value <= cluster.high);
}

/** Whether every figure of a cluster is an incident's: no running total, and a place or time of its own. */
function ofAnIncident(cluster: Cluster): boolean {
  return cluster.statements.every((st) =>
    st.claims.every((c) => c.frame.scope !== 'running' && (c.frame.place !== null || c.frame.time !== null)),
  );
}

/**
 * Marks clusters a later figure supersedes, or a figure that corrects them (`corrected`: correctionLinks); returns
 * the explicit revision links found in the text.
 */
function markSuperseded(clusters: Cluster[], predicate: string, corrected: Array<[Cluster, Cluster]>): Set<string> {
  const explicit = new Set<string>();
  for (const from of clusters) {
    for (const statement of from.statements) {
      for (const claim of statement.claims) {
        for (const target of claim.revisedTo) {
          const to = clusters.find((c) => c !== from && clusterHolds(c, target));
          if (!to) continue;
          if (!from.superseded) {
            from.superseded = true;
            from.supersededBy = to;
          }
          // The text says so, whatever superseded the figure first: its two figures are no contradiction.
          explicit.add(`${statement.file}\u0000${clusters.indexOf(from)}\u0000${clusters.indexOf(to)}`);
        }
      }
    }
  }
  // A revision whose sentence names the figure it was made from ("updated the toll to at least 124, up from 112"):
  // that figure of its text is superseded by it.
  for (const to of clusters) {
    for (const statement of to.statements) {
      for (const claim of statement.claims) {
        for (const value of claim.revisedFrom) {
          const from = clusters.find(
            (c) => c !== to && c.statements.some((s) => s.file === statement.file && s.value === value),
          );
          if (!from) continue;
          if (!from.superseded) {
            from.superseded = true;
            from.supersededBy = to;
          }
          explicit.add(`${statement.file}\u0000${clusters.indexOf(from)}\u0000${clusters.indexOf(to)}`);
        }
      }
    }
  }
  // A figure another one's sentence corrects ("eight pages long - not five as had been thought") is superseded by it.
  for (const [from, to] of corrected) {
    if (from.superseded) continue;
    from.superseded = true;
    from.supersededBy = to;
    for (const statement of from.statements)
      explicit.add(`${statement.file}\u0000${clusters.indexOf(from)}\u0000${clusters.indexOf(to)}`);
  }
  // A figure its own clause marks as an earlier report ("the UN said earlier", "initially", "first reports") is
  // superseded by the quantity's other figures: a revision, in one file as across files.
  const onlyEarlier = (cluster: Cluster) =>
    cluster.statements.every((st) => st.claims.every((c) => c.frame.stage === 'earlier'));
  for (const from of clusters) {
    if (from.superseded || !onlyEarlier(from)) continue;
    const to = clusters.find((c) => c !== from && !onlyEarlier(c));
    if (!to) continue;
    from.superseded = true;
    from.supersededBy = to;
    for (const statement of from.statements)
      explicit.add(`${statement.file}\u0000${clusters.indexOf(from)}\u0000${clusters.indexOf(to)}`);
  }
  // A running total ("so far", "since March 7") grows: where no figure of it is dated, the highest is the latest
  // count and every lower one an earlier count of it; an incident's figure (its place or time told: "16 killed at
  // the school on Wednesday") is no count of the running total.
  const running = clusters.some((c) => c.statements.some((st) => st.claims.some((cl) => cl.frame.scope === 'running')));
  if (CUMULATIVE.has(predicate) && running && clusters.every((c) => clusterDate(c) === null)) {
    const highest = [...clusters].sort((x, y) => clusterValue(y) - clusterValue(x))[0];
    for (const from of clusters) {
      if (from === highest || from.superseded || ofAnIncident(from)) continue;
      from.superseded = true;
      from.supersededBy = highest;
    }
  }
  if (CUMULATIVE.has(predicate)) {
    // A later figure supersedes: the earliest-dated cluster (first in order among those of that date) that is
    // dated after `from` throughout and holds a higher figure or an explicit revision.
    const dateOf = new Map(clusters.map((c) => [c, clusterDate(c)]));
    const valueOf = new Map(clusters.map((c) => [c, clusterValue(c)]));
    const byDate = new Map<string, Cluster[]>();
    for (const cluster of clusters) {
      const date = dateOf.get(cluster);
      if (date) pushTo(byDate, date, cluster);
    }
    const dates = [...byDate.keys()].sort(compareStrings);
    for (const from of clusters) {
      if (from.superseded) continue;
      const fromDate = dateOf.get(from);
      if (!fromDate) continue;
      let later: Cluster | undefined;
      for (const date of dates) {
        if (!(date > fromDate)) continue;
        later = byDate
          .get(date)!
          .find(
            (to) =>
              to !== from &&
              !to.superseded &&
              (valueOf.get(to)! > valueOf.get(from)! || to.statements.some((s) => s.claims.some((c) => c.revision))) &&
              to.statements.every((s) => s.date === null || s.date > fromDate),
          );
        if (later) break;
      }
      if (later) {
        from.superseded = true;
        from.supersededBy = later;
      }
    }
  }
  return explicit;
}

function describeStatementGroup(statements: Statement[], withFiles: boolean, extra: string[] = []): string {
  const details: string[] = [];
  const first = [...statements]
    .sort(
      (x, y) =>
        (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) ||
        compareStrings(x.date ?? '', y.date ?? '') ||
        compareStrings(x.file, y.file),
    )
    .find((s) => s.source);
  if (first?.source) details.push(first.source);
  const dates = [...new Set(statements.map((s) => s.date).filter((d): d is string => !!d))].sort();
  if (dates.length > 0) details.push(formatDate(dates[0])!);
  details.push(...extra);
  const files = withFiles ? ` in ${listDocs(statements.map((s) => s.doc.doc))}` : '';
  return `${files}${details.length ? ` (${details.join(', ')})` : ''}`;
}

/**
 * A cluster in a message: "31 in 002, 003, 004 / at least 30 in 000 (officials, 3 May)", each value it holds with the
 * files that give it, then who gives them and when. When its values have different sources, each value names its
 * own: "about $22 million in a (Newsday) / $23 million in b (the Globe)".
 */
function clusterText(cluster: Cluster, extra: string[] = []): string {
  const values = [...new Set(cluster.statements.map((s) => s.value))];
  const main = clusterValue(cluster);
  values.sort((a, b) => Number(b === main) - Number(a === main) || a - b);
  const byValue = values.map((value) => cluster.statements.filter((s) => s.value === value));
  const sourceOf = (statements: Statement[]): string | null => describeStatementGroup(statements, false) || null;
  const ownSources = new Set(byValue.map(sourceOf)).size > 1;
  const figures = byValue
    .map((statements, i) => {
      const files = `${figureOf(statements, values[i])} in ${listDocs(statements.map((s) => s.doc.doc))}`;
      return ownSources ? `${files}${describeStatementGroup(statements, false)}` : files;
    })
    .join(' / ');
  if (!ownSources) return `${figures}${describeStatementGroup(cluster.statements, false, extra)}`;
  return extra.length > 0 ? `${figures} (${extra.join(', ')})` : figures;
}

function figureOf(statements: Statement[], value: number): string {
  const statement = statements.find((s) => s.value === value)!;
  const parts = statement.claims.find((c) => c.parts)?.parts;
  const figure = statement.claims.find((c) => c.claim.qualifier === 'exact')?.figure ?? statement.claims[0].figure;
  return parts
    ? `${figure} (= ${parts.map((p) => `${formatNumber(p.claim.value.stated as number)} ${pluralize(p.unit)}`).join(' + ')})`
    : figure;
}

function clusterFigure(cluster: Cluster): string {
  const value = clusterValue(cluster);
  const statement = cluster.statements.find((s) => s.value === value)!;
  const parts = statement.claims.find((c) => c.parts)?.parts;
  const figure = statement.claims.find((c) => c.claim.qualifier === 'exact')?.figure ?? statement.claims[0].figure;
  return parts
    ? `${figure} (= ${parts.map((p) => `${formatNumber(p.claim.value.stated as number)} ${pluralize(p.unit)}`).join(' + ')})`
    : figure;
}

function timelineOf(clusters: Cluster[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const cluster of clusters) {
    for (const s of cluster.statements) {
      entries.push({
        claimId: s.claims[0].claim.id,
        file: s.file,
        figure: s.claims.find((c) => c.claim.qualifier === 'exact')?.figure ?? s.claims[0].figure,
        date: s.date,
        source: s.source,
        outlet: s.doc.doc.meta.outlet,
        label: labelOf(s.doc.doc),
        superseded: cluster.superseded,
        claims: s.claims.map((c) => c.claim.id),
      });
    }
  }
  return entries.sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      compareStrings(a.date ?? '', b.date ?? '') ||
      Number(a.superseded === false) - Number(b.superseded === false) ||
      compareStrings(a.file, b.file) ||
      compareStrings(a.figure, b.figure),
  );
}

function locate(claims: PreparedClaim[]): LocatedFinding['locations'] {
  return claims.map((c) => ({ file: c.claim.file, line: c.claim.line }));
}

/**
 * A finding's id: from what it is about, never from where its files are or which other files there are, so that
 * `check .` and `check ..`, an added file and an edit elsewhere all give the same id. Kind, subject and figures: for
 * a disagreement across files the figure most of its sources give (another source, or a figure marked not
 * comparable, leaves it), for a party's claim that claim and the official figure, for a file that contradicts itself
 * its figures and the file's name, without its folder.
 */
function findingId(kind: FindingKind, subject: string, figures: number[], ownFile?: string): string {
  const key = [
    kind,
    subject,
    [...new Set(figures)].sort((a, b) => a - b).join(','),
    ownFile === undefined ? '' : baseName(ownFile),
  ].join('|');
  return `${kind}/${slug(subject)}/${hash(key)}`;
}

/** The figure most statements of these clusters give (ties: the one written more often, then the smaller). */
function consensusValue(clusters: Cluster[]): number {
  const counts = new Map<number, { statements: number; claims: number }>();
  for (const statement of clusters.flatMap((c) => c.statements)) {
    const count = counts.get(statement.value) ?? { statements: 0, claims: 0 };
    count.statements++;
    count.claims += statement.claims.length;
    counts.set(statement.value, count);
  }
  return [...counts].sort(
    (a, b) => b[1].statements - a[1].statements || b[1].claims - a[1].claims || a[0] - b[0],
  )[0][0];
}

function orderedClusters(clusters: Cluster[]): Cluster[] {
  return [...clusters].sort((a, b) => {
    const da = clusterDate(a),
      db = clusterDate(b);
    return (
      Number(b.superseded) - Number(a.superseded) ||
      (da === null ? 1 : 0) - (db === null ? 1 : 0) ||
      compareStrings(da ?? '', db ?? '') ||
      b.statements.length - a.statements.length ||
      clusterValue(a) - clusterValue(b)
    );
  });
}

/**
 * Pairs [corrected, correcting] of clusters: a figure of one whose sentence says it corrects a figure of the other
 * ("the note is eight pages long - not five as had been thought"). The text itself says they are one quantity.
 */
function correctionLinks(clusters: Cluster[]): Array<[Cluster, Cluster]> {
  const links: Array<[Cluster, Cluster]> = [];
  for (const to of clusters) {
    for (const statement of to.statements) {
      for (const claim of statement.claims) {
        for (const value of claim.corrects) {
          const from = clusters.find((c) => c !== to && c.statements.some((s) => s.value === value));
          if (from) links.push([from, to]);
        }
      }
    }
  }
  return links;
}

function quantityFindings(
  subject: string,
  predicate: string,
  claims: PreparedClaim[],
  docs: Map<string, PreparedDoc>,
  windowLabel: string,
): LocatedFinding[] {
  const results: LocatedFinding[] = [];
  const official = claims.filter((c) => !c.party);
  const party = claims.filter((c) => c.party);
  const statements = makeStatements(official, docs);
  const clusters = clusterStatements(statements);
  // Figures that all agree (one cluster) disagree with nothing but a party's claim, which needs an official figure,
  // unless their strict readings may set them apart (strictFinding: "about 50%" and 40%, "at least 6" and "at least 7").
  if (clusters.length === 0 || (clusters.length === 1 && party.length === 0 && !readStrictly(clusters[0])))
    return results;
  const corrected = correctionLinks(clusters);
  const explicit = markSuperseded(clusters, predicate, corrected);
  const allClaims = (list: Cluster[]) => list.flatMap((c) => c.statements.flatMap((s) => s.claims)).sort(byPosition);
  const files = [...new Set(statements.map((s) => s.file))];
  const subjectLabel = subject + windowLabel;

  const distinct = distinctPlaces(official);
  const apart = toldApart(clusters);
  // Clusters comparable across files, and those a correction links (the text says they are one quantity).
  const linked = new Set([...contestedClusters(clusters, distinct, apart), ...corrected.flat()]);
  const contested = clusters.filter((cluster) => linked.has(cluster));
  // Contested clusters that no comparison joins ("16 killed at the school on Wednesday" and "1,229 killed in the war
  // so far", each disputed among its own reports) are two findings, never one list of unrelated figures.
  for (const group of comparableGroups(contested, clusters, distinct, apart, corrected)) {
    const groupFiles = new Set(group.flatMap((c) => c.statements.map((s) => s.file)));
    if (group.length < 2 || groupFiles.size < 2) continue;
    const live = group.filter((c) => !c.superseded);
    const kind: FindingKind = live.length > 1 ? 'conflict' : 'revision';
    // A conflict is a warning when two of its figures from different files share a full frame (thing measured and
    // event) and their sentences share a name or words; one found on less is information, to read, not to act on.
    const severity = kind === 'conflict' && confidentPair(live) ? 'warning' : 'information';
    const ordered = orderedClusters(group);
    const parts = ordered.map((cluster) => {
      const extra =
        cluster.superseded && cluster.supersededBy
          ? [`superseded by ${formatNumber(clusterValue(cluster.supersededBy))}`]
          : [];
      return clusterText(cluster, extra);
    });
    const claimsInvolved = allClaims(group);
    const frame = sharedFrame(claimsInvolved, predicate);
    const lead =
      kind === 'conflict'
        ? `Sources disagree on ${subjectLabel}${scopeWords(frame)}`
        : `${capitalize(subjectLabel)}${scopeWords(frame)} revised`;
    results.push({
      finding: {
        id: findingId(kind, subject + windowLabel, [consensusValue(group)]),
        kind,
        severity,
        subject: subjectLabel,
        claims: claimsInvolved.map((c) => c.claim.id),
        message: `${lead}: ${parts.join('; ')}`,
        timeline: timelineOf(group),
        frame,
      },
      locations: locate(claimsInvolved),
    });
  }
  // The clusters a conflict or revision above leaves out may hold figures that are not one another rounded.
  const reported = results.length > 0;
  const rounded = strictFinding(
    reported ? clusters.filter((cluster) => !linked.has(cluster)) : clusters,
    distinct,
    predicate,
    subject + windowLabel,
  );
  if (rounded) results.push(rounded);
  // What no conflict or revision reads, a loose reading may (looseFinding).
  const loose = reported ? null : looseFinding(clusters, distinct, apart, predicate, subjectLabel);
  if (loose) results.push(loose);

  // Internal: one file gives two figures nothing in it explains as a revision.
  const clusterIndex = new Map(clusters.map((cluster, index) => [cluster, index]));
  const ownByFile = new Map<string, Array<{ cluster: Cluster; statements: Statement[]; side: PairSide }>>();
  for (const cluster of clusters) {
    const byFile = new Map<string, Statement[]>();
    for (const statement of cluster.statements) pushTo(byFile, statement.file, statement);
    for (const [file, statements] of byFile)
      pushTo(ownByFile, file, { cluster, statements, side: new PairSide(statements) });
  }
  for (const file of files.sort()) {
    const own = ownByFile.get(file) ?? [];
    if (own.length < 2) continue;
    const contradicting = withinFileContradictions(own, (entry, other) => {
      const a = clusterIndex.get(entry.cluster)!,
        b = clusterIndex.get(other.cluster)!;
      if (explicit.has(`${file}\u0000${a}\u0000${b}`) || explicit.has(`${file}\u0000${b}\u0000${a}`)) return false;
      if (apart.has(pairKey(a, b, clusters.length))) return false;
      return clustersComparable(entry.side, other.side, true, distinct);
    });
    if (contradicting.length < 2) continue;
    const involved = contradicting.flatMap((e) => e.statements.flatMap((s) => s.claims)).sort(byPosition);
    const described = contradicting.map(
      (e) => `${e.statements[0].claims[0].figure}${describeStatementGroup(e.statements, false)}`,
    );
    const frame = sharedFrame(involved, predicate);
    results.push({
      finding: {
        id: findingId(
          'internal',
          subject + windowLabel,
          contradicting.map((e) => e.statements[0].value),
          file,
        ),
        kind: 'internal',
        severity: contradictedBySources(contradicting) ? 'warning' : 'information',
        subject: subjectLabel,
        claims: involved.map((c) => c.claim.id),
        frame,
        message: `${labelOf(contradicting[0].statements[0].doc.doc)} gives ${contradicting.length} figures for ${subjectLabel}${scopeWords(frame)}: ${described.join(' and ')}`,
        timeline: timelineOf(contradicting.map((e) => ({ ...e.cluster, statements: e.statements }))),
      },
      locations: locate(involved),
    });
  }

  // Attributed: a party's own figure that no official figure supports.
  if (party.length > 0 && clusters.length > 0) {
    const partyStatements = makeStatements(party, docs);
    const live = clusters.filter((c) => !c.superseded);
    const reference = [...live].sort(
      (a, b) => b.statements.length - a.statements.length || clusterValue(a) - clusterValue(b),
    )[0];
    for (const statement of partyStatements) {
      if (live.some((c) => c.low <= statement.high && statement.low <= c.high)) continue;
      const involved = [...statement.claims, ...reference.statements.flatMap((s) => s.claims)].sort(byPosition);
      const partyCluster: Cluster = {
        statements: [statement],
        low: statement.low,
        high: statement.high,
        superseded: false,
        supersededBy: null,
      };
      const who = statement.source ?? 'a party to the events';
      results.push({
        finding: {
          id: findingId('attributed', subject + windowLabel, [statement.value, clusterValue(reference)]),
          kind: 'attributed',
          severity: 'information',
          subject: subjectLabel,
          claims: involved.map((c) => c.claim.id),
          frame: sharedFrame(involved, predicate),
          message:
            `${statement.claims[0].figure} ${subjectLabel} is ${who}'s own claim (${labelOf(statement.doc.doc)}); ` +
            `official figure ${clusterFigure(reference)}${describeStatementGroup(reference.statements, true)}`,
          timeline: timelineOf([partyCluster, reference]),
        },
        locations: locate(involved),
      });
    }
  }
  const without = (excluded: ReadonlySet<string>) =>
    quantityFindings(
      subject,
      predicate,
      claims.filter((c) => !excluded.has(c.claim.id)),
      docs,
      windowLabel,
    );
  for (const located of results) located.without = without;
  return results;
}

/**
 * A quantity read loosely: its figures compared also across frames that name one kind of a thing (oneKind) when
 * their figures are further apart than NEAR_RATIO, up to LOOSE_RATIO, or when their sentences say little else alike.
 * Read only where the quantity gives no conflict or revision: such a pair may well be one quantity misreported, or
 * two quantities, so its conflict is information, and its message and frame (`partial`) say why it is only possible.
 */
function looseFinding(
  clusters: Cluster[],
  distinct: Set<string>,
  apart: Set<number>,
  predicate: string,
  subjectLabel: string,
): LocatedFinding | null {
  // Only frames that name a kind of the thing (modifiers) read loosely (oneKind): without two clusters of them, no
  // pair is compared again.
  const ofAKind = (cluster: Cluster) =>
    cluster.statements.some((s) => s.keys.frames.some((c) => c.frame.modifiers.length > 0));
  if (clusters.filter(ofAKind).length < 2) return null;
  // A figure the text supersedes is read as the text reads it.
  const contested = contestedClusters(clusters, distinct, apart, true).filter((c) => !c.superseded);
  if (contested.length < 2) return null;
  // A report that gives two of the figures itself knows them as two quantities (or contradicts itself: an internal
  // finding's business), whatever another report's frames leave unsaid.
  const fileOf = new Map<string, Cluster>();
  for (const cluster of contested)
    for (const statement of cluster.statements) {
      const other = fileOf.get(statement.file);
      if (other !== undefined && other !== cluster) return null;
      fileOf.set(statement.file, cluster);
    }
  if (fileOf.size < 2) return null;
  // A loose reading tells nothing of which figure came later: only a conflict.
  // Why they are only possibly one: how many times apart the figures are, when more than NEAR_RATIO (else null);
  // that no report says what happened to them (no sentence names an event).
  const ratio = partialRatio(contested);
  const unsaid = contested.every((c) => c.statements.every(eventless));
  const reasons = [
    ratio !== null ? `the figures are ${formatNumber(Math.round(ratio * 10) / 10)} times apart` : null,
    unsaid ? 'no report says what happened to them' : null,
  ].filter((r): r is string => r !== null);
  return mayDisagree(
    subjectLabel,
    contested,
    predicate,
    `may be one quantity: one kind of it, but ${reasons.join(' and ') || 'named alike only in part'}`,
  );
}

/** How many times apart a loose reading's figures are, when more than NEAR_RATIO; else null. */
function partialRatio(clusters: Cluster[]): number | null {
  const values = clusters.map((c) => Math.abs(clusterValue(c)));
  const low = Math.min(...values),
    high = Math.max(...values);
  return low > 0 && high > NEAR_RATIO * low ? high / low : null;
}

/**
 * The one builder of a loose reading's finding (looseFinding, heldFinding, fallbackFindings): an information conflict
 * "Sources may disagree on ...", whose frame's `partial` gives how far apart the figures are and why they are only
 * possibly one quantity.
 */
function mayDisagree(subjectLabel: string, chosen: Cluster[], predicate: string, why: string): LocatedFinding {
  const involved = chosen.flatMap((c) => c.statements.flatMap((s) => s.claims)).sort(byPosition);
  const frame: FindingFrame = { ...sharedFrame(involved, predicate), partial: { ratio: partialRatio(chosen), why } };
  return informationConflict(
    subjectLabel,
    chosen,
    involved,
    frame,
    `Sources may disagree on ${subjectLabel}${scopeWords(frame)}: ${figureList(orderedClusters(chosen))} (${why})`,
  );
}

/** The figures of clusters in a message, each with who gives it: "9 in a, b; 17 in c (officials)". */
function figureList(clusters: Cluster[]): string {
  return clusters.map((c) => clusterText(c)).join('; ');
}

/** A conflict of information severity among contested clusters (a loose reading's, or one only rounding tells). */
function informationConflict(
  subjectLabel: string,
  contested: Cluster[],
  involved: PreparedClaim[],
  frame: FindingFrame,
  message: string,
  rounding?: string,
): LocatedFinding {
  return {
    finding: {
      id: findingId('conflict', subjectLabel, [consensusValue(contested)]),
      kind: 'conflict',
      severity: 'information',
      subject: subjectLabel,
      claims: involved.map((c) => c.claim.id),
      message,
      timeline: timelineOf(contested),
      frame,
      ...(rounding === undefined ? {} : { rounding }),
    },
    locations: locate(involved),
  };
}

/** Whether some claim of a statement bounds its quantity so (statesBound: "at least 7", "up to 40", "30 to 40"). */
function givesBound(statement: Statement, bound: Bound): boolean {
  return statement.claims.some((c) => statesBound(c.claim, bound));
}

/**
 * The ways statements of two values bound their quantity alike ("at least 6" and "at least 7"; "30 to 40" and "35 to
 * 40"): each such statement is read as its writer's bound (strictInterval).
 */
function boundsIn(statements: Statement[]): Bound[] {
  const found: Bound[] = [];
  for (const bound of BOUNDS) {
    let first: number | null = null;
    for (const s of statements) {
      if (!givesBound(s, bound)) continue;
      if (first === null) first = s.value;
      else if (!sameValue(s.value, first)) {
        found.push(bound);
        break;
      }
    }
  }
  return found;
}

/** Whether two values are one (as a Set holds them: NaN is NaN). */
function sameValue(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/** Whether a cluster holds figures of two files, and figures the strict reading narrows (strictInterval). */
function readStrictly(cluster: Cluster): boolean {
  const file = cluster.statements[0].file;
  return (
    cluster.statements.some((s) => s.file !== file) &&
    (boundsIn(cluster.statements).length > 0 ||
      cluster.statements.some((s) => s.claims.some((c) => strictInterval(c.claim, null) !== null)))
  );
}

/** A statement's interval with each figure read strictly (strictInterval), in the frame's base unit. */
function strictStatement(statement: Statement, among: Bound | null): Statement {
  let low = -Infinity,
    high = Infinity,
    narrowed = false;
  for (const c of statement.claims) {
    const strict = scaledStrictInterval(c, among);
    if (strict) narrowed = true;
    low = Math.max(low, strict ? strict.low : c.low);
    high = Math.min(high, strict ? strict.high : c.high);
  }
  if (!narrowed) return statement;
  return low <= high ? { ...statement, low, high } : statement;
}

/**
 * A figure of one group and a figure of another group and file that its strict reading does not meet: an
 * approximate or plain figure (not the other rounded), or two figures that state the bound `among` (two bounds).
 */
function strictPair(groups: Cluster[], among: Bound | null): [Statement, Statement] | null {
  for (const group of groups) {
    for (const strict of group.statements) {
      const narrowed = strict.claims.some((c) => strictInterval(c.claim, null) !== null);
      const bounded = among !== null && givesBound(strict, among);
      if (!narrowed && !bounded) continue;
      for (const other of groups) {
        if (other === group) continue;
        const statement = other.statements.find(
          (s) =>
            s.file !== strict.file &&
            (narrowed || (among !== null && givesBound(s, among))) &&
            (s.high < strict.low || strict.high < s.low),
        );
        if (statement) return [strict, statement];
      }
    }
  }
  return null;
}

/**
 * "about half is not 40% rounded"; "about 50 and about 60 are not one figure rounded"; "at least 7 and at least 6
 * are different floors"; "30–40 and 35–40 are different ranges".
 */
function strictNote(a: Statement, b: Statement, among: Bound | null): string {
  const figure = (s: Statement) => s.claims[0].figure;
  if (among !== null && givesBound(a, among) && givesBound(b, among))
    return `${figure(a)} and ${figure(b)} are different ${among.startsWith('range') ? 'ranges' : `${among}s`}`;
  if (b.claims.some((c) => c.claim.qualifier === 'about'))
    return `${figure(a)} and ${figure(b)} are not one figure rounded`;
  return `${figure(a)} is not ${figure(b)} rounded`;
}

/**
 * Figures of different files that one cluster holds (their intervals overlap) but that cannot be one value as written
 * (strictInterval: "about 50%" and "40%", "1 ton" and "1.2 tons", "at least 6" and "at least 7"): a conflict,
 * information only, because a writer may round loosely. Its figures are those of the cluster's groups read strictly
 * that compare across files; a later figure that supersedes the other (a toll that grew) is a revision, not reported.
 */
function strictFinding(
  clusters: Cluster[],
  distinct: Set<string>,
  predicate: string,
  subjectLabel: string,
): LocatedFinding | null {
  for (const cluster of clusters) {
    if (cluster.superseded || cluster.statements.length < 2) continue;
    const bounds = boundsIn(cluster.statements);
    for (const among of bounds.length ? bounds : [null]) {
      const found = strictFindingIn(cluster, among, distinct, predicate, subjectLabel);
      if (found) return found;
    }
  }
  return null;
}

/** A strict finding (strictFinding) of one cluster, its figures read strictly, among figures stating the bound `among`. */
function strictFindingIn(
  cluster: Cluster,
  among: Bound | null,
  distinct: Set<string>,
  predicate: string,
  subjectLabel: string,
): LocatedFinding | null {
  const statements = cluster.statements.map((statement) => strictStatement(statement, among));
  if (statements.every((s, i) => s === cluster.statements[i])) return null;
  statements.sort((a, b) => a.low - b.low || a.high - b.high || compareStrings(a.file, b.file) || a.value - b.value);
  const groups = clusterStatements(statements);
  if (groups.length < 2) return null;
  const contested = contestedClusters(groups, distinct, toldApart(groups));
  if (contested.length < 2 || new Set(contested.flatMap((c) => c.statements.map((s) => s.file))).size < 2) return null;
  // Loosely read, the figures agree: only sentences that tell of one thing in the same words, one of which says
  // what the figure measures, set them apart (two shares of nothing named are as often of two things); or two
  // figures stating one bound in one full frame (the thing counted and the event: "killed at least 6 people"),
  // which differ as two plain figures of it do.
  const named = (statement: Statement) => statement.keys.frames.some((c) => c.frame.measured !== null);
  const alike = (a: Statement, b: Statement) =>
    a.file !== b.file &&
    (((named(a) || named(b)) && sentencesAlike(a, b)) ||
      describedAlike(a, b) ||
      (among !== null && givesBound(a, among) && givesBound(b, among) && oneFrameOneScale(a, b)));
  if (!someStatementPair(contested, alike)) return null;
  markSuperseded(contested, predicate, []);
  if (contested.some((c) => c.superseded)) return null;
  const pair = strictPair(contested, among);
  if (!pair) return null;
  const rounding = strictNote(pair[0], pair[1], among);
  const ordered = orderedClusters(contested);
  const involved = ordered.flatMap((c) => c.statements.flatMap((s) => s.claims)).sort(byPosition);
  const frame = sharedFrame(involved, predicate);
  const message = `Sources disagree on ${subjectLabel}${scopeWords(frame)} (${rounding}): ${figureList(ordered)}`;
  return informationConflict(subjectLabel, contested, involved, frame, message, rounding);
}

/** The other counted measures with a unit in the sentence of a statement's first figure: what describedAlike compares. */
function measuresBeside(s: Statement): PreparedClaim[] {
  s.measuresBeside ??= s.doc
    .claimsInSentence(s.claims[0].claim.sentenceIndex)
    .filter(
      (c) => c.excluded === null && c.claim.quantityKind === 'other' && c.frame.unit !== null && !s.claims.includes(c),
    );
  return s.measuresBeside;
}

/** A figure's strict reading (strictInterval) in its frame's base unit; null when it has none. */
function scaledStrictInterval(c: PreparedClaim, among: Bound | null): Interval | null {
  const strict = strictInterval(c.claim, among);
  return strict && { low: strict.low * c.frame.scale, high: strict.high * c.frame.scale };
}

/** A measure's values read strictly, else as prepared (low, high); null when it stands for no interval. */
function strictRange(c: PreparedClaim): Interval | null {
  return scaledStrictInterval(c, null) ?? (c.low === -Infinity && c.high === Infinity ? null : c);
}

/**
 * Whether two statements' sentences describe one thing by another measure, on which they agree: beside each figure,
 * a measure of another dimension with a unit, the same in both, whose strict readings meet ("5-foot-8 and 130
 * pounds", "about 5 feet 8, weighs about 120 pounds": one person's height, so one person's weight). Descriptions of
 * two people differ in it ("6 feet and 250 pounds").
 */
function describedAlike(a: Statement, b: Statement): boolean {
  const dimension = a.claims[0].frame.dimension;
  const others = measuresBeside(b);
  if (!others.some((y) => y.frame.dimension !== dimension)) return false;
  return measuresBeside(a).some((x) => {
    if (x.frame.dimension === dimension) return false;
    const p = strictRange(x);
    return (
      p !== null &&
      // Of x's dimension, so of another than the statements'.
      others.some((y) => {
        const q = y.frame.dimension === x.frame.dimension && y.frame.unit === x.frame.unit ? strictRange(y) : null;
        return q !== null && p.low <= q.high && q.low <= p.high;
      })
    );
  });
}

/**
 * Whether one of two shares names what it is of and the other's sentence does not name it ("Turnout was 61.4%" and
 * "the Labour Front came second with 29.8%"): a story gives shares of many wholes, and a share whose frame says none
 * is of the named one only when its sentence names it too. Not for a share of a group of people or things ("27% of
 * men" and "22%" of the same men's cases).
 */
function shareOfUnsaid(a: Statement, b: Statement): boolean {
  if (a.claims[0].claim.quantityKind !== 'percent' || b.claims[0].claim.quantityKind !== 'percent') return false;
  const measuredA = common(a.claims, (c) => c.frame.measured),
    measuredB = common(b.claims, (c) => c.frame.measured);
  if ((measuredA === null) === (measuredB === null)) return false;
  const [named, unsaid] = measuredA !== null ? [measuredA, b] : [measuredB!, a];
  // A share of a group ("27% of men"): the other's sentence may tell of the group in other words ("22% of cases").
  if (kindOf(named) !== undefined) return false;
  return !named.split(' ').some((word) => unsaid.keys.words.has(word) || unsaid.keys.words.has(`${word}s`));
}

/** The value of `pick` when every claim gives the same one; else null. */
function common<T>(claims: PreparedClaim[], pick: (c: PreparedClaim) => T | null): T | null {
  const value = claims.length ? pick(claims[0]) : null;
  return value !== null && claims.every((c) => pick(c) === value) ? value : null;
}

const DIRECTION_PLACES = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center|capital)$/;

/** "at the market", "in Kabul", "in the north". */
function placeWords(place: string): string {
  if (CAPITAL_FIRST.test(place)) return `in ${place}`;
  return DIRECTION_PLACES.test(place) ? `in the ${place}` : `at the ${place}`;
}

/** The frame a finding's claims share: what is measured, by which event, where and when they agree on it. */
function sharedFrame(claims: PreparedClaim[], predicate: string): FindingFrame {
  const place = common(claims, (c) => c.frame.place);
  const time = common(claims, (c) => c.frame.time);
  const scope = claims.every((c) => c.frame.scope === 'running') ? ('running' as const) : null;
  // Whose Nth a rank is: the first claim's name (ranks compare across a misspelling: "Klitschko", "Klitchsko").
  const ranked = claims[0]?.claim.quantityKind === 'ordinal' ? claims[0].frame.agent : null;
  const words = [
    predicate,
    ranked ? `of ${ranked}` : null,
    place ? placeWords(place) : null,
    time,
    scope === 'running' ? 'running total' : null,
  ].filter((w): w is string => w !== null);
  return {
    measured: common(claims, (c) => c.frame.measured) ?? claims[0]?.unit ?? null,
    event: predicate,
    place,
    time,
    scope,
    unit: common(claims, (c) => c.frame.unit),
    words: words.join(' · '),
  };
}

/** What the frame adds to a finding's subject, for its message: " · at the market · tuesday", or nothing. */
function scopeWords(frame: FindingFrame): string {
  const rest = frame.words.split(' · ').slice(1);
  return rest.length ? ` · ${rest.join(' · ')}` : '';
}

/**
 * What a statement is compared by (its words, names, places, sentences, distinct frames), each read from its claims
 * once, when first asked for, rather than once per pair compared: a figure repeated on hundreds of lines of one file
 * makes a statement of hundreds of claims, and a pair of statements must cost its distinct keys, not its claims squared.
 */
class StatementKeys {
  private wordSet?: Set<string>;
  private nameSet?: Set<string>;
  private placeSet?: Set<string>;
  private sentenceSet?: Set<string>;
  private sentenceIndexSet?: Set<number>;
  private frameList?: PreparedClaim[];

  constructor(private readonly claims: PreparedClaim[]) {}

  get words(): Set<string> {
    return (this.wordSet ??= this.union((c) => c.contentWords));
  }

  get names(): Set<string> {
    return (this.nameSet ??= this.union((c) => c.sentenceTokens));
  }

  get places(): Set<string> {
    return (this.placeSet ??= this.union((c) =>
      c.claim.context.places.map((p) => p.toLowerCase()).filter((p) => !c.siblingPlaces?.includes(p)),
    ));
  }

  get sentences(): Set<string> {
    return (this.sentenceSet ??= this.union((c) => [c.claim.sentence]));
  }

  get sentenceIndexes(): Set<number> {
    return (this.sentenceIndexSet ??= this.union((c) => [c.claim.sentenceIndex]));
  }

  /**
   * One claim of each distinct frame key, in claim order, the first MAX_PAIR_CHECKS of them: the claims
   * framesCompatible, sameMeasure and comparable pair (a figure given at thousands of places is paired by its first).
   */
  get frames(): PreparedClaim[] {
    if (!this.frameList && this.claims.length === 1) this.frameList = this.claims;
    if (!this.frameList) {
      const byKey = new Map<string, PreparedClaim>();
      for (const claim of this.claims) {
        const key = frameKey(claim);
        if (!byKey.has(key)) byKey.set(key, claim);
        if (byKey.size === MAX_PAIR_CHECKS) break;
      }
      this.frameList = [...byKey.values()];
    }
    return this.frameList;
  }

  /** The union of what each claim gives (a lone claim's own set, if it gives one: read only). */
  private union<T>(pick: (claim: PreparedClaim) => Iterable<T>): Set<T> {
    if (this.claims.length === 1) {
      const only = pick(this.claims[0]);
      if (only instanceof Set) return only;
    }
    const union = new Set<T>();
    for (const claim of this.claims) for (const item of pick(claim)) union.add(item);
    return union;
  }
}

function sharesAny<T>(a: Set<T>, b: Set<T>): boolean {
  if (a.size > b.size) return sharesAny(b, a);
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Whether `a` holds an item `b` does not. */
function hasOutside<T>(a: Set<T>, b: Set<T>): boolean {
  for (const item of a) if (!b.has(item)) return true;
  return false;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

/**
 * The places that tell incidents apart in one quantity of a story: a common noun ("at the school", "at the market")
 * always does; a name ("in Quetta", "in Balochistan") only where one file gives figures of the quantity at two
 * places, because outlets name one event's place at different scales.
 */
/** In the set of distinct places: a place a sentence sets one figure at beside another at none, so a part of a whole. */
const PART_OF = 'part of:';

function distinctPlaces(claims: PreparedClaim[]): Set<string> {
  const distinct = new Set<string>();
  const byFile = new Map<string, Set<string>>();
  for (const claim of claims) {
    const place = claim.frame.place;
    if (!place) continue;
    if (!CAPITAL_FIRST.test(place)) distinct.add(place);
    let places = byFile.get(claim.claim.file);
    if (!places) byFile.set(claim.claim.file, (places = new Set()));
    places.add(place);
  }
  for (const places of byFile.values()) if (places.size > 1) for (const place of places) distinct.add(place);
  for (const place of areasSplittingAWhole(claims)) distinct.add(place).add(`${PART_OF}${place}`);
  // "23.5 million albums in the United States and 37 million worldwide": a sentence that gives a figure at a place
  // and one at none tells that place apart from every place, and from none (marked `part of:`).
  if (byFile.size === 0) return distinct;
  const placedAt = new Map<string, PreparedClaim>();
  for (const claim of claims)
    if (claim.frame.place) placedAt.set(`${claim.claim.file}\u0000${claim.claim.sentenceIndex}`, claim);
  for (const claim of claims) {
    if (claim.frame.place) continue;
    const placed = placedAt.get(`${claim.claim.file}\u0000${claim.claim.sentenceIndex}`);
    if (placed) distinct.add(placed.frame.place!).add(`${PART_OF}${placed.frame.place}`);
  }
  return distinct;
}

/** The areas the documents of a quantity's figures split a quantity of their story by (areasSplitByDocument). */
function areasSplittingAWhole(claims: PreparedClaim[]): Set<string> {
  const parts = new Set<string>();
  let seen: ReadonlySet<string> | null = null;
  for (const claim of claims) {
    if (claim.areaParts === seen || claim.areaParts.size === 0) continue;
    seen = claim.areaParts;
    for (const place of claim.areaParts) parts.add(place);
  }
  return parts;
}

/**
 * Whether two statements' frames can denote one quantity: no conflicting place, compatible modifiers of the thing
 * measured ("armoured vehicles" and "vehicles", not "armoured" and "civilian" ones), and a running total ("so far",
 * "since the offensive began") never against one incident's count (a figure set at a place or on a day).
 */
function framesCompatible(a: Statement, b: Statement, distinct: Set<string>): boolean {
  for (const x of a.keys.frames) {
    for (const y of b.keys.frames) {
      if (framePairCompatible(x, y, distinct)) return true;
    }
  }
  return false;
}

/**
 * Every field of a claim that framePairCompatible, sameMeasure and comparable's pairings read: two claims of one key
 * pair alike with any claim, so a statement is paired by one claim per key (StatementKeys.frames).
 */
function frameKey(claim: PreparedClaim): string {
  const f = claim.frame;
  return [
    claim.event,
    claim.unit,
    claim.claim.quantityKind,
    claim.measure,
    keyText(claim.notMeasured),
    keyText(f.measured),
    keyText(f.agent),
    keyText(f.time),
    keyText(f.place),
    keyText(f.scope),
    keyText(f.extent ?? null),
    ...f.modifiers,
  ].join('\u0000');
}

/** A field of a key: null apart from any text. */
function keyText(value: string | null): string {
  return value === null ? '\u0001' : value;
}

/** Whether two claims' frames can denote one quantity (framesClash finds nothing). */
function framePairCompatible(
  x: PreparedClaim,
  y: PreparedClaim,
  distinct: Set<string>,
  anyEvent = false,
  anyNoun = false,
): boolean {
  return framesClash(x, y, distinct, anyEvent, anyNoun) === null;
}

/**
 * What sets two claims' frames apart as two quantities (see framesCompatible), or null when they can denote one. `anyEvent`: events are not compared (the
 * fallbacks); `anyNoun`: two counted nouns are not read as two sets (distinctSets), the caller tells sets apart
 * (crossApart).
 */
function framesClash(
  x: PreparedClaim,
  y: PreparedClaim,
  distinct: Set<string>,
  anyEvent = false,
  anyNoun = false,
): string | null {
  const fx = x.frame,
    fy = y.frame;
  const ex = countedEvent(x),
    ey = countedEvent(y);
  if (
    !anyEvent &&
    ex !== '' &&
    ey !== '' &&
    ex !== ey &&
    !(x.claim.quantityKind === 'duration' && fx.measured !== null && fx.measured === fy.measured)
  )
    return 'events';
  if (!anyNoun && distinctSets(x, y)) return 'sets';
  if (fx.agent && fy.agent && fx.agent !== fy.agent && !(isAgeFrame(fx) && sameAgeOwner(fx.agent, fy.agent)))
    return 'owners';
  if (fx.time && fy.time && fx.time !== fy.time) return 'times';
  if (x.claim.quantityKind !== 'duration' && opensARun(fx.time) !== opensARun(fy.time))
    return 'the first part of a period';
  // A projection ("is expected to sell 300,000", "if the track sold 500,000") is no report of what happened.
  if ((fx.stage === 'projected') !== (fy.stage === 'projected')) return 'projection';
  if (
    (x.notMeasured !== null && x.notMeasured === fy.measured) ||
    (y.notMeasured !== null && y.notMeasured === fx.measured)
  )
    return 'not what is measured';
  // A measure of two things is two quantities, unless one thing is named at two levels ("fir" and "spruce", "woman"
  // and "female exoneree": namedAtTwoLevels), compared as a frame that names it only in part (not sameMeasure).
  if (
    (x.measure || y.measure) &&
    fx.measured &&
    fy.measured &&
    fx.measured !== fy.measured &&
    !namedAtTwoLevels(fx.measured, fy.measured)
  )
    return 'things measured';
  // A share written in words ("one in 10 adults") is rounded: compared only with a figure of what it is a share of
  // (named alike, or at two levels: "about half the women", "40% of female exonerees").
  if (
    (x.claim.unitKey === SHARE || y.claim.unitKey === SHARE) &&
    fx.measured !== fy.measured &&
    !(fx.measured && fy.measured && namedAtTwoLevels(fx.measured, fy.measured))
  )
    return 'share of another thing';
  // Two extents of one object (its height and its width) are two quantities.
  if (fx.extent && fy.extent && fx.extent !== fy.extent) return 'extents';
  if (fx.place && fy.place && fx.place !== fy.place && (distinct.has(fx.place) || distinct.has(fy.place)))
    return 'places';
  // A part of a whole ("41 people died in Sindh") is no figure of the whole: of no place, or of the country.
  if (
    (fx.place && isWholePlace(fy.place) && distinct.has(`${PART_OF}${fx.place}`)) ||
    (fy.place && isWholePlace(fx.place) && distinct.has(`${PART_OF}${fy.place}`))
  )
    return 'part of a place';
  if (fx.modifiers.length > 0 && fy.modifiers.length > 0 && !sharesModifier(fx.modifiers, fy.modifiers))
    return 'modifiers';
  const incident = (f: typeof fx) => f.place !== null || f.time !== null;
  if (
    (fx.scope === 'running' && fy.scope !== 'running' && incident(fy)) ||
    (fy.scope === 'running' && fx.scope !== 'running' && incident(fx))
  )
    return 'running total against an incident';
  return null;
}

/** Whether a figure's place is its story's whole: none said, or a country. */
function isWholePlace(place: string | null): boolean {
  return place === null || isCountry(place);
}

/**
 * Whether a figure's time is the opening part of a run ("sold 800,000 copies in its first week", "took $40 million on
 * its opening weekend", "in the first 24 hours"): a part of the whole that a figure with no such time may count.
 * Not read of a length of time, whose clause's time is rarely its own ("the first year of a three-year deal").
 */
function opensARun(time: string | null): boolean {
  return time !== null && OPENING_PART.test(time);
}

const OPENING_PART = /^(?:first|opening)\b/;

/**
 * Whether two lists of modifiers share one, a compound written whole on one side and hyphenated on the other
 * ("hydroelectric", "hydro-electric": read as "hydro" and "electric") counting as one.
 */
function sharesModifier(x: readonly string[], y: readonly string[]): boolean {
  if (x.some((m) => y.includes(m))) return true;
  const joinedIn = (split: readonly string[], whole: readonly string[]) =>
    split.some((m, i) => i + 1 < split.length && whole.includes(m + split[i + 1]));
  return joinedIn(x, y) || joinedIn(y, x);
}

/**
 * Whether two statements are about the same quantity, judged from their sentences. Counts: sentences that both
 * say something (two content words or more) must share a word, and in one file name the same places. Measures
 * (money, shares): the same thing they are of, or, across files, sentences sharing two content words, because an
 * article quotes many prices and percentages of different things.
 */
function comparable(a: Statement, b: Statement, distinct: Set<string>, loose = false): boolean {
  return incomparable(a, b, distinct, loose) === null;
}

/** Whether two sets of names share one, a name and its plural alike ("Palestinian" death toll, 1,262 "Palestinians"). */
function sharesName(x: Set<string>, y: Set<string>): boolean {
  if (sharesAny(x, y)) return true;
  for (const name of x) if ((name.endsWith('s') && y.has(name.slice(0, -1))) || y.has(`${name}s`)) return true;
  return false;
}

/** What keeps two statements from being compared as one quantity (see comparable), or null when nothing does. */
function incomparable(a: Statement, b: Statement, distinct: Set<string>, loose = false): string | null {
  if (a.claims[0].claim.quantityKind === 'ordinal') return ranksComparable(a, b) ? null : 'ranks';
  // Records, scores and votes: of one owner or match (their quantity says so), across files, in frames that agree
  // (a record before the event never against one after it); the places their sentences name set nothing apart.
  if (a.claims[0].tally !== null)
    return a.file !== b.file && framesCompatible(a, b, distinct) && !sharesAny(a.keys.sentences, b.keys.sentences)
      ? null
      : 'tallies';
  // One text's changes of one thing are of different periods ("dropped 127 points within two minutes", "closed
  // down 20 points"), its additions successive ("another 12 arrested", "a further 5"): each compares only with
  // another report's.
  if (a.file === b.file && (isChangeAmount(a.claims[0]) || isAddition(a.claims[0]))) return 'changes of one text';
  const measure = a.claims[0].measure || b.claims[0].measure;
  // Two head counts neither of which says what happened ("six games", "15.9 points") are only compared across
  // files, when they name the same thing of the same one (whose points: "Brand's", "Miller is averaging") and
  // their sentences share words.
  const noEvent = !measure && eventless(a) && eventless(b);
  if (noEvent && a.file === b.file) return 'no event, one file';
  // Frames that name the same thing and the same event denote one quantity whatever the figures; frames that leave
  // one of them unsaid only when the figures are near (outlets disagree by a little; a figure several times
  // another counts something else). Tested before the frames' compatibility: it turns most pairs away, cheaply.
  const strong = sameMeasure(a, b);
  const duration = a.claims[0].claim.quantityKind === 'duration';
  if (!strong && (duration || !(nearValues(a, b) || (loose && farOfOneKind(a, b)))))
    return 'frames unsaid, figures far';
  if (!framesCompatible(a, b, distinct)) return `frames: ${framesClash(a.keys.frames[0], b.keys.frames[0], distinct)}`;
  // Two figures one sentence relates ("rose to 310 from 287", "a loss of $5m on sales of $20m") are not a contradiction.
  if (sharesAny(a.keys.sentences, b.keys.sentences)) return 'one sentence';
  // Figures set in different places ("5 killed in Kabul", "3 in Kandahar") count different things.
  const placesA = a.keys.places,
    placesB = b.keys.places;
  if (placesA.size > 0 && placesB.size > 0 && !sharesAny(placesA, placesB)) {
    if (a.file === b.file) return 'places in one file';
    // Across files, "in Quetta" and "across Balochistan" are one event when each text knows the other's place.
    const known = (places: Set<string>, doc: PreparedDoc) =>
      [...places].some((place) =>
        place.split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 3 && doc.fingerprint.has(word)),
      );
    if (!known(placesA, b.doc) && !known(placesB, a.doc)) return 'places';
  }
  // A length of time is someone's (a deal's, a ban's, a career's): a story gives many people's, so two that name
  // nobody in common are of two subjects, however alike their frames; so are two sums of one thing far apart (other
  // players' contracts, $37.5 million and $160 million).
  if (
    (!strong || farSums(a, b)) &&
    a.keys.names.size > 0 &&
    b.keys.names.size > 0 &&
    !sharesName(a.keys.names, b.keys.names) &&
    !sourcesOnOneThing(a, b)
  )
    return 'names';
  if (duration) {
    const namesA = ownerNames(a),
      namesB = ownerNames(b);
    if (namesA.size > 0 && namesB.size > 0 && !sharesAny(namesA, namesB)) return 'owners of a length of time';
  }
  if (a.file !== b.file && shareOfUnsaid(a, b)) return 'a share of a named thing, a share of none';
  if (measure) {
    // One file's sums, shares or lengths of time ("a $184 million deal" for one team, "a $200 million contract"
    // for another; "seven minutes remaining", "six minutes remaining") are of one thing only when their sentences
    // also name one thing, or two sources give them for one thing (sourcesOnOneThing).
    if (a.file === b.file)
      return (strong && sharesAny(a.keys.names, b.keys.names)) || sourcesOnOneThing(a, b)
        ? null
        : 'measures of one file';
    // Money and shares: a story quotes many; a frame that leaves what they are of unsaid needs its sentence's words
    // (and such a conflict is information only: see confidentPair), or another measure their sentences agree on.
    return strong || sharedCount(a.keys.words, b.keys.words) >= 2 || describedAlike(a, b)
      ? null
      : 'measures of other things';
  }
  // One file's counts of one frame that no two sources give are of one subject only when their sentences name one:
  // an article counts many things of one kind ("During that year, 3,500 people produced 56,000 cars"; "Last year, MG
  // Rover ... produced just 110,000 cars").
  if (a.file === b.file && a.source === b.source && !sharesAny(a.keys.names, b.keys.names)) return 'counts of one file';
  const wordsA = a.keys.words,
    wordsB = b.keys.words;
  const shared = sharedCount(wordsA, wordsB);
  // Read loosely, two reports' counts of one kind of a thing ("nine of the ten hydroelectric turbines", "17 giant
  // hydro-electric turbines") are one quantity whatever else their sentences say.
  if (noEvent && loose && oneKind(a, b)) return null;
  if (noEvent) {
    return shared >= NO_EVENT_SHARED &&
      sharesAny(a.keys.names, b.keys.names) &&
      a.keys.frames.some((x) => b.keys.frames.some((y) => x.frame.agent === y.frame.agent))
      ? null
      : 'no event, sentences unalike';
  }
  // Across files, frames read from the text that name one thing and one event are enough (how sure the finding
  // is, is its severity: see confidentPair); figures given without a frame need their sentences to share a word.
  if (a.file !== b.file && strong && a.claims.every((c) => c.claim.frame) && b.claims.every((c) => c.claim.frame))
    return null;
  if (wordsA.size < 2 || wordsB.size < 2) return null;
  return shared >= 1 ? null : 'sentences share no word';
}

/**
 * The names of whom a statement's sentences may tell: their names, with a first word its document names elsewhere
 * ("O'Brien just finished"), but not the places they are set in or who is quoted ("She had been hospitalized in Los
 * Angeles": nobody named; "Dalembert agreed ..., his agent Marc Cornstein told ESPN": Dalembert).
 */
function ownerNames(statement: Statement): Set<string> {
  const names = new Set(statement.keys.names);
  for (const claim of statement.keys.frames) {
    const first = firstWordName(claim.claim.sentence, statement.doc.fingerprint);
    if (first !== null) names.add(first);
  }
  for (const claim of statement.keys.frames) {
    const { context, attribution } = claim.claim;
    const aside = [...context.places, attribution?.source ?? ''].join(' ').toLowerCase();
    for (const word of aside.split(/[^\p{L}'’-]+/u)) names.delete(word);
  }
  return names;
}

/**
 * Whether two ranks are one: in two files (an article's "second album" and "third album" are two albums), of the same
 * thing ranked (the bucket), of the same one ("Klitschko" and "Klitchsko": a name misspelt is one name), in the same
 * window ("third this year" is no "sixth" of a career), with compatible kinds of it ("studio" and "live" albums), a
 * streak of days or months as of one date, and near: a rank two or more places off is more often of another of the
 * same things than a misreport.
 */
function ranksComparable(a: Statement, b: Statement): boolean {
  if (a.file === b.file || Math.abs(a.value - b.value) > MAX_RANK_GAP) return false;
  if (sharesAny(a.keys.sentences, b.keys.sentences)) return false;
  // An article that gives both ranks ("the fifth nuclear test, after the fourth in January") tells two of the thing apart.
  if (ranks(a.doc, a.claims[0].bucket, b.value) || ranks(b.doc, b.claims[0].bucket, a.value)) return false;
  return a.keys.frames.some((x) =>
    b.keys.frames.some((y) => {
      const fx = x.frame,
        fy = y.frame;
      if (fx.agent === null || fy.agent === null || !sameName(fx.agent, fy.agent)) return false;
      if (fx.time !== fy.time) return false;
      // A streak ("for the ninth straight day") reported on two days is two counts of it.
      if ((fx.scope === 'running' || fy.scope === 'running') && a.date !== b.date) return false;
      return fx.modifiers.length === 0 || fy.modifiers.length === 0 || sharesModifier(fx.modifiers, fy.modifiers);
    }),
  );
}

/** Whether a document gives a rank of the thing a bucket ranks (among its first MAX_PAIR_CHECKS). */
function ranks(doc: PreparedDoc, bucket: string, value: number): boolean {
  const claims = doc.countedClaims.get(bucket) ?? [];
  for (let i = 0; i < claims.length && i < MAX_PAIR_CHECKS; i++)
    if (claims[i].claim.value.stated === value) return true;
  return false;
}

/** How many places apart two ranks of one thing may be and still be compared ("fourth" and "fifth" coach). */
const MAX_RANK_GAP = 1;

/** One name, or one misspelt: "Klitschko" and "Klitchsko" (two letters swapped or changed in a long name). */
function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase(),
    y = b.toLowerCase();
  if (x === y) return true;
  if (x.length < 6 || y.length < 6 || x[0] !== y[0] || Math.abs(x.length - y.length) > 1) return false;
  return editDistance(x, y) <= 2;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * Content words two outlets' sentences must share, besides a name, for two counts no verb governs to be compared
 * ("17 nominations" and "a 16-time Grammy nominee" on the Walk of Fame): an article counts many things in passing.
 */
const NO_EVENT_SHARED = 3;

/** Names and content words two outlets' sentences of one figure share at least, for a conflict to be a warning. */
const CONFIDENT_SHARED = 3;
/**
 * How many times apart two figures may be, at most, for their conflict to be a warning: further apart, they more
 * often count different things under one frame (a petition's "millions" of signatures and a letter's 680
 * signatories) than misreport one.
 */
const CONFIDENT_RATIO = 10;

/** Whether two clusters hold statements of different files whose frames agree in full and whose sentences share a name or words. */
function confidentPair(clusters: Cluster[]): boolean {
  return someStatementPair(clusters, (a, b) => a.file !== b.file && oneFrameOneScale(a, b) && sentencesAlike(a, b));
}

/**
 * Whether two statements' sentences share CONFIDENT_SHARED names and content words. A thing measured that their frames
 * name at two levels ("female exonerees", "the women": namedAtTwoLevels) is one word they share, in other words.
 */
function sentencesAlike(a: Statement, b: Statement): boolean {
  const shared = sharedCount(a.keys.names, b.keys.names) + sharedCount(a.keys.words, b.keys.words);
  return shared >= CONFIDENT_SHARED || (shared === CONFIDENT_SHARED - 1 && thingAtTwoLevels(a, b));
}

/** Whether some frames of two statements name their thing measured at two levels (namedAtTwoLevels). */
function thingAtTwoLevels(a: Statement, b: Statement): boolean {
  return a.keys.frames.some((x) =>
    b.keys.frames.some(
      (y) =>
        x.frame.measured !== null && y.frame.measured !== null && namedAtTwoLevels(x.frame.measured, y.frame.measured),
    ),
  );
}

/** Whether two statements share the whole frame (the thing measured and an event) and are at most CONFIDENT_RATIO apart. */
function oneFrameOneScale(a: Statement, b: Statement): boolean {
  // Two ranks compared are of one thing of one subject (see ranksComparable): their frames agree in full.
  if (a.claims[0].claim.quantityKind === 'ordinal') return ranksComparable(a, b);
  return (
    sameMeasure(a, b) &&
    Math.max(a.value, b.value) <= CONFIDENT_RATIO * Math.min(a.value, b.value) &&
    a.keys.frames.some((x) => x.event !== '' && b.keys.frames.some((y) => y.event === x.event))
  );
}

/** Whether `test` holds for a statement of one group and one of a later group (the first MAX_PAIR_CHECKS of each). */
function someStatementPair(
  groups: Array<{ statements: Statement[] }>,
  test: (a: Statement, b: Statement) => boolean,
): boolean {
  const firsts = groups.map((group) => group.statements.slice(0, MAX_PAIR_CHECKS));
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) {
      for (const a of firsts[i]) for (const b of firsts[j]) if (test(a, b)) return true;
    }
  }
  return false;
}

/**
 * Whether one file's contradicting figures are a warning: two of them, of different entries, name different sources
 * ("197, state media reports"; "177, the military claims") and share a full frame (the thing measured and the
 * event), at most CONFIDENT_RATIO apart. An article's figures of one frame without two sources are more often of
 * different things (a game's sales in nine days and by the year's end, two players' goals) than a contradiction:
 * information.
 */
function contradictedBySources(entries: Array<{ statements: Statement[] }>): boolean {
  // Only entries a source gives can pair, and a file of thousands of sourced figures is judged by its first ones.
  const sourced = entries
    .map((entry) => ({ statements: entry.statements.filter((s) => s.source !== null) }))
    .filter((entry) => entry.statements.length > 0)
    .slice(0, MAX_PAIR_CHECKS);
  return someStatementPair(sourced, (a, b) => twoSources(a, b) && oneFrameOneScale(a, b));
}

/**
 * Whether some claim of each statement names the same thing measured and the same event: for a head count, the
 * bucket's counted noun and one event; for a measure, what it is of (and the same event, or none on both sides).
 */
function sameMeasure(a: Statement, b: Statement): boolean {
  // Plain loops: this turns away most pairs a story compares, and costs no closure per pair.
  for (const x of a.keys.frames) for (const y of b.keys.frames) if (claimsSameMeasure(x, y)) return true;
  return false;
}

function claimsSameMeasure(x: PreparedClaim, y: PreparedClaim): boolean {
  // A length of time names what lasted by a noun or its verb ("30 hours of deliberation", "deliberated for 40 hours").
  if (x.claim.quantityKind === 'duration' && y.claim.quantityKind === 'duration')
    return x.frame.measured !== null && x.frame.measured === y.frame.measured;
  if (x.measure) return x.event === y.event && x.frame.measured !== null && x.frame.measured === y.frame.measured;
  if (countedEvent(x) !== countedEvent(y) || !namedAlike(x, y)) return false;
  // Two additions that name no event ("called in an additional six engines", "called a further four appliances")
  // name the thing but not what befell it: a frame in part, compared when near and for information.
  if (x.event === y.event) return x.event !== '' && x.event !== ADDED;
  if (x.event !== '' && y.event !== '') return true;
  // "Up to 800 protesters gathered" and "more than 10,000 demonstrators": being there is no second quantity of them
  // (but "300 arrested protesters" are other ones). A count of "people" names no role, and one person no group:
  // either may be of anything the sentence goes on to say.
  const bare = x.event === '' ? x : y;
  return (
    x.frame.measured !== null && x.frame.measured === y.frame.measured && bare.unit !== ANYONE && statedValue(bare) > 1
  );
}

/** The unit of a head count that names nobody's role ("1,313 people"). */
const ANYONE = 'person';

/**
 * Events that only say the people counted were there or did what they came for ("800 protesters gathered", "40
 * firefighters fought the blaze", "30 volunteers arrived"): of a head count, no quantity apart from the bare count
 * of those people.
 */
const PRESENCE_EVENTS = new Set(['attended', 'marched', 'protested', 'demonstrat', 'arriv', 'fight', 'battl', 'tackl']);

/**
 * The event that sets a figure's quantity apart from others of its story: "" for none, for a head count's presence,
 * and for a verb that only names a measure's dimension ("weighing 130 pounds" and "5-foot-8, 135 pounds" are one
 * quantity: frames.ts namesDimension).
 */
function countedEvent(claim: PreparedClaim): string {
  if (claim.measure) return namesOnlyDimension(claim) ? '' : claim.event;
  return PRESENCE_EVENTS.has(claim.event) ? '' : claim.event;
}

/** Whether a measure's verb only names its dimension ("weighing 130 pounds"): see countedEvent. */
function namesOnlyDimension(claim: PreparedClaim): boolean {
  return claim.measure && namesDimension(claim.event, claim.frame.dimension);
}

/** Whether no claim of a statement (of its distinct frames) names an event. */
function eventless(statement: Statement): boolean {
  for (const claim of statement.keys.frames) if (claim.event !== '') return false;
  return true;
}

/** The largest ratio between two outlets' figures of one quantity that frames naming it only in part may show. */
const NEAR_RATIO = 1.5;

/**
 * The largest ratio between two outlets' sums of money that name one event and nothing else of what they measure
 * ("has spent $117 billion on contractors", "the nearly $200 billion spent on contracts and grants"): the sum of
 * that event as a whole, which outlets count more or less widely.
 */
const EVENT_SUM_RATIO = 2;

/** Whether two statements are sums of money further apart than NEAR_RATIO. */
function farSums(a: Statement, b: Statement): boolean {
  return a.claims[0].claim.quantityKind === 'money' && valueRatio(a, b) > NEAR_RATIO;
}

function nearValues(a: Statement, b: Statement): boolean {
  const ratio = valueRatio(a, b);
  return ratio <= NEAR_RATIO || (ratio <= EVENT_SUM_RATIO && sumsOfOneEvent(a, b));
}

/** How many times the larger of two statements' figures (the middle of each) is the smaller: 1 or more, or Infinity. */
function valueRatio(a: Statement, b: Statement): number {
  const x = Math.abs(middleOf(a)),
    y = Math.abs(middleOf(b));
  if (x === 0 || y === 0) return x === y ? 1 : Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

/**
 * The largest ratio between two outlets' figures whose frames name one kind of a thing (oneKind: "nine hydroelectric
 * turbines", "17 giant hydro-electric turbines") that a loose reading (looseFinding) still compares: a conflict of
 * information severity, to check. On the tuned batches, the figures of such pairs that are one quantity are at most
 * twice apart; look-alikes (a game's six matches and two of them) more often further.
 */
const LOOSE_RATIO = 2;

/**
 * The smallest head count a loose reading compares: reports that give a few of a kind of thing ("the other two main
 * parties", "all three main parties"; "a four-set win", "a five-set battle") count different sets of it far more
 * often than they misreport one (on the tuned batches and BBC, every such pair a looser rule compared was two sets).
 */
const LOOSE_MIN_COUNT = 5;

/** Whether two statements' figures are at most LOOSE_RATIO apart and their frames name one kind of a thing (oneKind). */
function farOfOneKind(a: Statement, b: Statement): boolean {
  return valueRatio(a, b) <= LOOSE_RATIO && oneKind(a, b);
}

/**
 * Whether some frames of two statements name one kind of a thing: the same head of the thing measured, with
 * modifiers on both sides that share one ("hydroelectric turbine", "giant hydro electric turbine"); for a head count,
 * of at least LOOSE_MIN_COUNT on both sides.
 */
function oneKind(a: Statement, b: Statement): boolean {
  if (!a.claims[0].measure && Math.min(middleOf(a), middleOf(b)) < LOOSE_MIN_COUNT) return false;
  return a.keys.frames.some((x) =>
    b.keys.frames.some(
      (y) =>
        x.frame.modifiers.length > 0 &&
        y.frame.modifiers.length > 0 &&
        sharesModifier(x.frame.modifiers, y.frame.modifiers) &&
        sameHead(x, y),
    ),
  );
}

/** Whether two claims' frames name a thing measured whose last word (its head: "giant hydro electric turbine") is one. */
function sameHead(x: PreparedClaim, y: PreparedClaim): boolean {
  const mx = x.frame.measured,
    my = y.frame.measured;
  if (mx === null || my === null) return false;
  return mx.slice(mx.lastIndexOf(' ') + 1) === my.slice(my.lastIndexOf(' ') + 1);
}

/**
 * Whether some claim of each statement is a sum of money of an event and of nothing named (the statements of one
 * quantity name one event: storyFindings keys them by it).
 */
function sumsOfOneEvent(a: Statement, b: Statement): boolean {
  return a.keys.frames.some(
    (x) =>
      x.claim.quantityKind === 'money' &&
      x.event !== '' &&
      x.frame.measured === null &&
      b.keys.frames.some((y) => y.frame.measured === null),
  );
}

/**
 * The figure a statement stands for when figures are compared by ratio: the middle of its interval, but a cap's own
 * figure. A cap's interval runs down to nothing ("up to $2.5tn" is 0 to $2.5tn), and its middle, half what the writer
 * wrote, would set "up to $30,000" twice as far from "$30,000" as from "$15,000".
 */
function middleOf(statement: Statement): number {
  const { low, high } = statement;
  if (statement.claims.some((c) => isCap(c.claim))) return statement.value;
  return Number.isFinite(low) && Number.isFinite(high) ? (low + high) / 2 : statement.value;
}

const MAX_PAIR_CHECKS = 64;

/** The sentence all the claims of a cluster's first statements stand in, or null when they stand in several. */
function onlySentenceOf(statements: Statement[]): number | null {
  let only: number | null = null;
  for (const statement of statements.slice(0, MAX_PAIR_CHECKS)) {
    for (const claim of statement.claims) {
      if (only === null) only = claim.claim.sentenceIndex;
      else if (only !== claim.claim.sentenceIndex) return null;
    }
  }
  return only;
}

/**
 * The entries (one file's share of each cluster) that contradict another entry of the file. Two figures of one
 * sentence never do, so an entry whose figures all stand in one sentence is checked only against entries with a
 * figure elsewhere: a one-line export with thousands of figures costs no pair checks.
 */
function withinFileContradictions<T extends { statements: Statement[] }>(
  own: T[],
  contradict: (entry: T, other: T) => boolean,
): T[] {
  const onlySentence = own.map((entry) => onlySentenceOf(entry.statements));
  const spread: number[] = [];
  const onlyIn = new Map<number, number[]>();
  own.forEach((_, i) => {
    const only = onlySentence[i];
    if (only === null) spread.push(i);
    else pushTo(onlyIn, only, i);
  });
  // The entries an entry is checked against: those spread over sentences, then those of its other sentences. An entry
  // meets at most MAX_PAIR_CHECKS others: a file listing thousands of figures of one quantity, none of them
  // contradicting another, costs time linear in its figures.
  return own.filter((_, i) => {
    let checks = 0;
    for (const j of spread) {
      if (j === i) continue;
      if (checks++ === MAX_PAIR_CHECKS) return false;
      if (contradict(own[i], own[j])) return true;
    }
    for (const [sentence, others] of onlyIn) {
      if (sentence === onlySentence[i]) continue;
      for (const j of others) {
        if (checks++ === MAX_PAIR_CHECKS) return false;
        if (contradict(own[i], own[j])) return true;
      }
    }
    return false;
  });
}

/**
 * The clusters comparable with another cluster across files. Only statements of different files are compared, so
 * a cluster whose first statements all lie in one file is checked only against clusters with a statement
 * elsewhere: a file that gives thousands of figures of one quantity costs no pair checks.
 */
function contestedClusters(clusters: Cluster[], distinct: Set<string>, apart: Set<number>, loose = false): Cluster[] {
  const sides = clusters.map((cluster) => new PairSide(cluster.statements));
  const onlyFileOf: Array<string | null> = [];
  const clustersOnlyIn = new Map<string, number[]>();
  const spread: number[] = [];
  sides.forEach((side, index) => {
    const files = new Set(side.first.map((s) => s.file));
    const only = files.size === 1 ? [...files][0] : null;
    onlyFileOf.push(only);
    if (only === null) spread.push(index);
    else pushTo(clustersOnlyIn, only, index);
  });
  const comparableWithAny = (index: number, others: number[]) => {
    for (const other of others) {
      if (other === index || apart.has(pairKey(index, other, clusters.length))) continue;
      if (clustersComparable(sides[index], sides[other], false, distinct, loose)) return true;
    }
    return false;
  };
  return clusters.filter((_, index) => {
    const only = onlyFileOf[index];
    if (comparableWithAny(index, spread)) return true;
    for (const [file, others] of clustersOnlyIn) {
      if (file !== only && comparableWithAny(index, others)) return true;
    }
    return false;
  });
}

/** Contested clusters beyond which comparableGroups keeps them as one group (its pairs grow as their square). */
const MAX_GROUPED_CLUSTERS = 24;

/**
 * The contested clusters in groups that comparisons join (clustersComparable across files, or a correction's link),
 * in the clusters' order; one group when there are too many to pair (MAX_GROUPED_CLUSTERS).
 */
function comparableGroups(
  contested: Cluster[],
  clusters: Cluster[],
  distinct: Set<string>,
  apart: Set<number>,
  corrected: Array<[Cluster, Cluster]>,
): Cluster[][] {
  if (contested.length <= 2 || contested.length > MAX_GROUPED_CLUSTERS) return [contested];
  const sides = contested.map((cluster) => new PairSide(cluster.statements));
  const indexOf = new Map(clusters.map((cluster, index) => [cluster, index]));
  const parent = contested.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (i: number, j: number) => {
    parent[root(i)] = root(j);
  };
  const at = new Map(contested.map((cluster, i) => [cluster, i]));
  for (const [a, b] of corrected) if (at.has(a) && at.has(b)) join(at.get(a)!, at.get(b)!);
  for (let i = 0; i < contested.length; i++)
    for (let j = i + 1; j < contested.length; j++) {
      if (root(i) === root(j)) continue;
      if (apart.has(pairKey(indexOf.get(contested[i])!, indexOf.get(contested[j])!, clusters.length))) continue;
      if (clustersComparable(sides[i], sides[j], false, distinct)) join(i, j);
    }
  const groups = new Map<number, Cluster[]>();
  contested.forEach((cluster, i) => pushTo(groups, root(i), cluster));
  return [...groups.values()];
}

/** The key of an unordered pair of indexes of `count` clusters. */
function pairKey(a: number, b: number, count: number): number {
  return a < b ? a * count + b : b * count + a;
}

/** Sentences with more figures of one quantity than this are read as tables, not as figures told apart. */
const MAX_SIDE_BY_SIDE = 8;

/**
 * The pairs of clusters (pairKey of their indexes) some sentence of the story gives side by side as two figures of
 * one source: "Miller is averaging 15.5 points, Iguodala 14.9", "Klitschko (46 KOs) ... Rahman (36 KOs)". One
 * sentence that states both figures for one kind of thing, neither as a revision of the other, tells two quantities
 * (of different subjects, places or periods) apart, in every file of the story: another outlet's 14.9 does not
 * contradict its 15.5. A sentence that sets two sources' figures against each other ("177, the military said; state
 * media put it at 197") or relates them as a change ("rose from 287 to 310", "initially 145") tells nothing apart.
 */
function toldApart(clusters: Cluster[]): Set<number> {
  const apart = new Set<number>();
  if (clusters.length < 2) return apart;
  const bySentence = new Map<string, Array<{ index: number; claim: PreparedClaim }>>();
  clusters.forEach((cluster, index) => {
    for (const statement of cluster.statements)
      for (const claim of statement.claims)
        pushTo(bySentence, `${claim.claim.file}\u0000${claim.claim.sentenceIndex}`, { index, claim });
  });
  const related = (claim: PreparedClaim) =>
    claim.revision ||
    claim.revisedTo.length > 0 ||
    (claim.frame.stage !== null && claim.frame.stage !== 'projected') ||
    claim.claim.predicate === 'rose' ||
    claim.claim.predicate === 'fell';
  // Side by side means in parallel: one thing measured (or none named on both sides), one event ("an $82 million
  // deal" and "re-signed ... for $80 million" are not parallel: the second names nothing it is of, and another
  // outlet's $80 million may be the first's deal).
  const parallel = (x: PreparedClaim, y: PreparedClaim) => x.frame.measured === y.frame.measured && x.event === y.event;
  for (const entries of bySentence.values()) {
    if (entries.length < 2 || entries.length > MAX_SIDE_BY_SIDE) continue;
    if (entries.some((e) => related(e.claim))) continue;
    const source = entries[0].claim.claim.attribution?.source ?? null;
    if (entries.some((e) => (e.claim.claim.attribution?.source ?? null) !== source)) continue;
    for (const x of entries)
      for (const y of entries)
        if (x.index < y.index && parallel(x.claim, y.claim)) apart.add(pairKey(x.index, y.index, clusters.length));
  }
  return apart;
}

/** The sentences each file gives a cluster's statements in. */
function sentencesByFile(statements: Statement[]): Map<string, Statement[]> {
  const byFile = new Map<string, Statement[]>();
  for (const statement of statements) pushTo(byFile, statement.file, statement);
  return byFile;
}

/**
 * Whether `file` prints the sentence `statement` stands in, among its statements of the other cluster
 * (sentencesByFile): two reports that print the same two sentences (one wire copy: "moved up seven places", "moved
 * three places") do not disagree with each other over them; what differs, differs inside each, as two quantities
 * or an internal finding.
 */
function printsToo(byFile: Map<string, Statement[]>, file: string, statement: Statement): boolean {
  for (const own of byFile.get(file) ?? []) if (sharesAny(own.keys.sentences, statement.keys.sentences)) return true;
  return false;
}

/**
 * One side of the cluster pairs clustersComparable looks at (a cluster, or one file's share of it): its first
 * MAX_PAIR_CHECKS statements, and their sentences by file (sentencesByFile), each read once for all its pairs.
 */
class PairSide {
  readonly first: Statement[];
  private byFileMap?: Map<string, Statement[]>;

  constructor(statements: Statement[]) {
    this.first = statements.length > MAX_PAIR_CHECKS ? statements.slice(0, MAX_PAIR_CHECKS) : statements;
  }

  get byFile(): Map<string, Statement[]> {
    return (this.byFileMap ??= sentencesByFile(this.first));
  }
}

/**
 * Whether two sources give the two statements. In one text, figures far apart count two things unless two sources
 * give them for one frame (oneFrameOneScale): a writer does not contradict themselves by half, sources do.
 */
function twoSources(a: Statement, b: Statement): boolean {
  return a.source !== null && b.source !== null && a.source !== b.source;
}

/**
 * Whether one text gives two sources' figures of one thing: two sources that share no content word give them, the
 * figures are no shares (a text's sources give shares of many wholes: two polls, two studies), no whole and its part
 * (the text gives their difference), of no second one of the thing ("a second quake") and of one period, one sentence
 * names no owner the other does not (the sources' own names aside), and what one sentence is about the other names
 * too: "Iran's state television says a magnitude-5.2 quake ..." and "The U.S. Geological Survey put the quake's
 * strength at magnitude-5.4"; "... can gain an altitude of 10km," Lt Gen Kartopolov explained, and "the fighter jet ...
 * according to its manufacturer its maximum service height ... is 7,000m". One writer's figures that name one thing
 * are not enough (two games' copies sold, two albums' places): they are more often of two of them.
 */
function sourcesOnOneThing(a: Statement, b: Statement): boolean {
  if (a.file !== b.file || !twoSources(a, b) || a.claims[0].claim.quantityKind === 'percent') return false;
  const sourceA = lettersOf(a.source!),
    sourceB = new Set(lettersOf(b.source!));
  if (sourceA.some((word) => sourceB.has(word))) return false;
  if (givesDifference(a, b)) return false;
  if (tellsAnother(a) || tellsAnother(b) || periodsOf(a) !== periodsOf(b)) return false;
  const aside = new Set([...sourceA, ...sourceB]);
  for (const statement of [a, b])
    for (const claim of statement.claims) for (const word of lettersOf(claim.claim.text)) aside.add(word);
  const ownNames = (statement: Statement) => [...statement.keys.names].filter((name) => !aside.has(name));
  const namesA = ownNames(a),
    namesB = ownNames(b);
  const within = (x: string[], y: string[]) => x.every((name) => y.includes(name));
  if (!within(namesA, namesB) && !within(namesB, namesA)) return false;
  // What one sentence is about (its first content word, aside from sources, cues and figures) the other names too:
  // "quake" in both, not "The film took $50m" and "The sequel took $60m".
  const about = (statement: Statement) => {
    for (const word of statement.keys.words) {
      const bare = word.replace(/[^\p{L}]+/gu, '');
      if (bare !== '' && !aside.has(bare) && !SPEECH_CUES.has(word)) return word;
    }
    return null;
  };
  const aboutA = about(a),
    aboutB = about(b);
  return (aboutA !== null && b.keys.words.has(aboutA)) || (aboutB !== null && a.keys.words.has(aboutB));
}

/** Words that set a thing apart from another of its kind: "A second quake, of magnitude 5.8, struck". */
const ANOTHER_ONE = /\b(?:another|second|third|other|previous|next|earlier|later)\b/i;

/** Whether a statement's sentences tell of another of a thing ("a second quake", "the previous record"). */
function tellsAnother(statement: Statement): boolean {
  for (const sentence of statement.keys.sentences) if (ANOTHER_ONE.test(sentence)) return true;
  return false;
}

/** Periods a sentence names: a year ("2004"), a period before or of the present ("last year", "this season"). */
const PERIOD = /\b(?:(?:last|this|next|previous) (?:year|month|week|season|quarter)|(?:19|20)\d\d)\b/gi;

/** The periods a statement's sentences name, as one key ("" for none): figures of two periods are two quantities. */
function periodsOf(statement: Statement): string {
  const periods = new Set<string>();
  for (const sentence of statement.keys.sentences)
    for (const match of sentence.matchAll(PERIOD)) periods.add(match[0].toLowerCase());
  return [...periods].sort().join('|');
}

/** A text's words of letters, lower case, function words aside ("Iran's state television": iran, s, state, television). */
function lettersOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== '' && !FUNCTION_WORDS.has(word));
}

/**
 * Whether the text of two statements gives their difference as a figure of the same kind: a whole and its part
 * ("agreed to pay $54m, including $18m from their own pockets"; "The remaining $36m will be paid by the insurers").
 */
function givesDifference(a: Statement, b: Statement): boolean {
  const difference = Math.abs(a.value - b.value);
  const claims = a.doc.countedClaims.get(a.claims[0].bucket) ?? [];
  for (let i = 0; i < claims.length && i < MAX_PAIR_CHECKS; i++)
    if (Math.abs(statedValue(claims[i]) - difference) <= 1e-9 * difference) return true;
  return false;
}

/** Whether two statements' intervals share a value. */
function meet(a: Statement, b: Statement): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Whether some statement of one cluster and some of the other (in another file, unless `sameFile`) are comparable. */
function clustersComparable(
  x: PairSide,
  y: PairSide,
  sameFile: boolean,
  distinct: Set<string>,
  loose = false,
): boolean {
  for (const a of x.first) {
    for (const b of y.first) {
      if (sameFile ? a.file !== b.file : a.file === b.file) continue;
      // Two figures that can be one value ("up to $2.5tn" and "$2tn") disagree on nothing, whatever clusters a third
      // figure sorted them into; read strictly too, as rounding does ("about $22 million" is not $23 million rounded).
      if (meet(a, b) && meet(strictStatement(a, null), strictStatement(b, null))) continue;
      if (!sameFile && printsToo(y.byFile, a.file, b) && printsToo(x.byFile, b.file, a)) continue;
      // In one file, `a` compares with `b` only where it has a figure outside b's sentences.
      if (sameFile && !hasOutside(a.keys.sentenceIndexes, b.keys.sentenceIndexes)) continue;
      if (sameFile && !nearValues(a, b) && !(twoSources(a, b) && oneFrameOneScale(a, b))) continue;
      if (comparable(a, b, distinct, loose)) return true;
    }
  }
  return false;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Groups documents by story; the index passes a memoised storyGroups (same documents and fingerprints, same groups). */
export type StoryGrouper = <T extends StoryDoc>(docs: T[]) => T[][];

/** Computes one story's findings, or returns them from a cache when none of its documents changed. */
export type StoryMemo = (story: PreparedDoc[], compute: () => LocatedFinding[]) => LocatedFinding[];

/** A document of a quantity bucket with the claims it counts there. */
export interface BucketMember {
  doc: PreparedDoc;
  claims: PreparedClaim[];
}

/** The documents of `docs` that count something in this quantity bucket, with those claims. */
function bucketMembers(bucket: string, docs: PreparedDoc[]): BucketMember[] {
  return docs.map((doc) => ({ doc, claims: doc.countedClaims.get(bucket) ?? [] })).filter((m) => m.claims.length > 0);
}

/** The findings of one story (a group of bucketMembers) of a quantity bucket. */
export function storyFindingsIn(bucket: string, story: BucketMember[]): LocatedFinding[] {
  const found = bucket === CROSS_BUCKET ? crossFindings(story) : storyFindings(story, bucket.slice(2));
  if (found.length === 0) return found;
  return demotedInStory(
    story.map((m) => ({ file: m.doc.file, fingerprint: m.doc.fingerprint })),
    found,
  );
}

/** demotedAcrossCores, for the findings and for what they become without some claims. */
export function demotedInStory(story: StoryDoc[], found: LocatedFinding[]): LocatedFinding[] {
  return demotedAcrossCores(story, found).map((located) => {
    const { without } = located;
    return without
      ? { ...located, without: (excluded: ReadonlySet<string>) => demotedInStory(story, without(excluded)) }
      : located;
  });
}

/** Findings of one quantity bucket: every claim in `docs` whose bucket is `bucket`, story by story. */
export function bucketFindings(
  bucket: string,
  docs: PreparedDoc[],
  group: StoryGrouper = storyGroups,
  memo: StoryMemo = (_, compute) => compute(),
): LocatedFinding[] {
  const members = bucketMembers(bucket, docs);
  const stories = group(members.map((m) => ({ file: m.doc.file, fingerprint: m.doc.fingerprint, member: m })));
  const results: LocatedFinding[] = [];
  for (const story of stories) {
    results.push(
      ...memo(
        story.map((s) => s.member.doc),
        () =>
          storyFindingsIn(
            bucket,
            story.map((s) => s.member),
          ),
      ),
    );
  }
  return results;
}

const LASTED = 'lasted ';

/** What separates a figure's quantity inside a story: its event; for a length of time, what lasted ("deliberated for 40 hours" and "30 hours of deliberation" are one). */
function quantityEvent(claim: PreparedClaim): string {
  if (claim.tally !== null) return claim.tally;
  return claim.claim.quantityKind === 'duration' && claim.frame.measured !== null
    ? `${LASTED}${claim.frame.measured}`
    : countedEvent(claim);
}

/** How many of a document's dated events are read for the day it reports (its lead's come first). */
const LEAD_DATES = 4;

/**
 * The day a report tells of: its date, or the day before when the first full date it gives an event is that day (a
 * next day's report: "caught fire yesterday (July 21st)"), so that two reports of one day's additions ("called in an
 * additional six engines", "called a further four appliances") published a day apart are of one day.
 */
function reportedDay(doc: PreparedDoc): string {
  const date = doc.doc.meta.date ?? '';
  if (!FULL_DATE.test(date)) return date;
  const dates = doc.doc.eventDates;
  for (let i = 0; i < Math.min(dates.length, LEAD_DATES); i++) {
    if (!FULL_DATE.test(dates[i].date) || dates[i].qualifier) continue;
    return dates[i].date < date && daysBetween(dates[i].date, date) === 1 ? dates[i].date : date;
  }
  return date;
}
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A story's year (the one most of its reports are dated to) and the date of its first dated report. */
export function storyDates(docs: PreparedDoc[]): { storyYear: number | null; firstReport: string | null } {
  const docYears = docs.map((d) => d.year).filter((y): y is number => y !== null);
  return { storyYear: mostDatedYear(docYears), firstReport: minDate(docs.map((d) => d.doc.meta.date ?? null)) };
}

/** The year most documents are dated to, the latest on ties; null for none. */
function mostDatedYear(years: number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const year of years) {
    const count = (counts.get(year) ?? 0) + 1;
    counts.set(year, count);
    if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  }
  return best;
}

/**
 * The period a change amount or an addition is of, as far as its text tells ("" for any other figure): its
 * document's date and, for a change, the span its sentence says the change took (changeSpan). Two reports of a day's
 * fall (or of the day's further arrests) dated on different days tell of two days'; a fall within two minutes and one
 * on the day are two changes.
 */
function changePeriod(claim: PreparedClaim, doc: PreparedDoc): string {
  if (isAddition(claim)) return reportedDay(doc);
  return isChangeAmount(claim) ? `${doc.doc.meta.date ?? ''}/${changeSpan(claim.claim.sentence)}` : '';
}

/**
 * The month of an earlier event: a month the figure's clause names (the frame's time, "a 6.1 quake in September")
 * before the month of the story's first dated report, in its year (reports of 30 November on): "" for any other
 * figure. A month of the first report's or later, a month of another year (its year sets it apart already) or a
 * story of undated reports sets nothing apart; a follow-up months on ("the shooting in September", in December) is
 * of the story's event when a report of September is in the story.
 */
function earlierMonth(claim: PreparedClaim, year: number | null, firstReport: string | null): string {
  const time = claim.frame.time;
  if (firstReport === null || time === null || !MONTH_WORDS.has(time) || year !== Number(firstReport.slice(0, 4)))
    return '';
  return monthNumber(time) < Number(firstReport.slice(5, 7)) ? time : '';
}

/**
 * The year a figure is keyed by: the one it is dated to; for a figure of "last year" (its time) its extractor dated to
 * none, the year before its report's or story's ("Floods last year killed more than 1,700 people" is no count of
 * this year's floods), or "last year" itself when no year is known.
 */
function yearKey(claim: PreparedClaim, year: number | null): string {
  if (claim.frame.time !== LAST_YEAR || claim.year !== null) return `${year ?? ''}`;
  return year === null ? LAST_YEAR : `${year - 1}`;
}

/**
 * Which quantity of its story's bucket a figure is of: its event, year, one-day window, change period and earlier
 * month, joined by "|". Figures of one key are clustered and compared; figures of two keys never are.
 */
export function quantityKey(
  claim: PreparedClaim,
  doc: PreparedDoc,
  storyYear: number | null,
  firstReport: string | null,
): string {
  const year = claim.year ?? doc.year ?? storyYear;
  return `${quantityEvent(claim)}|${yearKey(claim, year)}|${claim.window ?? ''}|${changePeriod(claim, doc)}|${earlierMonth(claim, year, firstReport)}`;
}

/**
 * The findings of one story of a bucket (one thing measured). Its figures are set apart by event (figures whose
 * sentence names none stay together, apart), by year, by one-day window and by an earlier month (earlierMonth); each
 * such quantity is then clustered and compared.
 */
function storyFindings(story: BucketMember[], unit: string): LocatedFinding[] {
  if (story.length === 1 && story[0].claims.length === 1) return []; // one figure disagrees with nothing
  const { results, quantities, byFile, storyYear } = strictStoryFindings(story, unit);
  results.push(...fallbackFindings(quantities, byFile, unit, storyYear, results));
  return results;
}

/**
 * The findings of one quantity's figures, owner by owner when a report gives figures of two owners or more ("Trump
 * holds 18 percent support", "Jeb Bush follows with 15 percent"): the report itself tells them apart as two
 * quantities, and figures that name no owner are compared among themselves only. Owners spelt alike (sameName) are
 * one.
 */
function ownedFindings(
  subject: string,
  predicate: string,
  claims: PreparedClaim[],
  docs: Map<string, PreparedDoc>,
  windowLabel: string,
): LocatedFinding[] {
  const owners = ownersOf(claims);
  if (!givesTwoOwners(owners)) return quantityFindings(subject, predicate, claims, docs, windowLabel);
  // Each owner's finding names its owner (and so has its own id), unless its subject or, for ranks, its frame
  // (sharedFrame) already does.
  const labelOf = (owner: string | null, owned: PreparedClaim[]) =>
    owner === null ||
    subject.toLowerCase().includes(owner.toLowerCase()) ||
    owned.every((c) => c.claim.quantityKind === 'ordinal')
      ? windowLabel
      : `${windowLabel} · of ${owner}`;
  return [...owners].flatMap(([owner, owned]) =>
    quantityFindings(subject, predicate, owned, docs, labelOf(owner, owned)),
  );
}

/** Distinct owners beyond which spellings are no longer matched pairwise (sameName): one spelling, one owner. */
const MAX_OWNERS_MATCHED = 32;

/**
 * The claims of each owner (frame agent) the claims name, by the first spelling of each in text order, and under null
 * the claims that name none.
 */
function ownersOf(claims: PreparedClaim[]): Map<string | null, PreparedClaim[]> {
  const owners = new Map<string | null, PreparedClaim[]>();
  const spelt = new Map<string, string>();
  for (const claim of claims) {
    const agent = claim.frame.agent;
    let owner = agent === null ? null : spelt.get(agent);
    if (owner === undefined && agent !== null) {
      const known = owners.size <= MAX_OWNERS_MATCHED ? [...owners.keys()] : [];
      owner = known.find((name) => name !== null && sameName(name, agent)) ?? agent;
      spelt.set(agent, owner);
    }
    pushTo(owners, owner ?? null, claim);
  }
  return owners;
}

/** Whether one report gives figures of two of the owners. */
function givesTwoOwners(owners: Map<string | null, PreparedClaim[]>): boolean {
  const ownerIn = new Map<string, string>();
  for (const [owner, owned] of owners) {
    if (owner === null) continue;
    for (const claim of owned) {
      const seen = ownerIn.get(claim.claim.file);
      if (seen === undefined) ownerIn.set(claim.claim.file, owner);
      else if (seen !== owner) return true;
    }
  }
  return false;
}

/** The strict rules' findings of one story of a bucket (storyFindings without the fallback), with what they read. */
function strictStoryFindings(story: BucketMember[], unit: string) {
  const byFile = new Map(story.map((s) => [s.doc.file, s.doc]));
  const results: LocatedFinding[] = [];
  // The story's year is the one most of its reports are dated to (the latest on ties; a trial's report two years on
  // is a follow-up): a year named in a sentence before it ("a train hijacking in March 2025") marks an earlier event.
  // Without a dated document, a figure whose sentence names a year stays apart from the undated ones.
  const { storyYear, firstReport } = storyDates(story.map((s) => s.doc));
  const quantities = new Map<string, PreparedClaim[]>();
  for (const { doc, claims } of story) {
    for (const claim of claims) {
      pushTo(quantities, quantityKey(claim, doc, storyYear, firstReport), claim);
    }
  }
  for (const key of [...quantities.keys()].sort()) {
    const group = quantities.get(key)!;
    if (group.length < 2) continue; // one figure disagrees with nothing
    const [event, year, window] = key.split('|');
    const label = quantityLabel(year, window, storyYear);
    const predicate = eventWordOf(group, event.startsWith(LASTED) ? event.slice(LASTED.length) : '');
    // A bucket of any of a kind ("people") whose figures all name one kind of it ("migrants") is named by that kind.
    const named = group.every((c) => c.unit === group[0].unit) ? group[0].unit : unit;
    const subject = group[0].tally !== null ? tallySubject(group) : subjectOf(named, predicate);
    results.push(...ownedFindings(subject, predicate, group, byFile, label));
  }
  results.push(...heldFindings(quantities, byFile, unit, storyYear));
  return { results, quantities, byFile, storyYear };
}

/** What a quantity's subject adds for its key's one-day window and a year not the story's: " (on 2 Feb)", " (2012)". */
function quantityLabel(year: string, window: string, storyYear: number | null): string {
  return (
    (window ? ` (${window.replace('day:', 'on ')})` : '') +
    (year && storyYear !== null && Number(year) !== storyYear ? ` (${year})` : '')
  );
}

/**
 * Events that say only how the things counted came to be had ("the most popular one garnering more than 17,000
 * votes", "collected 5,000 signatures", "has attracted 940,000 users"): a count of what was garnered is the count of
 * what is had, which a figure with no event gives too ("The most popular has more than 11,000 signatures").
 * Event keys (eventKey): garnered, collected, amassed, accumulated, attracted, drew, received, obtained, racked up.
 */
const HOLDING_EVENTS = new Set([
  'garner',
  'collect',
  'amass',
  'accumulat',
  'attract',
  'draw',
  'receiv',
  'obtain',
  'rack',
]);

/** Whether a claim is a count of a named thing that heldFindings reads: no money or share, no people, no tally. */
function heldCount(claim: PreparedClaim): boolean {
  return (
    !claim.measure &&
    !claim.party &&
    claim.tally === null &&
    claim.claim.quantityKind === 'count' &&
    claim.frame.measured !== null &&
    claim.unit !== ANYONE
  );
}

/**
 * A story's counts of a thing whose event only says how it came to be had (HOLDING_EVENTS) against its counts of the
 * same thing (the frame's `measured`) that name no event: one quantity, the number had, which storyFindings keys
 * apart by event. Compared only when each text gives one figure of that thing among them (a text that gives several,
 * "five nominations" for one film and "received four nominations" for others, tells several owners' counts apart),
 * as a loose reading: an information conflict (heldFinding).
 */
function heldFindings(
  quantities: Map<string, PreparedClaim[]>,
  docs: Map<string, PreparedDoc>,
  unit: string,
  storyYear: number | null,
): LocatedFinding[] {
  const held = new Map<string, PreparedClaim[]>();
  for (const [key, claims] of quantities) {
    const bar = key.indexOf('|');
    if (!HOLDING_EVENTS.has(key.slice(0, bar))) continue;
    for (const claim of claims)
      if (heldCount(claim)) pushTo(held, `${key.slice(bar)}\u0000${claim.frame.measured}`, claim);
  }
  const results: LocatedFinding[] = [];
  for (const key of [...held.keys()].sort()) {
    const [rest, measured] = key.split('\u0000');
    const bare = (quantities.get(rest) ?? []).filter((c) => heldCount(c) && c.frame.measured === measured);
    if (bare.length === 0) continue;
    const [, year, window] = rest.split('|');
    results.push(
      ...heldFinding(held.get(key)!, bare, docs, subjectOf(unit, '') + quantityLabel(year, window, storyYear)),
    );
  }
  return results;
}

/**
 * The information conflict of counts had (heldFindings): `held` name an event of HOLDING_EVENTS, `bare` none. Each
 * text gives one figure of them; a figure had and a bare one in two texts are compared as a loose reading is
 * (looseFinding): at least LOOSE_MIN_COUNT, at most LOOSE_RATIO apart, frames compatible, and sentences that name
 * nobody in common are of two owners.
 */
function heldFinding(
  held: PreparedClaim[],
  bare: PreparedClaim[],
  docs: Map<string, PreparedDoc>,
  subjectLabel: string,
): LocatedFinding[] {
  const all = [...held, ...bare];
  const statements = makeStatements(all, docs);
  const files = new Set(statements.map((s) => s.file));
  if (files.size < 2 || files.size !== statements.length) return [];
  const clusters = clusterStatements(statements);
  if (clusters.length < 2) return [];
  const distinct = distinctPlaces(all);
  const clusterOf = new Map(clusters.flatMap((cluster) => cluster.statements.map((s) => [s, cluster] as const)));
  const contested = new Set<Cluster>();
  for (const a of statements) {
    if (eventless(a)) continue;
    for (const b of statements) {
      if (!eventless(b) || clusterOf.get(a) === clusterOf.get(b)) continue;
      if (valueRatio(a, b) > LOOSE_RATIO || Math.min(middleOf(a), middleOf(b)) < LOOSE_MIN_COUNT) continue;
      if (!framesCompatible(a, b, distinct) || sharesAny(a.keys.sentences, b.keys.sentences)) continue;
      if (a.keys.names.size > 0 && b.keys.names.size > 0 && !sharesAny(a.keys.names, b.keys.names)) continue;
      contested.add(clusterOf.get(a)!).add(clusterOf.get(b)!);
    }
  }
  if (contested.size < 2) return [];
  const chosen = clusters.filter((c) => contested.has(c));
  const predicate = eventWordOf(chosen.flatMap((c) => c.statements.flatMap((s) => s.claims)));
  const located = mayDisagree(
    subjectLabel,
    chosen,
    '',
    `may be one quantity: "${predicate}" says only how they came to be had, and the other report names no event`,
  );
  located.without = (excluded) =>
    heldFinding(
      held.filter((c) => !excluded.has(c.claim.id)),
      bare.filter((c) => !excluded.has(c.claim.id)),
      docs,
      subjectLabel,
    );
  return [located];
}

/** The largest ratio of two figures the fallback compares (measured: 1.5 and 2 surface alike on dev; 2 kept). */
const FALLBACK_RATIO = 2;
/**
 * The content words or names beyond the story's common ones two sentences must share, each counted once wherever it
 * stands (measured: 2 adds two dev findings matching nothing and three BBC findings to 3's; words weighted by rarity
 * in the story, by nearness to the figures, names counted double, a shared modifier, event word or source counted
 * too: each pairs only look-alikes on dev and BBC, and nothing over the unannotated groups; conflicts/README.md).
 */
const FALLBACK_SHARED = 3;
/** A word is the story's own when the bucket's sentences of more than this share of its files (three or more) say it. */
const FALLBACK_COMMON = 0.5;
/** The statements of a story's bucket the fallback pairs, at most (its pairs: at most this squared, halved). */
const MAX_FALLBACK_STATEMENTS = 64;

/**
 * Whether a claim may take part in the fallback: a plain report of a level, not a rank, change, addition or tally
 * (and, fallbackClaims, not in a sentence that names a threshold).
 */
function fallbackClaim(claim: PreparedClaim): boolean {
  return (
    !claim.party &&
    claim.tally === null &&
    claim.claim.quantityKind !== 'ordinal' &&
    claim.claim.quantityKind !== 'duration' &&
    !claim.measure &&
    !isChangeAmount(claim) &&
    !isAddition(claim) &&
    !claim.revision &&
    claim.revisedTo.length === 0 &&
    claim.corrects.length === 0 &&
    claim.parts === null &&
    claim.frame.stage !== 'projected'
  );
}

/**
 * fallbackClaim, with the threshold test (THRESHOLD) read once per sentence: a sentence's figures share it, and one
 * sentence may hold thousands of them.
 */
function fallbackClaims(claims: Iterable<PreparedClaim>): PreparedClaim[] {
  const threshold = new Map<string, boolean>();
  const out: PreparedClaim[] = [];
  for (const claim of claims) {
    if (!fallbackClaim(claim)) continue;
    const sentence = `${claim.claim.file}\u0000${claim.claim.sentenceIndex}`;
    let named = threshold.get(sentence);
    if (named === undefined) threshold.set(sentence, (named = THRESHOLD.test(claim.claim.sentence)));
    if (!named) out.push(claim);
  }
  return out;
}

/** A sentence that names a threshold ("the 40 trillion mark"): its figure is a level to pass, not one measured. */
const THRESHOLD = /\b(?:mark|barrier|milestone|threshold)\b/i;
/** A sentence that sets two subjects side by side ("Million Dollar Baby has seven nominations while The Aviator has 11"). */
const CONTRAST = /\b(?:while|whereas|compared (?:with|to))\b/i;
const contrasting = new WeakMap<Statement, boolean>();

/** Whether a statement's sentences set two subjects side by side (CONTRAST), read once per statement. */
function contrasts(statement: Statement): boolean {
  let found = contrasting.get(statement);
  if (found === undefined)
    contrasting.set(statement, (found = [...statement.keys.sentences].some((t) => CONTRAST.test(t))));
  return found;
}

/**
 * Modifiers that name a part of a count by its competition, period or subset ("nine league goals", "Test wickets",
 * "first-half goals", "domestic flights", "home runs"): such a count set against one without it (all competitions,
 * a career, a whole) is a part and its whole, or two scopes (partAndWhole).
 */
const SCOPE_MODIFIERS = new Set([
  'league',
  'cup',
  'premiership',
  'championship',
  'test',
  'odi',
  'international',
  'domestic',
  'overseas',
  'foreign',
  'home',
  'away',
  'first-half',
  'second-half',
  'half',
  'season',
  'career',
  'playoff',
  'postseason',
  'regular-season',
  'quarterly',
  'annual',
  'monthly',
  'weekly',
  'daily',
]);

/**
 * Whether one of two frames names its count by a scope modifier (SCOPE_MODIFIERS) the other does not carry: a part
 * and its whole ("nine league goals" and "11 goals for Real": all competitions), or two scopes ("Test wickets" and
 * "ODI wickets"), are two quantities whatever else their sentences share. Read by the information readings that pair
 * frames a modifier on one side only does not set apart: the fallback (fallbackApart). Not read by heldFinding (a
 * count had of "domestic signatures" against one of "signatures" is kept apart there already, measured: a guard there
 * changed no test, dev, BBC or between-stories figure) nor by looseFinding (it compares kinds of a thing by design).
 */
function partAndWhole(x: PreparedClaim, y: PreparedClaim): boolean {
  const scoped = (a: readonly string[], b: readonly string[]) =>
    a.some((m) => SCOPE_MODIFIERS.has(m.toLowerCase()) && !b.some((n) => n.toLowerCase() === m.toLowerCase()));
  return scoped(x.frame.modifiers, y.frame.modifiers) || scoped(y.frame.modifiers, x.frame.modifiers);
}

/** Outcomes of an event that count different people (killed and wounded, arrested and rescued). */
const OUTCOMES = /^(?:kill|dead|die|death|injur|wound|hurt|miss|arrest|rescu|evacu|displac|detain|hospital)/;

/** The quantity key without its event: year, window, change period, earlier month. */
function keyBeyondEvent(key: string): string {
  return key.slice(key.indexOf('|'));
}

/**
 * A fallback inside a story of one bucket (one thing measured): two figures in different files that the strict rules
 * leave apart are reported as information ("Sources may disagree") when nothing proves them different.
 */
function fallbackFindings(
  quantities: Map<string, PreparedClaim[]>,
  docs: Map<string, PreparedDoc>,
  unit: string,
  storyYear: number | null,
  found: LocatedFinding[],
): LocatedFinding[] {
  const keyOf = new Map<PreparedClaim, string>();
  for (const [key, claims] of quantities) for (const claim of claims) keyOf.set(claim, keyBeyondEvent(key));
  const claims = fallbackClaims(keyOf.keys());
  if (new Set(claims.map((c) => c.claim.file)).size < 2) return [];
  // Figures already compared with one another in a finding of the story.
  const findingsOf = new Map<string, number[]>();
  found.forEach((located, index) => {
    for (const id of located.finding.claims) pushTo(findingsOf, id, index);
  });
  // A finding of the same id (subject and consensus figure) is there already.
  const taken = new Set(found.map((l) => l.finding.id));
  return fallbackOver(claims, keyOf, docs, unit, storyYear, findingsOf).filter((l) => !taken.has(l.finding.id));
}

/** The fallback's findings among some claims of a story's bucket (fallbackFindings): pairs, then their groups. */
function fallbackOver(
  claims: PreparedClaim[],
  keyOf: Map<PreparedClaim, string>,
  docs: Map<string, PreparedDoc>,
  unit: string,
  storyYear: number | null,
  findingsOf: Map<string, number[]>,
): LocatedFinding[] {
  const statements = makeStatements(claims, docs).slice(0, MAX_FALLBACK_STATEMENTS);
  const files = new Set(statements.map((s) => s.file));
  if (files.size < 2) return [];
  const common = storyCommonWords(statements, files.size);
  const distinct = distinctPlaces(claims);
  // Each file's figures: a report that gives both figures knows them as two quantities.
  const valuesOf = new Map<string, Statement[]>();
  for (const s of statements) pushTo(valuesOf, s.file, s);
  const gives = (file: string, other: Statement) => valuesOf.get(file)!.some((s) => meet(s, other));
  const linked = new Map<Statement, Set<Statement>>();
  for (let i = 0; i < statements.length; i++) {
    const a = statements[i];
    for (let j = i + 1; j < statements.length; j++) {
      const b = statements[j];
      if (a.file === b.file) continue;
      if (fallbackApart(a, b, keyOf, distinct, common, findingsOf, gives) === null) linkBoth(linked, a, b);
    }
  }
  const results: LocatedFinding[] = [];
  for (const group of linkedGroups(statements, linked)) {
    const groupClaims = group.flatMap((s) => s.claims);
    const chosen = clusterStatements(makeStatements(groupClaims, docs));
    if (chosen.length < 2) continue;
    const key = keyOf.get(groupClaims[0])!;
    const [, year, window] = key.split('|');
    const predicate = eventWordOf(groupClaims);
    const located = mayDisagree(
      subjectOf(unit, predicate) + quantityLabel(year, window, storyYear),
      chosen,
      predicate,
      'may be one quantity: the reports tell it in alike words, but their frames do not prove it one',
    );
    located.without = (excluded) =>
      fallbackOver(
        groupClaims.filter((c) => !excluded.has(c.claim.id)),
        keyOf,
        docs,
        unit,
        storyYear,
        findingsOf,
      );
    results.push(located);
  }
  return results;
}

/**
 * What keeps the fallback from pairing two statements of different files, or null when nothing proves them different
 * and their sentences share FALLBACK_SHARED words or names beyond the story's common ones. Guards: figures that meet
 * (they agree) or more than FALLBACK_RATIO apart; a report that gives both; two figures already in one finding; one
 * sentence; a sentence that sets two subjects side by side (CONTRAST); another year, day, change period or earlier
 * month (the quantity key beyond its event); two outcomes (OUTCOMES: killed and wounded); a running total and any
 * other scope; every frame guard of framePairCompatible but the event (places, owners, times, sets and their parts,
 * modifiers: groups, a projection); an owner one frame names that the other's sentences do not; the places their
 * sentences name; the people they name. Not read: measures, ranks, lengths of time, changes, additions, revisions,
 * totals of stated parts, a party's figures, a threshold (fallbackClaim).
 */
function fallbackApart(
  a: Statement,
  b: Statement,
  keyOf: Map<PreparedClaim, string>,
  distinct: Set<string>,
  common: (word: string) => boolean,
  findingsOf: Map<string, number[]>,
  gives: (file: string, other: Statement) => boolean,
): string | null {
  if (meet(a, b)) return 'figures meet'; // they agree
  if (valueRatio(a, b) > FALLBACK_RATIO) return 'figures far apart';
  if (gives(a.file, b) || gives(b.file, a)) return 'a report gives both';
  // Already compared in one finding.
  const inA = new Set(a.claims.flatMap((c) => findingsOf.get(c.claim.id) ?? []));
  if (b.claims.some((c) => (findingsOf.get(c.claim.id) ?? []).some((i) => inA.has(i)))) return 'in one finding';
  const apart = whatSetsApart(a, b, keyOf, distinct, null);
  if (apart !== null) return apart;
  return sharedBeyondCommon(a, b, common) >= FALLBACK_SHARED ? null : 'too few shared words';
}

/**
 * The first guard both fallbacks share (fallbackApart, crossApart) that sets two statements apart, or null when none
 * does. Nothing does when they have no sentence in common, no contrast, and some frame of each in one quantity key (years, days, periods), not two outcomes, not a running total against another scope, not
 * a part and its whole, compatible frames whatever their events (and, with `nouns`, whatever their counted nouns,
 * once `nouns` accepts the two frames); no owners or places apart.
 */
function whatSetsApart(
  a: Statement,
  b: Statement,
  keyOf: Map<PreparedClaim, string>,
  distinct: Set<string>,
  nouns: ((x: PreparedClaim, y: PreparedClaim) => boolean) | null,
): string | null {
  if (sharesAny(a.keys.sentences, b.keys.sentences)) return 'one sentence';
  if (contrasts(a) || contrasts(b)) return 'contrast';
  let apart = 'another year, day or period';
  for (const x of a.keys.frames)
    for (const y of b.keys.frames) {
      if (keyOf.get(x) !== keyOf.get(y)) continue;
      const why = framesApart(x, y, distinct, nouns);
      if (why === null) return ownersApart(a, b) ? 'owners or places' : null;
      apart = why;
    }
  return apart;
}

/** What sets two frames of one quantity key apart for the fallbacks (whatSetsApart), or null. */
function framesApart(
  x: PreparedClaim,
  y: PreparedClaim,
  distinct: Set<string>,
  nouns: ((x: PreparedClaim, y: PreparedClaim) => boolean) | null,
): string | null {
  if (nouns && !nouns(x, y)) return 'nouns';
  const ex = countedEvent(x),
    ey = countedEvent(y);
  if (ex !== '' && ey !== '' && ex !== ey && OUTCOMES.test(ex) && OUTCOMES.test(ey)) return 'two outcomes';
  if (x.frame.scope !== y.frame.scope && (x.frame.scope === 'running' || y.frame.scope === 'running'))
    return 'running total';
  if (partAndWhole(x, y)) return 'part and whole';
  const clash = framesClash(x, y, distinct, true, nouns !== null);
  return clash === null ? null : `frames: ${clash}`;
}

/**
 * Whether two statements' sentences tell of different owners or places (the fallbacks' guards): an owner a frame of
 * one names that no sentence of the other names ("Yukos has sued four companies"); places named in both, none in
 * common; sentences that name people, none in common, or each someone the other's report never names ("Smith's",
 * "Jones's"; common names shared aside).
 */
function ownersApart(a: Statement, b: Statement): boolean {
  if (!ownersNamed(a, b) || !ownersNamed(b, a)) return true;
  if (a.keys.places.size > 0 && b.keys.places.size > 0 && !sharesAny(a.keys.places, b.keys.places)) return true;
  const na = ownerNames(a),
    nb = ownerNames(b);
  if (na.size > 0 && nb.size > 0 && !sharesAny(na, nb)) return true;
  const unknownTo = (names: Set<string>, other: Statement) => [...names].some((n) => !other.doc.fingerprint.has(n));
  return unknownTo(na, b) && unknownTo(nb, a);
}

/** How many content words or names two statements' sentences share beyond the story's common ones. */
function sharedBeyondCommon(a: Statement, b: Statement, common: (word: string) => boolean): number {
  let shared = 0;
  const seen = new Set<string>();
  for (const set of [a.keys.words, a.keys.names])
    for (const w of set)
      if (!seen.has(w) && (b.keys.words.has(w) || b.keys.names.has(w)) && !common(w)) {
        seen.add(w);
        shared++;
      }
  return shared;
}

/**
 * The story's common words among some statements: said in their sentences in more than FALLBACK_COMMON of their
 * files (three or more). Counted once, when a pair first asks (most pairs fail a guard before: reading every
 * statement's words up front cost more than the rest of the fallback).
 */
function storyCommonWords(statements: Statement[], files: number): (word: string) => boolean {
  let fileCount: Map<string, number> | null = null;
  const countWords = (): Map<string, number> => {
    const perFile = new Map<string, Set<string>>();
    for (const s of statements) {
      let words = perFile.get(s.file);
      if (!words) perFile.set(s.file, (words = new Set()));
      for (const w of s.keys.words) words.add(w);
      for (const w of s.keys.names) words.add(w);
    }
    const counts = new Map<string, number>();
    for (const words of perFile.values()) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  };
  return (w: string) => files >= 3 && (fileCount ??= countWords()).get(w)! > FALLBACK_COMMON * files;
}

/** Links two statements both ways. */
function linkBoth(linked: Map<Statement, Set<Statement>>, a: Statement, b: Statement): void {
  if (!linked.has(a)) linked.set(a, new Set());
  if (!linked.has(b)) linked.set(b, new Set());
  linked.get(a)!.add(b);
  linked.get(b)!.add(a);
}

/** Each connected group of linked statements, in the order of `statements`: one finding each. */
function linkedGroups(statements: Statement[], linked: Map<Statement, Set<Statement>>): Statement[][] {
  const groups: Statement[][] = [];
  const seen = new Set<Statement>();
  for (const start of statements) {
    if (!linked.has(start) || seen.has(start)) continue;
    const group: Statement[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const s = queue.pop()!;
      group.push(s);
      for (const t of linked.get(s)!) {
        if (seen.has(t)) continue;
        seen.add(t);
        queue.push(t);
      }
    }
    groups.push(group);
  }
  return groups;
}

/** Whether every owner (frame agent) of a statement is named in a sentence of the other. */
function ownersNamed(a: Statement, b: Statement): boolean {
  if (a.claims.every((c) => c.frame.agent === null)) return true;
  const sentences = lowerSentences(b);
  return a.claims.every(
    (c) => c.frame.agent === null || sentences.some((t) => t.includes(c.frame.agent!.toLowerCase())),
  );
}

const lowered = new WeakMap<Statement, string[]>();

/** A statement's sentences in lower case, made once per statement. */
function lowerSentences(statement: Statement): string[] {
  let sentences = lowered.get(statement);
  if (sentences === undefined)
    lowered.set(statement, (sentences = [...statement.keys.sentences].map((t) => t.toLowerCase())));
  return sentences;
}

/**
 * The findings of one story of CROSS_BUCKET (a fallback across things counted, information only): two counts of one
 * set that prepare.ts files in two buckets because they name it by two nouns of one kind (conflicts/kinds.ts: a noun
 * of any of it and a kind of it, "1,300 men" and "1,200 people", or one noun in the bucket of any of it and in its
 * own) and one side names no event. Paired as the fallback inside a bucket pairs figures (crossApart), and only when
 * both figures are at least LOOSE_MIN_COUNT: a few of a kind ("the two women", "the three victims") are more often a
 * part and its whole than one set misreported.
 */
function crossFindings(story: BucketMember[]): LocatedFinding[] {
  if (new Set(story.map((m) => m.doc.file)).size < 2) return [];
  const docs = new Map(story.map((s) => [s.doc.file, s.doc]));
  const { storyYear, firstReport } = storyDates(story.map((s) => s.doc));
  const keyOf = new Map<PreparedClaim, string>();
  for (const { doc, claims } of story)
    for (const claim of claims) keyOf.set(claim, keyBeyondEvent(quantityKey(claim, doc, storyYear, firstReport)));
  return crossOver(fallbackClaims(keyOf.keys()), keyOf, docs, storyYear);
}

/** The fallback across things counted among some claims of a story of CROSS_BUCKET (crossFindings). */
function crossOver(
  claims: PreparedClaim[],
  keyOf: Map<PreparedClaim, string>,
  docs: Map<string, PreparedDoc>,
  storyYear: number | null,
): LocatedFinding[] {
  const byBucket = new Map<string, PreparedClaim[]>();
  for (const claim of claims) pushTo(byBucket, claim.bucket, claim);
  if (byBucket.size < 2) return [];
  // Statements (one file's figures of one value) of each bucket, the MAX_FALLBACK_STATEMENTS lowest in all.
  const bucketOf = new Map<Statement, string>();
  for (const [bucket, list] of byBucket) for (const s of makeStatements(list, docs)) bucketOf.set(s, bucket);
  const statements = [...bucketOf.keys()]
    .sort((a, b) => a.low - b.low || a.high - b.high || compareStrings(a.file, b.file) || a.value - b.value)
    .slice(0, MAX_FALLBACK_STATEMENTS);
  const files = new Set(statements.map((s) => s.file));
  if (files.size < 2) return [];
  const common = storyCommonWords(statements, files.size);
  const distinct = distinctPlaces(claims);
  // Each file's figures of each bucket: a report that gives both figures, in either noun, knows them as two.
  const valuesOf = new Map<string, Statement[]>();
  for (const s of statements) pushTo(valuesOf, `${s.file}\u0000${bucketOf.get(s)}`, s);
  const givesIn = (file: string, bucket: string, other: Statement) =>
    (valuesOf.get(`${file}\u0000${bucket}`) ?? []).some((s) => meet(s, other));
  const gives = (file: string, buckets: string[], other: Statement) => buckets.some((b) => givesIn(file, b, other));
  const groups = groupsByEvent(docs.values());
  const linked = new Map<Statement, Set<Statement>>();
  for (let i = 0; i < statements.length; i++) {
    const a = statements[i];
    for (let j = i + 1; j < statements.length; j++) {
      const b = statements[j];
      const buckets = [bucketOf.get(a)!, bucketOf.get(b)!];
      if (a.file === b.file || buckets[0] === buckets[1]) continue;
      const gived = (file: string, other: Statement) => gives(file, buckets, other);
      if (crossApart(a, b, keyOf, distinct, common, gived, groups) === null) linkBoth(linked, a, b);
    }
  }
  const results: LocatedFinding[] = [];
  for (const group of linkedGroups(statements, linked)) {
    const groupClaims = group.flatMap((s) => s.claims);
    const chosen = clusterStatements(makeStatements(groupClaims, docs));
    if (chosen.length < 2) continue;
    const [, year, window] = keyOf.get(groupClaims[0])!.split('|');
    const predicate = eventWordOf(groupClaims);
    // Named by the noun of any of the kind ("people"), the nouns counted listed in the message.
    const units = [...new Set(groupClaims.map((c) => c.unit))].sort();
    const nouns = units.map((u) => `"${pluralize(u)}"`);
    const listed = nouns.length === 1 ? nouns[0] : `${nouns.slice(0, -1).join(', ')} and ${nouns[nouns.length - 1]}`;
    const named = units.find((u) => kindOf(u)?.any) ?? kindOf(units[0])?.kind ?? units[0];
    const located = mayDisagree(
      subjectOf(named, predicate) + quantityLabel(year, window, storyYear),
      chosen,
      predicate,
      `may be one set: the reports count it by different nouns, ${listed}, in alike words, but their frames do not prove it one`,
    );
    located.without = (excluded) =>
      crossOver(
        groupClaims.filter((c) => !excluded.has(c.claim.id)),
        keyOf,
        docs,
        storyYear,
      );
    results.push(located);
  }
  return results;
}

/**
 * What keeps two counts of one kind of thing in two buckets from being one set (crossOver), or null: fallbackApart's guards and its
 * FALLBACK_SHARED words, with, in place of the sets a bucket keeps apart (distinctSets), two kinds of one thing
 * ("men", "women": twoKinds), a count of any of a kind whose sentence names the other's noun ("1,100 people, most of
 * them men": a whole and its part) and a sentence that writes the other figure ("four of her co-workers, three of
 * whom": writesFigure).
 */
function crossApart(
  a: Statement,
  b: Statement,
  keyOf: Map<PreparedClaim, string>,
  distinct: Set<string>,
  common: (word: string) => boolean,
  gives: (file: string, other: Statement) => boolean,
  groups: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  if (meet(a, b)) return 'figures meet'; // they agree
  if (valueRatio(a, b) > FALLBACK_RATIO) return 'figures far apart';
  if (Math.min(middleOf(a), middleOf(b)) < LOOSE_MIN_COUNT) return 'few';
  if (gives(a.file, b) || gives(b.file, a)) return 'a report gives both';
  const oneSet = (x: PreparedClaim, y: PreparedClaim): boolean =>
    (oneKindOfThing(x, y) || roleAndPeople(x, y, groups) || roleAndPeople(y, x, groups)) &&
    !namesPart(x, y) &&
    !namesPart(y, x);
  const apart = whatSetsApart(a, b, keyOf, distinct, oneSet);
  if (apart !== null) return apart;
  if (writesFigure(a, b.value) || writesFigure(b, a.value)) return 'writes the other figure';
  return sharedBeyondCommon(a, b, common) >= FALLBACK_SHARED ? null : 'too few shared words';
}

/**
 * Whether two counted nouns may name one set (kinds.ts): one noun, or a noun of any of a kind and a kind of it; not
 * two kinds of one thing ("men", "women"; "cars", "trucks"), nor nouns of no kind.
 */
function oneKindOfThing(x: PreparedClaim, y: PreparedClaim): boolean {
  const kx = kindOf(x.unit),
    ky = kindOf(y.unit);
  return kx !== undefined && ky !== undefined && kx.kind === ky.kind && (x.unit === y.unit || kx.any || ky.any);
}

/**
 * Whether a count of people by the noun of any of them ("people", "victims") and a count by a role its report uses
 * of people (roleOfPeople in prepare.ts: "protesters", "jurors") may name one set: the role names no kind the lexicon
 * lists (kinds.ts compares those), one of them says what befell the set, and the story counts none of their events
 * by a group other than the role (groupsByEvent: "12 civilians and five soldiers were killed", "police arrested 12
 * journalists" beside 130 protesters arrested: a count of people there may be the whole of several groups).
 */
function roleAndPeople(
  people: PreparedClaim,
  role: PreparedClaim,
  groups: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (!namesAnyPeople(people.unit) || !roleOfPeople(role)) return false;
  if (people.event === '' && role.event === '') return false;
  const others = (event: string) => [...(groups.get(event) ?? [])].some((noun) => noun !== role.unit);
  return !others(people.event) && !others(role.event);
}

/** Whether a counted noun names any people ("people", "individuals", "victims"; kinds.ts). */
function namesAnyPeople(unit: string): boolean {
  const kind = kindOf(unit);
  return kind !== undefined && kind.any && kind.kind === 'person';
}

/**
 * The nouns a story counts each event by, a noun of any people aside ("12 civilians and five soldiers killed":
 * killed by civilian and soldier): the groups a toll is split by (roleAndPeople).
 */
function groupsByEvent(docs: Iterable<PreparedDoc>): Map<string, Set<string>> {
  const nounsOf = new Map<string, Set<string>>();
  for (const doc of docs)
    for (const claim of doc.claims) {
      // Any count names its group, even one never compared ("the blast also killed six soldiers": an increment).
      if (claim.measure || claim.claim.quantityKind !== 'count' || claim.event === '') continue;
      if (namesAnyPeople(claim.unit)) continue;
      const event = claim.event.startsWith(ADDED) ? claim.event.slice(ADDED.length) : claim.event;
      let nouns = nounsOf.get(event);
      if (!nouns) nounsOf.set(event, (nouns = new Set()));
      nouns.add(claim.unit);
    }
  return nounsOf;
}

/** Whether a count's sentence names another count's noun beside its own ("36 structures, most of them homes"). */
function namesPart(whole: PreparedClaim, part: PreparedClaim): boolean {
  return whole.unit !== part.unit && namesKind(whole, part);
}

/**
 * Whether a statement's sentences write a figure in digits or as a number word ("saw four of her co-workers, three
 * of whom ..."): a report that writes both figures tells them apart, even where no claim of one is read.
 */
function writesFigure(statement: Statement, value: number): boolean {
  for (const sentence of statement.keys.sentences)
    for (const word of sentence.toLowerCase().match(/[\p{L}\d][\p{L}\d,.]*/gu) ?? []) {
      const bare = word.replace(/[.,]+$/, '');
      if ((UNITS_WORDS.get(bare) ?? Number(bare.replace(/,/g, ''))) === value) return true;
    }
  return false;
}

/**
 * Why the engine leaves two claims of one bucket's story uncompared, in words, for diagnosis (scripts/gold-events-why):
 * the strict comparison's reason when both are of one quantity, and the fallback's (or, for CROSS_BUCKET, the
 * fallback across things counted's). Runs the story's own steps again; never called by the engine.
 */
export function explainApart(bucket: string, story: BucketMember[], x: PreparedClaim, y: PreparedClaim): string {
  const docs = new Map(story.map((s) => [s.doc.file, s.doc]));
  const { storyYear, firstReport } = storyDates(story.map((s) => s.doc));
  const fullKey = new Map<PreparedClaim, string>();
  for (const { doc, claims } of story)
    for (const claim of claims) fullKey.set(claim, quantityKey(claim, doc, storyYear, firstReport));
  const all = [...fullKey.keys()];
  const distinct = distinctPlaces(all);
  const out: string[] = [];
  if (bucket !== CROSS_BUCKET && fullKey.get(x) === fullKey.get(y)) {
    const [sx] = makeStatements([x], docs),
      [sy] = makeStatements([y], docs);
    out.push(`strict: ${incomparable(sx, sy, distinct) ?? incomparable(sx, sy, distinct, true) ?? 'comparable'}`);
  }
  if (!fallbackClaim(x) || !fallbackClaim(y)) return [...out, 'fallback: not a plain level'].join('; ');
  const keyOf = new Map([...fullKey].map(([c, k]) => [c, keyBeyondEvent(k)]));
  const statements = makeStatements(fallbackClaims(all), docs);
  const sx = statements.find((s) => s.claims.includes(x)),
    sy = statements.find((s) => s.claims.includes(y));
  if (!sx || !sy) return [...out, 'fallback: a threshold'].join('; ');
  const files = new Set(statements.map((s) => s.file));
  const common = storyCommonWords(statements, files.size);
  const meets = (file: string, other: Statement) =>
    statements.some(
      (s) =>
        s.file === file &&
        (bucket !== CROSS_BUCKET || s.claims[0].bucket === x.bucket || s.claims[0].bucket === y.bucket) &&
        meet(s, other),
    );
  const findingsOf = new Map<string, number[]>();
  const strict = bucket === CROSS_BUCKET ? [] : strictStoryFindings(story, bucket.slice(2)).results;
  strict.forEach((located, index) => {
    for (const id of located.finding.claims) pushTo(findingsOf, id, index);
  });
  const why =
    bucket === CROSS_BUCKET
      ? crossApart(sx, sy, keyOf, distinct, common, meets, groupsByEvent(docs.values()))
      : fallbackApart(sx, sy, keyOf, distinct, common, findingsOf, meets);
  return [...out, `fallback: ${why ?? 'paired'}`].join('; ');
}
