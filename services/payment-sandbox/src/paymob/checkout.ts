import { HttpError } from '../http/body';
import { html } from '../http/html';
import { htmlPage, redirect, type Reply } from '../http/reply';
import type { Route } from '../http/router';
import { safeEqual } from '../crypto/safe-equal';
import { responseRedirectUrl } from './callbacks';
import { checkoutPage, resultPage, threeDsPage, type CheckoutFormState } from './checkout-page';
import type { PaymobContext } from './context';
import { completeThreeDs, startPayment, type PaymentMethod } from './payment';
import type { Intention, PaymobTransaction } from './types';

const TITLE = 'Paymob sandbox checkout';

function intentionFor(ctx: PaymobContext, publicKey: string | null, clientSecret: string | null): Intention {
  const intention = clientSecret ? ctx.store.findIntention(clientSecret) : undefined;
  if (!publicKey || !safeEqual(publicKey, ctx.options.publicKey) || !intention || intention.clientSecret !== clientSecret) {
    throw new HttpError(404, 'This checkout link is not valid: unknown public key or client secret.');
  }
  return intention;
}

function finish(ctx: PaymobContext, intention: Intention, tx: PaymobTransaction): Reply {
  const location = responseRedirectUrl(ctx, intention, tx);
  return location ? redirect(location) : htmlPage(200, TITLE, resultPage(tx));
}

type Parsed = { method: PaymentMethod } | { error: string; state: CheckoutFormState };

function parseMethod(form: URLSearchParams): Parsed {
  const state: CheckoutFormState = { cardholder: form.get('cardholder') ?? '', expiry: form.get('expiry') ?? '', phone: form.get('phone') ?? '' };
  if (form.get('method') === 'wallet') {
    const phone = (form.get('phone') ?? '').replace(/[\s-]/g, '');
    return /^01[0125]\d{8}$/.test(phone) ? { method: { kind: 'wallet', phone } } : { error: 'Enter an Egyptian mobile number such as 01000000000.', state };
  }
  const cardNumber = (form.get('card_number') ?? '').replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(cardNumber)) return { error: 'Enter a card number of 12 to 19 digits.', state };
  if (!/^(0[1-9]|1[0-2])\/?\d{2}$/.test((form.get('expiry') ?? '').trim())) return { error: 'Enter the expiry as MM/YY.', state };
  if (!/^\d{3,4}$/.test(form.get('cvv') ?? '')) return { error: 'Enter the 3 or 4 digit CVV.', state };
  if ((form.get('cardholder') ?? '').trim() === '') return { error: 'Enter the name on the card.', state };
  return { method: { kind: 'card', cardNumber } };
}

/** The hosted checkout page, its form target and the 3-D Secure step. */
export function checkoutRoutes(ctx: PaymobContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/unifiedcheckout/',
      kind: 'page',
      handle({ url }) {
        const publicKey = url.searchParams.get('publicKey');
        const intention = intentionFor(ctx, publicKey, url.searchParams.get('clientSecret'));
        const paid = ctx.store.paymentOf(intention);
        if (paid) return htmlPage(200, TITLE, html`<h1>Already paid</h1><p>This payment was completed (transaction ${paid.id}).</p>`);
        return htmlPage(200, TITLE, checkoutPage(intention, publicKey ?? ''));
      },
    },
    {
      method: 'POST',
      path: '/unifiedcheckout/pay',
      kind: 'page',
      handle({ form }) {
        const f = form();
        const publicKey = f.get('publicKey');
        const intention = intentionFor(ctx, publicKey, f.get('clientSecret'));
        const parsed = parseMethod(f);
        if ('error' in parsed) return htmlPage(400, TITLE, checkoutPage(intention, publicKey ?? '', { ...parsed.state, error: parsed.error }));
        const step = startPayment(ctx, intention, parsed.method);
        if (step.kind === '3ds') return redirect(`/unifiedcheckout/3ds?token=${encodeURIComponent(step.token)}`);
        return finish(ctx, intention, step.transaction);
      },
    },
    {
      method: 'GET',
      path: '/unifiedcheckout/3ds',
      kind: 'page',
      handle({ url }) {
        const token = url.searchParams.get('token') ?? '';
        if (!ctx.store.threeDs.has(token)) throw new HttpError(404, 'This authentication session is unknown or already finished.');
        return htmlPage(200, '3-D Secure', threeDsPage(token));
      },
    },
    {
      method: 'POST',
      path: '/unifiedcheckout/3ds',
      kind: 'page',
      handle({ form }) {
        const { intention, transaction } = completeThreeDs(ctx, form().get('token') ?? '');
        return finish(ctx, intention, transaction);
      },
    },
  ];
}
