import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('forbids sniffing, framing, cross-origin referrers and camera/microphone/location', () => {
    expect(securityHeaders({ production: false })).toEqual({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    });
  });

  it('pins HTTPS (HSTS) only in production', () => {
    expect(securityHeaders({ production: true })['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(securityHeaders({ production: false })).not.toHaveProperty('strict-transport-security');
  });
});
