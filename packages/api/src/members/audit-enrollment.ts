import type { Actor } from '../auth/actor';
import { audit, noRequestInfo, type RequestInfo } from '../identity/audit';
import type { Services } from '../services/services';

/** One audit record per enrollment request: who enrolled into which organization, and what came of it. */
export function auditEnrollment(
  ctx: { services: Pick<Services, 'pool' | 'clock'>; actor: Actor; request?: RequestInfo },
  action: 'members.enroll' | 'members.bulk',
  organizationId: string,
  result: string,
  details: Record<string, unknown>,
): Promise<void> {
  const req = ctx.request ?? noRequestInfo;
  return audit(ctx.services.pool, {
    actorId: ctx.actor.userId, role: ctx.actor.role, action, aggregateId: organizationId, result, ip: req.ip, userAgent: req.userAgent,
    details: { organizationId, ...details },
  }, ctx.services.clock(), req.requestId);
}
