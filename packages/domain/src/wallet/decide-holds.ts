import { DomainError } from '../shared/errors';
import { isAtOrBefore, isIsoInstant } from '../shared/instant';
import { availableBalance, heldAmount } from './available';
import type { WalletEvent } from './events';
import { findHold, requireActive, requireHold, requireOpen, requireValidAmount } from './guards';
import { requireWithinLimits } from './limits';
import type { WalletState } from './state';
import type { CommandOf } from './types';

export const placeHold = (command: CommandOf<'PlaceHold'>, state: WalletState): WalletEvent[] => {
  const wallet = requireActive(state, command.data.walletId);
  const { holdId, amount, expiresAt, reference, pharmacyId } = command.data;
  const { now } = command.meta;
  requireValidAmount(amount);
  if (findHold(wallet, holdId)) throw new DomainError('HOLD_ALREADY_EXISTS', `Hold ${holdId} already exists`, { holdId });
  if (!isIsoInstant(expiresAt) || isAtOrBefore(expiresAt, now)) {
    throw new DomainError('INVALID_HOLD_EXPIRY', 'Hold expiry must be an ISO instant after now', { expiresAt, now });
  }
  const available = availableBalance(wallet, now);
  if (amount > available) {
    throw new DomainError('INSUFFICIENT_FUNDS', 'Insufficient available funds', { available, requested: amount });
  }
  // A hold reserves limit as well as money, so the later capture can count as spend without a re-check.
  requireWithinLimits(wallet, now, amount, heldAmount(wallet, now));
  // No pharmacyId key at all on staff holds: their events stay exactly as before.
  const forPharmacy = pharmacyId === undefined ? {} : { pharmacyId };
  return [{ type: 'WalletHoldPlaced', data: { walletId: wallet.walletId, holdId, amount, expiresAt, reference, ...forPharmacy, at: now } }];
};

export const captureHold = (command: CommandOf<'CaptureHold'>, state: WalletState): WalletEvent[] => {
  const wallet = requireActive(state, command.data.walletId);
  const { holdId, amount, pharmacyId } = command.data;
  const { now } = command.meta;
  const hold = requireHold(wallet, holdId, pharmacyId);
  if (isAtOrBefore(hold.expiresAt, now)) {
    throw new DomainError('HOLD_EXPIRED', `Hold ${holdId} expired at ${hold.expiresAt}`, { holdId, expiresAt: hold.expiresAt });
  }
  requireValidAmount(amount);
  if (amount > hold.amount) {
    throw new DomainError('CAPTURE_EXCEEDS_HOLD', 'Capture exceeds the held amount', { held: hold.amount, requested: amount });
  }
  return [
    {
      type: 'WalletHoldCaptured',
      data: { walletId: wallet.walletId, holdId, amount, released: hold.amount - amount, balanceAfter: wallet.balance - amount, at: now },
    },
  ];
};

export const voidHold = (command: CommandOf<'VoidHold'>, state: WalletState): WalletEvent[] => {
  const wallet = requireOpen(state, command.data.walletId);
  // Voiding gives money back, so it stays possible while suspended; a pending wallet has no holds to void.
  if (wallet.status === 'pending') {
    throw new DomainError('WALLET_NOT_ACTIVE', `Wallet ${wallet.walletId} is pending`, { walletId: wallet.walletId });
  }
  const { holdId, pharmacyId } = command.data;
  const hold = requireHold(wallet, holdId, pharmacyId);
  return [{ type: 'WalletHoldVoided', data: { walletId: wallet.walletId, holdId, amount: hold.amount, at: command.meta.now } }];
};

export const expireHold = (command: CommandOf<'ExpireHold'>, state: WalletState): WalletEvent[] => {
  const wallet = requireOpen(state, command.data.walletId);
  const { holdId } = command.data;
  const { now } = command.meta;
  const hold = requireHold(wallet, holdId);
  if (!isAtOrBefore(hold.expiresAt, now)) {
    throw new DomainError('HOLD_NOT_EXPIRED', `Hold ${holdId} expires at ${hold.expiresAt}`, { holdId, expiresAt: hold.expiresAt });
  }
  return [{ type: 'WalletHoldExpired', data: { walletId: wallet.walletId, holdId, amount: hold.amount, at: now } }];
};
