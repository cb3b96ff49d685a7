import { hash, verify, type Algorithm } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). Ambient const enums cannot be read under
// isolatedModules: 2 is Algorithm.Argon2id.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** An argon2id PHC string (`$argon2id$v=19$…`), salt included. */
export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** Constant-time check of a password against a stored PHC string; a malformed hash is a mismatch. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the account does not exist, so timing does not reveal which emails exist. */
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('healthpay-no-such-account'));
