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

/** An amount the API reports: integer piasters ≥ 0. */
export const money = markMoney(z.int().nonnegative().max(Number.MAX_SAFE_INTEGER));

/** An amount a caller sends: integer piasters > 0 (floats are refused before any domain code runs). */
export const positiveMoney = markMoney(z.int().positive().max(Number.MAX_SAFE_INTEGER));
