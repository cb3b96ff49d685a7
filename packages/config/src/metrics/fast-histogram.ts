import type { Registry } from 'prom-client';

type Labels = Record<string, string>;

/** One label set's buckets: observing is a bucket search and three number updates, nothing allocated. */
export class HistogramSeries {
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(readonly labels: Labels, private readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(value: number): void {
    let i = 0;
    while (i < this.bounds.length && value > (this.bounds[i] as number)) i++;
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.sum += value;
    this.count++;
  }
}

/**
 * A Prometheus histogram for the hot paths (commands, group commits): prom-client's own hashes its labels on
 * every observe (about 2 µs here); this one is observed through a series held by the caller (tens of ns) and
 * rendered only when scraped. Registered in a prom-client registry like any other metric.
 */
export class FastHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly all = new Map<string, HistogramSeries>();

  constructor(readonly name: string, readonly help: string, private readonly bounds: readonly number[], registers: Registry[]) {
    // prom-client's registry takes any object with a name, a type and get(): what it renders is get()'s values.
    for (const r of registers) r.registerMetric(this as unknown as Parameters<Registry['registerMetric']>[0]);
  }

  /** The series of one label set (look it up once and keep it: this builds a key). */
  series(labels: Labels = {}): HistogramSeries {
    const key = JSON.stringify(labels);
    let s = this.all.get(key);
    if (!s) this.all.set(key, (s = new HistogramSeries(labels, this.bounds)));
    return s;
  }

  reset(): void {
    this.all.clear();
  }

  get() {
    const values: { labels: Labels; value: number; metricName: string }[] = [];
    for (const s of this.all.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += s.counts[i] ?? 0;
        values.push({ labels: { ...s.labels, le: String(le) }, value: cumulative, metricName: `${this.name}_bucket` });
      });
      values.push({ labels: { ...s.labels, le: '+Inf' }, value: s.count, metricName: `${this.name}_bucket` });
      values.push({ labels: s.labels, value: s.sum, metricName: `${this.name}_sum` });
      values.push({ labels: s.labels, value: s.count, metricName: `${this.name}_count` });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator });
  }
}
