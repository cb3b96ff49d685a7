import type { Env } from '@healthpay/config';
import {
  createFawryClient, createPaymobClient, createProviderBreaker, type FawryClient, type PaymobClient, type ProviderBreaker,
} from '@healthpay/payments';
import type { PaymentProvider } from '@healthpay/domain';

/** The payment providers as the API uses them: clients behind one circuit breaker each, and the keys callbacks are checked with. */
export interface PaymentProviders {
  paymob: PaymobClient;
  fawry: FawryClient;
  breakers: Record<PaymentProvider, ProviderBreaker>;
  paymobHmacSecret: string;
  fawryMerchantCode: string;
  fawrySecureKey: string;
  /** The patient portal's public address (callback and return URLs). */
  publicWebUrl: string;
}

type ProviderEnv = Pick<Env, 'PAYMOB_BASE_URL' | 'PAYMOB_SECRET_KEY' | 'PAYMOB_PUBLIC_KEY' | 'PAYMOB_HMAC_SECRET' | 'PAYMOB_INTEGRATION_ID'
  | 'FAWRY_BASE_URL' | 'FAWRY_MERCHANT_CODE' | 'FAWRY_SECURE_KEY' | 'HP_PUBLIC_WEB_URL' | 'HP_PROVIDER_TIMEOUT_MS'>;

export function paymentProviders(e: ProviderEnv, opts: { halfOpenAfterMs?: number; failureThreshold?: number } = {}): PaymentProviders {
  const breakers = { paymob: createProviderBreaker('paymob', opts), fawry: createProviderBreaker('fawry', opts) };
  return {
    paymob: createPaymobClient({
      baseUrl: e.PAYMOB_BASE_URL, secretKey: e.PAYMOB_SECRET_KEY, publicKey: e.PAYMOB_PUBLIC_KEY,
      integrationIds: e.PAYMOB_INTEGRATION_ID, timeoutMs: e.HP_PROVIDER_TIMEOUT_MS, breaker: breakers.paymob,
    }),
    fawry: createFawryClient({
      baseUrl: e.FAWRY_BASE_URL, merchantCode: e.FAWRY_MERCHANT_CODE, secureKey: e.FAWRY_SECURE_KEY,
      timeoutMs: e.HP_PROVIDER_TIMEOUT_MS, breaker: breakers.fawry,
    }),
    breakers,
    paymobHmacSecret: e.PAYMOB_HMAC_SECRET,
    fawryMerchantCode: e.FAWRY_MERCHANT_CODE,
    fawrySecureKey: e.FAWRY_SECURE_KEY,
    publicWebUrl: e.HP_PUBLIC_WEB_URL,
  };
}
