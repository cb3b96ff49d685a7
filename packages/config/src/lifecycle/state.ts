/**
 * Process-wide shutdown state. Kept on globalThis: a portal's Next bundle has its own copies of our modules,
 * and the API services it creates must register their closers where the portal server runs them.
 */
type Closer = () => Promise<unknown>;
interface Lifecycle { draining: boolean; closers: Map<string, Closer> }
const holder = globalThis as { __healthpayLifecycle?: Lifecycle };
const state = (): Lifecycle => (holder.__healthpayLifecycle ??= { draining: false, closers: new Map() });

/** True from the first SIGTERM/SIGINT on: readiness answers 503 and new work is refused. */
export const isDraining = (): boolean => state().draining;
export const startDraining = (): void => {
  state().draining = true;
};

/** Something to close at shutdown, after in-flight work (a pool, a client). Registering a name again replaces it. */
export function registerCloser(name: string, close: Closer): void {
  state().closers.set(name, close);
}

/** Runs (and forgets) every registered closer, in registration order; a failing one does not stop the others. */
export async function runClosers(log: (line: string) => void = () => {}): Promise<void> {
  const closers = [...state().closers];
  state().closers.clear();
  for (const [name, close] of closers) {
    await close().then(() => log(`closed ${name}`), (error: unknown) => log(`closing ${name} failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** Back to a fresh process's state (specs that exercise shutdown in the test process). */
export function resetLifecycle(): void {
  holder.__healthpayLifecycle = undefined;
}
