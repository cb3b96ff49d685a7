import { listTransactionsWithOwner } from '@healthpay/db';
import { z } from 'zod';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertOwnsOrStaff } from './wallet-access';
import { pageInput, walletId } from './wallet.schemas';

export const transactionView = z.object({
  eventId: z.string(),
  walletId: z.string(),
  version: z.int(),
  kind: z.enum(['credit', 'debit', 'capture', 'transfer_in', 'transfer_out']),
  amount: z.int(),
  balanceAfter: z.int(),
  reference: z.string(),
  counterpartyWalletId: z.string().nullable(),
  counterpartyName: z.string().nullable(),
  /** The counterparty's Arabic name where known (portals show the one of their locale). */
  counterpartyNameAr: z.string().nullable(),
  occurredAt: z.string(),
  /** A capture that paid a prescription's copay at a pharmacy (null for every other line). */
  copay: z.object({ pharmacyName: z.string(), pharmacyNameAr: z.string(), prescriptionId: z.string() }).nullable(),
  /** A credit that gave a reversed claim's copay back (reference `copay-refund:…`; null for every other line). */
  copayRefund: z.object({ pharmacyName: z.string(), pharmacyNameAr: z.string(), prescriptionId: z.string() }).nullable(),
});

/** A wallet's money history, newest first, keyset-paginated by version. */
export const listHistory = roleProcedure('patient', ...staffMay.readPatients)
  .input(pageInput.extend({ walletId }))
  .output(z.object({ items: z.array(transactionView), nextCursor: z.int().nullable() }))
  .query(async ({ ctx, input }) => {
    // The owner comes with the page (one round trip); nothing is answered before the check and the staff audit.
    const { ownerId, items, nextCursor } = await listTransactionsWithOwner(ctx.services.pool, input.walletId, input);
    assertOwnsOrStaff(ctx.actor, ownerId ?? undefined);
    await auditStaffRead(ctx, 'wallet.history', input.walletId);
    return { items, nextCursor };
  });
