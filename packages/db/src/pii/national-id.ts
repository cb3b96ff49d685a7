import { createHmac } from 'node:crypto';
import { env } from '@healthpay/config';
import { open, parsePiiKeys, seal, type PiiKeyring } from './cipher';

let keyring: { spec: string; ring: PiiKeyring } | undefined;
/** The process keyring from `PII_KEYS` (parsed once per value). */
export function piiKeyring(): PiiKeyring {
  const spec = env().PII_KEYS;
  if (keyring?.spec !== spec) keyring = { spec, ring: parsePiiKeys(spec) };
  return keyring.ring;
}

/**
 * The keyed hash that makes national IDs searchable by exact match only (HMAC-SHA256 under `PII_HASH_KEY`,
 * hex). Without the key a 14-digit ID cannot be brute-forced from the hash (there are only ~10^10 valid IDs).
 */
export const hashNationalId = (nationalId: string, key: string = env().PII_HASH_KEY): string =>
  createHmac('sha256', key).update(`national-id:${nationalId}`).digest('hex');

/** What screens and APIs show: birth century/date and governorate digits kept, serial hidden (`2990101*****23`). */
export const maskNationalId = (nationalId: string): string =>
  nationalId.length >= 9 ? `${nationalId.slice(0, 7)}*****${nationalId.slice(-2)}` : '*'.repeat(nationalId.length);

/** The three stored forms of one national ID. */
export interface StoredNationalId {
  ciphertext: string;
  hash: string;
  masked: string;
}

export const storeNationalId = (nationalId: string, ring: PiiKeyring = piiKeyring()): StoredNationalId => ({
  ciphertext: seal(ring, nationalId),
  hash: hashNationalId(nationalId),
  masked: maskNationalId(nationalId),
});

export const sealNationalId = (nationalId: string, ring: PiiKeyring = piiKeyring()): string => seal(ring, nationalId);
export const openNationalId = (ciphertext: string, ring: PiiKeyring = piiKeyring()): string => open(ring, ciphertext);
