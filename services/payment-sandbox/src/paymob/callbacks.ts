import { paymobProcessedHmac, paymobResponseHmac, paymobResponseQueryOf } from '@healthpay/payments';
import type { PaymobContext } from './context';
import type { Intention, PaymobTransaction } from './types';

/** Posts the "transaction processed" callback to the intention's notification_url, signed like Paymob. */
export function sendProcessedCallback(ctx: PaymobContext, intention: Intention, tx: PaymobTransaction): void {
  if (intention.notificationUrl === null) return;
  const obj = structuredClone(tx);
  const url = new URL(intention.notificationUrl);
  url.searchParams.set('hmac', paymobProcessedHmac(obj, ctx.options.hmacSecret));
  ctx.deliverer.send(String(tx.id), url.toString(), JSON.stringify({ type: 'TRANSACTION', obj }));
}

/** Where the browser goes after paying: redirection_url plus Paymob's flattened query and its hmac. */
export function responseRedirectUrl(ctx: PaymobContext, intention: Intention, tx: PaymobTransaction): string | null {
  if (intention.redirectionUrl === null) return null;
  const query = paymobResponseQueryOf(structuredClone(tx));
  const url = new URL(intention.redirectionUrl);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  url.searchParams.set('hmac', paymobResponseHmac(query, ctx.options.hmacSecret));
  return url.toString();
}
