import { describe, expect, it } from 'vitest';
import { cairoDate, paymobTimestamp } from './cairo';

describe('Cairo time', () => {
  it('formats Paymob’s created_at with microseconds and the winter or summer offset', () => {
    expect(paymobTimestamp(new Date('2026-12-06T00:15:47.482Z'), 518)).toBe('2026-12-06T02:15:47.482518+02:00');
    expect(paymobTimestamp(new Date('2026-07-06T23:15:47.002Z'), 5)).toBe('2026-07-07T02:15:47.002005+03:00');
  });

  it('names the Cairo calendar day, which can differ from UTC’s', () => {
    expect(cairoDate(new Date('2026-12-05T22:30:00Z'))).toBe('2026-12-06');
    expect(cairoDate(new Date('2026-12-05T21:30:00Z'))).toBe('2026-12-05');
  });
});
