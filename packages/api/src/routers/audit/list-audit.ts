import { listAudit } from '@healthpay/db';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { auditListInput, auditListOutput } from './audit.schemas';

/** The audit log, newest first, filtered by actor, action, aggregate and date range (staff only). */
export const listAuditLog = roleProcedure(...staffMay.administerSecurity)
  .input(auditListInput)
  .output(auditListOutput)
  .query(async ({ ctx, input }) => {
    const { cursor, limit, ...filter } = input;
    const rows = await listAudit(ctx.services.pool, { ...filter, beforeId: cursor ? Number(cursor) : undefined, limit: limit + 1 });
    const items = rows.slice(0, limit).map((r) => ({ ...r, id: String(r.id) }));
    return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
  });
