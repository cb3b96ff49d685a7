import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { auditStaffRead } from '../../identity/audit-trail';
import { listMembers as readMembers } from '../../members/member-store';
import { organizationOf } from '../../members/organization-scope';
import { roleProcedure } from '../../trpc';
import { externalId, memberView, organizationId } from './member.schemas';

/** The organization's members by externalId, a page at a time (`cursor`: the last externalId seen). */
export const listMembers = roleProcedure('organization', ...staffMay.readPatients)
  .input(z.strictObject({ organizationId: organizationId.optional(), cursor: externalId.optional(), limit: z.int().min(1).max(100).default(50) }))
  .output(z.object({ items: z.array(memberView), nextCursor: z.string().nullable() }))
  .query(async ({ ctx, input }) => {
    const org = organizationOf(ctx.actor, input.organizationId);
    const items = await readMembers(ctx.services.pool, org, input.cursor, input.limit);
    await auditStaffRead(ctx, 'members.list', org);
    return { items, nextCursor: items.length === input.limit ? (items.at(-1)?.externalId ?? null) : null };
  });
