import { randomUUID } from 'node:crypto';
import { demoWallets } from '@healthpay/db/testing';
import type { WalletState } from '@healthpay/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';
import { SmsError } from '../../identity/sms/sms-port';
import { capturedSms, wrongCode } from '../../testing/sms';

const OMAR_WALLET = demoWallets.omar.walletId;
const OMAR_PHONE = '+201223456789';
const MONA_WALLET = demoWallets.mona.walletId;

let h: Harness;
const sms = capturedSms();
/** Omar's gold card (20% copay): a claim of 2 × 17.50 EGP leaves him 7.00 EGP to pay. */
let card: Awaited<ReturnType<typeof activeCard>>;
/** Keeps the spec's ~15 simulated minutes inside one UTC day (the daily code limit is a fixed window). */
const msIntoDay = Date.now() % 86_400_000;
let offset = msIntoDay > 86_400_000 - 30 * 60_000 || msIntoDay < 30 * 60_000 ? 60 * 60_000 : 0;

beforeAll(async () => {
  h = await apiHarness();
  h.services.sms = sms.sender;
  h.services.clock = () => new Date(Date.now() + offset);
  card = await activeCard(h, 'u-omar', { monthlyLimit: 1_000_000 });
  // The wallet is looked up in the read model (what the projector keeps; wallets exist long before a claim).
  await h.project();
});
afterAll(() => h.close());

/** Moves the API's clock forward (claims, holds, codes and rate limits all read it). */
const later = (seconds: number) => {
  offset += seconds * 1000;
};

const ezaby = () => h.as('u-pharmacist');
const seif = () => h.as('u-pharmacist-seif');

/** A new claim at El Ezaby on a card; returns the claim key the copay procedures take. */
async function claim(cardId = card.cardId, beneficiaryId = card.holder.beneficiaryId, pricePiasters = 1_750) {
  const result = await (await ezaby()).claims.submit({
    cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId, lines: [rxLine(`D-${randomUUID().slice(0, 8)}`, 2, pricePiasters)],
    submittedTotal: 2 * pricePiasters,
  });
  return { cardId, prescriptionId: result.prescriptionId, copay: result.copay };
}

/** A claim and its copay requested from Omar's wallet, with the code from the SMS. */
async function requested() {
  const c = await claim();
  const request = await (await ezaby()).copay.request({ cardId: c.cardId, prescriptionId: c.prescriptionId });
  return { ...c, request, code: sms.lastCode() };
}

const walletOf = async (walletId: string): Promise<Exclude<WalletState, { status: 'none' }>> => {
  const { state } = await h.services.aggregates.wallet.load(walletId);
  if (state.status === 'none') throw new Error(`no wallet ${walletId}`);
  return state;
};
const eventsOf = async (walletId: string) => h.services.store.readStream(walletId);
const holdEvents = async (holdOf: string) =>
  (await eventsOf(OMAR_WALLET)).filter((e) => (e.data as { holdId?: string }).holdId === holdOf).map((e) => e.type);
const holdIdOf = async (collectionId: string) =>
  (await h.services.pool.query<{ hold_id: string }>('SELECT hold_id FROM copay_collections WHERE id = $1', [collectionId])).rows[0]?.hold_id ?? '';

/** The tRPC and app codes a call was refused with. */
async function refusal(call: Promise<unknown>): Promise<{ trpc: string; app: string; details: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError) || !(error.cause instanceof AppError)) throw error;
    return { trpc: error.code, app: error.cause.code, details: error.cause.details };
  }
  throw new Error('expected a refusal');
}

describe('request → SMS → confirm', () => {
  it('holds the copay for the pharmacy, texts the code in Arabic and English, and captures exactly the copay', async () => {
    const before = await walletOf(OMAR_WALLET);
    const sent = sms.sent.length;
    const c = await claim();
    expect(c.copay).toBe(700);
    const request = await (await ezaby()).copay.request({ cardId: c.cardId, prescriptionId: c.prescriptionId });
    expect(request).toMatchObject({ status: 'requested', amount: 700, attemptsLeft: 5, channel: null, phoneEnding: '789', codeSent: true, prescriptionId: c.prescriptionId });
    expect(Date.parse(request.expiresAt) - h.services.clock().getTime()).toBeGreaterThan(9 * 60_000);

    expect(sms.sent).toHaveLength(sent + 1);
    const message = sms.sent.at(-1);
    expect(message?.phone).toBe(OMAR_PHONE);
    const code = sms.lastCode();
    expect(code).toMatch(/^\d{6}$/);
    for (const part of ['El Ezaby Pharmacy – Maadi', 'صيدليات العزبي – المعادي', 'EGP 7.00', '7.00 ج.م', 'Valid 10 minutes', 'never share', 'لا تشاركه']) {
      expect(message?.body).toContain(part);
    }
    // Only an HMAC of the code is kept.
    const stored = await h.services.pool.query<{ code_hash: string }>('SELECT code_hash FROM copay_collections WHERE id = $1', [request.collectionId]);
    expect(stored.rows[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]?.code_hash).not.toContain(code);

    // The money is reserved (not spendable), not taken.
    const held = await walletOf(OMAR_WALLET);
    expect(held.balance).toBe(before.balance);
    const holdId = await holdIdOf(request.collectionId);
    expect(held.holds[holdId]).toMatchObject({ amount: 700, reference: `copay:${c.cardId}:ph-ezaby-maadi:${c.prescriptionId}`, pharmacyId: 'ph-ezaby-maadi' });
    // The wallet page asks for the active holds: this one is among them until it is captured.
    const activeHolds = async () => {
      await h.project();
      return (await (await h.as('u-omar')).wallet.holds({ walletId: OMAR_WALLET, status: 'active' })).map((x) => x.holdId);
    };
    expect(await activeHolds()).toContain(holdId);

    const confirmed = await (await ezaby()).copay.confirm({ collectionId: request.collectionId, code });
    expect(confirmed).toMatchObject({ collectionId: request.collectionId, status: 'collected', channel: 'sms', amount: 700 });
    const after = await walletOf(OMAR_WALLET);
    expect(after.balance).toBe(before.balance - 700);
    expect(after.holds[holdId]).toBeUndefined();
    expect(await activeHolds()).not.toContain(holdId);
    const all = await (await h.as('u-omar')).wallet.holds({ walletId: OMAR_WALLET });
    expect(all.find((x) => x.holdId === holdId)).toMatchObject({ status: 'captured', captured: 700 });
    await expect((await h.as('u-omar')).wallet.holds({ walletId: OMAR_WALLET, status: 'gone' as 'active' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await holdEvents(holdId)).toEqual(['WalletHoldPlaced', 'WalletHoldCaptured']);
    const captured = (await eventsOf(OMAR_WALLET)).find((e) => e.type === 'WalletHoldCaptured' && (e.data as { holdId: string }).holdId === holdId);
    expect(captured?.data).toMatchObject({ amount: 700, released: 0 });
    expect(await (await ezaby()).copay.status({ collectionId: request.collectionId })).toMatchObject({ status: 'collected', channel: 'sms' });
  });

  it('accepts the code typed with spaces or Arabic-Indic digits', async () => {
    const { request, code } = await requested();
    const arabic = [...code].map((d) => String.fromCodePoint(0x0660 + Number(d))).join('');
    const typed = `${arabic.slice(0, 3)} ${arabic.slice(3)}`;
    expect(await (await ezaby()).copay.confirm({ collectionId: request.collectionId, code: typed })).toMatchObject({ status: 'collected' });
  });

  it('a wrong code counts down the tries; the 6th try is refused even with the right code, and nothing is taken', async () => {
    const { request, code } = await requested();
    const pharmacist = await ezaby();
    const left: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await refusal(pharmacist.copay.confirm({ collectionId: request.collectionId, code: wrongCode(code) }));
      expect(r).toMatchObject({ trpc: 'UNPROCESSABLE_CONTENT', app: 'COPAY_CODE_INVALID' });
      left.push(r.details.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    expect(await refusal(pharmacist.copay.confirm({ collectionId: request.collectionId, code }))).toMatchObject({
      app: 'COPAY_CODE_INVALID', details: { attemptsLeft: 0 },
    });
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced']);
    expect(await pharmacist.copay.status({ collectionId: request.collectionId })).toMatchObject({ status: 'requested', attemptsLeft: 0 });
    // Wrong codes are audited (never the code itself).
    const audited = await h.services.pool.query(`SELECT details FROM audit_log WHERE action = 'copay.confirm' AND result = 'COPAY_CODE_INVALID'`);
    expect(audited.rowCount).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(audited.rows)).not.toContain(wrongCode(code));
  });

  it('a code works once: reusing it is refused; a repeat with the same Idempotency-Key gets the first answer', async () => {
    const { request, code } = await requested();
    const key = `copay-${randomUUID()}`;
    const first = await (await h.as('u-pharmacist', { idempotencyKey: key })).copay.confirm({ collectionId: request.collectionId, code });
    const again = await (await h.as('u-pharmacist', { idempotencyKey: key })).copay.confirm({ collectionId: request.collectionId, code });
    expect(again).toEqual(first);
    expect(await refusal((await ezaby()).copay.confirm({ collectionId: request.collectionId, code }))).toMatchObject({ trpc: 'CONFLICT', app: 'COPAY_CLOSED' });
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced', 'WalletHoldCaptured']);
    // The claim is paid: no second request.
    expect(await refusal((await ezaby()).copay.request({ cardId: request.cardId, prescriptionId: request.prescriptionId }))).toMatchObject({ app: 'COPAY_NOT_DUE' });
  });

  it('concurrent confirms with the right code (two processes) capture once', async () => {
    const { request, code } = await requested();
    const other = h.secondProcess();
    const callers = [await ezaby(), await ezaby(), await ezaby(), await h.as('u-pharmacist', { services: other }), await h.as('u-pharmacist', { services: other })];
    const results = await Promise.allSettled(callers.map((c) => c.copay.confirm({ collectionId: request.collectionId, code })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect((r.reason as TRPCError).cause).toMatchObject({ code: 'COPAY_CLOSED' });
    }
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced', 'WalletHoldCaptured']);
  });
});

describe('another pharmacy', () => {
  it('can neither request, see, confirm nor cancel this pharmacy’s copay: the answers say it does not exist', async () => {
    const { request, code, cardId, prescriptionId } = await requested();
    const other = await seif();
    const before = (await eventsOf(OMAR_WALLET)).length;
    expect(await refusal(other.copay.request({ cardId, prescriptionId }))).toMatchObject({ trpc: 'NOT_FOUND', app: 'PRESCRIPTION_NOT_FOUND' });
    const unknown = { collectionId: randomUUID() };
    for (const input of [{ collectionId: request.collectionId }, unknown]) {
      expect(await refusal(other.copay.status(input))).toMatchObject({ trpc: 'NOT_FOUND', app: 'COPAY_NOT_FOUND' });
      expect(await refusal(other.copay.cancel(input))).toMatchObject({ trpc: 'NOT_FOUND', app: 'COPAY_NOT_FOUND' });
      expect(await refusal(other.copay.confirm({ ...input, code }))).toMatchObject({ trpc: 'NOT_FOUND', app: 'COPAY_NOT_FOUND' });
    }
    expect((await eventsOf(OMAR_WALLET)).length).toBe(before);
    // Its tries did not count either.
    expect(await (await ezaby()).copay.status({ collectionId: request.collectionId })).toMatchObject({ status: 'requested', attemptsLeft: 5 });
  });
});

describe('cancel', () => {
  it('voids the hold (the patient pays cash); the code no longer works and a second cancel answers the same', async () => {
    const before = await walletOf(OMAR_WALLET);
    const { request, code } = await requested();
    const pharmacist = await ezaby();
    expect(await pharmacist.copay.cancel({ collectionId: request.collectionId })).toMatchObject({ status: 'cancelled' });
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced', 'WalletHoldVoided']);
    expect((await walletOf(OMAR_WALLET)).balance).toBe(before.balance);
    expect(await pharmacist.copay.cancel({ collectionId: request.collectionId })).toMatchObject({ status: 'cancelled' });
    expect(await refusal(pharmacist.copay.confirm({ collectionId: request.collectionId, code }))).toMatchObject({ app: 'COPAY_CLOSED' });
  });

  it('cannot undo a collected copay', async () => {
    const { request, code } = await requested();
    await (await ezaby()).copay.confirm({ collectionId: request.collectionId, code });
    expect(await refusal((await ezaby()).copay.cancel({ collectionId: request.collectionId }))).toMatchObject({ trpc: 'CONFLICT', app: 'COPAY_CLOSED' });
  });
});

describe('expiry and new codes', () => {
  it('a code is valid 10 minutes: then refused as expired, shown as expired, and a new code may be requested', async () => {
    const { request, code, cardId, prescriptionId } = await requested();
    const pharmacist = await ezaby();
    // Too soon for another code.
    expect(await refusal(pharmacist.copay.request({ cardId, prescriptionId }))).toMatchObject({ trpc: 'TOO_MANY_REQUESTS', app: 'RATE_LIMITED' });
    later(10 * 60);
    expect(await refusal(pharmacist.copay.confirm({ collectionId: request.collectionId, code }))).toMatchObject({ app: 'COPAY_CODE_EXPIRED' });
    expect(await pharmacist.copay.status({ collectionId: request.collectionId })).toMatchObject({ status: 'expired' });
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced']);
    // The domain agrees: the hold cannot be captured any more, whoever asks.
    expect(await refusal((await h.as('u-admin')).wallet.captureHold({ walletId: OMAR_WALLET, holdId: await holdIdOf(request.collectionId), amount: 700 })))
      .toMatchObject({ app: 'HOLD_EXPIRED' });

    const again = await pharmacist.copay.request({ cardId, prescriptionId });
    expect(again.collectionId).not.toBe(request.collectionId);
    expect(await pharmacist.copay.confirm({ collectionId: again.collectionId, code: sms.lastCode() })).toMatchObject({ status: 'collected' });
  });

  it('a new code after a minute replaces the open one: its hold is voided and the old code is refused', async () => {
    const { request, code, cardId, prescriptionId } = await requested();
    later(61);
    const pharmacist = await ezaby();
    const again = await pharmacist.copay.request({ cardId, prescriptionId });
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced', 'WalletHoldVoided']);
    expect(await refusal(pharmacist.copay.confirm({ collectionId: request.collectionId, code }))).toMatchObject({ app: 'COPAY_CLOSED' });
    expect(await pharmacist.copay.status({ collectionId: again.collectionId })).toMatchObject({ status: 'requested', attemptsLeft: 5 });
    // Three codes per claim a day.
    later(61);
    await pharmacist.copay.request({ cardId, prescriptionId });
    later(61);
    expect(await refusal(pharmacist.copay.request({ cardId, prescriptionId }))).toMatchObject({ app: 'RATE_LIMITED' });
  });
});

describe('the patient approves in the portal', () => {
  it('sees the pending request (pharmacy, amount, expiry) and approving it captures the copay', async () => {
    const { request, code } = await requested();
    const omar = await h.as('u-omar');
    const pending = await omar.copay.pending({});
    expect(pending.find((p) => p.collectionId === request.collectionId)).toMatchObject({
      pharmacyName: 'El Ezaby Pharmacy – Maadi', pharmacyNameAr: 'صيدليات العزبي – المعادي', amount: 700, expiresAt: request.expiresAt,
    });
    // Nobody else sees or approves it.
    const ahmed = await h.as('u-ahmed');
    expect((await ahmed.copay.pending({})).some((p) => p.collectionId === request.collectionId)).toBe(false);
    expect(await refusal(ahmed.copay.approve({ collectionId: request.collectionId }))).toMatchObject({ trpc: 'NOT_FOUND', app: 'COPAY_NOT_FOUND' });

    expect(await omar.copay.approve({ collectionId: request.collectionId })).toMatchObject({ status: 'collected', channel: 'portal', amount: 700 });
    expect(await (await ezaby()).copay.status({ collectionId: request.collectionId })).toMatchObject({ status: 'collected', channel: 'portal' });
    expect((await omar.copay.pending({})).some((p) => p.collectionId === request.collectionId)).toBe(false);
    expect(await refusal((await ezaby()).copay.confirm({ collectionId: request.collectionId, code }))).toMatchObject({ app: 'COPAY_CLOSED' });
    expect(await refusal(omar.copay.approve({ collectionId: request.collectionId }))).toMatchObject({ app: 'COPAY_CLOSED' });
    expect(await holdEvents(await holdIdOf(request.collectionId))).toEqual(['WalletHoldPlaced', 'WalletHoldCaptured']);
  });
});

describe('when the SMS provider fails', () => {
  it('the request stays open without a code (codeSent: false) and the patient can still approve it in the portal', async () => {
    const c = await claim();
    const working = h.services.sms;
    h.services.sms = { name: 'cequens', send: () => Promise.reject(new SmsError('Cequens refused the message (HTTP 503)')) };
    const request = await (await ezaby()).copay.request({ cardId: c.cardId, prescriptionId: c.prescriptionId }).finally(() => {
      h.services.sms = working;
    });
    expect(request).toMatchObject({ status: 'requested', codeSent: false });
    expect(await (await h.as('u-omar')).copay.approve({ collectionId: request.collectionId })).toMatchObject({ status: 'collected', channel: 'portal' });
  });
});

describe('refusals before any SMS', () => {
  it('not enough money in the wallet: INSUFFICIENT_FUNDS, no SMS, no hold, no open request', async () => {
    const monaCard = await activeCard(h, 'u-mona', { monthlyLimit: 10_000_000 });
    const c = await claim(monaCard.cardId, monaCard.holder.beneficiaryId, 500_000);
    const available = (await walletOf(MONA_WALLET)).balance;
    expect(c.copay).toBeGreaterThan(available);
    const sent = sms.sent.length;
    const events = (await eventsOf(MONA_WALLET)).length;
    expect(await refusal((await ezaby()).copay.request({ cardId: c.cardId, prescriptionId: c.prescriptionId }))).toMatchObject({
      trpc: 'UNPROCESSABLE_CONTENT', app: 'INSUFFICIENT_FUNDS',
    });
    expect(sms.sent).toHaveLength(sent);
    expect((await eventsOf(MONA_WALLET)).length).toBe(events);
    const rows = await h.services.pool.query('SELECT 1 FROM copay_collections WHERE card_id = $1', [c.cardId]);
    expect(rows.rowCount).toBe(0);
  });

  it('a claim with nothing for the patient to pay: COPAY_NOT_DUE', async () => {
    const free = await activeCard(h, 'u-omar', { copaymentPercent: 0 });
    const c = await claim(free.cardId, free.holder.beneficiaryId);
    expect(c.copay).toBe(0);
    expect(await refusal((await ezaby()).copay.request({ cardId: c.cardId, prescriptionId: c.prescriptionId }))).toMatchObject({ app: 'COPAY_NOT_DUE' });
  });

  it('junk input is a validation error, never a 500', async () => {
    const pharmacist = await ezaby();
    for (const input of [{ collectionId: 'x', code: '123456' }, { collectionId: randomUUID(), code: '12345' }, { collectionId: randomUUID(), code: 'abcdef' }]) {
      expect(await refusal(pharmacist.copay.confirm(input))).toMatchObject({ trpc: 'BAD_REQUEST', app: 'VALIDATION_FAILED' });
    }
    expect(await refusal(pharmacist.copay.request({ cardId: 'HP-1', prescriptionId: 'x' }))).toMatchObject({ app: 'VALIDATION_FAILED' });
  });
});

describe('the read side', () => {
  it('the pharmacy’s claims say which copays came from the wallet; the patient’s history names the pharmacy', async () => {
    const { request, code, prescriptionId } = await requested();
    await (await ezaby()).copay.confirm({ collectionId: request.collectionId, code });
    const cash = await claim();
    await h.project();
    const claims = await (await ezaby()).claims.byPharmacy({ limit: 100 });
    expect(claims.items.find((c) => c.prescriptionId === prescriptionId)).toMatchObject({ copayPaidFrom: 'wallet', copay: 700 });
    expect(claims.items.find((c) => c.prescriptionId === cash.prescriptionId)).toMatchObject({ copayPaidFrom: 'cash' });
    const history = await (await h.as('u-omar')).wallet.history({ walletId: OMAR_WALLET, limit: 50 });
    const holdId = await holdIdOf(request.collectionId);
    const line = history.items.find((l) => l.kind === 'capture' && l.reference === holdId);
    expect(line).toMatchObject({ amount: -700, copay: { pharmacyName: 'El Ezaby Pharmacy – Maadi', pharmacyNameAr: 'صيدليات العزبي – المعادي', prescriptionId } });
    expect(history.items.filter((l) => l.kind !== 'capture').every((l) => l.copay === null)).toBe(true);
  });
});
