import { log } from '@healthpay/config/log';
import type { WrittenEvent } from '@healthpay/db';

/** Longest a read waits for the projector before it answers from the read models as they are. */
export const READ_YOUR_WRITES_WAIT_MS = 2_000;
/** Actors remembered at once, and streams per actor: past these the oldest go (their reads may then lag, as before). */
const MAX_ACTORS = 10_000;
const MAX_WRITES = 64;

/** A stream a command appended to, the version it left it at, and the stream's aggregate type. */
export interface Written extends WrittenEvent {
  aggregateType: string;
}

/** How a process learns that the read models show some writes: by the projector's checkpoint or per-stream versions. */
export interface ProjectedWait {
  /** Resolves once the read models show every write, or after `timeoutMs` (never rejects). */
  until(writes: readonly Written[], timeoutMs: number): Promise<void>;
}

interface Pending {
  writes: Written[];
  /** The wait that reads of this actor share; dropped when the actor writes again. */
  wait: Promise<void> | null;
  /** The wait started before the last write: the next one waits for it too. */
  earlier: Promise<void> | null;
}

/**
 * Read-your-writes for portal users, per process: a command remembers the streams it committed for its actor (no
 * statement: streams and versions are known); that actor's next query first waits, bounded, until the read models
 * show them, then forgets them. Nobody else, and no machine client, waits; an actor with nothing pending pays one map lookup.
 */
export class RecentWrites {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly projected: ProjectedWait,
    private readonly waitMs = READ_YOUR_WRITES_WAIT_MS,
  ) {}

  /** A command by `actorId` committed these appends. */
  wrote(actorId: string, streams: readonly { streamId: string; aggregateType: string; expectedVersion: number; events: readonly unknown[] }[]): void {
    let p = this.pending.get(actorId);
    if (!p) {
      if (this.pending.size >= MAX_ACTORS) this.pending.delete(this.pending.keys().next().value as string);
      this.pending.set(actorId, (p = { writes: [], wait: null, earlier: null }));
    }
    for (const s of streams) p.writes.push({ streamId: s.streamId, aggregateType: s.aggregateType, version: s.expectedVersion + s.events.length });
    if (p.writes.length > MAX_WRITES) p.writes.splice(0, p.writes.length - MAX_WRITES);
    if (p.wait) p.earlier = p.wait;
    p.wait = null;
  }

  /** Resolves once the read models show what `actorId` wrote (or the wait gave up); undefined when nothing is pending. */
  seen(actorId: string): Promise<void> | undefined {
    const p = this.pending.get(actorId);
    if (!p) return undefined;
    return (p.wait ??= this.settle(actorId, p));
  }

  private async settle(actorId: string, p: Pending): Promise<void> {
    const writes = p.writes.splice(0);
    const earlier = p.earlier;
    p.earlier = null;
    try {
      await Promise.all([earlier, this.projected.until(writes, this.waitMs)]);
    } catch (error) {
      log.warn(`[read-your-writes] gave up: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Written again meanwhile: the next read waits for that too.
    if (p.writes.length === 0 && this.pending.get(actorId) === p) this.pending.delete(actorId);
  }
}
