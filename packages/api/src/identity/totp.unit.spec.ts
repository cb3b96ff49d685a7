import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotp, openTotpSecret, otpauthUri, sealTotpSecret, totpCode, totpStep } from './totp';

// RFC 6238 appendix B, SHA-1 rows (8 digits there; authenticator apps use the low 6).
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP', () => {
  it.each(RFC_VECTORS)('matches the RFC 6238 vector at t=%i', (seconds, code) => {
    const step = totpStep(new Date(seconds * 1000));
    expect(totpCode(RFC_SECRET, step, 8)).toBe(code);
    expect(totpCode(RFC_SECRET, step)).toBe(code.slice(2));
  });

  it('base32 round-trips and matches RFC 4648 examples', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW 6YTB OI====').toString()).toBe('foobar');
    const bytes = Buffer.from(Array.from({ length: 20 }, (_, i) => (i * 37) % 256));
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });

  it('accepts one step of drift either way, never an older or already-used step', () => {
    const at = new Date(1_700_000_000_000);
    const step = totpStep(at);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at, null)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at, null)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), at, null)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), at, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', at, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, '1234567', at, null)).toBeNull();
  });

  it('seals secrets so only the same AUTH_SECRET opens them', () => {
    const sealed = sealTotpSecret('a'.repeat(64), RFC_SECRET);
    expect(sealed).not.toContain(base32Encode(RFC_SECRET));
    expect(openTotpSecret('a'.repeat(64), sealed)).toEqual(RFC_SECRET);
    expect(() => openTotpSecret('b'.repeat(64), sealed)).toThrow();
  });

  it('builds the otpauth URI authenticator apps import', () => {
    expect(otpauthUri(Buffer.from('foobar'), 'admin@healthpay.eg')).toBe(
      'otpauth://totp/HealthPay%3Aadmin%40healthpay.eg?secret=MZXW6YTBOI&issuer=HealthPay&algorithm=SHA1&digits=6&period=30',
    );
  });
});
