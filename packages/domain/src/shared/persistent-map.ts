/**
 * An immutable Map whose `set` costs O(1) however many entries it holds, where a copy (`new Map(old).set(k, v)`)
 * costs O(n): a card's claims and dispensings grow with every claim, and their copies were most of a claim's
 * evolve (docs/benchmarks.md, `npm run bench` runs 12 and 17).
 *
 * Baker's trick: the versions of one lineage share ONE Map. The version that owns it (the root) reads it as it is;
 * every other version is a diff (one key: its value there, or its absence) towards a newer or older version. A read
 * of a version that is not the root first moves the root to it, undoing or redoing the diffs on the way (O(distance):
 * nothing when versions are used one after the other, as a command path and a replay do). Only `set` is done in
 * place: undoing the addition of a key deletes the last key added, and redoing it adds it last again, so every
 * version iterates in its own insertion order, exactly as a Map copied and set would. `without` builds a new lineage.
 *
 * Iterators walk a copy of the entries taken when they start: reading another version of the lineage while one is
 * open moves the shared Map. Not for sharing across threads (nothing here is).
 */
export class PersistentMap<K, V> implements ReadonlyMap<K, V> {
  // A private field: no own enumerable property, so two versions with the same entries compare equal (toEqual).
  #node: Root<K, V> | Diff<K, V>;

  private constructor(node: Root<K, V> | Diff<K, V>) {
    this.#node = node;
  }

  /** A new lineage holding `entries`, in their order (a later duplicate key replaces the value, as in a Map). */
  static of<K, V>(entries: Iterable<readonly [K, V]> = []): PersistentMap<K, V> {
    return new PersistentMap<K, V>({ map: new Map(entries) });
  }

  /** A version with `key` set to `value` (last in iteration order when new); this version is left as it was. */
  set(key: K, value: V): PersistentMap<K, V> {
    const map = this.reroot();
    const had = map.has(key);
    const before = map.get(key);
    map.set(key, value);
    const next = new PersistentMap<K, V>({ map });
    this.#node = { next, key, had, value: before };
    return next;
  }

  /** A version without the entries `drop` picks (a new lineage: a deletion cannot be undone in place in order). */
  without(drop: (value: V, key: K) => boolean): PersistentMap<K, V> {
    const kept = new Map<K, V>();
    for (const [k, v] of this.reroot()) if (!drop(v, k)) kept.set(k, v);
    return new PersistentMap<K, V>({ map: kept });
  }

  get(key: K): V | undefined {
    return this.reroot().get(key);
  }

  has(key: K): boolean {
    return this.reroot().has(key);
  }

  get size(): number {
    return this.reroot().size;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }

  entries(): MapIterator<[K, V]> {
    return [...this.reroot()][Symbol.iterator]();
  }

  keys(): MapIterator<K> {
    return [...this.reroot().keys()][Symbol.iterator]();
  }

  values(): MapIterator<V> {
    return [...this.reroot().values()][Symbol.iterator]();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'PersistentMap';
  }

  /** The shared Map, as this version has it. */
  private reroot(): Map<K, V> {
    const node = this.#node;
    if (isRoot(node)) return node.map;
    // The versions between this one and the root, nearest the root last.
    const path: PersistentMap<K, V>[] = [this];
    let diff = node;
    while (!isRoot(diff.next.#node)) {
      path.push(diff.next);
      diff = diff.next.#node as Diff<K, V>;
    }
    const { map } = diff.next.#node as Root<K, V>;
    for (let i = path.length - 1; i >= 0; i--) {
      const version = path[i] as PersistentMap<K, V>;
      const step = version.#node as Diff<K, V>;
      const had = map.has(step.key);
      const before = map.get(step.key);
      if (step.had) map.set(step.key, step.value as V);
      else map.delete(step.key);
      // The version that was the root now differs from this one by that key, as it was before.
      step.next.#node = { next: version, key: step.key, had, value: before };
      version.#node = { map };
    }
    return map;
  }
}

interface Root<K, V> {
  map: Map<K, V>;
}

/** This version is `next` with `key` set to `value` (`had`) or absent (`!had`). */
interface Diff<K, V> {
  next: PersistentMap<K, V>;
  key: K;
  had: boolean;
  value: V | undefined;
}

const isRoot = <K, V>(node: Root<K, V> | Diff<K, V>): node is Root<K, V> => 'map' in node;
