import type { Currency, Piasters } from '../shared/money';

/** Wallet events (past tense). `at` is the ISO instant from the command's metadata. */
export type WalletEvent =
  | { type: 'WalletOpened'; data: { walletId: string; ownerId: string; currency: Currency; dailyDebitLimit: Piasters; monthlyDebitLimit: Piasters; at: string } }
  | { type: 'WalletActivated'; data: { walletId: string; at: string } }
  | { type: 'WalletSuspended'; data: { walletId: string; reason: string; at: string } }
  | { type: 'WalletReactivated'; data: { walletId: string; at: string } }
  | { type: 'WalletClosed'; data: { walletId: string; reason: string; at: string } }
  | { type: 'WalletCredited'; data: { walletId: string; amount: Piasters; reference: string; balanceAfter: Piasters; at: string } }
  | { type: 'WalletDebited'; data: { walletId: string; amount: Piasters; reference: string; balanceAfter: Piasters; at: string } }
  /** `pharmacyId` only on holds placed for a pharmacy (absent on older events and staff holds). */
  | { type: 'WalletHoldPlaced'; data: { walletId: string; holdId: string; amount: Piasters; expiresAt: string; reference: string; pharmacyId?: string; at: string } }
  | { type: 'WalletHoldCaptured'; data: { walletId: string; holdId: string; amount: Piasters; released: Piasters; balanceAfter: Piasters; at: string } }
  | { type: 'WalletHoldVoided'; data: { walletId: string; holdId: string; amount: Piasters; at: string } }
  | { type: 'WalletHoldExpired'; data: { walletId: string; holdId: string; amount: Piasters; at: string } }
  | { type: 'WalletLimitsChanged'; data: { walletId: string; dailyDebitLimit: Piasters; monthlyDebitLimit: Piasters; at: string } }
  | { type: 'WalletTransferSent'; data: { walletId: string; transferId: string; toWalletId: string; amount: Piasters; balanceAfter: Piasters; at: string; reference?: string } }
  | { type: 'WalletTransferReceived'; data: { walletId: string; transferId: string; fromWalletId: string; amount: Piasters; balanceAfter: Piasters; at: string; reference?: string } };

export type WalletEventType = WalletEvent['type'];
export const walletEventTypes: readonly WalletEventType[] = [
  'WalletOpened', 'WalletActivated', 'WalletSuspended', 'WalletReactivated', 'WalletClosed',
  'WalletCredited', 'WalletDebited', 'WalletHoldPlaced', 'WalletHoldCaptured', 'WalletHoldVoided',
  'WalletHoldExpired', 'WalletLimitsChanged', 'WalletTransferSent', 'WalletTransferReceived',
];
