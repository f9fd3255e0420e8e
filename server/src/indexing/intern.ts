// Shares equal short strings between analyses (units, predicates, qualifiers, keywords, places):
// every decoded record carries its own copy of each, which at 100,000 files costs hundreds of MB.
// Longer strings (sentences, claim ids) are left alone: they are already shared within their record
// and rarely equal across files, and keeping them here would only grow the table.

const MAX_INTERNED_LENGTH = 32;

export class StringInterner {
  private readonly table = new Map<string, string>();

  get size(): number {
    return this.table.size;
  }

  string(value: string): string {
    if (value.length > MAX_INTERNED_LENGTH) return value;
    const shared = this.table.get(value);
    if (shared !== undefined) return shared;
    this.table.set(value, value);
    return value;
  }

  /**
   * The table for one file's record: its name, and the ids of its claims, dates and names ("<file>:<line>:<col>"),
   * occur in no other file, so they are left out of the table rather than filling it with strings never shared.
   */
  forFile(file: string): { string(value: string): string } {
    return { string: (value) => (value.startsWith(file) ? value : this.string(value)) };
  }
}
