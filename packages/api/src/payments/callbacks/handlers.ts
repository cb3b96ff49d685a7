import { recordPaymentNotification } from '@healthpay/config/metrics';
import type { PaymentProvider } from '@healthpay/domain';
import { defaultServices, type Services } from '../../services/services';
import { fawryNotify } from './fawry-notify';
import { paymobCallback } from './paymob-callback';
import { paymobReturn } from './paymob-return';
import { json } from './body';

type Handler = (services: Services, req: Request) => Promise<Response>;

/** Never a 500 to a provider: an unexpected failure asks it to deliver again later. */
const guarded = (handle: Handler, services?: () => Services, provider?: PaymentProvider) => async (req: Request): Promise<Response> => {
  try {
    const res = await handle(services ? services() : defaultServices(), req);
    // Signature failures (401) and outcomes of read notifications are counted where they are decided (record.ts).
    if (provider && res.status >= 400 && res.status < 500 && res.status !== 401) recordPaymentNotification(provider, 'invalid');
    return res;
  } catch {
    if (provider) recordPaymentNotification(provider, 'error');
    return json(503, { error: 'try again' }, { 'retry-after': '30' });
  }
};

/** The patient portal's provider endpoints (docs/payments.md). `services` is for tests and other hosts. */
export const paymentCallbackHandlers = (services?: () => Services) => ({
  paymobCallback: guarded(paymobCallback, services, 'paymob'),
  paymobReturn: guarded(paymobReturn, services),
  fawryNotify: guarded(fawryNotify, services, 'fawry'),
});

/** One handler for all three paths (tests, and hosts that are not Next.js). */
export const paymentCallbackRouter = (services?: () => Services) => {
  const h = paymentCallbackHandlers(services);
  return (req: Request): Promise<Response> => {
    const { pathname } = new URL(req.url);
    if (pathname === '/api/payments/paymob/callback' && req.method === 'POST') return h.paymobCallback(req);
    if (pathname === '/api/payments/paymob/return' && req.method === 'GET') return h.paymobReturn(req);
    if (pathname === '/api/payments/fawry/notify' && req.method === 'POST') return h.fawryNotify(req);
    return Promise.resolve(json(404, { error: 'not found' }));
  };
};
