import { medCardDecider, type MedCardCommand, type MedCardEvent, type MedCardState, type PrescriptionLineInput } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolveBeneficiaryDoc, beneficiaryProjection } from './beneficiary-projection';
import { evolveClaimDoc } from './claim-doc';
import { claimProjection } from './claim-projection';
import { evolveInsuranceClaimDoc, insuranceClaimProjection } from './insurance-claim-projection';
import { evolveMedCardDoc } from './medcard-projection';
import { evolveMonthlySpendDoc, monthlySpendProjection } from './monthly-spend-projection';

const CARD = 'HP-1000000172';
let clock = Date.parse('2026-11-22T08:00:00Z');
const meta = () => ({ now: new Date((clock += 60_000)).toISOString(), actorId: 'u-admin' });
const line = (drugCode: string, quantity: number, unitPrice: number): PrescriptionLineInput =>
  ({ drugCode, drugName: `Drug ${drugCode}`, quantity, unitPrice, totalPrice: quantity * unitPrice });
const claim = (prescriptionId: string, beneficiaryId: string, lines: PrescriptionLineInput[]) => ({
  prescriptionId, pharmacyId: 'ph-ezaby-maadi', beneficiaryId, lines, submittedTotal: lines.reduce((s, l) => s + l.totalPrice, 0),
});
const DOC = { name: 'invoice.pdf', contentType: 'application/pdf', size: 120_000 };

/** A card's whole life produced by the real decider, so every event is one that can occur. */
function history(): StoredEvent[] {
  let state: MedCardState = medCardDecider.initialState;
  const out: MedCardEvent[] = [];
  const run = (c: Omit<MedCardCommand, 'meta' | 'data'> & { data: Record<string, unknown> }) => {
    const events = medCardDecider.decide({ ...c, data: { cardId: CARD, ...c.data }, meta: meta() } as MedCardCommand, state);
    state = events.reduce(medCardDecider.evolve, state);
    out.push(...events);
  };
  const rx3 = claim('rx-3', 'b-child', [line('C', 1, 3_000)]);
  run({ type: 'IssueMedCard', data: {
    tier: 'gold', monthlyLimit: 10_000, expiresAt: '2027-11-22T08:00:00Z', insurance: { provider: 'Misr Insurance', policyNumber: 'MI-1' },
    holder: { userId: 'u-ahmed', beneficiaryId: 'b-self', name: 'Ahmed Hassan', nationalId: '28503140101235', dateOfBirth: '1985-03-14', mobile: '01012345678' } } });
  run({ type: 'ActivateMedCard', data: {} });
  run({ type: 'AddBeneficiary', data: { beneficiary: { beneficiaryId: 'b-spouse', relationship: 'spouse', name: 'Heba', nationalId: '28904100102463', dateOfBirth: '1989-04-10', mobile: '01001112233' } } });
  run({ type: 'SubmitPrescriptionClaim', data: { claim: claim('rx-1', 'b-self', [line('A', 2, 2_500)]) } }); // full: 4,000
  run({ type: 'SubmitPrescriptionClaim', data: { claim: claim('rx-2', 'b-spouse', [line('B', 1, 10_000)]) } }); // partial: 6,000 of 8,000
  run({ type: 'SubmitPrescriptionClaim', data: { claim: rx3 } }); // rejected: not on the card
  run({ type: 'AddBeneficiary', data: { beneficiary: { beneficiaryId: 'b-child', relationship: 'child', name: 'Youssef', nationalId: '31509300204571', dateOfBirth: '2015-09-30' } } });
  run({ type: 'SubmitPrescriptionClaim', data: { claim: rx3 } }); // rejected again: the month is used up
  run({ type: 'ChangeMonthlyLimit', data: { monthlyLimit: 20_000 } });
  run({ type: 'SubmitPrescriptionClaim', data: { claim: rx3 } }); // approved: 2,400
  run({ type: 'SubmitPrescriptionClaim', data: { claim: claim('rx-4', 'b-self', [line('A', 1, 2_500)]) } }); // refill too soon
  run({ type: 'GrantRefillOverride', data: { overrideId: 'ov-1', drugCode: 'A', reason: 'lost medication', expiresAt: '2026-11-29T08:00:00Z' } });
  run({ type: 'SubmitPrescriptionClaim', data: { claim: claim('rx-4', 'b-self', [line('A', 1, 2_500)]) } }); // approved with the override
  run({ type: 'SubmitPrescriptionClaim', data: { claim: claim('rx-5', 'b-self', [line('A', 1, 2_500), line('D', 1, 1_000)]) } }); // A too soon: D alone
  // Another pharmacy uses rx-1 too (its own claim), then takes it back the same day.
  run({ type: 'SubmitPrescriptionClaim', data: { claim: { ...claim('rx-1', 'b-self', [line('E', 1, 1_000)]), pharmacyId: 'ph-seif-smouha' } } }); // 800
  run({ type: 'ReversePrescriptionClaim', data: { pharmacyId: 'ph-seif-smouha', prescriptionId: 'rx-1', reason: 'PATIENT_LEFT', by: { kind: 'pharmacist', userId: 'u-seif' }, walletCopay: null } });
  run({ type: 'FileInsuranceClaim', data: { claimId: 'ic-1', amount: 1_000, documents: [DOC], prescriptionId: 'rx-1', filerRole: 'pharmacy' } });
  run({ type: 'ReturnInsuranceClaim', data: { claimId: 'ic-1', note: 'attach the prescription' } });
  run({ type: 'ResubmitInsuranceClaim', data: { claimId: 'ic-1', amount: 900, documents: [DOC, { ...DOC, name: 'rx.jpg', contentType: 'image/jpeg' }] } });
  run({ type: 'ApproveInsuranceClaim', data: { claimId: 'ic-1', approvedAmount: 800 } });
  run({ type: 'FileInsuranceClaim', data: { claimId: 'ic-2', amount: 900, documents: [DOC], filerRole: 'staff' } });
  run({ type: 'RejectInsuranceClaim', data: { claimId: 'ic-2', reason: 'NOT_COVERED' } });
  run({ type: 'ChangeTier', data: { tier: 'platinum' } });
  run({ type: 'ChangeCopayment', data: { copaymentPercent: 15 } });
  run({ type: 'RemoveBeneficiary', data: { beneficiaryId: 'b-spouse' } });
  run({ type: 'SuspendMedCard', data: { reason: 'fraud review' } });
  run({ type: 'ReactivateMedCard', data: {} });
  run({ type: 'CloseMedCard', data: { reason: 'holder request' } });
  return out.map((e, i) => ({
    position: i + 1, transactionId: i + 1, eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    streamId: CARD, aggregateType: 'medcard', type: e.type, version: i + 1, data: e.data, metadata: {}, timestamp: new Date(0),
  }));
}

const twice = (events: StoredEvent[]) => events.flatMap((e) => [e, e]);
const foldDocs = <D>(evolve: (d: D | null, e: StoredEvent) => D | null, key: (e: StoredEvent) => string, events: StoredEvent[]) => {
  const docs = new Map<string, D | null>();
  for (const e of events) docs.set(key(e), evolve(docs.get(key(e)) ?? null, e));
  return Object.fromEntries(docs);
};
const only = (types: readonly string[], events: StoredEvent[]) => events.filter((e) => types.includes(e.type));

describe('MedCard projections deliver every event twice and get the same read model', () => {
  const events = history();

  it('the history covers every MedCard event type but expiry', () => {
    expect(new Set(events.map((e) => e.type)).size).toBe(19);
  });

  it('medcards: terms, status and the stream version', () => {
    const once = foldDocs(evolveMedCardDoc, (e) => e.streamId, events);
    expect(foldDocs(evolveMedCardDoc, (e) => e.streamId, twice(events))).toEqual(once);
    expect(once[CARD]).toMatchObject({
      status: 'closed', statusReason: 'holder request', tier: 'platinum', monthlyLimit: 1_500_000, copaymentPercent: 15,
      holderUserId: 'u-ahmed', holderBeneficiaryId: 'b-self', insuranceProvider: 'Misr Insurance', version: events.length,
    });
  });

  it('medcards: an old event delivered late changes nothing', () => {
    const once = foldDocs(evolveMedCardDoc, (e) => e.streamId, events);
    expect(foldDocs(evolveMedCardDoc, (e) => e.streamId, [...events, events[1] as StoredEvent])).toEqual(once);
  });

  it('beneficiaries: the holder from the issue, members added and removed', () => {
    const mine = only(beneficiaryProjection.canHandle, events);
    const once = foldDocs(evolveBeneficiaryDoc, beneficiaryProjection.keyOf, mine);
    expect(foldDocs(evolveBeneficiaryDoc, beneficiaryProjection.keyOf, twice(mine))).toEqual(once);
    expect(Object.values(once).map((b) => [b?.beneficiaryId, b?.relationship, b?.status])).toEqual([
      ['b-self', 'self', 'active'], ['b-spouse', 'spouse', 'removed'], ['b-child', 'child', 'active'],
    ]);
    expect(Object.values(once)[2]).toMatchObject({ gender: 'male', mobile: null, dateOfBirth: '2015-09-30' });
  });

  it('prescription claims: full, partial, a rejection replaced by an approval, lines with their amounts', () => {
    const mine = only(claimProjection.canHandle, events);
    const once = foldDocs(evolveClaimDoc, claimProjection.keyOf, mine);
    expect(foldDocs(evolveClaimDoc, claimProjection.keyOf, twice(mine))).toEqual(once);
    const byRx = Object.fromEntries(Object.values(once).filter((c) => c?.pharmacyId === 'ph-ezaby-maadi').map((c) => [c?.prescriptionId, c]));
    expect(byRx['rx-1']).toMatchObject({ status: 'approved', submitted: 5_000, eligible: 5_000, copay: 1_000, benefit: 4_000, month: '2026-11', tier: 'gold', copaymentPercent: 20 });
    expect(byRx['rx-2']).toMatchObject({ status: 'partial', benefit: 6_000, copay: 4_000, remainingBefore: 6_000 });
    expect(byRx['rx-2']?.lines).toEqual([expect.objectContaining({ lineNo: 1, drugCode: 'B', limitedByMonthlyLimit: true, uncappedBenefit: 8_000, benefit: 6_000 })]);
    expect(byRx['rx-3']).toMatchObject({ status: 'approved', benefit: 2_400, rejectionCode: null });
    expect(byRx['rx-4']).toMatchObject({ status: 'approved', benefit: 2_000, overridesUsed: [{ overrideId: 'ov-1', drugCode: 'A' }] });
    // One line too soon: the claim is approved, that line rejected with its code and paid nothing.
    expect(byRx['rx-5']).toMatchObject({ status: 'approved', submitted: 3_500, eligible: 1_000, copay: 200, benefit: 800 });
    expect(byRx['rx-5']?.lines).toEqual([
      expect.objectContaining({ drugCode: 'A', benefit: 0, copay: 0, rejectionCode: 'REFILL_TOO_SOON', rejectionDetails: { earliestRefillDate: expect.any(String) } }),
      expect.objectContaining({ drugCode: 'D', benefit: 800, rejectionCode: null, rejectionDetails: null }),
    ]);
  });

  it('prescription claims: the same prescription id at another pharmacy is its own row; a reversal marks it reversed', () => {
    const mine = only(claimProjection.canHandle, events);
    const once = foldDocs(evolveClaimDoc, claimProjection.keyOf, mine);
    const rx1 = Object.values(once).filter((c) => c?.prescriptionId === 'rx-1');
    expect(rx1.map((c) => [c?.pharmacyId, c?.status])).toEqual([['ph-ezaby-maadi', 'approved'], ['ph-seif-smouha', 'reversed']]);
    expect(rx1[1]).toMatchObject({
      benefit: 800, lines: [expect.objectContaining({ drugCode: 'E' })],
      reversal: { reason: 'PATIENT_LEFT', note: null, by: 'u-seif', byKind: 'pharmacist', walletCopayRefunded: 0, at: expect.any(String) },
    });
    expect(rx1[0]?.reversal).toBeNull();
  });

  it('prescription claims: a rejection keeps the submitted amounts and pays nothing', () => {
    const firstRejection = events.find((e) => e.type === 'PrescriptionClaimRejected') as StoredEvent;
    const doc = evolveClaimDoc(null, firstRejection);
    expect(doc).toMatchObject({ status: 'rejected', rejectionCode: 'BENEFICIARY_NOT_ON_CARD', submitted: 3_000, eligible: 0, copay: 0, benefit: 0 });
    expect(evolveClaimDoc(doc, firstRejection)).toBe(doc);
  });

  it('monthly spend: the sum of approved benefit in the Cairo month, reversed claims given back', () => {
    const mine = only(monthlySpendProjection.canHandle, events);
    const once = foldDocs(evolveMonthlySpendDoc, monthlySpendProjection.keyOf, mine);
    expect(foldDocs(evolveMonthlySpendDoc, monthlySpendProjection.keyOf, twice(mine))).toEqual(once);
    expect(Object.values(once)).toEqual([expect.objectContaining({ cardId: CARD, month: '2026-11', benefitTotal: 4_000 + 6_000 + 2_400 + 2_000 + 800, claimCount: 5 })]);
  });

  it('insurance claims: returned, resubmitted and approved; rejected', () => {
    const mine = only(insuranceClaimProjection.canHandle, events);
    const once = foldDocs(evolveInsuranceClaimDoc, insuranceClaimProjection.keyOf, mine);
    expect(foldDocs(evolveInsuranceClaimDoc, insuranceClaimProjection.keyOf, twice(mine))).toEqual(once);
    const [ic1, ic2] = Object.values(once);
    expect(ic1).toMatchObject({ status: 'approved', amount: 900, approvedAmount: 800, revision: 2, filedByRole: 'pharmacy', prescriptionId: 'rx-1', reviewNote: null });
    expect(ic1?.documents).toHaveLength(2);
    expect(ic2).toMatchObject({ status: 'rejected', rejectionReason: 'NOT_COVERED', reviewNote: null, reviewedBy: 'u-admin' });
  });
});
