import { DomainError } from '../shared/errors';
import { CURRENCY } from '../shared/money';
import { heldAmount } from './available';
import type { WalletEvent } from './events';
import { requireOpen, requireTransition } from './guards';
import { DEFAULT_DAILY_DEBIT_LIMIT, DEFAULT_MONTHLY_DEBIT_LIMIT, requireValidLimits } from './limits';
import type { WalletState } from './state';
import type { CommandOf } from './types';

export const openWallet = (command: CommandOf<'OpenWallet'>, state: WalletState): WalletEvent[] => {
  const { walletId, ownerId } = command.data;
  // A closed wallet answers WALLET_CLOSED to everything, OpenWallet included: ids are never reused.
  if (state.status === 'closed') throw new DomainError('WALLET_CLOSED', `Wallet ${walletId} is closed`, { walletId });
  if (state.status !== 'none') {
    throw new DomainError('WALLET_ALREADY_EXISTS', `Wallet ${walletId} already exists`, { walletId });
  }
  const limits = {
    dailyDebitLimit: command.data.dailyDebitLimit ?? DEFAULT_DAILY_DEBIT_LIMIT,
    monthlyDebitLimit: command.data.monthlyDebitLimit ?? DEFAULT_MONTHLY_DEBIT_LIMIT,
  };
  requireValidLimits(limits);
  return [{ type: 'WalletOpened', data: { walletId, ownerId, currency: CURRENCY, ...limits, at: command.meta.now } }];
};

export const activateWallet = (command: CommandOf<'ActivateWallet'>, state: WalletState): WalletEvent[] => {
  const wallet = requireOpen(state, command.data.walletId);
  requireTransition(wallet, ['pending'], command.type);
  return [{ type: 'WalletActivated', data: { walletId: wallet.walletId, at: command.meta.now } }];
};

export const suspendWallet = (command: CommandOf<'SuspendWallet'>, state: WalletState): WalletEvent[] => {
  const wallet = requireOpen(state, command.data.walletId);
  requireTransition(wallet, ['active'], command.type);
  const reason = command.data.reason.trim();
  // Suspension is an operator action that must be explainable to the owner and to audit.
  if (reason === '') throw new DomainError('REASON_REQUIRED', 'A suspension reason is required');
  return [{ type: 'WalletSuspended', data: { walletId: wallet.walletId, reason, at: command.meta.now } }];
};

export const reactivateWallet = (command: CommandOf<'ReactivateWallet'>, state: WalletState): WalletEvent[] => {
  const wallet = requireOpen(state, command.data.walletId);
  requireTransition(wallet, ['suspended'], command.type);
  return [{ type: 'WalletReactivated', data: { walletId: wallet.walletId, at: command.meta.now } }];
};

export const closeWallet = (command: CommandOf<'CloseWallet'>, state: WalletState): WalletEvent[] => {
  // Allowed from every open status (pending, active, suspended); requireOpen rejects the rest.
  const wallet = requireOpen(state, command.data.walletId);
  const held = heldAmount(wallet, command.meta.now);
  // Closing must not strand the owner's money or a merchant's pending capture.
  if (wallet.balance > 0 || held > 0) {
    throw new DomainError('WALLET_HAS_FUNDS', 'Wallet still holds funds', { balance: wallet.balance, held });
  }
  return [{ type: 'WalletClosed', data: { walletId: wallet.walletId, reason: command.data.reason, at: command.meta.now } }];
};

export const changeWalletLimits = (command: CommandOf<'ChangeWalletLimits'>, state: WalletState): WalletEvent[] => {
  const wallet = requireOpen(state, command.data.walletId);
  const { dailyDebitLimit, monthlyDebitLimit } = command.data;
  requireValidLimits({ dailyDebitLimit, monthlyDebitLimit });
  return [
    { type: 'WalletLimitsChanged', data: { walletId: wallet.walletId, dailyDebitLimit, monthlyDebitLimit, at: command.meta.now } },
  ];
};
