import { catchUp, readModels, type Pool, type StoredEvent } from '@healthpay/db';
import { followFeed, type FeedFollower } from './feed-follower';

export const READ_MODELS_CHECKPOINT = 'postgres-read-models';

export type RunningProjector = FeedFollower;

/** Embedded mode: the Postgres read models follow the event feed in Postgres. */
export function startProjector(
  pool: Pool,
  connectionString: string,
  log: Pick<Console, 'error'> = console,
  onBatch?: (events: StoredEvent[]) => void,
): Promise<RunningProjector> {
  return followFeed(connectionString, 'projector', () => catchUp(pool, { name: READ_MODELS_CHECKPOINT, projections: readModels, onBatch }), log);
}
