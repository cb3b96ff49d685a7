import { env } from '@healthpay/config';
import { getPharmacy, isStaffRole } from '@healthpay/db';
import type { Actor } from '../../auth/actor';
import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import { audit, noRequestInfo } from '../../identity/audit';
import type { AcceptDeps } from '../../identity/invitations/accept-invitation';
import { invitationLink, invitationStatus, invitedAs } from '../../identity/invitations/invitation-rules';
import type { InvitationRow } from '../../identity/invitations/invitation-store';
import { invitationEmail } from '../../identity/mail/invitation-email';
import { requestLog } from '@healthpay/config/log';
import type { InvitationView } from './invitation.schemas';

export const acceptDeps = (ctx: Context): AcceptDeps => ({
  pool: ctx.services.pool, clock: () => ctx.services.clock(), newId: () => ctx.services.newId(), secret: env().AUTH_SECRET,
});

export const isManager = (actor: Actor): boolean => actor.role === 'pharmacist' && actor.pharmacyRole === 'manager' && actor.pharmacyId !== null;

/**
 * Who may see and change an invitation: superadmins any; support pharmacists' invitations; a pharmacy manager
 * their own pharmacy's. Anyone else is told it does not exist.
 */
export function mayHandle(actor: Actor, inv: Pick<InvitationRow, 'role' | 'pharmacyId'>): boolean {
  if (actor.role === 'superadmin') return true;
  if (actor.role === 'support') return inv.role === 'pharmacist';
  return isManager(actor) && inv.role === 'pharmacist' && inv.pharmacyId === actor.pharmacyId;
}

/** Refused unless the actor is staff or their pharmacy's manager (plain pharmacists manage no one). */
export function requireStaffOrManager(actor: Actor): void {
  if (!isStaffRole(actor.role) && !isManager(actor)) throw new AppError('FORBIDDEN', 'Only a pharmacy manager may do this');
}

export const viewOf = (row: InvitationRow, now: Date): InvitationView => ({ ...row, status: invitationStatus(row, now) });

/**
 * Emails the link. The invitation stands whether or not the mail server took it: a failure is logged (never the
 * link) and reported as emailSent: false, and "resend" makes a new link.
 */
export async function sendInvitationEmail(ctx: Context, inv: InvitationRow, token: string): Promise<boolean> {
  const e = env();
  const pharmacy = inv.pharmacyId ? await getPharmacy(ctx.services.pool, inv.pharmacyId) : null;
  const message = invitationEmail({
    to: inv.email,
    locale: inv.locale,
    as: invitedAs(inv.role, inv.pharmacyRole),
    link: invitationLink({ admin: e.HP_PUBLIC_ADMIN_URL, merchant: e.HP_PUBLIC_MERCHANT_URL }, inv.role, token),
    expiresAt: inv.expiresAt,
    pharmacyName: pharmacy ? (inv.locale === 'ar' ? pharmacy.nameAr : pharmacy.name) : null,
  });
  try {
    await ctx.services.email.send(message);
    return true;
  } catch (error) {
    requestLog(ctx.request?.requestId).error('[invitations] email not sent', inv.id, error instanceof Error ? error.message : 'error');
    return false;
  }
}

/** An audit record with the invitation's details (never its token). */
export async function auditInvitation(ctx: Context, action: string, aggregateId: string | null, result: string, details: Record<string, unknown> = {}): Promise<void> {
  const req = ctx.request ?? noRequestInfo;
  await audit(ctx.services.pool, {
    actorId: ctx.actor?.userId ?? null, role: ctx.actor?.role ?? null, action, aggregateId, result, ip: req.ip, userAgent: req.userAgent, details,
  }, ctx.services.clock(), req.requestId);
}
