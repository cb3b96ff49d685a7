import { getPharmacy, isStaffRole, type Pool } from '@healthpay/db';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { createInvitation } from '../../identity/invitations/invitation-store';
import { roleProcedure } from '../../trpc';
import { accountExists } from './create-errors';
import { auditInvitation, isManager, requireStaffOrManager, sendInvitationEmail, viewOf } from './invitation-access';
import { invitationSentOutput, invitePharmacistInput } from './invitation.schemas';

/**
 * Invites a pharmacy's pharmacist: staff (support, superadmin) for any existing pharmacy, its first manager
 * included; a pharmacy manager for their own pharmacy only, and only plain pharmacists.
 */
export const invitePharmacist = roleProcedure(...staffMay.invitePharmacists, 'pharmacist')
  .input(invitePharmacistInput)
  .output(invitationSentOutput)
  .mutation(async ({ ctx, input }) => {
    requireStaffOrManager(ctx.actor);
    const pool = ctx.services.pool;
    let pharmacyId: string;
    if (isManager(ctx.actor)) {
      const own = ctx.actor.pharmacyId as string;
      if ((input.pharmacyId && input.pharmacyId !== own) || input.asManager) {
        await auditInvitation(ctx, 'invitations.pharmacist.create', null, 'FORBIDDEN', { email: input.email, pharmacyId: input.pharmacyId ?? own });
        throw new AppError('FORBIDDEN', 'A pharmacy manager invites pharmacists to their own pharmacy only');
      }
      pharmacyId = own;
    } else {
      if (!input.pharmacyId) throw new AppError('VALIDATION_FAILED', 'Choose the pharmacy', {}, [{ path: 'pharmacyId', message: 'Choose the pharmacy' }]);
      if (!(await getPharmacy(pool, input.pharmacyId))) throw new AppError('NOT_FOUND', 'No such pharmacy', {}, [{ path: 'pharmacyId', message: 'No such pharmacy' }]);
      pharmacyId = input.pharmacyId;
      if (input.asManager && (await hasActiveManager(ctx.services.pool, pharmacyId))) {
        throw new AppError('VALIDATION_FAILED', 'This pharmacy has a manager already', {}, [{ path: 'asManager', message: 'This pharmacy has a manager already' }]);
      }
    }
    const pharmacyRole = isStaffRole(ctx.actor.role) && input.asManager ? 'manager' : 'pharmacist';
    const created = await createInvitation(ctx.services, {
      email: input.email, role: 'pharmacist', pharmacyId, pharmacyRole, locale: input.locale, createdBy: ctx.actor.userId,
    });
    if (created.status === 'account-exists') {
      await auditInvitation(ctx, 'invitations.pharmacist.create', null, 'ACCOUNT_EXISTS', { email: input.email, pharmacyId });
      throw accountExists();
    }
    const emailSent = await sendInvitationEmail(ctx, created.invitation, created.token);
    await auditInvitation(ctx, 'invitations.pharmacist.create', created.invitation.id, 'ok', {
      email: input.email, pharmacyId, pharmacyRole, locale: input.locale, replaced: created.replaced, emailSent,
    });
    return { invitation: viewOf(created.invitation, ctx.services.clock()), emailSent };
  });

async function hasActiveManager(pool: Pool, pharmacyId: string): Promise<boolean> {
  const res = await pool.query(
    `SELECT 1 FROM users WHERE pharmacy_id = $1 AND role = 'pharmacist' AND pharmacy_role = 'manager' AND deactivated_at IS NULL`,
    [pharmacyId],
  );
  return res.rowCount !== 0;
}
