import { listTransactionsWithOwner } from '@healthpay/db';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { HistoryPage, historyPage } from './history-page';
import { assertOwnsOrStaff } from './wallet-access';
import { pageInput, walletId } from './wallet.schemas';

/** A wallet's money history, newest first, keyset-paginated by version. */
export const listHistory = roleProcedure('patient', ...staffMay.readPatients)
  .input(pageInput.extend({ walletId }))
  .output(historyPage)
  .query(async ({ ctx, input }) => {
    // The owner comes with the page (one round trip); nothing is answered before the check and the staff audit.
    const { ownerId, items, nextCursor } = await listTransactionsWithOwner(ctx.services.pool, input.walletId, input);
    assertOwnsOrStaff(ctx.actor, ownerId ?? undefined);
    await auditStaffRead(ctx, 'wallet.history', input.walletId);
    // Written as JSON text straight from the lines where each is of its schema's type (history-page.ts).
    return new HistoryPage(items, nextCursor);
  });
