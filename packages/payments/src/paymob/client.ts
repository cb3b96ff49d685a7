import { ProviderRejectedError } from '../errors';
import { send, type ProviderAnswer } from '../http';
import { providerReport, reportDate } from '../report';
import { createProviderBreaker } from '../resilience/provider-breaker';
import { intentionAnswer, parseAnswer, transactionAnswer } from './answers';
import { paymobTransactionObj } from './types';
import type { PaymobClient, PaymobConfig, PaymobTransactionResult } from './client.types';

export type { CreateIntentionInput, PaymobClient, PaymobConfig, PaymobIntention, PaymobTransactionResult } from './client.types';

/** Paymob's billing_data rejects missing fields; we only collect these four, the rest are "NA" as Paymob's docs do. */
const BILLING_NA = {
  apartment: 'NA',
  building: 'NA',
  city: 'NA',
  country: 'NA',
  floor: 'NA',
  postal_code: 'NA',
  shipping_method: 'NA',
  state: 'NA',
  street: 'NA',
} as const;

const assertPiasters = (n: number, what: string) => {
  if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`${what} must be a positive whole number of piasters`);
};

const toResult = (body: unknown, what: string): PaymobTransactionResult => {
  const t = parseAnswer(transactionAnswer, body, what);
  return {
    transactionId: String(t.id),
    success: t.success,
    pending: t.pending,
    amount: t.amount_cents,
    parentTransactionId: t.parent_transaction == null ? null : String(t.parent_transaction),
    raw: body,
  };
};

export function createPaymobClient(cfg: PaymobConfig): PaymobClient {
  const base = cfg.baseUrl.replace(/\/+$/, '');
  const breaker = cfg.breaker ?? createProviderBreaker('paymob');
  const timeoutMs = cfg.timeoutMs ?? 10_000;
  const headers = { authorization: `Token ${cfg.secretKey}` };

  const call = (method: 'GET' | 'POST', path: string, body: unknown, idempotent: boolean): Promise<ProviderAnswer> =>
    breaker.execute(
      (signal) =>
        send({
          provider: 'paymob',
          fetch: cfg.fetch ?? fetch,
          method,
          url: `${base}${path}`,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        }),
      { idempotent, timeoutMs },
    );

  const ok = (a: ProviderAnswer): unknown => {
    if (a.status >= 200 && a.status < 300) return a.body;
    throw new ProviderRejectedError('paymob', a.status, a.body);
  };

  return {
    async createIntention(input) {
      assertPiasters(input.amount, 'amount');
      const answer = await call(
        'POST',
        '/v1/intention/',
        {
          amount: input.amount,
          currency: input.currency,
          payment_methods: cfg.integrationIds,
          // One item carrying the whole amount: Paymob refuses items that do not add up to `amount`.
          items: [{ name: input.itemName, amount: input.amount, description: input.itemName, quantity: 1 }],
          billing_data: {
            ...BILLING_NA,
            first_name: input.billing.firstName,
            last_name: input.billing.lastName,
            phone_number: input.billing.phone,
            email: input.billing.email,
          },
          // Comes back as order.merchant_order_id in callbacks and is what inquire() searches by.
          special_reference: input.paymentId,
          notification_url: input.notificationUrl,
          redirection_url: input.redirectionUrl,
        },
        false,
      );
      const i = parseAnswer(intentionAnswer, ok(answer), 'intention');
      const checkout = new URL(`${base}/unifiedcheckout/`);
      checkout.searchParams.set('publicKey', cfg.publicKey);
      checkout.searchParams.set('clientSecret', i.client_secret);
      return {
        intentionId: String(i.id),
        clientSecret: i.client_secret,
        orderId: i.intention_order_id == null ? null : String(i.intention_order_id),
        checkoutUrl: checkout.toString(),
      };
    },

    async refund(input) {
      assertPiasters(input.amount, 'refund amount');
      const answer = await call(
        'POST',
        '/api/acceptance/void_refund/refund',
        { transaction_id: input.transactionId, amount_cents: input.amount },
        false,
      );
      return toResult(ok(answer), 'refund');
    },

    async void(input) {
      const answer = await call('POST', '/api/acceptance/void_refund/void', { transaction_id: input.transactionId }, false);
      return toResult(ok(answer), 'void');
    },

    async inquire(input) {
      const answer = await call(
        'POST',
        '/api/ecommerce/orders/transaction_inquiry',
        { merchant_order_id: input.paymentId },
        true,
      );
      if (answer.status === 404) return { found: false };
      return { found: true, transaction: parseAnswer(paymobTransactionObj, ok(answer), 'transaction inquiry') };
    },

    async dailyReport(date) {
      const d = reportDate.parse(date);
      const answer = await call('GET', `/api/acceptance/report?date=${d}`, undefined, true);
      return parseAnswer(providerReport, ok(answer), 'daily report');
    },
  };
}
