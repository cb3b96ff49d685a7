import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encryption of personal data at rest (AES-256-GCM). A ciphertext is one ASCII string
 * `v1.<kid>.<iv>.<ct>.<tag>` (iv 12 bytes, tag 16 bytes, both base64url, as is ct): the key id travels
 * with the data, so a keyring with several keys decrypts values written under any of them while only the
 * first (current) key encrypts. The key id is authenticated (GCM additional data), so a ciphertext cannot
 * be moved under another key id.
 */
export interface PiiKeyring {
  /** Key id that encrypts. */
  readonly current: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

export class PiiCryptoError extends Error {
  override readonly name = 'PiiCryptoError';
}

const VERSION = 'v1';
const SEALED = /^v1\.[a-z0-9]{1,16}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{22}$/;

/** `kid:base64key,kid:base64key` (the first encrypts) → a keyring; throws on a malformed entry. */
export function parsePiiKeys(spec: string): PiiKeyring {
  const keys = new Map<string, Buffer>();
  for (const entry of spec.split(',').map((e) => e.trim()).filter((e) => e.length > 0)) {
    const [kid, b64, ...rest] = entry.split(':');
    if (!kid || !b64 || rest.length > 0 || !/^[a-z0-9]{1,16}$/.test(kid)) throw new PiiCryptoError('PII key entries are kid:base64key');
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) throw new PiiCryptoError(`PII key ${kid} is not 32 bytes`);
    if (keys.has(kid)) throw new PiiCryptoError(`PII key id ${kid} appears twice`);
    keys.set(kid, key);
  }
  const current = keys.keys().next().value;
  if (!current) throw new PiiCryptoError('No PII key');
  return { current, keys };
}

/** Whether a stored value is one of our ciphertexts (anything else is legacy clear text). */
export const isSealed = (value: string): boolean => SEALED.test(value);

/** The key id a ciphertext was written under (null for clear text). */
export const keyIdOf = (value: string): string | null => (isSealed(value) ? (value.split('.')[1] ?? null) : null);

/** Encrypts under the keyring's current key, with a fresh random IV. */
export function seal(keyring: PiiKeyring, plaintext: string): string {
  const key = keyring.keys.get(keyring.current);
  if (!key) throw new PiiCryptoError('The current PII key is missing');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`${VERSION}.${keyring.current}`));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, keyring.current, iv.toString('base64url'), ct.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

/** Decrypts with the key the ciphertext names; a tampered value or an unknown key id is refused. */
export function open(keyring: PiiKeyring, sealed: string): string {
  if (!isSealed(sealed)) throw new PiiCryptoError('Not a PII ciphertext');
  const [version, kid, iv, ct, tag] = sealed.split('.') as [string, string, string, string, string];
  const key = keyring.keys.get(kid);
  if (!key) throw new PiiCryptoError(`Unknown PII key id ${kid}: is it still in PII_KEYS?`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${version}.${kid}`));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new PiiCryptoError('PII ciphertext failed authentication (tampered, or the wrong key)');
  }
}

/** Whether a stored value needs (re-)encryption: clear text, or written under a key that is not current. */
export const needsSealing = (keyring: PiiKeyring, value: string): boolean => keyIdOf(value) !== keyring.current;
