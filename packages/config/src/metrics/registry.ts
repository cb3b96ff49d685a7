import { collectDefaultMetrics, Registry } from 'prom-client';
import { defineMetrics, type CommandCounts, type HealthpayMetrics, type WatchedPool } from './definitions';

interface State {
  registry: Registry;
  m: HealthpayMetrics;
  pools: Map<string, WatchedPool>;
  commandCounts: CommandCounts;
}

// One registry per process, wherever this module is loaded from: Next bundles its own copy of this file into
// the portal's route handlers, while the portal server imports another; both must count into the same metrics.
const KEY = Symbol.for('healthpay.metrics');
const holder = globalThis as { [KEY]?: State };

function state(): State {
  let s = holder[KEY];
  if (!s) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: '' });
    const pools = new Map<string, WatchedPool>();
    const commandCounts: CommandCounts = new Map();
    s = { registry, m: defineMetrics([registry], pools, commandCounts), pools, commandCounts };
    holder[KEY] = s;
  }
  return s;
}

/** The process's registry (what /metrics serves). */
export const metricsRegistry = (): Registry => state().registry;
/** The metric objects, for code that records something less hot than a command. */
export const metrics = (): HealthpayMetrics => state().m;

/** The command tallies behind `healthpay_commands_total` (recorders.ts bumps them). */
export const commandCounts = (): CommandCounts => state().commandCounts;

/** Reports a pg pool's connections (total, idle, waiting, max) under `name` at every scrape. */
export function watchPool(name: string, pool: WatchedPool): void {
  state().pools.set(name, pool);
}
