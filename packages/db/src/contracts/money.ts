import { z } from 'zod';

/*
 * Money in the API is integer piasters. The schemas below are marked so the REST layer can find every
 * amount in an output schema and present it in pounds as well (see rest/v1/money-view.ts).
 */
const marked = new WeakSet<z.ZodType>();
const markMoney = <T extends z.ZodType>(schema: T): T => {
  marked.add(schema);
  return schema;
};

/** True for the amount schemas below (not for wrappers such as `.nullable()`: unwrap first). */
export const isMoneySchema = (schema: z.ZodType): boolean => marked.has(schema);

/** Amounts that may be negative (adjustments, a statement's net): REST documents them with a sign. */
const signed = new WeakSet<z.ZodType>();
export const isSignedMoneySchema = (schema: z.ZodType): boolean => signed.has(schema);
/** An amount the API reports that may be below zero (a reversal's adjustment): integer piasters. */
export const signedMoney = markMoney(z.int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER));
signed.add(signedMoney);

/** An amount the API reports: integer piasters ≥ 0. */
export const money = markMoney(z.int().nonnegative().max(Number.MAX_SAFE_INTEGER));

/** An amount a caller sends: integer piasters > 0 (floats are refused before any domain code runs). */
export const positiveMoney = markMoney(z.int().positive().max(Number.MAX_SAFE_INTEGER));

/** The most a card may pay in one Cairo month: EGP 1,000,000 (a business cap; a typo of extra zeros is refused). */
export const MAX_MONTHLY_LIMIT = 100_000_000;

/** A card's monthly benefit limit a caller sets: positive piasters up to MAX_MONTHLY_LIMIT. */
export const monthlyLimitAmount = markMoney(z.int().positive().max(MAX_MONTHLY_LIMIT, 'A monthly limit is at most EGP 1,000,000'));
