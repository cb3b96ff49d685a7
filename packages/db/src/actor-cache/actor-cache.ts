import { EventEmitter } from 'node:events';
import type { SessionUserRow } from '../users/queries';
import { EVERY_ACTOR, sessionChange, userChange } from './actor-channel';

/** What a user's row gives every request's actor (the session's own revocation apart). */
export type ActorUserRow = Omit<SessionUserRow, 'sessionRevoked'>;

/** Reads the user and, with a session id, whether it was signed out: `getSessionUser`. */
export type ActorLoader = (userId: string, sid: string | null) => Promise<SessionUserRow | null>;

/** Whether changes are being heard right now, and how to start hearing them. */
export interface ActorChangeSource {
  readonly up: boolean;
  start(): void;
}

export interface ActorCacheOptions {
  /** A second guard besides the notifications: entries older than this are read again (30 s). */
  ttlMs?: number;
  /** Past this many users (or session ids) the oldest entry goes (50,000). */
  maxEntries?: number;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  at: number;
}

/**
 * A cached user with its session's revocation, field by field: every request's hit made `{ ...user, sessionRevoked }`,
 * a clone and then a key added, which V8 ran through its slow define path (docs/benchmarks.md, `npm run bench` run 16).
 */
const withRevoked = (u: ActorUserRow, sessionRevoked: boolean): SessionUserRow => ({
  id: u.id, role: u.role, pharmacyId: u.pharmacyId, pharmacyRole: u.pharmacyRole, sessionsValidAfter: u.sessionsValidAfter,
  deactivatedAt: u.deactivatedAt, sessionRevoked,
});

/**
 * The actor rows of one process, kept only while the database's change notifications are heard (see
 * actor-listener.ts). An entry is stored only if no change and no loss of the LISTEN connection happened while it
 * was being read (`generation`), so a row read just before a change committed is never kept after its notification;
 * losing the connection empties the cache, and until it is back every request reads the database.
 */
export class ActorCache {
  /** `changed` (payload) after each change is applied; `up` / `down` when hearing starts or stops. */
  readonly events = new EventEmitter().setMaxListeners(0);
  /** Reads that went to the database (specs tell hits from misses with it). */
  loads = 0;
  private readonly users = new Map<string, Entry<ActorUserRow>>();
  private readonly sessions = new Map<string, Entry<boolean>>();
  private generation = 0;
  private source: ActorChangeSource = { up: false, start: () => undefined };
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly load: ActorLoader, o: ActorCacheOptions = {}) {
    this.ttlMs = o.ttlMs ?? 30_000;
    this.maxEntries = o.maxEntries ?? 50_000;
    this.now = o.now ?? Date.now;
  }

  attach(source: ActorChangeSource): void {
    this.source = source;
  }

  get enabled(): boolean {
    return this.source.up;
  }

  /** The user (and whether session `sid` was signed out), from memory while that is safe, else from the database. */
  async sessionUser(userId: string, sid: string | null): Promise<SessionUserRow | null> {
    this.source.start();
    if (this.source.up) {
      const now = this.now();
      const user = this.fresh(this.users, userId, now);
      const revoked = sid === null ? false : this.fresh(this.sessions, sid, now);
      if (user !== undefined && revoked !== undefined) return withRevoked(user, revoked);
    }
    const generation = this.generation;
    this.loads++;
    const row = await this.load(userId, sid);
    if (row && this.source.up && generation === this.generation) {
      const { sessionRevoked, ...user } = row;
      const at = this.now();
      this.put(this.users, userId, user, at);
      if (sid !== null) this.put(this.sessions, sid, sessionRevoked, at);
    }
    return row;
  }

  /** A change (`u:<id>`, `s:<sid>`, `*`): heard from the database, or made by this process and told at once. */
  changed(payload: string): void {
    this.generation++;
    if (payload === EVERY_ACTOR) this.clear();
    else if (payload.startsWith('u:')) this.users.delete(payload.slice(2));
    else if (payload.startsWith('s:')) this.sessions.delete(payload.slice(2));
    else this.clear();
    this.events.emit('changed', payload);
  }

  /** The source started or stopped hearing changes: either way nothing read before counts any more. */
  connection(up: boolean): void {
    this.generation++;
    this.clear();
    this.events.emit(up ? 'up' : 'down');
  }

  /** Resolves when the change naming this user (or session) has been applied. Start waiting before making it. */
  nextChange(key: { userId: string } | { sid: string }): Promise<void> {
    const wanted = 'userId' in key ? userChange(key.userId) : sessionChange(key.sid);
    return new Promise((resolve) => {
      const listener = (payload: string) => {
        if (payload !== wanted && payload !== EVERY_ACTOR) return;
        this.events.off('changed', listener);
        resolve();
      };
      this.events.on('changed', listener);
    });
  }

  private clear(): void {
    this.users.clear();
    this.sessions.clear();
  }

  private fresh<T>(map: Map<string, Entry<T>>, key: string, now: number): T | undefined {
    const entry = map.get(key);
    if (entry === undefined) return undefined;
    if (now - entry.at < this.ttlMs) return entry.value;
    map.delete(key);
    return undefined;
  }

  private put<T>(map: Map<string, Entry<T>>, key: string, value: T, at: number): void {
    map.delete(key);
    if (map.size >= this.maxEntries) map.delete(map.keys().next().value as string);
    map.set(key, { value, at });
  }
}
