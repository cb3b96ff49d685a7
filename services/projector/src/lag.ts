/**
 * Projection lag: commit time of an event (its stored timestamp) to the moment its projection is
 * written. Keeps the last `size` samples for percentiles; cheap enough for every event.
 */
export class LagRecorder {
  private readonly samples: number[] = [];
  private next = 0;
  count = 0;

  constructor(private readonly size = 10_000) {}

  record(committedAt: Date, visibleAt = Date.now()): void {
    const lag = Math.max(0, visibleAt - committedAt.getTime());
    if (this.samples.length < this.size) this.samples.push(lag);
    else this.samples[this.next] = lag;
    this.next = (this.next + 1) % this.size;
    this.count++;
  }

  /** Forget the samples so far (benchmarks: measure after warm-up). */
  reset(): void {
    this.samples.length = 0;
    this.next = 0;
    this.count = 0;
  }

  percentile(p: number): number {
    if (this.samples.length === 0) return 0;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  }

  /** Prometheus text exposition (a summary). */
  prometheus(name = 'healthpay_projection_lag_ms'): string {
    const q = [0.5, 0.95, 0.99].map((x) => `${name}{quantile="${x}"} ${this.percentile(x * 100)}`);
    return [`# TYPE ${name} summary`, ...q, `${name}_count ${this.count}`, ''].join('\n');
  }
}
