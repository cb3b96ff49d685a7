import fc from 'fast-check';

/** One random command: which kind, two picks and an amount. */
export const op = fc.record({ kind: fc.integer({ min: 0, max: 9 }), a: fc.nat(50), b: fc.nat(50), amount: fc.integer({ min: 1, max: 60_000 }) });
