import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAYMENT_SANDBOX_DEFAULTS } from '@healthpay/config';
import { startFawrySandbox, startPaymobSandbox, type FawrySandbox, type PaymobSandbox } from '@healthpay/payment-sandbox';
import { nodeFetchListener } from '../http/fetch-on-node';
import { paymentCallbackRouter } from '../payments/callbacks/handlers';
import { paymentProviders } from '../payments/providers';
import type { Services } from '../services/services';

export interface PaymentRig {
  paymob: PaymobSandbox;
  fawry: FawrySandbox;
  /** Where the sandboxes deliver callbacks: the patient portal's provider endpoints over real HTTP. */
  webUrl: string;
  stop(): Promise<void>;
}

export const sandboxKeys = PAYMENT_SANDBOX_DEFAULTS;

/**
 * The Paymob-like and Fawry-like sandboxes over real HTTP, and the portal's callback endpoints on a local
 * server, wired into `services.payments` (short provider timeouts, a breaker that half-opens quickly).
 */
export async function paymentRig(services: Services, opts: { timeoutMs?: number; halfOpenAfterMs?: number; failureThreshold?: number } = {}): Promise<PaymentRig> {
  const server = createServer(nodeFetchListener(paymentCallbackRouter(() => services)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const webUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const k = PAYMENT_SANDBOX_DEFAULTS;
  const paymob = await startPaymobSandbox({ port: 0, secretKey: k.PAYMOB_SECRET_KEY, publicKey: k.PAYMOB_PUBLIC_KEY, hmacSecret: k.PAYMOB_HMAC_SECRET, integrationIds: [Number(k.PAYMOB_INTEGRATION_ID)] });
  const fawry = await startFawrySandbox({ port: 0, merchantCode: k.FAWRY_MERCHANT_CODE, secureKey: k.FAWRY_SECURE_KEY });
  services.payments = paymentProviders({
    PAYMOB_BASE_URL: paymob.url, PAYMOB_SECRET_KEY: k.PAYMOB_SECRET_KEY, PAYMOB_PUBLIC_KEY: k.PAYMOB_PUBLIC_KEY,
    PAYMOB_HMAC_SECRET: k.PAYMOB_HMAC_SECRET, PAYMOB_INTEGRATION_ID: [Number(k.PAYMOB_INTEGRATION_ID)],
    FAWRY_BASE_URL: fawry.url, FAWRY_MERCHANT_CODE: k.FAWRY_MERCHANT_CODE, FAWRY_SECURE_KEY: k.FAWRY_SECURE_KEY,
    HP_PUBLIC_WEB_URL: webUrl, HP_PROVIDER_TIMEOUT_MS: opts.timeoutMs ?? 2_000,
  }, { halfOpenAfterMs: opts.halfOpenAfterMs, failureThreshold: opts.failureThreshold });
  return {
    paymob, fawry, webUrl,
    async stop() {
      await Promise.allSettled([paymob.stop(), fawry.stop(), new Promise<void>((r) => server.close(() => r()))]);
    },
  };
}

/** Pays a Paymob top-up at the sandbox as the checkout form would (the callback then arrives over HTTP). */
export function payByCard(rig: PaymentRig, checkoutUrl: string | null, card: string) {
  const secret = checkoutUrl ? new URL(checkoutUrl).searchParams.get('clientSecret') : null;
  if (!secret) throw new Error(`no client secret in ${checkoutUrl}`);
  return rig.paymob.control.pay(secret, card);
}

/** Waits (bounded) until the payment's state satisfies `done`: callbacks arrive asynchronously. */
export async function untilPayment(
  services: Services,
  paymentId: string,
  done: (s: Awaited<ReturnType<Services['aggregates']['payment']['load']>>['state']) => boolean,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { state } = await services.aggregates.payment.load(paymentId);
    if (done(state)) return state;
    if (Date.now() > deadline) throw new Error(`payment ${paymentId} stayed ${state.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
