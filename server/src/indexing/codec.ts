// A compact binary encoding of plain data (objects, arrays, strings, numbers, booleans, null).
// Object keys are stored once per distinct key list ("shape"), every distinct string once in a
// table, so a claim costs a few dozen bytes on disk and decoded strings are shared (interned).
// No schema: fields the extractor adds later round-trip without a change here.
import { pushTo } from '../core/conflicts/text';
import { objectBuilderFor, type ObjectBuilder } from './objectBuilders';

const enum Tag {
  Null = 0,
  False = 1,
  True = 2,
  Int = 3,
  Float = 4,
  String = 5,
  Array = 6,
  Object = 7,
  Undefined = 8,
}

export interface EncodedTables {
  strings: string[];
  shapes: string[][];
  payload: Uint8Array;
}

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private view = new DataView(this.bytes.buffer);
  length = 0;

  /** Starts over, keeping the buffer grown so far. */
  reset(): void {
    this.length = 0;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + count) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /** Unsigned LEB128 of a non-negative safe integer. */
  varint(value: number): void {
    this.reserve(10);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  float(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** The one buffer every encoding writes its payload into (encoding is synchronous), so no record allocates its own. */
const payloadWriter = new ByteWriter();

/** Writes the payload into `payloadWriter`; returns the string table and shapes it refers to. */
function writePayload(value: unknown): Omit<EncodedTables, 'payload'> & { stringIds: Map<string, number> } {
  const writer = payloadWriter;
  writer.reset();
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  // Shapes found by their first key, then compared key by key: no joined string per object.
  const shapesByFirstKey = new Map<string, number[]>();
  const shapeIdOf = (keys: string[]): number | undefined => {
    const candidates = shapesByFirstKey.get(keys.length ? keys[0] : '');
    if (!candidates) return undefined;
    for (const id of candidates) {
      const shape = shapes[id];
      if (shape.length !== keys.length) continue;
      let same = true;
      for (let i = 1; i < keys.length && same; i++) same = shape[i] === keys[i];
      if (same) return id;
    }
    return undefined;
  };

  const write = (v: unknown): void => {
    switch (typeof v) {
      case 'string': {
        let id = stringIds.get(v);
        if (id === undefined) {
          id = strings.push(v) - 1;
          stringIds.set(v, id);
        }
        writer.byte(Tag.String);
        writer.varint(id);
        return;
      }
      case 'number':
        if (Number.isInteger(v) && !Object.is(v, -0) && Math.abs(v) <= 0x3fffffff) {
          writer.byte(Tag.Int);
          writer.varint(v >= 0 ? v * 2 : -v * 2 - 1);
        } else {
          writer.byte(Tag.Float);
          writer.float(v);
        }
        return;
      case 'boolean':
        writer.byte(v ? Tag.True : Tag.False);
        return;
      case 'undefined':
        writer.byte(Tag.Undefined);
        return;
      case 'object':
        if (v === null) {
          writer.byte(Tag.Null);
        } else if (Array.isArray(v)) {
          writer.byte(Tag.Array);
          writer.varint(v.length);
          for (const item of v) write(item);
        } else {
          const keys = Object.keys(v);
          let id = shapeIdOf(keys);
          if (id === undefined) {
            id = shapes.push(keys) - 1;
            pushTo(shapesByFirstKey, keys.length ? keys[0] : '', id);
          }
          writer.byte(Tag.Object);
          writer.varint(id);
          const record = v as Record<string, unknown>;
          for (const key of keys) write(record[key]);
        }
        return;
      default:
        throw new TypeError(`cannot encode a value of type ${typeof v}`);
    }
  };
  write(value);
  return { strings, stringIds, shapes };
}

export function encodePlainData(value: unknown): EncodedTables {
  const { strings, shapes } = writePayload(value);
  return { strings, shapes, payload: payloadWriter.result().slice() };
}

export class CorruptDataError extends Error {}

/** Decoded data is read-only: every empty array decodes to this one (most of a claim's context lists are empty). */
const NO_ITEMS: readonly unknown[] = Object.freeze([]);

export function decodePlainData(tables: EncodedTables): unknown {
  const { strings, shapes, payload } = tables;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const builders: (ObjectBuilder | undefined)[] = new Array(shapes.length);
  let position = 0;

  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (position >= payload.length) throw new CorruptDataError('truncated varint');
      const b = payload[position++];
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new CorruptDataError('varint too long');
    }
  };

  const read = (): unknown => {
    if (position >= payload.length) throw new CorruptDataError('truncated payload');
    const tag = payload[position++];
    switch (tag) {
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Undefined:
        return undefined;
      case Tag.Int: {
        const z = varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case Tag.Float: {
        if (position + 8 > payload.length) throw new CorruptDataError('truncated float');
        const f = view.getFloat64(position, true);
        position += 8;
        return f;
      }
      case Tag.String: {
        const id = varint();
        if (id >= strings.length) throw new CorruptDataError('string id out of range');
        return strings[id];
      }
      case Tag.Array: {
        const length = varint();
        if (length > payload.length - position) throw new CorruptDataError('array longer than the payload');
        if (length === 0) return NO_ITEMS;
        const items = new Array<unknown>(length);
        for (let i = 0; i < length; i++) items[i] = read();
        return items;
      }
      case Tag.Object: {
        const id = varint();
        const keys = shapes[id];
        if (!keys) throw new CorruptDataError('shape id out of range');
        // One look-up per shape and record, not per object.
        return (builders[id] ??= objectBuilderFor(keys))(read);
      }
      default:
        throw new CorruptDataError(`unknown tag ${tag}`);
    }
  };
  const value = read();
  if (position !== payload.length) throw new CorruptDataError('trailing bytes after the payload');
  return value;
}

/** Shares equal strings between decoded records (see intern.ts). */
export interface StringTable {
  string(value: string): string;
}

/**
 * One value as a self-contained record: varint length of a JSON header [strings, shapes as string
 * ids], the header, then the payload. Records of many files can be stored and moved (between threads,
 * to and from the cache file) as plain bytes and decoded one by one.
 */
export function encodeRecord(value: unknown): Uint8Array {
  const { strings, stringIds: ids, shapes } = writePayload(value);
  const payload = payloadWriter.result();
  const table = strings;
  const shapeIds = shapes.map((keys) =>
    keys.map((key) => {
      let id = ids.get(key);
      if (id === undefined) {
        id = table.push(key) - 1;
        ids.set(key, id);
      }
      return id;
    }),
  );
  const header = Buffer.from(JSON.stringify([table, shapeIds]), 'utf8');
  const prefix = varintBytes(header.length);
  const record = new Uint8Array(prefix.length + header.length + payload.length);
  record.set(prefix, 0);
  record.set(header, prefix.length);
  record.set(payload, prefix.length + header.length);
  return record;
}

/** Unsigned LEB128 of a non-negative safe integer, as its own bytes. */
export function varintBytes(value: number): Uint8Array {
  const bytes: number[] = [];
  while (value >= 0x80) {
    bytes.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  bytes.push(value);
  return Uint8Array.from(bytes);
}

export function decodeRecord(record: Uint8Array, table?: StringTable): unknown {
  let headerLength = 0;
  let scale = 1;
  let position = 0;
  for (;;) {
    if (position >= record.length || position > 5) throw new CorruptDataError('truncated record header');
    const b = record[position++];
    headerLength += (b & 0x7f) * scale;
    if (b < 0x80) break;
    scale *= 0x80;
  }
  if (position + headerLength > record.length) throw new CorruptDataError('record header longer than the record');
  const bytes = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  const header = JSON.parse(bytes.toString('utf8', position, position + headerLength)) as unknown;
  if (!Array.isArray(header) || header.length !== 2 || !Array.isArray(header[0]) || !Array.isArray(header[1])) {
    throw new CorruptDataError('malformed record header');
  }
  const strings = (header[0] as unknown[]).map((s) => {
    if (typeof s !== 'string') throw new CorruptDataError('malformed string table');
    return table ? table.string(s) : s;
  });
  const shapes = (header[1] as unknown[]).map((ids) => {
    if (!Array.isArray(ids)) throw new CorruptDataError('malformed shape');
    return ids.map((id) => {
      const key = strings[id as number];
      if (typeof key !== 'string') throw new CorruptDataError('shape key out of range');
      return key;
    });
  });
  return decodePlainData({ strings, shapes, payload: record.subarray(position + headerLength) });
}
