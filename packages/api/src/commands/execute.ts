import { commandOutcomeOf, recordCommand } from '@healthpay/config/metrics';
import { ConcurrencyError, isStaffRole, newEventId, type StreamAppend } from '@healthpay/db';
import type { CommandMeta } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { AppError, toAppError } from '../errors/app-error';
import type { RequestInfo } from '../identity/audit';
import { auditCommand, commandAuditRecord, type CommandAudit } from '../identity/audit-trail';
import type { Services } from '../services/services';
import type { AggregateSource, Loaded } from './aggregate-cache';
import type { DomainEvent } from './aggregate-kind';
import { requestHash } from './request-hash';

const MAX_ATTEMPTS = 5;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,128}$/;

export interface CommandRequest<S, E extends DomainEvent, R> {
  /** Names the operation in the idempotency hash and the event metadata. */
  operation: string;
  input: unknown;
  actor: Actor;
  idempotencyKey: string | null;
  /**
   * A business id that makes the command idempotent by itself, whoever sends it and with or without an
   * Idempotency-Key (a transfer id): a repeat gets the first result back, another body with it is refused.
   */
  naturalKey?: { scope: string; key: string };
  /** Where the request came from, for the audit record. */
  request?: RequestInfo;
  /**
   * The aggregate type's cache (e.g. `services.aggregates.wallet`): how states load and what type the streams
   * get; a `MixedAggregates` when one decision spans streams of several types (a payment and its wallet).
   */
  aggregates: AggregateSource<S, E>;
  /** Streams (of that type) the decision needs. */
  streams: string[];
  /** Pure decision over the loaded states: events per stream (empty map: nothing to write). */
  decide(states: Map<string, S>, meta: CommandMeta): Map<string, E[]>;
  /** The response, from the states after the events. */
  result(after: Map<string, Loaded<S>>, meta: CommandMeta): R;
  /** Extra audit details (e.g. the values before and after a staff change), read when the outcome is recorded. */
  auditDetails?: () => Record<string, unknown>;
}

/**
 * Load → decide → append with expected versions, retried a bounded number of times on a version
 * clash, and audited (success or error code). With an Idempotency-Key the first result is stored in the same transaction as the events,
 * and a repeat gets it back (or IDEMPOTENCY_KEY_REUSED when the body differs).
 */
export async function executeCommand<S, E extends DomainEvent, R>(services: Services, req: CommandRequest<S, E, R>): Promise<R> {
  let value: R;
  const trail: Trail = {};
  // The audit record says why (an input's `reason`) and what changed (fields before → after), besides who.
  // Method shorthand, created per request: no __name (tsx keepNames).
  // Only what the record reads, not a spread of the whole request.
  const audited: CommandAudit = {
    operation: req.operation,
    actor: req.actor,
    streams: req.streams,
    request: req.request,
    idempotencyKey: req.idempotencyKey,
    auditDetails() {
      return auditDetailsOf(req, trail);
    },
  };
  const started = performance.now();
  try {
    value = await services.locks.with(req.streams, () => execute(services, req, trail, audited));
  } catch (error) {
    const app = toAppError(error);
    await auditCommand(services, audited, app.code);
    recordCommand(req.operation, commandOutcomeOf(app.code, app.httpStatus), app.code, (performance.now() - started) / 1000);
    throw error;
  }
  // A command that wrote events has its record committed with them; a replay or a no-op is recorded here.
  if (!trail.audited) await auditCommand(services, audited, 'ok');
  recordCommand(req.operation, 'ok', 'ok', (performance.now() - started) / 1000);
  return value;
}

/** What a committed command changed, for its audit record. */
interface Trail {
  changes?: Record<string, unknown>;
  /** The `ok` record went into the events' transaction. */
  audited?: boolean;
  /** The answer is the one stored under the request's key. */
  replayed?: boolean;
}

/** Why (an input's `reason`), what changed (fields before → after), and the command's own extra details. */
function auditDetailsOf(req: { input: unknown; auditDetails?: () => Record<string, unknown> }, trail: Trail): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  const reason = typeof req.input === 'object' && req.input !== null ? (req.input as { reason?: unknown }).reason : undefined;
  if (typeof reason === 'string') details.reason = reason;
  if (trail.changes) details.changes = trail.changes;
  return req.auditDetails ? Object.assign(details, req.auditDetails()) : details;
}

/**
 * With an Idempotency-Key (or natural key) the command is first tried as if the key were new: the statement that
 * commits its events refuses a key already stored, and the stored answer is returned instead. So a new key (nearly
 * every request) costs no lookup before the command. An answer not backed by this request's own commit (a
 * refusal, a no-op, too many conflicts) is checked against the stored key first, so a repeat still gets the first
 * result once the state has moved on (a repeated debit that would now overdraw, a repeated status change).
 */
async function execute<S, E extends DomainEvent, R>(services: Services, req: CommandRequest<S, E, R>, trail: Trail, audited: CommandAudit): Promise<R> {
  const idem = idempotencyOf(req);
  if (!idem) return attempt(services, req, null, trail, audited);
  try {
    const value = await attempt(services, req, idem, trail, audited);
    if (trail.audited || trail.replayed) return value;
    const replay = await replayed<R>(services, idem);
    return replay.found ? replayedInstead(trail, replay.value) : value;
  } catch (error) {
    if (error instanceof AppError && error.code === 'IDEMPOTENCY_KEY_REUSED') throw error;
    // The key with another body is refused as such (IDEMPOTENCY_KEY_REUSED); a failed lookup (the database gone)
    // must not hide why the command itself failed.
    const replay = await replayed<R>(services, idem).catch((lookup: unknown) => {
      if (lookup instanceof AppError) throw lookup;
      return { found: false } as const;
    });
    if (!replay.found) throw error;
    return replayedInstead(trail, replay.value);
  }
}

/** The stored answer goes out; what this attempt would have changed did not happen, so its record says nothing of it. */
function replayedInstead<R>(trail: Trail, value: R): R {
  trail.changes = undefined;
  trail.replayed = true;
  return value;
}

async function attempt<S, E extends DomainEvent, R>(services: Services, req: CommandRequest<S, E, R>, idem: Idem | null, trail: Trail, audited: CommandAudit): Promise<R> {
  let lastConflict: ConcurrencyError | undefined;
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const meta: CommandMeta = { now: services.clock().toISOString(), actorId: req.actor.userId };
    // First attempt trusts the cache without reading: the expected version makes a stale state fail to
    // commit (and retry on fresh state). Only a refusal or a no-op from cached state is re-checked first.
    const first = await loadStates(req.aggregates, req.streams, n === 1);
    let basis = first.loaded;
    const plan = (!first.verified && tryPlan(services, req, first.loaded, meta)) ||
      planCommand(services, req, (basis = first.verified ? first.loaded : (await loadStates(req.aggregates, req.streams, false)).loaded), meta);
    const { streams, after, value } = plan;
    if (streams.length === 0) return value;
    // Staff changes say what they changed (the audit screen shows before → after); patients' and pharmacies'
    // own commands are recorded without it (their events are the record, and the hot path stays lean).
    trail.changes = isStaffRole(req.actor.role) ? changesOf(streams.map((s) => s.streamId), basis, after) : undefined;
    const outcome = await services.store.append({
      streams,
      idempotency: idem ? { ...idem, response: value } : undefined,
      audit: commandAuditRecord(services, audited, 'ok'),
    });
    if (outcome.status === 'committed') {
      for (const s of streams) req.aggregates.remember(s.streamId, after.get(s.streamId) as Loaded<S>);
      req.request?.recentWrites?.wrote(req.actor.userId, streams);
      trail.audited = true;
      return value;
    }
    if (outcome.status === 'idempotency-race' && idem) {
      const replay = await replayed<R>(services, idem);
      if (replay.found) return replayedInstead(trail, replay.value);
    }
    if (outcome.status === 'conflict') {
      lastConflict = new ConcurrencyError(outcome.streamId, outcome.expectedVersion, outcome.actualVersion);
    }
  }
  throw lastConflict ?? new AppError('VERSION_CONFLICT', 'Too many concurrent changes; try again');
}

interface Plan<S, R> {
  streams: StreamAppend[];
  after: Map<string, Loaded<S>>;
  value: R;
}

/** States for the streams; `verified` is false when any came from the cache unread. */
async function loadStates<S, E extends DomainEvent>(cache: AggregateSource<S, E>, ids: string[], fromCache: boolean) {
  const loaded = new Map<string, Loaded<S>>();
  let verified = true;
  for (const id of ids) {
    const cached = fromCache ? cache.peek(id) : undefined;
    if (cached) verified = false;
    loaded.set(id, cached ?? (await cache.load(id)));
  }
  return { loaded, verified };
}

/** A plan from cached state, or null when it refused or did nothing (so fresh state must confirm). */
function tryPlan<S, E extends DomainEvent, R>(
  services: Services,
  req: CommandRequest<S, E, R>,
  loaded: Map<string, Loaded<S>>,
  meta: CommandMeta,
): Plan<S, R> | null {
  try {
    const plan = planCommand(services, req, loaded, meta);
    return plan.streams.length > 0 ? plan : null;
  } catch {
    return null;
  }
}

/** Decide on the given states: the appends with their expected versions, the states after, the result. */
function planCommand<S, E extends DomainEvent, R>(
  services: Services,
  req: CommandRequest<S, E, R>,
  loaded: Map<string, Loaded<S>>,
  meta: CommandMeta,
): Plan<S, R> {
  const states = new Map<string, S>();
  for (const [id, l] of loaded) states.set(id, l.state);
  const events = req.decide(states, meta);
  const after = new Map(loaded);
  const streams: StreamAppend[] = [];
  for (const [streamId, list] of events) {
    if (list.length === 0) continue;
    const kind = req.aggregates.kindOf(streamId);
    const before = loaded.get(streamId) ?? { state: kind.initialState, version: 0 };
    let state = before.state;
    for (const e of list) state = kind.evolve(state, e);
    after.set(streamId, { state, version: before.version + list.length });
    streams.push({
      streamId,
      aggregateType: kind.type,
      expectedVersion: before.version,
      events: list.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: eventMetadata(req) })),
    });
  }
  return { streams, after, value: req.result(after, meta) };
}

/** Who did it, in what operation, under which request id (when the request had one). */
function eventMetadata(req: { actor: Actor; operation: string; request?: RequestInfo }): Record<string, unknown> {
  const metadata: Record<string, unknown> = { actorId: req.actor.userId, role: req.actor.role, operation: req.operation };
  const requestId = req.request?.requestId;
  if (requestId) metadata.requestId = requestId;
  return metadata;
}

interface Idem {
  scope: string;
  key: string;
  requestHash: string;
}

/** Refuses a malformed Idempotency-Key (for procedures that derive ids from it rather than storing a result). */
export function requireIdempotencyKeyFormat(key: string | null): void {
  idempotencyOf({ idempotencyKey: key, actor: { userId: '', role: 'patient', pharmacyId: null }, operation: '', input: null });
}

function idempotencyOf(req: { idempotencyKey: string | null; actor: Actor; operation: string; input: unknown; naturalKey?: { scope: string; key: string } }): Idem | null {
  // The sender is part of the request: someone else presenting the same id gets a refusal, not the first answer.
  if (req.naturalKey) return { scope: req.naturalKey.scope, key: req.naturalKey.key, requestHash: requestHash(req.operation, { input: req.input, by: req.actor.userId }) };
  if (req.idempotencyKey === null) return null;
  if (!IDEMPOTENCY_KEY.test(req.idempotencyKey)) {
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 8–128 characters of A–Z a–z 0–9 _ - : .', {}, [
      { path: 'Idempotency-Key', message: 'invalid format' },
    ]);
  }
  return { scope: req.actor.userId, key: req.idempotencyKey, requestHash: requestHash(req.operation, req.input) };
}

/**
 * The stored answer of an earlier request with this Idempotency-Key (same operation and input), for flows
 * that must answer a repeat before doing their own checks (e.g. a single-use code already spent by the
 * first request). IDEMPOTENCY_KEY_REUSED when the key came with another body.
 */
export async function replayedResult<R>(
  services: Services,
  req: { operation: string; input: unknown; actor: Actor; idempotencyKey: string | null },
): Promise<{ found: true; value: R } | { found: false }> {
  const idem = idempotencyOf(req);
  return idem ? replayed<R>(services, idem) : { found: false };
}

async function replayed<R>(services: Services, idem: Idem): Promise<{ found: true; value: R } | { found: false }> {
  const stored = await services.store.findIdempotency(idem.scope, idem.key);
  if (!stored) return { found: false };
  if (stored.requestHash !== idem.requestHash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key (or transfer id) was used with a different request');
  }
  return { found: true, value: stored.response as R };
}

type Scalar = string | number | boolean | null;
const isScalar = (v: unknown): v is Scalar => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The top-level scalar fields of each written stream's state that differ, as `{ field: { from, to } }` (keyed by
 * stream when a command wrote several): a status, a limit, a tier, a balance. Nested records are left out.
 */
export function changesOf(streamIds: string[], before: Map<string, { state: unknown }>, after: Map<string, { state: unknown }>): Record<string, unknown> {
  const per = streamIds.map((id) => [id, scalarDiff(before.get(id)?.state, after.get(id)?.state)] as const);
  return per.length === 1 ? (per[0]?.[1] ?? {}) : Object.fromEntries(per);
}

/** The top-level scalar fields of two states that differ. */
function scalarDiff(a: unknown, b: unknown): Record<string, { from: Scalar | undefined; to: Scalar | undefined }> {
  const from = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
  const to = (typeof b === 'object' && b !== null ? b : {}) as Record<string, unknown>;
  const out: Record<string, { from: Scalar | undefined; to: Scalar | undefined }> = {};
  // `from`'s keys, then those only `to` has: the order a Set of both gave, without building it (every staff command).
  for (const key of Object.keys(from)) diffField(out, key, from[key], to[key]);
  for (const key of Object.keys(to)) if (!Object.hasOwn(from, key)) diffField(out, key, from[key], to[key]);
  return out;
}

function diffField(out: Record<string, { from: Scalar | undefined; to: Scalar | undefined }>, key: string, x: unknown, y: unknown): void {
  if ((x === undefined || isScalar(x)) && (y === undefined || isScalar(y)) && x !== y) out[key] = { from: x, to: y };
}
