import { AppError } from '../../errors/app-error';
import { staffMay } from '../../auth/roles';
import { auditEnrollment } from '../../members/audit-enrollment';
import { enrollMembers } from '../../members/enroll-members';
import { getMember } from '../../members/member-store';
import { organizationOf } from '../../members/organization-scope';
import { assertOrganizationExists } from '../../members/organizations';
import { roleProcedure } from '../../trpc';
import { enrollInput, enrollOutput } from './member.schemas';

/**
 * Enrolls one person in the caller's organization (an organization token; staff: HealthPay's, or the one a
 * superadmin names): creates or matches the patient by national ID and mobile. Idempotent by externalId:
 * `created` the first time, `matched` after. A row refused in bulk is an error here, with the same code.
 */
export const enrollMember = roleProcedure('organization', ...staffMay.manageAccounts)
  .input(enrollInput)
  .output(enrollOutput)
  .mutation(async ({ ctx, input }) => {
    const { organizationId: requested, ...row } = input;
    const organizationId = organizationOf(ctx.actor, requested);
    await assertOrganizationExists(ctx.services.pool, organizationId);
    const [result] = await enrollMembers(ctx, organizationId, [row]);
    const outcome = { externalId: row.externalId, outcome: result?.outcome ?? null, patient: result?.patient ?? null, userId: result?.userId ?? null, cardId: result?.cardId ?? null };
    await auditEnrollment(ctx, 'members.enroll', organizationId, result?.outcome === 'error' ? (result.code ?? 'INTERNAL') : 'ok', { after: outcome });
    if (!result || result.outcome === 'error') {
      const code = (result?.code ?? 'INTERNAL') as ConstructorParameters<typeof AppError>[0];
      throw new AppError(code, result?.message ?? 'Not enrolled', result?.userId ? { userId: result.userId } : {});
    }
    const member = await getMember(ctx.services.pool, organizationId, row.externalId);
    if (!member) throw new AppError('INTERNAL', 'The membership was not found after enrolling');
    return { ...member, outcome: result.outcome, patient: result.patient ?? 'existing', cardId: result.cardId };
  });
