import type { WalletEvent } from './events';
import { requireActive, requireValidAmount } from './guards';
import { requireCanSpend, requireSafeBalance } from './spend-check';
import type { WalletState } from './state';
import type { CommandOf } from './types';

export const creditWallet = (command: CommandOf<'CreditWallet'>, state: WalletState): WalletEvent[] => {
  const wallet = requireActive(state, command.data.walletId);
  const { amount, reference } = command.data;
  requireValidAmount(amount);
  const balanceAfter = wallet.balance + amount;
  requireSafeBalance(balanceAfter, amount);
  return [{ type: 'WalletCredited', data: { walletId: wallet.walletId, amount, reference, balanceAfter, at: command.meta.now } }];
};

export const debitWallet = (command: CommandOf<'DebitWallet'>, state: WalletState): WalletEvent[] => {
  const wallet = requireActive(state, command.data.walletId);
  const { amount, reference } = command.data;
  requireCanSpend(wallet, amount, command.meta.now);
  return [
    {
      type: 'WalletDebited',
      data: { walletId: wallet.walletId, amount, reference, balanceAfter: wallet.balance - amount, at: command.meta.now },
    },
  ];
};
