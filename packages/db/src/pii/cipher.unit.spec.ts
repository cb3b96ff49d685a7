import { describe, expect, it } from 'vitest';
import { isSealed, keyIdOf, needsSealing, open, parsePiiKeys, PiiCryptoError, seal } from './cipher';
import { openEventData, resealEventData, sealEventData } from './event-fields';
import { hashNationalId, maskNationalId } from './national-id';

const key = (n: number) => Buffer.alloc(32, n).toString('base64');
const oldRing = parsePiiKeys(`k1:${key(1)}`);
const rotated = parsePiiKeys(`k2:${key(2)}, k1:${key(1)}`);
const onlyNew = parsePiiKeys(`k2:${key(2)}`);
const ID = '28503140101235';

describe('PII cipher (AES-256-GCM, v1.<kid>.<iv>.<ct>.<tag>)', () => {
  it('round-trips, with a fresh IV each time and the key id in the clear', () => {
    const a = seal(oldRing, ID);
    const b = seal(oldRing, ID);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1\.k1\.[\w-]{16}\.[\w-]+\.[\w-]{22}$/);
    expect(a).not.toContain(ID);
    expect(isSealed(a)).toBe(true);
    expect(keyIdOf(a)).toBe('k1');
    expect(open(oldRing, a)).toBe(ID);
    expect(open(oldRing, b)).toBe(ID);
  });

  it('refuses a tampered ciphertext, tag or key id', () => {
    const sealed = seal(oldRing, ID);
    const [v, kid, iv, ct, tag] = sealed.split('.') as [string, string, string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expect(() => open(oldRing, [v, kid, iv, flip(ct), tag].join('.'))).toThrow(PiiCryptoError);
    expect(() => open(oldRing, [v, kid, iv, ct, flip(tag)].join('.'))).toThrow(PiiCryptoError);
    expect(() => open(oldRing, [v, kid, flip(iv), ct, tag].join('.'))).toThrow(PiiCryptoError);
    // The same bytes relabelled as another key's: the key id is authenticated too.
    const twoSame = parsePiiKeys(`k1:${key(1)},k9:${key(1)}`);
    expect(() => open(twoSame, [v, 'k9', iv, ct, tag].join('.'))).toThrow(/failed authentication/);
    expect(() => open(oldRing, ID)).toThrow(/Not a PII ciphertext/);
  });

  it('refuses an unknown key id, and a wrong key under a known id', () => {
    const sealed = seal(oldRing, ID);
    expect(() => open(onlyNew, sealed)).toThrow(/Unknown PII key id k1/);
    expect(() => open(parsePiiKeys(`k1:${key(7)}`), sealed)).toThrow(/failed authentication/);
  });

  it('rotates: the first key encrypts, every listed key decrypts; old values are found by key id', () => {
    const old = seal(oldRing, ID);
    expect(open(rotated, old)).toBe(ID);
    const fresh = seal(rotated, ID);
    expect(keyIdOf(fresh)).toBe('k2');
    expect(needsSealing(rotated, old)).toBe(true);
    expect(needsSealing(rotated, fresh)).toBe(false);
    expect(needsSealing(rotated, ID)).toBe(true);
    expect(open(onlyNew, fresh)).toBe(ID);
  });

  it('parses PII_KEYS strictly', () => {
    expect(() => parsePiiKeys('')).toThrow(/No PII key/);
    expect(() => parsePiiKeys('k1:c2hvcnQ=')).toThrow(/not 32 bytes/);
    expect(() => parsePiiKeys(`K1:${key(1)}`)).toThrow(/kid:base64key/);
    expect(() => parsePiiKeys(`k1:${key(1)},k1:${key(2)}`)).toThrow(/twice/);
    expect(rotated.current).toBe('k2');
  });
});

describe('event payload fields', () => {
  const issued = { cardId: 'c1', self: { beneficiaryId: 'b1', nationalId: ID, name: 'A' }, at: 't' };

  it('seals every nationalId wherever it sits, leaves the rest (and PII-free payloads) as they are', () => {
    const sealed = sealEventData(oldRing, issued) as typeof issued;
    expect(JSON.stringify(sealed)).not.toContain(ID);
    expect(sealed.self.name).toBe('A');
    expect(openEventData(oldRing, sealed)).toEqual(issued);
    const wallet = { walletId: 'w', amount: 100, lines: [{ a: 1 }] };
    expect(sealEventData(oldRing, wallet)).toBe(wallet);
    expect(sealEventData(oldRing, sealed)).toEqual(sealed);
    expect(openEventData(oldRing, { list: [{ nationalId: ID }] })).toEqual({ list: [{ nationalId: ID }] });
  });

  it('re-seals under the current key only what is not under it yet', () => {
    const old = sealEventData(oldRing, issued);
    const next = resealEventData(rotated, old);
    expect(next.changed).toBe(true);
    expect(keyIdOf((next.data as typeof issued).self.nationalId)).toBe('k2');
    expect(resealEventData(rotated, next.data).changed).toBe(false);
    expect(resealEventData(rotated, issued).changed).toBe(true);
  });
});

describe('national ID hash and mask', () => {
  it('is a keyed, deterministic HMAC: same key same hash, another key another', () => {
    const k = 'k'.repeat(32);
    expect(hashNationalId(ID, k)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashNationalId(ID, k)).toBe(hashNationalId(ID, k));
    expect(hashNationalId(ID, 'j'.repeat(32))).not.toBe(hashNationalId(ID, k));
  });

  it('masks the serial: 2990101*****23', () => {
    expect(maskNationalId('29901010101223')).toBe('2990101*****23');
  });
});
