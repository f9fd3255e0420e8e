// The calendar's names, in one place: months (full and three-letter) and weekdays (lower case, Sunday first,
// as Date.getUTCDay() counts).

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Days named after a holiday that always falls on one weekday, as a pattern ("Father's Day"), and that weekday. */
export const WEEKDAY_HOLIDAYS: ReadonlyArray<[string, string]> = [
  ["father['’]s day", 'sunday'],
  ["mother['’]s day", 'sunday'],
  ['labor day', 'monday'],
  ['memorial day', 'monday'],
];

/** The months' full names, lower case. */
export const MONTHS_LOWER: readonly string[] = MONTH_NAMES.map((name) => name.toLowerCase());

/** The months' abbreviations as news writes them ("Sept" before "Sep", for regular expressions). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Every way a month is written, lower case: full names, three-letter abbreviations and "sept". */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS_LOWER,
  ...MONTH_ABBREVIATIONS.map((name) => name.toLowerCase()),
]);

/** A figure's time (QuantityFrame.time) when its clause sets it in the year before its report's ("last year"). */
export const LAST_YEAR = 'last year';

/** The name of month 1..12 ("February", or "Feb" when short); undefined for other numbers. */
export function monthName(month: number, short = false): string | undefined {
  const name = MONTH_NAMES[month - 1] as string | undefined;
  return short ? name?.slice(0, 3) : name;
}

/** The number (1..12) of a month's name, full or abbreviated ("Feb", "sept."), by its first three letters; 0 for none. */
export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === prefix) + 1;
}
