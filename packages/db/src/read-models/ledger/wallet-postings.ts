import type { WalletEvent } from '@healthpay/domain';
import { account } from './accounts';
import { move, type LedgerContext, type LedgerEvent, type Posting } from './posting';

// Staff move money with these operations whatever reference they type, so a typed `payment:…` cannot hide a credit.
const STAFF_OPERATIONS = new Set(['wallet.credit', 'wallet.debit']);
const isStaffMove = (e: LedgerEvent): boolean => STAFF_OPERATIONS.has(String(e.metadata?.operation ?? ''));

// Lines whose other side the payment stream posts (its event carries the provider): see paymentPostings.
const POSTED_BY_PAYMENT = ['payment:', 'refund:', 'refund-reversal:'];

/** `copay:<cardId>:<pharmacyId>:<prescriptionId>` and `copay-refund:…` name the pharmacy; older `copay:<cardId>:<rx>` do not. */
export function pharmacyOfReference(reference: string): string | null {
  const parts = reference.split(':');
  if ((parts[0] === 'copay' || parts[0] === 'copay-refund') && parts.length >= 4 && parts[2]) return parts[2];
  return null;
}

/** Postings of a wallet's own money events. Pure. */
export function walletPostings(e: LedgerEvent, ctx: LedgerContext): Posting[] {
  const w = { type: e.type, data: e.data } as WalletEvent;
  switch (w.type) {
    case 'WalletCredited': {
      const { walletId, amount, reference } = w.data;
      if (isStaffMove(e)) return move(amount, account.staffAdjustments, account.wallet(walletId));
      if (POSTED_BY_PAYMENT.some((p) => reference.startsWith(p))) return [];
      const pharmacy = reference.startsWith('copay-refund:') ? pharmacyOfReference(reference) : null;
      // A copay given back on a claim reversal comes out of what HealthPay owes that pharmacy.
      return move(amount, pharmacy ? account.pharmacyPayable(pharmacy) : account.staffAdjustments, account.wallet(walletId));
    }
    case 'WalletDebited': {
      const { walletId, amount, reference } = w.data;
      if (!isStaffMove(e) && POSTED_BY_PAYMENT.some((p) => reference.startsWith(p))) return [];
      return move(amount, account.wallet(walletId), account.staffAdjustments);
    }
    case 'WalletHoldCaptured': {
      const pharmacy = ctx.holds?.[w.data.holdId] ?? null;
      return move(w.data.amount, account.wallet(w.data.walletId), pharmacy ? account.pharmacyPayable(pharmacy) : account.unattributedCaptures);
    }
    case 'WalletTransferSent':
      return move(w.data.amount, account.wallet(w.data.walletId), account.transfersInTransit);
    case 'WalletTransferReceived':
      return move(w.data.amount, account.transfersInTransit, account.wallet(w.data.walletId));
    default:
      return [];
  }
}

/** The wallet facts later postings need: which pharmacy each open hold is for. */
export function walletContext(e: LedgerEvent, ctx: LedgerContext): LedgerContext {
  const w = { type: e.type, data: e.data } as WalletEvent;
  switch (w.type) {
    case 'WalletHoldPlaced':
      return { ...ctx, holds: { ...ctx.holds, [w.data.holdId]: w.data.pharmacyId ?? pharmacyOfReference(w.data.reference) } };
    case 'WalletHoldCaptured':
    case 'WalletHoldVoided':
    case 'WalletHoldExpired': {
      const { [w.data.holdId]: _closed, ...open } = ctx.holds ?? {};
      return { ...ctx, holds: open };
    }
    default:
      return ctx;
  }
}
