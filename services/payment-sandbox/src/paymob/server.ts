import { z } from 'zod';
import { createControl, type SandboxControl } from '../control/control';
import { controlRoute } from '../control/route';
import { ControlState } from '../control/state';
import { Deliverer } from '../delivery/deliverer';
import { createRouter } from '../http/router';
import { listen } from '../http/serve';
import { checkoutRoutes } from './checkout';
import type { PaymobContext } from './context';
import { inquiryRoute } from './inquiry';
import { intentionRoute } from './intentions';
import { payDirectly } from './payment';
import { refundRoutes } from './refunds';
import { reportRoute } from './report';
import { PaymobStore } from './store';
import type { PaymobSandboxOptions, PaymobTransaction } from './types';

export interface PaymobControl extends SandboxControl {
  /** Exactly what the checkout form does (a 3-D Secure card also completes its failing step); returns the transaction. */
  pay(intentionOrClientSecret: string, card: string): PaymobTransaction;
}

export interface PaymobSandbox {
  url: string;
  stop(): Promise<void>;
  control: PaymobControl;
}

const payAction = z.object({ action: z.literal('pay'), intention: z.string().min(1), card: z.string().min(1) });

export async function startPaymobSandbox(o: PaymobSandboxOptions): Promise<PaymobSandbox> {
  if (!o.secretKey || !o.publicKey || !o.hmacSecret) throw new Error('Paymob sandbox needs secretKey, publicKey and hmacSecret');
  if (o.integrationIds.length === 0) throw new Error('Paymob sandbox needs at least one integration id');
  const stopping = new AbortController();
  const state = new ControlState();
  const deliverer = new Deliverer({
    control: state,
    stopping: stopping.signal,
    accepts: (status) => status >= 200 && status < 300,
    retryDelaysMs: o.callbackRetryDelaysMs ?? [1_000, 5_000, 15_000],
  });
  const ctx: PaymobContext = { options: o, store: new PaymobStore(), deliverer };
  const control: PaymobControl = { ...createControl(state, deliverer), pay: (intention, card) => payDirectly(ctx, intention, card) };
  const routes = [
    intentionRoute(ctx),
    ...checkoutRoutes(ctx),
    ...refundRoutes(ctx),
    inquiryRoute(ctx),
    reportRoute(ctx),
    controlRoute(control, { schema: payAction, run: (a) => control.pay(a.intention, a.card) }),
  ];
  const server = await listen(createRouter(routes, state, stopping.signal), o.port ?? 0, o.host ?? '127.0.0.1');
  return {
    url: server.url,
    control,
    stop: async () => {
      stopping.abort();
      await server.close();
    },
  };
}
