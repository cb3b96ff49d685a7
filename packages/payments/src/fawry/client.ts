import { sha256Hex } from '../crypto';
import { ProviderProtocolError, ProviderRejectedError } from '../errors';
import { send, type ProviderAnswer } from '../http';
import { providerReport, reportDate } from '../report';
import { createProviderBreaker } from '../resilience/provider-breaker';
import { fawryAmount, fawryPiasters, fawryReceivedAmount } from './amount';
import { FAWRY_NOT_FOUND, FAWRY_OK, chargeAnswer, fawryStatusCode, parseFawry, statusAnswer } from './answers';
import { FawryDecimal, fawryJson } from './json';
import { fawryChargeSignature, fawryRefundSignature, fawryStatusSignature } from './signature';
import type { FawryClient, FawryConfig, FawryStatusResult } from './client.types';

export type { FawryCharge, FawryChargeInput, FawryClient, FawryConfig, FawryStatusResult } from './client.types';

const assertPiasters = (n: number, what: string) => {
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`${what} must be a positive whole number of piasters`);
};

export function createFawryClient(cfg: FawryConfig): FawryClient {
  const base = cfg.baseUrl.replace(/\/+$/, '');
  const breaker = cfg.breaker ?? createProviderBreaker('fawry');
  const timeoutMs = cfg.timeoutMs ?? 10_000;
  const { merchantCode, secureKey } = cfg;

  const call = (method: 'GET' | 'POST', url: string, body: string | undefined, idempotent: boolean): Promise<ProviderAnswer> =>
    breaker.execute(
      (signal) => send({ provider: 'fawry', fetch: cfg.fetch ?? fetch, method, url, body, signal }),
      { idempotent, timeoutMs },
    );

  /** Get payment status V2, keeping the expiry a charge retry needs. */
  const lookup = async (paymentId: string): Promise<{ result: FawryStatusResult; expirationTime?: number | null }> => {
    const url = new URL(`${base}/ECommerceWeb/Fawry/payments/status/v2`);
    url.searchParams.set('merchantCode', merchantCode);
    url.searchParams.set('merchantRefNumber', paymentId);
    url.searchParams.set('signature', fawryStatusSignature({ merchantCode, merchantRefNumber: paymentId }, secureKey));
    const answer = await call('GET', url.toString(), undefined, true);
    if (answer.status === 404) return { result: { found: false } };
    const statusCode = fawryStatusCode(answer, 'payment status');
    if (statusCode === FAWRY_NOT_FOUND) return { result: { found: false } };
    if (statusCode !== FAWRY_OK) throw new ProviderRejectedError('fawry', statusCode, answer.body);
    const s = parseFawry(statusAnswer, answer.body, 'payment status');
    const referenceNumber = s.referenceNumber ?? s.fawryRefNumber;
    const st = s.orderStatus ?? s.paymentStatus;
    if (!referenceNumber || !st) throw new ProviderProtocolError('fawry', 'payment status without reference or status', answer.body);
    const paymentAmount = s.paymentAmount ?? 0;
    return {
      result: {
        found: true,
        status: st,
        referenceNumber,
        paymentAmount: fawryReceivedAmount(paymentAmount),
        orderAmount: fawryReceivedAmount(s.orderAmount ?? paymentAmount),
        paymentMethod: s.paymentMethod ?? '',
        raw: answer.body,
      },
      expirationTime: s.expirationTime,
    };
  };

  return {
    async charge(input) {
      assertPiasters(input.amount, 'amount');
      const amount = fawryAmount(input.amount);
      const body = fawryJson({
        merchantCode,
        merchantRefNum: input.paymentId,
        customerProfileId: input.customerProfileId,
        customerMobile: input.customerMobile,
        customerEmail: input.customerEmail,
        customerName: input.customerName,
        paymentMethod: 'PAYATFAWRY',
        amount: new FawryDecimal(amount),
        currencyCode: 'EGP',
        description: input.description,
        language: input.language,
        paymentExpiry: input.expiresAt.getTime(),
        chargeItems: [{ itemId: input.paymentId, description: input.description, price: new FawryDecimal(amount), quantity: 1 }],
        orderWebHookUrl: input.notificationUrl,
        signature: fawryChargeSignature(
          {
            merchantCode,
            merchantRefNum: input.paymentId,
            customerProfileId: input.customerProfileId,
            paymentMethod: 'PAYATFAWRY',
            amount: input.amount,
          },
          secureKey,
        ),
      });
      const answer = await call('POST', `${base}/ECommerceWeb/Fawry/payments/charge`, body, true);
      const statusCode = fawryStatusCode(answer, 'charge');
      if (statusCode === FAWRY_OK) {
        const c = parseFawry(chargeAnswer, answer.body, 'charge');
        return {
          referenceNumber: c.referenceNumber,
          expiresAt: c.expirationTime == null ? input.expiresAt : new Date(c.expirationTime),
          status: c.orderStatus ?? c.paymentStatus ?? 'UNPAID',
          raw: answer.body,
        };
      }
      // Fawry does not publish the code it uses for a duplicate merchantRefNum, so every refusal is checked
      // against what Fawry already holds for this payment id.
      const refused = new ProviderRejectedError('fawry', statusCode, answer.body);
      const existing = await lookup(input.paymentId).catch(() => undefined);
      const r = existing?.result;
      if (r?.found && fawryPiasters(r.orderAmount) === input.amount) {
        const exp = existing?.expirationTime;
        return { referenceNumber: r.referenceNumber, expiresAt: exp == null ? input.expiresAt : new Date(exp), status: r.status, raw: r.raw };
      }
      throw refused;
    },

    async status({ paymentId }) {
      return (await lookup(paymentId)).result;
    },

    async refund(input) {
      assertPiasters(input.amount, 'refund amount');
      const body = fawryJson({
        merchantCode,
        referenceNumber: input.referenceNumber,
        refundAmount: new FawryDecimal(fawryAmount(input.amount)),
        reason: input.reason,
        signature: fawryRefundSignature(
          { merchantCode, referenceNumber: input.referenceNumber, refundAmount: input.amount, reason: input.reason },
          secureKey,
        ),
      });
      const answer = await call('POST', `${base}/ECommerceWeb/Fawry/payments/refund`, body, false);
      return { accepted: fawryStatusCode(answer, 'refund') === FAWRY_OK, raw: answer.body };
    },

    async dailyReport(date) {
      const d = reportDate.parse(date);
      const url = new URL(`${base}/ECommerceWeb/api/report`);
      url.searchParams.set('merchantCode', merchantCode);
      url.searchParams.set('date', d);
      // Same shape as Fawry's status signature, so the sandbox can authenticate the caller.
      url.searchParams.set('signature', sha256Hex(merchantCode + d + secureKey));
      const answer = await call('GET', url.toString(), undefined, true);
      if (answer.status < 200 || answer.status >= 300) throw new ProviderRejectedError('fawry', answer.status, answer.body);
      return parseFawry(providerReport, answer.body, 'daily report');
    },
  };
}
