import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { transformer } from './transformer';

/** A request's input as tRPC reads it: parsed from the text, then handed to the transformer. */
const parsed = (text: string) => JSON.parse(text) as unknown;
const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

describe('transformer.input.deserialize', () => {
  it.each([
    ['a plain command', '{"json":{"walletId":"w-1","amount":5,"lines":[{"a":1},{"b":[true,null]}]}}'],
    ['Dates and undefined by meta', '{"json":{"at":"2026-01-02T03:04:05.678Z","x":null,"l":["1970-01-01T00:00:00.000Z"]},"meta":{"values":{"at":["Date"],"x":["undefined"],"l.0":["Date"]},"v":1}}'],
    ['a referential equality', '{"json":{"a":{"n":1},"b":null},"meta":{"referentialEqualities":{"a":["b"]},"v":1}}'],
    ['an own __proto__ key (dropped, as superjson drops it)', '{"json":{"a":1,"__proto__":{"amount":5},"n":[{"__proto__":{"x":1}}]}}'],
    ['a key spelled with escapes', '{"json":{"\\u005f_proto__":{"amount":5}}}'],
    ['nesting deeper than the look', `{"json":${deep(100)}}`],
    ['primitives', '{"json":"text"}'],
    ['null', '{"json":null}'],
  ])('%s: what superjson.deserialize returns', (_name, text) => {
    const mine = transformer.input.deserialize(parsed(text));
    const theirs = superjson.deserialize(parsed(text) as Parameters<typeof superjson.deserialize>[0]);
    expect(mine).toStrictEqual(theirs);
    expect(Object.getPrototypeOf(mine ?? {})).toBe(Object.getPrototypeOf(theirs ?? {}));
    expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs));
  });

  it('keeps the parsed value instead of copying it', () => {
    const envelope = parsed('{"json":{"walletId":"w-1","lines":[{"a":1}]}}') as { json: unknown };
    expect(transformer.input.deserialize(envelope)).toBe(envelope.json);
  });

  it('copies, as superjson does, where a __proto__ key would otherwise stay an own key', () => {
    const envelope = parsed('{"json":{"x":{"__proto__":{"amount":5}}}}') as { json: { x: object } };
    const out = transformer.input.deserialize(envelope) as { x: { amount?: number } };
    expect(out).not.toBe(envelope.json);
    expect(Object.hasOwn(out.x, '__proto__')).toBe(false);
  });

  it('refuses what is not an envelope, and meta it cannot apply', () => {
    expect(() => transformer.input.deserialize(null)).toThrow('Expected a body like');
    expect(() => transformer.input.deserialize(parsed('{"json":1,"meta":{"values":"x"}}'))).toThrow('could not be decoded');
  });
});
