import { expect } from 'vitest';
import { fold } from '../shared/command';
import { DomainError, type DomainErrorCode } from '../shared/errors';
import type { WalletCommand } from '../wallet/commands';
import { walletDecider } from '../wallet/decider';
import type { WalletEvent } from '../wallet/events';
import type { WalletState } from '../wallet/state';

/** Folds history into state the same way infrastructure will when loading a stream. */
export const stateFrom = (events: readonly WalletEvent[]): WalletState =>
  fold(walletDecider.evolve, walletDecider.initialState, events);

/** Runs `fn` and returns the DomainError it threw; fails the test if it returned or threw something else. */
export const domainErrorOf = (fn: () => unknown): DomainError => {
  let outcome: unknown;
  try {
    outcome = { returned: fn() };
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  expect.fail(`expected a DomainError, got ${JSON.stringify(outcome)}`);
};

/** given(history).when(command).then(events) / .thenThrows(code, details?) / .thenState(state). */
export const given = (events: readonly WalletEvent[] = []) => {
  const state = stateFrom(events);
  return {
    state,
    when: (command: WalletCommand) => {
      const decide = (): WalletEvent[] => walletDecider.decide(command, state);
      return {
        then: (expected: WalletEvent[]): void => {
          expect(decide()).toEqual(expected);
        },
        /** Asserts the code, and the exact details when given. */
        thenThrows: (code: DomainErrorCode, details?: Record<string, unknown>): void => {
          const error = domainErrorOf(decide);
          expect(error.code).toBe(code);
          if (details) expect(error.details).toEqual(details);
        },
        /** The state after applying the decided events to the given history. */
        thenState: (expected: WalletState): void => {
          expect(stateFrom([...events, ...decide()])).toEqual(expected);
        },
      };
    },
  };
};
