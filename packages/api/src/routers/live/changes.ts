import { z } from 'zod';
import { allowedTopicsOf } from '../../live/allowed-topics';
import { liveFeedOf } from '../../live/live-feed';
import { authedProcedure } from '../../trpc';
import { asyncIterableOf, liveChange } from './live.schemas';

/**
 * Server-sent events: what changed that the caller's open pages show (ids only, never data: the page
 * refetches through its own access-checked queries). Access is settled when the stream opens; streams
 * end after `maxDurationMs` (trpc.ts), so a signed-out session stops receiving at the next reconnect.
 */
export const liveChanges = authedProcedure
  .meta({ access: 'authenticated' })
  .input(z.object({}).strict().optional())
  .output(asyncIterableOf(liveChange))
  .subscription(async function* ({ ctx, signal }) {
    const allowed = await allowedTopicsOf(ctx.services.pool, ctx.actor, ctx.services.clock());
    if (allowed.size === 0) return;
    yield* liveFeedOf(ctx.services.pool).changes((topic) => allowed.has(topic), signal);
  });
