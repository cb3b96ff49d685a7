import { DomainError } from '../shared/errors';
import type { Piasters } from '../shared/money';
import { availableBalance, heldAmount } from './available';
import { requireValidAmount } from './guards';
import { requireWithinLimits } from './limits';
import type { ExistingWalletState } from './types';

/** Checks shared by a debit and the outgoing leg of a transfer: valid amount, funds, then limits (holds included). */
export const requireCanSpend = (wallet: ExistingWalletState, amount: Piasters, nowIso: string): void => {
  requireValidAmount(amount);
  const available = availableBalance(wallet, nowIso);
  if (amount > available) {
    throw new DomainError('INSUFFICIENT_FUNDS', 'Insufficient available funds', { available, requested: amount });
  }
  // Live holds reserve limit: a debit may not use headroom a pending capture will need.
  requireWithinLimits(wallet, nowIso, amount, heldAmount(wallet, nowIso));
};

/** Guards against a balance leaving the safe-integer range, where piaster arithmetic stops being exact. */
export const requireSafeBalance = (balanceAfter: Piasters, amount: Piasters): void => {
  if (!Number.isSafeInteger(balanceAfter)) {
    throw new DomainError('INVALID_AMOUNT', 'Amount would overflow the wallet balance', { amount });
  }
};
