/**
 * Where the projection lag goes, stage by stage (milliseconds, the last `size` samples of each): the relay and the
 * projector record what each event spent in their part of the pipeline, and `npm run bench:pipeline` prints the split.
 * One array write per sample; percentiles only when asked.
 */
export class StageTimes {
  private readonly stages = new Map<string, { samples: number[]; next: number }>();

  constructor(private readonly size = 10_000) {}

  record(stage: string, ms: number): void {
    let s = this.stages.get(stage);
    if (!s) this.stages.set(stage, (s = { samples: [], next: 0 }));
    if (s.samples.length < this.size) s.samples.push(ms);
    else s.samples[s.next] = ms;
    s.next = (s.next + 1) % this.size;
  }

  reset(): void {
    this.stages.clear();
  }

  percentile(stage: string, p: number): number {
    const samples = this.stages.get(stage)?.samples ?? [];
    if (samples.length === 0) return 0;
    const sorted = [...samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  }

  /** Prometheus text: one summary, the stage as a label. */
  prometheus(name = 'healthpay_pipeline_stage_ms'): string {
    const lines = [...this.stages.keys()].flatMap((stage) =>
      [0.5, 0.95, 0.99].map((q) => `${name}{stage="${stage}",quantile="${q}"} ${this.percentile(stage, q * 100).toFixed(1)}`));
    return [`# TYPE ${name} summary`, ...lines, ''].join('\n');
  }
}
