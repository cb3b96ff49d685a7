// Runtime surface (what the portals and services bundle). Operations (migrations, embedded Postgres,
// seeding) live in './ops' so they never end up in an app bundle.
export * from './event-store/types';
export { ConcurrencyError } from './event-store/errors';
export { EventStore } from './event-store/event-store';
export { readFeed, feedPositionOf, FEED_START, type FeedPosition } from './event-store/read-feed';
export { readStreamPage } from './event-store/read-stream-page';
export type { StoredIdempotency } from './idempotency/lookup';
export { createPool, type Pool, type PoolClient } from './postgres/pool';
export { withDatabase } from './postgres/urls';
export { catchUp, type CatchUpOptions } from './projections/catch-up';
export { readCheckpoint } from './projections/checkpoint';
export { applyBatch, type DocumentProjection } from './projections/types';
export * from './read-models/wallets/index';
export * from './read-models/medcards/index';
export * from './read-models/payments/index';
export * from './read-models/pharmacies/index';
export * from './read-models/ledger/index';
export * from './read-models/insurer-invoices/index';
export * from './read-models/settlements/index';
export { readModels, readModelTables, readModelResets } from './read-models/all';
export * from './users/queries';
export * from './pii/index';
export { databaseUrl, EMBEDDED_DATABASE } from './postgres/default-url';
export * from './audit/audit-log';
export { groupBy } from './util/group-by';
export * from './housekeeping/prune';
export * from './sessions/revoked-sessions';
export * from './live';
