/**
 * Deterministic pseudo-random numbers for property tests (Numerical Recipes LCG): the same seed replays
 * the same run, so a failure can be reproduced. Scales the whole 32-bit output rather than `% n`, because
 * an LCG's low bits have very short periods.
 */
export const lcg = (seed: number) => {
  let x = seed >>> 0;
  const next = (): number => (x = (Math.imul(1_664_525, x) + 1_013_904_223) >>> 0);
  /** Integer in [0, maxExclusive). */
  const int = (maxExclusive: number): number => Math.floor((next() / 2 ** 32) * maxExclusive);
  /** Integer in [min, max]. */
  const between = (min: number, max: number): number => min + int(max - min + 1);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (numerator: number, denominator: number): boolean => int(denominator) < numerator;
  return { int, between, pick, chance };
};
export type Prng = ReturnType<typeof lcg>;
