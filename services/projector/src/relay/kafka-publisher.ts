import { groupBy } from '@healthpay/db';
import type { Kafka, Producer } from 'kafkajs';
import { keyedPartitioner } from './partitioner';
import type { OutgoingMessage, Publisher } from './relay';

/**
 * kafkajs producer for the relay: idempotent (the broker drops a retried duplicate) with one request in
 * flight, so a retry can never overtake the batch before it and reorder an aggregate's events. Keys are hashed to
 * partitions as kafkajs's default partitioner does, in 32-bit arithmetic (partitioner.ts).
 */
export async function kafkaPublisher(kafka: Kafka): Promise<Publisher & { disconnect(): Promise<void> }> {
  const producer: Producer = kafka.producer({ createPartitioner: keyedPartitioner, idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  return {
    async publish(messages: OutgoingMessage[]) {
      const byTopic = groupBy(messages, (m) => m.topic);
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs.map(({ key, value }) => ({ key, value })) })),
      });
    },
    disconnect: () => producer.disconnect(),
  };
}
