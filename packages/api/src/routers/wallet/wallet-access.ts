import type { WalletState } from '@healthpay/domain';
import { isStaffRole } from '@healthpay/db';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors/app-error';

/**
 * Staff may act on any wallet; everyone else only on their own. A wallet the caller may not see is
 * reported as not found, so ids cannot be probed.
 */
export function assertOwnsOrStaff(actor: Actor, ownerId: string | undefined): void {
  if (isStaffRole(actor.role)) return;
  if (ownerId === undefined || ownerId !== actor.userId) {
    throw new AppError('WALLET_NOT_FOUND', 'Wallet not found');
  }
}

export const ownerOf = (s: WalletState | undefined): string | undefined =>
  s && s.status !== 'none' ? s.ownerId : undefined;
