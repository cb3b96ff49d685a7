import cluster, { type Worker } from 'node:cluster';

/**
 * The primary of the cluster: forks `count` workers, replaces one that dies unexpectedly, and on SIGTERM/SIGINT
 * passes the signal on (each worker drains itself) and exits once all have gone (1 if any failed or the deadline passed).
 */
export function superviseWorkers(count: number, deadlineMs: number): void {
  let stopping = false;
  let failed = false;
  // The slot (0…count-1) stays with a replacement, so per-worker ports (metrics) do not drift.
  const slots = new Map<number, number>();
  const fork = (slot: number): Worker => {
    const worker = cluster.fork({ HP_API_WORKER_SLOT: String(slot) });
    slots.set(worker.id, slot);
    return worker;
  };
  for (let i = 0; i < count; i++) fork(i);
  const readyOnce = new Set<number>();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      // A worker still starting when the signal came had nothing in flight: ended by that signal, it ended cleanly.
      const stoppedWhileStarting = signal !== null && !readyOnce.has(worker.id);
      if (code !== 0 && !stoppedWhileStarting) failed = true;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    console.error(`[api] worker ${worker.id} exited (${signal ?? code}); starting another`);
    // A worker that cannot even start (bad config) would loop: give up if it dies before it is ready.
    if (!readyOnce.has(worker.id)) process.exit(1);
    fork(slots.get(worker.id) ?? 0);
  });
  cluster.on('message', (worker, message: unknown) => {
    if (typeof message === 'object' && message !== null && 'ready' in message) readyOnce.add(worker.id);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(1), deadlineMs + 1_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
