import { describe, expect, it } from 'vitest';
import { isAtOrBefore, isIsoInstant } from './instant';

describe('isIsoInstant', () => {
  it.each(['2026-11-22T10:00:00Z', '2026-11-22T10:00:00.123Z', '2026-11-22T10:00Z', '2026-11-22T12:00:00+02:00', '2028-02-29T00:00:00Z'])(
    'accepts %s',
    (iso) => expect(isIsoInstant(iso)).toBe(true),
  );

  it.each(['', 'tomorrow', '2026-11-22', '2026-11-22T10:00:00', '2026-02-30T00:00:00Z', '2026-11-22T24:00:00Z', '2026-13-01T00:00:00Z', ' 2026-11-22T10:00:00Z'])(
    'rejects %j',
    (iso) => expect(isIsoInstant(iso)).toBe(false),
  );
});

describe('isAtOrBefore', () => {
  it('compares instants, not strings', () => {
    expect(isAtOrBefore('2026-11-22T12:00:00+02:00', '2026-11-22T10:00:00Z')).toBe(true);
    expect(isAtOrBefore('2026-11-22T10:00:00.001Z', '2026-11-22T10:00:00Z')).toBe(false);
    expect(isAtOrBefore('2026-11-22T09:59:59.999Z', '2026-11-22T10:00:00Z')).toBe(true);
  });
});
