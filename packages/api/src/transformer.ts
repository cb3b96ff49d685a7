import superjson from 'superjson';
import { AppError } from './errors/app-error';
import { serializePlain } from './serialize/plain-superjson';

const isEnvelope = (v: unknown): v is { json: unknown; meta?: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'json' in v;

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
        return superjson.deserialize(v as Parameters<typeof superjson.deserialize>[0]);
      } catch {
        throw new AppError('VALIDATION_FAILED', 'The request body could not be decoded');
      }
    },
  },
  // Answers are written as superjson writes them, by a cheaper walk where the value is plain (serialize/).
  output: { serialize: serializePlain, deserialize: (v: unknown) => superjson.deserialize(v as Parameters<typeof superjson.deserialize>[0]) },
};
