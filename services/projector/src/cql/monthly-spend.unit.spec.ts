import type { StoredEvent } from '@healthpay/db';
import type { Client } from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { CqlMonthlySpend } from './monthly-spend';

/** A stand-in driver keeping `medcard_monthly_spend` rows in memory (card, month → benefit, claims, version). */
function fakeCql() {
  const rows = new Map<string, { month: string; benefit: number; claims: number; last_version: number }>();
  const client = {
    hosts: { length: 1 },
    execute: async (query: string, params: unknown[]) => {
      if (query.startsWith('SELECT')) return { rows: [...rows.entries()].filter(([k]) => k.startsWith(`${String(params[0])}\u0000`)).map(([, r]) => r) };
      const [version, benefit, claims, , cardId, month] = params as [number, number, number, number, string, string];
      rows.set(`${cardId}\u0000${month}`, { month, benefit, claims, last_version: version });
      return {};
    },
  };
  return { client: client as unknown as Client, month: (cardId: string, month: string) => rows.get(`${cardId}\u0000${month}`) };
}

const CARD = 'card-1';
const event = (version: number, type: string, data: Record<string, unknown>): StoredEvent => ({
  eventId: `00000000-0000-4000-8000-${String(version).padStart(12, '0')}`, streamId: CARD, aggregateType: 'medcard', type, version,
  position: version, transactionId: version, data: { cardId: CARD, at: '2026-12-03T10:00:00.000Z', ...data }, metadata: {}, timestamp: new Date(0),
});
const approved = (version: number, prescriptionId: string, benefit: number) =>
  event(version, 'PrescriptionClaimApproved', { claim: { prescriptionId, pharmacyId: 'ph-1' }, month: '2026-12', total: { benefit, copay: 0 } });
const reversed = (version: number, prescriptionId: string, benefit: number) =>
  event(version, 'PrescriptionClaimReversed', { prescriptionId, pharmacyId: 'ph-1', beneficiaryId: 'b-1', month: '2026-12', benefit, copay: 0, walletCopayRefunded: 0, reason: 'WRONG_DRUGS', reversedBy: { kind: 'pharmacist', userId: 'u-ph' } });
const noBackfill = async () => [];

describe('CQL monthly spend (scaled mode: what medcard.get/mine/lookup show as used this month)', () => {
  it('given two approvals, when one is reversed, then its benefit and claim leave the month, as in the Postgres read model', async () => {
    const cql = fakeCql();
    const spend = new CqlMonthlySpend(cql.client, 'ks', noBackfill);
    const events = [event(1, 'MedCardIssued', {}), approved(2, 'rx-1', 40_000), approved(3, 'rx-2', 15_000), reversed(4, 'rx-1', 40_000)];
    // Every event delivered twice: the second delivery changes nothing.
    await spend.applyAll([...events, ...events]);
    expect(cql.month(CARD, '2026-12')).toEqual({ month: '2026-12', benefit: 15_000, claims: 1, last_version: 4 });
  });

  it('given an approval projected earlier (a new consumer reads the row back), when the reversal arrives, then the month is taken back', async () => {
    const cql = fakeCql();
    await new CqlMonthlySpend(cql.client, 'ks', noBackfill).applyAll([event(1, 'MedCardIssued', {}), approved(2, 'rx-1', 40_000)]);
    const next = new CqlMonthlySpend(cql.client, 'ks', noBackfill);
    await next.applyAll([reversed(3, 'rx-1', 40_000)]);
    await next.applyAll([reversed(3, 'rx-1', 40_000)]);
    expect(cql.month(CARD, '2026-12')).toEqual({ month: '2026-12', benefit: 0, claims: 0, last_version: 3 });
  });
});
