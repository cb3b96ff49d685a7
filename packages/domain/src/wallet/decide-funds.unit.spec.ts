import { describe, it } from 'vitest';
import { given } from '../testing/given';
import * as cmd from '../testing/wallet-commands';
import * as ev from '../testing/wallet-events';
import { T0, T0_PLUS_1H, activeHistory, pendingHistory } from '../testing/wallet-events';
import type { WalletEvent } from './events';

const invalidAmounts = [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1];

/** Active wallet with small limits (daily 10,000 / monthly 25,000 piasters) and plenty of money. */
const limited = (openedAt = T0, balance = 1_000_000): WalletEvent[] => [
  ev.opened(openedAt, 10_000, 25_000),
  ev.activated(openedAt),
  ev.credited(balance, balance, openedAt),
];

describe('CreditWallet', () => {
  describe('when active', () => {
    it('credits and reports the balance after', () =>
      given(activeHistory(1_000)).when(cmd.creditWallet(250, T0, 'topup-1')).then([ev.credited(250, 1_250, T0, 'topup-1')]));
    it.each(invalidAmounts)('rejects amount %d with INVALID_AMOUNT', (amount) =>
      given(activeHistory()).when(cmd.creditWallet(amount)).thenThrows('INVALID_AMOUNT', { amount }));
    it('rejects a credit that would overflow the safe-integer balance', () =>
      given(activeHistory(Number.MAX_SAFE_INTEGER - 10)).when(cmd.creditWallet(11)).thenThrows('INVALID_AMOUNT'));
    it('is not subject to debit limits', () =>
      given(limited()).when(cmd.creditWallet(5_000_000)).then([ev.credited(5_000_000, 6_000_000)]));
  });
  describe('when pending', () => {
    it('is rejected', () => given(pendingHistory()).when(cmd.creditWallet(1)).thenThrows('WALLET_NOT_ACTIVE', { walletId: 'wallet-1' }));
  });
});

describe('DebitWallet', () => {
  describe('when active', () => {
    it('debits and reports the balance after', () =>
      given(activeHistory(1_000)).when(cmd.debitWallet(400, T0, 'pay-1')).then([ev.debited(400, 600, T0, 'pay-1')]));
    it('may take the balance to exactly zero but never below', () => {
      given(activeHistory(1_000)).when(cmd.debitWallet(1_000)).then([ev.debited(1_000, 0)]);
      given(activeHistory(1_000)).when(cmd.debitWallet(1_001)).thenThrows('INSUFFICIENT_FUNDS', { available: 1_000, requested: 1_001 });
      given(activeHistory()).when(cmd.debitWallet(1)).thenThrows('INSUFFICIENT_FUNDS', { available: 0, requested: 1 });
    });
    it.each(invalidAmounts)('rejects amount %d with INVALID_AMOUNT', (amount) =>
      given(activeHistory(1_000)).when(cmd.debitWallet(amount)).thenThrows('INVALID_AMOUNT', { amount }));

    describe('available vs held', () => {
      const withHold = [...activeHistory(10_000), ev.holdPlaced('h1', 4_000)];
      it('cannot spend money reserved by a live hold', () =>
        given(withHold).when(cmd.debitWallet(6_001)).thenThrows('INSUFFICIENT_FUNDS', { available: 6_000, requested: 6_001 }));
      it('can spend everything not held', () => given(withHold).when(cmd.debitWallet(6_000)).then([ev.debited(6_000, 4_000)]));
      it('can spend held money once the hold has expired, even before ExpireHold', () =>
        given(withHold).when(cmd.debitWallet(10_000, T0_PLUS_1H)).then([ev.debited(10_000, 0, T0_PLUS_1H)]));
    });

    describe('limits (Africa/Cairo calendar)', () => {
      it('allows spending up to the daily limit exactly', () =>
        given([...limited(), ev.debited(6_000, 994_000)]).when(cmd.debitWallet(4_000)).then([ev.debited(4_000, 990_000)]));
      it('rejects one piaster over the daily limit', () =>
        given([...limited(), ev.debited(10_000, 990_000)])
          .when(cmd.debitWallet(1))
          .thenThrows('DAILY_LIMIT_EXCEEDED', { limit: 10_000, used: 10_000, requested: 1 }));
      it('checks funds before limits', () =>
        given(limited(T0, 5_000)).when(cmd.debitWallet(20_000)).thenThrows('INSUFFICIENT_FUNDS'));
      it('checks the daily limit before the monthly one', () =>
        given(limited()).when(cmd.debitWallet(30_000)).thenThrows('DAILY_LIMIT_EXCEEDED'));

      it('winter: the day resets at 22:00Z (Cairo midnight, UTC+2), not at UTC midnight', () => {
        const spent = [...limited(), ev.debited(10_000, 990_000, '2026-11-22T10:00:00Z')];
        given(spent).when(cmd.debitWallet(1, '2026-11-22T21:59:59.999Z')).thenThrows('DAILY_LIMIT_EXCEEDED');
        given(spent).when(cmd.debitWallet(10_000, '2026-11-22T22:00:00.000Z')).then([ev.debited(10_000, 980_000, '2026-11-22T22:00:00.000Z')]);
      });

      it('summer: the day resets at 21:00Z (Cairo midnight, UTC+3 DST)', () => {
        const spent = [...limited('2026-07-15T08:00:00Z'), ev.debited(10_000, 990_000, '2026-07-15T20:30:00Z')];
        given(spent).when(cmd.debitWallet(1, '2026-07-15T20:59:59Z')).thenThrows('DAILY_LIMIT_EXCEEDED');
        given(spent).when(cmd.debitWallet(1, '2026-07-15T21:00:00Z')).then([ev.debited(1, 989_999, '2026-07-15T21:00:00Z')]);
      });

      it('a debit late on the UTC day already counts for the next Cairo day', () => {
        const spent = [...limited(), ev.debited(10_000, 990_000, '2026-11-22T23:00:00Z')]; // Nov 23, 01:00 Cairo
        given(spent).when(cmd.debitWallet(1, '2026-11-23T10:00:00Z')).thenThrows('DAILY_LIMIT_EXCEEDED');
      });

      const monthSpent = (): WalletEvent[] => [
        ...limited(),
        ev.debited(10_000, 990_000, '2026-11-22T10:00:00Z'),
        ev.debited(10_000, 980_000, '2026-11-23T10:00:00Z'),
        ev.debited(5_000, 975_000, '2026-11-30T10:00:00Z'),
      ];
      it('rejects over the monthly limit on a fresh day of the same Cairo month', () =>
        given(monthSpent())
          .when(cmd.debitWallet(1, '2026-11-30T21:59:59Z'))
          .thenThrows('MONTHLY_LIMIT_EXCEEDED', { limit: 25_000, used: 25_000, requested: 1 }));
      it('resets the month at Cairo midnight on the 1st (22:00Z on the 30th)', () =>
        given(monthSpent()).when(cmd.debitWallet(10_000, '2026-11-30T22:00:00Z')).then([ev.debited(10_000, 965_000, '2026-11-30T22:00:00Z')]));

      it('uses limits changed after opening', () =>
        given([...limited(), ev.limitsChanged(50_000, 50_000)]).when(cmd.debitWallet(30_000)).then([ev.debited(30_000, 970_000)]));

      // Live holds reserve limit: otherwise hold 8k + debit 10k + capture 8k would spend 18k of a 10k day.
      it('counts live holds against the limit of a debit', () =>
        given([...limited(), ev.holdPlaced('h1', 8_000)])
          .when(cmd.debitWallet(10_000))
          .thenThrows('DAILY_LIMIT_EXCEEDED', { limit: 10_000, used: 8_000, requested: 10_000 }));
      it('allows a debit within the limit left beside a live hold', () =>
        given([...limited(), ev.holdPlaced('h1', 8_000)]).when(cmd.debitWallet(2_000)).then([ev.debited(2_000, 998_000)]));
    });
  });
  describe('when suspended', () => {
    it('is rejected', () =>
      given([...activeHistory(1_000), ev.suspended()]).when(cmd.debitWallet(1)).thenThrows('WALLET_NOT_ACTIVE', { walletId: 'wallet-1' }));
  });
});
