import { getUser } from '@healthpay/db';
import type { PaymentProvider, PaymentState } from '@healthpay/domain';
import { AppError } from '../errors/app-error';
import { sendFawryCodeSms } from './fawry-sms';
import { idFromKey } from './key-id';
import { providerFailure, requireProviderAvailable } from './provider-call';
import { runPaymentCommand, type PaymentCall } from './run-payment';

/** How long a patient has to pay: a card checkout is short, a Fawry code lasts two days. */
export const PAYMENT_TTL_MS: Record<PaymentProvider, number> = { paymob: 60 * 60_000, fawry: 48 * 3_600_000 };

export interface TopUpInput {
  walletId: string;
  provider: PaymentProvider;
  amount: number;
  locale: 'ar' | 'en';
}

export interface TopUpResult {
  paymentId: string;
  provider: PaymentProvider;
  status: string;
  amount: number;
  expiresAt: Date;
  checkoutUrl: string | null;
  referenceNumber: string | null;
}

const resultOf = (s: PaymentState, paymentId: string): TopUpResult => {
  if (s.status === 'none') throw new AppError('PAYMENT_NOT_FOUND', 'No such payment', { paymentId });
  return {
    paymentId: s.paymentId, provider: s.provider, status: s.status, amount: s.amount, expiresAt: new Date(s.expiresAt),
    checkoutUrl: s.checkoutUrl, referenceNumber: s.provider === 'fawry' ? s.providerReference : null,
  };
};

/** A patient tops up a wallet: record the request, open the provider order, record it (or its failure). */
export async function startTopUp(call: PaymentCall, input: TopUpInput): Promise<TopUpResult> {
  const { services, actor } = call;
  const paymentId = call.idempotencyKey ? idFromKey('top-up', actor.userId, call.idempotencyKey) : services.newId();
  const existing = (await services.aggregates.payment.load(paymentId)).state;
  if (existing.status !== 'none') return repeated(existing, input, actor.userId);

  const wallet = (await services.aggregates.wallet.load(input.walletId)).state;
  if (wallet.status === 'none' || wallet.ownerId !== actor.userId) throw new AppError('WALLET_NOT_FOUND', 'Wallet not found');
  if (wallet.status !== 'active') throw new AppError('WALLET_NOT_ACTIVE', 'This wallet cannot take money now');
  requireProviderAvailable(services.payments.breakers[input.provider].state(), input.provider);

  const now = services.clock();
  const expiresAt = new Date(now.getTime() + PAYMENT_TTL_MS[input.provider]);
  const base = { ...call, idempotencyKey: null };
  try {
    await runPaymentCommand({ ...base, operation: 'payments.request' }, paymentId, {
      type: 'RequestPayment',
      data: { paymentId, walletId: input.walletId, ownerId: actor.userId, provider: input.provider, amount: input.amount, expiresAt: expiresAt.toISOString() },
    });
  } catch (error) {
    // Two identical requests raced: the other one opened the order.
    if (error instanceof AppError && error.code === 'PAYMENT_ALREADY_EXISTS') return repeated((await services.aggregates.payment.load(paymentId)).state, input, actor.userId);
    throw error;
  }
  let order: { providerOrderId: string; providerReference: string | null; checkoutUrl: string | null; expiresAt: Date };
  try {
    order = await openProviderOrder(call, paymentId, input, expiresAt);
  } catch (error) {
    const failure = providerFailure(input.provider, error);
    await runPaymentCommand({ ...base, operation: 'payments.order.fail' }, paymentId, {
      type: 'FailPaymentOrder', data: { paymentId, reason: failure ? `${failure.code}: ${failure.message}` : 'internal error' },
    });
    throw failure ?? error;
  }
  const after = await runPaymentCommand({ ...base, operation: 'payments.order.record' }, paymentId, {
    type: 'RecordPaymentOrder', data: { paymentId, ...order, expiresAt: order.expiresAt.toISOString() },
  });
  if (input.provider === 'fawry' && order.providerReference) {
    await sendFawryCodeSms(services, actor.userId, { reference: order.providerReference, amount: input.amount, expiresAt: order.expiresAt, locale: input.locale, requestId: call.request?.requestId });
  }
  return resultOf(after.state, paymentId);
}

function repeated(state: PaymentState, input: TopUpInput, userId: string): TopUpResult {
  if (state.status === 'none') throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
  if (state.ownerId !== userId || state.walletId !== input.walletId || state.amount !== input.amount || state.provider !== input.provider) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
  }
  return resultOf(state, state.paymentId);
}

async function openProviderOrder(call: PaymentCall, paymentId: string, input: TopUpInput, expiresAt: Date) {
  const { services, actor } = call;
  const user = await getUser(services.pool, actor.userId);
  const name = (user?.name ?? 'HealthPay Patient').trim();
  const [first, ...rest] = name.split(/\s+/);
  const phone = user?.phone ?? '';
  const web = services.payments.publicWebUrl;
  if (input.provider === 'paymob') {
    const intention = await services.payments.paymob.createIntention({
      paymentId, amount: input.amount, currency: 'EGP', itemName: 'HealthPay wallet top-up',
      billing: { firstName: first || 'NA', lastName: rest.join(' ') || 'NA', phone: phone || 'NA', email: user?.email ?? 'NA@healthpay.eg' },
      notificationUrl: `${web}/api/payments/paymob/callback`,
      redirectionUrl: `${web}/api/payments/paymob/return`,
    });
    return { providerOrderId: intention.orderId ?? intention.intentionId, providerReference: null, checkoutUrl: intention.checkoutUrl, expiresAt };
  }
  const charge = await services.payments.fawry.charge({
    paymentId, amount: input.amount, customerProfileId: actor.userId, customerMobile: phone.replace(/^\+20/, '0'),
    customerEmail: user?.email ?? undefined, customerName: name, description: 'HealthPay wallet top-up', expiresAt,
    notificationUrl: `${web}/api/payments/fawry/notify`, language: input.locale === 'ar' ? 'ar-eg' : 'en-gb',
  });
  return { providerOrderId: charge.referenceNumber, providerReference: charge.referenceNumber, checkoutUrl: null, expiresAt: charge.expiresAt };
}
