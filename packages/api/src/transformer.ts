import superjson from 'superjson';
import { AppError } from './errors/app-error';
import { serializePlain } from './serialize/plain-superjson';

const isEnvelope = (v: unknown): v is { json: unknown; meta?: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'json' in v;

/** An own `__proto__` key at any depth (JSON.parse makes it an own key), or nesting too deep to look at. */
function hasProtoKey(v: unknown, depth: number): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (depth > 64) return true;
  if (Array.isArray(v)) return v.some((x) => hasProtoKey(x, depth + 1));
  if (Object.hasOwn(v, '__proto__')) return true;
  for (const key in v) if (hasProtoKey((v as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/**
 * superjson both ways, but a request body that is not a superjson envelope (null, an array, garbage
 * meta) is a VALIDATION_FAILED, not a crash inside the deserializer.
 */
export const transformer = {
  input: {
    serialize: (v: unknown) => superjson.serialize(v),
    deserialize: (v: unknown) => {
      if (!isEnvelope(v)) throw new AppError('VALIDATION_FAILED', 'Expected a body like {"json": {...}}');
      try {
        // In place: the envelope was just parsed from the request, nothing else holds it, and superjson's copy of it
        // was a walk and an allocation per value. Its copy also drops own `__proto__` keys: such inputs keep it.
        return superjson.deserialize(v as Parameters<typeof superjson.deserialize>[0], { inPlace: !hasProtoKey(v.json, 0) });
      } catch {
        throw new AppError('VALIDATION_FAILED', 'The request body could not be decoded');
      }
    },
  },
  // Answers are written as superjson writes them, by a cheaper walk where the value is plain (serialize/).
  output: { serialize: serializePlain, deserialize: (v: unknown) => superjson.deserialize(v as Parameters<typeof superjson.deserialize>[0]) },
};
