import { Partitioners, type ICustomPartitioner } from 'kafkajs';

const SEED = 0x9747b28c;
const M = 0x5bd1e995;

/** A string key's UTF-8 bytes, read straight from the string while it is ASCII (every aggregate id so far). */
const isAscii = (key: string): boolean => {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * Kafka's murmur2 (the Java client's `Utils.murmur2`) in 32-bit arithmetic: the same value as kafkajs's
 * `DefaultPartitioner` hash, which computes it with a 64-bit Long object per step (a dozen allocations a word).
 */
export function murmur2(key: Buffer | string): number {
  if (typeof key === 'string' && !isAscii(key)) return murmur2(Buffer.from(key));
  const length = key.length;
  const byte = typeof key === 'string' ? null : key;
  const str = key as string;
  let h = SEED ^ length;
  const length4 = length & ~3;
  for (let i = 0; i < length4; i += 4) {
    let k = byte
      ? (byte[i] as number) | ((byte[i + 1] as number) << 8) | ((byte[i + 2] as number) << 16) | ((byte[i + 3] as number) << 24)
      : str.charCodeAt(i) | (str.charCodeAt(i + 1) << 8) | (str.charCodeAt(i + 2) << 16) | (str.charCodeAt(i + 3) << 24);
    k = Math.imul(k, M);
    k ^= k >>> 24;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  const tail = (i: number): number => (byte ? (byte[length4 + i] as number) : str.charCodeAt(length4 + i));
  switch (length & 3) {
    case 3:
      h ^= tail(2) << 16;
    // falls through
    case 2:
      h ^= tail(1) << 8;
    // falls through
    case 1:
      h ^= tail(0);
      h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * kafkajs's default partitioner with this hash: a keyed message goes to `toPositive(murmur2(key)) % partitions`, the
 * partition the Java client and kafkajs pick, so an aggregate keeps its partition; anything else (an explicit
 * partition, no key) is left to kafkajs's own.
 */
export const keyedPartitioner: ICustomPartitioner = () => {
  const fallback = Partitioners.DefaultPartitioner();
  return (args) => {
    const { message, partitionMetadata } = args;
    if (message.partition !== null && message.partition !== undefined) return message.partition;
    if (message.key === null || message.key === undefined) return fallback(args);
    return (murmur2(message.key) & 0x7fffffff) % partitionMetadata.length;
  };
};
