import { z } from 'zod';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is YYYY-MM');

/** Inclusive range of Africa/Cairo months; open ends take everything. */
export const monthRange = z.object({
  from: month.optional().meta({ description: 'First Africa/Cairo month (YYYY-MM), inclusive' }),
  to: month.optional().meta({ description: 'Last Africa/Cairo month (YYYY-MM), inclusive' }),
});
