import { availableBalance, heldAmount, type WalletState } from '@healthpay/domain';
import { AppError } from '../../errors/app-error';
import type { Loaded } from '../../commands/aggregate-cache';
import type { WalletSnapshot } from './wallet.schemas';

export function walletSnapshotOf(loaded: Loaded<WalletState> | undefined, nowIso: string): WalletSnapshot {
  const s = loaded?.state;
  if (!loaded || !s || s.status === 'none') throw new AppError('WALLET_NOT_FOUND', 'Wallet not found');
  return {
    walletId: s.walletId,
    ownerId: s.ownerId,
    status: s.status,
    currency: s.currency,
    balance: s.balance,
    held: heldAmount(s, nowIso),
    available: availableBalance(s, nowIso),
    dailyDebitLimit: s.dailyDebitLimit,
    monthlyDebitLimit: s.monthlyDebitLimit,
    version: loaded.version,
  };
}
