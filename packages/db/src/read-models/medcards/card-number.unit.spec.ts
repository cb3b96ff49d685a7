import { describe, expect, it } from 'vitest';
import { cardNumberFromUuid, cardNumberOf, isCardNumber, normalizeCardNumber } from './card-number';

describe('MedCard numbers', () => {
  it('end in a Luhn check digit', () => {
    expect(cardNumberOf('100000017')).toBe('HP-1000000172');
    expect(isCardNumber('HP-1000000172')).toBe(true);
    expect(isCardNumber('HP-1000000173')).toBe(false);
  });

  it('catch every single mistyped digit and every swap of different neighbours', () => {
    const good = cardNumberOf('734019265');
    const digits = good.slice(3);
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === digits[i]) continue;
        expect(isCardNumber(`HP-${digits.slice(0, i)}${d}${digits.slice(i + 1)}`)).toBe(false);
      }
    }
    for (let i = 0; i < 9; i++) {
      const [a, b] = [digits[i], digits[i + 1]];
      // Luhn misses only 09 ↔ 90.
      if (a === b || `${a}${b}` === '09' || `${a}${b}` === '90') continue;
      expect(isCardNumber(`HP-${digits.slice(0, i)}${b}${a}${digits.slice(i + 2)}`)).toBe(false);
    }
  });

  it('are drawn from a UUID, always valid', () => {
    for (const uuid of ['00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff', '5eedb000-0000-4000-8000-000000000001']) {
      expect(isCardNumber(cardNumberFromUuid(uuid))).toBe(true);
    }
  });

  it('are read as people type them', () => {
    expect(normalizeCardNumber('hp 1000-0001 72')).toBe('HP-1000000172');
    expect(normalizeCardNumber('1000000172')).toBe('HP-1000000172');
    expect(normalizeCardNumber('HP-١٠٠٠٠٠٠١٧٢')).toBe('HP-1000000172');
    expect(normalizeCardNumber('HP-12345')).toBeNull();
    expect(normalizeCardNumber('XP-1000000172')).toBeNull();
  });
});
