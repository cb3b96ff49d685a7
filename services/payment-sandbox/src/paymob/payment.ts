import { randomBytes } from 'node:crypto';
import { HttpError } from '../http/body';
import { sendProcessedCallback } from './callbacks';
import type { PaymobContext } from './context';
import { cardOutcome, PAYMOB_TEST_WALLET } from './test-cards';
import { cardBrand, createTransaction } from './transactions';
import type { Intention, PaymobTransaction } from './types';

export type PaymentMethod = { kind: 'card'; cardNumber: string } | { kind: 'wallet'; phone: string };

export type PaymentStep = { kind: 'done'; transaction: PaymobTransaction } | { kind: '3ds'; token: string };

const OUTCOME_DATA = {
  approved: { message: 'Approved', txn_response_code: 'APPROVED', acq_response_code: '00' },
  declined: { message: 'Do not honour', txn_response_code: 'DECLINED', acq_response_code: '05' },
  threeDsFailed: { message: '3DS authentication failed', txn_response_code: 'AUTHENTICATION_FAILED', acq_response_code: '-' },
  walletDeclined: { message: 'Wallet payment was declined', txn_response_code: 'DECLINED', acq_response_code: '-' },
} as const;

export function findIntention(ctx: PaymobContext, idOrSecret: string): Intention {
  const intention = ctx.store.findIntention(idOrSecret);
  if (!intention) throw new HttpError(404, 'Payment intention not found.');
  return intention;
}

function settle(ctx: PaymobContext, intention: Intention, spec: Omit<Parameters<typeof createTransaction>[2], 'amountCents' | 'integrationId'>): PaymobTransaction {
  if (ctx.store.paymentOf(intention)) throw new HttpError(409, 'This payment has already been completed.');
  const integrationId = intention.integrationIds[0] ?? ctx.options.integrationIds[0] ?? 0;
  const tx = createTransaction(ctx.store, intention, { ...spec, amountCents: intention.amount, integrationId }, new Date());
  if (tx.success) tx.order.paid_amount_cents = intention.amount;
  sendProcessedCallback(ctx, intention, tx);
  return tx;
}

function cardSource(cardNumber: string) {
  return { pan: cardNumber.slice(-4), type: 'card' as const, sub_type: cardBrand(cardNumber), tenure: null };
}

/** What submitting the checkout form does: settle the payment, or stop at the 3-D Secure step. */
export function startPayment(ctx: PaymobContext, intention: Intention, method: PaymentMethod): PaymentStep {
  if (ctx.store.paymentOf(intention)) throw new HttpError(409, 'This payment has already been completed.');
  if (method.kind === 'wallet') {
    const ok = method.phone === PAYMOB_TEST_WALLET;
    const source = { pan: method.phone, type: 'wallet' as const, sub_type: 'wallet', tenure: null };
    const data = { ...(ok ? OUTCOME_DATA.approved : OUTCOME_DATA.walletDeclined), wallet_msisdn: method.phone };
    return { kind: 'done', transaction: settle(ctx, intention, { success: ok, is3dSecure: false, source, data }) };
  }
  const outcome = cardOutcome(method.cardNumber);
  if (outcome === '3ds-fail') {
    const token = randomBytes(16).toString('hex');
    ctx.store.threeDs.set(token, { intentionId: intention.id, cardNumber: method.cardNumber });
    return { kind: '3ds', token };
  }
  const ok = outcome === 'success';
  const data = { ...(ok ? OUTCOME_DATA.approved : OUTCOME_DATA.declined) };
  return { kind: 'done', transaction: settle(ctx, intention, { success: ok, is3dSecure: false, source: cardSource(method.cardNumber), data }) };
}

/** The tester clicked "Complete authentication": the sandbox's 3-D Secure card always fails here. */
export function completeThreeDs(ctx: PaymobContext, token: string): { intention: Intention; transaction: PaymobTransaction } {
  const pending = ctx.store.threeDs.get(token);
  if (!pending) throw new HttpError(404, 'This authentication session is unknown or already finished.');
  ctx.store.threeDs.delete(token);
  const intention = findIntention(ctx, pending.intentionId);
  const transaction = settle(ctx, intention, { success: false, is3dSecure: true, source: cardSource(pending.cardNumber), data: { ...OUTCOME_DATA.threeDsFailed } });
  return { intention, transaction };
}

/** `control.pay`: the checkout form without a browser; a mobile number pays by wallet. */
export function payDirectly(ctx: PaymobContext, intentionOrSecret: string, card: string): PaymobTransaction {
  const intention = findIntention(ctx, intentionOrSecret);
  const compact = card.replace(/[\s-]/g, '');
  const method: PaymentMethod = /^01\d{9}$/.test(compact) ? { kind: 'wallet', phone: compact } : { kind: 'card', cardNumber: compact };
  const step = startPayment(ctx, intention, method);
  const transaction = step.kind === 'done' ? step.transaction : completeThreeDs(ctx, step.token).transaction;
  return structuredClone(transaction);
}
