// Shares equal short strings between analyses (units, predicates, qualifiers, keywords, file names):
// analyses that come back from worker threads carry their own copy of each, which at 100,000 files
// costs hundreds of MB. Long strings (sentences) are shared within one analysis only: several claims
// of a sentence repeat it, other documents rarely do.

const MAX_INTERNED_LENGTH = 64;

export class StringInterner {
  private readonly table = new Map<string, string>();
  private local = new Map<string, string>();

  get size(): number {
    return this.table.size;
  }

  string(value: string): string {
    const table = value.length > MAX_INTERNED_LENGTH ? this.local : this.table;
    const shared = table.get(value);
    if (shared !== undefined) return shared;
    table.set(value, value);
    return value;
  }

  /** Replaces, in place, every string inside plain objects and arrays by its shared copy (long ones: shared within this value only). */
  deep<T>(value: T): T {
    this.local = new Map();
    this.visit(value as unknown);
    this.local = new Map();
    return value;
  }

  private visit(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = this.string(item);
        else if (typeof item === 'object' && item !== null) this.visit(item);
      }
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const item = record[key];
        if (typeof item === 'string') record[key] = this.string(item);
        else if (typeof item === 'object' && item !== null) this.visit(item);
      }
    }
  }
}
