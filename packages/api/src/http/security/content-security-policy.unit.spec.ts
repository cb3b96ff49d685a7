import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('contentSecurityPolicy', () => {
  const prod = directives(contentSecurityPolicy({ nonce: 'abc123==', dev: false, production: true }));

  it('runs only scripts carrying the nonce (and what they load)', () => {
    expect(prod.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  });

  it('locks everything else to the portal itself', () => {
    expect(Object.fromEntries(prod)).toMatchObject({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
    });
  });

  it('allows inline styles but never inline script', () => {
    expect(prod.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(prod.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it("adds 'unsafe-eval' only under next dev", () => {
    expect(prod.get('script-src')).not.toContain("'unsafe-eval'");
    const dev = directives(contentSecurityPolicy({ nonce: 'n', dev: true, production: false }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
  });

  it('upgrades http subresources only in production', () => {
    expect(prod.has('upgrade-insecure-requests')).toBe(true);
    expect(directives(contentSecurityPolicy({ nonce: 'n', dev: false, production: false })).has('upgrade-insecure-requests')).toBe(false);
  });
});
