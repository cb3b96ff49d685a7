import type { CommandMeta } from '../shared/command';
import type { Piasters } from '../shared/money';

/** Wallet commands (imperative). Each carries `meta` with the instant and the actor. */
export type WalletCommand =
  | { type: 'OpenWallet'; data: { walletId: string; ownerId: string; dailyDebitLimit?: Piasters; monthlyDebitLimit?: Piasters }; meta: CommandMeta }
  | { type: 'ActivateWallet'; data: { walletId: string }; meta: CommandMeta }
  | { type: 'SuspendWallet'; data: { walletId: string; reason: string }; meta: CommandMeta }
  | { type: 'ReactivateWallet'; data: { walletId: string }; meta: CommandMeta }
  | { type: 'CloseWallet'; data: { walletId: string; reason: string }; meta: CommandMeta }
  | { type: 'CreditWallet'; data: { walletId: string; amount: Piasters; reference: string }; meta: CommandMeta }
  | { type: 'DebitWallet'; data: { walletId: string; amount: Piasters; reference: string }; meta: CommandMeta }
  /** `pharmacyId`: the hold is placed for that pharmacy, and only it may capture or void it. */
  | { type: 'PlaceHold'; data: { walletId: string; holdId: string; amount: Piasters; expiresAt: string; reference: string; pharmacyId?: string }; meta: CommandMeta }
  /** `pharmacyId`: a pharmacy acting (only on its own holds); absent: staff (any hold). */
  | { type: 'CaptureHold'; data: { walletId: string; holdId: string; amount: Piasters; pharmacyId?: string }; meta: CommandMeta }
  | { type: 'VoidHold'; data: { walletId: string; holdId: string; pharmacyId?: string }; meta: CommandMeta }
  | { type: 'ExpireHold'; data: { walletId: string; holdId: string }; meta: CommandMeta }
  | { type: 'ChangeWalletLimits'; data: { walletId: string; dailyDebitLimit: Piasters; monthlyDebitLimit: Piasters }; meta: CommandMeta };

export type WalletCommandType = WalletCommand['type'];
