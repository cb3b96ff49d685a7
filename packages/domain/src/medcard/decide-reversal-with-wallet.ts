import { walletReference } from '../payment/settlement';
import { requireOpen } from '../wallet/guards';
import type { WalletEvent } from '../wallet/events';
import { requireSafeBalance } from '../wallet/spend-check';
import type { WalletState } from '../wallet/state';
import { decideMedCard } from './decide';
import type { MedCardEvent } from './events';
import type { MedCardState } from './state';
import type { MedCardCommandOf } from './types';

/** Events for the card's stream and, when a wallet copay is refunded, the wallet's; appended in one transaction. */
export interface ClaimReversalDecision {
  card: MedCardEvent[];
  wallet: WalletEvent[];
}

/**
 * A reversal decided on the card and the wallet its copay came from, together: the refund is credited exactly
 * when the reversal is recorded (a repeat reverses nothing and so refunds nothing). The credit goes to a
 * suspended wallet too: it is the patient's own money coming back. Pure.
 */
export const decideClaimReversal = (
  command: MedCardCommandOf<'ReversePrescriptionClaim'>,
  card: MedCardState,
  wallet: WalletState,
): ClaimReversalDecision => {
  const cardEvents = decideMedCard(command, card);
  const reversed = cardEvents.find((e) => e.type === 'PrescriptionClaimReversed');
  const copay = command.data.walletCopay;
  if (!reversed || !copay || reversed.data.walletCopayRefunded <= 0) return { card: cardEvents, wallet: [] };
  const w = requireOpen(wallet, copay.walletId);
  const { cardId, pharmacyId, prescriptionId, walletCopayRefunded: amount, at } = reversed.data;
  const balanceAfter = w.balance + amount;
  requireSafeBalance(balanceAfter, amount);
  const reference = walletReference.copayRefund(cardId, pharmacyId, prescriptionId);
  return { card: cardEvents, wallet: [{ type: 'WalletCredited', data: { walletId: w.walletId, amount, reference, balanceAfter, at } }] };
};
