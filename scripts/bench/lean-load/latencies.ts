/** Every response time of a run (ms, sub-microsecond resolution), in a typed array that doubles when full. */
export class Latencies {
  private values = new Float64Array(1 << 16);
  count = 0;

  add(ms: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = ms;
  }

  /** All values, ascending (a copy: recording may go on). */
  sorted(): Float64Array {
    return this.values.slice(0, this.count).sort();
  }
}

/** The exact p-th percentile by nearest rank (the smallest value with at least p % of all at or below it); NaN if none. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
