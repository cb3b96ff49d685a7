import { z } from 'zod';

export const auditListInput = z.strictObject({
  actorId: z.string().trim().min(1).max(200).optional(),
  action: z.string().trim().min(1).max(200).optional(),
  aggregateId: z.string().trim().min(1).max(200).optional(),
  /** Inclusive. */
  from: z.coerce.date().optional(),
  /** Exclusive. */
  to: z.coerce.date().optional(),
  /** The nextCursor of the previous page: its last row's time (epoch ms) and id, `<ms>.<id>`. */
  cursor: z
    .string()
    .regex(/^\d{1,15}\.\d{1,18}$/, 'the nextCursor of a previous page')
    .transform((c) => {
      const [ms, id] = c.split('.');
      return { at: new Date(Number(ms)), id: Number(id) };
    })
    .optional(),
  limit: z.int().min(1).max(200).default(50),
});

export const auditEntryView = z.object({
  id: z.string(),
  at: z.date(),
  actorId: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  aggregateId: z.string().nullable(),
  result: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditListOutput = z.object({ items: z.array(auditEntryView), nextCursor: z.string().nullable() });
