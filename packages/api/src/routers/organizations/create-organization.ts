import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { audit, noRequestInfo } from '../../identity/audit';
import { insertOrganization, listOrganizations } from '../../members/organizations';
import { roleProcedure } from '../../trpc';
import { createOrganizationInput, organizationView } from './organization.schemas';

/** A superadmin adds an employer or insurer (audited with what was created). */
export const createOrganization = roleProcedure(...staffMay.administerSecurity)
  .input(createOrganizationInput)
  .output(organizationView)
  .mutation(async ({ ctx, input }) => {
    const { pool } = ctx.services;
    const at = ctx.services.clock();
    const created = await insertOrganization(pool, { ...input, at });
    const req = ctx.request ?? noRequestInfo;
    await audit(pool, {
      actorId: ctx.actor.userId, role: ctx.actor.role, action: 'organizations.create', aggregateId: input.id,
      result: created ? 'ok' : 'ORGANIZATION_EXISTS', ip: req.ip, userAgent: req.userAgent, details: created ? { before: null, after: input } : {},
    }, at, req.requestId);
    if (!created) throw new AppError('ORGANIZATION_EXISTS', 'An organization with this id exists already', { organizationId: input.id });
    const row = (await listOrganizations(pool, at)).find((o) => o.id === input.id);
    if (!row) throw new AppError('INTERNAL', 'The organization was not found after creating it');
    return row;
  });
