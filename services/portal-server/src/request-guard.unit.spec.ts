import { describe, expect, it } from 'vitest';
import { bodyLimitFor, bodyRefusal, pathRefusal, STREAMED } from './request-guard';

describe('request guard', () => {
  it('refuses paths that do not decode or hide a NUL', () => {
    for (const p of ['/api/v1/%ff', '/api/trpc/%ff', '/ar/%ff', '/%E0%A4%A', '/a%00b']) expect(pathRefusal(p)?.status, p).toBe(400);
    for (const p of ['/ar/wallet', '/api/trpc/wallet.mine', '/ar/%D8%A7']) expect(pathRefusal(p), p).toBeNull();
  });

  it('decodes only paths with a `%`, and still refuses a NUL either way', () => {
    expect(pathRefusal('/a\u0000b')?.message).toBe('The path contains a NUL character');
    expect(pathRefusal('/a%2fb%00')?.message).toBe('The path contains a NUL character');
    expect(pathRefusal('/a%2Fb')).toBeNull();
    expect(pathRefusal('/api/trpc/wallet.debit?batch=1')).toBeNull();
  });

  it('caps bodies per path, smallest for anyone-can-call sign-in', () => {
    expect(bodyLimitFor('/api/auth/callback/otp')).toBe(16 * 1024);
    expect(bodyLimitFor('/api/trpc/auth.requestOtp')).toBe(16 * 1024);
    expect(bodyLimitFor('/api/trpc/wallet.debit')).toBe(64 * 1024);
    expect(bodyLimitFor('/api/trpc/members.importChunk')).toBe(2 * 1024 * 1024);
    // Naming a larger procedure in a batch does not lift the cap of a small one.
    expect(bodyLimitFor('/api/trpc/members.importChunk,auth.requestOtp')).toBe(16 * 1024);
    expect(bodyLimitFor('/api/v1/members/bulk')).toBe(16 * 1024 * 1024);
    expect(bodyLimitFor('/api/documents')).toBe(6 * 1024 * 1024);
    expect(bodyLimitFor('/api/documents/other')).toBe(64 * 1024);
    expect(bodyLimitFor('/api/v1/medcards')).toBe(256 * 1024);
    expect(bodyLimitFor('/api/payments/paymob/callback')).toBe(STREAMED);
  });

  it('413 for a declared body over the cap, 411 for an unmeasured one, 400 for a junk length', () => {
    expect(bodyRefusal('/api/trpc/auth.requestOtp', { 'content-length': String(8 * 1024 * 1024) })?.status).toBe(413);
    expect(bodyRefusal('/api/trpc/auth.requestOtp', { 'content-length': '200' })).toBeNull();
    expect(bodyRefusal('/api/trpc/wallet.debit', { 'transfer-encoding': 'chunked' })?.status).toBe(411);
    expect(bodyRefusal('/api/payments/fawry/notify', { 'transfer-encoding': 'chunked' })).toBeNull();
    expect(bodyRefusal('/api/trpc/wallet.debit', { 'content-length': '1e9' })?.status).toBe(400);
  });
});
