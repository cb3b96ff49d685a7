import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { apiHarness, type Harness } from '../../testing/harness';
import { rxLine } from '../../testing/medcards';

/*
 * Issue 14's known gap: a claim reversed after the insurer invoice that billed it was issued. Claims on an insured card in
 * September and October (services.clock), invoices drafted in November; reversals by finance, then credit notes on the
 * invoices, the payment cap after them, and the insurer receivable in the ledger agreeing with what the invoice says.
 */
const SEPTEMBER = new Date('2026-09-14T10:00:00.000Z');
const OCTOBER = new Date('2026-10-14T10:00:00.000Z');
const NOVEMBER = new Date('2026-11-03T10:00:00.000Z');
const KEY = 'delta-care';
const INVOICE = `insurer-invoice:${KEY}:2026-10`;
const SEPT_INVOICE = `insurer-invoice:${KEY}:2026-09`;

let h: Harness;
let cardId = '';
interface Claim { prescriptionId: string; benefit: number }
const october: Claim[] = [];
const september: Claim[] = [];
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof TRPCError && e.cause instanceof AppError ? e.cause.code : String(e)));
const finance = () => h.as('u-finance');
const reverse = async (c: Claim) => (await finance()).claims.staffReverse({ cardId, pharmacyId: 'ph-ezaby-maadi', prescriptionId: c.prescriptionId, reason: 'WRONG_DRUGS' });
const claimOf = (c: Claim) => ({ cardId, pharmacyId: 'ph-ezaby-maadi', prescriptionId: c.prescriptionId, benefit: c.benefit });

let beneficiaryId = '';
async function submit(into: Claim[], drug: string, price: number) {
  const r = await (await h.as('u-pharmacist')).claims.submit({
    cardId, prescriptionId: `rx-credit-${randomUUID()}`, beneficiaryId, lines: [rxLine(drug, 2, price)], submittedTotal: 2 * price,
  });
  expect(r.benefit).toBeGreaterThan(0);
  into.push({ prescriptionId: r.prescriptionId, benefit: r.benefit });
}

beforeAll(async () => {
  h = await apiHarness();
  h.services.clock = () => SEPTEMBER;
  const card = await (await h.as('u-admin')).medcard.issue({
    userId: 'u-omar', tier: 'gold', activate: true, insurance: { provider: 'Delta Care', policyNumber: 'DC-1' }, secondCardReason: 'insured card for the credit spec',
  });
  cardId = card.cardId;
  beneficiaryId = card.holder.beneficiaryId;
  for (const [drug, price] of [['D-CR-S1', 1_500], ['D-CR-S2', 1_200]] as const) await submit(september, drug, price);
  h.services.clock = () => OCTOBER;
  // Another drug each time (no refill-too-soon).
  for (const [drug, price] of [['D-CR-1', 4_000], ['D-CR-2', 2_500], ['D-CR-3', 3_000]] as const) await submit(october, drug, price);
  await h.project();
  h.services.clock = () => NOVEMBER;
});
afterAll(() => h?.close());

describe('credits on insurer invoices for claims reversed after billing', () => {
  it('refuses to credit a draft, and says the reversed claim is waiting to be credited', async () => {
    const f = await finance();
    await f.insurerInvoices.draft({ insurerKey: KEY, month: '2026-09' });
    await reverse(september[0]!);
    await h.project();
    const draft = await f.insurerInvoices.get({ invoiceId: SEPT_INVOICE });
    expect(draft.reversedToCredit).toEqual([expect.objectContaining(claimOf(september[0]!))]);
    expect(await codeOf(f.insurerInvoices.creditReversedClaims({ invoiceId: SEPT_INVOICE }))).toBe('INVALID_STATE_TRANSITION');
  });

  it('has nothing to credit before a claim is reversed, whatever lines a client sends', async () => {
    const f = await finance();
    const draft = await f.insurerInvoices.draft({ insurerKey: KEY, month: '2026-10' });
    const total = october.reduce((s, c) => s + c.benefit, 0);
    expect(draft).toMatchObject({ status: 'draft', total, credited: 0, outstanding: total, overpaid: 0, credits: [] });
    await f.insurerInvoices.issue({ invoiceId: INVOICE });
    await h.project();
    expect((await f.insurerInvoices.get({ invoiceId: INVOICE })).reversedToCredit).toEqual([]);
    // The input names the invoice only: lines a client adds are not read.
    const invented = { invoiceId: INVOICE, lines: [claimOf(october[0]!)] } as unknown as { invoiceId: string };
    expect(await codeOf(f.insurerInvoices.creditReversedClaims(invented))).toBe('INSURER_INVOICE_NOTHING_TO_CREDIT');
  });

  it('credits a claim reversed after issue, lowers what is outstanding, and caps payments at it', async () => {
    const f = await finance();
    const [first, second, third] = october as [Claim, Claim, Claim];
    const total = first.benefit + second.benefit + third.benefit;
    await f.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: 1_000, reference: 'DC-1' });
    await reverse(first);
    await h.project();
    const before = await f.insurerInvoices.get({ invoiceId: INVOICE });
    expect(before.reversedToCredit).toEqual([expect.objectContaining(claimOf(first))]);
    expect(before.outstanding).toBe(total - 1_000);

    const credited = await f.insurerInvoices.creditReversedClaims({ invoiceId: INVOICE, reason: '  Reversed by the pharmacy  ' });
    expect(credited).toMatchObject({ status: 'partially_paid', total, paid: 1_000, credited: first.benefit, outstanding: total - first.benefit - 1_000, overpaid: 0 });
    expect(credited.credits).toEqual([{ lines: [expect.objectContaining(claimOf(first))], amount: first.benefit, reason: 'Reversed by the pharmacy', at: NOVEMBER.toISOString() }]);

    // Again before the read model has caught up (it still lists the claim), then after: never a second credit.
    expect(await codeOf(f.insurerInvoices.creditReversedClaims({ invoiceId: INVOICE }))).toBe('INSURER_INVOICE_NOTHING_TO_CREDIT');
    await h.project();
    const after = await f.insurerInvoices.get({ invoiceId: INVOICE });
    expect(after).toMatchObject({ credited: first.benefit, outstanding: credited.outstanding, reversedToCredit: [] });
    expect(after.credits).toEqual(credited.credits);
    expect(await codeOf(f.insurerInvoices.creditReversedClaims({ invoiceId: INVOICE }))).toBe('INSURER_INVOICE_NOTHING_TO_CREDIT');

    expect(await codeOf(f.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: after.outstanding + 1, reference: 'DC-2' }))).toBe('INSURER_PAYMENT_EXCEEDS_OUTSTANDING');
    const paid = await f.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: after.outstanding, reference: 'DC-2' });
    expect(paid).toMatchObject({ status: 'paid', outstanding: 0, overpaid: 0, paid: total - first.benefit });
  });

  it('shows what is owed back when a paid claim is reversed and credited, matching the insurer receivable', async () => {
    const f = await finance();
    const second = october[1]!;
    await reverse(second);
    await h.project();
    const credited = await f.insurerInvoices.creditReversedClaims({ invoiceId: INVOICE });
    expect(credited).toMatchObject({ status: 'paid', outstanding: 0, overpaid: second.benefit });
    expect(credited.credits.map((c) => c.amount)).toEqual([october[0]!.benefit, second.benefit]);
    await h.project();
    const listed = (await f.insurerInvoices.list({ insurerKey: KEY })).find((i) => i.invoiceId === INVOICE);
    expect(listed).toMatchObject({ status: 'paid', overpaid: second.benefit, credited: october[0]!.benefit + second.benefit });

    // The ledger posted each reversal, not the credits: the receivable is minus what the invoice owes back, and
    // September's draft (its reversed claim taken off too) is all that is still receivable.
    const septemberDue = september[1]!.benefit;
    const receivable = await f.ledger.statement({ account: `insurer-receivable:${KEY}`, day: '2026-11-03' });
    expect(receivable.balance).toBe(septemberDue - second.benefit);
    expect(receivable.entries.some((e) => e.eventType === 'InsurerInvoiceCredited')).toBe(false);
    expect((await f.ledger.trialBalance({ day: '2026-11-03' })).sum).toBe(0);
  });
});
