export { startKafka, type KafkaOptions } from './kafka.js';
export { startCassandra, type CassandraOptions } from './cassandra.js';
export type { Server } from './common.js';
