/**
 * The command that runs `bin args` with a timer slack of `slackNs` on Linux: a shell sets its own
 * (`/proc/self/timerslack_ns`, inherited by every thread the program then starts) and execs the program in its place
 * (same pid). Elsewhere, or if the file cannot be written, the program runs as it would have.
 *
 * Why (Cassandra 5.0, the one caller): after each burst of requests its shared request pool keeps idle workers
 * spinning, each parked 10 µs up to 1 ms at a time (SEPWorker.doWaitSpin, hard-coded), so with Linux's default 50 µs
 * of slack they wake thousands of times a second, each a futex wait and a context switch (dear on a VM). With 1 ms of
 * slack: 1.4 instead of 11.6 context switches and ~85 instead of ~255 µs of Cassandra CPU per row written, the writes
 * as fast (bench:pipeline run 12 in docs/benchmarks.md). Any timed wait of the JVM may end up to 1 ms late.
 */
export function withTimerSlack(bin: string, args: string[], slackNs = 1_000_000): [string, string[]] {
  if (process.platform !== 'linux') return [bin, args];
  return ['/bin/sh', ['-c', `echo ${Math.round(slackNs)} > /proc/self/timerslack_ns 2>/dev/null; exec "$0" "$@"`, bin, ...args]];
}
