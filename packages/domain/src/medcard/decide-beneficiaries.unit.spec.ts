import { describe, expect, it } from 'vitest';
import { nationalIdFor } from '../testing/national-ids';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, given, pendingHistory, run, stateFrom } from '../testing/medcard-events';
import { ADULT_CHILD, CHILD, FATHER, HOLDER, MOTHER, OLDER_CHILD, SPOUSE, T0, as } from '../testing/medcard-fixtures';
import type { Beneficiary } from './beneficiary';

const spouse: Beneficiary = { ...SPOUSE, relationship: 'spouse', gender: 'female', mobile: '+201223456789' };
const child: Beneficiary = { ...CHILD, relationship: 'child', gender: 'male', mobile: null };
/** A child born on `birthDate` (no mobile), with its own id and national ID. */
const childBorn = (birthDate: string, n: number) =>
  as('child', { beneficiaryId: `kid-${n}`, name: `Kid ${n}`, nationalId: nationalIdFor(birthDate, '01', `010${n}`), dateOfBirth: birthDate });

describe('beneficiaries', () => {
  describe('when active', () => {
    it('AddBeneficiary adds a spouse with a normalised mobile and the gender read from the ID', () =>
      given(activeHistory()).when(cmd.addBeneficiary(as('spouse', SPOUSE))).then([ev.beneficiaryAdded(spouse)]));

    it('a child under 18 needs no mobile; from 18 one is required', () => {
      given(activeHistory()).when(cmd.addBeneficiary(as('child', CHILD))).then([ev.beneficiaryAdded(child)]);
      const turning18 = childBorn('2008-11-22', 1);
      // 23:59:59 on 21 Nov in Cairo: still 17. Midnight in Cairo (22:00Z): 18.
      expect(given(activeHistory()).when(cmd.addBeneficiary(turning18, '2026-11-21T21:59:59Z')).events()).toHaveLength(1);
      given(activeHistory()).when(cmd.addBeneficiary(turning18, '2026-11-21T22:00:00Z')).thenThrows('MOBILE_REQUIRED', { beneficiaryId: 'kid-1' });
      given(activeHistory()).when(cmd.addBeneficiary({ ...as('child', ADULT_CHILD), mobile: undefined })).thenThrows('MOBILE_REQUIRED');
    });

    it('children are covered while under 26', () => {
      expect(given(activeHistory()).when(cmd.addBeneficiary(as('child', ADULT_CHILD))).events()).toHaveLength(1);
      expect(given(activeHistory()).when(cmd.addBeneficiary({ ...childBorn('2000-11-23', 2), mobile: '01000000002' })).events()).toHaveLength(1);
      given(activeHistory())
        .when(cmd.addBeneficiary({ ...childBorn('2000-11-22', 3), mobile: '01000000003' }))
        .thenThrows('BENEFICIARY_NOT_ELIGIBLE', { beneficiaryId: 'kid-3', reason: 'CHILD_AGE_LIMIT', age: 26 });
      given(activeHistory()).when(cmd.addBeneficiary(as('child', OLDER_CHILD))).thenThrows('BENEFICIARY_NOT_ELIGIBLE');
    });

    it('no limit on the number of children', () => {
      const kids = [1, 2, 3, 4, 5, 6].map((n) => childBorn(`201${n}-01-0${n}`, n));
      const history = run(kids.map((k) => cmd.addBeneficiary(k)), activeHistory());
      const state = stateFrom(history);
      expect(state.status !== 'none' && Object.keys(state.beneficiaries)).toHaveLength(7);
    });

    it('at most one spouse (product rule: one active spouse entry per card)', () => {
      const withSpouse = run([cmd.addBeneficiary(as('spouse', SPOUSE))], activeHistory());
      given(withSpouse).when(cmd.addBeneficiary(as('spouse', MOTHER))).thenThrows('BENEFICIARY_LIMIT_REACHED', { relationship: 'spouse', max: 1 });
    });

    it('at most two parents', () => {
      const parents = run([cmd.addBeneficiary(as('parent', FATHER)), cmd.addBeneficiary(as('parent', MOTHER))], activeHistory());
      expect(parents).toHaveLength(4);
      given(parents).when(cmd.addBeneficiary(as('parent', SPOUSE))).thenThrows('BENEFICIARY_LIMIT_REACHED', { relationship: 'parent', max: 2 });
    });

    it('exactly one self: the holder, added at issue', () =>
      given(activeHistory()).when(cmd.addBeneficiary(as('self', SPOUSE))).thenThrows('BENEFICIARY_LIMIT_REACHED', { relationship: 'self', max: 1 }));

    it('a national ID appears once on a card, whatever the relationship or id', () => {
      given(activeHistory()).when(cmd.addBeneficiary(as('parent', { ...SPOUSE, nationalId: HOLDER.nationalId, dateOfBirth: HOLDER.dateOfBirth })))
        .thenThrows('DUPLICATE_NATIONAL_ID', { beneficiaryId: 'b-spouse' });
      const withSpouse = run([cmd.addBeneficiary(as('spouse', SPOUSE))], activeHistory());
      given(withSpouse).when(cmd.addBeneficiary(as('parent', { ...SPOUSE, beneficiaryId: 'other' }))).thenThrows('DUPLICATE_NATIONAL_ID');
    });

    it('a beneficiary id is unique on the card', () =>
      given(activeHistory()).when(cmd.addBeneficiary(as('spouse', { ...SPOUSE, beneficiaryId: 'b-self' }))).thenThrows('BENEFICIARY_ALREADY_EXISTS', { beneficiaryId: 'b-self' }));

    it.each([
      [{ ...SPOUSE, dateOfBirth: '1988-07-03' }, 'DATE_OF_BIRTH_MISMATCH'],
      [{ ...SPOUSE, dateOfBirth: '02/07/1988' }, 'DATE_OF_BIRTH_MISMATCH'],
      [{ ...SPOUSE, nationalId: '28807023001248' }, 'INVALID_NATIONAL_ID'],
      [{ ...SPOUSE, nationalId: '2880702210124' }, 'INVALID_NATIONAL_ID'],
      [{ ...SPOUSE, mobile: '0161234567' }, 'INVALID_MOBILE'],
      [{ ...SPOUSE, name: '' }, 'INVALID_BENEFICIARY'],
    ] as const)('rejects invalid identity data %o with %s', (person, code) =>
      given(activeHistory()).when(cmd.addBeneficiary(as('spouse', person))).thenThrows(code));

    it('rejects an unknown relationship', () =>
      given(activeHistory()).when(cmd.addBeneficiary(as('cousin' as never, SPOUSE))).thenThrows('INVALID_BENEFICIARY', { beneficiaryId: 'b-spouse', reason: 'RELATIONSHIP' }));

    it('RemoveBeneficiary removes; the removed person can be added again and frees their slot', () => {
      const withSpouse = run([cmd.addBeneficiary(as('spouse', SPOUSE))], activeHistory());
      given(withSpouse).when(cmd.removeBeneficiary('b-spouse')).then([ev.beneficiaryRemoved('b-spouse')]);
      const removed = run([cmd.removeBeneficiary('b-spouse')], withSpouse);
      given(removed).when(cmd.addBeneficiary(as('spouse', SPOUSE))).then([ev.beneficiaryAdded(spouse)]);
      expect(given(removed).when(cmd.addBeneficiary(as('spouse', MOTHER))).events()).toHaveLength(1);
      given(removed).when(cmd.removeBeneficiary('b-spouse')).thenThrows('BENEFICIARY_NOT_FOUND', { beneficiaryId: 'b-spouse' });
    });

    it('RemoveBeneficiary of an unknown id is rejected', () =>
      given(activeHistory()).when(cmd.removeBeneficiary('nobody')).thenThrows('BENEFICIARY_NOT_FOUND', { beneficiaryId: 'nobody' }));

    it('the holder cannot be removed', () =>
      given(activeHistory()).when(cmd.removeBeneficiary(HOLDER.beneficiaryId)).thenThrows('HOLDER_NOT_REMOVABLE', { beneficiaryId: 'b-self' }));
  });

  describe.each([
    ['pending', pendingHistory()],
    ['suspended', [...activeHistory(), ev.suspended()]],
  ])('when %s', (_status, history) => {
    it('membership can still change', () => {
      given(history).when(cmd.addBeneficiary(as('child', CHILD))).then([ev.beneficiaryAdded(child)]);
      given([...history, ev.beneficiaryAdded(child)]).when(cmd.removeBeneficiary('b-child')).then([ev.beneficiaryRemoved('b-child')]);
    });
  });

  describe.each([
    ['closed', [...activeHistory(), ev.closed()], 'CARD_CLOSED'],
    ['expired', [...activeHistory(), ev.expired()], 'CARD_EXPIRED'],
  ] as const)('when %s', (_status, history, code) => {
    it(`AddBeneficiary and RemoveBeneficiary are rejected with ${code}`, () => {
      given(history).when(cmd.addBeneficiary(as('child', CHILD), T0)).thenThrows(code);
      given(history).when(cmd.removeBeneficiary('b-self')).thenThrows(code);
    });
  });
});
