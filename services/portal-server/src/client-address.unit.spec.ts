import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address';

describe('client address', () => {
  const none = trustedProxies([]);
  const lb = trustedProxies(['10.0.0.0/8', '2001:db8::/32', '192.0.2.7']);

  it('trusts nobody by default: the socket peer is the client, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '1.1.1.1', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
  });

  it('behind a trusted proxy: the right-most address that is not a trusted proxy', () => {
    expect(clientAddress('10.1.2.3', '198.51.100.4', lb)).toBe('198.51.100.4');
    // A client that sends its own X-Forwarded-For cannot choose its address: the proxy appended the real one.
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.4', lb)).toBe('198.51.100.4');
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.4, 192.0.2.7', lb)).toBe('198.51.100.4');
    expect(clientAddress('10.1.2.3', '2001:db8::1, 2a00:1450::5', lb)).toBe('2a00:1450::5');
  });

  it('stops at anything that is not an address', () => {
    expect(clientAddress('10.1.2.3', 'x'.repeat(5000), lb)).toBe('10.1.2.3');
    expect(clientAddress('10.1.2.3', '198.51.100.4, unknown', lb)).toBe('10.1.2.3');
  });

  it('a chain of trusted proxies only: the left-most of them', () => {
    expect(clientAddress('10.1.2.3', '10.9.9.9', lb)).toBe('10.9.9.9');
  });

  it('loopback as a keyword; bad entries are configuration errors', () => {
    expect(trustedProxies(['loopback']).trusts('127.0.0.1')).toBe(true);
    expect(trustedProxies(['loopback']).trusts('::1')).toBe(true);
    expect(trustedProxies(['loopback']).trusts('::ffff:127.0.0.1')).toBe(true);
    expect(trustedProxies(['loopback']).trusts('10.0.0.1')).toBe(false);
    expect(() => trustedProxies(['10.0.0.0/33'])).toThrow(/prefix/);
    expect(() => trustedProxies(['proxy.local'])).toThrow(/not an address/);
  });

  it('gives the same answer when asked again about a peer (answers are kept per address)', () => {
    for (let i = 0; i < 3; i++) {
      expect(lb.trusts('10.1.2.3')).toBe(true);
      expect(lb.trusts('::ffff:10.1.2.3')).toBe(true);
      expect(lb.trusts('203.0.113.9')).toBe(false);
      expect(lb.trusts('not an address')).toBe(false);
      expect(none.trusts('127.0.0.1')).toBe(false);
    }
  });
});
