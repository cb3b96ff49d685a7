import { listAudit } from '@healthpay/db';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { auditListInput, auditListOutput } from './audit.schemas';

/** The audit log, newest first (ties by id), filtered by actor, action, aggregate and date range (staff only). */
export const listAuditLog = roleProcedure(...staffMay.administerSecurity)
  .input(auditListInput)
  .output(auditListOutput)
  .query(async ({ ctx, input }) => {
    const { cursor, limit, ...filter } = input;
    const rows = await listAudit(ctx.services.pool, { ...filter, before: cursor, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => ({ ...r, id: String(r.id) })),
      nextCursor: rows.length > limit && last ? `${last.at.getTime()}.${last.id}` : null,
    };
  });
