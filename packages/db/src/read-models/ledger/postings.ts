import { financePostings } from './finance-postings';
import { medcardContext, medcardPostings } from './medcard-postings';
import { paymentContext, paymentPostings } from './payment-postings';
import type { LedgerContext, LedgerEvent, Posting } from './posting';
import { walletContext, walletPostings } from './wallet-postings';

/** Every event type that posts or that later postings need facts from. */
export const ledgerEventTypes = [
  'WalletCredited', 'WalletDebited', 'WalletHoldPlaced', 'WalletHoldCaptured', 'WalletHoldVoided', 'WalletHoldExpired',
  'WalletTransferSent', 'WalletTransferReceived',
  'PaymentRequested', 'PaymentSucceeded', 'PaymentReviewResolved', 'PaymentRefundRequested', 'PaymentRefundFailed',
  'MedCardIssued', 'PrescriptionClaimApproved', 'PrescriptionClaimReversed',
  'SettlementClosed', 'SettlementPaid', 'InsurerInvoicePaymentRecorded',
] as const;

/**
 * The balanced posting group an event causes (Σ debit = Σ credit, integer piasters), given the facts of its
 * stream so far. Pure: the ledger is a projection of the event store and can be rebuilt from it.
 */
export function postingsOf(event: LedgerEvent, context: LedgerContext): Posting[] {
  return [...walletPostings(event, context), ...paymentPostings(event, context), ...medcardPostings(event, context), ...financePostings(event)];
}

/** The stream's facts after the event. */
export function nextContext(event: LedgerEvent, context: LedgerContext): LedgerContext {
  return medcardContext(event, paymentContext(event, walletContext(event, context)));
}
