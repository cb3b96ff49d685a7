import type { z } from 'zod';

/** Writes a value's JSON text, or gives undefined where the value is not one the writer vouches for. */
export type JsonWriter = (value: unknown) => string | undefined;

interface Def {
  type: string;
  checks?: unknown[];
  format?: string;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
}

// What JSON.stringify writes other than as it is: a quote, a backslash, a control character, a surrogate (a lone one is
// escaped; a string with any surrogate is simply left to JSON.stringify). Testing for them costs less than the call.
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** A string JSON.stringify writes as it is between quotes. */
export const isPlainJsonString = (v: unknown): v is string => typeof v === 'string' && !NEEDS_ESCAPE.test(v);

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * A JSON writer made once from a zod schema of plain data: objects (no catchall), arrays, strings, safe integers
 * (`z.int()`), string enums and `.nullable()` of those, none with further checks. For a value each of whose fields is
 * of its schema's type it gives `JSON.stringify(schema.parse(value))` — the schema's keys in its order, nothing else —
 * which is also what superjson writes as `json` for it (no Dates, no undefined, no -0: nothing it annotates). For
 * any other value it gives undefined, and the caller parses as before: the schema's errors stay the schema's. It only
 * vouches for less than the schema accepts (-0, for one), never more. A schema it cannot follow is refused when the
 * writer is made, not at a request. schema-json.unit.spec.ts holds it to the schema and to superjson.
 */
export function jsonWriterOf(schema: z.ZodType): JsonWriter {
  const def = defOf(schema);
  const where = `jsonWriterOf: a ${def.type} schema`;
  switch (def.type) {
    case 'string':
      if (def.checks?.length || def.format !== undefined) throw new Error(`${where} with checks`);
      return (v) => (isPlainJsonString(v) ? `"${v}"` : typeof v === 'string' ? JSON.stringify(v) : undefined);
    case 'number':
      // z.int(): a safe integer and nothing more (its one check is the format itself).
      if (def.format !== 'safeint' || def.checks?.length) throw new Error(`${where} other than z.int()`);
      return (v) => (Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : undefined);
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      if (!values.every((e) => typeof e === 'string')) throw new Error(`${where} with other than strings`);
      const texts = new Map(values.map((e) => [e, JSON.stringify(e)]));
      return (v) => texts.get(v as string);
    }
    case 'nullable': {
      const inner = jsonWriterOf(def.innerType as z.ZodType);
      return (v) => (v === null ? 'null' : inner(v));
    }
    case 'array': {
      if (def.checks?.length) throw new Error(`${where} with checks`);
      return arrayWriterOf(jsonWriterOf(def.element as z.ZodType));
    }
    case 'object': {
      if (def.checks?.length || def.catchall !== undefined) throw new Error(`${where} with checks or a catchall`);
      const fields = Object.entries(def.shape ?? {}).map(([key, field], i) => ({ key, head: `${i === 0 ? '{' : ','}${JSON.stringify(key)}:`, write: jsonWriterOf(field) }));
      const empty = fields.length === 0 ? '{}' : undefined;
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
        if (empty) return empty;
        let out = '';
        for (const f of fields) {
          const text = f.write((v as Record<string, unknown>)[f.key]);
          if (text === undefined) return undefined;
          out += f.head + text;
        }
        return `${out}}`;
      };
    }
    default:
      throw new Error(`${where} is not written by jsonWriterOf`);
  }
}

/** An array's writer from its element's: undefined where the value is no array or any element's text is. */
export function arrayWriterOf(element: JsonWriter): JsonWriter {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const text = element(v[i]);
      if (text === undefined) return undefined;
      out += i === 0 ? text : `,${text}`;
    }
    return `${out}]`;
  };
}
