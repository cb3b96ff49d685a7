/** An object read back from storage. */
export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Where uploaded documents' bytes live (the event log keeps only their metadata). Keys come from
 * `documentKey` (safe-key.ts); adapters refuse any other shape, so a key can never name a path outside
 * the store.
 */
export interface DocumentStorage {
  readonly name: 'fs' | 's3';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when nothing is stored under the key. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; missing is fine (pruning may run twice). */
  delete(key: string): Promise<void>;
}
