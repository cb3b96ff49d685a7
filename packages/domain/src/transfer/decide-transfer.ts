import { DomainError } from '../shared/errors';
import { requireActive } from '../wallet/guards';
import { requireCanSpend, requireSafeBalance } from '../wallet/spend-check';
import type { WalletState } from '../wallet/state';
import type { TransferDecision, TransferFunds } from './commands';

/** Loading the wrong stream for a leg is a wiring bug, not a business rejection: fail loudly. */
const requireStreamFor = (state: WalletState, walletId: string, leg: string): void => {
  if (state.status !== 'none' && state.walletId !== walletId) {
    throw new Error(`Transfer ${leg} state is wallet ${state.walletId}, expected ${walletId}`);
  }
};

/**
 * Decides both legs of a transfer or throws. Every check runs before any event is built, so a
 * rejection never leaves one leg behind.
 */
export const decideTransfer = (cmd: TransferFunds, source: WalletState, dest: WalletState): TransferDecision => {
  const { transferId, fromWalletId, toWalletId, amount } = cmd.data;
  // The sender's note travels on both legs, so each side's history can show it.
  const note = cmd.data.reference?.trim() ? { reference: cmd.data.reference.trim() } : {};
  const at = cmd.meta.now;
  if (fromWalletId === toWalletId) {
    throw new DomainError('SAME_WALLET_TRANSFER', 'Cannot transfer to the same wallet', { walletId: fromWalletId });
  }
  requireStreamFor(source, fromWalletId, 'source');
  requireStreamFor(dest, toWalletId, 'destination');
  const from = requireActive(source, fromWalletId);
  const to = requireActive(dest, toWalletId);
  requireCanSpend(from, amount, at);
  const destBalanceAfter = to.balance + amount;
  requireSafeBalance(destBalanceAfter, amount);
  return {
    source: [
      { type: 'WalletTransferSent', data: { walletId: fromWalletId, transferId, toWalletId, amount, balanceAfter: from.balance - amount, at, ...note } },
    ],
    dest: [
      { type: 'WalletTransferReceived', data: { walletId: toWalletId, transferId, fromWalletId, amount, balanceAfter: destBalanceAfter, at, ...note } },
    ],
  };
};
