import { z } from 'zod';
import { createControl, type SandboxControl } from '../control/control';
import { controlRoute } from '../control/route';
import { ControlState } from '../control/state';
import { Deliverer } from '../delivery/deliverer';
import { createRouter } from '../http/router';
import { listen } from '../http/serve';
import { chargeRoute } from './charges';
import type { FawryContext } from './context';
import { expireDue, expireNow, payAtOutlet, type ExpireOutcome, type OutletOutcome } from './lifecycle';
import { outletRoutes } from './outlet';
import { refundRoute } from './refunds';
import { reportRoute } from './report';
import { statusRoute } from './status';
import { FawryStore } from './store';
import type { FawrySandboxOptions } from './types';

export interface FawryControl extends SandboxControl {
  /** What the outlet's "Pay at outlet" button does. */
  payAtOutlet(referenceNumber: string): OutletOutcome;
  /** Expire an unpaid reference number now (sends the EXPIRED notification). */
  expire(referenceNumber: string): ExpireOutcome;
}

export interface FawrySandbox {
  url: string;
  stop(): Promise<void>;
  control: FawryControl;
}

const actions = z.discriminatedUnion('action', [
  z.object({ action: z.literal('payAtOutlet'), referenceNumber: z.string().min(1) }),
  z.object({ action: z.literal('expire'), referenceNumber: z.string().min(1) }),
]);

export async function startFawrySandbox(o: FawrySandboxOptions): Promise<FawrySandbox> {
  if (!o.merchantCode || !o.secureKey) throw new Error('Fawry sandbox needs merchantCode and secureKey');
  const stopping = new AbortController();
  const state = new ControlState();
  const deliverer = new Deliverer({
    control: state,
    stopping: stopping.signal,
    accepts: (status) => status === 200,
    retryDelaysMs: o.callbackRetryDelaysMs ?? [1_000, 5_000, 15_000, 60_000, 300_000],
  });
  const ctx: FawryContext = { options: o, store: new FawryStore(), deliverer };
  const control: FawryControl = {
    ...createControl(state, deliverer),
    payAtOutlet: (ref) => payAtOutlet(ctx, ref),
    expire: (ref) => expireNow(ctx, ref),
  };
  const routes = [
    chargeRoute(ctx),
    statusRoute(ctx),
    refundRoute(ctx),
    reportRoute(ctx),
    ...outletRoutes(ctx),
    controlRoute(control, { schema: actions, run: (a) => (a.action === 'payAtOutlet' ? control.payAtOutlet(a.referenceNumber) : control.expire(a.referenceNumber)) }),
  ];
  const server = await listen(createRouter(routes, state, stopping.signal), o.port ?? 0, o.host ?? '127.0.0.1');
  // Reference numbers expire on their own too; unref'd so an idle sandbox never keeps a process alive.
  const sweep = setInterval(() => expireDue(ctx), 1_000);
  sweep.unref();
  return {
    url: server.url,
    control,
    stop: async () => {
      clearInterval(sweep);
      stopping.abort();
      await server.close();
    },
  };
}
