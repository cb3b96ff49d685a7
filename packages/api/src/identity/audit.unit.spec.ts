import { describe, expect, it } from 'vitest';
import { requestInfoOf, scrubDetails } from './audit';

describe('audit details', () => {
  it('drop anything named like a secret, at any depth', () => {
    expect(scrubDetails({ phone: '+201001234567', code: '123456', otp: '1', nested: [{ password: 'x', token: 'hp_x', apiTokenHash: 'h', name: 'POS' }] }))
      .toEqual({ phone: '+201001234567', nested: [{ name: 'POS' }] });
  });

  it('keep a key named __proto__ as an own field, never as the copy\'s prototype', () => {
    const scrubbed = scrubDetails(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(scrubbed)).toBe(Object.prototype);
    expect(Object.keys(scrubbed)).toEqual(['__proto__', 'a']);
    expect((scrubbed as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('take the client address from the first X-Forwarded-For hop, else X-Real-IP', () => {
    expect(requestInfoOf(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'ua' }))).toEqual({ ip: '203.0.113.7', userAgent: 'ua' });
    // X-Real-IP is a proxy's header: the portal server drops it unless a trusted proxy sent it, and it is not read.
    expect(requestInfoOf(new Headers({ 'x-real-ip': '198.51.100.2' }))).toEqual({ ip: null, userAgent: null });
    expect(requestInfoOf(new Headers({ 'x-forwarded-for': 'x'.repeat(5000) }))).toEqual({ ip: null, userAgent: null });
    expect(requestInfoOf(new Headers({ 'x-forwarded-for': "1.2.3.4'; DROP TABLE users" }))).toEqual({ ip: null, userAgent: null });
    expect(requestInfoOf(new Headers())).toEqual({ ip: null, userAgent: null });
  });
});
