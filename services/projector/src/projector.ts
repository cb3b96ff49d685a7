import { catchUp, READ_MODELS_CHECKPOINT, readModels, type Pool, type StoredEvent } from '@healthpay/db';
import { followFeed, type FeedFollower } from './feed-follower';

/** Its name lives in @healthpay/db: the API waits on it for read-your-writes (api/src/consistency/). */
export { READ_MODELS_CHECKPOINT };

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
