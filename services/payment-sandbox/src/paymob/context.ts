import type { Deliverer } from '../delivery/deliverer';
import type { PaymobStore } from './store';
import type { PaymobSandboxOptions } from './types';

/** What every Paymob handler needs. */
export interface PaymobContext {
  options: PaymobSandboxOptions;
  store: PaymobStore;
  deliverer: Deliverer;
}
