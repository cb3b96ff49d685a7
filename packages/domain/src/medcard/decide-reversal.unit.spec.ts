import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../testing/given';
import * as cmd from '../testing/medcard-commands';
import { activeHistory, given, run, stateFrom } from '../testing/medcard-events';
import { CARD_ID, PHARMACY_ID, T0, claimOf, line } from '../testing/medcard-fixtures';
import * as wev from '../testing/wallet-events';
import { stateFrom as walletFrom } from '../testing/given';
import { decideClaimReversal } from './decide-reversal-with-wallet';
import { findPrescriptionClaim, remainingBenefit } from './queries';

/** A: 1 × 250.00 EGP on a gold card (20%): benefit 200.00, copay 50.00. */
const rx1 = claimOf('rx-1', 'b-self', [line('A', 1, 25_000)]);
const approved = () => run([cmd.submit(rx1)], activeHistory());
const LATER_SAME_DAY = '2026-11-22T21:30:00.000Z'; // 23:30 in Cairo
const NEXT_DAY = '2026-11-22T22:30:00.000Z'; // 00:30 on the 23rd in Cairo
const wallet = () => walletFrom([wev.opened(), wev.activated(), { type: 'WalletCredited', data: { walletId: wev.WALLET_ID, amount: 10_000, reference: 'payment:p1', balanceAfter: 10_000, at: T0 } }]);

describe('ReversePrescriptionClaim', () => {
  describe('when the claim is approved', () => {
    it('records the reversal: benefit and copay of the approval, its month, who and why', () =>
      given(approved()).when(cmd.reverse('rx-1', { reason: 'WRONG_CARD', note: ' typed the wrong number ' })).then([
        {
          type: 'PrescriptionClaimReversed',
          data: {
            cardId: CARD_ID, prescriptionId: 'rx-1', pharmacyId: PHARMACY_ID, beneficiaryId: 'b-self', month: '2026-11', benefit: 20_000,
            copay: 5_000, walletCopayRefunded: 0, reason: 'WRONG_CARD', note: 'typed the wrong number',
            reversedBy: { kind: 'staff', userId: 'staff-1' }, at: T0,
          },
        },
      ]));

    it('gives the benefit back to the month and lifts the refill block of its drugs', () => {
      const history = approved();
      expect(remainingBenefit(stateFrom(history), T0)).toBe(480_000);
      const after = run([cmd.reverse('rx-1')], history);
      expect(remainingBenefit(stateFrom(after), T0)).toBe(500_000);
      expect(findPrescriptionClaim(stateFrom(after), PHARMACY_ID, 'rx-1')).toMatchObject({ outcome: 'approved', reversal: { reason: 'PATIENT_LEFT', benefit: 20_000 } });
      // The drug was not taken: it can be dispensed again the same day, under a new prescription id.
      const [again] = given(after).when(cmd.submit(claimOf('rx-2', 'b-self', [line('A', 1, 25_000)]))).events();
      expect(again?.type).toBe('PrescriptionClaimApproved');
    });

    it('its own pharmacist may reverse it until Cairo midnight, not after', () => {
      given(approved()).when(cmd.reverse('rx-1', { by: 'pharmacist' }, LATER_SAME_DAY)).then([
        expect.objectContaining({ type: 'PrescriptionClaimReversed' }) as never,
      ]);
      given(approved()).when(cmd.reverse('rx-1', { by: 'pharmacist' }, NEXT_DAY)).thenThrows('REVERSAL_WINDOW_CLOSED', { approvedOn: '2026-11-22' });
    });

    it('staff may reverse it later', () => {
      const [event] = given(approved()).when(cmd.reverse('rx-1', {}, '2026-12-10T08:00:00.000Z')).events();
      expect(event).toMatchObject({ type: 'PrescriptionClaimReversed', data: { month: '2026-11' } });
    });

    it('refuses an unknown reason code, and OTHER without a note', () => {
      given(approved()).when(cmd.reverse('rx-1', { reason: 'BORED' })).thenThrows('INVALID_REVERSAL_REASON');
      given(approved()).when(cmd.reverse('rx-1', { reason: 'OTHER', note: '  ' })).thenThrows('REASON_REQUIRED');
    });

    it('another pharmacy cannot reverse it: to them it does not exist', () =>
      given(approved()).when(cmd.reverse('rx-1', { pharmacyId: 'pharmacy-2' })).thenThrows('PRESCRIPTION_NOT_FOUND'));
  });

  describe('when the claim is reversed already', () => {
    it('decides nothing: the first reversal stays of record', () => {
      const history = run([cmd.reverse('rx-1', { reason: 'WRONG_CARD' })], approved());
      given(history).when(cmd.reverse('rx-1', { reason: 'OTHER', note: 'again' })).then([]);
      expect(findPrescriptionClaim(stateFrom(history), PHARMACY_ID, 'rx-1')).toMatchObject({ reversal: { reason: 'WRONG_CARD' } });
    });
  });

  describe('when the claim was rejected or never made', () => {
    it('a rejected claim cannot be reversed', () => {
      const rejected = run([cmd.submit(claimOf('rx-9', 'b-stranger', [line('A', 1, 25_000)]))], activeHistory());
      given(rejected).when(cmd.reverse('rx-9')).thenThrows('CLAIM_NOT_REVERSIBLE');
    });
    it('an unknown claim is not found', () => given(activeHistory()).when(cmd.reverse('rx-1')).thenThrows('PRESCRIPTION_NOT_FOUND'));
  });
});

describe('decideClaimReversal: the wallet copay comes back with the reversal, once', () => {
  const walletCopay = { walletId: wev.WALLET_ID, amount: 5_000 };

  it('credits the wallet what was captured, with the copay-refund reference', () => {
    const decided = decideClaimReversal(cmd.reverse('rx-1', { walletCopay }), stateFrom(approved()), wallet());
    expect(decided.card[0]).toMatchObject({ data: { walletCopayRefunded: 5_000 } });
    expect(decided.wallet).toEqual([
      { type: 'WalletCredited', data: { walletId: wev.WALLET_ID, amount: 5_000, reference: `copay-refund:${CARD_ID}:${PHARMACY_ID}:rx-1`, balanceAfter: 15_000, at: T0 } },
    ]);
  });

  it('never more than the claim copay', () => {
    const decided = decideClaimReversal(cmd.reverse('rx-1', { walletCopay: { ...walletCopay, amount: 9_999 } }), stateFrom(approved()), wallet());
    expect(decided.wallet[0]?.data).toMatchObject({ amount: 5_000 });
  });

  it('a repeat reverses nothing and so refunds nothing', () => {
    const history = run([cmd.reverse('rx-1', { walletCopay })], approved());
    expect(decideClaimReversal(cmd.reverse('rx-1', { walletCopay }), stateFrom(history), wallet())).toEqual({ card: [], wallet: [] });
  });

  it('a cash copay moves no money; a closed wallet refuses the refund (nothing is recorded)', () => {
    expect(decideClaimReversal(cmd.reverse('rx-1'), stateFrom(approved()), wallet()).wallet).toEqual([]);
    const closed = walletFrom([wev.opened(), wev.activated(), wev.closed()]);
    expect(domainErrorOf(() => decideClaimReversal(cmd.reverse('rx-1', { walletCopay }), stateFrom(approved()), closed)).code).toBe('WALLET_CLOSED');
  });
});
