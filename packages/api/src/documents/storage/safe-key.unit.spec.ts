import { describe, expect, it } from 'vitest';
import { assertSafeKey, documentKey, isSafeKey } from './safe-key';

describe('storage keys', () => {
  it('accepts the keys documents are stored under', () => {
    expect(documentKey('3F2504E0-4F89-41D3-9A0C-0305E82C3301')).toBe('insurance/3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(isSafeKey('insurance/3f2504e0-4f89-41d3-9a0c-0305e82c3301')).toBe(true);
  });

  it.each([
    '../etc/passwd', 'insurance/../../etc/passwd', 'insurance/..', '/insurance/3f2504e0-4f89', 'insurance\\3f2504e0-4f89-41d3',
    'insurance/3f2504e0%2f..%2f', 'insurance/a.b.c.d.e.f.g', 'insurance/3f2504e0/4f89', 'insurance/short', 'Insurance/3f2504e0-4f89',
    'insurance/3f2504e0-4f89\u0000', '', 'insurance/',
  ])('refuses %j', (key) => {
    expect(isSafeKey(key)).toBe(false);
    expect(() => assertSafeKey(key)).toThrow(/unsafe storage key/);
  });

  it('refuses to build a key from an id that is not one', () => {
    expect(() => documentKey('../../secrets')).toThrow(/unsafe storage key/);
  });
});
