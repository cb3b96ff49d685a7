import { getUser } from '@healthpay/db';
import type { Actor } from '../auth/actor';
import type { Context } from '../context';
import { AppError } from '../errors/app-error';
import { memberUserOf } from './member-store';
import { HEALTHPAY_ORGANIZATION } from './organization-scope';

/**
 * The patient `userId` in medcard.issue names: a HealthPay user id or the calling organization's externalId.
 *
 * - An organization: its own externalId first, else the HealthPay id of one of its members; anyone else is
 *   MEMBER_NOT_FOUND. ExternalIds are unique within the organization and are the ids its own system holds,
 *   while HealthPay ids are global: looking in the caller's own namespace first means the answer never depends
 *   on ids another party created (a HealthPay id equal to one of its externalIds cannot hijack it).
 * - Staff: a HealthPay user id first (every existing caller and the seeded ids keep their meaning), else an
 *   externalId of HealthPay's own organization (what staff enroll under).
 */
export async function cardUserOf(ctx: Context & { actor: Actor }, ref: string): Promise<string> {
  const { pool } = ctx.services;
  if (ctx.actor.role === 'organization') {
    const userId = ctx.actor.organizationId ? await memberUserOf(pool, ctx.actor.organizationId, ref) : null;
    if (!userId) throw new AppError('MEMBER_NOT_FOUND', 'No member of your organization has this externalId or user id', {}, [{ path: 'userId', message: 'Not a member of your organization' }]);
    return userId;
  }
  if (await getUser(pool, ref)) return ref;
  return (await memberUserOf(pool, HEALTHPAY_ORGANIZATION, ref)) ?? ref;
}
