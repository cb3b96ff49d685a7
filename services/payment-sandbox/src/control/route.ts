import { z } from 'zod';
import { HttpError } from '../http/body';
import { json } from '../http/reply';
import type { Route } from '../http/router';
import type { SandboxControl } from './control';

const common = z.discriminatedUnion('action', [
  z.object({ action: z.literal('setLatency'), ms: z.number().min(0) }),
  z.object({ action: z.literal('setMode'), mode: z.enum(['ok', 'slow', 'error503', 'reset']) }),
  z.object({ action: z.literal('setDown'), down: z.boolean() }),
  z.object({ action: z.literal('setDuplicateCallbacks'), n: z.number().int().min(1).max(100) }),
  z.object({ action: z.literal('setCallbackDelay'), ms: z.number().min(0) }),
  z.object({ action: z.literal('deliverAgain'), id: z.union([z.string().min(1), z.number()]) }),
  z.object({ action: z.literal('requests') }),
  z.object({ action: z.literal('deliveries') }),
  z.object({ action: z.literal('reset') }),
]);

type Common = z.infer<typeof common>;

async function runCommon(control: SandboxControl, a: Common): Promise<unknown> {
  switch (a.action) {
    case 'setLatency':
      return control.setLatency(a.ms);
    case 'setMode':
      return control.setMode(a.mode);
    case 'setDown':
      return control.setDown(a.down);
    case 'setDuplicateCallbacks':
      return control.setDuplicateCallbacks(a.n);
    case 'setCallbackDelay':
      return control.setCallbackDelay(a.ms);
    case 'deliverAgain':
      return control.deliverAgain(a.id);
    case 'requests':
      return control.requests();
    case 'deliveries':
      return control.deliveries();
    case 'reset':
      return control.reset();
    default: {
      const _never: never = a;
      return _never;
    }
  }
}

/** Provider-specific actions: a schema and how to run what it accepted. */
export interface ExtraActions<T> {
  schema: z.ZodType<T>;
  run(action: T): unknown;
}

/** POST /__sandbox/control with `{ action, ...args }`; answers `{ result }` (null for setters). */
export function controlRoute<T>(control: SandboxControl, extra: ExtraActions<T>): Route {
  return {
    method: 'POST',
    path: '/__sandbox/control',
    kind: 'control',
    async handle(ctx) {
      const body = ctx.json();
      const base = common.safeParse(body);
      if (base.success) return json(200, { result: (await runCommon(control, base.data)) ?? null });
      const own = extra.schema.safeParse(body);
      if (!own.success) throw new HttpError(400, `Unknown or malformed control action: ${z.prettifyError(base.error)}`);
      return json(200, { result: (await extra.run(own.data)) ?? null });
    },
  };
}
