/**
 * What every command carries besides its payload. The domain has no clock and no random:
 * the caller supplies the instant and the ids.
 */
export interface CommandMeta {
  /** ISO-8601 instant at which the command is decided, e.g. 2026-11-22T10:00:00.000Z */
  now: string;
  /** Who asked (user id), for the audit trail. */
  actorId: string;
}

/** A pure aggregate: decide what happens, evolve state from what happened. */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

export const fold = <E, S>(evolve: (s: S, e: E) => S, initial: S, events: readonly E[]): S =>
  events.reduce(evolve, initial);
