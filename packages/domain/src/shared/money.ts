/** Money is integer piasters (1 EGP = 100 piasters). Never a float. */
export type Piasters = number;
export const CURRENCY = 'EGP' as const;
export type Currency = typeof CURRENCY;

/** True for a positive safe integer amount of piasters. */
export const isPositiveMoney = (n: number): boolean => Number.isSafeInteger(n) && n > 0;
