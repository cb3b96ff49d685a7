import type { Piasters } from '../shared/money';
import type { WalletEvent } from '../wallet/events';
import { DEFAULT_DAILY_DEBIT_LIMIT, DEFAULT_MONTHLY_DEBIT_LIMIT } from '../wallet/limits';

/** Test fixtures: one wallet, one owner, and a fixed instant (10:00 in Cairo, winter time). */
export const WALLET_ID = 'wallet-1';
export const OWNER_ID = 'owner-1';
export const ACTOR_ID = 'actor-1';
export const T0 = '2026-11-22T08:00:00.000Z';
/** One hour after T0: the default hold expiry. */
export const T0_PLUS_1H = '2026-11-22T09:00:00.000Z';

type Ev<T extends WalletEvent['type']> = Extract<WalletEvent, { type: T }>;
const walletId = WALLET_ID;

export const opened = (at = T0, daily = DEFAULT_DAILY_DEBIT_LIMIT, monthly = DEFAULT_MONTHLY_DEBIT_LIMIT): Ev<'WalletOpened'> => ({
  type: 'WalletOpened',
  data: { walletId, ownerId: OWNER_ID, currency: 'EGP', dailyDebitLimit: daily, monthlyDebitLimit: monthly, at },
});
export const activated = (at = T0): Ev<'WalletActivated'> => ({ type: 'WalletActivated', data: { walletId, at } });
export const suspended = (reason = 'fraud review', at = T0): Ev<'WalletSuspended'> => ({
  type: 'WalletSuspended',
  data: { walletId, reason, at },
});
export const reactivated = (at = T0): Ev<'WalletReactivated'> => ({ type: 'WalletReactivated', data: { walletId, at } });
export const closed = (reason = 'owner request', at = T0): Ev<'WalletClosed'> => ({ type: 'WalletClosed', data: { walletId, reason, at } });
export const credited = (amount: Piasters, balanceAfter: Piasters, at = T0, reference = 'ref'): Ev<'WalletCredited'> => ({
  type: 'WalletCredited',
  data: { walletId, amount, reference, balanceAfter, at },
});
export const debited = (amount: Piasters, balanceAfter: Piasters, at = T0, reference = 'ref'): Ev<'WalletDebited'> => ({
  type: 'WalletDebited',
  data: { walletId, amount, reference, balanceAfter, at },
});
/** `pharmacyId`: placed for that pharmacy; left out: the event as staff holds (and every older event) have it. */
export const holdPlaced = (holdId: string, amount: Piasters, expiresAt = T0_PLUS_1H, at = T0, reference = 'ref', pharmacyId?: string): Ev<'WalletHoldPlaced'> => ({
  type: 'WalletHoldPlaced',
  data: { walletId, holdId, amount, expiresAt, reference, ...(pharmacyId === undefined ? {} : { pharmacyId }), at },
});
export const holdCaptured = (holdId: string, amount: Piasters, released: Piasters, balanceAfter: Piasters, at = T0): Ev<'WalletHoldCaptured'> => ({
  type: 'WalletHoldCaptured',
  data: { walletId, holdId, amount, released, balanceAfter, at },
});
export const holdVoided = (holdId: string, amount: Piasters, at = T0): Ev<'WalletHoldVoided'> => ({
  type: 'WalletHoldVoided',
  data: { walletId, holdId, amount, at },
});
export const holdExpired = (holdId: string, amount: Piasters, at = T0): Ev<'WalletHoldExpired'> => ({
  type: 'WalletHoldExpired',
  data: { walletId, holdId, amount, at },
});
export const limitsChanged = (daily: Piasters, monthly: Piasters, at = T0): Ev<'WalletLimitsChanged'> => ({
  type: 'WalletLimitsChanged',
  data: { walletId, dailyDebitLimit: daily, monthlyDebitLimit: monthly, at },
});

/** Common histories. */
export const pendingHistory = (): WalletEvent[] => [opened()];
export const activeHistory = (balance: Piasters = 0): WalletEvent[] =>
  balance > 0 ? [opened(), activated(), credited(balance, balance)] : [opened(), activated()];

/** The same history for another wallet id (transfers need two streams). */
export const forWallet = (id: string, events: readonly WalletEvent[]): WalletEvent[] =>
  events.map((e) => ({ ...e, data: { ...e.data, walletId: id } }) as WalletEvent);
