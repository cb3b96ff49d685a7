import { AppError } from '../../errors/app-error';
import type { Limited } from '../../identity/invitations/accept-invitation';
import type { InvitationStatus } from '../../identity/invitations/invitation-rules';

export const notFound = () => new AppError('INVITATION_NOT_FOUND', 'This invitation link is not valid');
export const rateLimited = (l: Limited) => new AppError('RATE_LIMITED', 'Too many tries; try again later', { retryAfterSeconds: l.retryAfterSeconds });

/** A link that no longer works, by why. */
export function closed(status: Exclude<InvitationStatus, 'pending'>): AppError {
  if (status === 'expired') return new AppError('INVITATION_EXPIRED', 'This invitation has expired; ask for a new one');
  if (status === 'accepted') return new AppError('INVITATION_USED', 'This invitation was used already; sign in instead');
  return new AppError('INVITATION_REVOKED', 'This invitation was withdrawn; ask for a new one');
}
