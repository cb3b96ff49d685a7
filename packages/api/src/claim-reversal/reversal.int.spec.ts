import { randomUUID } from 'node:crypto';
import { demoWallets } from '@healthpay/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { apiHarness, type Harness } from '../testing/harness';
import { activeCard, rxLine } from '../testing/medcards';
import { capturedSms } from '../testing/sms';

const OMAR_WALLET = demoWallets.omar.walletId;
let h: Harness;
const sms = capturedSms();
/** Omar's gold card (20% copay). */
let card: Awaited<ReturnType<typeof activeCard>>;
let offset = 0;

beforeAll(async () => {
  h = await apiHarness();
  h.services.sms = sms.sender;
  // A fixed Cairo midday: "the same day" must not depend on when the spec runs.
  const start = Date.parse('2026-12-06T10:00:00Z');
  h.services.clock = () => new Date(start + offset);
  card = await activeCard(h, 'u-omar', { monthlyLimit: 1_000_000 });
  await h.project();
});
afterAll(() => h.close());

const ezaby = () => h.as('u-pharmacist');
const seif = () => h.as('u-pharmacist-seif');

/** A claim at `who`'s pharmacy: 2 × 17.50 EGP, copay 7.00 EGP, benefit 28.00 EGP. */
async function claim(who = ezaby, prescriptionId = `rx-${randomUUID()}`, drug = `D-${randomUUID().slice(0, 8)}`) {
  return (await who()).claims.submit({
    cardId: card.cardId, prescriptionId, beneficiaryId: card.holder.beneficiaryId, lines: [rxLine(drug, 2, 1_750)], submittedTotal: 3_500,
  });
}

async function refusal(call: Promise<unknown>): Promise<{ trpc: string; app: string }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError) || !(error.cause instanceof AppError)) throw error;
    return { trpc: error.code, app: error.cause.code };
  }
  throw new Error('expected a refusal');
}

const remaining = async () => {
  const { state } = await h.services.aggregates.medcard.load(card.cardId);
  return state.status === 'none' ? 0 : state.monthlyLimit - (state.benefitByMonth['2026-12'] ?? 0);
};
const walletEvents = async () => h.services.store.readStream(OMAR_WALLET);
const balance = async () => {
  const { state } = await h.services.aggregates.wallet.load(OMAR_WALLET);
  return state.status === 'none' ? 0 : state.balance;
};
const monthSpend = async () =>
  (await h.services.pool.query<{ benefit: string }>('SELECT benefit_total AS benefit FROM medcard_monthly_spend WHERE card_id = $1 AND month = $2', [card.cardId, '2026-12']))
    .rows[0]?.benefit;

describe('claim reversal, end to end', () => {
  it('gives the benefit back and refunds a wallet copay exactly once under two concurrent reversals', async () => {
    const c = await claim();
    const request = await (await ezaby()).copay.request({ cardId: card.cardId, prescriptionId: c.prescriptionId });
    await (await ezaby()).copay.confirm({ collectionId: request.collectionId, code: sms.lastCode() });
    await h.project();
    const [before, paid, spent] = [await remaining(), await balance(), Number(await monthSpend())];

    const pharmacist = await ezaby();
    const body = { cardId: card.cardId, prescriptionId: c.prescriptionId, reason: 'PATIENT_LEFT' as const };
    const [first, second] = await Promise.all([pharmacist.claims.reverse(body), pharmacist.claims.reverse({ ...body, reason: 'WRONG_CARD' })]);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ status: 'reversed', reversal: { byKind: 'pharmacist', by: 'u-pharmacist', walletCopayRefunded: 700 } });

    const refunds = (await walletEvents()).filter((e) => e.type === 'WalletCredited' && (e.data as { reference: string }).reference.startsWith('copay-refund:'));
    expect(refunds.map((e) => e.data)).toEqual([
      expect.objectContaining({ amount: 700, reference: `copay-refund:${card.cardId}:ph-ezaby-maadi:${c.prescriptionId}` }),
    ]);
    expect(await balance()).toBe(paid + 700);
    expect(await remaining()).toBe(before + c.benefit);

    await h.project();
    expect(Number(await monthSpend())).toBe(spent - c.benefit);
    const view = await (await ezaby()).claims.get({ cardId: card.cardId, prescriptionId: c.prescriptionId });
    expect(view).toMatchObject({ status: 'reversed', reversal: { reason: first.reversal?.reason, walletCopayRefunded: 700 } });
    const history = await (await h.as('u-omar')).wallet.history({ walletId: OMAR_WALLET, limit: 5 });
    expect(history.items[0]).toMatchObject({ kind: 'credit', amount: 700, copayRefund: { prescriptionId: c.prescriptionId, pharmacyName: expect.any(String) } });
    // Nothing more to collect on a reversed claim.
    expect(await refusal((await ezaby()).copay.request({ cardId: card.cardId, prescriptionId: c.prescriptionId }))).toMatchObject({ app: 'COPAY_NOT_DUE' });
  });

  it('voids an open copay request instead of refunding', async () => {
    const c = await claim();
    const request = await (await ezaby()).copay.request({ cardId: card.cardId, prescriptionId: c.prescriptionId });
    const paid = await balance();
    const reversed = await (await ezaby()).claims.reverse({ cardId: card.cardId, prescriptionId: c.prescriptionId, reason: 'WRONG_CARD' });
    expect(reversed.reversal).toMatchObject({ walletCopayRefunded: 0 });
    const holdId = (await h.services.pool.query<{ hold_id: string }>('SELECT hold_id FROM copay_collections WHERE id = $1', [request.collectionId])).rows[0]?.hold_id;
    expect((await walletEvents()).filter((e) => (e.data as { holdId?: string }).holdId === holdId).map((e) => e.type)).toEqual(['WalletHoldPlaced', 'WalletHoldVoided']);
    expect(await balance()).toBe(paid);
  });

  it('refuses a rejected claim, another pharmacy, and the pharmacy after the day; staff may reverse later', async () => {
    const rejected = await (await ezaby()).claims.submit({
      cardId: card.cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId: 'b-not-on-card', lines: [rxLine('X', 1, 1_000)], submittedTotal: 1_000,
    });
    expect(await refusal((await ezaby()).claims.reverse({ cardId: card.cardId, prescriptionId: rejected.prescriptionId, reason: 'WRONG_CARD' })))
      .toEqual({ trpc: 'UNPROCESSABLE_CONTENT', app: 'CLAIM_NOT_REVERSIBLE' });
    const c = await claim();
    expect(await refusal((await seif()).claims.reverse({ cardId: card.cardId, prescriptionId: c.prescriptionId, reason: 'WRONG_CARD' })))
      .toMatchObject({ app: 'PRESCRIPTION_NOT_FOUND' });
    offset += 24 * 3_600_000;
    try {
      expect(await refusal((await ezaby()).claims.reverse({ cardId: card.cardId, prescriptionId: c.prescriptionId, reason: 'WRONG_CARD' })))
        .toMatchObject({ app: 'REVERSAL_WINDOW_CLOSED' });
      const staff = await (await h.as('u-finance')).claims.staffReverse({
        cardId: card.cardId, pharmacyId: 'ph-ezaby-maadi', prescriptionId: c.prescriptionId, reason: 'OTHER', note: 'Pharmacy called support',
      });
      expect(staff).toMatchObject({ status: 'reversed', reversal: { byKind: 'staff', by: 'u-finance', note: 'Pharmacy called support' } });
    } finally {
      offset -= 24 * 3_600_000;
    }
  });
});

describe('issue 10 item 7b: a claim is (card, pharmacy, prescription)', () => {
  it('pharmacy B claiming pharmacy A’s prescription id is a new claim, not DUPLICATE_PRESCRIPTION; A’s repeat is still idempotent', async () => {
    const prescriptionId = `rx-${randomUUID()}`;
    const atA = await claim(ezaby, prescriptionId, 'DRUG-A');
    const atB = await claim(seif, prescriptionId, 'DRUG-B');
    expect(atB).toMatchObject({ pharmacyId: 'ph-seif-smouha', prescriptionId, status: 'approved' });
    expect(await claim(ezaby, prescriptionId, 'DRUG-A')).toEqual(atA);
    expect(await refusal(claim(ezaby, prescriptionId, 'DRUG-C'))).toMatchObject({ app: 'DUPLICATE_PRESCRIPTION' });
    // The refill rule still holds across pharmacies: A's drug at B under a new id is too soon.
    expect(await claim(seif, `rx-${randomUUID()}`, 'DRUG-A')).toMatchObject({ status: 'rejected', rejection: { code: 'REFILL_TOO_SOON' } });
    await h.project();
    expect(await (await seif()).claims.get({ cardId: card.cardId, prescriptionId })).toMatchObject({ lines: [{ drugCode: 'DRUG-B' }] });
    expect(await (await ezaby()).claims.get({ cardId: card.cardId, prescriptionId })).toMatchObject({ lines: [{ drugCode: 'DRUG-A' }] });
    // Staff must say which pharmacy's claim they mean.
    const admin = await h.as('u-admin');
    expect(await refusal(admin.claims.get({ cardId: card.cardId, prescriptionId }))).toMatchObject({ app: 'VALIDATION_FAILED' });
    expect(await admin.claims.get({ cardId: card.cardId, prescriptionId, pharmacyId: 'ph-seif-smouha' })).toMatchObject({ pharmacyName: expect.any(String) });
  });
});
