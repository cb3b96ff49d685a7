import type { WalletEvent } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';

export interface WalletDoc {
  walletId: string;
  ownerId: string;
  status: 'pending' | 'active' | 'suspended' | 'closed';
  currency: string;
  balance: number;
  held: number;
  dailyDebitLimit: number;
  monthlyDebitLimit: number;
  version: number;
  openedAt: string;
  updatedAt: string;
}

export const walletEvent = (e: StoredEvent) => ({ type: e.type, data: e.data }) as WalletEvent;

/** Pure: the wallet row after one more event. Events at or below the row's version were seen already. */
export function evolveWalletDoc(doc: WalletDoc | null, stored: StoredEvent): WalletDoc | null {
  const e = walletEvent(stored);
  if (e.type === 'WalletOpened') {
    if (doc) return doc;
    const d = e.data;
    return {
      walletId: d.walletId, ownerId: d.ownerId, status: 'pending', currency: d.currency, balance: 0, held: 0,
      dailyDebitLimit: d.dailyDebitLimit, monthlyDebitLimit: d.monthlyDebitLimit,
      version: stored.version, openedAt: d.at, updatedAt: d.at,
    };
  }
  if (!doc || stored.version <= doc.version) return doc;
  const next = { ...doc, version: stored.version, updatedAt: e.data.at };
  switch (e.type) {
    case 'WalletActivated':
    case 'WalletReactivated':
      return { ...next, status: 'active' };
    case 'WalletSuspended':
      return { ...next, status: 'suspended' };
    case 'WalletClosed':
      return { ...next, status: 'closed' };
    case 'WalletCredited':
    case 'WalletDebited':
    case 'WalletTransferSent':
    case 'WalletTransferReceived':
      return { ...next, balance: e.data.balanceAfter };
    case 'WalletHoldPlaced':
      return { ...next, held: doc.held + e.data.amount };
    case 'WalletHoldCaptured':
      return { ...next, balance: e.data.balanceAfter, held: doc.held - e.data.amount - e.data.released };
    case 'WalletHoldVoided':
    case 'WalletHoldExpired':
      return { ...next, held: doc.held - e.data.amount };
    case 'WalletLimitsChanged':
      return { ...next, dailyDebitLimit: e.data.dailyDebitLimit, monthlyDebitLimit: e.data.monthlyDebitLimit };
    default: {
      const _never: never = e;
      return _never;
    }
  }
}
