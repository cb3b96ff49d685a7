import { hashNationalId } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import { maskNationalId, nationalIdHash, registrantId } from './registration-rules';
import { completeRegistrationInput, TERMS_VERSION } from './registration.schemas';

const NOW = new Date('2026-12-06T00:00:00Z');
const valid = { phone: '01005550010', code: '123456', nameAr: 'سارة محمود', nameEn: 'Sara Mahmoud', nationalId: '29507200101025', consentVersion: TERMS_VERSION };

describe('registration rules', () => {
  it('reads birth date and gender from the national ID (Arabic-Indic digits too)', () => {
    expect(registrantId('29507200101025', NOW)).toEqual({ ok: true, nationalId: '29507200101025', birthDate: '1995-07-20', gender: 'female' });
    expect(registrantId('٢٩٥٠٧٢٠٠١٠١٠٣٥', NOW)).toMatchObject({ ok: true, gender: 'male' });
  });

  it('refuses a malformed national ID with the failing part, never the number', () => {
    expect(registrantId('12345', NOW)).toEqual({ ok: false, reason: 'FORMAT' });
    expect(registrantId('29513200101025', NOW)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    expect(registrantId('39912310101025', NOW)).toEqual({ ok: false, reason: 'FUTURE_BIRTH_DATE' });
  });

  it('hashes the national ID with the one PII hash key (the legacy secret argument is ignored) and masks it', () => {
    const a = nationalIdHash('key-1', '29507200101025');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).toBe(hashNationalId('29507200101025'));
    expect(a).toBe(nationalIdHash('key-2', '29507200101025'));
    expect(a).not.toBe(hashNationalId('29507200101025', 'another-hash-key-of-at-least-32-chars'));
    expect(maskNationalId('29507200101025')).toBe('2950720*****25');
  });

  it('wants both names in their own script, the code, and the current terms', () => {
    expect(completeRegistrationInput.safeParse(valid).success).toBe(true);
    expect(completeRegistrationInput.parse({ ...valid, nameAr: '  سارة   محمود ' }).nameAr).toBe('سارة محمود');
    for (const bad of [
      { nameAr: 'Sara Mahmoud' },
      { nameAr: 'سارة' },
      { nameEn: 'سارة محمود' },
      { nameEn: 'Sara' },
      { code: '12345' },
      { consentVersion: '2025-01' },
    ]) {
      expect(completeRegistrationInput.safeParse({ ...valid, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
