import type { UserRole } from '@healthpay/db';

/** Who is calling. Identity proper (OTP, passwords, sessions) replaces how it is found, not its shape. */
export interface Actor {
  userId: string;
  role: UserRole;
  pharmacyId: string | null;
}
