import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../testing/given';
import { givenFor } from '../testing/decider-given';
import {
  IBAN, LATER, OTHER_IBAN, PHARMACY_ID, T0, activate, activated, changeAccount, changeDetails, close, closed, register, registered, reinstate,
  suspend, suspended,
} from '../testing/pharmacy-fixtures';
import { decidePharmacyRegistration } from './decide';
import { pharmacyDecider } from './decider';
import { initialPharmacyLicenceState, initialPharmacyState, type PharmacyLicenceState } from './state';

const { given, stateFrom } = givenFor(pharmacyDecider);
const free: PharmacyLicenceState = initialPharmacyLicenceState;
const registrationError = (over: Parameters<typeof register>[0], licence = free) =>
  domainErrorOf(() => decidePharmacyRegistration(register(over), initialPharmacyState, licence));

describe('registration', () => {
  it('registers a pending pharmacy and claims its licence number', () => {
    const decided = decidePharmacyRegistration(register({ licenceNumber: ' gz-٤٤٧١ ', iban: 'eg38 0019 0005 0000 0000 2631 8000 2' }), initialPharmacyState, free);
    expect(decided).toEqual({
      pharmacy: [registered],
      licence: [{ type: 'PharmacyLicenceClaimed', data: { licenceNumber: 'GZ-4471', pharmacyId: PHARMACY_ID, at: T0 } }],
    });
    expect(stateFrom(decided.pharmacy)).toMatchObject({ status: 'pending', iban: IBAN, statusReason: null });
  });

  it('refuses a licence number another pharmacy holds', () => {
    const error = registrationError({}, { holder: 'ph-other' });
    expect([error.code, error.details]).toEqual(['DUPLICATE_LICENCE_NUMBER', { licenceNumber: 'GZ-4471' }]);
  });

  it('refuses to register the same pharmacy twice', () => {
    expect(domainErrorOf(() => decidePharmacyRegistration(register(), stateFrom([registered]), { holder: PHARMACY_ID })).code).toBe('PHARMACY_ALREADY_EXISTS');
  });

  it.each([
    [{ licenceNumber: 'ab' }, 'INVALID_LICENCE_NUMBER'],
    [{ licenceNumber: 'رخصة 12' }, 'INVALID_LICENCE_NUMBER'],
    [{ licenceNumber: 'X'.repeat(31) }, 'INVALID_LICENCE_NUMBER'],
    [{ commercialRegistration: '12345678901' }, 'INVALID_COMMERCIAL_REGISTRATION'],
    [{ commercialRegistration: 'CR-1' }, 'INVALID_COMMERCIAL_REGISTRATION'],
    [{ governorate: '88' }, 'INVALID_PHARMACY_DETAILS'],
    [{ nameAr: '   ' }, 'INVALID_PHARMACY_DETAILS'],
    [{ address: 'x'.repeat(301) }, 'INVALID_PHARMACY_DETAILS'],
    [{ iban: 'EG380019000500000000263180003' }, 'INVALID_IBAN'],
    [{ iban: 'GB82WEST12345698765432' }, 'INVALID_IBAN'],
  ] as const)('refuses %o with %s', (over, code) => {
    expect(registrationError(over).code).toBe(code);
  });
});

describe('when pending', () => {
  it('is activated', () => given([registered]).when(activate()).then([{ type: 'PharmacyActivated', data: { pharmacyId: PHARMACY_ID, at: LATER } }]));
  it('cannot be suspended or reinstated', () => {
    given([registered]).when(suspend()).thenThrows('INVALID_STATE_TRANSITION', { from: 'pending', command: 'SuspendPharmacy' });
    given([registered]).when(reinstate()).thenThrows('INVALID_STATE_TRANSITION');
  });
  it('has its details corrected, and a repeat changes nothing', () => {
    given([registered]).when(changeDetails({ city: 'Mohandessin' })).then([
      { type: 'PharmacyDetailsChanged', data: { pharmacyId: PHARMACY_ID, nameEn: 'Nile Pharmacy', nameAr: 'صيدلية النيل', governorate: '21', city: 'Mohandessin', address: '12 Tahrir St', at: LATER } },
    ]);
    given([registered]).when(changeDetails({ city: '  Dokki ' })).then([]);
  });
});

describe('when active', () => {
  const history = [registered, activated];
  it('activating again changes nothing', () => given(history).when(activate()).then([]));
  it('is suspended with a reason', () => {
    given(history).when(suspend('  expired licence ')).then([{ type: 'PharmacySuspended', data: { pharmacyId: PHARMACY_ID, reason: 'expired licence', at: LATER } }]);
    given(history).when(suspend('  ')).thenThrows('REASON_REQUIRED');
  });
  it('changes its settlement account to another valid IBAN only', () => {
    given(history).when(changeAccount(OTHER_IBAN)).then([{ type: 'PharmacySettlementAccountChanged', data: { pharmacyId: PHARMACY_ID, iban: OTHER_IBAN, at: LATER } }]);
    given(history).when(changeAccount(IBAN)).then([]);
    given(history).when(changeAccount('EG00')).thenThrows('INVALID_IBAN', { reason: 'format' });
  });
});

describe('when suspended', () => {
  const history = [registered, activated, suspended];
  it('keeps the reason, and is reinstated (reason cleared)', () => {
    expect(stateFrom(history)).toMatchObject({ status: 'suspended', statusReason: 'licence expired' });
    given(history).when(reinstate()).thenState({ ...(stateFrom([registered, activated]) as object), status: 'active', statusReason: null } as never);
  });
  it('suspending again changes nothing; activation is not reinstatement', () => {
    given(history).when(suspend('again')).then([]);
    given(history).when(activate()).thenThrows('INVALID_STATE_TRANSITION');
  });
});

describe('when closed', () => {
  it('refuses everything', () => {
    for (const command of [activate(), suspend(), reinstate(), changeAccount(OTHER_IBAN), changeDetails(), close()]) {
      given([registered, closed]).when(command).thenThrows('PHARMACY_CLOSED');
    }
  });
  it('can be closed from any open status', () => {
    for (const history of [[registered], [registered, activated], [registered, activated, suspended]]) {
      given(history).when(close()).thenState({ ...(stateFrom(history) as object), status: 'closed', statusReason: 'owner retired' } as never);
    }
  });
});

describe('before registration', () => {
  it('knows no pharmacy', () => given([]).when(activate()).thenThrows('PHARMACY_NOT_FOUND', { pharmacyId: PHARMACY_ID }));
});
