import { describe, expect, it } from 'vitest';
import { DOCUMENT_CSP } from './document-csp';
import { applySecurityHeaders, requestSecurity } from './request-security';

describe('stored documents get a sandboxed policy from the proxies too', () => {
  const security = requestSecurity({ dev: false, production: true }, 'n0nce');
  const headersFor = (path: string) => {
    const headers = new Headers();
    applySecurityHeaders(headers, security, path);
    return headers;
  };

  it('on /api/documents/{id}: the document policy (sandbox, nothing loaded), the other headers as usual', () => {
    const h = headersFor('/api/documents/3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(h.get('content-security-policy')).toBe(DOCUMENT_CSP);
    expect(DOCUMENT_CSP).toMatch(/^sandbox; default-src 'none'/);
    expect(h.get('x-content-type-options')).toBe('nosniff');
  });

  it('everywhere else (the upload route and pages included): the page policy with its nonce', () => {
    for (const path of ['/api/documents', '/insurance', '/api/trpc/insurance.mine', '']) {
      expect(headersFor(path).get('content-security-policy')).toContain("'nonce-n0nce'");
    }
  });
});
