/**
 * Label values must stay few (each distinct value is a time series kept forever). Values come from code
 * (operation names, route templates), but a slip that put an id into one must not grow memory without end:
 * past `max` distinct values per label, new ones are reported as `other`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max = 200) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(value);
    return value;
  }
}
