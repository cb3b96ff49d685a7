import { describe, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { INSURANCE, activeHistory, given, pendingHistory } from '../testing/medcard-events';
import { CARD_ID, EXPIRES_AT, HOLDER, T0 } from '../testing/medcard-fixtures';
import { PersistentMap } from '../shared/persistent-map';

const JUST_BEFORE_EXPIRY = '2027-11-22T07:59:59.999Z';

describe('MedCard lifecycle', () => {
  describe('when none', () => {
    it('IssueMedCard issues a pending card whose holder is its one `self` beneficiary', () => {
      given([]).when(cmd.issue()).then([ev.issued()]);
      given([]).when(cmd.issue()).thenState({
        status: 'pending',
        cardId: CARD_ID,
        tier: 'gold',
        monthlyLimit: 500_000,
        copaymentPercent: 20,
        holder: { userId: 'user-1', name: 'Ahmed Hassan', beneficiaryId: 'b-self' },
        beneficiaries: { 'b-self': ev.SELF },
        insurance: null,
        expiresAt: EXPIRES_AT,
        benefitByMonth: {},
        prescriptionClaims: PersistentMap.of(),
        dispensing: PersistentMap.of(),
        refillOverrides: {},
        insuranceClaims: {},
      });
    });

    it.each([
      ['silver', 200_000, 30],
      ['gold', 500_000, 20],
      ['platinum', 1_500_000, 10],
    ] as const)('IssueMedCard applies the %s defaults (%i piasters, %i%%)', (tier, monthlyLimit, copaymentPercent) =>
      given([]).when(cmd.issue({ tier })).then([ev.issued({ tier, monthlyLimit, copaymentPercent })]));

    it('IssueMedCard takes per-card overrides of the limit and the copayment (0 and 100 included)', () => {
      given([]).when(cmd.issue({ tier: 'silver', monthlyLimit: 123_400 })).then([ev.issued({ tier: 'silver', monthlyLimit: 123_400, copaymentPercent: 30 })]);
      given([]).when(cmd.issue({ copaymentPercent: 0 })).then([ev.issued({ copaymentPercent: 0 })]);
      given([]).when(cmd.issue({ copaymentPercent: 100 })).then([ev.issued({ copaymentPercent: 100 })]);
    });

    it('IssueMedCard records a trimmed insurance', () =>
      given([]).when(cmd.issue({ insurance: { provider: ' Misr Insurance ', policyNumber: 'POL-778899 ' } })).then([ev.issued({ insurance: INSURANCE })]));

    it.each([
      [{ tier: 'diamond' as never }, 'INVALID_TIER'],
      [{ monthlyLimit: 0 }, 'INVALID_LIMIT'],
      [{ monthlyLimit: 10.5 }, 'INVALID_LIMIT'],
      [{ copaymentPercent: 101 }, 'INVALID_COPAYMENT'],
      [{ copaymentPercent: -1 }, 'INVALID_COPAYMENT'],
      [{ copaymentPercent: 12.5 }, 'INVALID_COPAYMENT'],
      [{ expiresAt: T0 }, 'INVALID_EXPIRY'],
      [{ expiresAt: '2026-11-01T00:00:00Z' }, 'INVALID_EXPIRY'],
      [{ expiresAt: '2027-11-22' }, 'INVALID_EXPIRY'],
      [{ insurance: { provider: ' ', policyNumber: 'P1' } }, 'INVALID_INSURANCE'],
      [{ insurance: { provider: 'Misr', policyNumber: '' } }, 'INVALID_INSURANCE'],
      [{ holder: { ...HOLDER, nationalId: '28503140501235' } }, 'INVALID_NATIONAL_ID'],
      [{ holder: { ...HOLDER, dateOfBirth: '1985-03-15' } }, 'DATE_OF_BIRTH_MISMATCH'],
      [{ holder: { ...HOLDER, mobile: undefined } }, 'MOBILE_REQUIRED'],
      [{ holder: { ...HOLDER, mobile: '0131234567' } }, 'INVALID_MOBILE'],
      [{ holder: { ...HOLDER, name: '  ' } }, 'INVALID_BENEFICIARY'],
    ] as const)('IssueMedCard with %o is rejected with %s', (overrides, code) =>
      given([]).when(cmd.issue(overrides)).thenThrows(code));
  });

  describe('when pending', () => {
    it('IssueMedCard again is rejected', () => given(pendingHistory()).when(cmd.issue()).thenThrows('CARD_ALREADY_EXISTS', { cardId: CARD_ID }));
    it('ActivateMedCard activates', () => given(pendingHistory()).when(cmd.activate()).then([ev.activated()]));
    it('ActivateMedCard at or after the expiry is rejected', () =>
      given(pendingHistory()).when(cmd.activate(EXPIRES_AT)).thenThrows('CARD_EXPIRED', { cardId: CARD_ID, expiresAt: EXPIRES_AT }));
    it('SuspendMedCard is an invalid transition', () =>
      given(pendingHistory()).when(cmd.suspend()).thenThrows('INVALID_STATE_TRANSITION', { from: 'pending', command: 'SuspendMedCard' }));
    it('ReactivateMedCard is an invalid transition', () => given(pendingHistory()).when(cmd.reactivate()).thenThrows('INVALID_STATE_TRANSITION'));
    it('CloseMedCard closes', () => given(pendingHistory()).when(cmd.close(' kyc failed ')).then([ev.closed('kyc failed')]));
    it('ExpireMedCard expires once the expiry instant is reached', () => given(pendingHistory()).when(cmd.expire()).then([ev.expired()]));
  });

  describe('when active', () => {
    it('SuspendMedCard suspends with a trimmed reason', () => given(activeHistory()).when(cmd.suspend('  abuse  ')).then([ev.suspended('abuse')]));
    it.each(['', '   '])('SuspendMedCard without a reason (%j) is rejected', (reason) =>
      given(activeHistory()).when(cmd.suspend(reason)).thenThrows('REASON_REQUIRED'));
    it('ActivateMedCard again is an invalid transition', () =>
      given(activeHistory()).when(cmd.activate()).thenThrows('INVALID_STATE_TRANSITION', { from: 'active', command: 'ActivateMedCard' }));
    it('CloseMedCard closes', () => given(activeHistory()).when(cmd.close()).then([ev.closed()]));
    it('ExpireMedCard works from the expiry instant exactly (now ≥ expiresAt), not a millisecond before', () => {
      given(activeHistory()).when(cmd.expire(EXPIRES_AT)).then([ev.expired(EXPIRES_AT)]);
      given(activeHistory()).when(cmd.expire('2027-11-22T10:00:00+02:00')).then([ev.expired('2027-11-22T10:00:00+02:00')]);
      given(activeHistory())
        .when(cmd.expire(JUST_BEFORE_EXPIRY))
        .thenThrows('CARD_NOT_EXPIRED', { cardId: CARD_ID, expiresAt: EXPIRES_AT });
    });
  });

  describe('when suspended', () => {
    const suspended = () => [...activeHistory(), ev.suspended()];
    it('ReactivateMedCard reactivates', () => given(suspended()).when(cmd.reactivate()).then([ev.reactivated()]));
    it('ReactivateMedCard past the expiry is rejected: the card should be expired instead', () =>
      given(suspended()).when(cmd.reactivate(EXPIRES_AT)).thenThrows('CARD_EXPIRED'));
    it('SuspendMedCard again is an invalid transition', () => given(suspended()).when(cmd.suspend()).thenThrows('INVALID_STATE_TRANSITION'));
    it('CloseMedCard closes', () => given(suspended()).when(cmd.close()).then([ev.closed()]));
    it('ExpireMedCard expires', () => given(suspended()).when(cmd.expire()).then([ev.expired()]));
  });

  describe('when closed (terminal)', () => {
    const closedHistory = () => [...activeHistory(), ev.closed()];
    it.each([cmd.issue(), cmd.activate(), cmd.reactivate(), cmd.close(), cmd.expire(), cmd.suspend()])('$type is rejected with CARD_CLOSED', (command) =>
      given(closedHistory()).when(command).thenThrows('CARD_CLOSED', { cardId: CARD_ID }));
  });

  describe('when expired (terminal)', () => {
    const expiredHistory = () => [...activeHistory(), ev.expired()];
    it('IssueMedCard is rejected: ids are never reused', () => given(expiredHistory()).when(cmd.issue()).thenThrows('CARD_ALREADY_EXISTS'));
    it.each([cmd.activate(), cmd.reactivate(), cmd.close(), cmd.suspend()])('$type is rejected with CARD_EXPIRED', (command) =>
      given(expiredHistory()).when(command).thenThrows('CARD_EXPIRED', { cardId: CARD_ID, expiresAt: EXPIRES_AT }));
    it('ExpireMedCard again is an invalid transition', () =>
      given(expiredHistory()).when(cmd.expire()).thenThrows('INVALID_STATE_TRANSITION', { from: 'expired', command: 'ExpireMedCard' }));
  });
});
