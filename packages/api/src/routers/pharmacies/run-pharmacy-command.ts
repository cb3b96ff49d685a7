import { decidePharmacy, evolvePharmacy, maskIban, type PharmacyCommand, type PharmacyEvent, type PharmacyState } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import { executeCommand } from '../../commands/execute';
import type { Context } from '../../context';
import { pharmacyViewOfState } from './pharmacy-view';
import type { PharmacyView } from './pharmacy.schemas';

export type PharmacyCommandBody = Omit<PharmacyCommand, 'meta'>;

const AUDITED = ['status', 'statusReason', 'nameEn', 'nameAr', 'governorate', 'city', 'address', 'iban'] as const;
type Audited = (typeof AUDITED)[number];

const valueOf = (s: PharmacyState, key: Audited): string | null => {
  if (s.status === 'none') return null;
  return key === 'iban' ? maskIban(s.iban) : s[key];
};
const rawOf = (s: PharmacyState, key: Audited): string | null => (s.status === 'none' ? null : s[key]);

/**
 * What changed, as the audit's `changes` ({ field: { from, to } }, the shape executeCommand records for every
 * command), but with the IBAN masked: given, it replaces the generic diff, which would record the IBAN in full.
 */
export function changedValues(before: PharmacyState, after: PharmacyState): { changes: Record<string, { from: string | null; to: string | null }> } {
  const keys = AUDITED.filter((k) => rawOf(before, k) !== rawOf(after, k));
  return { changes: Object.fromEntries(keys.map((k) => [k, { from: valueOf(before, k), to: valueOf(after, k) }])) };
}

/** One command on one pharmacy after registration: load, decide, append (retry, idempotency), audited with what changed. */
export async function runPharmacyCommand(ctx: Context & { actor: Actor }, operation: string, input: unknown, body: PharmacyCommandBody): Promise<PharmacyView> {
  const cache = ctx.services.aggregates.pharmacy;
  const id = body.data.pharmacyId;
  let audited: Record<string, unknown> = { changes: {} };
  return executeCommand(ctx.services, {
    operation,
    input,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    request: ctx.request,
    aggregates: cache,
    streams: [id],
    decide(states, meta) {
      const state = states.get(id) ?? cache.kind.initialState;
      const events: PharmacyEvent[] = decidePharmacy({ ...body, meta } as PharmacyCommand, state);
      audited = changedValues(state, events.reduce(evolvePharmacy, state));
      return new Map([[id, events]]);
    },
    result: (after) => {
      const loaded = after.get(id) ?? { state: cache.kind.initialState, version: 0 };
      return pharmacyViewOfState(loaded.state, loaded.version);
    },
    auditDetails: () => audited,
  });
}
