import { readStreamPage } from '@healthpay/db';
import { z } from 'zod';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { pageInput, walletId } from './wallet.schemas';

export const storedEventView = z.object({
  eventId: z.string(),
  position: z.int(),
  version: z.int(),
  type: z.string(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.unknown()),
  timestamp: z.date(),
});

/** The wallet's audit trail: its events as stored, newest first. */
export const walletEvents = roleProcedure(...staffMay.readPatients)
  .input(pageInput.extend({ walletId }))
  .output(z.object({ items: z.array(storedEventView), nextCursor: z.int().nullable() }))
  .query(async ({ ctx, input }) => {
    await auditStaffRead(ctx, 'wallet.events', input.walletId);
    const page = await readStreamPage(ctx.services.pool, input.walletId, input);
    return { ...page, items: page.items.map((e) => ({ ...e, data: e.data as Record<string, unknown> })) };
  });
