import { randomBytes, randomUUID } from 'node:crypto';
import { Partitioners, type PartitionerArgs } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { keyedPartitioner } from './partitioner';

const partitionMetadata = (n: number): PartitionerArgs['partitionMetadata'] =>
  Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));

// Aggregate ids as they are (UUIDs, prefixed ids), the edge lengths of the hash's tail, non-ASCII and binary keys.
const keys: (string | Buffer)[] = [
  ...Array.from({ length: 2_000 }, () => randomUUID()),
  ...Array.from({ length: 500 }, (_, i) => randomBytes(24).toString('base64').slice(0, i % 24)),
  ...Array.from({ length: 200 }, (_, i) => randomBytes(i % 19)),
  '', 'a', 'ab', 'abc', 'abcd', 'pay-unmatched:paymob:42', 'محفظة-أحمد', 'wallet-é', '😀-key',
];

describe('keyed partitioner', () => {
  it("puts every key on the partition kafkajs's default partitioner picks (an aggregate keeps its partition)", () => {
    for (const n of [1, 6, 7, 32]) {
      const ours = keyedPartitioner();
      const theirs = Partitioners.DefaultPartitioner();
      const meta = partitionMetadata(n);
      const pick = (p: typeof ours) => keys.map((key) => p({ topic: 't', partitionMetadata: meta, message: { key, value: 'v' } }));
      expect(pick(ours)).toEqual(pick(theirs));
    }
  });

  it('keeps an explicit partition', () => {
    expect(keyedPartitioner()({ topic: 't', partitionMetadata: partitionMetadata(6), message: { key: 'k', value: 'v', partition: 4 } })).toBe(4);
  });
});
