import type { WalletEvent } from './events';
import { recordSpend, emptySpend } from './spend';
import type { Hold, WalletState } from './state';
import type { ExistingWalletState } from './types';

/** Copy of `holds` without `holdId` (never mutates the previous state's record). */
const withoutHold = (holds: Readonly<Record<string, Hold>>, holdId: string): Record<string, Hold> => {
  const { [holdId]: _removed, ...rest } = holds;
  return rest;
};

/**
 * Applies a fact to the state. Events are already accepted history, so evolve never rejects:
 * an event that cannot apply (e.g. anything before WalletOpened) leaves the state unchanged.
 */
export const evolveWallet = (state: WalletState, event: WalletEvent): WalletState => {
  if (event.type === 'WalletOpened') {
    if (state.status !== 'none') return state;
    const { walletId, ownerId, currency, dailyDebitLimit, monthlyDebitLimit, at } = event.data;
    return {
      status: 'pending',
      walletId,
      ownerId,
      currency,
      balance: 0,
      holds: {},
      dailyDebitLimit,
      monthlyDebitLimit,
      spend: emptySpend(at),
    };
  }
  if (state.status === 'none') return state;
  return evolveExisting(state, event);
};

const evolveExisting = (state: ExistingWalletState, event: Exclude<WalletEvent, { type: 'WalletOpened' }>): WalletState => {
  switch (event.type) {
    case 'WalletActivated':
    case 'WalletReactivated':
      return { ...state, status: 'active' };
    case 'WalletSuspended':
      return { ...state, status: 'suspended' };
    case 'WalletClosed':
      return { ...state, status: 'closed' };
    case 'WalletCredited':
    case 'WalletTransferReceived':
      return { ...state, balance: state.balance + event.data.amount };
    case 'WalletDebited':
    case 'WalletTransferSent':
      return {
        ...state,
        balance: state.balance - event.data.amount,
        spend: recordSpend(state.spend, event.data.at, event.data.amount),
      };
    case 'WalletHoldPlaced': {
      const { holdId, amount, expiresAt, reference, pharmacyId } = event.data;
      const hold: Hold = pharmacyId === undefined ? { amount, expiresAt, reference } : { amount, expiresAt, reference, pharmacyId };
      return { ...state, holds: { ...state.holds, [holdId]: hold } };
    }
    case 'WalletHoldCaptured':
      return {
        ...state,
        balance: state.balance - event.data.amount,
        holds: withoutHold(state.holds, event.data.holdId),
        spend: recordSpend(state.spend, event.data.at, event.data.amount),
      };
    case 'WalletHoldVoided':
    case 'WalletHoldExpired':
      return { ...state, holds: withoutHold(state.holds, event.data.holdId) };
    case 'WalletLimitsChanged':
      return { ...state, dailyDebitLimit: event.data.dailyDebitLimit, monthlyDebitLimit: event.data.monthlyDebitLimit };
    default: {
      const _never: never = event;
      return _never;
    }
  }
};
