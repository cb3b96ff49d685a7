import { expect } from 'vitest';
import { fold, type Decider } from '../shared/command';
import type { DomainErrorCode } from '../shared/errors';
import { domainErrorOf } from './given';

/**
 * given/when/then for any decider (given.ts is the wallet's): folds history the way infrastructure does when
 * loading a stream, then checks what one command decides.
 */
export const givenFor = <C, E, S>(decider: Decider<C, E, S>) => {
  const stateFrom = (events: readonly E[]): S => fold(decider.evolve, decider.initialState, events);
  const given = (events: readonly E[] = []) => {
    const state = stateFrom(events);
    return {
      state,
      when: (command: C) => {
        const decide = (): E[] => decider.decide(command, state);
        return {
          /** The decided events, for further assertions. */
          events: decide,
          then: (expected: E[]): void => {
            expect(decide()).toEqual(expected);
          },
          /** Asserts the code, and the exact details when given. */
          thenThrows: (code: DomainErrorCode, details?: Record<string, unknown>): void => {
            const error = domainErrorOf(decide);
            expect(error.code).toBe(code);
            if (details) expect(error.details).toEqual(details);
          },
          /** The state after applying the decided events to the given history. */
          thenState: (expected: S): void => {
            expect(stateFrom([...events, ...decide()])).toEqual(expected);
          },
        };
      },
    };
  };
  /** Runs commands one after another from `events`, returning the whole history (setup for specs). */
  const run = (commands: readonly C[], events: readonly E[] = []): E[] =>
    commands.reduce<E[]>((history, command) => [...history, ...decider.decide(command, stateFrom(history))], [...events]);
  return { given, stateFrom, run };
};
