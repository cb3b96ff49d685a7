import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, requestSecurity } from './request-security';

describe('requestSecurity', () => {
  const security = requestSecurity({ dev: false, production: false }, 'N0nce==');

  it('renders the page with the same CSP (and nonce) the response carries', () => {
    const incoming = new Headers({ accept: 'text/html', 'content-security-policy': "script-src 'unsafe-inline'", 'x-nonce': 'mine' });
    const headers = security.requestHeaders(incoming);
    expect(headers.get('content-security-policy')).toBe(security.responseHeaders['content-security-policy']);
    expect(headers.get('content-security-policy')).toContain("'nonce-N0nce=='");
    expect(headers.get('x-nonce')).toBe('N0nce==');
    expect(headers.get('accept')).toBe('text/html');
    expect(incoming.get('x-nonce')).toBe('mine');
  });

  it('draws a fresh nonce unless given one', () => {
    const a = requestSecurity({ dev: false, production: false });
    const b = requestSecurity({ dev: false, production: false });
    expect(a.nonce).not.toBe(b.nonce);
  });

  it('sets every header on a response, replacing what was there', () => {
    const target = new Headers({ 'x-frame-options': 'SAMEORIGIN', 'content-type': 'text/html' });
    applySecurityHeaders(target, security);
    expect(target.get('x-frame-options')).toBe('DENY');
    expect(target.get('x-content-type-options')).toBe('nosniff');
    expect(target.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(target.get('content-type')).toBe('text/html');
  });
});
