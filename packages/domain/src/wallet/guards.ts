import { DomainError } from '../shared/errors';
import { isPositiveMoney, type Piasters } from '../shared/money';
import type { Hold, WalletState } from './state';
import type { ExistingWalletState, WalletStatus } from './types';

/** Opened and not closed: a closed wallet refuses everything, a missing one cannot be addressed. */
export const requireOpen = (state: WalletState, walletId: string): ExistingWalletState => {
  if (state.status === 'none') throw new DomainError('WALLET_NOT_FOUND', `Wallet ${walletId} not found`, { walletId });
  if (state.status === 'closed') throw new DomainError('WALLET_CLOSED', `Wallet ${walletId} is closed`, { walletId });
  return state;
};

/** Money can only move on an active wallet. */
export const requireActive = (state: WalletState, walletId: string): ExistingWalletState => {
  const wallet = requireOpen(state, walletId);
  if (wallet.status !== 'active') {
    throw new DomainError('WALLET_NOT_ACTIVE', `Wallet ${walletId} is ${wallet.status}`, { walletId });
  }
  return wallet;
};

/** Lifecycle commands are only legal from some statuses. */
export const requireTransition = (
  wallet: ExistingWalletState,
  allowedFrom: readonly WalletStatus[],
  commandType: string,
): void => {
  if (!allowedFrom.includes(wallet.status)) {
    throw new DomainError('INVALID_STATE_TRANSITION', `${commandType} is not allowed on a ${wallet.status} wallet`, {
      from: wallet.status,
      command: commandType,
    });
  }
};

export const requireValidAmount = (amount: Piasters): void => {
  if (!isPositiveMoney(amount)) {
    throw new DomainError('INVALID_AMOUNT', 'Amount must be a positive whole number of piasters', { amount });
  }
};

/** Own-property lookup: a holdId such as "constructor" must not resolve to Object.prototype members. */
export const findHold = (wallet: ExistingWalletState, holdId: string): Hold | undefined =>
  Object.hasOwn(wallet.holds, holdId) ? wallet.holds[holdId] : undefined;

/**
 * The hold, for whoever acts: a command naming a pharmacy reaches only holds placed for that pharmacy;
 * one naming none (staff, the expiry sweep) reaches any. Another pharmacy's hold is not found, exactly
 * like a missing one, so its existence is not revealed.
 */
export const requireHold = (wallet: ExistingWalletState, holdId: string, actingPharmacyId?: string): Hold => {
  const hold = findHold(wallet, holdId);
  if (!hold || (actingPharmacyId !== undefined && hold.pharmacyId !== actingPharmacyId)) {
    throw new DomainError('HOLD_NOT_FOUND', `Hold ${holdId} not found`, { holdId });
  }
  return hold;
};
