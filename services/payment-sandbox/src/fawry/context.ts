import type { Deliverer } from '../delivery/deliverer';
import type { FawryStore } from './store';
import type { FawrySandboxOptions } from './types';

/** What every Fawry handler needs. */
export interface FawryContext {
  options: FawrySandboxOptions;
  store: FawryStore;
  deliverer: Deliverer;
}
