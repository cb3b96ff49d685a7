import { describe, it } from 'vitest';
import { given } from '../testing/given';
import * as cmd from '../testing/wallet-commands';
import * as ev from '../testing/wallet-events';
import { T0_PLUS_1H, WALLET_ID, activeHistory, pendingHistory } from '../testing/wallet-events';
import { DEFAULT_DAILY_DEBIT_LIMIT, DEFAULT_MONTHLY_DEBIT_LIMIT } from './limits';

describe('wallet lifecycle', () => {
  describe('when none', () => {
    it('OpenWallet opens a pending wallet with the default limits (30,000 / 100,000 EGP)', () => {
      given([]).when(cmd.openWallet()).then([ev.opened()]);
      given([]).when(cmd.openWallet()).thenState({
        status: 'pending',
        walletId: WALLET_ID,
        ownerId: 'owner-1',
        currency: 'EGP',
        balance: 0,
        holds: {},
        dailyDebitLimit: 3_000_000,
        monthlyDebitLimit: 10_000_000,
        spend: { day: '2026-11-22', dayTotal: 0, month: '2026-11', monthTotal: 0 },
      });
    });

    it('OpenWallet accepts explicit limits, including daily == monthly', () => {
      given([]).when(cmd.openWallet(undefined, { dailyDebitLimit: 50_000, monthlyDebitLimit: 50_000 })).then([ev.opened(undefined, 50_000, 50_000)]);
      given([]).when(cmd.openWallet(undefined, { dailyDebitLimit: 50_000 })).then([ev.opened(undefined, 50_000, DEFAULT_MONTHLY_DEBIT_LIMIT)]);
      given([]).when(cmd.openWallet(undefined, { monthlyDebitLimit: 20_000_000 })).then([ev.opened(undefined, DEFAULT_DAILY_DEBIT_LIMIT, 20_000_000)]);
    });

    it.each([
      [{ dailyDebitLimit: 0 }],
      [{ dailyDebitLimit: -1 }],
      [{ dailyDebitLimit: 1.5 }],
      [{ dailyDebitLimit: Number.NaN }],
      [{ monthlyDebitLimit: Number.MAX_SAFE_INTEGER + 1 }],
      [{ dailyDebitLimit: 2_000, monthlyDebitLimit: 1_999 }],
      [{ dailyDebitLimit: 20_000_000 }], // above the default monthly limit
    ])('OpenWallet rejects invalid limits %o with INVALID_LIMIT', (limits) => {
      given([]).when(cmd.openWallet(undefined, limits)).thenThrows('INVALID_LIMIT');
    });
  });

  describe('when pending', () => {
    it('ActivateWallet activates', () => given(pendingHistory()).when(cmd.activateWallet()).then([ev.activated()]));
    it('CloseWallet closes (nothing can have been credited)', () =>
      given(pendingHistory()).when(cmd.closeWallet('kyc rejected')).then([ev.closed('kyc rejected')]));
    it('SuspendWallet is an invalid transition', () =>
      given(pendingHistory()).when(cmd.suspendWallet()).thenThrows('INVALID_STATE_TRANSITION', { from: 'pending', command: 'SuspendWallet' }));
    it('ReactivateWallet is an invalid transition', () =>
      given(pendingHistory()).when(cmd.reactivateWallet()).thenThrows('INVALID_STATE_TRANSITION'));
  });

  describe('when active', () => {
    it('SuspendWallet suspends with a trimmed reason', () =>
      given(activeHistory()).when(cmd.suspendWallet('  chargeback  ')).then([ev.suspended('chargeback')]));
    it.each(['', '   '])('SuspendWallet without a reason (%j) is rejected', (reason) =>
      given(activeHistory()).when(cmd.suspendWallet(reason)).thenThrows('REASON_REQUIRED'));
    it('ActivateWallet again is an invalid transition', () =>
      given(activeHistory()).when(cmd.activateWallet()).thenThrows('INVALID_STATE_TRANSITION', { from: 'active', command: 'ActivateWallet' }));
    it('ReactivateWallet is an invalid transition', () =>
      given(activeHistory()).when(cmd.reactivateWallet()).thenThrows('INVALID_STATE_TRANSITION'));
    it('CloseWallet with zero balance closes', () =>
      given([...activeHistory(500), ev.debited(500, 0)]).when(cmd.closeWallet()).then([ev.closed()]));
    it('CloseWallet with a positive balance is rejected', () =>
      given(activeHistory(1)).when(cmd.closeWallet()).thenThrows('WALLET_HAS_FUNDS', { balance: 1, held: 0 }));
    it('CloseWallet with a live hold is rejected', () =>
      given([...activeHistory(500), ev.holdPlaced('h1', 500)]).when(cmd.closeWallet()).thenThrows('WALLET_HAS_FUNDS', { balance: 500, held: 500 }));
    it('CloseWallet ignores an expired hold still on record', () =>
      given([...activeHistory(500), ev.holdPlaced('h1', 500), ev.debited(500, 0, T0_PLUS_1H)])
        .when(cmd.closeWallet('done', T0_PLUS_1H))
        .then([ev.closed('done', T0_PLUS_1H)]));
  });

  describe('when suspended', () => {
    const suspended = () => [...activeHistory(), ev.suspended()];
    it('ReactivateWallet reactivates', () => given(suspended()).when(cmd.reactivateWallet()).then([ev.reactivated()]));
    it('CloseWallet with zero balance closes', () => given(suspended()).when(cmd.closeWallet()).then([ev.closed()]));
    it('CloseWallet with a balance is rejected', () =>
      given([...activeHistory(700), ev.suspended()]).when(cmd.closeWallet()).thenThrows('WALLET_HAS_FUNDS'));
    it('SuspendWallet again is an invalid transition', () =>
      given(suspended()).when(cmd.suspendWallet()).thenThrows('INVALID_STATE_TRANSITION', { from: 'suspended', command: 'SuspendWallet' }));
    it('ActivateWallet is an invalid transition', () =>
      given(suspended()).when(cmd.activateWallet()).thenThrows('INVALID_STATE_TRANSITION'));
  });

  describe('when closed', () => {
    it('CloseWallet again is rejected as WALLET_CLOSED', () =>
      given([...pendingHistory(), ev.closed()]).when(cmd.closeWallet()).thenThrows('WALLET_CLOSED', { walletId: WALLET_ID }));
  });

  describe('ChangeWalletLimits', () => {
    it.each([
      ['pending', pendingHistory()],
      ['active', activeHistory()],
      ['suspended', [...activeHistory(), ev.suspended()]],
    ])('when %s changes the limits', (_status, history) =>
      given(history).when(cmd.changeWalletLimits(100, 1_000)).then([ev.limitsChanged(100, 1_000)]));

    it.each([
      [0, 1_000],
      [100, 0],
      [1_001, 1_000],
      [1.5, 1_000],
    ])('when active rejects daily=%d monthly=%d with INVALID_LIMIT', (daily, monthly) =>
      given(activeHistory()).when(cmd.changeWalletLimits(daily, monthly)).thenThrows('INVALID_LIMIT'));

  });
});
