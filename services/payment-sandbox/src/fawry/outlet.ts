import { htmlPage, redirect } from '../http/reply';
import type { Route } from '../http/router';
import type { FawryContext } from './context';
import { expireDue, payAtOutlet } from './lifecycle';
import { outletPage } from './outlet-page';

const TITLE = 'Fawry sandbox outlet';

const NOTICES: Record<string, string> = {
  paid: 'Payment received. The merchant has been notified.',
  expired: 'This reference number has expired and cannot be paid.',
  not_payable: 'This order is not awaiting payment.',
};

/** GET /outlet (lookup) and POST /outlet/pay (post/redirect/get back to the lookup). */
export function outletRoutes(ctx: FawryContext): Route[] {
  return [
    {
      method: 'GET',
      path: '/outlet',
      kind: 'page',
      handle({ url }) {
        expireDue(ctx);
        const reference = (url.searchParams.get('referenceNumber') ?? '').trim();
        const charge = reference ? ctx.store.byFawryRef(reference) : undefined;
        const notice = NOTICES[url.searchParams.get('result') ?? ''];
        return htmlPage(reference && !charge ? 404 : 200, TITLE, outletPage({ reference, charge, merchantCode: ctx.options.merchantCode, notice }));
      },
    },
    {
      method: 'POST',
      path: '/outlet/pay',
      kind: 'page',
      handle({ form }) {
        const reference = (form().get('referenceNumber') ?? '').trim();
        const result = payAtOutlet(ctx, reference);
        return redirect(`/outlet?referenceNumber=${encodeURIComponent(reference)}&result=${result.outcome}`);
      },
    },
  ];
}
