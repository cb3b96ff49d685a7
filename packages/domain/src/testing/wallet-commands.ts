import type { CommandMeta } from '../shared/command';
import type { Piasters } from '../shared/money';
import type { WalletCommand } from '../wallet/commands';
import { ACTOR_ID, OWNER_ID, T0, T0_PLUS_1H, WALLET_ID } from './wallet-events';

type Cmd<T extends WalletCommand['type']> = Extract<WalletCommand, { type: T }>;
const walletId = WALLET_ID;
export const meta = (now = T0): CommandMeta => ({ now, actorId: ACTOR_ID });

export const openWallet = (now = T0, limits: { dailyDebitLimit?: Piasters; monthlyDebitLimit?: Piasters } = {}): Cmd<'OpenWallet'> => ({
  type: 'OpenWallet',
  data: { walletId, ownerId: OWNER_ID, ...limits },
  meta: meta(now),
});
export const activateWallet = (now = T0): Cmd<'ActivateWallet'> => ({ type: 'ActivateWallet', data: { walletId }, meta: meta(now) });
export const suspendWallet = (reason = 'fraud review', now = T0): Cmd<'SuspendWallet'> => ({
  type: 'SuspendWallet',
  data: { walletId, reason },
  meta: meta(now),
});
export const reactivateWallet = (now = T0): Cmd<'ReactivateWallet'> => ({ type: 'ReactivateWallet', data: { walletId }, meta: meta(now) });
export const closeWallet = (reason = 'owner request', now = T0): Cmd<'CloseWallet'> => ({
  type: 'CloseWallet',
  data: { walletId, reason },
  meta: meta(now),
});
export const creditWallet = (amount: Piasters, now = T0, reference = 'ref'): Cmd<'CreditWallet'> => ({
  type: 'CreditWallet',
  data: { walletId, amount, reference },
  meta: meta(now),
});
export const debitWallet = (amount: Piasters, now = T0, reference = 'ref'): Cmd<'DebitWallet'> => ({
  type: 'DebitWallet',
  data: { walletId, amount, reference },
  meta: meta(now),
});
/** `pharmacyId`: placed for that pharmacy (left out: a staff hold, as before pharmacies were recorded). */
const acting = (pharmacyId: string | undefined) => (pharmacyId === undefined ? {} : { pharmacyId });
export const placeHold = (holdId: string, amount: Piasters, expiresAt = T0_PLUS_1H, now = T0, reference = 'ref', pharmacyId?: string): Cmd<'PlaceHold'> => ({
  type: 'PlaceHold',
  data: { walletId, holdId, amount, expiresAt, reference, ...acting(pharmacyId) },
  meta: meta(now),
});
/** `pharmacyId`: a pharmacy acting; left out: staff. */
export const captureHold = (holdId: string, amount: Piasters, now = T0, pharmacyId?: string): Cmd<'CaptureHold'> => ({
  type: 'CaptureHold',
  data: { walletId, holdId, amount, ...acting(pharmacyId) },
  meta: meta(now),
});
export const voidHold = (holdId: string, now = T0, pharmacyId?: string): Cmd<'VoidHold'> => ({
  type: 'VoidHold',
  data: { walletId, holdId, ...acting(pharmacyId) },
  meta: meta(now),
});
export const expireHold = (holdId: string, now = T0): Cmd<'ExpireHold'> => ({ type: 'ExpireHold', data: { walletId, holdId }, meta: meta(now) });
export const changeWalletLimits = (daily: Piasters, monthly: Piasters, now = T0): Cmd<'ChangeWalletLimits'> => ({
  type: 'ChangeWalletLimits',
  data: { walletId, dailyDebitLimit: daily, monthlyDebitLimit: monthly },
  meta: meta(now),
});
