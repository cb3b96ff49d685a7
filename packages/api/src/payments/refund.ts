import type { PaymentState, RefundKind } from '@healthpay/domain';
import { ProviderRejectedError, ProviderUnavailableError } from '@healthpay/payments';
import { AppError } from '../errors/app-error';
import { idFromKey } from './key-id';
import { providerFailure, requireProviderAvailable } from './provider-call';
import { runPaymentCommand, runSettlement, type PaymentCall } from './run-payment';

export interface RefundInput {
  paymentId: string;
  amount: number;
  reason: string;
  kind: RefundKind;
}

/**
 * Staff refund a payment: the wallet is debited first (with the refund recorded), then the provider pays it
 * back. A refusal gives the wallet its money back; an answer that never came leaves the refund requested until
 * the provider's refund notification settles it (docs/payments.md).
 */
export async function refundPayment(call: PaymentCall, input: RefundInput): Promise<PaymentState> {
  const { services, actor } = call;
  const refundId = call.idempotencyKey ? idFromKey('refund', actor.userId, call.idempotencyKey) : services.newId();
  const current = (await services.aggregates.payment.load(input.paymentId)).state;
  if (current.status === 'none') throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
  const seen = current.refunds.find((r) => r.refundId === refundId);
  if (seen) {
    if (seen.amount !== input.amount || seen.kind !== input.kind) throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request');
    return current;
  }
  requireProviderAvailable(services.payments.breakers[current.provider].state(), current.provider);
  const base = { ...call, idempotencyKey: null };
  const requested = await runSettlement({ ...base, operation: 'payments.refund' }, input.paymentId, {
    type: 'RequestRefund', data: { paymentId: input.paymentId, refundId, amount: input.amount, kind: input.kind, reason: input.reason },
  });
  const payment = requested.state;
  if (payment.status === 'none') throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
  try {
    const sent = await sendToProvider(call, payment, input);
    // Accepted but not yet done: the provider's refund notification completes it.
    if (!sent.done) return payment;
    const providerTransactionId = sent.transactionId;
    return (await runPaymentCommand({ ...base, operation: 'payments.refund.complete' }, input.paymentId, {
      type: 'CompleteRefund', data: { paymentId: input.paymentId, refundId, providerTransactionId },
    })).state;
  } catch (error) {
    const failure = providerFailure(payment.provider, error);
    if (!failure) throw error;
    // Only a refusal, or a call never sent (breaker open), is known not to have refunded.
    const notSent = error instanceof ProviderUnavailableError && error.reason === 'circuit-open';
    if (failure.code === 'PROVIDER_REJECTED' || notSent) {
      await runSettlement({ ...base, operation: 'payments.refund.fail' }, input.paymentId, {
        type: 'FailRefund', data: { paymentId: input.paymentId, refundId, reason: failure.message },
      });
    }
    throw new AppError(failure.code, failure.message, { ...failure.details, refundId, outcome: notSent || failure.code === 'PROVIDER_REJECTED' ? 'returned to wallet' : 'unknown' });
  }
}

async function sendToProvider(call: PaymentCall, payment: Exclude<PaymentState, { status: 'none' }>, input: RefundInput): Promise<{ done: boolean; transactionId: string | null }> {
  const { payments } = call.services;
  const reference = payment.providerReference;
  if (!reference) throw new AppError('PAYMENT_NOT_REFUNDABLE', 'The provider reference of this payment is unknown');
  if (payment.provider === 'fawry') {
    const answer = await payments.fawry.refund({ referenceNumber: reference, amount: input.amount, reason: input.reason });
    if (!answer.accepted) throw new ProviderRejectedError('fawry', 200, answer.raw, 'Fawry refused the refund');
    return { done: true, transactionId: null };
  }
  const result = input.kind === 'void'
    ? await payments.paymob.void({ transactionId: reference })
    : await payments.paymob.refund({ transactionId: reference, amount: input.amount });
  if (!result.success && !result.pending) throw new ProviderRejectedError('paymob', 200, result.raw, 'Paymob refused the refund');
  return { done: !result.pending, transactionId: result.transactionId };
}
