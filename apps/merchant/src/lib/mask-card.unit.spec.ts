import { expect, it } from 'vitest';
import { maskCardNumber } from './mask-card';

it('keeps only the last four digits of a card number', () => {
  expect(maskCardNumber('HP-1000000255')).toBe('HP-••••••0255');
});

it('shows nothing of a value that is not a card number', () => {
  expect(maskCardNumber('1000000255')).toBe('••••');
  expect(maskCardNumber('')).toBe('••••');
});
