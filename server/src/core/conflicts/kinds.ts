// Things measured named at two levels: "the 70-foot fir" and "a 72-foot tall Norway spruce" (one tree, its species
// told two ways), "40% of female exonerees" and "about half the women" (a group, and the same group by its class),
// "$30,000 prize" and "up to $30,000 in prize money" (a thing, and the money it is). Two frames that name their
// thing so are compared as frames that name it only in part (quantities.ts: figures near, information only); two
// frames that name two kinds of one class ("female exonerees" and "female athletes"), two classes ("fir" and
// "satellite") or a thing and another's part are never compared.

/**
 * The kinds of a class that outlets name one object by: the class's own noun names it whole ("the vessel", "the
 * aircraft", "the storm"), a kind in part ("the ferry", "the jet", "the hurricane"). Two kinds of one class are two
 * objects (a tanker and a ferry collide), except the species of a tree: a Christmas tree is a fir in one report, a
 * spruce in another, and one story seldom measures two. A small lexicon of nouns, not a list of pairs.
 */
const KINDS: ReadonlyArray<{ cls: string; kinds: string[]; species?: true }> = [
  {
    cls: 'tree',
    kinds: ['fir', 'spruce', 'pine', 'cedar', 'oak', 'elm', 'beech', 'birch', 'maple', 'sequoia', 'redwood', 'cypress'],
    species: true,
  },
  { cls: 'vessel', kinds: ['ship', 'boat', 'ferry', 'liner', 'tanker', 'freighter', 'yacht'] },
  { cls: 'aircraft', kinds: ['plane', 'airplane', 'aeroplane', 'jet', 'airliner', 'jetliner'] },
  { cls: 'storm', kinds: ['hurricane', 'typhoon', 'cyclone'] },
  { cls: 'fire', kinds: ['blaze', 'wildfire', 'bushfire', 'inferno'] },
  { cls: 'quake', kinds: ['earthquake'] },
  { cls: 'spacecraft', kinds: ['satellite', 'probe', 'spaceship'] },
];
const KIND_OF: ReadonlyMap<string, { cls: string; species: boolean }> = new Map(
  KINDS.flatMap(({ cls, kinds, species }) => kinds.map((kind) => [kind, { cls, species: species === true }] as const)),
);

/** Words that name a group by its sex before the noun of its role ("female exonerees", "male nurses"): its class. */
const SEX_WORDS: ReadonlyMap<string, string> = new Map([
  ['female', 'woman'],
  ['male', 'man'],
]);

/** Heads of a compound that name the money a thing is ("prize money", "ransom money"): the thing is its first word. */
const MONEY_HEADS = new Set(['money', 'cash']);

interface Named {
  /** The class the thing belongs to ("tree", "woman"), or the thing itself. */
  readonly cls: string;
  /** Whether the name is the class itself ("tree", "woman", "prize") rather than one kind of it. */
  readonly whole: boolean;
  /** Whether the name is a kind of its class that names one object of it (a species: "fir"). */
  readonly species: boolean;
}

function named(measured: string): Named {
  const words = measured.split(' ');
  const head = words[words.length - 1];
  if (words.length === 2 && MONEY_HEADS.has(head)) return { cls: words[0], whole: true, species: false };
  const sex = words.length > 1 ? SEX_WORDS.get(words[0]) : undefined;
  if (sex !== undefined) return { cls: sex, whole: false, species: false };
  const kind = KIND_OF.get(head);
  if (kind !== undefined) return { cls: kind.cls, whole: false, species: kind.species };
  return { cls: measured, whole: true, species: false };
}

/**
 * Whether two different things measured may name one thing at two levels: one names a class and the other a kind
 * of it ("woman" and "female exoneree"; "tree" and "fir"), a thing and the money it is ("prize" and "prize money"),
 * or two species of one class ("fir" and "spruce": of one object, the outlets disagree on its kind). Not two kinds
 * of one class that name groups ("female exoneree" and "female athlete"), nor two things.
 */
export function namedAtTwoLevels(a: string, b: string): boolean {
  if (a === b) return false;
  const x = named(a),
    y = named(b);
  if (x.cls !== y.cls) return false;
  return x.whole || y.whole || (x.species && y.species);
}
