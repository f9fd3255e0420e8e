import type { Token } from '../text/tokens';
import { WordFilter } from '../text/wordFilter';

/** A lookup table. A Map: looking a fresh token string up in it costs less than `in` on an object. */
function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

// General news vocabulary the extractor reads by: number words, qualifiers, predicates, function
// words and speech cues. Nothing here is specific to one story.

export const UNITS_WORDS: ReadonlyMap<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS_WORDS: ReadonlyMap<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALE_WORDS: ReadonlyMap<string, number> = table({
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  lakh: 100_000, crore: 10_000_000,
});
/** Scale abbreviations written after a figure: "$11.1bn", "£600m", "5k", "1.2 tn". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = table({
  k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, mil: 1_000_000, bil: 1_000_000_000, bn: 1_000_000_000, b: 1_000_000_000,
  tn: 1_000_000_000_000, trn: 1_000_000_000_000, ...Object.fromEntries(SCALE_WORDS),
});

/** Vague quantities as intervals. */
export const VAGUE: ReadonlyMap<string, [number, number]> = table({
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  millions: [2_000_000, 999_999_999],
  billions: [2_000_000_000, 999_999_999_999],
});

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = table({
  $: 'dollar', '£': 'pound', '€': 'euro', '¥': 'yen', '₹': 'rupee', '₨': 'rupee',
});
export const CURRENCY_WORDS: ReadonlyMap<string, string> = table({
  dollar: 'dollar', dollars: 'dollar', pound: 'pound', pounds: 'pound', euro: 'euro', euros: 'euro',
  yen: 'yen', yuan: 'yuan', renminbi: 'yuan', rupee: 'rupee', rupees: 'rupee', francs: 'franc', franc: 'franc',
  roubles: 'rouble', rubles: 'rouble', rouble: 'rouble', ruble: 'rouble', pesos: 'peso', peso: 'peso',
  won: 'won', rand: 'rand', lira: 'lira', dinars: 'dinar', dirhams: 'dirham', riyals: 'riyal',
  krona: 'krona', kronor: 'krona', krone: 'krone', kroner: 'krone', taka: 'taka', naira: 'naira',
  shillings: 'shilling', cents: 'cent', pence: 'penny', p: 'penny', baht: 'baht', ringgit: 'ringgit', rupiah: 'rupiah',
  reais: 'real', zloty: 'zloty', zlotys: 'zloty', forint: 'forint', shekels: 'shekel', hryvnia: 'hryvnia', dong: 'dong',
  kwacha: 'kwacha', cedis: 'cedi', birr: 'birr', afghanis: 'afghani', rials: 'rial', bolivars: 'bolivar', soles: 'sol',
  drachmas: 'drachma', marks: 'mark', lire: 'lira', escudos: 'escudo', pesetas: 'peseta', guilders: 'guilder',
});
/** Currency codes and prefixes written before a figure: "US$", "Rs 500", "EUR 3m". */
export const CURRENCY_PREFIX_WORDS: ReadonlyMap<string, string> = table({
  us: 'dollar', usd: 'dollar', rs: 'rupee', inr: 'rupee', pkr: 'rupee', gbp: 'pound', eur: 'euro',
  a: 'dollar', c: 'dollar', hk: 'dollar', nz: 'dollar', aud: 'dollar', cad: 'dollar', jpy: 'yen', cny: 'yuan',
  s: 'dollar', sgd: 'dollar', rm: 'ringgit', myr: 'ringgit',
});

export const DURATION_UNITS: ReadonlyMap<string, string> = table({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year',
  years: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  fortnight: 'fortnight', fortnights: 'fortnight', season: 'season', seasons: 'season',
  hrs: 'hour', hr: 'hour', mins: 'minute', min: 'minute', secs: 'second', yrs: 'year', 'year-old': 'year',
  'years-old': 'year', 'year-olds': 'year',
});

/** Measures written right after a figure, singular or abbreviated ("5km", "10 kg", "3 mph"). */
export const MEASURE_UNITS: ReadonlyMap<string, string> = table({
  km: 'kilometre', kms: 'kilometre', kilometres: 'kilometre', kilometers: 'kilometre', kilometre: 'kilometre', kilometer: 'kilometre',
  m: 'metre', metres: 'metre', meters: 'metre', metre: 'metre', meter: 'metre', cm: 'centimetre', mm: 'millimetre',
  in: 'inch', mi: 'mile', miles: 'mile', mile: 'mile', ft: 'foot', feet: 'foot', foot: 'foot', inches: 'inch', inch: 'inch',
  kg: 'kilogram', kgs: 'kilogram', kilos: 'kilogram', kilograms: 'kilogram', g: 'gram', grams: 'gram', lb: 'pound weight', lbs: 'pound weight',
  tonnes: 'tonne', tonne: 'tonne', tons: 'ton', ton: 'ton', litres: 'litre', liters: 'litre', litre: 'litre', ml: 'millilitre',
  mph: 'mph', kph: 'kph', 'km/h': 'kph', gb: 'gigabyte', mb: 'megabyte', tb: 'terabyte', kb: 'kilobyte', ghz: 'gigahertz', mhz: 'megahertz',
  mw: 'megawatt', gw: 'gigawatt', kw: 'kilowatt', kwh: 'kilowatt-hour', mwh: 'megawatt-hour', gwh: 'gigawatt-hour', twh: 'terawatt-hour',
  hz: 'hertz', khz: 'kilohertz', ppg: 'points per game', hp: 'horsepower', bhp: 'horsepower', mp: 'megapixel',
  degrees: 'degree', degree: 'degree', c: 'degree celsius', f: 'degree fahrenheit', acres: 'acre', hectares: 'hectare', sq: 'square',
  barrels: 'barrel', bpd: 'barrel per day', x: 'times', magnitude: 'magnitude',
});

/** Qualifiers written before a figure, longest first where they share words. */
export const QUALIFIERS_BEFORE: Array<[string[], QualifierName]> = [
  [['at', 'least'], 'at least'], [['no', 'fewer', 'than'], 'at least'], [['no', 'less', 'than'], 'at least'],
  [['a', 'minimum', 'of'], 'at least'], [['not', 'less', 'than'], 'at least'], [['not', 'fewer', 'than'], 'at least'],
  [['at', 'most'], 'up to'], [['no', 'more', 'than'], 'up to'], [['not', 'more', 'than'], 'up to'], [['a', 'maximum', 'of'], 'up to'],
  [['up', 'to'], 'up to'], [['as', 'many', 'as'], 'up to'], [['as', 'much', 'as'], 'up to'], [['as', 'high', 'as'], 'up to'],
  [['just', 'over'], 'more than'], [['just', 'under'], 'nearly'], [['just', 'below'], 'nearly'], [['just', 'shy', 'of'], 'nearly'],
  [['more', 'than'], 'more than'], [['in', 'excess', 'of'], 'more than'], [['upwards', 'of'], 'more than'], [['north', 'of'], 'more than'],
  [['well', 'over'], 'more than'], [['over'], 'more than'], [['above'], 'more than'], [['exceeding'], 'more than'],
  [['nearly'], 'nearly'], [['almost'], 'nearly'], [['close', 'to'], 'nearly'], [['approaching'], 'nearly'], [['nigh', 'on'], 'nearly'],
  [['fewer', 'than'], 'fewer than'], [['less', 'than'], 'fewer than'], [['under'], 'fewer than'], [['below'], 'fewer than'],
  [['an', 'estimated'], 'about'], [['about'], 'about'], [['around'], 'about'], [['approximately'], 'about'], [['roughly'], 'about'],
  [['some'], 'about'], [['an', 'approximate'], 'about'], [['estimated'], 'about'], [['circa'], 'about'], [['approx'], 'about'],
  [['an', 'additional'], 'increment'], [['a', 'further'], 'increment'], [['another'], 'increment'], [['additional'], 'increment'],
  [['a', 'total', 'of'], 'exact'], [['exactly'], 'exact'], [['precisely'], 'exact'],
];

export type QualifierName =
  | 'exact' | 'at least' | 'more than' | 'nearly' | 'about' | 'up to' | 'fewer than' | 'range' | 'vague' | 'increment';

export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'as', 'than',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'while', 'if', 'so', 'because',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'it', 'its', 'this', 'these', 'those',
  'their', 'his', 'her', 'our', 'my', 'your', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'me', 'him', 'us',
  'after', 'before', 'since', 'during', 'over', 'under', 'into', 'onto', 'across', 'within', 'between', 'among',
  'against', 'through', 'throughout', 'about', 'around', 'per', 'each', 'every', 'all', 'both', 'either', 'neither',
  'not', 'no', 'only', 'also', 'just', 'up', 'down', 'out', 'off', 'than', 'then', 'there', 'here', 'such', 'more',
  'most', 'less', 'least', 'some', 'any', 'many', 'much', 'few', 'other', 'another', 'same', 'own', 'via', 'until',
  'till', 'toward', 'towards', 'near', 'beyond', 'above', 'below', 'behind', 'beside', 'despite', 'without', 'upon',
  'whether', 'though', 'although', 'yet', 'still', 'even', 'already', 'again', 'ago', 'like', 'unlike', 'including',
  'compared', 'against', 'along', 'amid', 'amongst', 'outside', 'inside', 'versus', 'vs', 'whereas', 'unless',
  'however', 'meanwhile', 'now', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'too', 'very', 'well',
  'respectively', 'apiece', 'each', 'alone', 'overall', 'altogether', 'instead', 'others',
]);

export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'do', 'does', 'did', 'also', 'reportedly', 'later', 'earlier', 'previously', 'then', 'now',
  'initially', 'originally', 'officially', 'all', 'both', 'since', 'allegedly', 'apparently', 'already', 'subsequently',
  'eventually', 'finally', 'still', 'not', 'never', 'either', 'each', 'just', 'recently', 'further', 'again', 'separately',
]);

/** Plural nouns that do not end in "s". */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = table({
  campuses: 'campus', buses: 'bus', viruses: 'virus', bonuses: 'bonus', censuses: 'census', statuses: 'status',
  circuses: 'circus', surpluses: 'surplus', syllabuses: 'syllabus', prospectuses: 'prospectus',
  people: 'person', personnel: 'personnel', police: 'police', children: 'child', men: 'man', women: 'woman',
  staff: 'staff', cattle: 'cattle', livestock: 'livestock', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', data: 'data', media: 'media', aircraft: 'aircraft', fish: 'fish', sheep: 'sheep', deer: 'deer',
  series: 'series', species: 'species', crew: 'crew', youth: 'youth', militia: 'militia', infantry: 'infantry',
  clergy: 'clergy', offspring: 'offspring', spacecraft: 'spacecraft', folk: 'folk', kin: 'kin', poultry: 'poultry',
  headquarters: 'headquarters', means: 'means', news: 'news', bodies: 'body', lives: 'life', wives: 'wife',
  knives: 'knife', wolves: 'wolf', leaves: 'leaf', halves: 'half', shelves: 'shelf', thieves: 'thief',
  indices: 'index', criteria: 'criterion', phenomena: 'phenomenon', analyses: 'analysis', crises: 'crisis',
  theses: 'thesis', diagnoses: 'diagnosis', hypotheses: 'hypothesis', bases: 'base', oases: 'oasis',
  spokespeople: 'spokesperson', townspeople: 'townsperson', policemen: 'policeman', policewomen: 'policewoman',
  gunmen: 'gunman', firemen: 'fireman', fishermen: 'fisherman', businessmen: 'businessman', chairmen: 'chairman',
  spokesmen: 'spokesman', servicemen: 'serviceman', tribesmen: 'tribesman', countrymen: 'countryman',
  congressmen: 'congressman', seamen: 'seaman', workmen: 'workman', sportsmen: 'sportsman', horsemen: 'horseman',
  salesmen: 'salesman', statesmen: 'statesman', noblemen: 'nobleman', kinsmen: 'kinsman',
  troops: 'troop', goods: 'goods', arms: 'arms', clothes: 'clothes', savings: 'savings', earnings: 'earnings',
  proceeds: 'proceeds', premises: 'premises', remains: 'remains', belongings: 'belongings', sales: 'sale',
  hostages: 'hostage', votes: 'vote', hits: 'hit',
});

/** Words ending in "s" that are not plurals. */
export const NOT_PLURAL = new Set([
  'bus', 'gas', 'news', 'status', 'virus', 'bonus', 'campus', 'census', 'chorus', 'focus', 'plus', 'minus', 'thus',
  'this', 'his', 'its', 'is', 'was', 'has', 'does', 'us', 'yes', 'less', 'unless', 'across', 'press', 'access',
  'business', 'process', 'success', 'progress', 'congress', 'address', 'loss', 'boss', 'class', 'glass', 'mass',
  'pass', 'grass', 'cross', 'crisis', 'analysis', 'basis', 'thesis', 'emphasis', 'series', 'species', 'always',
  'perhaps', 'whereas', 'towards', 'afterwards', 'besides', 'nevertheless', 'various', 'previous', 'serious',
  'famous', 'numerous', 'dangerous', 'enormous', 'anonymous', 'obvious', 'tremendous', 'continuous', 'religious',
  'various', 'ms', 'mrs', 'vs', 'chaos', 'atlas', 'canvas', 'alias', 'bias', 'axis', 'tennis', 'cosmos', 'ethos',
  'physics', 'economics', 'politics', 'athletics', 'mathematics', 'statistics', 'aids', 'wales', 'paris', 'texas',
  'lens', 'plus', 'christmas', 'pls', 'bonus', 'stimulus', 'consensus', 'corpus', 'genus', 'apparatus', 'hiatus',
  'dress', 'stress', 'fitness', 'illness', 'witness', 'weakness', 'awareness',
]);

/** Nouns after "of" that make the counted noun partitive ("members of", "bodies of"). */
export const PARTITIVE_HEADS = new Set([
  'member', 'body', 'group', 'family', 'pair', 'batch', 'team', 'unit', 'piece', 'barrel', 'tonne', 'ton', 'kilo',
  'box', 'bag', 'bottle', 'case', 'cup', 'sack', 'litre', 'kind', 'type', 'sort', 'share', 'round', 'carton',
  'crate', 'packet', 'pack', 'load', 'truckload', 'busload', 'battalion', 'company', 'platoon', 'squad', 'couple',
  'employee', 'officer', 'soldier', 'resident', 'student', 'worker', 'supporter', 'fan', 'citizen', 'relative',
  'survivor', 'victim', 'one', 'copy', 'acre', 'hectare', 'square', 'gallon', 'head', 'strain', 'variety',
  'percent', '%', 'per cent', 'percentage point', 'third', 'quarter', 'half', 'fifth', 'tenth',
]);

export type PredicateName = 'killed' | 'wounded' | 'arrested' | 'freed' | 'displaced' | 'evacuated' | 'missing' | 'rose' | 'fell';

/** Single-word predicate cues. Multi-word ones ("lost their lives", "death toll") are in predicates.ts. */
export const PREDICATE_WORDS: ReadonlyMap<string, PredicateName> = table({
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', dead: 'killed', died: 'killed', die: 'killed',
  dies: 'killed', dying: 'killed', deaths: 'killed', death: 'killed', toll: 'killed', fatalities: 'killed',
  fatality: 'killed', neutralized: 'killed', neutralised: 'killed', neutralizing: 'killed', neutralising: 'killed',
  perished: 'killed', slain: 'killed', murdered: 'killed', massacred: 'killed', executed: 'killed', lives: 'killed',
  bodies: 'killed', corpses: 'killed', deceased: 'killed',
  injured: 'wounded', injuring: 'wounded', injuries: 'wounded', injures: 'wounded', wounded: 'wounded',
  wounding: 'wounded', hurt: 'wounded', injury: 'wounded', casualties: 'wounded',
  arrested: 'arrested', arrest: 'arrested', arrests: 'arrested', arresting: 'arrested', detained: 'arrested',
  detaining: 'arrested', detention: 'arrested', apprehended: 'arrested', jailed: 'arrested', imprisoned: 'arrested',
  custody: 'arrested',
  freed: 'freed', released: 'freed', freeing: 'freed', rescued: 'freed', liberated: 'freed', escaped: 'freed',
  displaced: 'displaced', displacing: 'displaced', homeless: 'displaced', fled: 'displaced', uprooted: 'displaced',
  evacuated: 'evacuated', evacuating: 'evacuated', evacuation: 'evacuated',
  missing: 'missing', disappeared: 'missing', abducted: 'missing', kidnapped: 'missing',
  rose: 'rose', risen: 'rose', rise: 'rose', rises: 'rose', rising: 'rose', increased: 'rose', increase: 'rose',
  increases: 'rose', grew: 'rose', grown: 'rose', growth: 'rose', jumped: 'rose', climbed: 'rose', soared: 'rose',
  surged: 'rose', gained: 'rose', up: 'rose', boosted: 'rose', doubled: 'rose', tripled: 'rose', raised: 'rose',
  fell: 'fell', fallen: 'fell', fall: 'fell', falls: 'fell', falling: 'fell', dropped: 'fell', drop: 'fell',
  declined: 'fell', decline: 'fell', decreased: 'fell', decrease: 'fell', slumped: 'fell', plunged: 'fell',
  down: 'fell', shed: 'fell', slipped: 'fell', tumbled: 'fell', cut: 'fell', lost: 'fell', shrank: 'fell',
  contracted: 'fell', dipped: 'fell', slid: 'fell', sank: 'fell', lower: 'fell', higher: 'rose',
});

export const CHANGE_PREDICATES = new Set<PredicateName>(['rose', 'fell']);

/** Verbs and nouns that introduce reported speech, mapped to the base cue. */
/** Base forms of cues after a plural or pronoun subject ("The Tories believe", "they argue", "figures show"), which are
 * also nouns and modifiers elsewhere ("a think tank", "the show"). */
export const BASE_FORM_SPEECH_CUES = new Set([
  'believe', 'think', 'argue', 'insist', 'warn', 'deny', 'admit', 'predict', 'accuse', 'urge', 'stress', 'explain',
  'acknowledge', 'concede', 'complain', 'maintain', 'contend', 'assert', 'suggest', 'reveal', 'fear', 'estimate', 'show',
]);

export const SPEECH_CUES = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'confirmed', 'confirms', 'confirm', 'stated', 'states', 'claimed',
  'claims', 'claim', 'announced', 'announces', 'announce', 'reported', 'reports', 'report', 'added', 'adds', 'noted',
  'notes', 'warned', 'warns', 'insisted', 'insists', 'estimated', 'estimates', 'denied', 'denies', 'alleged',
  'alleges', 'asserted', 'asserts', 'explained', 'explains', 'argued', 'argues', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'revealed', 'reveals', 'believes', 'believed', 'suggested', 'suggests', 'predicted',
  'predicts', 'wrote', 'writes', 'tweeted', 'posted', 'rejected', 'rejects', 'accused', 'accuses', 'declared',
  'declares', 'disclosed', 'discloses', 'indicated', 'indicates', 'maintained', 'maintains', 'contended',
  'forecast', 'forecasts', 'expects', 'expected', 'thinks', 'thought', 'feared', 'fears', 'hopes', 'urged', 'urges',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'commented', 'replied', 'conceded',
  'concedes', 'agreed', 'agrees', 'recalled', 'recalls', 'complained', 'complains', 'described',
  'found', 'finds', 'quoted', 'cited', 'cites', 'blamed', 'blames', 'praised', 'praises',
  'vowed', 'vows', 'pledged', 'promised', 'promises', 'asked', 'asks', 'announcing', 'saying', 'telling', 'adding',
  'claiming', 'warning', 'insisting', 'noting', 'arguing', 'confirming', 'stating', 'speculate', 'speculates',
  'speculated', 'concluded', 'concludes', 'recommended', 'recommends', 'continued', 'expect', 'thanked',
  'denounced', 'denounces', 'questioned', 'portrays', 'portrayed', 'called', 'shows', 'showed', 'allege',
  'apologized', 'apologised', 'apologizes', 'apologises', 'read', 'reads', 'reading', 'released', 'issued',
  ...BASE_FORM_SPEECH_CUES,
  // Verbs of political news that report speech or a stance ("Sanders criticized", "Trump boasted that").
  'slammed', 'slams', 'blasted', 'blasts', 'criticized', 'criticised', 'criticizes', 'criticises', 'criticizing',
  'criticising', 'touted', 'touts', 'boasted', 'boasts', 'bragged', 'brags', 'joked', 'jokes', 'quipped', 'quips',
  'hinted', 'hints', 'signaled', 'signalled', 'reiterated', 'reiterates', 'testified', 'testifies', 'lamented',
  'laments', 'cautioned', 'dismissed', 'dismisses', 'countered', 'counters', 'retorted', 'responded', 'responds',
  'decried', 'decries', 'hailed', 'hails', 'welcomed', 'welcomes', 'mused', 'muses', 'wondered', 'wonders', 'remarked',
  'proclaimed', 'proclaims', 'pleaded', 'demanded', 'objected', 'protested', 'underscored',
  'underscores', 'disputed', 'dubbed', 'branded', 'labelled', 'labeled', 'felt', 'feels',
  'feel', 'acknowledging', 'accusing', 'arguing', 'predicting', 'explaining', 'urging',
  'stressing', 'denying', 'admitting', 'vowing', 'promising', 'calling', 'blaming', 'questioning', 'dismissing',
  'condemned', 'condemns', 'pointed', 'condemning', 'praising', 'welcoming', 'rejecting', 'reiterating', 'boasting', 'joking',
]);

/** Country names: a speaker as the subject of a speech verb ("Pakistan says"), not as a possessive ("Pakistan's army"). */
export const COUNTRIES = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'burma', 'cambodia',
  'cameroon', 'canada', 'chad', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'czechia',
  'denmark', 'ecuador', 'egypt', 'england', 'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'georgia',
  'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india', 'indonesia',
  'iran', 'iraq', 'ireland', 'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait',
  'laos', 'latvia', 'lebanon', 'libya', 'lithuania', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'morocco',
  'mozambique', 'myanmar', 'nepal', 'netherlands', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan',
  'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan',
  'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'turkmenistan',
  'uganda', 'ukraine', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe',
  'united states', 'united kingdom', 'south korea', 'north korea', 'saudi arabia', 'new zealand', 'south africa',
  'sri lanka', 'south sudan', 'the united states', 'the united kingdom', 'the netherlands', 'the philippines', 'us', 'uk',
  'the us', 'the uk', 'usa', 'america',
]);

/** Cues that are as often nouns ("these claims", "media reports") and need a clear subject. */
export const AMBIGUOUS_CUES = new Set([
  'claims', 'claim', 'reports', 'report', 'states', 'estimates', 'notes', 'fears', 'hopes', 'forecast', 'forecasts',
  'shows', 'finds', 'found', 'thought', 'expected', 'called', 'showed', 'pointed', 'described', 'praised',
  'condemned', 'blamed', 'asked', 'believed', 'cited', 'quoted', 'agreed', 'tell', 'say', 'confirm', 'announce',
  'promises', 'vows', 'urges', 'cites', 'expect', 'fear', 'estimate', 'show', 'maintain',
]);

/** Nouns that head a speaker without a name ("a police spokesman", "officials", "state media"). */
export const SPEAKER_NOUNS = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokespersons', 'minister',
  'ministry', 'government', 'police', 'military', 'army', 'media', 'agency', 'authorities', 'authority', 'sources',
  'source', 'analysts', 'analyst', 'experts', 'expert', 'report', 'reports', 'statement', 'statements', 'witnesses',
  'witness', 'residents', 'resident', 'doctors', 'doctor', 'hospital', 'company', 'firm', 'group', 'bank', 'economists',
  'economist', 'researchers', 'scientists', 'study', 'survey', 'figures', 'data', 'statistics', 'president', 'chief',
  'leader', 'leaders', 'director', 'executive', 'secretary', 'chairman', 'chairwoman', 'commissioner', 'officer',
  'officers', 'commander', 'general', 'board', 'council', 'committee', 'commission', 'union', 'party', 'club', 'team',
  'manager', 'coach', 'lawyer', 'lawyers', 'prosecutors', 'prosecutor', 'court', 'judge', 'department', 'office',
  'newspaper', 'broadcaster', 'television', 'radio', 'channel', 'website', 'organisers', 'organizers', 'campaigners',
  'critics', 'observers', 'diplomats', 'diplomat', 'investigators', 'rescuers', 'medics', 'paramedics', 'staff',
]);

// Hot-path look-ups: a bit-table pre-filter first, the exact table only for the few words that pass.
const PREDICATE_FILTER = new WordFilter(PREDICATE_WORDS.keys());
const SPEECH_CUE_FILTER = new WordFilter(SPEECH_CUES);
const CURRENCY_WORD_FILTER = new WordFilter(CURRENCY_WORDS.keys());

/** PREDICATE_WORDS.get(token.lower), or undefined. */
export function predicateWord(token: Token): PredicateName | undefined {
  return PREDICATE_FILTER.has(token) ? PREDICATE_WORDS.get(token.lower) : undefined;
}

/** SPEECH_CUES.has(token.lower). */
export function isSpeechCue(token: Token): boolean {
  return SPEECH_CUE_FILTER.has(token);
}

/** CURRENCY_WORDS.has(token.lower). */
export function isCurrencyWord(token: Token): boolean {
  return CURRENCY_WORD_FILTER.has(token);
}
