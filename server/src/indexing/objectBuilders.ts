// Builds decoded objects that keep fast properties. An object filled key by key (`record[key] = value`) turns
// into a dictionary past a dozen keys, about four times the size of the same object with fast properties. A copy
// of a template object made once per key list (JSON.parse builds it with fast properties) has all its keys from
// the start: writing their values changes no object layout, and every copy shares the template's hidden class.

/** Key lists longer than this, or containing `__proto__`, are built key by key. */
const MAX_TEMPLATE_KEYS = 128;
/** Templates kept at most (a corrupt record must not fill memory with them). */
const MAX_BUILDERS = 512;

export type ObjectBuilder = (readValue: () => unknown) => Record<string, unknown>;

const builders = new Map<string, ObjectBuilder>();

function buildKeyByKey(keys: string[], readValue: () => unknown): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === '__proto__')
      Object.defineProperty(record, key, { value: readValue(), enumerable: true, writable: true, configurable: true });
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
  if (keys.length > MAX_TEMPLATE_KEYS || keys.includes('__proto__') || builders.size >= MAX_BUILDERS) {
    builder = (readValue) => buildKeyByKey(keys, readValue);
  } else {
    const template = JSON.parse(`{${keys.map((key) => `${JSON.stringify(key)}:null`).join(',')}}`) as Record<
      string,
      unknown
    >;
    builder = (readValue) => {
      const record = { ...template };
      for (const key of keys) record[key] = readValue();
      return record;
    };
  }
  if (builders.size < MAX_BUILDERS) builders.set(signature, builder);
  return builder;
}
