import type { FeeScheduleEntry } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolveClaimSettlementDoc, type ClaimSettlementDoc, type LineContext } from './line-doc';
import { evolveStatementDoc, type StatementDoc } from './statement-doc';

const PH = 'ph-1';
const CARD = 'card-1';
const RX = 'rx-1';
const fee: FeeScheduleEntry = { scope: { kind: 'default' }, percentBps: 250, fixedPerClaim: 100, effectiveFrom: '2026-11-01', setBy: 'u', reason: 'r', at: '2026-11-01T08:00:00.000Z' };
const ctx = (closed: LineContext['closed'] = new Map()): LineContext => ({ periodKind: 'week', own: [], fallback: [fee], closed });
const empty = (context = ctx()): ClaimSettlementDoc => ({ pharmacyId: PH, cardId: CARD, prescriptionId: RX, claim: null, reversal: null, context });

let position = 0;
const stored = (type: string, data: unknown, version = 1, streamId = CARD): StoredEvent => {
  position += 1;
  return { position, transactionId: position, eventId: `e-${position}`, streamId, aggregateType: 'x', type, version, data, metadata: {}, timestamp: new Date(0) };
};
// 2026-12-03 is a Thursday: the week of 28 Nov – 4 Dec.
const approved = stored('PrescriptionClaimApproved', { cardId: CARD, claim: { pharmacyId: PH, prescriptionId: RX }, total: { benefit: 10_000 }, at: '2026-12-03T10:00:00.000Z' });
const reversed = stored('PrescriptionClaimReversed', {
  cardId: CARD, prescriptionId: RX, pharmacyId: PH, benefit: 10_000, walletCopayRefunded: 2_000, at: '2026-12-06T10:00:00.000Z',
}, 2);
const fold = (events: StoredEvent[], doc = empty()) => events.reduce<ClaimSettlementDoc | null>(evolveClaimSettlementDoc, doc);
const twice = (events: StoredEvent[]) => events.flatMap((e) => [e, e]);

describe('settlement lines', () => {
  it('an approval is one claim line with the commission in effect, the same when delivered twice', () => {
    const doc = fold(twice([approved]));
    expect(doc).toEqual(fold([approved]));
    expect(doc?.claim).toMatchObject({ settlementId: 'stl-w-2026-11-28-ph-1', kind: 'claim', benefit: 10_000, commission: 350, adjustment: 0 });
  });

  it('a reversal is a negative adjustment in the period it happens in, giving the commission back', () => {
    const doc = fold(twice([approved, reversed]));
    expect(doc).toEqual(fold([approved, reversed]));
    expect(doc?.reversal).toMatchObject({ settlementId: 'stl-w-2026-12-05-ph-1', kind: 'reversal', adjustment: -(10_000 + 2_000 - 350) });
  });

  it('a line whose statement closed before it (in the feed) lands on the next open one', () => {
    const closedEarlier = new Map([['stl-w-2026-11-28-ph-1', { tx: 0, position: 0 }], ['stl-w-2026-12-05-ph-1', { tx: 0, position: 0 }]]);
    expect(fold([approved], empty(ctx(closedEarlier)))?.claim?.settlementId).toBe('stl-w-2026-12-12-ph-1');
    const closedLater = new Map([['stl-w-2026-11-28-ph-1', { tx: Number.MAX_SAFE_INTEGER, position: 0 }]]);
    expect(fold([approved], empty(ctx(closedLater)))?.claim?.settlementId).toBe('stl-w-2026-11-28-ph-1');
  });

  it('a line loaded from the table is never written again', () => {
    const once = fold([approved]);
    expect(fold(twice([approved]), once ?? undefined)).toBe(once);
  });
});

describe('settlement statements', () => {
  const S = 'stl-w-2026-11-28-ph-1';
  const totals = { grossBenefit: 10_000, walletCopay: 0, commission: 350, adjustments: 0, netPayable: 9_650 };
  const life = [
    stored('SettlementClosed', { settlementId: S, pharmacyId: PH, periodStart: '2026-11-28', periodEnd: '2026-12-04', lines: 1, totals, closedBy: 'u', at: '2026-12-05T08:00:00.000Z' }, 1, `settlement:${S}`),
    stored('SettlementApproved', { settlementId: S, pharmacyId: PH, approvedBy: 'u', at: '2026-12-05T09:00:00.000Z' }, 2, `settlement:${S}`),
    stored('SettlementPaid', { settlementId: S, pharmacyId: PH, amount: 9_650, payoutReference: 'BANK-1', paidBy: 'u', at: '2026-12-05T10:00:00.000Z' }, 3, `settlement:${S}`),
  ];
  const open: StatementDoc = {
    id: S, pharmacyId: PH, periodKind: 'week', periodStart: '2026-11-28', periodEnd: '2026-12-04', status: 'open', lines: 0,
    totals: { grossBenefit: 0, walletCopay: 0, commission: 0, adjustments: 0, netPayable: 0 }, closedAt: null, closedBy: null, closedTx: null,
    closedPosition: null, approvedAt: null, paidAt: null, payoutReference: null, disputeReason: null, updatedAt: null, version: 0,
  };
  const foldS = (events: StoredEvent[], from: StatementDoc | null = open) => events.reduce(evolveStatementDoc, from);

  it('is the same when every event is delivered twice', () => {
    for (let n = 1; n <= life.length; n++) expect(foldS(twice(life.slice(0, n)))).toEqual(foldS(life.slice(0, n)));
  });
  it('freezes the totals at closing, remembers where the close is in the feed, and ends paid', () => {
    expect(foldS(life.slice(0, 1))).toMatchObject({ status: 'closed', totals, lines: 1, closedPosition: life[0]?.position });
    expect(foldS(life)).toMatchObject({ status: 'paid', payoutReference: 'BANK-1', totals, version: 3 });
  });
  it('a statement closed without lines gets its row from the close', () => {
    expect(foldS(life.slice(0, 1), null)).toMatchObject({ id: S, status: 'closed', periodKind: 'week' });
  });
});
