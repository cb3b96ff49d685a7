import { describe, expect, it } from 'vitest';
import { ibanChecksumValid, maskIban, parseEgyptianIban } from './iban';

// Published examples: the SWIFT IBAN registry's Egyptian sample, and ISO 13616's own (British) sample.
const SWIFT_REGISTRY_EG = 'EG380019000500000000263180002';
const ISO_13616_GB = 'GB82WEST12345698765432';
const ECB_DE = 'DE89370400440532013000';

describe('the ISO 13616 mod-97 check', () => {
  it.each([SWIFT_REGISTRY_EG, ISO_13616_GB, ECB_DE, 'EG800002000156789012345180002'])('accepts the published valid IBAN %s', (iban) => {
    expect(ibanChecksumValid(iban)).toBe(true);
  });

  it.each([
    'EG380019000500000000263180003', // last digit changed
    'EG830019000500000000263180002', // check digits swapped
    'EG380019000500000000263108002', // two digits transposed
    'GB82WEST12345698765431',
  ])('refuses %s', (iban) => {
    expect(ibanChecksumValid(iban)).toBe(false);
  });
});

describe('an Egyptian IBAN', () => {
  it('accepts spaces, lower case and Arabic-Indic digits, and keeps the compact form', () => {
    expect(parseEgyptianIban('eg38 0019 0005 0000 0000 2631 8000 2')).toEqual({ ok: true, iban: SWIFT_REGISTRY_EG });
    expect(parseEgyptianIban('EG٣٨٠٠١٩٠٠٠٥٠٠٠٠٠٠٠٠٢٦٣١٨٠٠٠٢')).toEqual({ ok: true, iban: SWIFT_REGISTRY_EG });
  });

  it.each([
    ['a foreign IBAN', ISO_13616_GB],
    ['one digit short', 'EG38001900050000000026318000'],
    ['one digit long', 'EG3800190005000000002631800021'],
    ['letters in the account', 'EG38001900050000000026318000A'],
    ['empty', ''],
  ])('refuses %s as malformed', (_what, iban) => {
    expect(parseEgyptianIban(iban)).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses a wrong check digit as a checksum error', () => {
    expect(parseEgyptianIban('EG380019000500000000263180003')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('is masked but for the country and the last four characters', () => {
    expect(maskIban(SWIFT_REGISTRY_EG)).toBe('EG** **** **** **** **** **** *000 2');
  });
});
