import { runClosers, startDraining } from './state';

export interface ShutdownPlan {
  /** Everything must be done within this; then the process exits 1 anyway (HP_SHUTDOWN_TIMEOUT_MS). */
  deadlineMs: number;
  /** In order, before the registered closers: stop taking work, wait for what is in flight, stop consumers. */
  steps: [name: string, run: () => Promise<unknown>][];
  log?: (line: string) => void;
  /** process.exit, replaceable in tests. */
  exit?: (code: number) => void;
  /** Which signals start it (default SIGTERM and SIGINT; specs pass none and call `shutdown`). */
  signals?: NodeJS.Signals[];
}

/**
 * Graceful stop on SIGTERM/SIGINT: draining starts at once (readiness 503, new requests refused), then the
 * steps and the registered closers run, in order; exit 0 when done, 1 if the deadline passes first or a step fails.
 * A second signal does not start a second shutdown.
 */
export function shutdownOnSignals(plan: ShutdownPlan): { shutdown: (reason: string) => Promise<void> } {
  const log = plan.log ?? ((line: string) => console.log(line));
  const exit = plan.exit ?? ((code: number) => process.exit(code));
  let running: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> =>
    (running ??= (async () => {
      startDraining();
      log(`[shutdown] ${reason}: draining (deadline ${plan.deadlineMs} ms)`);
      const timer = setTimeout(() => {
        log('[shutdown] deadline passed: exiting with work unfinished');
        exit(1);
      }, plan.deadlineMs);
      let code = 0;
      // A failing step is reported and the next ones still run: each closes something of its own.
      for (const [name, run] of plan.steps) {
        await run().then(
          () => log(`[shutdown] ${name}: done`),
          (error: unknown) => {
            code = 1;
            log(`[shutdown] ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
      }
      await runClosers((line) => log(`[shutdown] ${line}`));
      clearTimeout(timer);
      exit(code);
    })());
  for (const signal of plan.signals ?? ['SIGTERM', 'SIGINT']) process.once(signal, () => void shutdown(signal));
  return { shutdown };
}
