import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import type { ChangeResult } from '../../identity/staff/staff-changes';
import type { PersonRow } from '../../identity/staff/people';
import { auditInvitation } from '../invitations/invitation-access';

const snapshot = (p: PersonRow) => ({ role: p.role, pharmacyRole: p.pharmacyRole, deactivatedAt: p.deactivatedAt, deactivatedReason: p.deactivatedReason });

/** Audits a change to an account with its before/after values, and turns a refusal into its error. */
export async function settle(ctx: Context, action: string, userId: string, r: ChangeResult, details: Record<string, unknown> = {}): Promise<PersonRow> {
  if (r.status === 'ok') {
    await auditInvitation(ctx, action, userId, 'ok', { ...details, before: snapshot(r.before), after: snapshot(r.after) });
    return r.after;
  }
  const code = r.status === 'last-superadmin' ? 'LAST_SUPERADMIN' : r.status === 'not-allowed' ? 'VALIDATION_FAILED' : 'NOT_FOUND';
  await auditInvitation(ctx, action, userId, code, details);
  if (r.status === 'last-superadmin') throw new AppError('LAST_SUPERADMIN', 'The last active superadmin cannot be deactivated or given another role');
  if (r.status === 'not-allowed') throw new AppError('VALIDATION_FAILED', 'Pharmacists keep the pharmacist role; invite staff instead');
  throw new AppError('NOT_FOUND', 'No such staff member or pharmacist');
}
