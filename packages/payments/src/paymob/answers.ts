import { z } from 'zod';
import { ProviderProtocolError } from '../errors';

/** What we read from POST /v1/intention/. `intention_order_id` is the Paymob order id (null if none yet). */
export const intentionAnswer = z
  .object({
    id: z.union([z.string(), z.number()]),
    client_secret: z.string().min(1),
    intention_order_id: z.union([z.number(), z.string()]).nullish(),
  })
  .loose();

/** What we read from void/refund answers: the new transaction Paymob created. */
export const transactionAnswer = z
  .object({
    id: z.union([z.number(), z.string()]),
    success: z.boolean(),
    pending: z.boolean(),
    amount_cents: z.number().int(),
    parent_transaction: z.union([z.number(), z.string()]).nullish(),
  })
  .loose();

export function parseAnswer<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ProviderProtocolError('paymob', `${what}: ${parsed.error.message}`, body);
  return parsed.data;
}
