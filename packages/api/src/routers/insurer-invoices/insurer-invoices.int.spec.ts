import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { apiHarness, type Harness } from '../../testing/harness';
import { rxLine } from '../../testing/medcards';

/*
 * An insurer billed for a month end to end: claims on an insured card in October (services.clock set to it), the
 * invoice drafted in November from the claims read model, issued and paid in two parts, and the ledger after it.
 */
const OCTOBER = new Date('2026-10-14T10:00:00.000Z');
const NOVEMBER = new Date('2026-11-03T10:00:00.000Z');
const INVOICE = 'insurer-invoice:nile-assurance:2026-10';

let h: Harness;
let benefit = 0;
const codeOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (e instanceof TRPCError && e.cause instanceof AppError ? e.cause.code : String(e)));

beforeAll(async () => {
  h = await apiHarness();
  h.services.clock = () => OCTOBER;
  const card = await (await h.as('u-admin')).medcard.issue({
    userId: 'u-omar', tier: 'gold', activate: true, insurance: { provider: 'Nile  Assurance', policyNumber: 'NA-1' }, secondCardReason: 'insured card for the invoice spec',
  });
  const pharmacist = await h.as('u-pharmacist');
  for (const price of [4_000, 2_500]) {
    const lines = [rxLine(`D-INV-${price}`, 2, price)]; // another drug each time (no refill-too-soon)
    const r = await pharmacist.claims.submit({ cardId: card.cardId, prescriptionId: `rx-inv-${randomUUID()}`, beneficiaryId: card.holder.beneficiaryId, lines, submittedTotal: 2 * price });
    benefit += r.benefit;
  }
  await h.project();
  h.services.clock = () => NOVEMBER;
});
afterAll(() => h?.close());

describe('insurer invoices', () => {
  it('lists the insurer under one key whatever the spacing on the card', async () => {
    const insurers = await (await h.as('u-finance')).insurerInvoices.insurers();
    expect(insurers).toContainEqual({ insurerKey: 'nile-assurance', insurerName: 'Nile  Assurance', cards: 1 });
  });

  it('drafts the month from the approved claims, issues it and records payments up to the total', async () => {
    const finance = await h.as('u-finance');
    const draft = await finance.insurerInvoices.draft({ insurerKey: 'nile-assurance', month: '2026-10' });
    expect(draft).toMatchObject({ invoiceId: INVOICE, status: 'draft', total: benefit, paid: 0, insurerName: 'Nile Assurance' });
    expect(draft.lines).toHaveLength(2);
    expect(await codeOf(finance.insurerInvoices.draft({ insurerKey: 'nile-assurance', month: '2026-10' }))).toBe('INSURER_INVOICE_ALREADY_EXISTS');
    expect(await codeOf(finance.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: 100, reference: 'EARLY' }))).toBe('INVALID_STATE_TRANSITION');
    await finance.insurerInvoices.issue({ invoiceId: INVOICE });
    const part = await finance.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: 1_000, reference: 'NBE-1' });
    expect(part).toMatchObject({ status: 'partially_paid', paid: 1_000, outstanding: benefit - 1_000 });
    expect(await codeOf(finance.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: benefit, reference: 'NBE-2' }))).toBe('INSURER_PAYMENT_EXCEEDS_OUTSTANDING');
    const full = await finance.insurerInvoices.recordPayment({ invoiceId: INVOICE, amount: benefit - 1_000, reference: 'NBE-2' });
    expect(full.status).toBe('paid');
    await h.project();
    const listed = await finance.insurerInvoices.list({ insurerKey: 'nile-assurance' });
    expect(listed.map((i) => [i.invoiceId, i.status, i.lineCount, i.outstanding])).toEqual([[INVOICE, 'paid', 2, 0]]);
    expect((await finance.insurerInvoices.get({ invoiceId: INVOICE })).payments.map((p) => p.reference)).toEqual(['NBE-1', 'NBE-2']);
  });

  it('leaves the ledger balanced: the insurer receivable cleared into the bank', async () => {
    const finance = await h.as('u-finance');
    const tb = await finance.ledger.trialBalance({ day: '2026-11-03' });
    expect(tb.sum).toBe(0);
    expect(tb.balanced).toBe(true);
    const receivable = await finance.ledger.statement({ account: 'insurer-receivable:nile-assurance', day: '2026-11-03' });
    expect(receivable.balance).toBe(0);
    expect(receivable.entries.map((e) => [e.eventType, e.debit, e.credit])).toEqual([
      ['InsurerInvoicePaymentRecorded', 0, benefit - 1_000], ['InsurerInvoicePaymentRecorded', 0, 1_000],
      ['PrescriptionClaimApproved', expect.any(Number), 0], ['PrescriptionClaimApproved', expect.any(Number), 0],
    ]);
    const receivables = await finance.ledger.accounts({ day: '2026-10-31', kind: 'insurer-receivable' });
    expect(receivables.items.find((a) => a.account === 'insurer-receivable:nile-assurance')?.balance).toBe(benefit);
  });

  it('keeps every wallet account equal to the wallet read model (seeded history, transfers, copays and all)', async () => {
    const finance = await h.as('u-finance');
    const accounts = (await finance.ledger.accounts({ day: '2099-12-31', kind: 'wallet' })).items;
    const wallets = (await h.services.pool.query<{ wallet_id: string; balance: number }>('SELECT wallet_id, balance FROM wallets WHERE balance <> 0 ORDER BY wallet_id')).rows;
    expect(wallets.length).toBeGreaterThan(0);
    // A wallet is a liability: its ledger balance (debit − credit) is minus what the patient holds.
    for (const w of wallets) expect(accounts.find((a) => a.account === `wallet:${w.wallet_id}`)?.balance).toBe(-w.balance);
    expect((await finance.ledger.trialBalance({ day: '2099-12-31' })).sum).toBe(0);
  });

  it('refuses a bad day or cursor as validation, not a 500', async () => {
    const finance = await h.as('u-finance');
    expect(await codeOf(finance.ledger.trialBalance({ day: '2026-02-30' }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(finance.ledger.statement({ account: 'bank', day: '2026-11-03', cursor: 'nope' }))).toBe('VALIDATION_FAILED');
  });
});
