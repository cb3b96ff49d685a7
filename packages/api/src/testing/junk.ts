import { z } from 'zod';

/** The domain's deterministic LCG: the same seed replays the same junk, so a failure reproduces. */
export { lcg, type Prng } from '@healthpay/domain/testing/prng';
import type { Prng } from '@healthpay/domain/testing/prng';

/** A seed from a name (FNV-1a), so each case has its own stream whatever runs before it. */
export const seedOf = (name: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
};

const deep = (depth: number, open: string, close: string, leaf = '1') => open.repeat(depth) + leaf + close.repeat(depth);

/** Request bodies that are not JSON at all, or JSON nothing expects (sent as they are). */
export const malformedTexts: readonly string[] = [
  '', ' ', '{', '}', '[', '{"json":', "{'json':{}}", '{"json":{},}', 'NaN', 'undefined', '\u0000', '\u0000\u0001{}',
  '\ufeff{"json":{}}', '\ud800', 'x'.repeat(100_000), deep(20_000, '[', ']'), '['.repeat(50_000),
  deep(20_000, '{"a":', '}'),
];

/** Hostile JSON values, as JSON text (so 1e309 and 2^53 + 1 travel exactly as written). */
export const hostileValues: readonly string[] = [
  'null', 'true', 'false', '0', '-0', '-1', '1.5', '1e309', '-1e309', '9007199254740993', '1e21', '4.9e-324',
  '""', '" "', '"0"', '"-1"', '"1e3"', '"NaN"', '"Infinity"', '"true"', '"null"', '"__proto__"',
  '"\\u0000"', '"a\\u0000b"', '"\\ud800"', '"\\udc00x"', '"\\u202e\\u0645\\u0631\\u062d\\u0628\\u0627"', '"\\u0661\\u0662\\u0663"',
  '"<script>alert(1)</script>"', `"${"'; DROP TABLE events; --"}"`, '"../../etc/passwd"', '"%00%ff"', `"${'y'.repeat(70_000)}"`,
  '[]', '[null]', '[1,2,3]', `[${Array.from({ length: 2_000 }, () => '0').join(',')}]`, '{}', '{"$ne":null}', '{"$gt":0}',
  '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}', deep(200, '{"x":', '}'), deep(200, '[', ']'),
];

/** Keys that try prototype pollution and operator injection, next to the schema's own. */
export const hostileKeys: readonly string[] = ['__proto__', 'constructor', 'prototype', '$where', '', '\u0000', 'toString', 'hasOwnProperty'];

/** Superjson envelopes with a hostile `meta` (the transformer runs before any schema). */
export const hostileEnvelopes: readonly string[] = [
  '{"json":{"amount":"1"},"meta":{"values":{"amount":["bigint"]}}}',
  '{"json":{},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
  '{"json":{"a":{}},"meta":{"values":{"a.__proto__":["undefined"]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":["custom","nope"]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":["class","Evil"]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":["nope"]}}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":["regexp"]}}}',
  '{"json":{"a":"(a+)+$"},"meta":{"values":{"a":["regexp"]}}}',
  '{"json":{"a":[[1,2]]},"meta":{"values":{"a":["map"]}}}',
  '{"json":"2026-13-45","meta":{"values":["Date"]}}',
  '{"json":{"a":{},"b":{}},"meta":{"referentialEqualities":{"a":["b.__proto__"]}}}',
  '{"json":{},"meta":{"values":"nope"}}',
  '{"json":{},"meta":null}',
  '{"json":{},"meta":{"values":{"":["undefined"]}}}',
];

/** Money that is not a positive integer of piasters (JSON text). */
export const badPiasters: readonly string[] = [
  '-1', '0', '-0', '1.5', '0.30000000000000004', '1e309', '-1e309', '9007199254740992', '9007199254740993', '1e21',
  '"100"', '"1e3"', '"NaN"', 'null', 'true', '[100]', '{"$gt":0}', '-9007199254740991',
];

/** Pounds REST refuses: signs, more than 2 decimals, exponents, beyond the safe range, wrong types (JSON text). */
export const badPounds: readonly string[] = [
  '-1', '0', '"0.00"', '-0.01', '1.001', '"1.001"', '"1e3"', '1e309', '"-5"', '"12,50"', '123456789012345.67',
  '"90071992547409.92"', '"NaN"', '" "', 'null', '[1]', '{"$gt":0}', 'true',
];

/** The keys an input schema knows, at any depth (objects, arrays, unions, optional and defaulted fields). */
export function schemaKeys(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!(schema instanceof z.ZodType) || seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, unknown>;
    return [...Object.keys(shape), ...Object.values(shape).flatMap((s) => schemaKeys(s, seen))];
  }
  const inner = [def.innerType, def.in, def.out, def.element, ...(Array.isArray(def.options) ? def.options : [])];
  return [...new Set(inner.flatMap((s) => schemaKeys(s, seen)))];
}

/** Random JSON text: mostly objects with the schema's keys (and hostile ones), values from `pool` and the junk above. */
export function randomJson(prng: Prng, keys: readonly string[], pool: readonly string[], depth = 0): string {
  const roll = prng.int(10);
  if (depth > 3 || roll < 3) return prng.pick(prng.int(2) ? hostileValues : pool.map((p) => JSON.stringify(p)));
  if (roll < 4) return String((prng.int(2) ? -1 : 1) * prng.int(2 ** 31)) + (prng.int(3) ? '' : `.${prng.int(1000)}`);
  if (roll < 5) return `[${Array.from({ length: prng.int(4) }, () => randomJson(prng, keys, pool, depth + 1)).join(',')}]`;
  const names = [...keys, ...hostileKeys];
  const entries = Array.from({ length: 1 + prng.int(Math.max(3, keys.length + 1)) }, () =>
    `${JSON.stringify(prng.pick(names))}:${randomJson(prng, keys, pool, depth + 1)}`);
  return `{${entries.join(',')}}`;
}
