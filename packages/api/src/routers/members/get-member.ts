import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { auditStaffRead } from '../../identity/audit-trail';
import { getMember as readMember } from '../../members/member-store';
import { organizationOf } from '../../members/organization-scope';
import { roleProcedure } from '../../trpc';
import { externalId, memberView, organizationId } from './member.schemas';

/** One member by the organization's externalId; another organization's members are not found. */
export const getMember = roleProcedure('organization', ...staffMay.readPatients)
  .input(z.strictObject({ externalId, organizationId: organizationId.optional() }))
  .output(memberView)
  .query(async ({ ctx, input }) => {
    const org = organizationOf(ctx.actor, input.organizationId);
    const member = await readMember(ctx.services.pool, org, input.externalId);
    await auditStaffRead(ctx, 'members.get', `${org}:${input.externalId}`, member ? 'ok' : 'MEMBER_NOT_FOUND');
    if (!member) throw new AppError('MEMBER_NOT_FOUND', 'No such member');
    return member;
  });
