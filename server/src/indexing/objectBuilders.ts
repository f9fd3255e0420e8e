// Builds decoded objects with object literals, one compiled literal per key list. An object filled key by
// key (`record[key] = value`) turns into a dictionary past a dozen keys, about four times the size of the
// same object with fast properties; a literal's objects share one hidden class and store their values in place.

/** Key lists longer than this, or containing `__proto__`, are built key by key. */
const MAX_LITERAL_KEYS = 128;
/** Distinct key lists compiled at most (a corrupt record must not fill memory with functions). */
const MAX_BUILDERS = 512;

export type ObjectBuilder = (readValue: () => unknown) => Record<string, unknown>;

const builders = new Map<string, ObjectBuilder>();

function buildKeyByKey(keys: string[], readValue: () => unknown): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__') Object.defineProperty(record, key, { value: readValue(), enumerable: true, writable: true, configurable: true });
    else record[key] = readValue();
  }
  return record;
}

/** A function that builds an object with these keys, in this order, each value read by `readValue` in turn. */
export function objectBuilderFor(keys: string[]): ObjectBuilder {
  const signature = keys.join('\u0000');
  const known = builders.get(signature);
  if (known) return known;
  let builder: ObjectBuilder;
  if (keys.length > MAX_LITERAL_KEYS || keys.includes('__proto__') || builders.size >= MAX_BUILDERS) {
    builder = (readValue) => buildKeyByKey(keys, readValue);
  } else {
    // JSON string literals are JavaScript string literals: no key can inject code. Properties are evaluated in order.
    const literal = `{${keys.map((key) => `${JSON.stringify(key)}: readValue()`).join(', ')}}`;
    builder = new Function('readValue', `return ${literal};`) as ObjectBuilder;
  }
  if (builders.size < MAX_BUILDERS) builders.set(signature, builder);
  return builder;
}
