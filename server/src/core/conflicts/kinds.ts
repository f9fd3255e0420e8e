// Kinds of things, one lexicon for two uses: counts of one kind named in other words share a bucket (prepare.ts:
// "1,200 people" and "1,300 workers"), and things measured named at two levels compare (quantities.ts).
// Things measured named at two levels: "the 70-foot fir" and "a 72-foot tall Norway spruce" (one tree, its species
// told two ways), "40% of female exonerees" and "about half the women" (a group, and the same group by its class),
// "$30,000 prize" and "up to $30,000 in prize money" (a thing, and the money it is). Two frames that name their
// thing so are compared as frames that name it only in part (quantities.ts: figures near, information only); two
// frames that name two kinds of one class ("female exonerees" and "female athletes"), two classes ("fir" and
// "satellite") or a thing and another's part are never compared.

import { NATIONALITIES } from '../extract/lexicon';

/**
 * Kinds of things: for each, the nouns that name any of it (the first names its bucket) and the nouns that name one
 * kind of it. Outlets name one set or one object at either level: "1,200 people" and "1,300 workers", "the vessel"
 * and "the ferry", "the aircraft" and "the jet", "the storm" and "the hurricane". Two kinds of one thing are two sets
 * ("12 men", "15 women"; a tanker and a ferry collide), except the species of a tree: a Christmas tree is a fir in one
 * report, a spruce in another, and one story seldom measures two. A small lexicon of nouns, not a list of pairs nor of
 * what may be compared: a noun it does not list that a report uses of people ("protesters who ...") may be one set
 * with "people" too (roleOfPeople in prepare.ts). Civilians, soldiers, police, militants and children are not kinds of
 * people here: a toll is split by them (where a story counts two of them, quantities.ts keeps a role and people apart).
 * People by their nation are ("Palestinians", "Israelis"): two nations are two sets, as men and women are.
 */
const KINDS_OF_THINGS: ReadonlyArray<{ any: readonly string[]; kinds: readonly string[]; species?: true }> = [
  {
    any: ['person', 'individual', 'victim'],
    kinds: [
      'man', 'woman', 'worker', 'resident', 'passenger', 'student', 'tourist', 'visitor', 'guest', 'patient',
      'customer', 'fan', 'spectator', 'worshipper', 'parishioner', 'villager', 'pilgrim', 'migrant', 'refugee',
      'inmate', 'prisoner', 'hostage', 'miner', 'crew', 'shopper', 'commuter', 'traveller', 'hiker',
      'climber', 'pedestrian', 'motorist', 'driver', 'cyclist', 'occupant', 'tenant', 'homeowner',
      // People by their nation: "20 Palestinians were killed" and "19 people were killed" at one school.
      ...NATIONALITIES,
    ],
  },
  { any: ['soldier'], kinds: ['peacekeeper', 'marine', 'paratrooper', 'commando', 'reservist', 'infantryman'] },
  { any: ['vehicle'], kinds: ['car', 'truck', 'lorry', 'bus', 'van', 'motorcycle', 'suv', 'taxi', 'minibus', 'tractor'] },
  { any: ['building', 'structure'], kinds: ['house', 'apartment', 'cottage', 'bungalow', 'barn', 'shed'] },
  {
    any: ['aircraft'],
    kinds: ['plane', 'airplane', 'aeroplane', 'jet', 'airliner', 'jetliner', 'helicopter', 'drone'],
  },
  { any: ['vessel'], kinds: ['ship', 'boat', 'ferry', 'liner', 'tanker', 'freighter', 'trawler', 'yacht'] },
  {
    any: ['tree'],
    kinds: ['fir', 'spruce', 'pine', 'cedar', 'oak', 'elm', 'beech', 'birch', 'maple', 'sequoia', 'redwood', 'cypress'],
    species: true,
  },
  { any: ['storm'], kinds: ['hurricane', 'typhoon', 'cyclone'] },
  { any: ['fire'], kinds: ['blaze', 'wildfire', 'bushfire', 'inferno'] },
  { any: ['quake'], kinds: ['earthquake'] },
  { any: ['spacecraft'], kinds: ['satellite', 'probe', 'spaceship'] },
]; // prettier-ignore

/** A noun's kind of thing: the kind's first noun of any of it, whether the noun names any of it, and whether it is a species. */
export interface KindOf {
  readonly kind: string;
  readonly any: boolean;
  readonly species: boolean;
}

const KIND_OF: ReadonlyMap<string, KindOf> = new Map(
  KINDS_OF_THINGS.flatMap(({ any, kinds, species }) => [
    ...any.map((noun): [string, KindOf] => [noun, { kind: any[0], any: true, species: false }]),
    ...kinds.map((noun): [string, KindOf] => [noun, { kind: any[0], any: false, species: species === true }]),
  ]),
);

/** The kind of thing a noun (singular, lower case) names (KINDS_OF_THINGS), or undefined. */
export function kindOf(noun: string): KindOf | undefined {
  return KIND_OF.get(noun);
}

/** Words that name a group by its sex before the noun of its role ("female exonerees", "male nurses"): its class. */
const SEX_WORDS: ReadonlyMap<string, string> = new Map([
  ['female', 'woman'],
  ['male', 'man'],
]);

/** The classes SEX_WORDS name: "women" is the class of "female exonerees" (and one kind of people). */
const SEXES: ReadonlySet<string> = new Set(SEX_WORDS.values());

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
  if (SEXES.has(measured)) return { cls: measured, whole: true, species: false };
  const kind = KIND_OF.get(head);
  if (kind !== undefined) return { cls: kind.kind, whole: kind.any, species: kind.species };
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
