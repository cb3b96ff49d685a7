import { describe, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, given, pendingHistory } from '../testing/medcard-events';
import { CARD_ID, T0 } from '../testing/medcard-fixtures';

const GOLD = { tier: 'gold', monthlyLimit: 500_000, copaymentPercent: 20 } as const;
const tierChanged = (direction: 'upgrade' | 'downgrade', from: object, to: object) => ({
  type: 'TierChanged' as const,
  data: { cardId: CARD_ID, direction, from, to, at: T0 } as never,
});

describe('card terms', () => {
  describe('when active', () => {
    it('ChangeTier to platinum is an upgrade that applies the platinum defaults', () =>
      given(activeHistory()).when(cmd.changeTier('platinum')).then([
        tierChanged('upgrade', GOLD, { tier: 'platinum', monthlyLimit: 1_500_000, copaymentPercent: 10 }),
      ]));

    it('ChangeTier to silver is a downgrade', () =>
      given(activeHistory()).when(cmd.changeTier('silver')).then([tierChanged('downgrade', GOLD, { tier: 'silver', monthlyLimit: 200_000, copaymentPercent: 30 })]));

    it('ChangeTier takes explicit overrides of the new tier’s defaults', () =>
      given(activeHistory()).when(cmd.changeTier('platinum', { monthlyLimit: 2_000_000 })).then([
        tierChanged('upgrade', GOLD, { tier: 'platinum', monthlyLimit: 2_000_000, copaymentPercent: 10 }),
      ]));

    it('a card’s old overrides do not carry over to the new tier, and TierChanged records them as the old values', () =>
      given([ev.issued({ monthlyLimit: 123_400, copaymentPercent: 5 }), ev.activated()]).when(cmd.changeTier('silver')).then([
        tierChanged('downgrade', { tier: 'gold', monthlyLimit: 123_400, copaymentPercent: 5 }, { tier: 'silver', monthlyLimit: 200_000, copaymentPercent: 30 }),
      ]));

    it('ChangeTier to the current tier is TIER_UNCHANGED (use ChangeMonthlyLimit / ChangeCopayment)', () =>
      given(activeHistory()).when(cmd.changeTier('gold', { monthlyLimit: 1 })).thenThrows('TIER_UNCHANGED', { tier: 'gold' }));

    it.each([
      [cmd.changeTier('bronze' as never), 'INVALID_TIER'],
      [cmd.changeTier('platinum', { monthlyLimit: 0 }), 'INVALID_LIMIT'],
      [cmd.changeTier('platinum', { copaymentPercent: 101 }), 'INVALID_COPAYMENT'],
    ] as const)('ChangeTier %# is rejected with %s', (command, code) => given(activeHistory()).when(command).thenThrows(code));

    it('ChangeMonthlyLimit records the old and new limits; the same value again records nothing', () => {
      given(activeHistory()).when(cmd.changeMonthlyLimit(750_000)).then([{ type: 'MonthlyLimitChanged', data: { cardId: CARD_ID, from: 500_000, to: 750_000, at: T0 } }]);
      given(activeHistory()).when(cmd.changeMonthlyLimit(500_000)).then([]);
    });

    it.each([0, -100, 10.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('ChangeMonthlyLimit(%d) is INVALID_LIMIT', (limit) =>
      given(activeHistory()).when(cmd.changeMonthlyLimit(limit)).thenThrows('INVALID_LIMIT', { monthlyLimit: limit }));

    it('ChangeCopayment records the old and new percentages, 0 and 100 included; the same value records nothing', () => {
      given(activeHistory()).when(cmd.changeCopayment(0)).then([{ type: 'CopaymentChanged', data: { cardId: CARD_ID, from: 20, to: 0, at: T0 } }]);
      given(activeHistory()).when(cmd.changeCopayment(100)).then([{ type: 'CopaymentChanged', data: { cardId: CARD_ID, from: 20, to: 100, at: T0 } }]);
      given(activeHistory()).when(cmd.changeCopayment(20)).then([]);
    });

    it.each([-1, 101, 12.5, Number.NaN])('ChangeCopayment(%d) is INVALID_COPAYMENT', (percent) =>
      given(activeHistory()).when(cmd.changeCopayment(percent)).thenThrows('INVALID_COPAYMENT', { copaymentPercent: percent }));
  });

  describe.each([
    ['pending', pendingHistory()],
    ['suspended', [...activeHistory(), ev.suspended()]],
  ])('when %s', (_status, history) => {
    it('terms can still change', () => {
      given(history).when(cmd.changeTier('platinum')).then([tierChanged('upgrade', GOLD, { tier: 'platinum', monthlyLimit: 1_500_000, copaymentPercent: 10 })]);
      given(history).when(cmd.changeMonthlyLimit(1)).then([{ type: 'MonthlyLimitChanged', data: { cardId: CARD_ID, from: 500_000, to: 1, at: T0 } }]);
    });
  });

  describe.each([
    ['closed', [...activeHistory(), ev.closed()], 'CARD_CLOSED'],
    ['expired', [...activeHistory(), ev.expired()], 'CARD_EXPIRED'],
  ] as const)('when %s', (_status, history, code) => {
    it.each([cmd.changeTier('platinum'), cmd.changeMonthlyLimit(1), cmd.changeCopayment(1)])(`$type is rejected with ${code}`, (command) =>
      given(history).when(command).thenThrows(code));
  });
});
