import superjson from 'superjson';

type SuperJSONResult = ReturnType<typeof superjson.serialize>;
type Leaf = ['Date'] | ['undefined'];
type Annotations = Record<string, Leaf>;
type Annotation = Leaf | Annotations;
// Shared, never changed: superjson's own values for these are fresh arrays with the same content.
const DATE: Leaf = ['Date'];
const UNDEFINED: Leaf = ['undefined'];

const escapeKey = (key: string) => (key.includes('.') || key.includes('\\') ? key.replace(/\\/g, '\\\\').replace(/\./g, '\\.') : key);

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * What `superjson.serialize` writes, byte for byte once JSON.stringify'd (which is all tRPC does with it), for
 * what procedures return: plain objects and arrays of strings, finite numbers, booleans, null, undefined and
 * valid Dates, each object met once. superjson's own walk copies the value and allocates a path array, an
 * identity entry and a result object per value; this one only checks it and builds the annotations (level by
 * level as superjson does, so their keys come out in the same order). The value itself goes out as `json`
 * unless it holds an undefined (superjson writes null there): a Date stringifies to its toISOString(), as
 * superjson writes it. Anything else (Maps, Sets, bigints, NaN, -0, class instances, sparse arrays, an object met
 * twice, which superjson records as a referential equality…) is handed to superjson itself.
 * plain-superjson.unit.spec.ts checks both agree.
 */
export function serializePlain(value: unknown): SuperJSONResult {
  if (value === undefined || value instanceof Date) return superjson.serialize(value);
  const w = new Walk();
  if (!w.walk(value)) return superjson.serialize(value);
  const annotations = w.ann as Annotations | undefined;
  // A copy with each Date's text in place, as superjson's own `json` holds it: JSON.stringify leaves V8's fast path
  // for every object with a toJSON (a call into Date's) and costs more than the copy.
  const json = w.undefinedSeen || w.dateSeen ? jsonCopy(value) : value;
  return (annotations === undefined ? { json } : { json, meta: { values: annotations, v: 1 } }) as SuperJSONResult;
}

/** One serializePlain's walk (a class, not closures: tsx names every arrow a const holds, a defineProperty per call). */
class Walk {
  readonly seen = new Set<object>();
  undefinedSeen = false;
  dateSeen = false;
  /** The annotations of the value `walk` just checked: a leaf (['Date']), a level's own (key → leaf), or none. */
  ann: Annotation | undefined;

  /** Folds a child's annotations into its parent's, under `key`, as superjson's walker does. */
  fold(mine: Annotations | undefined, key: string): Annotations | undefined {
    const ann = this.ann;
    if (ann === undefined) return mine;
    const into = mine ?? {};
    if (Array.isArray(ann)) into[key] = ann;
    else for (const k in ann) into[`${key}.${k}`] = ann[k] as Leaf;
    return into;
  }

  /** False where superjson must do it. */
  walk(v: unknown): boolean {
    this.ann = undefined;
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return true;
      case 'number':
        // NaN, ±Infinity and -0 carry a 'number' annotation in superjson.
        return Number.isFinite(v) && !Object.is(v, -0);
      case 'undefined':
        this.ann = UNDEFINED;
        this.undefinedSeen = true;
        return true;
      case 'object': {
        if (v === null) return true;
        if (this.seen.has(v)) return false;
        this.seen.add(v);
        if (v instanceof Date) {
          this.ann = DATE;
          this.dateSeen = true;
          return !Number.isNaN(v.getTime()) && !Object.hasOwn(v, 'toJSON');
        }
        let mine: Annotations | undefined;
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            // A hole is not an undefined element to superjson: leave sparse arrays to it.
            if (v[i] === undefined && !(i in v)) return false;
            if (!this.walk(v[i])) return false;
            // Most values carry no annotation: the key's text is made only for those that do.
            if (this.ann !== undefined) mine = this.fold(mine, String(i));
          }
        } else {
          if (!isPlainObject(v)) return false;
          for (const key of Object.keys(v)) {
            if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;
            if (!this.walk(v[key])) return false;
            if (this.ann !== undefined) mine = this.fold(mine, escapeKey(key));
          }
        }
        this.ann = mine;
        return true;
      }
      default:
        return false;
    }
  }
}

/** A copy with null for each undefined and each Date's toISOString(), as superjson writes them (only plain values are left by then). */
function jsonCopy(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(jsonCopy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) out[key] = jsonCopy((v as Record<string, unknown>)[key]);
  return out;
}
