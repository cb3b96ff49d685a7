import { describe, expect, it } from 'vitest';
import { stateFrom } from '../testing/given';
import { T0, T0_PLUS_1H, activeHistory, holdPlaced } from '../testing/wallet-events';
import { availableBalance, heldAmount } from './available';
import { initialWalletState } from './state';

describe('availableBalance', () => {
  const state = stateFrom([
    ...activeHistory(10_000),
    holdPlaced('h1', 3_000, T0_PLUS_1H),
    holdPlaced('h2', 2_000, '2026-11-22T12:00:00.000Z'),
  ]);

  it('is zero for a wallet that does not exist', () => {
    expect(availableBalance(initialWalletState, T0)).toBe(0);
    expect(heldAmount(initialWalletState, T0)).toBe(0);
  });

  it('subtracts every non-expired hold from the balance', () => {
    expect(heldAmount(state, T0)).toBe(5_000);
    expect(availableBalance(state, T0)).toBe(5_000);
  });

  it('stops counting a hold at its expiry instant, before ExpireHold removes it', () => {
    expect(availableBalance(state, '2026-11-22T08:59:59.999Z')).toBe(5_000);
    expect(availableBalance(state, T0_PLUS_1H)).toBe(8_000);
    expect(availableBalance(state, '2026-11-22T12:00:00.000Z')).toBe(10_000);
  });
});
