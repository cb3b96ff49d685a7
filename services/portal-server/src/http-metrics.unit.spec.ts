import { describe, expect, it } from 'vitest';
import { routeClass } from './http-metrics';

describe('routeClass', () => {
  it.each([
    ['/api/trpc/wallet.debit,wallet.get', '/api/trpc'],
    ['/api/v1/cards/1234567890', '/api/v1'],
    ['/api/payments/paymob/callback', '/api/payments/paymob/callback'],
    ['/api/payments/anything-else', '/api/payments'],
    ['/api/auth/callback/credentials', '/api/auth'],
    ['/api/unknown/thing', '/api/other'],
    ['/_next/static/chunks/app.js', '/_next/static'],
    ['/health', '/health'],
    ['/ar/wallet/0b9d-ids', 'page'],
    ['/api/trpcx', '/api/other'],
  ])('%s → %s', (path, expected) => {
    expect(routeClass(path)).toBe(expected);
  });
});
