import { describe, expect, it } from 'vitest';
import { checkRefund, type Payment } from './refund-rules';

const payment = { refundable: 10_000 } as Payment;
const form = { full: false, amount: '50', reason: 'asked by the patient', kind: 'refund' as const };

describe('checkRefund', () => {
  it('turns a typed amount into piasters and trims the reason', () => {
    expect(checkRefund(payment, { ...form, amount: '٥٠٫٢٥', reason: '  why  ' })).toEqual({ ok: true, refund: { amount: 5025, reason: 'why', kind: 'refund' } });
  });
  it('refunds everything refundable when full, whatever was typed', () => {
    expect(checkRefund(payment, { ...form, full: true, amount: 'x' })).toEqual({ ok: true, refund: { amount: 10_000, reason: form.reason, kind: 'refund' } });
  });
  it('names what is wrong: the amount by its parse error, more than refundable, no reason', () => {
    expect(checkRefund(payment, { ...form, amount: '', reason: ' ' })).toEqual({ ok: false, errors: { amount: { key: 'amount.empty' }, reason: { key: 'reasonRequired' } } });
    expect(checkRefund(payment, { ...form, amount: '100.01' })).toEqual({ ok: false, errors: { amount: { key: 'atMost', amount: 10_000 } } });
    expect(checkRefund(payment, { ...form, reason: 'x'.repeat(501) })).toEqual({ ok: false, errors: { reason: { key: 'reasonTooLong' } } });
  });
});
