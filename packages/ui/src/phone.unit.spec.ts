import { describe, expect, it } from 'vitest';
import { formatEgyptianMobile, normalizeEgyptianMobile } from './phone';

describe('normalizeEgyptianMobile', () => {
  it.each([
    ['01112345678', '+201112345678'],
    ['0111 234 5678', '+201112345678'],
    ['+20 111-234-5678', '+201112345678'],
    ['201001234567', '+201001234567'],
    ['+201223456789', '+201223456789'],
    ['01512345678', '+201512345678'],
    ['٠١١١٢٣٤٥٦٧٨', '+201112345678'],
  ])('%s → %s', (input, e164) => expect(normalizeEgyptianMobile(input)).toBe(e164));

  it.each(['', '0111234567', '011123456789', '01312345678', '+441112345678', '0222345678', 'phone'])('refuses %s', (input) => {
    expect(normalizeEgyptianMobile(input)).toBeNull();
  });
});

describe('formatEgyptianMobile', () => {
  it('writes the national form in groups', () => {
    expect(formatEgyptianMobile('+201112345678')).toBe('0111 234 5678');
  });
  it('leaves anything else alone', () => {
    expect(formatEgyptianMobile('12345')).toBe('12345');
  });
});
