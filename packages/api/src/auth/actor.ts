import type { PharmacyRole, UserRole } from '@healthpay/db';

/**
 * What a caller acts as: a user's role, or `organization` (an employer's or insurer's integration token, which
 * acts for the organization itself, not for any user). Only procedures that list `organization` in their
 * access admit it; `authenticated` ones do not.
 */
export type ActorRole = UserRole | 'organization';

/** Who is calling. Identity proper (OTP, passwords, sessions) replaces how it is found, not its shape. */
export interface Actor {
  /** A user id; for an organization, `org:<organizationId>` (what audit and event metadata record). */
  userId: string;
  role: ActorRole;
  pharmacyId: string | null;
  /** Pharmacists: 'manager' also invites and removes their pharmacy's pharmacists (absent or null: plain pharmacist). */
  pharmacyRole?: PharmacyRole | null;
  /** Set for the `organization` role only: the organization the token is scoped to. */
  organizationId?: string;
}

export const organizationActorId = (organizationId: string) => `org:${organizationId}`;
