import { HttpError } from '../http/body';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import { requireSecretKey } from './auth';
import type { PaymobContext } from './context';
import { drfErrors, intentionRequest, type IntentionRequest } from './intention-schema';
import type { Intention } from './types';

const UNKNOWN_INTEGRATION =
  'Integration ID/Name does not exist in our system . You can find the list of Integration ID’/Names from Merchant Dashboard under Developers → Payment Integrations Tab';

function integrationIds(ctx: PaymobContext, methods: IntentionRequest['payment_methods']): number[] {
  const ids = methods.map((m) => (typeof m === 'number' ? m : /^\d+$/.test(m) ? Number(m) : NaN));
  if (ids.some((id) => !ctx.options.integrationIds.includes(id))) throw new HttpError(404, UNKNOWN_INTEGRATION);
  return ids;
}

function answer(i: Intention) {
  return {
    payment_keys: i.integrationIds.map((integration) => ({
      integration,
      key: `ZXlK_sandbox_${i.clientSecret.slice(-12)}_${integration}`,
      gateway_type: 'VPC',
      iframe_id: null,
      order_id: i.orderId,
      redirection_url: i.redirectionUrl,
      save_card: false,
    })),
    intention_order_id: i.orderId,
    id: i.id,
    intention_detail: { amount: i.amount, items: i.items, currency: i.currency, billing_data: i.billingData },
    client_secret: i.clientSecret,
    payment_methods: i.integrationIds.map((integration_id) => ({ integration_id, alias: null, name: null, method_type: 'online', currency: i.currency, live: false, use_cvc_with_moto: false })),
    special_reference: i.specialReference,
    extras: { creation_extras: i.extras, confirmation_extras: null },
    confirmed: false,
    status: 'intended',
    created: i.createdAt.toISOString(),
    card_detail: null,
    card_tokens: [],
    object: 'paymentintention',
    amount: i.amount,
    currency: i.currency,
  };
}

/** POST /v1/intention/: validates like Paymob and answers 201 with Paymob's intention shape. */
export function intentionRoute(ctx: PaymobContext): Route {
  return {
    method: 'POST',
    path: '/v1/intention/',
    kind: 'api',
    handle(req) {
      requireSecretKey(req.req, ctx.options.secretKey);
      const parsed = intentionRequest.safeParse(req.json());
      if (!parsed.success) return json(400, drfErrors(parsed.error.issues));
      const body = parsed.data;
      const ids = integrationIds(ctx, body.payment_methods);
      const itemsTotal = body.items.reduce((sum, item) => sum + item.amount * item.quantity, 0);
      if (body.items.length > 0 && itemsTotal !== body.amount) {
        return json(400, { detail: `Total amount of items (${itemsTotal}) must be equal to the intention amount (${body.amount}).` });
      }
      const ref = body.special_reference ?? null;
      if (ref !== null && ctx.store.hasReference(ref)) {
        return json(400, { detail: 'Duplicate special_reference: an intention with this special reference already exists.' });
      }
      const intention: Intention = {
        ...ctx.store.newIds(),
        amount: body.amount,
        currency: body.currency,
        specialReference: ref,
        notificationUrl: body.notification_url ?? null,
        redirectionUrl: body.redirection_url ?? null,
        integrationIds: ids,
        items: body.items,
        billingData: body.billing_data,
        extras: body.extras ?? null,
        createdAt: new Date(),
      };
      ctx.store.addIntention(intention);
      return json(201, answer(intention));
    },
  };
}
