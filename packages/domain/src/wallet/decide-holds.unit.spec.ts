import { describe, expect, it } from 'vitest';
import { given, stateFrom as stateOf } from '../testing/given';
import * as cmd from '../testing/wallet-commands';
import * as ev from '../testing/wallet-events';
import { T0, T0_PLUS_1H, WALLET_ID, activeHistory, pendingHistory } from '../testing/wallet-events';
import { decideWallet } from './decide';
import type { WalletCommand } from './commands';
import type { WalletEvent } from './events';

const LATER = '2026-11-22T20:00:00.000Z'; // same Cairo day as T0
const decided = (history: WalletEvent[], command: WalletCommand): WalletEvent[] => decideWallet(command, stateOf(history));
const funded = (): WalletEvent[] => activeHistory(10_000);
const withHold = (): WalletEvent[] => [...funded(), ev.holdPlaced('h1', 4_000)];
/** Daily 10,000 / monthly 25,000 piasters, plenty of money. */
const limited = (): WalletEvent[] => [ev.opened(T0, 10_000, 25_000), ev.activated(), ev.credited(1_000_000, 1_000_000)];

describe('PlaceHold', () => {
  describe('when active', () => {
    it('places a hold', () =>
      given(funded()).when(cmd.placeHold('h1', 4_000, LATER, T0, 'order-1')).then([ev.holdPlaced('h1', 4_000, LATER, T0, 'order-1')]));
    it.each([0, -5, 0.5, Number.NaN])('rejects amount %d with INVALID_AMOUNT', (amount) =>
      given(funded()).when(cmd.placeHold('h1', amount)).thenThrows('INVALID_AMOUNT'));
    it('rejects a holdId already on record, even if that hold has expired', () => {
      given(withHold()).when(cmd.placeHold('h1', 1)).thenThrows('HOLD_ALREADY_EXISTS', { holdId: 'h1' });
      given(withHold()).when(cmd.placeHold('h1', 1, LATER, T0_PLUS_1H)).thenThrows('HOLD_ALREADY_EXISTS');
    });
    it('treats prototype names as ordinary hold ids', () =>
      given(funded()).when(cmd.placeHold('constructor', 1)).then([ev.holdPlaced('constructor', 1)]));
    it.each([T0, '2026-11-22T07:59:59.999Z', 'soon', '2026-11-22T09:00:00', '2026-02-30T09:00:00Z'])(
      'rejects expiry %j (must be a valid ISO instant after now)',
      (expiresAt) => given(funded()).when(cmd.placeHold('h1', 1, expiresAt)).thenThrows('INVALID_HOLD_EXPIRY', { expiresAt, now: T0 }),
    );
    it('reserves money: a hold cannot exceed what other holds leave available', () => {
      given(withHold()).when(cmd.placeHold('h2', 6_001)).thenThrows('INSUFFICIENT_FUNDS', { available: 6_000, requested: 6_001 });
      given(withHold()).when(cmd.placeHold('h2', 6_000)).then([ev.holdPlaced('h2', 6_000)]);
    });
    it('does not count expired holds as reserved money', () =>
      given(withHold()).when(cmd.placeHold('h2', 10_000, LATER, T0_PLUS_1H)).then([ev.holdPlaced('h2', 10_000, LATER, T0_PLUS_1H)]));

    describe('limits: spend today + live holds + amount', () => {
      const spentAndHeld = (): WalletEvent[] => [...limited(), ev.debited(4_000, 996_000), ev.holdPlaced('h1', 3_000)];
      it('accepts up to the daily limit', () => given(spentAndHeld()).when(cmd.placeHold('h2', 3_000)).then([ev.holdPlaced('h2', 3_000)]));
      it('rejects beyond the daily limit', () =>
        given(spentAndHeld())
          .when(cmd.placeHold('h2', 3_001))
          .thenThrows('DAILY_LIMIT_EXCEEDED', { limit: 10_000, used: 7_000, requested: 3_001 }));
      it('no longer reserves limit for an expired hold', () =>
        given(spentAndHeld()).when(cmd.placeHold('h2', 6_000, LATER, T0_PLUS_1H)).then([ev.holdPlaced('h2', 6_000, LATER, T0_PLUS_1H)]));
      it('reserves monthly limit too', () => {
        const history = [
          ...limited(),
          ev.debited(10_000, 990_000, '2026-11-20T10:00:00Z'),
          ev.debited(10_000, 980_000, '2026-11-21T10:00:00Z'),
          ev.holdPlaced('h1', 3_000),
        ];
        given(history).when(cmd.placeHold('h2', 2_001)).thenThrows('MONTHLY_LIMIT_EXCEEDED', { limit: 25_000, used: 23_000, requested: 2_001 });
        given(history).when(cmd.placeHold('h2', 2_000)).then([ev.holdPlaced('h2', 2_000)]);
      });
    });
  });
  describe('when suspended', () => {
    it('is rejected', () => given([...funded(), ev.suspended()]).when(cmd.placeHold('h1', 1)).thenThrows('WALLET_NOT_ACTIVE'));
  });
});

describe('CaptureHold', () => {
  describe('when active', () => {
    it('captures the full hold', () => given(withHold()).when(cmd.captureHold('h1', 4_000)).then([ev.holdCaptured('h1', 4_000, 0, 6_000)]));
    it('captures part of the hold, releases the rest and removes the hold', () => {
      given(withHold()).when(cmd.captureHold('h1', 2_500)).then([ev.holdCaptured('h1', 2_500, 1_500, 7_500)]);
      given(withHold()).when(cmd.captureHold('h1', 2_500)).thenState({
        status: 'active',
        walletId: WALLET_ID,
        ownerId: 'owner-1',
        currency: 'EGP',
        balance: 7_500,
        holds: {},
        dailyDebitLimit: 3_000_000,
        monthlyDebitLimit: 10_000_000,
        spend: { day: '2026-11-22', dayTotal: 2_500, month: '2026-11', monthTotal: 2_500 },
      });
    });
    it('rejects capturing more than the hold', () =>
      given(withHold()).when(cmd.captureHold('h1', 4_001)).thenThrows('CAPTURE_EXCEEDS_HOLD', { held: 4_000, requested: 4_001 }));
    it.each([0, -1, 1.5])('rejects amount %d with INVALID_AMOUNT', (amount) =>
      given(withHold()).when(cmd.captureHold('h1', amount)).thenThrows('INVALID_AMOUNT'));
    it('rejects an unknown hold', () => given(withHold()).when(cmd.captureHold('h2', 1)).thenThrows('HOLD_NOT_FOUND', { holdId: 'h2' }));
    it('rejects a prototype name as an unknown hold', () =>
      given(withHold()).when(cmd.captureHold('toString', 1)).thenThrows('HOLD_NOT_FOUND'));
    it('rejects a hold captured already', () =>
      given([...withHold(), ev.holdCaptured('h1', 1_000, 3_000, 9_000)]).when(cmd.captureHold('h1', 1)).thenThrows('HOLD_NOT_FOUND'));
    it('rejects at and after the expiry instant', () => {
      given(withHold()).when(cmd.captureHold('h1', 1, '2026-11-22T08:59:59.999Z')).then([ev.holdCaptured('h1', 1, 3_999, 9_999, '2026-11-22T08:59:59.999Z')]);
      given(withHold()).when(cmd.captureHold('h1', 1, T0_PLUS_1H)).thenThrows('HOLD_EXPIRED', { holdId: 'h1', expiresAt: T0_PLUS_1H });
    });
    it('counts as spend without re-checking limits (the hold reserved them)', () => {
      const history = [...limited(), ev.holdPlaced('h1', 10_000), ev.limitsChanged(100, 100)];
      given(history).when(cmd.captureHold('h1', 10_000)).then([ev.holdCaptured('h1', 10_000, 0, 990_000)]);
      given([...limited(), ev.holdPlaced('h1', 10_000), ev.holdCaptured('h1', 10_000, 0, 990_000)])
        .when(cmd.debitWallet(1))
        .thenThrows('DAILY_LIMIT_EXCEEDED', { limit: 10_000, used: 10_000, requested: 1 });
    });
  });
  describe('when suspended', () => {
    it('is rejected', () => given([...withHold(), ev.suspended()]).when(cmd.captureHold('h1', 1)).thenThrows('WALLET_NOT_ACTIVE'));
  });
});

describe('VoidHold', () => {
  describe('when active', () => {
    it('voids the hold with its full amount', () => given(withHold()).when(cmd.voidHold('h1')).then([ev.holdVoided('h1', 4_000)]));
    it('voids an expired hold too', () => given(withHold()).when(cmd.voidHold('h1', LATER)).then([ev.holdVoided('h1', 4_000, LATER)]));
    it('rejects an unknown hold', () => given(funded()).when(cmd.voidHold('h1')).thenThrows('HOLD_NOT_FOUND', { holdId: 'h1' }));
  });
  describe('when suspended', () => {
    it('still voids (releasing money is always safe)', () =>
      given([...withHold(), ev.suspended()]).when(cmd.voidHold('h1')).then([ev.holdVoided('h1', 4_000)]));
  });
  describe('when pending', () => {
    it('is rejected', () => given(pendingHistory()).when(cmd.voidHold('h1')).thenThrows('WALLET_NOT_ACTIVE', { walletId: WALLET_ID }));
  });
});

describe('ExpireHold', () => {
  describe('when active', () => {
    it('expires a hold at its expiry instant', () =>
      given(withHold()).when(cmd.expireHold('h1', T0_PLUS_1H)).then([ev.holdExpired('h1', 4_000, T0_PLUS_1H)]));
    it('rejects a hold that has not expired yet', () =>
      given(withHold())
        .when(cmd.expireHold('h1', '2026-11-22T08:59:59.999Z'))
        .thenThrows('HOLD_NOT_EXPIRED', { holdId: 'h1', expiresAt: T0_PLUS_1H }));
    it('rejects an unknown hold', () => given(withHold()).when(cmd.expireHold('h2', LATER)).thenThrows('HOLD_NOT_FOUND'));
  });
  describe('when suspended', () => {
    it('expires', () => given([...withHold(), ev.suspended()]).when(cmd.expireHold('h1', LATER)).then([ev.holdExpired('h1', 4_000, LATER)]));
  });
  describe('when pending', () => {
    it('finds no hold', () => given(pendingHistory()).when(cmd.expireHold('h1', LATER)).thenThrows('HOLD_NOT_FOUND'));
  });
});

describe('holds placed for a pharmacy', () => {
  const EZABY = 'ph-ezaby';
  const SEIF = 'ph-seif';
  const forEzaby = (): WalletEvent[] => [...funded(), ev.holdPlaced('h1', 4_000, T0_PLUS_1H, T0, 'copay:card:rx', EZABY)];
  /** A hold placed before holds recorded pharmacies: the event has no pharmacyId key at all. */
  const staffHold = (): WalletEvent[] => withHold();

  describe('PlaceHold', () => {
    it('records the pharmacy on the event and in the state', () => {
      given(funded()).when(cmd.placeHold('h1', 4_000, T0_PLUS_1H, T0, 'copay:card:rx', EZABY)).then([
        { type: 'WalletHoldPlaced', data: { walletId: WALLET_ID, holdId: 'h1', amount: 4_000, expiresAt: T0_PLUS_1H, reference: 'copay:card:rx', pharmacyId: EZABY, at: T0 } },
      ]);
      const before = stateOf(funded());
      if (before.status === 'none') throw new Error('funded() opens the wallet');
      given(funded()).when(cmd.placeHold('h1', 4_000, T0_PLUS_1H, T0, 'copay:card:rx', EZABY)).thenState({
        ...before,
        holds: { h1: { amount: 4_000, expiresAt: T0_PLUS_1H, reference: 'copay:card:rx', pharmacyId: EZABY } },
      });
    });
    it('leaves the pharmacy out of a staff hold’s event (no key at all)', () => {
      const [placed] = decided(funded(), cmd.placeHold('h1', 4_000));
      expect(placed?.data).not.toHaveProperty('pharmacyId');
    });
    it('keeps every other rule: money and limits reserved, expiry in the future', () => {
      given(forEzaby()).when(cmd.placeHold('h2', 6_001, T0_PLUS_1H, T0, 'r', SEIF)).thenThrows('INSUFFICIENT_FUNDS', { available: 6_000, requested: 6_001 });
      given(funded()).when(cmd.placeHold('h1', 1, T0, T0, 'r', EZABY)).thenThrows('INVALID_HOLD_EXPIRY');
    });
  });

  describe('CaptureHold', () => {
    it('by the pharmacy it was placed for: captures, in full or in part', () => {
      given(forEzaby()).when(cmd.captureHold('h1', 4_000, T0, EZABY)).then([ev.holdCaptured('h1', 4_000, 0, 6_000)]);
      given(forEzaby()).when(cmd.captureHold('h1', 1_500, T0, EZABY)).then([ev.holdCaptured('h1', 1_500, 2_500, 8_500)]);
    });
    it('by another pharmacy: HOLD_NOT_FOUND, exactly as for a hold that does not exist', () =>
      given(forEzaby()).when(cmd.captureHold('h1', 4_000, T0, SEIF)).thenThrows('HOLD_NOT_FOUND', { holdId: 'h1' }));
    it('by another pharmacy after expiry: still HOLD_NOT_FOUND (the expiry is not revealed either)', () =>
      given(forEzaby()).when(cmd.captureHold('h1', 1, T0_PLUS_1H, SEIF)).thenThrows('HOLD_NOT_FOUND', { holdId: 'h1' }));
    it('by the pharmacy after expiry: HOLD_EXPIRED', () =>
      given(forEzaby()).when(cmd.captureHold('h1', 1, T0_PLUS_1H, EZABY)).thenThrows('HOLD_EXPIRED', { holdId: 'h1', expiresAt: T0_PLUS_1H }));
    it('by a pharmacy on a staff hold (no pharmacy recorded): HOLD_NOT_FOUND', () =>
      given(staffHold()).when(cmd.captureHold('h1', 4_000, T0, EZABY)).thenThrows('HOLD_NOT_FOUND', { holdId: 'h1' }));
    it('by staff (no pharmacy named): captures any hold, the pharmacy’s too', () => {
      given(forEzaby()).when(cmd.captureHold('h1', 4_000)).then([ev.holdCaptured('h1', 4_000, 0, 6_000)]);
      given(staffHold()).when(cmd.captureHold('h1', 4_000)).then([ev.holdCaptured('h1', 4_000, 0, 6_000)]);
    });
    it('never twice: a captured hold is gone for its pharmacy too', () =>
      given([...forEzaby(), ev.holdCaptured('h1', 4_000, 0, 6_000)]).when(cmd.captureHold('h1', 1, T0, EZABY)).thenThrows('HOLD_NOT_FOUND'));
  });

  describe('VoidHold', () => {
    it('by the pharmacy it was placed for: voids, even after expiry', () => {
      given(forEzaby()).when(cmd.voidHold('h1', T0, EZABY)).then([ev.holdVoided('h1', 4_000)]);
      given(forEzaby()).when(cmd.voidHold('h1', LATER, EZABY)).then([ev.holdVoided('h1', 4_000, LATER)]);
    });
    it('by another pharmacy, or by a pharmacy on a staff hold: HOLD_NOT_FOUND', () => {
      given(forEzaby()).when(cmd.voidHold('h1', T0, SEIF)).thenThrows('HOLD_NOT_FOUND', { holdId: 'h1' });
      given(staffHold()).when(cmd.voidHold('h1', T0, EZABY)).thenThrows('HOLD_NOT_FOUND', { holdId: 'h1' });
    });
    it('by staff: voids any hold', () => given(forEzaby()).when(cmd.voidHold('h1')).then([ev.holdVoided('h1', 4_000)]));
  });

  describe('ExpireHold (the sweep names no pharmacy)', () => {
    it('expires a pharmacy’s hold', () =>
      given(forEzaby()).when(cmd.expireHold('h1', T0_PLUS_1H)).then([ev.holdExpired('h1', 4_000, T0_PLUS_1H)]));
  });

  describe('old events without pharmacyId', () => {
    it('still fold: the hold has no pharmacy and staff can act on it', () => {
      const legacy: WalletEvent = {
        type: 'WalletHoldPlaced',
        data: { walletId: WALLET_ID, holdId: 'h1', amount: 4_000, expiresAt: T0_PLUS_1H, reference: 'ref', at: T0 },
      };
      const state = stateOf([...funded(), legacy]);
      expect(state.status === 'active' && state.holds.h1).toEqual({ amount: 4_000, expiresAt: T0_PLUS_1H, reference: 'ref' });
      given([...funded(), legacy]).when(cmd.voidHold('h1')).then([ev.holdVoided('h1', 4_000)]);
    });
  });
});
