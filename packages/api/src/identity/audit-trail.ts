import type { Actor } from '../auth/actor';
import { isStaffRole, type AuditEntry, type AuditRecord } from '@healthpay/db';
import type { Services } from '../services/services';
import { audit, clip, noRequestInfo, scrubDetails, type RequestInfo } from './audit';

export type CommandAudit = { operation: string; actor: Actor; streams: string[]; request?: RequestInfo; idempotencyKey: string | null; auditDetails?: () => Record<string, unknown> };

/** A command's outcome (`ok` or the error code), as executeCommand records it. */
export function auditCommand(services: Pick<Services, 'pool' | 'clock'>, cmd: CommandAudit, result: string): Promise<void> {
  return audit(services.pool, commandAuditEntry(cmd, result), services.clock(), cmd.request?.requestId);
}

/** The record of a command's outcome, cleaned, for the event store to write with the command's events. */
export function commandAuditRecord(services: Pick<Services, 'clock'>, cmd: CommandAudit, result: string): AuditRecord {
  const record: AuditRecord = commandAuditEntry(cmd, result);
  record.at = services.clock();
  return record;
}

/**
 * The entry with cleanAuditEntry's rules (clipped address and agent, scrubbed details) applied as it is built: one
 * object per command, not a copy of one (`audit` cleans it again: a no-op on a clean entry).
 */
function commandAuditEntry(cmd: CommandAudit, result: string): AuditEntry {
  const req = cmd.request ?? noRequestInfo;
  return {
    actorId: cmd.actor.userId,
    role: cmd.actor.role,
    action: cmd.operation,
    aggregateId: cmd.streams[0] ?? null,
    result,
    ip: clip(req.ip, 100),
    userAgent: clip(req.userAgent, 500),
    details: scrubDetails(commandDetails(cmd)) as Record<string, unknown>,
  };
}

/** The streams (when several), whether an Idempotency-Key came with it, and the command's own details. */
function commandDetails(cmd: CommandAudit): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (cmd.streams.length > 1) details.streams = cmd.streams;
  if (cmd.idempotencyKey) details.idempotent = true;
  return cmd.auditDetails ? Object.assign(details, cmd.auditDetails()) : details;
}

/** Who read what, from where: the procedure context's parts an audit record needs. */
type ReadContext = { services: Pick<Services, 'pool' | 'clock'>; actor: Actor; request?: RequestInfo };

/** Any caller's read of someone's data (e.g. a pharmacist looking a card up at the counter). */
export async function auditRead(ctx: ReadContext, action: string, aggregateId: string, result = 'ok'): Promise<void> {
  const req = ctx.request ?? noRequestInfo;
  await audit(ctx.services.pool, {
    actorId: ctx.actor.userId, role: ctx.actor.role, action, aggregateId, result, ip: req.ip, userAgent: req.userAgent,
  }, ctx.services.clock(), req.requestId);
}

/** A staff member looked at a patient's data (patients reading their own are not recorded). */
export async function auditStaffRead(ctx: ReadContext, action: string, aggregateId: string, result = 'ok'): Promise<void> {
  if (isStaffRole(ctx.actor.role)) await auditRead(ctx, action, aggregateId, result);
}
