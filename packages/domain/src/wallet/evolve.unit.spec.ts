import { describe, expect, it } from 'vitest';
import { stateFrom } from '../testing/given';
import * as ev from '../testing/wallet-events';
import { T0, T0_PLUS_1H, WALLET_ID, OWNER_ID } from '../testing/wallet-events';
import type { WalletEvent } from './events';
import { evolveWallet } from './evolve';
import type { WalletState } from './state';
import { initialWalletState } from './state';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};

const funded = (): WalletState => stateFrom([...ev.activeHistory(10_000), ev.holdPlaced('h1', 4_000)]);

describe('evolveWallet', () => {
  describe('when none', () => {
    it('WalletOpened creates a pending wallet with zero balance and an empty spend record', () => {
      expect(evolveWallet(initialWalletState, ev.opened(T0, 1_000, 5_000))).toEqual({
        status: 'pending',
        walletId: WALLET_ID,
        ownerId: OWNER_ID,
        currency: 'EGP',
        balance: 0,
        holds: {},
        dailyDebitLimit: 1_000,
        monthlyDebitLimit: 5_000,
        spend: { day: '2026-11-22', dayTotal: 0, month: '2026-11', monthTotal: 0 },
      });
    });

    it('ignores events that cannot apply before the wallet exists', () => {
      expect(evolveWallet(initialWalletState, ev.credited(100, 100))).toBe(initialWalletState);
    });
  });

  describe('when the wallet exists', () => {
    it('ignores a second WalletOpened', () => {
      const state = funded();
      expect(evolveWallet(state, ev.opened())).toBe(state);
    });

    it.each<[WalletEvent, WalletState['status']]>([
      [ev.activated(), 'active'],
      [ev.suspended(), 'suspended'],
      [ev.reactivated(), 'active'],
      [ev.closed(), 'closed'],
    ])('%o sets the status', (event, status) => {
      expect(evolveWallet(stateFrom(ev.pendingHistory()), event).status).toBe(status);
    });

    it('tracks balance, holds and spend', () => {
      const state = stateFrom([
        ...ev.activeHistory(10_000),
        ev.debited(1_000, 9_000),
        ev.holdPlaced('h1', 4_000),
        ev.holdPlaced('h2', 500),
        ev.holdCaptured('h1', 3_000, 1_000, 6_000),
        ev.holdVoided('h2', 500),
        ev.limitsChanged(2_000_000, 4_000_000),
      ]);
      expect(state).toMatchObject({
        status: 'active',
        balance: 6_000,
        holds: {},
        dailyDebitLimit: 2_000_000,
        monthlyDebitLimit: 4_000_000,
        spend: { day: '2026-11-22', dayTotal: 4_000, month: '2026-11', monthTotal: 4_000 },
      });
    });

    it('records a placed hold and removes it when it expires', () => {
      const placed = evolveWallet(funded(), ev.holdPlaced('h2', 1_000, '2026-11-23T00:00:00.000Z', T0, 'order-7'));
      expect(placed.status !== 'none' && placed.holds).toEqual({
        h1: { amount: 4_000, expiresAt: T0_PLUS_1H, reference: 'ref' },
        h2: { amount: 1_000, expiresAt: '2026-11-23T00:00:00.000Z', reference: 'order-7' },
      });
      const expired = evolveWallet(placed, ev.holdExpired('h1', 4_000, T0_PLUS_1H));
      expect(expired.status !== 'none' && Object.keys(expired.holds)).toEqual(['h2']);
    });

    it('counts transfers out as spend and transfers in as balance', () => {
      const state = stateFrom([
        ...ev.activeHistory(10_000),
        { type: 'WalletTransferSent', data: { walletId: WALLET_ID, transferId: 't1', toWalletId: 'w2', amount: 3_000, balanceAfter: 7_000, at: T0 } },
        { type: 'WalletTransferReceived', data: { walletId: WALLET_ID, transferId: 't2', fromWalletId: 'w2', amount: 500, balanceAfter: 7_500, at: T0 } },
      ]);
      expect(state).toMatchObject({ balance: 7_500, spend: { dayTotal: 3_000, monthTotal: 3_000 } });
    });

    it('rolls spend over by the Cairo calendar of each event', () => {
      const state = stateFrom([
        ...ev.activeHistory(100_000),
        ev.debited(1_000, 99_000, '2026-11-30T21:59:59.000Z'), // 23:59:59 on Nov 30 in Cairo
        ev.debited(2_000, 97_000, '2026-11-30T22:00:00.000Z'), // 00:00 on Dec 1 in Cairo
        ev.debited(4_000, 93_000, '2026-12-01T10:00:00.000Z'),
        ev.debited(8_000, 85_000, '2026-12-01T22:00:00.000Z'), // Dec 2 in Cairo
      ]);
      expect(state).toMatchObject({ spend: { day: '2026-12-02', dayTotal: 8_000, month: '2026-12', monthTotal: 14_000 } });
    });

    it('never mutates the state it is given', () => {
      const state = deepFreeze(funded());
      const snapshot = structuredClone(state);
      const events: WalletEvent[] = [
        ev.credited(1, 10_001),
        ev.debited(1, 9_999),
        ev.holdPlaced('h2', 1),
        ev.holdCaptured('h1', 1, 3_999, 9_999),
        ev.holdVoided('h1', 4_000),
        ev.holdExpired('h1', 4_000),
        ev.limitsChanged(1, 1),
        ev.suspended(),
        ev.closed(),
      ];
      for (const event of events) expect(() => evolveWallet(state, event)).not.toThrow();
      expect(state).toEqual(snapshot);
    });
  });
});
