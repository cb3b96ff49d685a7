import { createHash, randomBytes } from 'node:crypto';
import type { PharmacyRole, UserRole } from '@healthpay/db';
import type { InvitedAs } from '../mail/invitation-email';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 72 * 3_600_000;

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

/** The parts of an invitation its status depends on. */
export interface InvitationTimes {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/** Accepted and revoked are final; otherwise pending until the instant it expires. */
export function invitationStatus(i: InvitationTimes, now: Date): InvitationStatus {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** A new link token (32 random bytes, base64url) and the SHA-256 that is all the database keeps. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: invitationTokenHash(token) };
}

export const invitationTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Tokens are exactly what newInvitationToken makes: anything else is not looked up at all. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** What the email calls the invitee. */
export const invitedAs = (role: UserRole, pharmacyRole: PharmacyRole | null): InvitedAs =>
  role === 'pharmacist' ? (pharmacyRole === 'manager' ? 'manager' : 'pharmacist') : (role as InvitedAs);

/** The accept page: staff sign in on the staff portal, pharmacists on the pharmacy portal. */
export function invitationLink(urls: { admin: string; merchant: string }, role: UserRole, token: string): string {
  return `${role === 'pharmacist' ? urls.merchant : urls.admin}/invite/${token}`;
}
